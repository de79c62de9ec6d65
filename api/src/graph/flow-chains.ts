/**
 * Knowledge-flow chains: from a node (or from every source), follow KNOWLEDGE_FLOW hops while
 * knowledge keeps moving. A stalled hop ends its chain there, which is the report's point:
 * learning "stays with the individuals" and never reaches the organisation. So does a hop the report
 * only says was meant to happen (Mukono "shall transfer" to Lugazi): nothing is known to go on from it.
 */
import { CHAIN_ENDING_STATUSES, FLOW_STATUSES, type FlowStatus } from "@pg/seed/schema";
/** A chain before its hops are described: relationship ids in order. */
export interface RawChain {
  nodes: string[];
  hops: string[];
  status: FlowStatus;
  stopsAt: { node: string; reason: FlowStop };
}
import type { FlowStop } from "../contract/flows";
import type { GraphRelationship } from "../contract/graph";

export const MAX_CHAINS = 500;
const MAX_DEPTH = 8;
const SEVERITY: Record<FlowStatus, number> = { flowed: 0, partial: 1, intended: 2, stalled: 3 };

const statusOf = (rel: GraphRelationship): FlowStatus =>
  FLOW_STATUSES.find((s) => s === rel.properties["status"]) ?? "flowed";
/** The status a chain ends on at this hop, if it ends here. */
const endingAt = (rel: GraphRelationship | undefined) =>
  rel && CHAIN_ENDING_STATUSES.find((s) => s === rel.properties["status"]);

export function flowChains(
  flows: readonly GraphRelationship[],
  from?: string,
): { chains: RawChain[]; truncated: boolean } {
  const outgoing = new Map<string, GraphRelationship[]>();
  const hasIncoming = new Set<string>();
  for (const flow of flows) {
    outgoing.set(flow.from, [...(outgoing.get(flow.from) ?? []), flow]);
    hasIncoming.add(flow.to);
  }
  const starts = from !== undefined ? [from] : [...outgoing.keys()].filter((id) => !hasIncoming.has(id)).sort();
  // Every flow should appear in some chain; in cycles with no source, start at the first node.
  if (from === undefined) {
    const covered = new Set<string>();
    const mark = (id: string, seen: Set<string>) => {
      if (seen.has(id)) return;
      seen.add(id);
      covered.add(id);
      for (const flow of outgoing.get(id) ?? []) mark(flow.to, seen);
    };
    starts.forEach((id) => mark(id, new Set()));
    for (const id of [...outgoing.keys()].sort()) {
      if (!covered.has(id)) {
        starts.push(id);
        mark(id, new Set());
      }
    }
  }

  const chains: RawChain[] = [];
  let truncated = false;
  const walk = (nodes: string[], hops: GraphRelationship[]) => {
    if (chains.length >= MAX_CHAINS) {
      truncated = true;
      return;
    }
    const last = nodes[nodes.length - 1] ?? "";
    const lastHop = hops[hops.length - 1];
    const next = endingAt(lastHop) ? [] : (outgoing.get(last) ?? []).filter((flow) => !nodes.includes(flow.to));
    if (next.length === 0 || hops.length >= MAX_DEPTH) {
      if (hops.length === 0) return;
      const worst = hops.reduce<FlowStatus>(
        (acc, hop) => (SEVERITY[statusOf(hop)] > SEVERITY[acc] ? statusOf(hop) : acc),
        "flowed",
      );
      chains.push({
        nodes,
        hops: hops.map((hop) => hop.id),
        status: worst,
        stopsAt: { node: last, reason: endingAt(lastHop) ?? "end" },
      });
      return;
    }
    for (const flow of next) walk([...nodes, flow.to], [...hops, flow]);
  };
  for (const start of starts) walk([start], []);
  return { chains, truncated };
}
