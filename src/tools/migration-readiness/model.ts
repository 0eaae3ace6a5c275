/**
 * The page's model: pure functions from the engine's report (analyse.ts, re-scored with the settings' unit model
 * by scoring.ts) to what the page shows: the verdict, the chart by object type and outcome,
 * the object table's filtering, sorting and paging, line lists, and the link that carries the estimated hours
 * into the Oracle to PostgreSQL savings calculator.
 */
import type { BarChartSpec } from '../../lib/tool-kit/bar-chart';
import { toolPath } from '../../lib/tool-kit/embed';
import { q, t, type SeriesTone, type Verdict } from '../../lib/tool-kit/result';
import {
  type Finding,
  type Report,
  type ReportObject,
  outcomeLabels,
  outcomes,
  severities,
  type Outcome,
} from '../../lib/readiness/page';

/** How each outcome is drawn: both automatic outcomes green (changes hatched), manual red, incidental amber. */
export const outcomeStyle: Record<Outcome, { tone: SeriesTone; hatch?: boolean; short: string }> = {
  'as-is': { tone: 'ok', short: 'Converted as is' },
  converted: { tone: 'ok', hatch: true, short: 'Converted with changes' },
  manual: { tone: 'danger', short: 'Manual rewrite' },
  incidental: { tone: 'warn', short: 'Incidental' },
  'not-applicable': { tone: 'muted', short: 'Not applicable' },
};

export type Severity = (typeof severities)[number];

export const severityLabels: Record<Severity, string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  info: 'Info',
};

/** Objects that count for the score: everything but the not-applicable ones. */
export function applicableCount(report: Report): number {
  return report.summary.objects - report.summary.outcomes['not-applicable'];
}

/** The plain-words answer at the top of the report. */
export function verdictFor(report: Report): Verdict {
  const { score, outcomes: counts } = report.summary;
  const automatic = counts['as-is'] + counts.converted;
  const applicable = applicableCount(report);
  const tone = score >= 90 ? 'good' : score >= 60 ? 'warn' : 'bad';
  const headline =
    applicable === 0
      ? t('Nothing to migrate: the script holds no object PostgreSQL needs (only settings, data or client commands).')
      : counts.manual === 0 && applicable === 1
        ? t('The one object converts automatically and runs in PostgreSQL.')
        : counts.manual === 0
          ? t('Every object converts automatically: {automatic} of {applicable} objects run in PostgreSQL.', {
              automatic: q(automatic, 'integer'),
              applicable: q(applicable, 'integer'),
            })
          : t('{automatic} of {applicable} objects convert automatically; {manual} need a manual rewrite.', {
              automatic: q(automatic, 'integer'),
              applicable: q(applicable, 'integer'),
              manual: q(counts.manual, 'integer'),
            });
  const incidental =
    counts.incidental > 0
      ? t(' {incidental} more fail only because an object they depend on did not convert.', {
          incidental: q(counts.incidental, 'integer'),
        })
      : t('');
  const detail = t(
    `Readiness {score} of 100 (the share of objects that convert, weighted by kind). Estimated effort {hours} hours ({days} person-days), migration level ${report.estimate.level}.${incidental.template}`,
    {
      score: q(score, 'number'),
      hours: q(report.estimate.hours, 'number'),
      days: q(report.estimate.personDays, 'number'),
      ...incidental.values,
    },
  );
  return { tone, headline, detail };
}

/** What the technical level means, in ora2pg's terms. */
export const technicalLevelText: Record<number, string> = {
  1: 'tables, indexes and views only',
  2: 'triggers, without vendor constructs',
  3: 'procedural code, without vendor constructs',
  4: 'a trigger or view uses vendor constructs',
  5: 'procedural code uses vendor constructs',
};

export const letterText: Record<'A' | 'B' | 'C', string> = {
  A: 'A: migration that can run mostly automatically',
  B: 'B: code rewriting needed',
  C: 'C: code rewriting needed, more than the level-C threshold in person-days',
};

/**
 * Objects of each type by outcome, as a stacked bar chart, largest types first. Types whose objects are all not
 * applicable (client commands, session settings) would only crowd the chart: they are returned apart, for a note.
 */
export function outcomeChart(report: Report): { spec: BarChartSpec; left: Report['summary']['byKind'] } {
  const sorted = [...report.summary.byKind].sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
  const kinds = sorted.filter((kind) => kind.outcomes['not-applicable'] < kind.total);
  const left = sorted.filter((kind) => kind.outcomes['not-applicable'] === kind.total);
  const spec: BarChartSpec = {
    title: 'Objects by type and outcome',
    summary: t(
      'Bars per object type, split by outcome: {asIs} objects converted as is, {converted} with changes, {manual} need a manual rewrite, {incidental} incidental, {na} not applicable.',
      {
        asIs: q(report.summary.outcomes['as-is'], 'integer'),
        converted: q(report.summary.outcomes.converted, 'integer'),
        manual: q(report.summary.outcomes.manual, 'integer'),
        incidental: q(report.summary.outcomes.incidental, 'integer'),
        na: q(report.summary.outcomes['not-applicable'], 'integer'),
      },
    ),
    categoryLabel: 'Object type',
    categories: kinds.map((kind) => ({ key: kind.kind, label: kind.label })),
    series: outcomes.map((outcome) => ({
      key: outcome,
      label: outcomeLabels[outcome],
      tone: outcomeStyle[outcome].tone,
      ...(outcomeStyle[outcome].hatch ? { hatch: true } : {}),
      values: kinds.map((kind) => kind.outcomes[outcome]),
    })),
    valueLabel: 'Objects',
    valueFormat: 'integer',
  };
  return { spec, left };
}

