import { rel } from "@pg/api/contract/graph-builders";
import { describe, expect, it } from "vitest";
import { chainSteps, flowChains, flowStarts } from "./flows";
import { indexById } from "./merge";
import { allShortestPaths, pathHops } from "./paths";
import { fixture } from "./test-fixture";

const byId = indexById(fixture.nodes);

describe("paths", () => {
  it("finds all shortest paths and orders their hops", () => {
    const paths = allShortestPaths(fixture, "gran-school", "lugazi");
    expect(paths).toHaveLength(1);
    const hops = pathHops(paths[0]!);
    expect(hops.map((h) => h.to.id)).toEqual(["gran", "partnership", "lugazi"]);
    expect(hops[0]!.sentence).toBe("gran school part of gran");
    expect(hops[2]!.relationship.quote).toBeTruthy();
  });
  it("returns nothing for unconnected nodes", () => {
    expect(allShortestPaths(fixture, "gran", "nowhere")).toEqual([]);
  });
});

describe("flows", () => {
  it("follows a chain and explains the stalled hop", () => {
    expect(flowStarts(fixture)[0]).toBe("mukono");
    const steps = chainSteps(flowChains(fixture, "mukono", byId));
    expect(steps.map((s) => s.relationship.properties.status)).toEqual(["flowed", "stalled"]);
    expect(steps[1]!.hinderedBy.map((w) => w.id)).toEqual(["no-follow-up"]);
  });
  it("ends a chain at a hop that was only intended", () => {
    const graph = {
      nodes: fixture.nodes,
      relationships: [
        rel("gran", "KNOWLEDGE_FLOW", "mukono", { status: "flowed" }),
        rel("mukono", "KNOWLEDGE_FLOW", "lugazi", { status: "intended" }),
        rel("lugazi", "KNOWLEDGE_FLOW", "gran-school", { status: "flowed" }),
      ],
    };
    const chains = flowChains(graph, "gran", byId);
    expect(chains).toHaveLength(1);
    expect(chains[0]!.steps.map((s) => s.relationship.to)).toEqual(["mukono", "lugazi"]);
  });
});
