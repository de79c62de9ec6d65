import { describe, expect, it } from "vitest";
import type { Graph } from "@pg/api/contract";
import { node, rel } from "@pg/api/contract/graph-builders";
import type { Tour } from "@pg/seed/tour-schema";
import type { KeyValueStore } from "../console/history";
import { queryToView } from "../lib/graph/url-state";
import { nextIndex } from "./present-keys";
import { spotlight } from "./spotlight";
import { frame, restoreViewport } from "./camera";
import { sceneFor, shortestPath } from "./scene";
import { captureView, explorerQuery } from "./step-view";
import { moveStep, newTourId, parseTourFile, readMyTours, tourToJson, writeMyTours } from "./tour-store";

const graph: Graph = {
  nodes: [
    node("gran", "Organisation"),
    node("mukono", "Organisation"),
    node("lugazi", "Organisation"),
    node("p", "Partnership", { since: 2000 }),
    node("join", "Event", { year: 2006 }),
    node("s31", "Section"),
  ],
  relationships: [
    rel("gran", "PARTNER_IN", "p", { since: 2000 }),
    rel("mukono", "PARTNER_IN", "p", { since: 2000 }),
    rel("lugazi", "PARTICIPATED_IN", "join"),
    rel("gran", "KNOWLEDGE_FLOW", "mukono", { status: "flowed" }),
    rel("gran", "MENTIONED_IN", "s31"),
  ],
};

describe("scene of a step", () => {
  it("leaves out report sections and frames the highlighted nodes", () => {
    const scene = sceneFor(graph, { highlight: ["gran", "mukono"] });
    expect(scene.nodes.has("s31")).toBe(false);
    expect(scene.frame.sort()).toEqual(["gran", "mukono"]);
    expect(scene.highlightRelationships.has("gran|KNOWLEDGE_FLOW|mukono")).toBe(true);
  });

  it("shows only what existed in a year", () => {
    const scene = sceneFor(graph, { year: 2005 });
    expect(scene.nodes.has("join")).toBe(false);
    expect(scene.nodes.has("lugazi")).toBe(false);
    expect(sceneFor(graph, { year: 2006 }).nodes.has("lugazi")).toBe(true);
  });

  it("shows only knowledge flows in flow mode", () => {
    const scene = sceneFor(graph, { flows: true });
    expect([...scene.nodes].sort()).toEqual(["gran", "mukono"]);
    expect([...scene.relationships]).toEqual(["gran|KNOWLEDGE_FLOW|mukono"]);
  });

  it("highlights a shortest path", () => {
    const scene = sceneFor(graph, { path: { from: "gran", to: "mukono" } });
    expect(scene.highlightRelationships.size).toBe(1);
    expect(shortestPath("gran", "lugazi", new Set(["gran", "lugazi"]), graph.relationships)).toBeNull();
  });

  it("brings a selected node's neighbours forward, as the explorer does", () => {
    const scene = sceneFor(graph, { select: "gran" });
    expect([...scene.highlightNodes]).toEqual(["gran"]);
    expect([...scene.nearNodes].sort()).toEqual(["mukono", "p"]);
    expect(scene.nearRelationships.has("gran|PARTNER_IN|p")).toBe(true);
    expect(scene.frame.sort()).toEqual(["gran", "mukono", "p"]);
  });

  it("ignores ids the graph does not have", () => {
    expect(sceneFor(graph, { highlight: ["nobody"] }).highlightNodes.size).toBe(0);
  });
});

describe("present mode's camera", () => {
  // Where a model point lands on screen under a camera.
  const onScreen = (c: { zoom: number; pan: { x: number; y: number } }, p: { x: number; y: number }) => ({
    x: p.x * c.zoom + c.pan.x,
    y: p.y * c.zoom + c.pan.y,
  });
  const captured = { zoom: 0.8, pan: { x: 120, y: -40 }, width: 1000, height: 600 };

  it("restores a captured viewport as it was on a screen of the same size", () => {
    expect(restoreViewport(captured, { width: 1000, height: 600 })).toEqual({ zoom: 0.8, pan: { x: 120, y: -40 } });
  });

  it("shows the same area on a screen of another size: same centre, scaled by the tighter ratio", () => {
    const camera = restoreViewport(captured, { width: 500, height: 400 });
    expect(camera.zoom).toBeCloseTo(0.4);
    // The model point at the captured centre is at the new centre; the captured corners stay on screen.
    const centre = { x: (500 - 120) / 0.8, y: (300 + 40) / 0.8 };
    expect(onScreen(camera, centre)).toEqual({ x: 250, y: 200 });
    const corner = onScreen(camera, { x: (0 - 120) / 0.8, y: (0 + 40) / 0.8 });
    expect(corner.x).toBeCloseTo(0);
    expect(corner.y).toBeGreaterThanOrEqual(0);
  });

  it("takes a viewport without its canvas size as it is", () => {
    expect(restoreViewport({ zoom: 2, pan: { x: 1, y: 2 } }, { width: 10, height: 10 })).toEqual({
      zoom: 2,
      pan: { x: 1, y: 2 },
    });
  });

  it("frames points, never closer than a zoom of 1", () => {
    const camera = frame([{ x: 0, y: 0 }], { width: 2000, height: 2000 });
    expect(camera.zoom).toBe(1);
    expect(onScreen(camera, { x: 0, y: 45 })).toEqual({ x: 1000, y: 1000 });
  });
});

