// If the node process that started the embedded Neo4j dies without cleaning up (SIGKILL, a crash), the JVM
// must not live on holding the store lock and the port: it watches its stdin and shuts down on EOF.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterAll, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
let dataDir: string | undefined;
let jvmPid: number | undefined;

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

afterAll(async () => {
  if (jvmPid && isAlive(jvmPid)) process.kill(jvmPid, "SIGKILL");
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

it("the JVM shuts itself down when its parent is killed", async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "pg-orphan-"));
  const script = `
    import { QUICK_START_JVM_FLAGS, startEmbeddedNeo4j } from "./scripts/neo4j-embedded";
    const db = await startEmbeddedNeo4j({ dataDir: ${JSON.stringify(dataDir)}, password: "orphan-test-pw",
      jvmArgs: QUICK_START_JVM_FLAGS });
    console.log("PID " + db.pid);
    setInterval(() => {}, 1000);
  `;
  const parent = spawn(TSX, ["--input-type=module", "-e", script], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
  const pid = await new Promise<number>((resolve, reject) => {
    createInterface({ input: parent.stdout }).on("line", (line) => {
      if (line.startsWith("PID ")) resolve(Number(line.slice(4)));
    });
    parent.once("exit", (code) => reject(new Error(`the parent exited with ${code} before Neo4j was ready`)));
  });
  jvmPid = pid;
  expect(isAlive(pid)).toBe(true);

  // tsx runs the script in a child node process: kill the one that holds the JVM's stdin, then the wrapper.
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const owner = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  process.kill(owner, "SIGKILL");
  parent.kill("SIGKILL");
  const deadline = Date.now() + 30_000;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
  expect(isAlive(pid)).toBe(false);
}, 240_000);
