/**
 * The shipped tours: each parses with the tour schema, every node it names exists in the dataset,
 * and every quote is verbatim in the report (same rule as the dataset's quotes).
 */
import { describe, expect, it } from "vitest";
import { analyseDataset } from "../src/check";
import { readTours, tourFiles } from "../src/read-tours";
import { ReportText } from "../src/report-text";
import { Tour, tourNodeIds } from "../src/tour-schema";

const tours = readTours();
const { dataset } = analyseDataset();
const ids = new Set(dataset.nodes.map((n) => n.id));
const report = ReportText.read();
const sections = new Set(dataset.nodes.flatMap((n) => (n.type === "Section" ? [n.number] : [])));

describe("shipped tours", () => {
  it("include the default tour, with 8–10 steps", () => {
    expect(tourFiles().length).toBeGreaterThan(0);
    const main = tours.find((t) => t.id === "has-it-been-worth-it");
    expect(main?.title).toBe("Has it been worth it?");
    expect(main?.steps.length).toBeGreaterThanOrEqual(8);
    expect(main?.steps.length).toBeLessThanOrEqual(10);
  });

  it("have unique ids", () => {
    expect(new Set(tours.map((t) => t.id)).size).toBe(tours.length);
  });

  for (const tour of tours) {
    describe(tour.id, () => {
      it("names only nodes that exist in the dataset", () => {
        expect(tourNodeIds(tour).filter((id) => !ids.has(id))).toEqual([]);
      });

      it("quotes the report verbatim, from sections that exist", () => {
        const quotes = tour.steps.flatMap((s) => (s.quote ? [s.quote] : []));
        expect(quotes.filter((q) => !report.containsQuote(q.text)).map((q) => q.text)).toEqual([]);
        if (sections.size) expect(quotes.filter((q) => !sections.has(q.section)).map((q) => q.section)).toEqual([]);
      });

      it("shows something in every step", () => {
        for (const step of tour.steps) {
          const { view } = step;
          const shows =
            view.highlight?.length ||
            view.nodes?.length ||
            view.types?.length ||
            view.flows ||
            view.path ||
            view.select ||
            view.year;
          expect(shows, step.title).toBeTruthy();
        }
      });
    });
  }
});

describe("tour schema", () => {
  it("refuses a tour without steps and a step without a title", () => {
    expect(Tour.safeParse({ id: "x", title: "X", steps: [] }).success).toBe(false);
    expect(Tour.safeParse({ id: "x", title: "X", steps: [{ title: "", caption: "", view: {} }] }).success).toBe(false);
  });

  it("refuses unknown view fields and bad ids", () => {
    expect(
      Tour.safeParse({ id: "x", title: "X", steps: [{ title: "a", caption: "", view: { zoom: 2 } }] }).success,
    ).toBe(false);
    expect(
      Tour.safeParse({ id: "Not A Slug", title: "X", steps: [{ title: "a", caption: "", view: {} }] }).success,
    ).toBe(false);
  });
});
