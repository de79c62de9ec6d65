import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { END, START, refreshReadme, renderDataModel } from "../src/data-model-doc";
import { REPO_ROOT } from "../src/read-files";
import { NODE_TYPES, RELATIONSHIP_TYPES } from "../src/schema";

/** The README that documents the model: the root one once it has the section, else seed's own. */
function readmeWithModel(): { file: string; text: string } {
  for (const file of [path.join(REPO_ROOT, "README.md"), path.join(REPO_ROOT, "seed", "README.md")]) {
    if (!existsSync(file)) continue;
    const text = readFileSync(file, "utf8");
    if (text.includes(START)) return { file, text };
  }
  throw new Error("no README holds the data-model block");
}

describe("the README's Data model", () => {
  const { file, text } = readmeWithModel();
  const block = text.slice(text.indexOf(START), text.indexOf(END) + END.length);

  it("lists every node label and every relationship type, one line each", () => {
    for (const type of NODE_TYPES) expect(block, type).toMatch(new RegExp(`^- \`${type}\` — `, "m"));
    for (const type of RELATIONSHIP_TYPES) expect(block, type).toMatch(new RegExp(`^- \`${type}\` \\(`, "m"));
  });

  it(`is what schema.ts generates (refresh: npx tsx seed/src/data-model-doc.ts --write ${path.relative(REPO_ROOT, file)})`, () => {
    expect(block).toBe(renderDataModel());
    expect(refreshReadme(text)).toBe(text);
  });
});
