/**
 * Sourced figures: every default a tool ships (a price, a discount, a licensing rule) is one of these, so the page
 * can show where it came from and when. Framework-free and zod-free: the client bundle imports it.
 */

/** "As of" dates are written as precisely as the source allows: a year, a month or a day, never a guessed day. */
export const asOfPattern = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** A year ("2026"), a month ("2025-06") or a day ("2025-06-01"). */
export type AsOf = string;

/** A number taken from a public source, with what it measures and when it was read. */
export interface SourcedFigure {
  value: number;
  /** What the number counts, in words: "$ per processor licence", "% of net licence price per year". */
  unit: string;
  /** Title of the source, as a reader would search for it. */
  source: string;
  /** Address of the source; absent only for rules derived in this repo (the note then says how). */
  url?: string;
  /** When the figure was read: YYYY, YYYY-MM or YYYY-MM-DD, shown exactly as written. */
  asOf: AsOf;
  /** Context a careful reader needs: the range the figure sits in, a caveat, how it was derived. */
  note?: string;
}

/** Declares a sourced figure, failing loudly (at build time, in tests) on a malformed date or value. */
export function sourced(figure: SourcedFigure): SourcedFigure {
  if (!asOfPattern.test(figure.asOf)) {
    throw new Error(`Figure from "${figure.source}" has as-of "${figure.asOf}": use YYYY, YYYY-MM or YYYY-MM-DD`);
  }
  if (!Number.isFinite(figure.value)) throw new Error(`Figure from "${figure.source}" is not a finite number`);
  return figure;
}