/** The changes made to an object in a few words: "12 changes: type.number ×8, type.varchar2 ×3, default.sysdate". */
export function changeSummary(rules: readonly { id: string }[], max = 4): string {
  if (rules.length === 0) return '';
  const counts = new Map<string, number>();
  for (const rule of rules) counts.set(rule.id, (counts.get(rule.id) ?? 0) + 1);
  const parts = [...counts].sort((a, b) => b[1] - a[1]).map(([id, count]) => (count > 1 ? `${id} ×${count}` : id));
  const shown = parts.slice(0, max).join(', ') + (parts.length > max ? `, ${parts.length - max} more` : '');
  return `${rules.length} ${rules.length === 1 ? 'change' : 'changes'}: ${shown}`;
}

/** "12, 40, 88 and 14 more": line numbers, the first `max` of them. */
export function lineList(lines: readonly number[], max = 8): string {
  if (lines.length === 0) return '—';
  const shown = lines.slice(0, max).join(', ');
  return lines.length > max ? `${shown} and ${lines.length - max} more` : shown;
}

/** Findings grouped by severity, most severe first, empty groups left out. */
export function findingsBySeverity(findings: readonly Finding[]): { severity: Severity; findings: Finding[] }[] {
  return severities
    .map((severity) => ({ severity, findings: findings.filter((finding) => finding.severity === severity) }))
    .filter((group) => group.findings.length > 0);
}

export type SortKey = 'line' | 'kind' | 'name' | 'outcome' | 'units';

export interface ObjectFilter {
  /** Matched against the name, the table and the type, case-insensitively. */
  text: string;
  kind: string;
  /** One outcome, every outcome, or all but the not-applicable ones (the default). */
  outcome: Outcome | 'all' | 'applicable';
  /** Only the objects of one finding (its id). */
  finding?: string;
}

export const noFilter: ObjectFilter = { text: '', kind: 'all', outcome: 'applicable' };

/** The objects that pass the filter, in report order. */
export function filterObjects(report: Report, filter: ObjectFilter): ReportObject[] {
  const text = filter.text.trim().toLowerCase();
  const finding = filter.finding ? report.findings.find((candidate) => candidate.id === filter.finding) : undefined;
  const ids = finding ? new Set(finding.objects) : undefined;
  return report.objects.filter(
    (object) =>
      (filter.kind === 'all' || object.kind === filter.kind) &&
      (filter.outcome === 'all'
        ? true
        : filter.outcome === 'applicable'
          ? object.outcome !== 'not-applicable'
          : object.outcome === filter.outcome) &&
      (!ids || ids.has(object.id)) &&
      (!text ||
        object.name.toLowerCase().includes(text) ||
        (object.table?.toLowerCase().includes(text) ?? false) ||
        object.kind.includes(text)),
  );
}

const outcomeRank = Object.fromEntries(outcomes.map((outcome, index) => [outcome, index])) as Record<Outcome, number>;

/** A sorted copy; ties keep script order, so the table never shuffles. */
export function sortObjects(objects: readonly ReportObject[], key: SortKey, descending: boolean): ReportObject[] {
  const compare: Record<SortKey, (a: ReportObject, b: ReportObject) => number> = {
    line: (a, b) => a.startLine - b.startLine,
    kind: (a, b) => a.kind.localeCompare(b.kind),
    name: (a, b) => a.name.localeCompare(b.name),
    outcome: (a, b) => outcomeRank[a.outcome] - outcomeRank[b.outcome],
    units: (a, b) => a.units - b.units,
  };
  const sign = descending ? -1 : 1;
  return [...objects].sort((a, b) => sign * compare[key](a, b) || a.id - b.id);
}

/** One page of rows: the page number is clamped into range. */
export function pageOf<T>(rows: readonly T[], page: number, size: number): { rows: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(0, page), pages - 1);
  return { rows: rows.slice(current * size, current * size + size), page: current, pages };
}

/** The savings calculator with its effort set to these total hours. */
export function savingsLink(hours: number): string {
  const rounded = Math.round(hours * 10) / 10;
  return toolPath(
    'oracle-to-postgres-savings',
    new URLSearchParams({ effort: 'total', hours: String(rounded) }).toString(),
  );
}

/** A file name for downloads: the script's name without its extension, or the dialect. */
export function downloadName(report: Report, scriptName: string | undefined, suffix: string): string {
  const base = (scriptName?.replace(/\.[^.]+$/, '') || `${report.dialect.used}-schema`).replace(/[^\w.-]+/g, '-');
  return `${base}-${suffix}`;
}

/** Bytes as "1.2 MB", "340 KB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
