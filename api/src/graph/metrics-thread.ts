/** Runs in a worker thread: betweenness and closeness over thousands of nodes take seconds. */
import type { Graph } from "../contract/graph";
import { answerFromThread } from "../threads/run-in-thread";
import { computeMetrics } from "./compute-metrics";

void answerFromThread((graph: Graph) => computeMetrics(graph));
