/**
 * Text out of the review: the checklist as a Markdown file (built once, served at /review/checklist.md), a report
 * as Markdown (downloaded from the checklist page) and a plain summary to paste into a chat or an email (no links,
 * no evidence notes: nothing that identifies a system beyond what the visitor typed as its name).
 */
import { planWindows, reviewAreas, reviewPoints, reviewSources, type ReviewSource } from './points';
import { priorityFormula, rankLabel, scoreMath, type Finding, type ReviewReport } from './report';
import { findingToolLinks } from './review-tools';

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/** "$8,013". */
export function formatUsd(value: number): string {
  return usd.format(value);
}

/** "$96k": annual figures, rounded to the thousand so they do not look more precise than the ranges. */
export function formatUsdThousands(value: number): string {
  return `$${Math.round(value / 1000).toLocaleString('en-US')}k`;
}

/** "$3,343 – $4,271". */
export function formatRange(low: number, high: number): string {
  return low === high ? formatUsd(low) : `${formatUsd(low)} – ${formatUsd(high)}`;
}

/** How the report states the total: monthly, yearly, and the share of the spend reviewed when known. */
export function totalsSentence(report: ReviewReport): string {
  const { totals, scope } = report;
  if (totals.costFindings === 0) return 'No cost finding carries a savings range yet.';
  const share =
    totals.percentLow !== null
      ? `, ${totals.percentLow}–${totals.percentHigh}% of the ${formatUsd(scope.spend)} a month reviewed`
      : '';
  return `${formatRange(totals.low, totals.high)} per month (${formatUsdThousands(totals.annualLow)} – ${formatUsdThousands(totals.annualHigh)} per year)${share}.`;
}

/** The plain note every total carries. */
export const totalsCaveat =
  'The total is the sum of the evidenced ranges, not a promise. Ranges can overlap; confirm each change on the next bill export before counting it.';

/** A Markdown link; text with brackets is escaped. */
const link = (text: string, href: string) => `[${text.replace(/([[\]])/g, '\\$1')}](${href})`;
/** One line of table text: pipes and line breaks would break the table. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** Builds absolute links from site paths and keeps external ones. */
const absolute = (siteUrl: string, href: string) => (href.startsWith('/') ? new URL(href, siteUrl).href : href);

export interface MarkdownLinks {
  /** The site's address, for absolute links in a file read elsewhere. */
  siteUrl: string;
  /** Where a source article is read: our copy when the site has it, else the original. */
  sourceHref?: (source: ReviewSource) => string;
}

/** The 30-point checklist as a Markdown file, with boxes to tick on paper. */
export function checklistMarkdown(links: MarkdownLinks): string {
  const sourceHref = links.sourceHref ?? ((s: ReviewSource) => s.url);
  const lines = [
    '# The 30-point database cost and reliability review',
    '',
    `Based on the method in ${link(reviewSources.review.title, absolute(links.siteUrl, sourceHref(reviewSources.review)))}: read-only access first, nine areas in order (cheap to see first, risky to fix last), then the planning step.`,
    '',
    `Fill it in online, in your browser only, and get your report: ${absolute(links.siteUrl, '/review/checklist/')}. A worked example: ${absolute(links.siteUrl, '/review/sample-report/')}.`,
    '',
    'For every point: mark pass, gap, risk or unknown, and write down the evidence. A gap or a risk becomes a finding with the math, a monthly savings range (low–high), the reliability trade-off, and impact, effort and risk of the fix from 1 to 5.',
  ];
  for (const area of reviewAreas) {
    lines.push('', `## ${area.label}`, '', area.intro);
    for (const point of reviewPoints.filter((p) => p.area === area.id)) {
      const sources = point.sources.map((key) => {
        const source = reviewSources[key];
        return link(source.title, absolute(links.siteUrl, sourceHref(source)));
      });
      const tools = findingToolLinks(point.topic, null).map((t) => link(t.label, absolute(links.siteUrl, t.href)));
      lines.push(
        '',
        `### ${point.number}. ${point.check}`,
        '',
        `- **Collect (read-only):** ${point.collect}`,
        `- **Red flag:** ${point.redFlag}`,
        `- **Explained in:** ${[...sources, ...tools].join('; ')}`,
        '- [ ] Pass  - [ ] Gap  - [ ] Risk  - [ ] Unknown',
        '- Evidence:',
      );
    }
  }
  lines.push('', '---', '', `Ranking used by the report: ${priorityFormula}, each rated 1–5.`, '');
  return lines.join('\n');
}

