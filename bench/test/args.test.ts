import { describe, expect, it } from "vitest";
import { benchPlan, parseBenchArgs, PARTS } from "../lib/args";

describe("npm run bench options", () => {
  it("runs every part, 5 runs each, at full size by default", () => {
    expect(parseBenchArgs([])).toEqual({ quick: false, only: new Set(PARTS), runs: 5 });
  });

  it("takes --only and --runs with = or as the next argument", () => {
    expect(parseBenchArgs(["--quick", "--only", "api,seed", "--runs=7"])).toEqual({
      quick: true,
      only: new Set(["api", "seed"]),
      runs: 7,
    });
    expect(parseBenchArgs(["--only=web"]).only).toEqual(new Set(["web"]));
  });

  it("refuses unknown parts and options, and fewer than 5 runs (every figure is a median of at least 5)", () => {
    expect(() => parseBenchArgs(["--only", "api,webb"])).toThrow(/unknown part webb/);
    expect(() => parseBenchArgs(["--only"])).toThrow(/needs a value/);
    expect(() => parseBenchArgs(["--fast"])).toThrow(/unknown option --fast/);
    expect(() => parseBenchArgs(["--runs", "3"])).toThrow(/≥ 5/);
  });
});

describe("the plan", () => {
  it("loads 100k nodes and draws 20k in the full run", () => {
    const full = benchPlan(false);
    expect(Math.max(...full.seedSizes)).toBe(100_000);
    expect(Math.max(...full.webSizes)).toBe(20_000);
  });

  it("keeps --quick to sizes that fit the default transaction memory, with 5k drawn by all three variants", () => {
    const quick = benchPlan(true);
    expect(Math.max(...quick.seedSizes)).toBeLessThanOrEqual(5000);
    expect(quick.webSizes).toContain(5000);
    expect(quick.apiSeconds).toBeLessThan(benchPlan(false).apiSeconds);
  });
});
