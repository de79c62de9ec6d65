/**
 * Knowledge-flow chains: from a start, follow KNOWLEDGE_FLOW relationships forward until they stop
 * (nothing further, a node already on the chain, or a hop that stalled or was only intended). A hop
 * that did not fully flow is explained by the weaknesses
 * the data says held it back. Pure, so the same logic serves the API-less offline file.
 */
import type { Graph, GraphNode, GraphRelationship } from "@pg/api/contract";
import { CHAIN_ENDING_STATUSES } from "@pg/seed/schema";

export interface FlowStep {
  relationship: GraphRelationship;
  hinderedBy: GraphNode[];
}
export interface Chain {
  start: string;
  steps: FlowStep[];
}

export const isFlow = (r: GraphRelationship) => r.type === "KNOWLEDGE_FLOW";

/** Weaknesses behind a hop: its own `hinderedBy` list, and HINDERS aimed at the knowledge it carries. */
export function hindrances(rel: GraphRelationship, graph: Graph, byId: Map<string, GraphNode>): GraphNode[] {
  const ids = new Set<string>();
  const listed = rel.properties.hinderedBy;
  if (Array.isArray(listed)) for (const id of listed) if (typeof id === "string") ids.add(id);
  const knowledge = rel.properties.knowledge;
  if (typeof knowledge === "string")
    for (const r of graph.relationships) if (r.type === "HINDERS" && r.to === knowledge) ids.add(r.from);
  return [...ids].map((id) => byId.get(id)).filter((n): n is GraphNode => n !== undefined);
}

/** Nodes where a chain can start: a flow leaves them. The ones no flow reaches come first. */
export function flowStarts(graph: Graph): string[] {
  const out = new Set<string>();
  const into = new Set<string>();
  for (const r of graph.relationships)
    if (isFlow(r)) {
      out.add(r.from);
      into.add(r.to);
    }
  return [...out].sort((a, b) => Number(into.has(a)) - Number(into.has(b)) || a.localeCompare(b));
}

export function flowChains(graph: Graph, start: string, byId: Map<string, GraphNode>, cap = 50): Chain[] {
  const outgoing = new Map<string, GraphRelationship[]>();
  for (const r of graph.relationships)
    if (isFlow(r)) (outgoing.get(r.from) ?? outgoing.set(r.from, []).get(r.from)!).push(r);
  const chains: Chain[] = [];
  const walk = (id: string, path: GraphRelationship[], seen: Set<string>) => {
    if (chains.length >= cap) return;
    const next = (outgoing.get(id) ?? []).filter((r) => !seen.has(r.to));
    // A stalled or only intended hop ends the chain: knowledge did not (or is not known to) get past it.
    const last = path[path.length - 1];
    const ends = CHAIN_ENDING_STATUSES.some((s) => s === last?.properties.status);
    if (!next.length || ends) {
      if (path.length)
        chains.push({
          start,
          steps: path.map((relationship) => ({ relationship, hinderedBy: hindrances(relationship, graph, byId) })),
        });
      return;
    }
    for (const r of next) walk(r.to, [...path, r], new Set([...seen, r.to]));
  };
  walk(start, [], new Set([start]));
  return chains;
}

/** The hops of several chains in order, each once. */
export function chainSteps(chains: readonly Chain[]): FlowStep[] {
  const seen = new Set<string>();
  return chains
    .flatMap((c) => c.steps)
    .filter((s) => {
      if (seen.has(s.relationship.id)) return false;
      seen.add(s.relationship.id);
      return true;
    });
}
