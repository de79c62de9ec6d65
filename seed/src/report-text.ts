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

/**
 * Collapses whitespace; folds curly quotes to straight ones because the report itself mixes them
 * (“…” next to "…", ‘…’ next to '…'), so which one a quote uses says nothing about fidelity; drops the
 * `*` emphasis markers the text conversion left around italics. Nothing else is forgiven.
 */
export function normaliseForQuote(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\*/g, "")
    .replace(/\s+/g, " ")
    .trim();
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

  constructor(readonly raw: string) {
    this.normalised = normaliseForQuote(raw);
  }

  static read(reportPath = defaultReportPath()): ReportText {
    return new ReportText(readFileSync(reportPath, "utf8"));
  }

  private readonly seen = new Map<string, boolean>();

  containsQuote(quote: string): boolean {
    const wanted = normaliseForQuote(quote);
    // Large datasets repeat quotes (every relationship of a passage cites it): search each once.
    let found = this.seen.get(wanted);
    if (found === undefined) {
      found = wanted.length > 0 && this.normalised.includes(wanted);
      this.seen.set(wanted, found);
    }
    return found;
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
