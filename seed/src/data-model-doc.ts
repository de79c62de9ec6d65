/**
 * The README's "Data model" list, generated from schema.ts so the documentation cannot drift from
 * the model: `npx tsx seed/src/data-model-doc.ts --write README.md` refreshes the block between the
 * markers, and a unit test fails when it is stale.
 */
import { readFileSync, writeFileSync } from "node:fs";
import {
  ACTOR_TYPES,
  FLOW_DIRECTIONS,
  FLOW_LEVELS,
  FLOW_STATUS_MEANINGS,
  FLOW_STATUSES,
  OUTCOME_KINDS,
  OUTCOME_LEVELS,
  REALISED,
  NODE_TYPES,
  NODE_TYPE_MEANINGS,
  RELATIONSHIP_ENDS,
  RELATIONSHIP_MEANINGS,
  RELATIONSHIP_TYPES,
  type NodeType,
} from "./schema";

export const START = "<!-- data-model:start (generated from seed/src/schema.ts) -->";
export const END = "<!-- data-model:end -->";

function ends(types: readonly NodeType[]): string {
  if (types.length === NODE_TYPES.length) return "any";
  if (types.length === ACTOR_TYPES.length && ACTOR_TYPES.every((t) => types.includes(t))) return "actor";
  return types.join("/");
}

export function renderDataModel(): string {
  const labels = NODE_TYPES.map((type) => `- \`${type}\` — ${NODE_TYPE_MEANINGS[type]}`);
  const relationships = RELATIONSHIP_TYPES.map((type) => {
    const [from, to] = RELATIONSHIP_ENDS[type] as readonly [readonly NodeType[], readonly NodeType[]];
    return `- \`${type}\` (${ends(from)} → ${ends(to)}) — ${RELATIONSHIP_MEANINGS[type]}`;
  });
  return [
    START,
    "",
    "Every node has the label `Entity` plus one type label, and `id`, `name`, `summary`.",
    "An actor is an `Organisation`, `Person` or `Group`.",
    "",
    "Node labels:",
    "",
    ...labels,
    "",
    "Relationship types (from → to):",
    "",
    ...relationships,
    "",
    "Every relationship carries `key` (`from|TYPE|to`, then `#2`, `#3`… for repeats of a triple; its public id),",
    "`section` and `quote`. A `KNOWLEDGE_FLOW` also has `topic`, `status` " + `(${FLOW_STATUSES.join(" | ")}),`,
    `\`direction\` (${FLOW_DIRECTIONS.join(" | ")}), \`level\` (${FLOW_LEVELS.join(" | ")}) and, where the report says,`,
    "`channel` (a `Channel` id), `knowledge` (a `Knowledge` id) and `hinderedBy` (`Weakness` ids).",
    "A flow's `status` claims no more than its quote and the report say:",
    "",
    ...FLOW_STATUSES.map((status) => `- \`${status}\` — ${FLOW_STATUS_MEANINGS[status]}`),
    "",
    `An \`Outcome\` has \`level\` (${OUTCOME_LEVELS.join(" | ")}), \`kind\` (${OUTCOME_KINDS.join(" | ")}) and \`realised\` (${REALISED.join(" | ")}).`,
    "Each node also stores `quotes`, its mentions' quotes joined, for the `entitySearch` full-text index;",
    "the loader keeps one `(:Meta {id: 'dataset'})` node (not an `Entity`) with `hash`, `version` and `loadedAt`.",
    END,
  ].join("\n");
}

/** The README with its data-model block replaced (the markers must already be there). */
export function refreshReadme(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`the README needs the markers ${START} … ${END}`);
  return readme.slice(0, start) + renderDataModel() + readme.slice(end + END.length);
}

const writeIndex = process.argv.indexOf("--write");
if (import.meta.url === `file://${process.argv[1]}`) {
  const target = writeIndex > 0 ? process.argv[writeIndex + 1] : undefined;
  if (target) writeFileSync(target, refreshReadme(readFileSync(target, "utf8")));
  else console.log(renderDataModel());
}
