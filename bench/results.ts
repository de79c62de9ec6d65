/** The shape of bench/results.json (as issue 8 gives it) and the extra detail RESULTS.md shows. */
import type { Spread } from "./lib/stats";

export interface ApiResult {
  route: string;
  p50_ms: number;
  p99_ms: number;
  rps: number;
  raw_p50_ms: number;
  overhead_ratio: number;
  detail: { p50: Spread; p99: Spread; rps: Spread; raw_p50: Spread; raw_p99: Spread; ratio: Spread; errors: number };
}

export interface SeedResult {
  nodes: number;
  relationships: number;
  loader_nodes_per_s: number;
  baseline_nodes_per_s: number;
  ratio: number;
  /** `later_error`: a run after the first ones failed, so fewer runs were taken. */
  detail:
    | {
        loader_s: Spread;
        baseline_s: Spread;
        ratio: Spread;
        /** Medians of the loader's phases (check, rows, schema, write, commit). */
        loader_phases_s?: Record<string, Spread>;
        later_error?: string;
      }
    | { error: string };
}

export interface WebResult {
  graph: string;
  nodes: number;
  edges: number;
  variant: "app" | "cytoscape-defaults" | "sigma";
  renderer: "canvas" | "webgl";
  /** Navigation to the first frame that draws the graph (absent in results from before 2026-11-28). */
  first_picture_ms?: number;
  first_render_ms: number;
  layout_ms: number;
  pan_fps: number;
  /** The pan's last input to the renderer's next frame (absent in results from before 2026-11-28). */
  redraw_ms?: number;
  /** Close up, the press of a click on a node to the last frame it caused; absent for sigma and in results before 2026-11-28. */
  click_ms?: number;
  detail: {
    first_picture?: Spread;
    first_render: Spread;
    layout: Spread;
    pan_fps: Spread;
    redraw?: Spread;
    click?: Spread;
    longest_task_ms: Spread;
    long_tasks_over_200ms: number;
    nodes_drawn: number;
    errors: string[];
  };
}

export interface GrowthPoint {
  nodes: number;
  api_graph_warm_p50_ms: Spread;
  api_graph_cold_ms: number;
  raw_graph_ms: Spread;
}

export interface Results {
  commit: string;
  date: string;
  quick: boolean;
  runs: number;
  /** The parts run (npm run bench -- --only …); all four unless told. */
  parts?: string[];
  machine: Record<string, string | number>;
  /** Wall-clock seconds of each part of this run (neo4j = starting the API's Neo4j and loading the report). */
  durations_s?: Record<string, number>;
  api: ApiResult[];
  seed: SeedResult[];
  web: WebResult[];
  bundle: { initial_js_gzip_kb: number; files: { file: string; gzip_kb: number }[] };
  growth: {
    api_graph_exponent: number;
    first_render_exponent: number;
    api_graph_cold_exponent: number;
    baseline_first_render_exponents: Record<string, number>;
    points: GrowthPoint[];
  };
}

/** The figures of a run before anything is measured: a part not run stays empty (NaN: "n/a" in RESULTS.md). */
export function noFigures(): Pick<Results, "api" | "seed" | "web" | "bundle" | "growth"> {
  return {
    api: [],
    seed: [],
    web: [],
    bundle: { initial_js_gzip_kb: Number.NaN, files: [] },
    growth: {
      api_graph_exponent: Number.NaN,
      first_render_exponent: Number.NaN,
      api_graph_cold_exponent: Number.NaN,
      baseline_first_render_exponents: {},
      points: [],
    },
  };
}
