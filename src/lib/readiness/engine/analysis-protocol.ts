/**
 * Messages between the caller (the page, the CLI) and the analysis worker (analysis-worker-host.ts, inside the page's
 * Web Worker or the CLI's worker thread). Types only: importing this file adds no code to the page bundle.
 *
 * Page → worker: `start` (one analysis at a time; a new start cancels the previous one) and `cancel`.
 * Worker → page: `progress` (first while PGlite downloads and starts, then per statement), `statement` just before
 * each statement or batch of statements runs in PostgreSQL (the page's watchdog names the one that hangs), then exactly one of `result` or
 * `error` per start id. A cancelled analysis answers with an `error` of kind `cancelled`.
 */
import type { Dialect } from '../dialects/detect-dialect.ts';
import type { Report } from '../report/report.ts';
import type { UnitModel } from '../score/unit-model-schema.ts';

export interface StartMessage {
  type: 'start';
  /** Chosen by the page; echoed in every answer so stale answers can be ignored. */
  id: number;
  script: string;
  /** Overrides the detected dialect. */
  dialect?: Dialect;
  /** Edited unit model (defaults: ora2pg's). */
  model?: UnitModel;
  statementTimeoutMs?: number;
  /** Objects (report ids) not to run, with the message to record: they hung in an earlier attempt. */
  skip?: { id: number; message: string }[];
  /** Objects (report ids) to run one by one: a batch holding them hung in an earlier attempt. */
  unbatch?: number[];
}

export interface CancelMessage {
  type: 'cancel';
  id: number;
}

export type WorkerRequest = StartMessage | CancelMessage;

export interface ProgressMessage {
  type: 'progress';
  id: number;
  /** 'loading-engine': done/total are bytes of PGlite's files, then step 'start' while the database initialises. */
  phase: 'loading-engine' | 'analysing';
  done: number;
  total: number;
  step?: 'download' | 'start';
  /** While analysing: the object being run. */
  current?: { kind: string; name: string; line: number };
}

export interface StatementMessage {
  type: 'statement';
  id: number;
  /** The object about to run (its report id, kind, name and first line); `batch` lists all ids run together. */
  statement: { id: number; kind: string; name: string; line: number; batch?: number[] };
}

export interface ResultMessage {
  type: 'result';
  id: number;
  report: Report;
}

export interface ErrorMessage {
  type: 'error';
  id: number;
  /** input: the script was rejected (show `message` as is); cancelled; engine: PGlite failed to load; internal. */
  kind: 'input' | 'cancelled' | 'engine' | 'internal';
  message: string;
}

export type WorkerResponse = ProgressMessage | StatementMessage | ResultMessage | ErrorMessage;
