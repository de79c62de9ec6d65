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

export class ReportText {
  readonly normalised: string;
  private readonly lowered: string;

  constructor(readonly raw: string) {
    this.normalised = normaliseForQuote(raw);
    this.lowered = this.normalised.toLowerCase();
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

  /** Headings are printed in capitals in some places and title case in others (contents vs body). */
  containsHeading(title: string): boolean {
    const wanted = normaliseForQuote(title).toLowerCase();
    return wanted.length > 0 && this.lowered.includes(wanted);
  }
}
