import { startNeo4j } from "./lib/stack";
import { connect } from "./lib/data";
const neo = await startNeo4j("/work/main/.data/probe-neo4j2", 7902);
const d = connect(neo);
for (const q of [
  "RETURN size([x IN range(1, 500000000) | toString(x)]) AS n",
  "UNWIND range(1, 300000000) AS x WITH collect(x) AS xs RETURN size(xs) AS n",
]) {
  const t = performance.now();
  try {
    await d.executeQuery(q, {}, { database: "neo4j", transactionConfig: { timeout: 2000 } } as never);
    console.log("ok");
  } catch (e) {
    const err = e as { code?: string; message: string; gqlStatus?: string };
    console.log(Math.round(performance.now() - t), err.code, err.gqlStatus, err.message.slice(0, 300));
  }
}
console.log(await d.executeQuery("RETURN 1 AS x").then((r) => r.records.length));
await d.close();
await neo.stop();
