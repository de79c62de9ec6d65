/**
 * A deterministic generator of synthetic datasets in the seed/data format, for benchmarks and
 * reliability tests: N partnerships shaped like the report's (municipalities north and south, an NGO,
 * schools, people, events, initiatives, outcomes, flows of knowledge), sharing one programme the way
 * the MIC programme's 15 partnerships share KS. Every node and relationship is valid for the real
 * schema and loader: quotes are cut from the report itself, so even the verbatim check passes.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import YAML from "yaml";
import { seededRandom } from "./seeded-random";
import {
  FLOW_DIRECTIONS,
  FLOW_LEVELS,
  FLOW_STATUSES,
  OUTCOME_KINDS,
  OUTCOME_LEVELS,
  REALISED,
  RELATIONSHIP_ENDS,
  RELATIONSHIP_TYPES,
  type Dataset,
  type Node,
  type NodeType,
  type Relationship,
  type RelationshipType,
} from "./schema";

export interface SyntheticOptions {
  /** Total number of nodes, Section nodes included. */
  nodes: number;
  /** Same seed, same dataset. */
  seed?: number;
  /** Default: one partnership per ~55 nodes, like the report's single partnership and its surroundings. */
  partnerships?: number;
  /** Relationships per non-Section node, MENTIONED_IN not counted. */
  edgesPerNode?: number;
  /** The report's text; read from disk when left out. */
  reportText?: string;
}

const REPORT_PATH = resolve(fileURLToPath(import.meta.url), "../../../../shared/report/has-it-been-worth-it.txt");

export function readReportText(): string {
  return readFileSync(process.env.REPORT_PATH ?? REPORT_PATH, "utf8");
}

interface ReportSection {
  number: string;
  title: string;
  words: string[];
}

/** The numbered sections of the report's body (the table of contents repeats the headings, so skip it). */
export function reportSections(text: string): ReportSection[] {
  const lines = text.split(/\r?\n/);
  const sections: ReportSection[] = [];
  const seen = new Set<string>();
  let current: ReportSection | undefined;
  for (const line of lines) {
    const heading = /^(\d+\.\d+) (.{3,120})$/.exec(line.trim());
    if (heading?.[1] && heading[2] && !/\.{3,}|\t/.test(line)) {
      const number = heading[1];
      if (seen.has(number)) {
        current = sections.find((s) => s.number === number);
        if (current) current.words = [];
        continue;
      }
      seen.add(number);
      current = { number, title: heading[2].trim(), words: [] };
      sections.push(current);
      continue;
    }
    if (current) current.words.push(...line.split(/\s+/).filter(Boolean));
  }
  return sections.filter((s) => s.words.length >= 30);
}

/** Node types each partnership holds besides its Partnership node, with how many per 54 nodes. */
const LOCAL_WEIGHTS: [NodeType, number][] = [
  ["Organisation", 10],
  ["Person", 8],
  ["Group", 3],
  ["Event", 8],
  ["Initiative", 5],
  ["Outcome", 6],
  ["SuccessFactor", 3],
  ["Weakness", 3],
  ["Knowledge", 4],
  ["Channel", 3],
];
const LOCAL_UNIT = 1 + LOCAL_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
const LOCAL_CATEGORIES = ["ngo", "school", "school", "public_service", "media", "company", "association"] as const;
const ROLES = ["project coordinator", "mayor", "politician", "specialist", "school principal", "nurse", "teacher"];

const RANDOM_TYPES = RELATIONSHIP_TYPES.filter((t) => t !== "MENTIONED_IN");

