/**
 * The report model: a filled checklist in, a ranked report out. Pure and UI-free: the checklist island, the
 * sample report page (at build time) and the Markdown writer share it.
 *
 * Method (RajivOnAI, "How to Run a Database Cost & Reliability Review", 2026-06-12): every gap becomes a finding
 * with evidence, the math, a savings range (never a point) and its reliability trade-off, scored on impact, effort
 * and risk of the fix, "low-risk high-impact first, risky changes later", then placed in a 30/60/90-day plan.
 * The score is ours, built on the owner's toil-ranking article (1–5 scales, "6 − x" turns effort and risk into
 * ease): priority = impact × (6 − effort) × (6 − risk), 1…125. Ties go to the lower risk, then the finding id.
 * Dependencies override the score: a commitment waits for the right-sizing it depends on ("The Math Behind
 * Database Reserved Instances", 2026-04-01), so a finding with a dependency in the report is listed after the
 * ranked ones and planned one window after its latest dependency.
 */
import { planWindows, reviewAreas, reviewPoints, type PlanWindow, type ReviewPoint, type SpendTopic } from './points';
import type { PointAnswer, PointStatus, Rating, ReviewState } from './review-state';
import type { SavedToolResult } from './saved-results';

/** The priority formula as the report prints it. */
export const priorityFormula = 'priority = impact × (6 − effort) × (6 − risk of the fix)';

/** Priority of a finding from its 1–5 ratings: 1 (small, hard, risky) to 125 (large, easy, safe). */
export function priorityScore(impact: Rating, effort: Rating, risk: Rating): number {
  return impact * (6 - effort) * (6 - risk);
}

/** One gap or risk written up as a finding. */
export interface Finding {
  id: string;
  pointId: string;
  pointNumber: number;
  areaLabel: string;
  status: Extract<PointStatus, 'gap' | 'risk'>;
  type: 'cost' | 'reliability';
  title: string;
  evidence: string;
  math: string;
  /** Monthly savings range, or null for a reliability finding. */
  savings: { low: number; high: number } | null;
  spend: number | null;
  tradeoff: string;
  recommendation: string;
  owner: string;
  verify: string;
  reversible: 'yes' | 'no' | null;
  impact: Rating;
  effort: Rating;
  risk: Rating;
  score: number;
  /** Competition rank by score (1, 1, 3…); null for a finding that waits on others. */
  rank: number | null;
  /** Ids of the findings this one waits for. */
  after: string[];
  window: PlanWindow;
  topic: SpendTopic;
  attachments: SavedToolResult[];
  /** What the reader should know about how the finding was filled in (no evidence, a point estimate…). */
  notes: string[];
}

/** Progress of one area: points answered and points passed. */
export interface AreaProgress {
  id: string;
  label: string;
  total: number;
  answered: number;
  passed: number;
}

export interface ReviewReport {
  scope: ReviewState['scope'];
  findings: Finding[];
  totals: {
    low: number;
    high: number;
    annualLow: number;
    annualHigh: number;
    /** Share of the monthly spend reviewed, in whole percent; null without a spend. */
    percentLow: number | null;
    percentHigh: number | null;
    costFindings: number;
    reliabilityFindings: number;
  };
  plan: { window: PlanWindow; label: string; goal: string; findings: Finding[] }[];
  progress: { areas: AreaProgress[]; total: number; answered: number; passed: number };
  /** Points marked unknown: what still has to be collected. */
  unknowns: ReviewPoint[];
}

const windowOrder: readonly PlanWindow[] = ['0-30', '31-60', '61-90'];
const laterWindow = (a: PlanWindow, b: PlanWindow) => (windowOrder.indexOf(a) >= windowOrder.indexOf(b) ? a : b);
const nextWindow = (w: PlanWindow): PlanWindow => windowOrder[Math.min(windowOrder.indexOf(w) + 1, 2)]!;
const byId = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
const isFinding = (answer: PointAnswer | undefined) => answer?.status === 'gap' || answer?.status === 'risk';

/** A savings range from what was entered: a single number becomes a point range, reversed bounds are swapped. */
function savingsRange(answer: PointAnswer, notes: string[]): Finding['savings'] {
  const { savingsLow: low, savingsHigh: high } = answer;
  if (low === undefined && high === undefined) return null;
  if (low === undefined || high === undefined || low === high) {
    notes.push('One number, not a range: give a low and a high estimate.');
    const value = low ?? high ?? 0;
    return value > 0 ? { low: value, high: value } : null;
  }
  if (low > high) notes.push('The low estimate was above the high one: they were swapped.');
  return high === 0 && low === 0 ? null : { low: Math.min(low, high), high: Math.max(low, high) };
}

function draftFinding(point: ReviewPoint, answer: PointAnswer): Omit<Finding, 'id' | 'rank' | 'after'> {
  const notes: string[] = [];
  if (!answer.evidence?.trim()) notes.push('No evidence recorded yet: every finding needs it.');
  const ratings = [answer.impact, answer.effort, answer.risk];
  if (ratings.some((rating) => rating === undefined)) notes.push('Ratings not all set: 3 assumed where missing.');
  const [impact, effort, risk] = ratings.map((rating) => rating ?? 3) as [Rating, Rating, Rating];
  const savings = savingsRange(answer, notes);
  let window = answer.window ?? point.window;
  if (!answer.window && risk >= 4) window = laterWindow(window, '31-60');
  return {
    pointId: point.id,
    pointNumber: point.number,
    areaLabel: reviewAreas.find((area) => area.id === point.area)!.label,
    status: answer.status as Finding['status'],
    type: savings ? 'cost' : 'reliability',
    title: answer.title?.trim() || point.check,
    evidence: answer.evidence?.trim() ?? '',
    math: answer.math?.trim() ?? '',
    savings,
    spend: answer.spend ?? null,
    tradeoff: answer.tradeoff?.trim() ?? '',
    recommendation: answer.recommendation?.trim() ?? '',
    owner: answer.owner?.trim() ?? '',
    verify: answer.verify?.trim() ?? '',
    reversible: answer.reversible ?? null,
    impact,
    effort,
    risk,
    score: priorityScore(impact, effort, risk),
    window,
    topic: answer.topic ?? point.topic,
    attachments: answer.attachments ?? [],
    notes,
  };
}

