/**
 * What a visitor fills in on the checklist: the review's scope and one answer per point. It lives in the
 * browser's localStorage and moves between machines as a JSON file, so reading it back is a boundary: every
 * field is checked by hand here (no zod: this module ships in the checklist's island), unknown points and bad
 * values are dropped with a note, and nothing that can be kept is lost.
 */
import { pointById, spendTopics, type PlanWindow, type SpendTopic } from './points';
import { readSavedResult, type SavedToolResult } from './saved-results';

export type PointStatus = 'pass' | 'gap' | 'risk' | 'unknown';

/** Status names as the checklist and the report show them. */
export const statusLabels: Record<PointStatus, string> = {
  pass: 'Pass',
  gap: 'Gap',
  risk: 'Risk',
  unknown: 'Unknown',
};

/** A 1–5 rating (impact, effort, risk of the fix). */
export type Rating = 1 | 2 | 3 | 4 | 5;

/** One point as filled in. Finding fields matter only for gaps and risks. */
export interface PointAnswer {
  status?: PointStatus;
  evidence?: string;
  /** Finding id shown in the report ("F3"); made from the order when absent. */
  findingId?: string;
  /** The finding's short title; the point's check when absent. */
  title?: string;
  /** The calculation in one line. */
  math?: string;
  /** Monthly savings range; both absent for a reliability finding. */
  savingsLow?: number;
  savingsHigh?: number;
  /** Monthly spend the finding touches (presets the linked calculator). */
  spend?: number;
  tradeoff?: string;
  recommendation?: string;
  owner?: string;
  verify?: string;
  reversible?: 'yes' | 'no';
  impact?: Rating;
  effort?: Rating;
  risk?: Rating;
  /** A plan bucket chosen by hand, over the point's default. */
  window?: PlanWindow;
  topic?: SpendTopic;
  /** Calculator results attached as evidence. */
  attachments?: SavedToolResult[];
}

/** The review as a whole: who and what was reviewed, over which window, and the answers by point id. */
export interface ReviewState {
  version: 1;
  scope: {
    name: string;
    systems: string;
    window: string;
    access: string;
    /** Monthly spend reviewed, in dollars; 0 when not given. */
    spend: number;
    notes: string;
  };
  answers: Record<string, PointAnswer>;
}

/** A review with nothing filled in. */
export function emptyReview(): ReviewState {
  return {
    version: 1,
    scope: { name: '', systems: '', window: '', access: '', spend: 0, notes: '' },
    answers: {},
  };
}

const statuses = new Set<string>(Object.keys(statusLabels));
const windows = new Set<string>(['0-30', '31-60', '61-90']);
const topics = new Set<string>(spendTopics.map((t) => t.id));
const textFields = ['evidence', 'findingId', 'title', 'math', 'tradeoff', 'recommendation', 'owner', 'verify'] as const;
const ratingFields = ['impact', 'effort', 'risk'] as const;
const moneyFields = ['savingsLow', 'savingsHigh', 'spend'] as const;

/** Longest text kept per field: long enough for a query plan excerpt, short enough for localStorage. */
export const maxTextLength = 4000;
const maxMoney = 1e9;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value.slice(0, maxTextLength) : undefined;

/** True for a 1–5 integer. */
export function isRating(value: unknown): value is Rating {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

/** True for a finite amount from 0 to a billion. */
export function isMoney(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= maxMoney;
}

function readAnswer(raw: Record<string, unknown>, where: string, notes: string[]): PointAnswer {
  const answer: PointAnswer = {};
  const drop = (field: string) => notes.push(`${where}: “${field}” was not valid and was left out.`);
  if (raw.status !== undefined) {
    if (typeof raw.status === 'string' && statuses.has(raw.status)) answer.status = raw.status as PointStatus;
    else drop('status');
  }
  for (const field of textFields) {
    if (raw[field] === undefined) continue;
    const value = text(raw[field]);
    if (value === undefined) drop(field);
    else answer[field] = value;
  }
  for (const field of ratingFields) {
    if (raw[field] === undefined) continue;
    if (isRating(raw[field])) answer[field] = raw[field];
    else drop(field);
  }
  for (const field of moneyFields) {
    if (raw[field] === undefined) continue;
    if (isMoney(raw[field])) answer[field] = raw[field];
    else drop(field);
  }
  if (raw.reversible !== undefined) {
    if (raw.reversible === 'yes' || raw.reversible === 'no') answer.reversible = raw.reversible;
    else drop('reversible');
  }
  if (raw.window !== undefined) {
    if (typeof raw.window === 'string' && windows.has(raw.window)) answer.window = raw.window as PlanWindow;
    else drop('window');
  }
  if (raw.topic !== undefined) {
    if (typeof raw.topic === 'string' && topics.has(raw.topic)) answer.topic = raw.topic as SpendTopic;
    else drop('topic');
  }
  if (raw.attachments !== undefined) {
    const list = Array.isArray(raw.attachments) ? raw.attachments : [];
    const kept = list.flatMap((item) => readSavedResult(item) ?? []);
    if (kept.length < list.length || !Array.isArray(raw.attachments)) drop('attachments');
    if (kept.length > 0) answer.attachments = kept;
  }
  return answer;
}

/** The outcome of reading a saved or imported review: the state, and what had to be left out. */
export interface ReadReview {
  state: ReviewState;
  notes: string[];
}

/** Reads a review from parsed JSON; fails only when it is not a checklist at all. */
export function readReview(data: unknown): { ok: true; value: ReadReview } | { ok: false; message: string } {
  if (!isRecord(data) || data.version !== 1 || !isRecord(data.answers)) {
    return { ok: false, message: 'This file is not a Breakeven cost review (version 1).' };
  }
  const notes: string[] = [];
  const state = emptyReview();
  if (isRecord(data.scope)) {
    for (const field of ['name', 'systems', 'window', 'access', 'notes'] as const) {
      const value = text(data.scope[field]);
      if (value !== undefined) state.scope[field] = value;
    }
    if (isMoney(data.scope.spend)) state.scope.spend = data.scope.spend;
    else if (data.scope.spend !== undefined) notes.push('Scope: the monthly spend was not a valid amount.');
  }
  for (const [id, raw] of Object.entries(data.answers)) {
    const known = pointById(id);
    if (!known) notes.push(`“${id}” is not a point of this checklist and was left out.`);
    else if (!isRecord(raw)) notes.push(`Point ${known.number}: the answer was not readable.`);
    else state.answers[id] = readAnswer(raw, `Point ${known.number}`, notes);
  }
  return { ok: true, value: { state, notes } };
}

/** Reads a review from JSON text (an imported file or localStorage). */
export function parseReviewJson(json: string): { ok: true; value: ReadReview } | { ok: false; message: string } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, message: 'This file is not valid JSON.' };
  }
  return readReview(data);
}
