/**
 * The report's text and the one rule for "verbatim": both sides are compared after the same
 * normalisation, so a quote copied from the report matches however it was wrapped.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "./read-files";

export function defaultReportPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.REPORT_PATH
    ? path.resolve(env.REPORT_PATH)
    : path.resolve(REPO_ROOT, "..", "shared", "report", "has-it-been-worth-it.txt");
}

/** Length of the runs of text the quote index keys on: quotes shorter than this are searched for directly. */
const GRAM = 12;

const CURLY_SINGLE = /[\u2018\u2019\u201A\u201B]/g;
const CURLY_DOUBLE = /[\u201C\u201D\u201E\u201F]/g;

export interface QuoteFolding {
  /** Treat ‘ ’ as ' — only when the report itself uses both. */
  single: boolean;
  /** Treat “ ” as " — only when the report itself uses both. */
  double: boolean;
}

/** Which kinds of quotation mark a text uses inconsistently (curly and straight both). */
export function mixedQuoteMarks(text: string): QuoteFolding {
  return {
    single: /[\u2018\u2019\u201A\u201B]/.test(text) && text.includes("'"),
    double: /[\u201C\u201D\u201E\u201F]/.test(text) && text.includes('"'),
  };
}

/**
 * Collapses whitespace and drops the `*` emphasis markers the text conversion left around italics.
 * Curly quotation marks are folded to straight ones only where the report mixes the two (this one
 * does: “…” next to "…", ‘…’ next to '…'), since then which one a quote uses says nothing about
 * fidelity; a report that is consistent is held to its own marks. Nothing else is forgiven.
 */
export function normaliseForQuote(text: string, fold: QuoteFolding = { single: true, double: true }): string {
  let out = text;
  if (fold.single) out = out.replace(CURLY_SINGLE, "'");
  if (fold.double) out = out.replace(CURLY_DOUBLE, '"');
  return out.replace(/\*/g, "").replace(/\s+/g, " ").trim();
}

function headingKey(text: string): string {
  return normaliseForQuote(text)
    .replace(/^"(.*)"$/, "$1")
    .replace(/\.+$/, "")
    .trim()
    .toLowerCase();
}

export class ReportText {
  readonly normalised: string;
  readonly folding: QuoteFolding;

  constructor(readonly raw: string) {
    this.folding = mixedQuoteMarks(raw);
    this.normalised = normaliseForQuote(raw, this.folding);
  }

  static read(reportPath = defaultReportPath()): ReportText {
    return new ReportText(readFileSync(reportPath, "utf8"));
  }

  private readonly seen = new Map<string, boolean>();

  containsQuote(quote: string): boolean {
    const wanted = normaliseForQuote(quote, this.folding);
    // Large datasets repeat quotes (every relationship of a passage cites it): search each once.
    let found = this.seen.get(wanted);
    if (found === undefined) {
      found = wanted.length > 0 && this.find(wanted);
      this.seen.set(wanted, found);
    }
    return found;
  }

  /** Where each run of GRAM characters starts in the normalised text; built once many quotes are asked. */
  private grams: Map<string, number[]> | undefined;

  private find(wanted: string): boolean {
    // A scan of the whole report per quote is fine for the report's dataset; a 100k-node one asks 400k.
    if (!this.grams && this.seen.size >= 500) {
      this.grams = new Map();
      for (let i = 0; i + GRAM <= this.normalised.length; i++) {
        const gram = this.normalised.slice(i, i + GRAM);
        const at = this.grams.get(gram);
        if (at) at.push(i);
        else this.grams.set(gram, [i]);
      }
    }
    if (!this.grams || wanted.length < GRAM) return this.normalised.includes(wanted);
    return (this.grams.get(wanted.slice(0, GRAM)) ?? []).some((i) => this.normalised.startsWith(wanted, i));
  }

  private headingSet: Set<string> | undefined;

  /**
   * Whether a line of the report reads as this heading, once its number ("5.3", "3.1.", "2.0"), the
   * table of contents' dots and page number, and enclosing quotes are set aside. Case is ignored:
   * the contents and the body print some headings in capitals and others in title case.
   */
  containsHeading(title: string): boolean {
    const wanted = headingKey(title);
    return wanted.length > 0 && this.headings().has(wanted);
  }

  private headings(): Set<string> {
    if (!this.headingSet) {
      this.headingSet = new Set();
      for (const line of this.raw.split("\n")) {
        const text = line.trim();
        if (!text || text.length > 160) continue;
        const withoutNumber = text.replace(/^\d+(?:\.\d+)*\.?\s+/, "");
        const withoutPage = withoutNumber.replace(/(?:\.{2,}|\t)\s*[ivx\d]*\s*$/i, "");
        for (const candidate of [text, withoutNumber, withoutPage]) this.headingSet.add(headingKey(candidate));
      }
    }
    return this.headingSet;
  }
}
