/** The files a report downloads as: the converted schema (.sql, every change commented) and one CSV row per object. */
import { kindLabels } from '../sql/classify.ts';
import { scanStatement, convertedSqlProblem, sqlComment } from './export-escaping.ts';
import type { Report } from './report.ts';
import { outcomeLabels } from '../score/scoring.ts';

/** The changes of meaning found on each object (warning findings), so the export says them beside its SQL. */
function objectNotes(report: Report): Map<number, string[]> {
  const notes = new Map<number, string[]>();
  for (const f of report.findings.filter((finding) => finding.id.startsWith('warning:')))
    for (const id of f.objects) notes.set(id, [...(notes.get(id) ?? []), f.construct]);
  return notes;
}

/**
 * The converted schema as one runnable .sql file; every change is commented, failed objects are commented out. Every
 * note, name and message goes through `sqlComment` (one `--` line per line), and converted SQL is written as SQL
 * only when it leaves nothing open and adds only its object's own statements (`convertedSqlProblem`): nothing in the
 * input can add a statement the report does not show (see export-escaping.ts).
 */
export function convertedDdl(report: Report): string {
  const header = [
    sqlComment(
      `Converted from ${report.dialect.used} to PostgreSQL by Breakeven migration readiness, ${report.generatedAt}`,
    ),
    sqlComment(
      `Verified on ${report.postgresVersion}. Score ${report.summary.score}/100, estimate ${report.estimate.hours} h (${report.estimate.level}).`,
    ),
    '-- Objects are in dependency order. Objects that need a manual rewrite are commented out with the reason.',
    '',
  ];
  const ordered = report.objects
    .filter((o) => o.outcome !== 'not-applicable' && o.converted.trim())
    .sort((a, b) => (a.order ?? 1e9) - (b.order ?? 1e9));
  const notesOf = objectNotes(report);
  const blocks = ordered.map((o) => {
    const unsafe = convertedSqlProblem(o.converted);
    const lines = [
      sqlComment(
        `${kindLabels[o.kind]} ${o.name} (source lines ${o.startLine}–${o.endLine}): ${outcomeLabels[o.outcome]}`,
      ),
    ];
    for (const r of o.rules) lines.push(sqlComment(`[${r.id}] ${r.detail}`, '--   '));
    for (const note of notesOf.get(o.id) ?? []) lines.push(sqlComment(`NOTE: ${note}`, '--   '));
    if (o.reason && o.outcome !== 'as-is' && o.outcome !== 'converted')
      lines.push(sqlComment(`WHY: ${o.reason}`, '--   '));
    if (o.error) lines.push(sqlComment(`POSTGRESQL: ${o.error.message}`, '--   '));
    const ok = (o.outcome === 'as-is' || o.outcome === 'converted') && !unsafe;
    if (unsafe) lines.push(sqlComment(`NOT WRITTEN AS SQL: ${unsafe}`, '--   '));
    lines.push(ok ? terminated(o.converted) : sqlComment(o.converted));
    return lines.join('\n');
  });
  const late = ordered.filter(
    (o) =>
      o.lateSql &&
      (o.outcome === 'as-is' || o.outcome === 'converted') &&
      !convertedSqlProblem(o.converted) &&
      closed(o.lateSql),
  );
  if (late.length) {
    blocks.push(
      [
        '-- Foreign keys between tables that reference each other [constraint.fk-deferred]',
        ...late.map((o) => o.lateSql!),
      ].join('\n'),
    );
  }
  return `${header.join('\n')}\n${blocks.join('\n\n')}\n`;
}

/** A statement ending in `;` on a line of its own when it has none: the next object cannot run into it. */
function terminated(sql: string): string {
  return /;\s*$/.test(sql) ? sql : `${sql}\n;`;
}

/** True when SQL leaves no quote or comment open and holds no psql command (the late foreign keys). */
function closed(sql: string): boolean {
  const scan = scanStatement(sql);
  return !scan.unterminated && !scan.backslash;
}

/** One CSV row per object (RFC 4180 quoting). */
export function reportCsv(report: Report): string {
  const columns = [
    'id',
    'kind',
    'name',
    'table',
    'start_line',
    'end_line',
    'outcome',
    'units',
    'rules',
    'reason',
    'postgres_error',
  ];
  const quote = (v: string | number | undefined) => {
    const s = v === undefined ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const rows = report.objects.map((o) =>
    [
      o.id,
      o.kind,
      o.name,
      o.table,
      o.startLine,
      o.endLine,
      o.outcome,
      o.units,
      o.rules.map((r) => r.id).join(' '),
      o.reason,
      o.error?.message,
    ]
      .map(quote)
      .join(','),
  );
  return `${columns.join(',')}\n${rows.join('\n')}\n`;
}
