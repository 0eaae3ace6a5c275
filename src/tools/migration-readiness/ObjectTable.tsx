/**
 * Every object of the script: filter by name, type, outcome or finding; sort by any column; one page of rows at a
 * time (schemas with thousands of objects stay fast); each row opens the source and the converted SQL side by side
 * with the rules applied, the reason and PostgreSQL's own error. Native buttons and selects: keyboard accessible.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  kindLabels,
  constructEntryById,
  type Report,
  type ReportObject,
  outcomeLabels,
  outcomes,
  type Outcome,
} from '../../lib/readiness/page';
import {
  changeSummary,
  filterObjects,
  outcomeStyle,
  pageOf,
  sortObjects,
  type ObjectFilter,
  type SortKey,
} from './model';

interface Props {
  report: Report;
  filter: ObjectFilter;
  onFilter(filter: ObjectFilter): void;
  idPrefix: string;
  /** Print: every filtered row (up to a cap), no controls. */
  printing: boolean;
}

const pageSizes = [25, 50, 100] as const;
const printCap = 1_000;

/** Name and outcome first: on a phone they are what shows before the table scrolls. */
const columns: { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: 'name', label: 'Name' },
  { key: 'outcome', label: 'Outcome' },
  { key: 'kind', label: 'Type' },
  { key: 'line', label: 'Line', numeric: true },
  { key: 'units', label: 'Units', numeric: true },
];

const units = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  return (
    <span
      class={`mr-badge kit-tone-${outcomeStyle[outcome].tone}${outcomeStyle[outcome].hatch ? ' mr-badge-hatch' : ''}`}
    >
      {outcomeStyle[outcome].short}
    </span>
  );
}

function SqlPane({ title, sql, empty }: { title: string; sql: string; empty: string }) {
  return (
    <div class="mr-sql-pane">
      <p class="mr-sql-title">{title}</p>
      {sql.trim() ? (
        <pre class="mr-sql" tabIndex={0} aria-label={title}>
          <code>{sql}</code>
        </pre>
      ) : (
        <p class="mr-sql-empty">{empty}</p>
      )}
    </div>
  );
}

function ObjectDetail({
  object,
  report,
  onShow,
}: {
  object: ReportObject;
  report: Report;
  onShow(name: string): void;
}) {
  const root = object.rootCause === undefined ? undefined : report.objects[object.rootCause];
  const converted = object.lateSql
    ? `${object.converted}\n\n-- added after the tables that reference each other\n${object.lateSql}`
    : object.converted;
  return (
    <div class="mr-detail-body">
      <div class="mr-detail-facts">
        <p>
          <OutcomeBadge outcome={object.outcome} />
          {object.reason && <span class="mr-reason"> {object.reason}</span>}
        </p>
        {object.error && (
          <p class="mr-pg-error">
            <span class="mr-finding-key">PostgreSQL said</span>{' '}
            <code>
              {object.error.code ? `[${object.error.code}] ` : ''}
              {object.error.message}
            </code>
            {object.error.detail && <span> {object.error.detail}</span>}
          </p>
        )}
        {root && (
          <p>
            <span class="mr-finding-key">Fix first</span>{' '}
            <button type="button" class="kit-link-button" onClick={() => onShow(root.name)}>
              {kindLabels[root.kind].toLowerCase()} {root.name} (line {root.startLine})
            </button>
          </p>
        )}
        {object.rules.length > 0 && (
          <div>
            <p class="mr-finding-key">Changes made ({object.rules.length})</p>
            <ul class="mr-rules">
              {object.rules.map((rule, index) => (
                <li key={index}>
                  <code>{rule.id}</code> {rule.detail}
                  {rule.line ? ` (line ${rule.line})` : ''}
                </li>
              ))}
            </ul>
          </div>
        )}
        {object.constructs.length > 0 && (
          <p>
            <span class="mr-finding-key">Vendor constructs</span>{' '}
            {object.constructs
              .map((construct) => `${constructEntryById.get(construct.id)?.label ?? construct.id} ×${construct.count}`)
              .join(', ')}
          </p>
        )}
      </div>
      <div class="mr-sql-grid">
        <SqlPane
          title={`Source, lines ${object.startLine}–${object.endLine}`}
          sql={object.source}
          empty="(empty statement)"
        />
        <SqlPane
          title={object.outcome === 'not-applicable' ? 'PostgreSQL: not run' : 'PostgreSQL, as run'}
          sql={converted}
          empty={object.outcome === 'not-applicable' ? 'Not applicable, so not run.' : 'Nothing to run.'}
        />
      </div>
    </div>
  );
}

