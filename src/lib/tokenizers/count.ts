/**
 * Token counting. Exact for OpenAI's encodings with gpt-tokenizer (each encoding's tables load on first use,
 * megabytes, so only inside the worker or on demand), estimated with tokenx for vendors whose tokenizers are not
 * public (Anthropic's published tokenizer is not accurate from Claude 3 on), always labelled "≈".
 */
import { estimateTokenCount } from 'tokenx';
import type { CountMethod, ExactEncoding, TokenCount } from './protocol.ts';

type Counter = (text: string) => number;

const loaders: Record<ExactEncoding, () => Promise<{ countTokens: (text: string, options?: object) => number }>> = {
  o200k_base: () => import('gpt-tokenizer/encoding/o200k_base'),
  cl100k_base: () => import('gpt-tokenizer/encoding/cl100k_base'),
};

const loaded = new Map<ExactEncoding, Promise<Counter>>();

/**
 * The counter of an OpenAI encoding, loaded once. Special-token text such as "<|endoftext|>" in a pasted prompt
 * is counted as the plain text it is (like tiktoken's encode_ordinary), never rejected.
 */
export function loadEncoding(encoding: ExactEncoding): Promise<Counter> {
  let counter = loaded.get(encoding);
  if (!counter) {
    counter = loaders[encoding]().then(
      (module) => (text: string) => module.countTokens(text, { disallowedSpecial: new Set() }),
    );
    counter.catch(() => loaded.delete(encoding));
    loaded.set(encoding, counter);
  }
  return counter;
}

/**
 * Cuts a text into pieces of about `size` characters at places where both OpenAI encodings start a new
 * pre-token: before a space that follows a non-space and precedes a letter (" word"), or after a line feed
 * followed by a letter. No pre-token spans such a place, so the counts of the pieces add up to the count of the
 * whole text (checked by test/unit/tokenizers/count.test.ts, including random texts). A text without such
 * places stays whole.
 */
export function splitAtTokenBoundaries(text: string, size: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > size) {
    let cut = -1;
    for (let i = start + size; i < text.length - 1; i++) {
      const next = text[i + 1]!;
      const here = text[i]!;
      if (here === ' ' && /\S/.test(text[i - 1]!) && /\p{L}/u.test(next)) {
        cut = i;
        break;
      }
      if (here === '\n' && /\p{L}/u.test(next)) {
        cut = i + 1;
        break;
      }
    }
    if (cut === -1) break;
    pieces.push(text.slice(start, cut));
    start = cut;
  }
  pieces.push(text.slice(start));
  return pieces;
}

/** Text size per piece when counting a large text: small enough to report progress, large enough to be fast. */
export const chunkCharacters = 32_768;

/** Counts a text with an OpenAI encoding, piece by piece; `between` runs after each piece (progress, yielding). */
export async function countExact(
  text: string,
  encoding: ExactEncoding,
  between?: (done: number, total: number) => Promise<boolean | void> | boolean | void,
): Promise<TokenCount | null> {
  const count = await loadEncoding(encoding);
  const started = performance.now();
  let tokens = 0;
  let done = 0;
  for (const piece of splitAtTokenBoundaries(text, chunkCharacters)) {
    tokens += count(piece);
    done += piece.length;
    if (between && (await between(done, text.length)) === false) return null;
  }
  return { method: encoding, tokens, exact: true, label: encoding, ms: performance.now() - started };
}

/** A heuristic count with tokenx, for models whose tokenizer cannot run in the browser. */
export function estimate(text: string): TokenCount {
  const started = performance.now();
  const tokens = estimateTokenCount(text);
  return {
    method: 'estimate',
    tokens,
    exact: false,
    label: '≈ estimate (tokenx heuristic)',
    ms: performance.now() - started,
  };
}

/** Display label of a counting method, for tables and legends. */
export const methodLabels: Record<CountMethod, string> = {
  o200k_base: 'o200k_base (exact: GPT-4o, GPT-4.1, GPT-5, o-series, gpt-oss)',
  cl100k_base: 'cl100k_base (exact: GPT-4, GPT-3.5, text-embedding-3)',
  estimate: '≈ estimate (tokenx heuristic: Claude, Gemini, open models)',
};
