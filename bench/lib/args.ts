/** `npm run bench` options: which parts to run, how many runs, and the sizes and durations of each part. */

export const PARTS = ["bundle", "api", "web", "seed"] as const;
export type Part = (typeof PARTS)[number];

export interface BenchArgs {
  quick: boolean;
  only: Set<Part>;
  runs: number;
}

export const USAGE = `usage: npm run bench -- [--quick] [--only ${PARTS.join(",")}] [--runs N]`;

/** Accepts `--only a,b` and `--only=a,b` (likewise --runs); anything else is a mistake worth stopping for. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { quick: false, only: new Set(PARTS), runs: 5 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const [name, inline] = arg.startsWith("--") && arg.includes("=") ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === "") throw new Error(`${name} needs a value\n${USAGE}`);
      return v;
    };
    if (name === "--quick" && inline === undefined) args.quick = true;
    else if (name === "--only") {
      const parts = value().split(",").filter(Boolean);
      const unknown = parts.filter((p) => !(PARTS as readonly string[]).includes(p));
      if (unknown.length || parts.length === 0)
        throw new Error(
          `--only: unknown part ${unknown.join(", ") || "(none)"} (parts: ${PARTS.join(", ")})\n${USAGE}`,
        );
      args.only = new Set(parts as Part[]);
    } else if (name === "--runs") {
      const runs = Number(value());
      // The issue asks for every figure to be the median of at least 5 runs.
      if (!Number.isInteger(runs) || runs < 5) throw new Error(`--runs must be a whole number ≥ 5\n${USAGE}`);
      args.runs = runs;
    } else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  return args;
}

export interface BenchPlan {
  /** autocannon seconds per run, for the API and for the raw driver beside it. */
  apiSeconds: number;
  connections: number;
  seedSizes: number[];
  /** Synthetic graphs drawn by the app and both baselines. */
  webSizes: number[];
  /** Synthetic graphs loaded only to measure how /api/graph grows, not drawn. */
  growthOnlySizes: number[];
  panSeconds: number;
  /** Variants drawing the report graph (its goal, on screen within 1 s, concerns the app alone). */
  reportVariants: ("app" | "cytoscape-defaults" | "sigma")[];
  /** How long a page may take to settle before the run counts as failed. */
  pageTimeoutMs: number;
  /** Load on the API's Neo4j (128 MB per transaction) instead of starting one with room for 100k nodes. */
  seedOnApiNeo4j: boolean;
}

export function benchPlan(quick: boolean): BenchPlan {
  return quick
    ? {
        apiSeconds: 1,
        connections: 50,
        seedSizes: [1000, 5000],
        webSizes: [5000],
        growthOnlySizes: [1000],
        panSeconds: 1,
        reportVariants: ["app"],
        pageTimeoutMs: 30_000,
        seedOnApiNeo4j: true,
      }
    : {
        apiSeconds: 10,
        connections: 50,
        seedSizes: [1000, 10_000, 100_000],
        webSizes: [1000, 5000, 20_000],
        growthOnlySizes: [],
        panSeconds: 3,
        reportVariants: ["app", "cytoscape-defaults", "sigma"],
        pageTimeoutMs: 180_000,
        seedOnApiNeo4j: false,
      };
}
