/** bench/RESULTS.md from the results: the figures, each median with min–max, and every goal met or not. */
import type { Spread } from "./lib/stats";
import type { Results, WebResult } from "./results";

const f = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "n/a");
const s = (x: Spread, digits = 1) =>
  x.runs ? `${f(x.median, digits)} (${f(x.min, digits)}–${f(x.max, digits)})` : "n/a";
const verdict = (ok: boolean | undefined) => (ok === undefined ? "not measured" : ok ? "**met**" : "**not met**");

export function renderMarkdown(r: Results): string {
  const out: string[] = [];
  out.push("# Benchmark results", "");
  out.push(
    `Measured ${r.date.slice(0, 16).replace("T", " ")} UTC at commit \`${r.commit}\`${r.quick ? " with `--quick` (short runs)" : ""}.`,
    `Every figure is the median of ${r.runs} runs, with (min–max); ratios compare figures taken side by side in the same run.`,
    "Regenerate with `npm run bench` (or `npm run bench -- --quick`); the raw figures are in [results.json](results.json).",
    "",
    "## Machine",
    "",
    ...Object.entries(r.machine).map(([k, v]) => `- ${k}: ${v}`),
    "",
    "The machine is shared (2 cores): other work running at the same time adds noise to every figure.",
    "",
  );
  if (r.durations_s)
    out.push(
      `Wall-clock time of this run, in seconds: ${Object.entries(r.durations_s)
        .map(([part, seconds]) => `${part} ${f(seconds, 0)}`)
        .join(", ")}.`,
      "",
    );

  out.push("## Goals", "", "| goal | measured | verdict |", "|---|---|---|");
  for (const g of goals(r)) out.push(`| ${g.goal} | ${g.measured} | ${verdict(g.ok)} |`);
  out.push("");

  if (r.api.length) {
    out.push(
      "## API under load",
      "",
      `autocannon, 50 connections, ${r.quick ? "3" : "10"} s per run, against the API as its own process (\`api/src/main.ts\`, log level warn), the report dataset loaded;`,
      "beside it the same Cypher through neo4j-driver in this process with 50 concurrent loops (one read transaction per request, as the route runs it).",
      "`/api/graph` serves a cached snapshot, so its raw baseline (both graph queries) is what the cache saves.",
      "",
      "| route | API p50 ms | API p99 ms | API req/s | raw p50 ms | raw p99 ms | overhead (API p50 / raw p50) | errors |",
      "|---|---|---|---|---|---|---|---|",
    );
    for (const a of r.api)
      out.push(
        `| ${a.route} | ${s(a.detail.p50)} | ${s(a.detail.p99)} | ${s(a.detail.rps, 0)} | ${s(a.detail.raw_p50)} | ${s(a.detail.raw_p99)} | ${s(a.detail.ratio, 2)} | ${a.detail.errors} |`,
      );
    out.push("");
  }

  if (r.seed.length) {
    out.push(
      "## Loading",
      "",
      "Synthetic datasets (`seed/src/synthetic.ts`, seed 1: partnerships shaped like the report's, 2 relationships per node, one mention each).",
      "Loader = `loadDataset` end to end, as `npm run seed -- --replace` runs it: apply the schema, read and parse the YAML files, check everything (schema, ids, ends, verbatim quotes),",
      "read what the graph already holds, and write in ONE transaction (`UNWIND … CREATE` for what is new, `SET` for what exists, removals for what left the files).",
      "Baseline = the same rows written with `UNWIND … CREATE` in the same batches in one transaction, nothing read or checked. Each run starts from an empty database.",
      `Neo4j for this part: ${r.machine.neo4j_seed ?? "n/a"}. The full run loads 100k nodes and 300k relationships in one transaction, roughly 1 GB of transaction state`,
      "(Neo4j estimates 170 MB at 20k nodes), more than the 512 MB heap and 128 MB per transaction that `npm start` gives Neo4j, so it starts a Neo4j of its own",
      "with more (`BULK_LOAD_JVM_ARGS` in bench/lib/stack.ts); `--quick` loads at most 5k nodes, on the API's Neo4j. With `npm start`'s Neo4j, `npm run seed -- --batch-size N` loads a big dataset in several transactions, not atomically.",
      "",
      "| nodes | relationships | loader s | baseline s | loader nodes/s | baseline nodes/s | ratio (loader / baseline speed) | loader's phases, median s |",
      "|---|---|---|---|---|---|---|---|",
    );
    for (const x of r.seed) {
      if ("error" in x.detail)
        out.push(`| ${x.nodes} | – | failed: ${x.detail.error.replace(/\|/g, "/").replace(/\n/g, " ")} | | | | | |`);
      else {
        const phases = Object.entries(x.detail.loader_phases_s ?? {})
          .map(([phase, seconds]) => `${phase} ${f(seconds.median, 2)}`)
          .join(", ");
        out.push(
          `| ${x.nodes} | ${x.relationships} | ${s(x.detail.loader_s, 2)} | ${s(x.detail.baseline_s, 2)} | ${x.loader_nodes_per_s} | ${x.baseline_nodes_per_s} | ${s(x.detail.ratio, 2)} | ${phases || "–"} |`,
        );
      }
    }
    out.push("");
  }

  if (r.web.length) {
    out.push(
      "## Drawing the graph",
      "",
      "Headless Chromium (no GPU: WebGL runs on SwiftShader), 1280×800, a fresh browser context per run (no cached layout).",
      "`app` is the explorer as users get it (built web/dist served by the API, data from Neo4j); `cytoscape-defaults` is plain Cytoscape with its defaults and",
      "`sigma` is sigma.js 3, both on positions computed beforehand (so their layout costs nothing) and served as static pages.",
      "First picture = navigation start to the first frame that draws the whole graph (the app draws once all of it is in; the baselines have it before their first frame).",
      "Settled = navigation start to the last frame drawn before 1 s without frames (for the app, also once its canvas is marked ready: a big graph's styles are resolved after its first picture): Cytoscape goes on redrawing the same picture from its texture caches for a while. Layout = data received to that frame.",
      "Frames are counted from the renderer's own events (Cytoscape `render`, sigma `afterRender`) while the mouse drags in circles and the wheel zooms in and out;",
      "from 2000 nodes the app moves its last picture during a pan (a CSS transform) and draws the view once the hand rests, so its frames include those moves;",
      "while more than 2500 nodes are in view the app draws its own sketch of them in Cytoscape's place, announced with the same `render` event.",
      "Redrawn = the pan's last input to the renderer's next drawn frame (the app waits 200 ms of rest before drawing a big graph).",
      "Click = zoomed in until an eighth of the graph's width is in view, on the node nearest the graph's middle, the pointer resting on it, the click's press to the last frame it caused (the selection drawn); not for sigma, whose page does nothing on a click.",
      "",
      "| graph | nodes | edges | variant | renderer | first picture ms | settled ms | layout ms | pan/zoom fps | redrawn ms | click ms | longest task ms | tasks > 200 ms (all runs) | failed runs |",
      "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    );
    for (const w of r.web)
      out.push(
        `| ${w.graph} | ${w.nodes} | ${w.edges} | ${w.variant} | ${w.renderer} | ${w.detail.first_picture ? s(w.detail.first_picture, 0) : "–"} | ${s(w.detail.first_render, 0)} | ${s(w.detail.layout, 0)} | ${s(w.detail.pan_fps)} | ${w.detail.redraw ? s(w.detail.redraw, 0) : "–"} | ${w.detail.click ? s(w.detail.click, 0) : "–"} | ${s(w.detail.longest_task_ms, 0)} | ${w.detail.long_tasks_over_200ms} | ${w.detail.errors.length}${w.detail.errors[0] ? `: ${w.detail.errors[0].replace(/\|/g, "/").slice(0, 120)}` : ""} |`,
      );
    out.push("");
  }

  out.push(
    "## Bundle",
    "",
    `Initial JavaScript (entry and modulepreloads in web/dist/index.html), gzip -9: **${f(r.bundle.initial_js_gzip_kb)} KB**.`,
    "",
  );
  for (const b of r.bundle.files) out.push(`- ${b.file}: ${f(b.gzip_kb)} KB`);
  out.push("");

  if (r.growth.points.length) {
    out.push(
      "## Growth",
      "",
      "Exponents are least-squares slopes of log(time) on log(nodes) over the synthetic sizes: 1 means linear.",
      "",
      `- /api/graph, warm (the cached snapshot serialised): exponent **${f(r.growth.api_graph_exponent, 2)}**`,
      `- /api/graph, first request after start (read from Neo4j, metrics computed): exponent **${f(r.growth.api_graph_cold_exponent, 2)}**`,
      `- app settled time: exponent **${f(r.growth.first_render_exponent, 2)}**; plain Cytoscape ${f(r.growth.baseline_first_render_exponents["cytoscape-defaults"] ?? Number.NaN, 2)}; sigma.js ${f(r.growth.baseline_first_render_exponents.sigma ?? Number.NaN, 2)}`,
      "",
      "| nodes | /api/graph first ms | /api/graph warm ms | raw graph queries ms |",
      "|---|---|---|---|",
      ...r.growth.points.map(
        (p) => `| ${p.nodes} | ${f(p.api_graph_cold_ms, 0)} | ${s(p.api_graph_warm_p50_ms)} | ${s(p.raw_graph_ms)} |`,
      ),
      "",
    );
  }
  return `${out.join("\n")}\n`;
}

interface Goal {
  goal: string;
  measured: string;
  ok: boolean | undefined;
}

function goals(r: Results): Goal[] {
  const list: Goal[] = [];
  const uncached = r.api.filter((a) => a.route !== "/api/graph");
  if (uncached.length) {
    for (const a of uncached)
      list.push({
        goal: `${a.route} overhead ≤ 1.2× the raw driver`,
        measured: `${f(a.overhead_ratio, 2)}×`,
        ok: a.overhead_ratio <= 1.2,
      });
  } else list.push({ goal: "uncached routes overhead ≤ 1.2×", measured: "–", ok: undefined });
  const graph = r.api.find((a) => a.route === "/api/graph");
  list.push({
    goal: "cached /api/graph far below 1× (taken as ≤ 0.5×)",
    measured: graph ? `${f(graph.overhead_ratio, 2)}×` : "–",
    ok: graph ? graph.overhead_ratio <= 0.5 : undefined,
  });
  const ok = r.seed.filter((x) => !("error" in x.detail));
  const biggest = ok[ok.length - 1];
  const at100k = ok.find((x) => x.nodes >= 100_000);
  const failedAt100k = r.seed.some((x) => x.nodes >= 100_000 && "error" in x.detail);
  list.push({
    goal: "loader ≥ 0.5× the baseline's nodes/s at 100k nodes",
    measured: at100k
      ? `${f(at100k.ratio, 2)}× at ${at100k.nodes}`
      : biggest
        ? `${failedAt100k ? "failed" : "not run"} at 100k; ${f(biggest.ratio, 2)}× at ${biggest.nodes}`
        : "–",
    ok: at100k ? at100k.ratio >= 0.5 : undefined,
  });
  const byGraph = new Map<string, WebResult[]>();
  for (const w of r.web) byGraph.set(w.graph, [...(byGraph.get(w.graph) ?? []), w]);
  for (const size of [5000, 20_000]) {
    const rows = byGraph.get(`synthetic-${size}`);
    if (!rows) {
      list.push({
        goal: `${size} nodes: app matches the better baseline (first picture, pan fps)`,
        measured: "not run",
        ok: undefined,
      });
      continue;
    }
    const app = rows.find((w) => w.variant === "app");
    const bases = rows.filter((w) => w.variant !== "app" && w.detail.first_render.runs > 0);
    const picture = (w: WebResult | undefined) => w?.first_picture_ms ?? Number.NaN;
    const bestFirst = Math.min(...bases.map(picture));
    const bestFps = Math.max(...bases.map((b) => b.pan_fps));
    const measured = (x: number) => Number.isFinite(x) && app?.detail.first_render.runs;
    list.push({
      goal: `${size} nodes: app first picture ≤ the better baseline's (aim: half)`,
      measured: `app ${f(picture(app), 0)} ms vs ${f(bestFirst, 0)} ms (${f(picture(app) / bestFirst, 2)}×)`,
      ok: measured(bestFirst) && measured(picture(app)) ? picture(app) <= bestFirst : undefined,
    });
    list.push({
      goal: `${size} nodes: app pan/zoom fps ≥ the better baseline's (aim: 2×)`,
      measured: `app ${f(app?.pan_fps ?? Number.NaN)} vs ${f(bestFps)} fps (${f((app?.pan_fps ?? Number.NaN) / bestFps, 2)}×)`,
      ok: measured(bestFps) ? (app?.pan_fps ?? 0) >= bestFps : false,
    });
  }
  const report = byGraph.get("report")?.find((w) => w.variant === "app");
  list.push({
    goal: "report graph laid out on screen within 1 s of navigation",
    measured: report?.detail.first_picture
      ? `${f(report.detail.first_picture.median, 0)} ms (max ${f(report.detail.first_picture.max, 0)})`
      : "–",
    ok: report?.detail.first_picture?.runs ? report.detail.first_picture.median <= 1000 : undefined,
  });
  const appRows = r.web.filter((w) => w.variant === "app" && w.detail.longest_task_ms.runs);
  if (appRows.length) {
    const worst = Math.max(...appRows.map((w) => w.detail.longest_task_ms.max));
    const where = appRows.filter((w) => w.detail.longest_task_ms.max > 200).map((w) => w.graph);
    list.push({
      goal: "the app never blocks input > 200 ms at a time (long tasks until the page settles)",
      measured: `longest ${f(worst, 0)} ms${where.length ? ` (over 200 ms on: ${where.join(", ")})` : ""}`,
      ok: worst <= 200,
    });
  }
  list.push({
    goal: "initial JS ≤ 400 KB gzip",
    measured: `${f(r.bundle.initial_js_gzip_kb)} KB`,
    ok: Number.isFinite(r.bundle.initial_js_gzip_kb) ? r.bundle.initial_js_gzip_kb <= 400 : undefined,
  });
  return list;
}
