// Compiles neo4j/ with its Maven wrapper once and caches the resolved classpath in neo4j/target/, so that
// later starts run `java -cp …` directly (a signal then reaches Neo4j's shutdown hook; `mvn exec` would sit between).
// Run directly (`tsx scripts/neo4j-build.ts`) to resolve the Maven artifacts ahead of time, as .ci/run does.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { requireJava } from "./java";

export const NEO4J_PROJECT_DIR = fileURLToPath(new URL("../neo4j/", import.meta.url));
const TARGET_DIR = path.join(NEO4J_PROJECT_DIR, "target");
const CLASSES_DIR = path.join(TARGET_DIR, "classes");
const CLASSPATH_FILE = path.join(TARGET_DIR, "classpath.txt");
const LOCK_DIR = path.join(TARGET_DIR, ".build.lock");
export const MAIN_CLASS = "partnershipgraph.EmbeddedNeo4j";

type Log = (line: string) => void;
const toStderr: Log = (line) => process.stderr.write(`${line}\n`);

/** Returns the JVM classpath for the embedded Neo4j, building neo4j/ first when the cache is missing or stale. */
export async function ensureNeo4jBuilt(log: Log = toStderr): Promise<string> {
  const cached = await readFreshClasspath();
  if (cached) return cached;
  // Several test runs may start at once in one working tree: one builds, the others wait for it.
  await withLock(async () => {
    if (await readFreshClasspath()) return;
    await runMaven(log);
  }, log);
  const built = await readFreshClasspath();
  if (!built) throw new Error(`The Maven build of ${NEO4J_PROJECT_DIR} finished but left no usable ${CLASSPATH_FILE}`);
  return built;
}

async function readFreshClasspath(): Promise<string | undefined> {
  if (!existsSync(CLASSPATH_FILE) || !existsSync(path.join(CLASSES_DIR, ...MAIN_CLASS.split(".")) + ".class")) {
    return undefined;
  }
  const builtAt = (await stat(CLASSPATH_FILE)).mtimeMs;
  const sources = [path.join(NEO4J_PROJECT_DIR, "pom.xml"), ...(await javaSources())];
  for (const source of sources) {
    if ((await stat(source)).mtimeMs > builtAt) return undefined;
  }
  const jars = (await readFile(CLASSPATH_FILE, "utf8")).trim();
  // A cleaned ~/.m2 leaves a classpath that points at nothing.
  if (!jars || jars.split(path.delimiter).some((jar) => !existsSync(jar))) return undefined;
  return [CLASSES_DIR, jars].join(path.delimiter);
}

async function javaSources(dir = path.join(NEO4J_PROJECT_DIR, "src")): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return javaSources(full);
      return Promise.resolve(entry.name.endsWith(".java") ? [full] : []);
    }),
  );
  return nested.flat();
}

async function withLock(body: () => Promise<void>, log: Log): Promise<void> {
  await mkdir(TARGET_DIR, { recursive: true });
  const staleAfterMs = 15 * 60_000;
  let announced = false;
  for (;;) {
    try {
      await mkdir(LOCK_DIR);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const age = Date.now() - (await stat(LOCK_DIR).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
      if (age > staleAfterMs) {
        await rm(LOCK_DIR, { recursive: true, force: true });
        continue;
      }
      if (!announced) log("Waiting for another process that is building neo4j/ …");
      announced = true;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    await body();
  } finally {
    await rm(LOCK_DIR, { recursive: true, force: true });
  }
}

function runMaven(log: Log): Promise<void> {
  requireJava();
  const wrapper = process.platform === "win32" ? "mvnw.cmd" : "./mvnw";
  const tmpClasspath = `${CLASSPATH_FILE}.tmp`;
  const args = [
    "-B",
    "compile",
    "dependency:build-classpath",
    "-Dmdep.includeScope=runtime",
    `-Dmdep.outputFile=${tmpClasspath}`,
  ];
  log("Building the embedded Neo4j (neo4j/ with its Maven wrapper). The first time, Maven downloads about");
  log("150 MB of jars from Maven Central, which takes a minute or two; later starts reuse them.");
  const started = Date.now();
  return new Promise<void>((resolve, reject) => {
    const child = spawn(wrapper, args, {
      cwd: NEO4J_PROJECT_DIR,
      stdio: ["ignore", "pipe", "pipe"],
      shell: process.platform === "win32",
    });
    const output: string[] = [];
    let downloads = 0;
    const progress = setInterval(() => {
      log(`  … ${Math.round((Date.now() - started) / 1000)} s, ${downloads} files downloaded`);
    }, 10_000);
    const collect = (chunk: Buffer) => {
      for (const line of chunk.toString("utf8").split("\n")) {
        if (!line) continue;
        if (line.includes("Downloaded from")) downloads++;
        output.push(line);
        if (output.length > 200) output.shift();
      }
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", (error) => {
      clearInterval(progress);
      reject(new Error(`Could not run ${wrapper} in ${NEO4J_PROJECT_DIR}: ${error.message}`));
    });
    child.on("close", (code) => {
      clearInterval(progress);
      if (code !== 0) {
        reject(
          new Error(`Building neo4j/ failed (Maven exit code ${code}). Maven's last lines:\n${output.join("\n")}`),
        );
        return;
      }
      rename(tmpClasspath, CLASSPATH_FILE).then(() => {
        log(`Built the embedded Neo4j in ${Math.round((Date.now() - started) / 1000)} s (${downloads} downloads).`);
        resolve();
      }, reject);
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await ensureNeo4jBuilt();
}
