/**
 * The offline file's entry: the same app as the server's, with `fetch` for /api/* answered from the
 * data the file carries. Nothing else goes to the network; the file opens from disk.
 */
import { mount } from "svelte";
import App from "../App.svelte";
import "../app.css";
import { answerOffline } from "./offline-api";
import { readOfflineData, type OfflineData } from "./offline-data";

function installOfflineApi(data: OfflineData) {
  const original = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!url.pathname.startsWith("/api/") && !url.pathname.includes("/api/")) return original(input, init);
    const path = url.pathname.slice(url.pathname.indexOf("/api/"));
    const { status, body } = answerOffline(data, path, url.searchParams);
    return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  };
}

async function start(target: HTMLElement) {
  const data = await readOfflineData(document);
  if (data) {
    installOfflineApi(data);
    mount(App, { target });
  } else {
    target.innerHTML =
      "<p style='margin:3rem auto;max-width:32rem;font:1.1rem system-ui'>This file has no data in it. " +
      "Download it again from the app's “Download for offline” button.</p>";
  }
}

const target = document.getElementById("app");
if (!target) throw new Error("#app missing from the offline file");
void start(target);
