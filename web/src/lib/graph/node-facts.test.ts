import { describe, expect, it } from "vitest";
import { nodeSides, nodeSpans, yearBounds } from "./node-facts";
import { fixture } from "./test-fixture";

describe("node facts", () => {
  const spans = nodeSpans(fixture);
  it("dates a node by its own year, else by its earliest dated relationship", () => {
    expect(spans.get("lugazi-joins")?.start).toBe(2006);
    expect(spans.get("lugazi")?.start).toBe(2006);
    expect(spans.get("gran")?.start).toBe(2001);
    expect(spans.get("mic")?.start).toBe(1999);
    expect(spans.get("tax-know-how")?.start).toBeUndefined();
  });
  it("finds the year bounds", () => {
    expect(yearBounds(spans)).toEqual({ min: 1999, max: 2006 });
  });
  it("puts Norway north, Uganda south and mixed or unknown between", () => {
    const sides = nodeSides(fixture);
    expect(sides.get("gran")).toBe("north");
    expect(sides.get("lugazi")).toBe("south");
    expect(sides.get("coordinator")).toBe("north");
    expect(sides.get("partnership")).toBe("shared");
    expect(sides.get("mic")).toBe("shared");
  });
});
