import { FLOW_STATUSES } from "@pg/seed/schema";
import { describe, expect, it } from "vitest";
import { presentStylesheet } from "../../tours/cy-style";
import { FLOW_STATUS_STYLES, contrastRatio } from "./node-styles";
import { graphStylesheet } from "./styles";

// The page, the panels, the graph canvas and the presentation's white.
const BACKGROUNDS = ["#f3f5f7", "#f6f7f9", "#fbfcfd", "#ffffff"];

describe("flow status styles", () => {
  it("tells every status apart by colour and, without colour, by its line", () => {
    const colours = new Set(FLOW_STATUSES.map((s) => FLOW_STATUS_STYLES[s].color));
    const lines = new Set(
      FLOW_STATUSES.map((s) => `${FLOW_STATUS_STYLES[s].lineStyle} ${FLOW_STATUS_STYLES[s].dashPattern ?? ""}`),
    );
    expect(colours.size).toBe(FLOW_STATUSES.length);
    expect(lines.size).toBe(FLOW_STATUSES.length);
    expect(new Set(FLOW_STATUSES.map((s) => FLOW_STATUS_STYLES[s].label)).size).toBe(FLOW_STATUSES.length);
  });

  it("keeps every status colour at WCAG AA for text (4.5:1) on every background it is drawn on", () => {
    for (const s of FLOW_STATUSES)
      for (const bg of BACKGROUNDS)
        expect(contrastRatio(FLOW_STATUS_STYLES[s].color, bg), `${s} on ${bg}`).toBeGreaterThanOrEqual(4.5);
  });

  it("draws each status with its own colour, line style and dash pattern in the explorer and the presentation", () => {
    for (const sheet of [graphStylesheet(), presentStylesheet()])
      for (const s of FLOW_STATUSES) {
        const rule = sheet.find((r) => "selector" in r && r.selector.endsWith(`.flow[status = "${s}"]`));
        const style = rule && "style" in rule ? (rule.style as Record<string, unknown>) : {};
        expect(style["line-color"]).toBe(FLOW_STATUS_STYLES[s].color);
        expect(style["line-style"]).toBe(FLOW_STATUS_STYLES[s].lineStyle);
        expect(style["line-dash-pattern"]).toEqual(FLOW_STATUS_STYLES[s].dashPattern?.join(" "));
      }
  });
});