/** Ids for findings without one: F1, F2… for cost, R1, R2… for reliability, in checklist order, never reused. */
function assignIds(drafts: Omit<Finding, 'rank' | 'after' | 'id'>[], answers: ReviewState['answers']): string[] {
  const taken = new Set(drafts.map((d) => answers[d.pointId]?.findingId?.trim()).filter(Boolean));
  const counters = { F: 0, R: 0 };
  return drafts.map((draft) => {
    const given = answers[draft.pointId]?.findingId?.trim();
    if (given) return given;
    const prefix = draft.type === 'cost' ? 'F' : 'R';
    let id: string;
    do id = `${prefix}${++counters[prefix]}`;
    while (taken.has(id));
    taken.add(id);
    return id;
  });
}

/** Score first, then the lower risk, then the id: the report's order within ranked and within waiting findings. */
function compareFindings(a: Finding, b: Finding): number {
  return b.score - a.score || a.risk - b.risk || byId(a.id, b.id);
}

/** Orders findings: ranked ones by score, then the ones that wait on others, each placed after its dependencies. */
export function rankFindings(findings: Finding[]): Finding[] {
  const ranked = findings.filter((f) => f.after.length === 0).sort(compareFindings);
  let previous: Finding | undefined;
  ranked.forEach((finding, index) => {
    finding.rank = previous && previous.score === finding.score ? previous.rank : index + 1;
    previous = finding;
  });
  const waiting = findings.filter((f) => f.after.length > 0).sort(compareFindings);
  for (const finding of waiting) finding.rank = null;
  return [...ranked, ...waiting];
}

function progressOf(answers: ReviewState['answers']): ReviewReport['progress'] {
  const areas = reviewAreas.map((area) => {
    const points = reviewPoints.filter((p) => p.area === area.id);
    return {
      id: area.id,
      label: area.label,
      total: points.length,
      answered: points.filter((p) => answers[p.id]?.status).length,
      passed: points.filter((p) => answers[p.id]?.status === 'pass').length,
    };
  });
  const sum = (key: 'total' | 'answered' | 'passed') => areas.reduce((total, area) => total + area[key], 0);
  return { areas, total: sum('total'), answered: sum('answered'), passed: sum('passed') };
}

/** The whole report from a filled checklist. */
export function buildReport(state: ReviewState): ReviewReport {
  const points = reviewPoints.filter((p) => isFinding(state.answers[p.id]));
  const drafts = points.map((p) => draftFinding(p, state.answers[p.id]!));
  const ids = assignIds(drafts, state.answers);
  const findings: Finding[] = drafts.map((draft, index) => ({ ...draft, id: ids[index]!, rank: null, after: [] }));
  const byPoint = new Map(findings.map((f) => [f.pointId, f]));
  for (const finding of findings) {
    const point = points.find((p) => p.id === finding.pointId)!;
    const dependencies = (point.dependsOn ?? []).flatMap((id) => byPoint.get(id) ?? []);
    finding.after = dependencies.map((d) => d.id).sort(byId);
    for (const dependency of dependencies) finding.window = laterWindow(finding.window, nextWindow(dependency.window));
  }
  const ordered = rankFindings(findings);

  const withSavings = ordered.filter((f) => f.savings);
  const low = withSavings.reduce((total, f) => total + f.savings!.low, 0);
  const high = withSavings.reduce((total, f) => total + f.savings!.high, 0);
  const spend = state.scope.spend;
  return {
    scope: state.scope,
    findings: ordered,
    totals: {
      low,
      high,
      annualLow: low * 12,
      annualHigh: high * 12,
      percentLow: spend > 0 ? Math.round((low / spend) * 100) : null,
      percentHigh: spend > 0 ? Math.round((high / spend) * 100) : null,
      costFindings: withSavings.length,
      reliabilityFindings: ordered.length - withSavings.length,
    },
    plan: planWindows.map((w) => ({ ...w, window: w.id, findings: ordered.filter((f) => f.window === w.id) })),
    progress: progressOf(state.answers),
    unknowns: reviewPoints.filter((p) => state.answers[p.id]?.status === 'unknown'),
  };
}

/** The score in words with the finding's numbers: "5 × (6 − 2) × (6 − 1) = 100". */
export function scoreMath(finding: Pick<Finding, 'impact' | 'effort' | 'risk' | 'score'>): string {
  return `${finding.impact} × (6 − ${finding.effort}) × (6 − ${finding.risk}) = ${finding.score}`;
}

/** "1", or "after F2, F3" for a finding that waits. */
export function rankLabel(finding: Pick<Finding, 'rank' | 'after'>): string {
  return finding.rank === null ? `after ${finding.after.join(', ')}` : String(finding.rank);
}
