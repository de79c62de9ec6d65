/** A small graph shaped like the report's, for the unit tests of the pure modules. */
import type { Graph } from "@pg/api/contract";
import { node, rel } from "@pg/api/contract/graph-builders";

export const fixture: Graph = {
  nodes: [
    node("gran", "Organisation", { category: "municipality", country: "Norway" }),
    node("mukono", "Organisation", { category: "municipality", country: "Uganda" }),
    node("lugazi", "Organisation", { category: "municipality", country: "Uganda" }),
    node("gran-school", "Organisation", { category: "school", country: "Norway" }),
    node("partnership", "Partnership", { since: 2001 }),
    node("mic", "Programme", { since: 1999 }),
    node("lugazi-joins", "Event", { year: 2006 }),
    node("tax-know-how", "Knowledge"),
    node("no-follow-up", "Weakness"),
    node("coordinator", "Person", { role: "coordinator" }),
  ],
  relationships: [
    rel("gran", "PARTNER_IN", "partnership", { since: 2001, side: "north" }),
    rel("mukono", "PARTNER_IN", "partnership", { since: 2001, side: "south" }),
    rel("lugazi", "PARTNER_IN", "partnership", { since: 2006, side: "south" }),
    rel("partnership", "PART_OF", "mic"),
    rel("lugazi", "PARTICIPATED_IN", "lugazi-joins"),
    rel("gran-school", "PART_OF", "gran"),
    rel("coordinator", "MEMBER_OF", "gran"),
    rel("mukono", "KNOWLEDGE_FLOW", "gran", {
      topic: "tax collection",
      status: "flowed",
      direction: "south_north",
      level: "organisation",
      knowledge: "tax-know-how",
    }),
    rel("gran", "KNOWLEDGE_FLOW", "coordinator", {
      topic: "tax collection",
      status: "stalled",
      direction: "within_north",
      level: "individual",
      knowledge: "tax-know-how",
      hinderedBy: ["no-follow-up"],
    }),
    rel("no-follow-up", "HINDERS", "tax-know-how"),
  ],
};
