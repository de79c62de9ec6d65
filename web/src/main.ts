import { mount } from "svelte";
import App from "./App.svelte";
import { loadCytoscape } from "./lib/graph/cytoscape-module";
import "./app.css";

// Fetched while the app mounts and the graph loads; run in a task of its own when it is in.
void loadCytoscape();

const target = document.getElementById("app");
if (!target) throw new Error("#app missing from index.html");
// Mounted a task after the bundle has run: running it (Cytoscape, zod's schemas) and the first mount
// were one task of 110–200 ms, the longest before the graph is in; apart, each is under 100 ms.
setTimeout(() => mount(App, { target }));
