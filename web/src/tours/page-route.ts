/**
 * Which page is open, kept in the URL's hash: the query string belongs to the explorer's view, so
 * the console and tours never disturb it, and a link like #present/has-it-been-worth-it/3 opens a
 * presentation at its third step.
 */
export type PageRoute =
  | { page: "explorer" }
  | { page: "console" }
  | { page: "tours" }
  | { page: "present"; tour: string; step: number; mine: boolean };

export function parseRoute(hash: string): PageRoute {
  const parts = hash.replace(/^#\/?/, "").split("/").map(decodeURIComponent);
  switch (parts[0]) {
    case "console":
      return { page: "console" };
    case "tours":
      return { page: "tours" };
    case "present":
    case "present-mine": {
      const tour = parts[1] ?? "";
      if (!tour) return { page: "tours" };
      const n = Number(parts[2] ?? "1");
      const step = Number.isInteger(n) && n >= 1 ? n - 1 : 0;
      return { page: "present", tour, step, mine: parts[0] === "present-mine" };
    }
    default:
      return { page: "explorer" };
  }
}

export function formatRoute(route: PageRoute): string {
  switch (route.page) {
    case "explorer":
      return "";
    case "console":
    case "tours":
      return `#${route.page}`;
    case "present":
      return `#${route.mine ? "present-mine" : "present"}/${encodeURIComponent(route.tour)}/${route.step + 1}`;
  }
}
