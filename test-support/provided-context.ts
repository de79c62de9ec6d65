// What the global setups hand to tests through vitest's provide()/inject(). Import a type from here
// (or `import "../../test-support/provided-context"`) and `inject("neo4j")` is typed.
import type {} from "vitest";
export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  database: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
    /** e2e only: where the app under test listens, e.g. http://127.0.0.1:41234 */
    baseURL: string;
  }
}
