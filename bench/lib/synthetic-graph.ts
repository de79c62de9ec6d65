/** A synthetic dataset as the API's graph shape, for the baselines when no API is involved. */
import type { Graph } from "@pg/api/contract";
import type { Dataset } from "@pg/seed/schema";

export function datasetAsGraph(dataset: Dataset): Graph {
  const nodes = dataset.nodes
    .filter((n) => n.type !== "Section")
    .map((n) => ({ id: n.id, type: n.type, name: n.name, summary: n.summary, properties: {} }));
  const seen = new Map<string, number>();
  const relationships = dataset.relationships.map((r) => {
    const key = `${r.from}|${r.type}|${r.to}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return {
      id: n === 1 ? key : `${key}#${n}`,
      type: r.type,
      from: r.from,
      to: r.to,
      section: r.section,
      quote: r.quote,
      properties: {},
    };
  });
  return { nodes, relationships };
}
