import { describe, expect, it } from "vitest";
import { node, rel } from "../src/contract/graph-builders";
import { clause } from "../src/graph/sentences";

describe("clause", () => {
  const [mukono, lugazi] = [node("mukono"), node("lugazi")];
  const flow = (status?: string) =>
    clause(
      rel("mukono", "KNOWLEDGE_FLOW", "lugazi", { topic: "experience", ...(status && { status }) }),
      mukono,
      lugazi,
    );

  it("says of a knowledge flow only what its status claims", () => {
    expect(flow("flowed")).toBe("mukono passed experience to lugazi");
    expect(flow("partial")).toBe("mukono passed some of experience to lugazi");
    expect(flow("stalled")).toBe("mukono tried to pass experience to lugazi");
    expect(flow("intended")).toBe("mukono was meant to pass experience to lugazi");
    expect(flow()).toBe("mukono passed experience to lugazi");
  });

  it("reads other relationships as their verb", () => {
    expect(clause(rel("lugazi", "PART_OF", "mukono"), lugazi, mukono)).toBe("lugazi is part of mukono");
  });
});
