import { startNeo4j, startApi } from "./lib/stack";
import { connect, loadFiles } from "./lib/data";
const neo = await startNeo4j("/work/main/.data/probe-neo4j", 7901);
const d = connect(neo);
await loadFiles(d);
await d.close();
const api = await startApi(neo, { CYPHER_RATE_LIMIT_PER_MINUTE: "100000" });
for (const p of [
  "/api/graph",
  "/api/nodes/gran",
  "/api/search?q=Lugazi",
  "/api/paths?from=gran-elementary-school-1&to=lugazi",
  "/api/schema",
  "/api/nodes/mukono/neighbourhood?depth=2",
  "/api/health",
]) {
  const t = performance.now();
  const r = await fetch(api.url + p);
  const txt = await r.text();
  console.log(p, r.status, Math.round(performance.now() - t), txt.slice(0, 150));
}
const r = await fetch(api.url + "/api/cypher", {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ query: "MATCH (n:Organisation) RETURN n.name AS name LIMIT 20" }),
});
console.log("cypher", r.status, (await r.text()).slice(0, 200));
const t = performance.now();
await neo.stop();
console.log("stop took", performance.now() - t);
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  const r = await fetch(api.url + "/api/nodes/gran");
  console.log("down", r.status, Math.round(performance.now() - t), (await r.text()).slice(0, 150));
}
const t2 = performance.now();
const h = await fetch(api.url + "/api/health");
console.log("health", Math.round(performance.now() - t2), await h.text());
const t3 = performance.now();
const neo2 = await startNeo4j("/work/main/.data/probe-neo4j", 7901);
console.log("restart took", performance.now() - t3);
for (let i = 0; i < 30; i++) {
  const t = performance.now();
  const r = await fetch(api.url + "/api/nodes/gran");
  console.log("back", r.status, Math.round(performance.now() - t));
  if (r.status === 200) break;
  await new Promise((r) => setTimeout(r, 200));
}
await api.stop();
await neo2.stop();