export function ObjectTable({ report, filter, onFilter, idPrefix, printing }: Props) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'line', descending: false });
  const [page, setPage] = useState(0);
  const [size, setSize] = useState<number>(pageSizes[0]);
  const [open, setOpen] = useState<number | null>(null);

  useEffect(() => setPage(0), [filter, sort, size, report.generatedAt]);

  const filtered = useMemo(() => filterObjects(report, filter), [report, filter]);
  const sorted = useMemo(() => sortObjects(filtered, sort.key, sort.descending), [filtered, sort]);
  const paged = printing ? { rows: sorted.slice(0, printCap), page: 0, pages: 1 } : pageOf(sorted, page, size);
  const kinds = report.summary.byKind;
  const finding = filter.finding ? report.findings.find((candidate) => candidate.id === filter.finding) : undefined;
  const first = paged.page * size + 1;
  const last = Math.min(sorted.length, first + paged.rows.length - 1);
  const countId = `${idPrefix}-objects-count`;

  const showByName = (name: string) => {
    onFilter({ text: name, kind: 'all', outcome: 'all' });
    const target = report.objects.find((candidate) => candidate.name === name && candidate.outcome === 'manual');
    setOpen(target?.id ?? null);
  };

  return (
    <div class="mr-objects">
      <div class="mr-filters no-print" role="search" aria-label="Filter the objects">
        <div class="kit-field">
          <label for={`${idPrefix}-find`}>Find by name</label>
          <div class="kit-input">
            <input
              id={`${idPrefix}-find`}
              type="search"
              value={filter.text}
              autoComplete="off"
              spellcheck={false}
              onInput={(event) => onFilter({ ...filter, text: event.currentTarget.value })}
            />
          </div>
        </div>
        <div class="kit-field">
          <label for={`${idPrefix}-kind`}>Type</label>
          <div class="kit-input">
            <select
              id={`${idPrefix}-kind`}
              onChange={(event) => onFilter({ ...filter, kind: event.currentTarget.value })}
            >
              <option value="all" selected={filter.kind === 'all'}>
                All types ({report.summary.objects})
              </option>
              {kinds.map((kind) => (
                <option key={kind.kind} value={kind.kind} selected={filter.kind === kind.kind}>
                  {kind.label} ({kind.total})
                </option>
              ))}
            </select>
          </div>
        </div>
        <div class="kit-field">
          <label for={`${idPrefix}-outcome`}>Outcome</label>
          <div class="kit-input">
            <select
              id={`${idPrefix}-outcome`}
              onChange={(event) =>
                onFilter({ ...filter, outcome: event.currentTarget.value as ObjectFilter['outcome'] })
              }
            >
              <option value="applicable" selected={filter.outcome === 'applicable'}>
                All but not applicable ({report.summary.objects - report.summary.outcomes['not-applicable']})
              </option>
              <option value="all" selected={filter.outcome === 'all'}>
                All outcomes ({report.summary.objects})
              </option>
              {outcomes.map((outcome) => (
                <option key={outcome} value={outcome} selected={filter.outcome === outcome}>
                  {outcomeLabels[outcome]} ({report.summary.outcomes[outcome]})
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>
      {finding && (
        <p class="mr-filter-chip no-print">
          Only the objects with: <strong>{finding.construct}</strong>{' '}
          <button type="button" class="kit-link-button" onClick={() => onFilter({ ...filter, finding: undefined })}>
            Show all
          </button>
        </p>
      )}
      <p class="mr-objects-count" id={countId} aria-live="polite">
        {sorted.length === 0
          ? 'No object matches these filters.'
          : printing
            ? `${sorted.length.toLocaleString('en-US')} objects${sorted.length > printCap ? `, the first ${printCap} printed (the CSV download has them all)` : ''}.`
            : `Objects ${first.toLocaleString('en-US')}–${last.toLocaleString('en-US')} of ${sorted.length.toLocaleString('en-US')}${sorted.length < report.objects.length ? ` (filtered from ${report.objects.length.toLocaleString('en-US')})` : ''}.`}
      </p>
      <div class="table-scroll mr-table-scroll" tabIndex={0} role="region" aria-labelledby={countId}>
        <table class="mr-table">
          <thead>
            <tr>
              {columns.map((column) => {
                const active = sort.key === column.key;
                return (
                  <th
                    key={column.key}
                    scope="col"
                    class={column.numeric ? 'kit-numeric' : undefined}
                    aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}
                  >
                    <button
                      type="button"
                      class="mr-sort"
                      onClick={() =>
                        setSort({ key: column.key, descending: active ? !sort.descending : column.key === 'units' })
                      }
                    >
                      {column.label}
                      <span class="mr-sort-mark" aria-hidden="true">
                        {active ? (sort.descending ? '▼' : '▲') : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {paged.rows.map((object) => {
              const expanded = open === object.id && !printing;
              const detailId = `${idPrefix}-object-${object.id}`;
              return [
                <tr
                  key={object.id}
                  data-object={object.id}
                  data-outcome={object.outcome}
                  class={expanded ? 'mr-row-open' : undefined}
                >
                  <th scope="row" class="mr-name">
                    <button
                      type="button"
                      class="mr-expand"
                      aria-expanded={expanded}
                      aria-controls={expanded ? detailId : undefined}
                      onClick={() => setOpen(expanded ? null : object.id)}
                    >
                      <span class="mr-expand-mark" aria-hidden="true">
                        {expanded ? '−' : '+'}
                      </span>
                      {object.name}
                    </button>
                  </th>
                  <td>
                    <OutcomeBadge outcome={object.outcome} />
                  </td>
                  <td>{kindLabels[object.kind]}</td>
                  <td class="kit-numeric mr-line">{object.startLine}</td>
                  <td class="kit-numeric" data-metric={`object.${object.id}.units`} data-value={object.units}>
                    {units.format(object.units)}
                  </td>
                  <td class="mr-why">{object.reason ?? changeSummary(object.rules)}</td>
                </tr>,
                expanded && (
                  <tr key={`${object.id}-detail`} class="mr-detail" id={detailId}>
                    <td colSpan={6}>
                      <ObjectDetail object={object} report={report} onShow={showByName} />
                    </td>
                  </tr>
                ),
              ];
            })}
          </tbody>
        </table>
      </div>
      {!printing && paged.pages > 1 && (
        <nav class="mr-pager no-print" aria-label="Pages of objects">
          <button type="button" class="kit-button" disabled={paged.page === 0} onClick={() => setPage(paged.page - 1)}>
            Previous
          </button>
          <span>
            Page {paged.page + 1} of {paged.pages}
          </span>
          <button
            type="button"
            class="kit-button"
            disabled={paged.page >= paged.pages - 1}
            onClick={() => setPage(paged.page + 1)}
          >
            Next
          </button>
          <label class="mr-page-size">
            Rows per page{' '}
            <select value={String(size)} onChange={(event) => setSize(Number(event.currentTarget.value))}>
              {pageSizes.map((option) => (
                <option key={option} value={String(option)}>
                  {option}
                </option>
              ))}
            </select>
          </label>
        </nav>
      )}
    </div>
  );
}
