/** Detects which database a script was written for, from signals only that dialect uses, with the evidence. */
import { dialects, type Dialect } from './dialect-id.ts';
import { significant, tokenize, type Token } from '../sql/lexer.ts';
import { detectionSignals, type DetectionSignal } from './detection-signals.ts';
import { oracle } from './oracle.ts';
import { sqlserver } from './sqlserver.ts';

export { dialects, type Dialect } from './dialect-id.ts';

export { dialectNames } from './index.ts';

export interface DialectEvidence {
  dialect: Dialect;
  signal: string;
  count: number;
  firstLine: number;
}

export interface DialectDetection {
  dialect: Dialect;
  /** 0–1: the detected dialect's share of all signal weight found. */
  confidence: number;
  /** Signals found, strongest first. */
  evidence: DialectEvidence[];
  /** Signal weight per dialect, for display. */
  scores: Record<Dialect, number>;
}

/**
 * Scores every dialect's signals over the script's tokens. The lexer runs in Oracle mode (no dollar quoting, so a
 * MySQL `DELIMITER $$` cannot swallow the script); a second pass in SQL Server mode counts [bracketed] names.
 * MySQL's # comments then read as words: they only lower MySQL's own score, never raise another's.
 */
export function detectDialect(fullScript: string): DialectDetection {
  // The first 64 KB carry more than enough evidence; reading megabytes would only cost time.
  const script = fullScript.length > 65_536 ? fullScript.slice(0, 65_536) : fullScript;
  const all = tokenize(script, oracle.lexer);
  const bracketed = tokenize(script, sqlserver.lexer);
  // Brackets are only identifiers in SQL Server; count them from that pass, everything else from the PostgreSQL pass.
  const tokens = all.filter((t) => significant(t) || (t.type === 'comment' && t.text.startsWith('/*!')));
  const lineTokens = new Map<number, Token[]>();
  for (const t of tokens) {
    if (t.type === 'comment') continue;
    const list = lineTokens.get(t.line) ?? [];
    list.push(t);
    lineTokens.set(t.line, list);
  }
  const found = new Map<string, DialectEvidence>();
  const tally = (s: DetectionSignal, t: Token) => {
    const entry = found.get(s.signal) ?? { dialect: s.dialect, signal: s.signal, count: 0, firstLine: t.line };
    entry.count++;
    found.set(s.signal, entry);
  };
  for (let i = 0; i < tokens.length; i++) {
    for (const s of detectionSignals) {
      if (s.signal === '[bracketed] identifiers') continue;
      if (s.match(tokens, i, lineTokens)) tally(s, tokens[i]!);
    }
  }
  const bracketSignal = detectionSignals.find((s) => s.signal === '[bracketed] identifiers')!;
  const bracketTokens = bracketed.filter(significant);
  for (let i = 0; i < bracketTokens.length; i++)
    if (bracketSignal.match(bracketTokens, i, lineTokens)) tally(bracketSignal, bracketTokens[i]!);

  const scores: Record<Dialect, number> = { oracle: 0, sqlserver: 0, mysql: 0, postgres: 0 };
  const weightOf = new Map(detectionSignals.map((s) => [s.signal, s.weight]));
  // Each signal counts with diminishing returns, so one repeated signal cannot outvote several different ones.
  for (const e of found.values())
    scores[e.dialect] += (weightOf.get(e.signal) ?? 1) * Math.min(1 + Math.log2(e.count), 6);
  const total = Object.values(scores).reduce((a, b) => a + b, 0);
  const ranked = [...dialects].sort((a, b) => scores[b] - scores[a]);
  const best = ranked[0]!;
  const evidence = [...found.values()].sort(
    (a, b) => (weightOf.get(b.signal) ?? 0) * b.count - (weightOf.get(a.signal) ?? 0) * a.count,
  );
  return { dialect: best, confidence: total === 0 ? 0 : scores[best] / total, evidence, scores };
}
