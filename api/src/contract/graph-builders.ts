/**
 * Builders of the contract's graph shapes for tests (api and web alike), so a fixture reads as the
 * graph it is: `node("gran", "Organisation")`, `rel("gran", "PARTNER_IN", "partnership")`.
 * Not exported from the contract's index: nothing outside tests needs it.
 */
import type { GraphNode, GraphRelationship } from "./graph";

/** A node whose name is its id in words and whose summary says what it is about. */
export const node = (
  id: string,
  type: GraphNode["type"] = "Organisation",
  properties: GraphNode["properties"] = {},
): GraphNode => ({
  id,
  type,
  name: id.replace(/-/g, " "),
  summary: `About ${id}`,
  properties,
});

/** A relationship with the dataset's public id (`from|TYPE|to`) and a placeholder quote as evidence. */
export const rel = (
  from: string,
  type: GraphRelationship["type"],
  to: string,
  properties: GraphRelationship["properties"] = {},
): GraphRelationship => ({
  id: `${from}|${type}|${to}`,
  type,
  from,
  to,
  section: "5.3",
  quote: `${from} and ${to}`,
  properties,
});
