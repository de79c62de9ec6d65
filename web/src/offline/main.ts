/**
 * The offline file's entry: the same app as the server's, with `fetch` for /api/* answered from the
 * data the file carries. Nothing else goes to the network; the file opens from disk.
 */
// First, so that /api/* is answered from the file before any other module of the app loads.
import { offlineData } from "./offline-fetch";
import { mount } from "svelte";
import App from "../App.svelte";
import "../app.css";

async function start(target: HTMLElement) {
  if (await offlineData) mount(App, { target });
  else
    target.innerHTML =
      "<p style='margin:3rem auto;max-width:32rem;font:1.1rem system-ui'>This file has no data in it. " +
      "Download it again from the app's “Download for offline” button.</p>";
}

const target = document.getElementById("app");
if (!target) throw new Error("#app missing from the offline file");
void start(target);
