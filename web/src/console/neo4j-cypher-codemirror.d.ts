// The package's "exports" map has no "types" condition, so TypeScript cannot see the declarations it
// ships; point the bare specifier at them.
declare module "@neo4j-cypher/codemirror" {
  export * from "@neo4j-cypher/codemirror/src/codemirror.js";
}
