/** Relationship types read as verbs, so a path can be told as a sentence. */
import { FLOW_STATUSES, type FlowStatus, type RelationshipType } from "@pg/seed/schema";
import type { GraphNode, GraphRelationship } from "../contract/graph";

export const VERBS: Record<RelationshipType, string> = {
  MEMBER_OF: "is a member of",
  PARTNER_IN: "is a partner in",
  PART_OF: "is part of",
  COORDINATES: "coordinates",
  FUNDS: "funds",
  INITIATED: "initiated",
  CONNECTED_TO: "is connected to",
  PARTICIPATED_IN: "took part in",
  HOSTED: "hosted",
  VISITED: "visited",
  DONATED_TO: "donated to",
  CARRIED_OUT_IN: "was carried out in",
  KNOWLEDGE_FLOW: "passed knowledge to",
  ABOUT: "is about",
  USED_CHANNEL: "used the channel",
  EXPERIENCED: "experienced",
  ENABLES: "enables",
  HINDERS: "hinders",
  CAUSES: "causes",
  ADDRESSES: "addresses",
  BUILDS_ON: "builds on",
  PROPOSED_FOR: "is proposed for",
  AUTHORED: "wrote",
  DESCRIBES: "describes",
  ILLUSTRATES: "illustrates",
  MENTIONED_IN: "is mentioned in",
};

// What the report lets us say of a flow: "passed" only where it says the knowledge got there.
const FLOW_VERBS: Record<FlowStatus, (topic: string) => string> = {
  flowed: (topic) => `passed ${topic} to`,
  partial: (topic) => `passed some of ${topic} to`,
  stalled: (topic) => `tried to pass ${topic} to`,
  intended: (topic) => `was meant to pass ${topic} to`,
};

export function clause(rel: GraphRelationship, from: GraphNode | undefined, to: GraphNode | undefined): string {
  let verb = VERBS[rel.type];
  const topic = rel.properties["topic"];
  if (rel.type === "KNOWLEDGE_FLOW" && typeof topic === "string") {
    const status = rel.properties["status"];
    verb = FLOW_VERBS[FLOW_STATUSES.find((s) => s === status) ?? "flowed"](topic);
  }
  return `${from?.name ?? rel.from} ${verb} ${to?.name ?? rel.to}`;
}
