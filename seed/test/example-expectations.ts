/**
 * What each example in cypher/examples answers on the report dataset. Kept apart from the test
 * that runs them so a unit test can insist every example has an expectation.
 */
import { expect } from "vitest";

export type Row = Record<string, unknown>;

const ids = (rows: Row[], column = "id") => rows.map((row) => row[column]);
const rowWith = (rows: Row[], column: string, value: unknown): Row => {
  const row = rows.find((r) => r[column] === value);
  expect(row, `no row with ${column} = ${JSON.stringify(value)}`).toBeDefined();
  return row ?? {};
};

export const EXAMPLE_EXPECTATIONS: Record<string, (rows: Row[]) => void> = {
  "school-to-lugazi": (rows) => {
    // Two steps either way: the visiting delegation, or the partnership both take part in.
    expect(rows.every((row) => row.steps === 2)).toBe(true);
    expect(rows.map((row) => row.ids)).toContainEqual([
      "gran-elementary-school-1",
      "delegation-mukono-lugazi",
      "lugazi",
    ]);
    expect(rows.map((row) => row.via)).toContainEqual(["VISITED", "MEMBER_OF"]);
  },
  "stalled-knowledge": (rows) => {
    // "It stays with the individuals": the coordinator's learning did not reach the organisation.
    const individuals = rowWith(rows, "flow", "gran-project-coordinator|KNOWLEDGE_FLOW|gran");
    expect(individuals.level).toBe("organisation");
    expect(individuals.weaknessIds).toEqual(
      expect.arrayContaining(["wk-dissemination-problems", "wk-lack-of-political-priority"]),
    );
    const speaker = rows.find((row) => String(row.topic).includes("separate council speaker"));
    expect(speaker?.weaknessIds).toContain("wk-no-learning-culture");
    expect(rows.length).toBeGreaterThanOrEqual(5);
  },
  "south-north-learning": (rows) => {
    const seats = rowWith(rows, "knowledgeId", "knowledge-reserved-seats");
    expect(seats.status).toBe("flowed");
    // The separate speaker was "mentioned" as a possibility for learning from the South, not learned.
    expect(rowWith(rows, "knowledgeId", "knowledge-separate-council-speaker").status).toBe("intended");
    // "None of this has however so far been implemented into practice."
    expect(rows.every((row) => row.implementedInGran === false)).toBe(true);
    expect(rows.length).toBeGreaterThanOrEqual(5);
  },
  "lesson-success-factors": (rows) => {
    expect(rows.map((row) => row.number)).toEqual([1, 2, 3, 4, 5]);
    expect(rows[0]?.factorIds).toContain("sf-continuity-and-trust");
    expect(rows[1]?.factorIds).toContain("sf-willingness-to-learn");
    expect(rows[3]?.factorIds).toContain("sf-political-embeddedness");
  },
  "lesson-weaknesses": (rows) => {
    expect(rowWith(rows, "id", "lesson-4-political-priority").weaknessIds).toContain("wk-lack-of-political-priority");
    expect(rowWith(rows, "id", "lesson-2-learning-culture").weaknessIds).toContain("wk-no-learning-culture");
    expect(rowWith(rows, "id", "goal-good-publicity").weaknessIds).toContain("wk-travellers-club-image");
    expect(rows.filter((row) => row.kind === "Lesson")).toHaveLength(5);
    expect(rows.filter((row) => row.kind === "StrategicGoal")).toHaveLength(3);
  },
  timeline: (rows) => {
    expect(rows[0]).toMatchObject({ id: "mic-programme-start", year: 1997 });
    expect(rowWith(rows, "id", "joining-mic-2000").year).toBe(2000);
    expect(rowWith(rows, "id", "lugazi-joins-2006").year).toBe(2006);
    expect(rowWith(rows, "id", "phase-out-2013").year).toBe(2013);
    const years = rows.map((row) => row.year).filter((year): year is number => typeof year === "number");
    expect(years).toEqual([...years].sort((a, b) => a - b));
  },
  informants: (rows) => {
    expect(ids(rows)).toEqual(
      expect.arrayContaining([
        "gran-project-coordinator",
        "former-mayor-of-gran",
        "school-principal",
        "hihu-leader",
        "nurse",
      ]),
    );
    expect(rowWith(rows, "id", "school-principal").memberOf).toContain("Gran elementary school (the donating school)");
  },
  brokers: (rows) => {
    expect(rows[0]?.id).toBe("gran");
    expect(ids(rows)).toEqual(
      expect.arrayContaining(["mukono", "delegation-mukono-lugazi", "gran-project-coordinator", "hihu"]),
    );
  },
  "lugazi-gains": (rows) => {
    expect(rows).toContainEqual(
      expect.objectContaining({ kind: "knowledge", ref: "mukono|KNOWLEDGE_FLOW|lugazi", receiverId: "lugazi" }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ kind: "donation", ref: "gran-elementary-school-1", receiverId: "lugazi-schools" }),
    );
    expect(rows).toContainEqual(expect.objectContaining({ kind: "took part in", ref: "lugazi-joins-2006" }));
  },
  "weakness-effects": (rows) => {
    const dissemination = rowWith(rows, "id", "wk-dissemination-problems");
    expect(dissemination.causes).toContain("Lack of information on MIC to inhabitants");
    expect(rowWith(rows, "id", "wk-lack-of-political-priority").causes).toContain(
      "Lack of time and resources in the North",
    );
    expect(rows[0]?.id).toBe("wk-dissemination-problems");
  },
  "north-south-transfer": (rows) => {
    const initiatives = rows.flatMap((row) => row.initiativeIds as string[]);
    expect(initiatives).toEqual(expect.arrayContaining(["tax-collection-system", "renovation-system", "market-place"]));
    const flowed = rows.filter((row) => row.status === "flowed").map((row) => row.flow);
    expect(flowed).toContain("gran|KNOWLEDGE_FLOW|mukono");
  },
  "community-reach": (rows) => {
    expect(rows).toContainEqual(
      // "Just one person had read about it on the municipality's webpage."
      expect.objectContaining({ channel: "channel-municipal-webpage", status: "partial", to: "Inhabitants of Gran" }),
    );
    expect(rows).toContainEqual(expect.objectContaining({ channel: "channel-local-newspaper", status: "partial" }));
    expect(rows.some((row) => String(row.topic).includes("15 of 32"))).toBe(true);
    // The pupils "wanted to share" school life in Norway; learning in Uganda is only "potentially".
    expect(rows.filter((row) => row.from === "Pupils of Gran's elementary schools").map((row) => row.status)).toContain(
      "intended",
    );
  },
  "only-intended": (rows) => {
    const flows = rows.map((row) => row.flow);
    expect(flows).toEqual(
      expect.arrayContaining([
        "mukono|KNOWLEDGE_FLOW|lugazi",
        "ks|KNOWLEDGE_FLOW|gran",
        "gran|KNOWLEDGE_FLOW|other-norwegian-municipalities",
        "pupils-of-gran|KNOWLEDGE_FLOW|lugazi-schools",
      ]),
    );
    expect(rowWith(rows, "flow", "ks|KNOWLEDGE_FLOW|gran").evidence).toContain("KS shall ensure support");
  },
  "south-south": (rows) => {
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      flow: "mukono|KNOWLEDGE_FLOW|lugazi",
      from: "Mukono municipality",
      // "Mukono shall transfer": the report never says whether it did.
      status: "intended",
    });
    expect(rows[0]?.evidence).toContain("Mukono shall transfer experience and knowledge gained via Gran");
  },
  initiators: (rows) => {
    expect(rowWith(rows, "id", "gran-mukono-partnership").actorIds).toEqual(
      expect.arrayContaining(["former-mayor-of-gran", "mayor-of-mukono"]),
    );
    expect(rowWith(rows, "id", "international-municipality-nomination").actorIds).toEqual(["norwegian-peace-corps"]);
  },
  "outcomes-by-level": (rows) => {
    expect(rows[0]).toMatchObject({ level: "personal", realised: "yes" });
    expect(rows[0]?.ids).toContain("outcome-cultural-understanding");
    const notRealised = rows.find((row) => row.level === "organisational" && row.realised === "no");
    expect(notRealised?.ids).toContain("outcome-implemented-learning-from-south");
  },
  "search-evidence": (rows) => {
    expect(ids(rows)).toEqual(expect.arrayContaining(["concept-travellers-club", "wk-travellers-club-image"]));
    expect(rows.slice(0, 2).map((row) => row.type)).toEqual(expect.arrayContaining(["Concept", "Weakness"]));
  },
  "evidence-for-hihu": (rows) => {
    expect(rows.map((row) => row.section)).toEqual(expect.arrayContaining(["3.1", "5.3"]));
    expect(rows.some((row) => String(row.quote).includes("'Hand In Hand Uganda' (HIHU)"))).toBe(true);
  },
};