function findingMarkdown(finding: Finding, siteUrl: string): string[] {
  const lines = [
    '',
    `### ${finding.id}: ${finding.title}`,
    '',
    `- **Point:** ${finding.pointNumber} (${finding.areaLabel}), ${finding.status}, ${finding.type}`,
    `- **Evidence:** ${finding.evidence || '(none recorded)'}`,
  ];
  if (finding.math) lines.push(`- **The math:** ${finding.math}`);
  lines.push(
    `- **Savings:** ${finding.savings ? `${formatRange(finding.savings.low, finding.savings.high)} per month (${formatRange(finding.savings.low * 12, finding.savings.high * 12)} per year)` : 'none claimed (reliability)'}`,
  );
  if (finding.tradeoff) lines.push(`- **Reliability trade-off:** ${finding.tradeoff}`);
  if (finding.recommendation) lines.push(`- **Recommendation:** ${finding.recommendation}`);
  if (finding.reversible) lines.push(`- **Reversible:** ${finding.reversible}`);
  lines.push(
    `- **Priority:** impact ${finding.impact}, effort ${finding.effort}, risk ${finding.risk}: ${scoreMath(finding)}${finding.after.length ? `; waits for ${finding.after.join(', ')}` : ''}`,
  );
  if (finding.owner) lines.push(`- **Owner:** ${finding.owner}`);
  if (finding.verify) lines.push(`- **Verify:** ${finding.verify}`);
  for (const attachment of finding.attachments) {
    lines.push(
      `- **Calculator:** ${link(attachment.title, absolute(siteUrl, attachment.url))}: ${attachment.headline}`,
    );
  }
  const tools = findingToolLinks(finding.topic, finding.spend, finding.attachments).filter((t) => !t.attached);
  if (tools.length)
    lines.push(`- **Model it:** ${tools.map((t) => link(t.label, absolute(siteUrl, t.href))).join(', ')}`);
  for (const note of finding.notes) lines.push(`- _Note: ${note}_`);
  return lines;
}

/** A report as Markdown: scope, summary, ranked table, findings, the 30/60/90 plan, open questions. */
export function reportMarkdown(report: ReviewReport, options: { title: string; siteUrl: string }): string {
  const { scope, totals } = report;
  const lines = [`# ${options.title}`, '', '## Scope'];
  const scopeRows: [string, string][] = [
    ['Systems', scope.systems],
    ['Evidence window', scope.window],
    ['Access', scope.access],
    ['Monthly spend reviewed', scope.spend > 0 ? formatUsd(scope.spend) : ''],
  ];
  for (const [label, value] of scopeRows) if (value) lines.push(`- **${label}:** ${cell(value)}`);
  lines.push(
    `- **Checklist:** ${report.progress.answered} of ${report.progress.total} points answered, ${report.progress.passed} passed`,
    '',
    '## Summary',
    '',
    `Identified savings: **${totalsSentence(report)}** ${totalsCaveat}`,
  );
  if (scope.notes) lines.push('', scope.notes);
  lines.push(
    '',
    `${totals.costFindings} cost ${totals.costFindings === 1 ? 'finding' : 'findings'} and ${totals.reliabilityFindings} reliability ${totals.reliabilityFindings === 1 ? 'finding' : 'findings'}, ranked by ${priorityFormula} (1–125; ties go to the lower risk). A finding that depends on others comes after them.`,
    '',
    '## Findings, ranked',
    '',
    '| Rank | ID | Finding | Area | Savings / month | Impact | Effort | Risk | Score | Window |',
    '|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const f of report.findings) {
    const savings = f.savings ? formatRange(f.savings.low, f.savings.high) : '—';
    lines.push(
      `| ${rankLabel(f)} | ${f.id} | ${cell(f.title)} | ${f.areaLabel} | ${savings} | ${f.impact} | ${f.effort} | ${f.risk} | ${f.score} | ${f.window} |`,
    );
  }
  for (const finding of report.findings) lines.push(...findingMarkdown(finding, options.siteUrl));
  lines.push('', '## 30/60/90-day plan');
  for (const bucket of report.plan) {
    lines.push('', `### ${bucket.label}: ${bucket.goal}`, '');
    if (bucket.findings.length === 0) lines.push('- Nothing planned.');
    for (const f of bucket.findings) {
      const extra = [f.owner && `owner: ${f.owner}`, f.verify && `verify: ${f.verify}`].filter(Boolean).join('; ');
      lines.push(`- **${f.id}** ${f.recommendation || f.title}${extra ? ` (${extra})` : ''}`);
    }
  }
  if (report.unknowns.length) {
    lines.push('', '## Still unknown', '');
    for (const p of report.unknowns) lines.push(`- ${p.number}. ${p.check}: collect ${p.collect}`);
  }
  lines.push('', `_Made with the cost review checklist at ${absolute(options.siteUrl, '/review/checklist/')}._`, '');
  return lines.join('\n');
}

/** A short plain-text summary to paste anywhere: totals and the ranked titles, without evidence or links. */
export function reportSummaryText(report: ReviewReport, name: string): string {
  const lines = [`${name || 'Database cost review'}: summary`, `Savings identified: ${totalsSentence(report)}`, ''];
  for (const f of report.findings.slice(0, 10)) {
    const savings = f.savings ? `, ${formatRange(f.savings.low, f.savings.high)}/month` : '';
    lines.push(`${rankLabel(f)}. ${f.id} ${f.title} (score ${f.score}${savings}; days ${f.window})`);
  }
  if (report.findings.length > 10) lines.push(`…and ${report.findings.length - 10} more.`);
  for (const bucket of planWindows) {
    const ids = report.plan.find((p) => p.window === bucket.id)!.findings.map((f) => f.id);
    lines.push(`${bucket.label}: ${ids.length ? ids.join(', ') : 'nothing planned'}`);
  }
  return lines.join('\n');
}
