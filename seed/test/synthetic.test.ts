import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import YAML from "yaml";
import { describe, expect, it } from "vitest";
import { DatasetFile, Node, RELATIONSHIP_ENDS, Relationship } from "../src/schema";
import { generateSynthetic, readReportText, reportSections, writeSynthetic } from "../src/synthetic";

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

describe("synthetic datasets", () => {
  it("are the same for the same seed and differ for another", () => {
    const a = generateSynthetic({ nodes: 600, seed: 7 });
    const b = generateSynthetic({ nodes: 600, seed: 7 });
    const c = generateSynthetic({ nodes: 600, seed: 8 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
  });

  it("hold exactly the nodes asked for, with unique ids and the edges per node asked for", () => {
    const sections = reportSections(readReportText()).length;
    for (const nodes of [100, 1000, 5000]) {
      const d = generateSynthetic({ nodes, seed: 1, edgesPerNode: 2 });
      expect(d.nodes).toHaveLength(nodes);
      expect(new Set(d.nodes.map((n) => n.id)).size).toBe(nodes);
      expect(d.relationships).toHaveLength(2 * (nodes - sections));
    }
  });

  it("are shaped like the report: partnerships of municipalities north and south under one programme", () => {
    const d = generateSynthetic({ nodes: 15 * 54 + 60, seed: 3, partnerships: 15 });
    expect(d.nodes.filter((n) => n.type === "Partnership")).toHaveLength(15);
    expect(d.nodes.filter((n) => n.type === "Programme")).toHaveLength(1);
    const partnerIn = d.relationships.filter((r) => r.type === "PARTNER_IN");
    expect(partnerIn.filter((r) => r.side === "north").length).toBeGreaterThanOrEqual(15);
    expect(partnerIn.filter((r) => r.side === "south").length).toBeGreaterThanOrEqual(15);
  });

  it("fit the schema, the vocabulary and the report's text", () => {
    const report = collapse(readReportText());
    const d = generateSynthetic({ nodes: 2000, seed: 11 });
    const ids = new Map(d.nodes.map((n) => [n.id, n.type]));
    const sectionNumbers = new Set(d.nodes.flatMap((n) => (n.type === "Section" ? [n.number] : [])));
    for (const n of d.nodes) {
      expect(Node.safeParse(n).error).toBeUndefined();
      if (n.type === "Section") expect(report).toContain(collapse(n.title));
      else expect(n.mentions.length).toBeGreaterThan(0);
      for (const m of n.mentions) {
        expect(sectionNumbers.has(m.section)).toBe(true);
        expect(report).toContain(collapse(m.quote));
      }
    }
    for (const r of d.relationships) {
      expect(Relationship.safeParse(r).error).toBeUndefined();
      const [from, to] = RELATIONSHIP_ENDS[r.type];
      expect(from).toContain(ids.get(r.from));
      expect(to).toContain(ids.get(r.to));
      expect(r.from).not.toBe(r.to);
      expect(report).toContain(collapse(r.quote));
    }
  });

  it("write YAML files that parse back as dataset files", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pg-synthetic-"));
    try {
      const files = await writeSynthetic(dir, { nodes: 300, seed: 2 }, 100);
      let nodes = 0;
      for (const f of files) {
        const parsed = DatasetFile.parse(YAML.parse(await readFile(f, "utf8")));
        nodes += parsed.nodes.length;
      }
      expect(nodes).toBe(300);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("scale to 100k nodes in seconds", () => {
    const started = performance.now();
    const d = generateSynthetic({ nodes: 100_000, seed: 1 });
    expect(d.nodes).toHaveLength(100_000);
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 30_000);
});