export function generateSynthetic(options: SyntheticOptions): Dataset {
  const random = seededRandom(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  };
  const sections = reportSections(options.reportText ?? readReportText());
  const quoteFrom = (section: ReportSection): string => {
    const length = 8 + Math.floor(random() * 18);
    const start = Math.floor(random() * Math.max(1, section.words.length - length));
    let quote = section.words.slice(start, start + length).join(" ");
    while (quote.length > 380) quote = quote.slice(0, quote.lastIndexOf(" "));
    if (quote.length < 8) quote = section.words.slice(0, 12).join(" ");
    return quote;
  };
  const evidence = () => {
    const section = pick(sections);
    return { section: section.number, quote: quoteFrom(section) };
  };

  const nodes: Node[] = [];
  const base = (id: string, name: string) => ({ id, name, summary: `Synthetic ${name}.`, mentions: [evidence()] });

  for (const s of sections)
    nodes.push({
      id: `syn-section-${s.number.replace(".", "-")}`,
      type: "Section",
      number: s.number,
      title: s.title,
      name: `${s.number} ${s.title}`,
      summary: `Section ${s.number} of the report.`,
      mentions: [],
    });
  const shared: Node[] = [
    { ...base("syn-programme", "Synthetic MIC programme"), type: "Programme", since: 1997 },
    { ...base("syn-ks", "Synthetic KS"), type: "Organisation", category: "association", country: "Norway" },
    { ...base("syn-norad", "Synthetic Norad"), type: "Organisation", category: "agency", country: "Norway" },
    ...[1, 2, 3, 4, 5].map((n) => ({ ...base(`syn-lesson-${n}`, `Lesson ${n}`), type: "Lesson" as const, number: n })),
    ...[1, 2, 3].map((n) => ({ ...base(`syn-goal-${n}`, `Strategic goal ${n}`), type: "StrategicGoal" as const })),
    ...[1, 2, 3, 4].map((n) => ({ ...base(`syn-concept-${n}`, `Concept ${n}`), type: "Concept" as const })),
    ...[1, 2].map((n) => ({ ...base(`syn-document-${n}`, `Document ${n}`), type: "Document" as const, year: 2002 })),
  ];
  nodes.push(...shared);

  const budget = options.nodes - nodes.length;
  const partnerships = options.partnerships ?? Math.max(1, Math.round(budget / LOCAL_UNIT));
  if (budget < partnerships * 3)
    throw new Error(
      `${options.nodes} nodes is too few for ${partnerships} partnerships (need ${nodes.length + 3 * partnerships})`,
    );

  const byTypeShared = groupByType(shared);
  const locals: Map<NodeType, string[]>[] = [];
  const localCounts: number[] = [];
  for (let p = 0; p < partnerships; p++) {
    const size = Math.floor(budget / partnerships) + (p < budget % partnerships ? 1 : 0);
    const prefix = `syn-p${p + 1}`;
    const local: Node[] = [
      { ...base(`${prefix}-partnership`, `Partnership ${p + 1}`), type: "Partnership", since: 1997 + (p % 15) },
      {
        ...base(`${prefix}-north`, `Northern municipality ${p + 1}`),
        type: "Organisation",
        category: "municipality",
        country: "Norway",
      },
      {
        ...base(`${prefix}-south`, `Southern municipality ${p + 1}`),
        type: "Organisation",
        category: "municipality",
        country: "Uganda",
      },
    ];
    for (const [type, count] of allocate(size - local.length)) {
      for (let i = 1; i <= count; i++)
        local.push(localNode(type, `${prefix}-${kebab(type)}-${i}`, `${type} ${i} of partnership ${p + 1}`));
    }
    nodes.push(...local);
    locals.push(groupByType(local));
    localCounts.push(local.length);
  }

  function localNode(type: NodeType, id: string, name: string): Node {
    const b = base(id, name);
    switch (type) {
      case "Organisation":
        return { ...b, type, category: pick(LOCAL_CATEGORIES), country: random() < 0.3 ? "Norway" : "Uganda" };
      case "Person":
        return { ...b, type, role: pick(ROLES), informant: random() < 0.3 };
      case "Group":
        return { ...b, type, size: 2 + Math.floor(random() * 30) };
      case "Event":
        return { ...b, type, year: 1997 + Math.floor(random() * 16) };
      case "Initiative":
        return { ...b, type, startYear: 2000 + Math.floor(random() * 12) };
      case "Outcome":
        return { ...b, type, level: pick(OUTCOME_LEVELS), kind: pick(OUTCOME_KINDS), realised: pick(REALISED) };
      case "SuccessFactor":
      case "Weakness":
      case "Knowledge":
      case "Channel":
        return { ...b, type };
      default:
        throw new Error(`no local ${type} in a synthetic partnership`);
    }
  }

  const relationships: Relationship[] = [];
  const rel = (type: RelationshipType, from: string, to: string, extra: Partial<Relationship> = {}): Relationship => {
    const r: Relationship = { from, to, type, ...evidence(), ...extra };
    if (type === "KNOWLEDGE_FLOW")
      Object.assign(r, {
        topic: "synthetic knowledge",
        status: pick(FLOW_STATUSES),
        direction: pick(FLOW_DIRECTIONS),
        level: pick(FLOW_LEVELS),
      });
    return r;
  };
  const networkNodes = options.nodes - sections.length;
  const totalEdges = Math.round((options.edgesPerNode ?? 2) * networkNodes);
  for (let p = 0; p < partnerships; p++) {
    const prefix = `syn-p${p + 1}`;
    const share = Math.round((totalEdges * (p + 1)) / partnerships) - Math.round((totalEdges * p) / partnerships);
    const core = [
      rel("PARTNER_IN", `${prefix}-north`, `${prefix}-partnership`, { side: "north" }),
      rel("PARTNER_IN", `${prefix}-south`, `${prefix}-partnership`, { side: "south" }),
      rel("PART_OF", `${prefix}-partnership`, "syn-programme"),
      rel("COORDINATES", "syn-ks", `${prefix}-partnership`),
    ].slice(0, share);
    relationships.push(...core);
    const local = locals[p] ?? new Map<NodeType, string[]>();
    const candidates = (types: readonly NodeType[]) =>
      types.flatMap((t) =>
        local.get(t)?.length
          ? [local.get(t) as string[]]
          : byTypeShared.get(t)
            ? [byTypeShared.get(t) as string[]]
            : [],
      );
    const usable = RANDOM_TYPES.map((type) => {
      const [from, to] = RELATIONSHIP_ENDS[type];
      return { type, from: candidates(from), to: candidates(to) };
    }).filter((u) => u.from.length > 0 && u.to.length > 0);
    for (let i = core.length; i < share; i++) {
      const u = pick(usable);
      const from = pick(pick(u.from));
      let to = pick(pick(u.to));
      for (let tries = 0; from === to && tries < 10; tries++) to = pick(pick(u.to));
      // A type whose ends admit only one node here: tie the two municipalities instead of a self-loop.
      relationships.push(
        from === to ? rel("CONNECTED_TO", `${prefix}-north`, `${prefix}-south`) : rel(u.type, from, to),
      );
    }
  }
  return { nodes, relationships };
}

