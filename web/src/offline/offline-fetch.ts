/**
 * `fetch` for /api/* answered from the data the file carries. Installed as this module loads, and the
 * entry imports it first: some of the app's modules ask the API as they load (the network layout is
 * prefetched), before the entry's own code would run. Answers wait until the data is unpacked.
 */
import { answerOffline } from "./offline-api";
import { readOfflineData } from "./offline-data";

export const offlineData = readOfflineData(document);

const original = window.fetch.bind(window);
window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (!url.pathname.startsWith("/api/") && !url.pathname.includes("/api/")) return original(input, init);
  const path = url.pathname.slice(url.pathname.indexOf("/api/"));
  const data = await offlineData;
  const { status, body } = data
    ? answerOffline(data, path, url.searchParams)
    : { status: 503, body: { error: { code: "offline_data_missing", message: "This file has no data in it." } } };
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
};
