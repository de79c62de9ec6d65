import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { csv, csvField } from "../src/export/csv";
import { cypherScript, identifier, literal, scriptStatements } from "../src/export/cypher-script";
import { graphml, xmlEscape } from "../src/export/graphml";
import type { ExportGraph } from "../src/export/export-graph";

const graph: ExportGraph = {
  nodes: [
    {
      labels: ["Entity", "Organisation"],
      props: { id: "gran", name: 'Gran "kommune"', since: neo4j.int(2000), aliases: ["a", "b"] },
    },
    { labels: ["Entity", "Section"], props: { id: "s-1", name: "1 Intro", quotes: "line one\nline two;\nthree" } },
  ],
  relationships: [
    { type: "MENTIONED_IN", from: "gran", to: "s-1", props: { key: "gran|MENTIONED_IN|s-1", weight: 2 } },
  ],
};

describe("Cypher script", () => {
  it("writes literals that keep integers, floats, strings and lists apart", () => {
    expect(literal(neo4j.int(2008))).toBe("2008");
    expect(literal(2)).toBe("2.0");
    expect(literal(0.5)).toBe("0.5");
    expect(literal('say "hi"\n\\')).toBe('"say \\"hi\\"\\n\\\\"');
    expect(literal([neo4j.int(1), "x", true])).toBe('[1, "x", true]');
    expect(identifier("we`ird")).toBe("`we``ird`");
  });

  it("splits back into its statements even when strings hold semicolons and newlines", () => {
    const statements = scriptStatements(cypherScript(graph));
    expect(statements).toHaveLength(4);
    expect(statements[0]).toMatch(/^CREATE CONSTRAINT/);
    expect(statements[2]).toContain('"line one\\nline two;\\nthree"');
    expect(statements[3]).toContain(
      'CREATE (a)-[:`MENTIONED_IN` {`key`: "gran|MENTIONED_IN|s-1", `weight`: 2.0}]->(b)',
    );
  });
});

describe("GraphML and CSV", () => {
  it("escapes XML and declares a typed key for every property", () => {
    expect(xmlEscape('<a & "b">\u0001')).toBe("&lt;a &amp; &quot;b&quot;&gt;");
    const xml = graphml(graph);
    expect(xml).toContain('<key id="n_since" for="node" attr.name="since" attr.type="long"/>');
    expect(xml).toContain('<key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>');
    expect(xml).toContain("Gran &quot;kommune&quot;");
    expect(xml).toContain('<data key="n_aliases">[&quot;a&quot;,&quot;b&quot;]</data>');
  });

  it("quotes CSV fields when needed and defuses spreadsheet formulas", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField("=HYPERLINK()")).toBe("'=HYPERLINK()");
    expect(csvField(neo4j.int(7))).toBe("7");
    const nodes = csv(graph, "nodes").split("\r\n");
    expect(nodes[0]).toBe("id,type,labels,aliases,name,quotes,since");
    expect(nodes[1]).toBe('gran,Organisation,Entity:Organisation,"[""a"",""b""]","Gran ""kommune""",,2000');
  });
});