function groupByType(nodes: Node[]): Map<NodeType, string[]> {
  const map = new Map<NodeType, string[]>();
  for (const n of nodes) map.set(n.type, [...(map.get(n.type) ?? []), n.id]);
  return map;
}

/** Split n among the local types by weight, largest remainder first, so the total is exact. */
function allocate(n: number): [NodeType, number][] {
  const total = LOCAL_UNIT - 1;
  const raw = LOCAL_WEIGHTS.map(([type, w]) => ({ type, exact: (n * w) / total }));
  const counts = raw.map((r) => ({ type: r.type, count: Math.floor(r.exact), rest: r.exact - Math.floor(r.exact) }));
  let left = n - counts.reduce((sum, c) => sum + c.count, 0);
  for (const c of [...counts].sort((a, b) => b.rest - a.rest)) {
    if (left <= 0) break;
    c.count++;
    left--;
  }
  return counts.map((c) => [c.type, c.count]);
}

function kebab(type: string): string {
  return type.replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase();
}

/**
 * Write a synthetic dataset as YAML files the loader reads (a file per few thousand items keeps each
 * file reviewable in an editor and the parser's memory small). Returns the file paths.
 */
export async function writeSynthetic(dir: string, options: SyntheticOptions, perFile = 5000): Promise<string[]> {
  const dataset = generateSynthetic(options);
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  const write = async (name: string, content: object) => {
    const file = join(dir, name);
    await writeFile(file, YAML.stringify(content));
    files.push(file);
  };
  for (let i = 0; i < dataset.nodes.length; i += perFile)
    await write(`nodes-${String(i / perFile + 1).padStart(3, "0")}.yaml`, {
      nodes: dataset.nodes.slice(i, i + perFile),
    });
  for (let i = 0; i < dataset.relationships.length; i += perFile)
    await write(`relationships-${String(i / perFile + 1).padStart(3, "0")}.yaml`, {
      relationships: dataset.relationships.slice(i, i + perFile),
    });
  return files;
}
