import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { END, START, refreshReadme, renderDataModel } from "../src/data-model-doc";
import { REPO_ROOT } from "../src/read-files";
import { NODE_TYPES, RELATIONSHIP_TYPES } from "../src/schema";

const README = path.join(REPO_ROOT, "README.md");

describe("the README's Data model", () => {
  const text = readFileSync(README, "utf8");
  const block = text.slice(text.indexOf(START), text.indexOf(END) + END.length);

  it("lists every node label and every relationship type, one line each", () => {
    for (const type of NODE_TYPES) expect(block, type).toMatch(new RegExp(`^- \`${type}\` — `, "m"));
    for (const type of RELATIONSHIP_TYPES) expect(block, type).toMatch(new RegExp(`^- \`${type}\` \\(`, "m"));
  });

  it("is what schema.ts generates (refresh: npx tsx seed/src/data-model-doc.ts --write README.md)", () => {
    expect(block).toBe(renderDataModel());
    expect(refreshReadme(text)).toBe(text);
  });
});
