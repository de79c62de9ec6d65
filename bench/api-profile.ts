/**
 * Where the API's time goes under the benchmark's load: `npx tsx bench/api-profile.ts [--routes nodes,search]
 * [--seconds 8]`. Starts a Neo4j with the report dataset and the API with `--cpu-prof`, loads each route as
 * `npm run bench` does (autocannon, 50 connections) and then the raw driver beside it, and prints the CPU time
 * per request of each process (API, Neo4j, load generator) and, from the API's profile, where its own CPU
 * went (start-up and idle left out). Profiles stay in .data/api-profiles/ for Chrome DevTools.
 */
import { spawn } from "node:child_process";
import { mkdir, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { neo4jEnv } from "../scripts/local-neo4j";
import { loadApi, loadRaw, routeCases } from "./api-bench";
import { clearDatabase, connect, loadFiles } from "./lib/data";
import { freePort, REPO_ROOT, startNeo4j, stopChild } from "./lib/stack";

const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = argv.indexOf(name);
  return at >= 0 ? (argv[at + 1] ?? fallback) : fallback;
};
const SECONDS = Number(option("--seconds", "8"));
const ROUTES = option("--routes", "nodes,search,paths,cypher").split(",");
const CONNECTIONS = 50;
const WORK = join(REPO_ROOT, ".data", `api-profile-${process.pid}`);
const PROFILES = join(REPO_ROOT, ".data", "api-profiles");

/** user + system CPU of a process, in ms, from /proc (Linux). */
async function cpuMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** The embedded Neo4j's JVM: the process whose command line names this run's data directory. */
async function neo4jPid(): Promise<number | undefined> {
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, "utf8").catch(() => "");
    if (cmdline.includes(WORK) && /java$/.test(cmdline.split("\0")[0] ?? "")) return Number(entry);
  }
  return undefined;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

/** The first rule matching a sample's stack, leaf first, names where its time went. */
const CATEGORIES: [string, RegExp][] = [
  ["garbage collection", /\(garbage collector\)/],
  ["error stack traces (driver's per-query capture, source maps)", /prepare_stack_trace|captureStacktrace/],
  ["zod", /node_modules\/zod\//],
  ["response serialization", /fast-json-stringify/],
  ["logging", /pino/],
  ["helmet", /helmet/],
  ["metrics snapshot (once per dataset version)", /graph-store|compute-metrics|graphology/],
  ["route code (mapping records, search snippets…)", /\/api\/src\/(?!neo4j\/database)/],
  ["neo4j-driver", /neo4j-driver/],
  ["fastify", /fastify|find-my-way|avvio|fastq/],
  ["node http and sockets", /node:_http|node:net|node:internal\/stream|node:internal\/streams/],
];

async function summarize(file: string): Promise<void> {
  const profile = JSON.parse(await readFile(file, "utf8")) as {
    nodes: ProfileNode[];
    samples: number[];
    timeDeltas: number[];
  };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const totals = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((sample, i) => {
    const frames: string[] = [];
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)?.callFrame;
      if (frame) frames.push(`${frame.functionName} ${frame.url}`);
    }
    if (frames.some((f) => /\((idle|program)\)|module_job|modules\/(cjs|esm)/.test(f))) return;
    const all = frames.join("\n");
    const category =
      CATEGORIES.slice(0, 2).find(([, re]) => re.test(all))?.[0] ??
      frames.map((f) => CATEGORIES.find(([, re]) => re.test(f))?.[0]).find(Boolean) ??
      "other";
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    totals.set(category, (totals.get(category) ?? 0) + ms);
    total += ms;
  });
  console.log(`  API CPU by what it did (${Math.round(total)} ms sampled, start-up and idle left out):`);
  for (const [name, ms] of [...totals].sort((a, b) => b[1] - a[1]))
    console.log(`    ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${name}`);
}

async function profileRoute(neo: Awaited<ReturnType<typeof startNeo4j>>, route: string): Promise<void> {
  const c = routeCases({ node: "gran", from: "gran-elementary-school-1", to: "lugazi", search: "Mukono" }).find(
    (candidate) => candidate.route.includes(route),
  );
  if (!c) throw new Error(`no route case matches "${route}"`);
  const dir = join(PROFILES, route);
  await mkdir(dir, { recursive: true });
  const port = await freePort();
  const child = spawn(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${dir}`, "--import", "tsx", "api/src/main.ts"], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      ...neo4jEnv(neo),
      HOST: "127.0.0.1",
      PORT: String(port),
      LOG_LEVEL: "warn",
      CYPHER_RATE_LIMIT_PER_MINUTE: "100000",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (
    let tries = 0;
    !(await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    ));
    tries++
  ) {
    if (tries > 300 || child.exitCode !== null) throw new Error("the API did not start");
    await new Promise((r) => setTimeout(r, 200));
  }
  const driver = connect(neo);
  const before = new Set(await readdir(dir));
  try {
    await loadApi(url, c, 1, 1);
    await loadRaw(driver, c, 1, 0.001);
    const neoPid = await neo4jPid();
    const neoCpu = () => (neoPid ? cpuMs(neoPid) : Promise.resolve(Number.NaN));
    const selfCpu = () => {
      const usage = process.cpuUsage();
      return (usage.user + usage.system) / 1000;
    };
    const [api0, neo0, self0] = [await cpuMs(child.pid ?? 0), await neoCpu(), selfCpu()];
    const api = await loadApi(url, c, CONNECTIONS, SECONDS);
    const apiRequests = api.rps * SECONDS;
    const [api1, neo1, self1] = [await cpuMs(child.pid ?? 0), await neoCpu(), selfCpu()];
    const raw = await loadRaw(driver, c, CONNECTIONS, SECONDS);
    const rawRequests = raw.rps * SECONDS;
    const [neo2, self2] = [await neoCpu(), selfCpu()];
    const per = (ms: number, n: number) => (ms / n).toFixed(2);
    console.log(
      `${c.route}: API p50 ${api.p50_ms} ms (${api.rps.toFixed(0)} req/s), raw p50 ${raw.p50_ms.toFixed(1)} ms (${raw.rps.toFixed(0)} req/s), ratio ${(api.p50_ms / raw.p50_ms).toFixed(2)}`,
    );
    console.log(
      `  CPU ms per request: API run: API ${per(api1 - api0, apiRequests)}, Neo4j ${per(neo1 - neo0, apiRequests)}, autocannon ${per(self1 - self0, apiRequests)}` +
        ` | raw run: Neo4j ${per(neo2 - neo1, rawRequests)}, driver ${per(self2 - self1, rawRequests)}`,
    );
  } finally {
    await driver.close();
    await stopChild(child);
  }
  const written = (await readdir(dir)).filter((f) => !before.has(f) && f.endsWith(".cpuprofile"));
  // The main thread's profile is the biggest; worker threads (metrics, layout) write their own.
  const sizes = await Promise.all(written.map(async (f) => ({ f, size: (await readFile(join(dir, f))).length })));
  const main = sizes.sort((a, b) => b.size - a.size)[0];
  if (main) {
    await summarize(join(dir, main.f));
    console.log(`  profile: ${join(dir, main.f)}`);
  }
}

const neo = await startNeo4j(join(WORK, "neo4j"));
try {
  const driver = connect(neo);
  await clearDatabase(driver);
  await loadFiles(driver);
  await driver.close();
  for (const route of ROUTES) await profileRoute(neo, route);
} finally {
  await neo.stop();
  const { rm } = await import("node:fs/promises");
  await rm(WORK, { recursive: true, force: true });
}
