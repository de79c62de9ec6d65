/**
 * The network (without evidence) and its metrics, read from Neo4j once per dataset version.
 * Every request asks Neo4j for the version (a count-store read plus the Meta node), so a
 * reseed is seen on the very next request and the caches (graph, metrics, ETag) follow it.
 */
import { createHash } from "node:crypto";
import type { Record as Neo4jRecord } from "neo4j-driver";
import type { Graph, GraphNode, GraphRelationship } from "../contract/graph";
import type { Database } from "../neo4j/database";
import { toGraphNode, toGraphRelationship } from "../neo4j/graph-elements";
import { toJson } from "../neo4j/to-json";
import { runInThread } from "../threads/run-in-thread";
import { computeMetrics, type ComputedMetrics } from "./compute-metrics";

/**
 * Up to this many nodes the metrics take well under 100 ms and run inline; above, they go to a worker
 * thread (betweenness and closeness at 5k nodes took 18-22 s, which would freeze every route and
 * /api/health on the event loop meanwhile).
 */
const INLINE_METRICS_MAX_NODES = 1000;
const METRICS_TIMEOUT_MS = 300_000;
const METRICS_THREAD = new URL("./metrics-thread.ts", import.meta.url);

export interface Snapshot {
  version: string;
  /** Nodes carry their metrics. */
  graph: Graph;
  metrics: ComputedMetrics;
  nodeById: ReadonlyMap<string, GraphNode>;
}

export function versionOf(record: Neo4jRecord | undefined): string {
  const payload = record
    ? JSON.stringify([toJson(record.get("metas")), toJson(record.get("nodes")), toJson(record.get("relationships"))])
    : "empty";
  return createHash("sha256").update(payload).digest("hex").slice(0, 20);
}

export function graphFromRecords(nodeRecords: Neo4jRecord[], relRecords: Neo4jRecord[]): Graph {
  const nodes: GraphNode[] = [];
  for (const record of nodeRecords) {
    const node = toGraphNode(record.get("n"));
    if (node) nodes.push(node);
  }
  const relationships: GraphRelationship[] = [];
  for (const record of relRecords) {
    const rel = toGraphRelationship(record.get("r"), record.get("from"), record.get("to"));
    if (rel) relationships.push(rel);
  }
  return { nodes, relationships };
}

export class GraphStore {
  #cached: { version: string; snapshot: Promise<Snapshot> } | undefined;
  #memos = new Map<string, { version: string; value: Promise<unknown> }>();
  /** The version last read, and the bookmark of the transaction that read it. */
  #known: { bookmark: string; version: string } | undefined;

  constructor(private readonly db: Database) {}

  async version(): Promise<string> {
    const {
      results: [records = []],
      bookmark,
    } = await this.db.readManyWithBookmark([["dataset-version"]]);
    const version = versionOf(records[0]);
    if (bookmark !== undefined) this.#known = { bookmark, version };
    return version;
  }

  /**
   * The version as of a read transaction that ended with `bookmark`. Neo4j moves the bookmark on
   * every write, so while it stands still the version last read still holds and costs no query;
   * a route then needs no version query of its own in the hot path, and a reseed is still seen
   * by the very next request (its bookmark is new, so the version is read again).
   */
  async versionAt(bookmark: string | undefined): Promise<string> {
    if (bookmark !== undefined && this.#known?.bookmark === bookmark) return this.#known.version;
    return this.version();
  }

  /** Pass the version when the caller has just read it, to save a round trip. */
  async snapshot(knownVersion?: string): Promise<Snapshot> {
    const version = knownVersion ?? (await this.version());
    if (this.#cached?.version !== version) {
      const snapshot = this.#load();
      this.#cached = { version, snapshot };
      snapshot.catch(() => {
        if (this.#cached?.snapshot === snapshot) this.#cached = undefined;
      });
    }
    return this.#cached.snapshot;
  }

  /**
   * Any derived answer (the schema summary, example queries…), recomputed when the dataset changes.
   * `load` is given the version it is filed under: derive from that version's snapshot, not from one
   * read earlier, which a reseed in between would make another dataset's.
   */
  async perVersion<T>(name: string, load: (version: string) => Promise<T>): Promise<T> {
    const version = await this.version();
    const memo = this.#memos.get(name);
    if (memo?.version === version) return memo.value as Promise<T>;
    const value = load(version);
    this.#memos.set(name, { version, value });
    value.catch(() => {
      if (this.#memos.get(name)?.value === value) this.#memos.delete(name);
    });
    return value;
  }

  /** The whole graph including Section nodes and MENTIONED_IN, for export. Not cached. */
  async fullGraph(): Promise<Graph> {
    const [nodes = [], rels = []] = await this.db.readMany([
      ["graph-nodes", { evidence: true }],
      ["graph-relationships", { evidence: true }],
    ]);
    return graphFromRecords(nodes, rels);
  }

  async #load(): Promise<Snapshot> {
    const [versionRecords = [], nodes = [], rels = []] = await this.db.readMany([
      ["dataset-version"],
      ["graph-nodes", { evidence: false }],
      ["graph-relationships", { evidence: false }],
    ]);
    const bare = graphFromRecords(nodes, rels);
    const metrics =
      bare.nodes.length > INLINE_METRICS_MAX_NODES
        ? await runInThread<ComputedMetrics>(METRICS_THREAD, bare, "computing the network metrics", METRICS_TIMEOUT_MS)
        : computeMetrics(bare);
    const withMetrics = bare.nodes.map((node) => ({ ...node, metrics: metrics.nodes[node.id] }));
    return {
      version: versionOf(versionRecords[0]),
      graph: { nodes: withMetrics, relationships: bare.relationships },
      metrics,
      nodeById: new Map(withMetrics.map((node) => [node.id, node])),
    };
  }
}
