/**
 * A tour step → what the presentation shows: which nodes and relationships are on stage, which are
 * emphasised, and what the camera frames. Pure, so a step looks the same in the page, in present
 * mode and in the offline file.
 */
import type { Graph, GraphRelationship } from "@pg/api/contract";
import type { TourView } from "@pg/seed/tour-schema";
import { nodeSpans } from "../lib/graph/node-facts";

export interface Scene {
  nodes: Set<string>;
  relationships: Set<string>;
  highlightNodes: Set<string>;
  highlightRelationships: Set<string>;
  /** The selected node's neighbours and its relationships to them: not emphasised, but not faded either. */
  nearNodes: Set<string>;
  nearRelationships: Set<string>;
  /** The nodes the camera fits. */
  frame: string[];
}

/** One shortest path between two nodes, ignoring direction, as node ids and relationship ids. */
export function shortestPath(
  from: string,
  to: string,
  nodes: ReadonlySet<string>,
  relationships: readonly GraphRelationship[],
): { nodes: string[]; relationships: string[] } | null {
  if (!nodes.has(from) || !nodes.has(to)) return null;
  const adjacency = new Map<string, { next: string; rel: string }[]>();
  const link = (a: string, b: string, rel: string) => {
    let list = adjacency.get(a);
    if (!list) adjacency.set(a, (list = []));
    list.push({ next: b, rel });
  };
  for (const r of relationships) {
    if (!nodes.has(r.from) || !nodes.has(r.to)) continue;
    link(r.from, r.to, r.id);
    link(r.to, r.from, r.id);
  }
  const previous = new Map<string, { node: string; rel: string } | null>([[from, null]]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const current = queue[i]!;
    if (current === to) break;
    // Sorted so the same graph always yields the same path.
    const steps = [...(adjacency.get(current) ?? [])].sort((a, b) => a.next.localeCompare(b.next));
    for (const { next, rel } of steps) {
      if (previous.has(next)) continue;
      previous.set(next, { node: current, rel });
      queue.push(next);
    }
  }
  if (!previous.has(to)) return null;
  const pathNodes = [to];
  const pathRels: string[] = [];
  for (let step = previous.get(to); step; step = previous.get(step.node)) {
    pathNodes.unshift(step.node);
    pathRels.unshift(step.rel);
  }
  return { nodes: pathNodes, relationships: pathRels };
}

export function sceneFor(graph: Graph, view: TourView): Scene {
  const spans = view.year !== undefined ? nodeSpans(graph) : null;
  const types = view.types ? new Set<string>(view.types) : null;
  const only = view.nodes?.length ? new Set(view.nodes) : null;
  // A step captured in the explorer shows what the explorer showed, whatever the filters below would say.
  const placed = view.positions ? new Set(Object.keys(view.positions)) : null;
  const nodes = new Set<string>();
  for (const node of graph.nodes) {
    if (placed) {
      if (placed.has(node.id)) nodes.add(node.id);
      continue;
    }
    // Report sections are evidence, not actors: on stage only when a step asks for them.
    if (types ? !types.has(node.type) : node.type === "Section") continue;
    if (only && !only.has(node.id)) continue;
    const start = spans?.get(node.id)?.start;
    if (view.year !== undefined && start !== undefined && start > view.year) continue;
    nodes.add(node.id);
  }

  let relationships = graph.relationships.filter((r) => nodes.has(r.from) && nodes.has(r.to));
  if (view.flows) {
    relationships = relationships.filter((r) => r.type === "KNOWLEDGE_FLOW");
    const ends = new Set(relationships.flatMap((r) => [r.from, r.to]));
    for (const id of [...nodes]) if (!ends.has(id)) nodes.delete(id);
  }

  const highlightNodes = new Set<string>();
  const highlightRelationships = new Set<string>();
  const known = new Set(graph.nodes.map((n) => n.id));
  const bringOn = (id: string) => {
    if (!known.has(id)) return;
    nodes.add(id);
    highlightNodes.add(id);
  };
  for (const id of view.highlight ?? []) bringOn(id);
  if (view.select) bringOn(view.select);

  if (view.path) {
    const found = shortestPath(
      view.path.from,
      view.path.to,
      known,
      graph.relationships.filter((r) => known.has(r.from)),
    );
    if (found) {
      found.nodes.forEach(bringOn);
      found.relationships.forEach((id) => highlightRelationships.add(id));
    }
  }

  const relationshipIds = new Set(
    graph.relationships
      .filter((r) => nodes.has(r.from) && nodes.has(r.to))
      .filter((r) => !view.flows || r.type === "KNOWLEDGE_FLOW" || highlightRelationships.has(r.id))
      .map((r) => r.id),
  );
  // Between emphasised nodes, the relationships are part of the story too.
  for (const r of graph.relationships) {
    if (relationshipIds.has(r.id) && highlightNodes.has(r.from) && highlightNodes.has(r.to) && !view.path)
      highlightRelationships.add(r.id);
  }
  for (const id of highlightRelationships) relationshipIds.add(id);

  // As in the explorer, a selected node brings its neighbourhood forward with it.
  const nearNodes = new Set<string>();
  const nearRelationships = new Set<string>();
  const selected = view.select && highlightNodes.has(view.select) ? view.select : null;
  for (const r of graph.relationships) {
    if (!selected || !relationshipIds.has(r.id) || (r.from !== selected && r.to !== selected)) continue;
    const other = r.from === selected ? r.to : r.from;
    if (!highlightNodes.has(other)) nearNodes.add(other);
    if (!highlightRelationships.has(r.id)) nearRelationships.add(r.id);
  }

  const frame = highlightNodes.size ? [...highlightNodes, ...nearNodes] : [...nodes];
  return {
    nodes,
    relationships: relationshipIds,
    highlightNodes,
    highlightRelationships,
    nearNodes,
    nearRelationships,
    frame,
  };
}
