/**
 * Messages between a tool page and the token-counting worker (src/lib/tokenizers/tokenizer-worker.ts). The page sends a
 * `count` request; the worker answers with `progress` messages while it loads an encoding or works through a
 * large text, then one `result` or one `error` with the same id. A newer request supersedes older ones: the
 * worker stops working on them and answers them with an `error` whose `superseded` is true.
 */
import * as z from 'zod/mini';

/** Exact OpenAI encodings (gpt-tokenizer), or `estimate` for a heuristic count (tokenx). */
export const countMethods = ['o200k_base', 'cl100k_base', 'estimate'] as const;
export type CountMethod = (typeof countMethods)[number];
export type ExactEncoding = Exclude<CountMethod, 'estimate'>;

/** Texts longer than this are refused rather than freezing the tab: 20 million characters, about 5M tokens. */
export const maxTextLength = 20_000_000;

export const countRequestSchema = z.object({
  type: z.literal('count'),
  id: z.int().check(z.gte(0)),
  text: z.string().check(z.maxLength(maxTextLength, 'the text is too long to count (20 million characters at most)')),
  methods: z.array(z.enum(countMethods)).check(z.minLength(1)),
});

export type CountRequest = z.infer<typeof countRequestSchema>;

/** One count of one text. */
export interface TokenCount {
  method: CountMethod;
  tokens: number;
  /** True only for OpenAI encodings counted with the real tokenizer. */
  exact: boolean;
  /** How to show it: "o200k_base" or "≈ estimate (tokenx heuristic)". */
  label: string;
  /** Milliseconds spent counting (loading the encoding excluded). */
  ms: number;
}

export interface ProgressMessage {
  type: 'progress';
  id: number;
  method: CountMethod;
  /** `loading`: fetching the encoding's tables (megabytes, first use only); `counting`: characters done. */
  phase: 'loading' | 'counting';
  done: number;
  total: number;
}

export interface ResultMessage {
  type: 'result';
  id: number;
  characters: number;
  counts: TokenCount[];
  /** Milliseconds from receiving the request to the result, loading included. */
  ms: number;
}

export interface ErrorMessage {
  type: 'error';
  id: number;
  message: string;
  superseded?: boolean;
}

export type WorkerResponse = ProgressMessage | ResultMessage | ErrorMessage;
