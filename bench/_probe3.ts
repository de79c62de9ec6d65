import { startNeo4j, startApi } from "./lib/stack";
const neo = await startNeo4j("/work/main/.data/probe-neo4j3", 7903);
const api = await startApi(neo, { CYPHER_TIMEOUT_MS: "2000", LOG_LEVEL: "info" });
for (const q of ["RETURN size([x IN range(1, 500000000) | toString(x)]) AS n"]) {
  const t = performance.now();
  const r = await fetch(api.url + "/api/cypher", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: q }),
  });
  console.log(r.status, Math.round(performance.now() - t), await r.text());
}
const t = performance.now();
const h = await fetch(api.url + "/api/health");
console.log("health", Math.round(performance.now() - t), await h.text());
console.log(
  api
    .output()
    .split("\n")
    .filter((l) => /error|Error/.test(l))
    .slice(-5)
    .join("\n")
    .slice(0, 3000),
);
await api.stop();
await neo.stop();
