/**
 * A cost review report on the page: scope, summary with the savings range, the ranked table, one card per
 * finding (evidence, math, range, trade-off, priority), the 30/60/90 plan and what is still unknown. Rendered at
 * build time for the sample report (no JavaScript) and in the browser for the visitor's own report.
 */
import type { ComponentChildren } from 'preact';
import { priorityFormula, rankLabel, scoreMath, type Finding, type ReviewReport } from '../../lib/review/report';
import { formatRange, formatUsd, totalsCaveat, totalsSentence } from '../../lib/review/review-markdown';
import { findingToolLinks } from '../../lib/review/review-tools';

interface Props {
  report: ReviewReport;
  /** Level of the report's section headings: 2 on its own page, 3 under the checklist's "Your report". */
  level: 2 | 3;
  idPrefix: string;
}

const windowText = (window: string) => `days ${window.replace('-', '–')}`;

type Row = [string, ComponentChildren];
/** A row only when there is something to show. */
const optional = (label: string, value: string): Row[] => (value ? [[label, value]] : []);

function FindingCard({ finding, level }: { finding: Finding; level: 3 | 4 }) {
  const Heading = `h${level}` as 'h3';
  const tools = findingToolLinks(finding.topic, finding.spend, finding.attachments);
  const rows: Row[] = [
    ['Evidence', finding.evidence || <em>None recorded yet.</em>],
    ...optional('The math', finding.math),
    [
      'Savings',
      finding.savings
        ? `${formatRange(finding.savings.low, finding.savings.high)} per month (${formatRange(finding.savings.low * 12, finding.savings.high * 12)} per year)`
        : 'None claimed: a reliability finding',
    ],
    ...optional('Reliability trade-off', finding.tradeoff),
    ...optional('Recommendation', finding.recommendation),
    ...optional('Reversible', finding.reversible === 'yes' ? 'Yes' : finding.reversible === 'no' ? 'No' : ''),
    [
      'Priority',
      `${scoreMath(finding)} (impact ${finding.impact}, effort ${finding.effort}, risk ${finding.risk})${finding.after.length ? `; waits for ${finding.after.join(', ')}` : ''}`,
    ],
    ['Plan', windowText(finding.window)],
    ...optional('Owner', finding.owner),
    ...optional('Verify', finding.verify),
  ];
  return (
    <article class="review-finding card" id={`finding-${finding.id}`} data-finding={finding.id}>
      <Heading class="review-finding-title">
        <span class="review-finding-id">{finding.id}</span> {finding.title}
      </Heading>
      <p class="review-finding-meta">
        Point {finding.pointNumber} · {finding.areaLabel} · {finding.status === 'risk' ? 'Risk' : 'Gap'} ·{' '}
        {finding.type === 'cost' ? 'Cost' : 'Reliability'}
      </p>
      <dl class="review-finding-fields">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        {finding.attachments.map((attachment) => (
          <div key={attachment.url}>
            <dt>Calculator</dt>
            <dd>
              <a href={attachment.url}>{attachment.title}</a>: {attachment.headline}
            </dd>
          </div>
        ))}
        {tools.some((t) => !t.attached) && (
          <div>
            <dt>Model it</dt>
            <dd>
              {tools
                .filter((t) => !t.attached)
                .map((t, index) => (
                  <span key={t.toolId}>
                    {index > 0 && ', '}
                    <a href={t.href}>{t.label}</a>
                  </span>
                ))}
            </dd>
          </div>
        )}
      </dl>
      {finding.notes.length > 0 && (
        <ul class="review-finding-notes">
          {finding.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </article>
  );
}

export function ReportView({ report, level, idPrefix }: Props) {
  const H = `h${level}` as 'h2';
  const sub = (level + 1) as 3 | 4;
  const { scope, totals } = report;
  const scopeRows: [string, string][] = [
    ['Systems', scope.systems],
    ['Evidence window', scope.window],
    ['Access', scope.access],
    ['Monthly spend reviewed', scope.spend > 0 ? formatUsd(scope.spend) : ''],
  ];
  return (
    <div class="review-report" data-review-report>
      <section aria-labelledby={`${idPrefix}-scope`}>
        <H id={`${idPrefix}-scope`}>Scope</H>
        <dl class="review-scope">
          {scopeRows
            .filter(([, value]) => value)
            .map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          <div>
            <dt>Checklist</dt>
            <dd>
              {report.progress.answered} of {report.progress.total} points answered, {report.progress.passed} passed
            </dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby={`${idPrefix}-summary`}>
        <H id={`${idPrefix}-summary`}>Summary</H>
        <p class="review-total" data-total-low={totals.low} data-total-high={totals.high}>
          <span class="review-total-label">Savings identified</span>
          <strong>{totalsSentence(report)}</strong>
        </p>
        <p class="muted">{totalsCaveat}</p>
        {scope.notes && <p>{scope.notes}</p>}
        <p>
          {totals.costFindings} cost {totals.costFindings === 1 ? 'finding' : 'findings'} and{' '}
          {totals.reliabilityFindings} reliability {totals.reliabilityFindings === 1 ? 'finding' : 'findings'}, ranked
          by <code>{priorityFormula}</code>, each rated 1–5 (scores 1–125). Ties go to the lower risk. A finding that
          depends on others (a commitment before right-sizing) comes after them, whatever its score.
        </p>
      </section>
      <section aria-labelledby={`${idPrefix}-ranked`}>
        <H id={`${idPrefix}-ranked`}>Findings, ranked</H>
        {report.findings.length === 0 ? (
          <p>No gaps or risks yet: mark a point as a gap or a risk to see it here.</p>
        ) : (
          <div class="table-scroll" tabIndex={0} role="region" aria-label="Findings, ranked">
            <table class="review-table">
              <thead>
                <tr>
                  <th scope="col">Rank</th>
                  <th scope="col">ID</th>
                  <th scope="col">Finding</th>
                  <th scope="col">Area</th>
                  <th scope="col">Savings / month</th>
                  <th scope="col">
                    <abbr title="Impact">I</abbr>
                  </th>
                  <th scope="col">
                    <abbr title="Effort">E</abbr>
                  </th>
                  <th scope="col">
                    <abbr title="Risk of the fix">R</abbr>
                  </th>
                  <th scope="col">Score</th>
                  <th scope="col">Days</th>
                </tr>
              </thead>
              <tbody>
                {report.findings.map((f) => (
                  <tr key={f.id} data-rank={rankLabel(f)}>
                    <td>{rankLabel(f)}</td>
                    <td>
                      <a href={`#finding-${f.id}`}>{f.id}</a>
                    </td>
                    <td>{f.title}</td>
                    <td>{f.areaLabel}</td>
                    <td class="num">{f.savings ? formatRange(f.savings.low, f.savings.high) : '—'}</td>
                    <td class="num">{f.impact}</td>
                    <td class="num">{f.effort}</td>
                    <td class="num">{f.risk}</td>
                    <td class="num">{f.score}</td>
                    <td class="num">{f.window.replace('-', '–')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <div class="review-findings">
          {report.findings.map((f) => (
            <FindingCard key={f.id} finding={f} level={sub} />
          ))}
        </div>
      </section>
      <section aria-labelledby={`${idPrefix}-plan`}>
        <H id={`${idPrefix}-plan`}>30/60/90-day plan</H>
        <div class="review-plan">
          {report.plan.map((bucket) => {
            const Sub = `h${sub}` as 'h3';
            return (
              <div class="review-plan-bucket card" key={bucket.window} data-window={bucket.window}>
                <Sub>
                  {bucket.label}: {bucket.goal}
                </Sub>
                {bucket.findings.length === 0 ? (
                  <p class="muted">Nothing planned.</p>
                ) : (
                  <ul>
                    {bucket.findings.map((f) => (
                      <li key={f.id}>
                        <a href={`#finding-${f.id}`}>{f.id}</a> {f.recommendation || f.title}
                        {f.owner && <span class="muted"> ({f.owner})</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            );
          })}
        </div>
      </section>
      {report.unknowns.length > 0 && (
        <section aria-labelledby={`${idPrefix}-unknown`}>
          <H id={`${idPrefix}-unknown`}>Still unknown</H>
          <ul>
            {report.unknowns.map((p) => (
              <li key={p.id}>
                <strong>
                  {p.number}. {p.check}
                </strong>
                : collect {p.collect}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
