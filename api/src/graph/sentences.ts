/** Relationship types read as verbs, so a path can be told as a sentence. */
import type { RelationshipType } from "@pg/seed/schema";
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

export function clause(rel: GraphRelationship, from: GraphNode | undefined, to: GraphNode | undefined): string {
  let verb = VERBS[rel.type];
  const topic = rel.properties["topic"];
  if (rel.type === "KNOWLEDGE_FLOW" && typeof topic === "string") {
    const status = rel.properties["status"];
    verb = status === "stalled" ? `tried to pass ${topic} to` : `passed ${topic} to`;
  }
  return `${from?.name ?? rel.from} ${verb} ${to?.name ?? rel.to}`;
}
