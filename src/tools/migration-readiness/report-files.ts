/** The files a report downloads as: the converted schema (.sql, every change commented) and one CSV row per object. */
import { kindLabels } from './classify.ts';
import type { Report } from './report.ts';
import { outcomeLabels } from './scoring.ts';

/** The converted schema as one runnable .sql file; every change is commented, failed objects are commented out. */
export function convertedDdl(report: Report): string {
  const header = [
    `-- Converted from ${report.dialect.used} to PostgreSQL by Breakeven migration readiness, ${report.generatedAt}`,
    `-- Verified on ${report.postgresVersion}. Score ${report.summary.score}/100, estimate ${report.estimate.hours} h (${report.estimate.level}).`,
    '-- Objects are in dependency order. Objects that need a manual rewrite are commented out with the reason.',
    '',
  ];
  const ordered = report.objects
    .filter((o) => o.outcome !== 'not-applicable' && o.converted.trim())
    .sort((a, b) => (a.order ?? 1e9) - (b.order ?? 1e9));
  const blocks = ordered.map((o) => {
    const lines = [
      `-- ${kindLabels[o.kind]} ${o.name} (source lines ${o.startLine}–${o.endLine}): ${outcomeLabels[o.outcome]}`,
    ];
    for (const r of o.rules) lines.push(`--   [${r.id}] ${r.detail}`);
    if (o.reason && o.outcome !== 'as-is' && o.outcome !== 'converted')
      lines.push(`--   WHY: ${o.reason.replace(/\n/g, ' ')}`);
    if (o.error) lines.push(`--   POSTGRESQL: ${o.error.message.replace(/\n/g, ' ')}`);
    const ok = o.outcome === 'as-is' || o.outcome === 'converted';
    lines.push(
      ok
        ? o.converted
        : o.converted
            .split('\n')
            .map((l) => `-- ${l}`)
            .join('\n'),
    );
    return lines.join('\n');
  });
  const late = ordered.filter((o) => o.lateSql && (o.outcome === 'as-is' || o.outcome === 'converted'));
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
