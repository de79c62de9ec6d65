/** Request parameters shared by several routes: the same names and rules everywhere. */
import { z } from "zod";
import { Id } from "@pg/seed/schema";
import { NodeTypeName } from "./graph";

const commaSeparated = (value: unknown): unknown =>
  typeof value === "string"
    ? value
        .split(",")
        .map((item) => item.trim())
        .filter((item) => item.length > 0)
    : value;

/** `types=Organisation,Person` (or repeated `types=`): only these node types. */
export const NodeTypesParam = z
  .preprocess(commaSeparated, z.array(NodeTypeName).max(32))
  .optional()
  .describe("Comma-separated node types, e.g. Organisation,Person");

export const YearParam = z.coerce.number().int().min(1900).max(2100);

export const NodeIdParam = Id.max(200).describe("A node's public id (kebab-case slug)");
