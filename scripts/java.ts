// Finds the JDK that runs the embedded Neo4j, and says what to do when there is none.
import { spawnSync } from "node:child_process";
import path from "node:path";

export const MIN_JAVA_VERSION = 17;

export class JavaMissingError extends Error {
  constructor(found: string) {
    super(
      [
        `Neo4j runs embedded on a JDK ${MIN_JAVA_VERSION} or newer, and ${found}.`,
        "Do one of these:",
        `  - install a JDK ${MIN_JAVA_VERSION}+ (Debian/Ubuntu: sudo apt-get install openjdk-17-jdk-headless; or set JAVA_HOME), then run this again;`,
        "  - or run everything in Docker: NEO4J_PASSWORD=<a password> docker compose up;",
        "  - or point NEO4J_URI (with NEO4J_USERNAME and NEO4J_PASSWORD) at an existing Neo4j 5, e.g. neo4j+s://<id>.databases.neo4j.io for Aura.",
      ].join("\n"),
    );
    this.name = "JavaMissingError";
  }
}

/** The java executable: $JAVA_HOME/bin/java when JAVA_HOME is set, else `java` from PATH. */
export function javaExecutable(env: NodeJS.ProcessEnv = process.env): string {
  const home = env["JAVA_HOME"];
  return home ? path.join(home, "bin", process.platform === "win32" ? "java.exe" : "java") : "java";
}

/** Parses the major version from `java -version` output ("1.8.0_381" → 8, "17.0.15" → 17, "21" → 21). */
export function parseJavaMajorVersion(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match?.[1]) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

/** Throws JavaMissingError unless a JDK 17+ answers `java -version`; returns the executable. */
export function requireJava(env: NodeJS.ProcessEnv = process.env): string {
  const java = javaExecutable(env);
  const result = spawnSync(java, ["-version"], { encoding: "utf8", env });
  if (result.error) throw new JavaMissingError(`\`${java} -version\` failed (${result.error.message})`);
  const output = `${result.stderr}${result.stdout}`;
  const major = parseJavaMajorVersion(output);
  if (major === undefined) throw new JavaMissingError(`\`${java} -version\` printed no version`);
  if (major < MIN_JAVA_VERSION) throw new JavaMissingError(`\`${java}\` is Java ${major}`);
  return java;
}
