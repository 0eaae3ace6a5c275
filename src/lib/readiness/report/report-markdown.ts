/**
 * The report as Markdown, for CI logs and job summaries (`npm run readiness -- --format markdown`): one section per
 * file with the headline figures, a table of objects by type and outcome, and the top findings; with several files,
 * a table of all of them first. Everything that comes from the script (file and object names, findings) is escaped,
 * so a name holding `|`, a newline or HTML cannot break a table or inject markup where the log is rendered.
 */
import { dialectNames } from '../dialects/detect-dialect.ts';
import { outcomeLabels, outcomes, type Report } from './report.ts';

/** Text made safe for one Markdown table cell or list item: no line breaks, table pipes, HTML or code spans. */
export function markdownText(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[\\`*_[\]|#]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const rule = (aligns: ('l' | 'r')[]) => `|${aligns.map((a) => (a === 'r' ? '---:' : '---')).join('|')}|`;
const shortOutcome = (o: (typeof outcomes)[number]) => outcomeLabels[o].split(' (')[0]!;

/**
 * How the dialect was chosen, in words (the CLI's summary and the Markdown report). A script with no sign of any
 * dialect (plain ANSI DDL) is read as the default, which is not a detection at 0 % confidence.
 */
export function dialectLine(report: Report): string {
  const name = dialectNames[report.dialect.used];
  if (report.dialect.overridden) return `${name} (set by --dialect)`;
  if (report.dialect.confidence === 0)
    return `${name} (no dialect-specific signs found: the default; --dialect changes it)`;
  return `${name} (detected, confidence ${Math.round(report.dialect.confidence * 100)} %)`;
}

/** One file's section: headline figures, objects by type and outcome, top findings. */
export function reportMarkdown(report: Report, file: string): string {
  const lines = [
    `### ${markdownText(file)}`,
    '',
    `${dialectLine(report)}, verified on ${markdownText(report.postgresVersion.split(' (')[0]!)}.`,
    '',
    row(['Readiness score', 'Estimated effort', 'Migration level', 'CREATE TABLE converted']),
    rule(['r', 'l', 'l', 'l']),
    row([
      `${report.summary.score} / 100`,
      `${report.estimate.hours} h (${report.estimate.personDays} person-days)`,
      report.estimate.level,
      `${report.summary.createTables.executed} of ${report.summary.createTables.total}`,
    ]),
    '',
    row(['Object', 'Total', ...outcomes.map(shortOutcome)]),
    rule(['l', 'r', ...outcomes.map((): 'r' => 'r')]),
    ...report.summary.byKind.map((kind) =>
      row([markdownText(kind.label), kind.total, ...outcomes.map((o) => kind.outcomes[o] || '·')]),
    ),
    row(['**All**', report.summary.objects, ...outcomes.map((o) => report.summary.outcomes[o])]),
  ];
  const top = report.findings.filter((f) => f.severity !== 'info').slice(0, 10);
  if (top.length) {
    lines.push('', 'Top findings:', '');
    for (const f of top) {
      const where = f.lines.slice(0, 6).join(', ') + (f.lines.length > 6 ? ', …' : '');
      lines.push(
        `- **${f.severity.toUpperCase()}** ${markdownText(f.construct)} ×${f.count} (line ${where}): ${markdownText(f.suggestion)}`,
      );
    }
  }
  return lines.join('\n');
}

/** One line of the overview: a file analysed, or the reason it was not. */
export type FileOutcome = { file: string; report: Report } | { file: string; error: string };

/** The overview table of several files, then each file's section (errors as a line). */
export function filesMarkdown(results: readonly FileOutcome[]): string {
  const overview = [
    `## Migration readiness: ${results.length} files`,
    '',
    row(['File', 'Dialect', 'Score', 'Hours', 'Level', 'CREATE TABLE converted', 'Objects']),
    rule(['l', 'l', 'r', 'r', 'l', 'l', 'r']),
    ...results.map((r) =>
      'report' in r
        ? row([
            markdownText(r.file),
            dialectNames[r.report.dialect.used],
            r.report.summary.score,
            r.report.estimate.hours,
            r.report.estimate.level,
            `${r.report.summary.createTables.executed} of ${r.report.summary.createTables.total}`,
            r.report.summary.objects,
          ])
        : row([markdownText(r.file), `not analysed: ${markdownText(r.error)}`, '', '', '', '', '']),
    ),
  ];
  const sections = results.map((r) =>
    'report' in r
      ? reportMarkdown(r.report, r.file)
      : `### ${markdownText(r.file)}\n\nNot analysed: ${markdownText(r.error)}`,
  );
  return [overview.join('\n'), ...sections].join('\n\n');
}
