/**
 * Findings by severity: what was found, how often, on which lines, and the PostgreSQL rewrite to use. Info findings
 * (automatic conversions to review) start folded; each finding can filter the object table to its objects.
 */
import type { Finding } from '../../lib/readiness/page';
import { findingsBySeverity, lineList, severityLabels, type Severity } from './model';

interface Props {
  findings: readonly Finding[];
  idPrefix: string;
  heading: 'h3' | 'h4' | 'h5';
  /** Shows the objects of a finding in the object table. */
  onShowObjects(finding: Finding): void;
  /** Print: every group open. */
  printing: boolean;
}

function FindingList({
  findings,
  severity,
  onShowObjects,
}: {
  findings: Finding[];
  severity: Severity;
  onShowObjects: Props['onShowObjects'];
}) {
  return (
    <ul class="mr-findings">
      {findings.map((finding) => (
        <li key={finding.id} class="mr-finding" data-severity={severity} data-finding={finding.id}>
          <div class="mr-finding-head">
            <p class="mr-finding-title">{finding.construct}</p>
            <p class="mr-finding-where">
              <span data-metric={`finding.${finding.id}.count`} data-value={finding.count}>
                {finding.count.toLocaleString('en-US')}
              </span>
              {finding.count === 1 ? ' time' : ' times'}, {finding.lines.length === 1 ? 'line' : 'lines'}{' '}
              {lineList(finding.lines)}
            </p>
          </div>
          <p class="mr-finding-fix">
            <span class="mr-finding-key">In PostgreSQL</span> {finding.suggestion}{' '}
            <button
              type="button"
              class="kit-link-button mr-finding-objects no-print"
              onClick={() => onShowObjects(finding)}
            >
              Show {finding.objects.length === 1 ? 'the object' : `the ${finding.objects.length} objects`}
            </button>
          </p>
        </li>
      ))}
    </ul>
  );
}

function GroupTitle({ severity, count }: { severity: Severity; count: number }) {
  return (
    <>
      <span class={`mr-severity mr-severity-${severity}`}>{severityLabels[severity]}</span> {count}{' '}
      {count === 1 ? 'finding' : 'findings'}
      {severity === 'info' ? ': automatic conversions to review' : ''}
    </>
  );
}

export function Findings({ findings, idPrefix, heading: Heading, onShowObjects, printing }: Props) {
  const groups = findingsBySeverity(findings);
  if (groups.length === 0) return <p>No findings: nothing in this script needs attention.</p>;
  return (
    <div class="mr-findings-groups">
      {groups.map(({ severity, findings: list }) =>
        severity === 'info' || severity === 'low' ? (
          <details key={severity} class="mr-findings-fold" open={printing}>
            <summary>
              <Heading class="mr-findings-heading" id={`${idPrefix}-sev-${severity}`}>
                <GroupTitle severity={severity} count={list.length} />
              </Heading>
            </summary>
            <FindingList findings={list} severity={severity} onShowObjects={onShowObjects} />
          </details>
        ) : (
          <section key={severity} aria-labelledby={`${idPrefix}-sev-${severity}`}>
            <Heading class="mr-findings-heading" id={`${idPrefix}-sev-${severity}`}>
              <GroupTitle severity={severity} count={list.length} />
            </Heading>
            <FindingList findings={list} severity={severity} onShowObjects={onShowObjects} />
          </section>
        ),
      )}
    </div>
  );
}
