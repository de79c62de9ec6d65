import { describe, expect, it } from "vitest";
import { queryToView, viewToQuery } from "./url-state";
import { defaultView } from "./view";

describe("url state", () => {
  it("writes nothing for the default view", () => {
    expect(viewToQuery(defaultView())).toBe("");
  });
  it("round-trips a full view", () => {
    const v = {
      ...defaultView(),
      mode: "paths" as const,
      layout: "north-south" as const,
      panel: "list" as const,
      selected: "lugazi",
      hiddenTypes: ["Concept" as const, "Section" as const],
      sides: ["north" as const],
      yearFrom: 2000,
      yearTo: 2010,
      year: 2006,
      sizeBy: "betweenness" as const,
      minMetric: 0.25,
      focusDepth: 2,
      hiddenIds: ["ks", "norad"],
      expanded: ["gran", "mukono-district"],
      pathFrom: "gran",
      pathTo: "lugazi",
      flowStart: "mukono",
      flowStep: 3,
      viewport: { zoom: 1.5, x: 10.5, y: -20 },
    };
    expect(queryToView(viewToQuery(v))).toEqual(v);
  });
  it("ignores what it does not understand", () => {
    const v = queryToView("mode=nonsense&layout=&hide=Nope,Concept&focus=9&z=abc&min=7");
    expect(v.mode).toBe("explore");
    expect(v.hiddenTypes).toEqual(["Concept"]);
    expect(v.focusDepth).toBeNull();
    expect(v.viewport).toBeNull();
    expect(v.minMetric).toBe(0);
  });
  it("reads each expanded node once", () => {
    expect(queryToView("exp=gran,,gran,lugazi").expanded).toEqual(["gran", "lugazi"]);
  });
  it("keeps 'same size' apart from the default size metric", () => {
    expect(queryToView(viewToQuery({ ...defaultView(), sizeBy: null })).sizeBy).toBeNull();
    expect(queryToView("").sizeBy).toBe("degree");
  });
  it("can show every type, Section included", () => {
    expect(queryToView(viewToQuery({ ...defaultView(), hiddenTypes: [] })).hiddenTypes).toEqual([]);
  });
});