describe("present keys", () => {
  it("moves like a clicker", () => {
    expect(nextIndex("ArrowRight", 0, 3)).toBe(1);
    expect(nextIndex("PageDown", 2, 3)).toBe(2);
    expect(nextIndex(" ", 1, 3)).toBe(2);
    expect(nextIndex(" ", 1, 3, true)).toBe(0);
    expect(nextIndex("PageUp", 0, 3)).toBe(0);
    expect(nextIndex("End", 0, 3)).toBe(2);
    expect(nextIndex("x", 0, 3)).toBeNull();
  });
});

describe("capturing the explorer's view", () => {
  it("keeps the selection, the mode and the explorer's own query", () => {
    const view = queryToView("sel=gran&mode=flows&z=1.5&x=10&y=20");
    const step = captureView(view);
    expect(step.select).toBe("gran");
    expect(step.flows).toBe(true);
    expect(step.viewport).toEqual({ zoom: 1.5, pan: { x: 10, y: 20 } });
    expect(queryToView(explorerQuery(step)).selected).toBe("gran");
  });

  it("keeps the canvas's exact picture: the camera, its size and where every visible node stood", () => {
    const picture = {
      positions: new Map([
        ["gran", { x: 12.34, y: -5.01 }],
        ["mukono", { x: 300, y: 40 }],
      ]),
      zoom: 0.75,
      pan: { x: 100.04, y: 50 },
      width: 900,
      height: 600,
    };
    const step = captureView(queryToView("z=1.5&x=10&y=20"), picture);
    expect(step.viewport).toEqual({ zoom: 0.75, pan: { x: 100, y: 50 }, width: 900, height: 600 });
    expect(step.positions).toEqual({ gran: [12.3, -5], mukono: [300, 40] });
    // The step shows exactly the captured nodes, even where its filters would say otherwise.
    expect([...sceneFor(graph, { ...step, year: 1990 }).nodes].sort()).toEqual(["gran", "mukono"]);
  });

  it("builds an explorer link for a hand-written step", () => {
    const view = queryToView(explorerQuery({ path: { from: "gran", to: "lugazi" } }));
    expect(view.mode).toBe("paths");
    expect([view.pathFrom, view.pathTo]).toEqual(["gran", "lugazi"]);
  });
});

describe("my tours", () => {
  const tour: Tour = {
    id: "mine",
    title: "Mine",
    description: "",
    steps: [
      { title: "One", caption: "", view: {} },
      { title: "Two", caption: "", view: { highlight: ["gran"] } },
    ],
  };
  const memory = (): KeyValueStore => {
    const data = new Map<string, string>();
    return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
  };

  it("round-trips through storage and JSON files", () => {
    const store = memory();
    writeMyTours(store, [tour]);
    expect(readMyTours(store)).toEqual([tour]);
    const back = parseTourFile(tourToJson(tour));
    expect(back).toEqual({ ok: true, tour });
  });

  it("writes a captured step's positions one to a line", () => {
    const captured: Tour = {
      ...tour,
      steps: [{ title: "One", caption: "", view: { positions: { gran: [12.5, -40], lugazi: [-1e-7, 3] } } }],
    };
    const json = tourToJson(captured);
    expect(json).toContain('"gran": [12.5, -40]');
    expect(json).toContain('"lugazi": [-1e-7, 3]');
    expect(parseTourFile(json)).toEqual({ ok: true, tour: captured });
  });

  it("reports a file that is not a tour", () => {
    expect(parseTourFile("nope")).toEqual({ ok: false, message: "The file is not JSON." });
    const bad = parseTourFile('{"id":"x","title":"X","steps":[]}');
    expect(bad.ok).toBe(false);
  });

  it("reorders steps and makes unique ids", () => {
    expect(moveStep(tour.steps, 0, 1).map((s) => s.title)).toEqual(["Two", "One"]);
    expect(moveStep(tour.steps, 0, -1).map((s) => s.title)).toEqual(["One", "Two"]);
    expect(newTourId("Møte i Gran!", new Set())).toBe("m-te-i-gran");
    expect(newTourId("Årsmøte", new Set(["arsm-te"]))).toBe("arsm-te-2");
    expect(newTourId("!!!", new Set())).toBe("my-tour");
  });
});

describe("spotlight", () => {
  it("moves crowded emphasised nodes onto a ring, evenly spaced, and leaves spread ones alone", () => {
    const home = new Map([
      ["a", { x: 0, y: 0 }],
      ["b", { x: 10, y: 0 }],
      ["c", { x: 0, y: 10 }],
      ["far", { x: 5000, y: 0 }],
    ]);
    const moved = spotlight(home, ["a", "b", "c"]);
    expect(moved.size).toBe(3);
    const points = [...moved.values()];
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++)
        expect(Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y)).toBeGreaterThan(250);
    expect(spotlight(home, ["a", "far"]).size).toBe(0);
    expect(spotlight(home, ["a"]).size).toBe(0);
  });
});
