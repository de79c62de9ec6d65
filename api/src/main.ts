/** Runs the API standalone: read config, build the app, listen, close cleanly on SIGINT/SIGTERM. */
import { buildApp } from "./app";
import { loadConfig } from "./config";

const config = loadConfig();
const app = await buildApp(config);

let closing = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, "shutting down");
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  });
}

try {
  await app.listen({ host: config.HOST, port: config.PORT });
} catch (error) {
  app.log.error({ err: error }, "could not start");
  await app.close();
  process.exit(1);
}

// Lay the network out now rather than at the first visit (20k nodes take 10 s or more): the route
// computes it once per dataset version and keeps it. If Neo4j is not there yet, the first visit does it.
app.inject({ method: "GET", url: "/api/layout" }).then(
  (response) => app.log.info({ status: response.statusCode }, "force layout computed at start"),
  (error: unknown) => app.log.warn({ err: error }, "force layout not computed at start"),
);
