/**
 * Result views shared by every tool: sentences whose numbers carry their raw values, the verdict, figures,
 * tables, "Show the math" and source notes. Every number rendered here carries data-metric and data-value.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { SourcedFigure } from '../../lib/tool-kit/figures';
import type { Formatter } from '../../lib/tool-kit/format';
import {
  rawValue,
  showQuantity,
  textParts,
  type Cell,
  type MathStep,
  type Metric,
  type ResultTable,
  type Text,
  type Verdict,
} from '../../lib/tool-kit/result';
import { useOpenedOnce } from './useOpenedOnce';

/** A sentence: literal text, and numbers in spans named `<context>.<placeholder>` with their raw values. */
export function RichText({ text, formatter, context }: { text: Text; formatter: Formatter; context: string }) {
  return (
    <>
      {textParts(text, formatter).map((part, index) =>
        typeof part === 'string' ? (
          part
        ) : (
          <span
            key={index}
            class="kit-num"
            data-metric={`${context}.${part.name}`}
            data-value={rawValue(part.quantity.value)}
          >
            {part.text}
          </span>
        ),
      )}
    </>
  );
}

/** The plain-words answer, first thing a reader sees. */
export function VerdictBox({ verdict, formatter }: { verdict: Verdict; formatter: Formatter }) {
  return (
    <div class="kit-verdict" data-tone={verdict.tone} role="status" aria-live="polite" aria-atomic="true">
      <p class="kit-verdict-headline">
        <RichText text={verdict.headline} formatter={formatter} context="verdict" />
      </p>
      <p class="kit-verdict-detail">
        <RichText text={verdict.detail} formatter={formatter} context="verdict" />
      </p>
    </div>
  );
}

/** Figures in a definition list: label, formatted value, optional hint. */
export function Figures({
  metrics,
  formatter,
  size,
}: {
  metrics: Metric[];
  formatter: Formatter;
  size: 'large' | 'small';
}) {
  return (
    <dl class={`kit-figures kit-figures-${size}`}>
      {metrics.map((metric) => (
        <div
          key={metric.key}
          class="kit-figure"
          data-metric={metric.key}
          data-value={rawValue(metric.value)}
          data-tone={metric.tone ?? 'neutral'}
        >
          <dt>{metric.label}</dt>
          <dd class="kit-figure-value">{showQuantity(metric, formatter)}</dd>
          {metric.hint && (
            <dd class="kit-figure-hint">
              <RichText text={metric.hint} formatter={formatter} context={`hint.${metric.key}`} />
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}

function CellView({
  cell,
  format,
  nullText,
  formatter,
  metric,
}: {
  cell: Cell | undefined;
  format?: Metric['format'];
  nullText?: string;
  formatter: Formatter;
  metric: string;
}) {
  if (cell === undefined || typeof cell === 'string') return <>{cell ?? ''}</>;
  if (cell !== null && typeof cell === 'object') {
    return (
      <span data-metric={metric} data-value={rawValue(cell.value)}>
        {showQuantity(cell, formatter)}
      </span>
    );
  }
  return (
    <span data-metric={metric} data-value={rawValue(cell)}>
      {formatter.format(cell, format ?? 'number', nullText)}
    </span>
  );
}

/**
 * A result table: a title outside the scrolling box (so it never scrolls away), header cells, row headers and
 * right-aligned numbers; the box scrolls sideways on narrow screens and is keyboard-focusable to do so.
 */
export function TableView({ table, formatter, id }: { table: ResultTable; formatter: Formatter; id: string }) {
  const [first, ...rest] = table.columns;
  const titleId = `${id}-${table.key}-title`;
  const [all, setAll] = useState(false);
  const limited = !all && table.limit !== undefined && table.rows.length > table.limit;
  const rows = limited ? table.rows.slice(0, table.limit) : table.rows;
  return (
    <div class="kit-table" data-table={table.key}>
      <p class="kit-table-title" id={titleId}>
        {table.caption}
      </p>
      {table.note && <p class="kit-help">{table.note}</p>}
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby={titleId}>
        <table aria-labelledby={titleId}>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column.key} scope="col" class={column.format ? 'kit-numeric' : undefined}>
                  {column.label || <span class="visually-hidden">Row</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const rowKey = row.key ?? String(index);
              const name = (key: string) => `${table.key}.${rowKey}.${key}`;
              return (
                <tr key={rowKey}>
                  {first && (
                    <th scope="row" class={first.format ? 'kit-numeric' : 'kit-row-label'}>
                      <CellView
                        cell={row[first.key]}
                        format={first.format}
                        nullText={first.nullText}
                        formatter={formatter}
                        metric={name(first.key)}
                      />
                    </th>
                  )}
                  {rest.map((column) => (
                    <td
                      key={column.key}
                      class={
                        column.format || typeof row[column.key] === 'object'
                          ? 'kit-numeric'
                          : column.wrap
                            ? 'kit-wrap'
                            : undefined
                      }
                    >
                      <CellView
                        cell={row[column.key]}
                        format={column.format}
                        nullText={column.nullText}
                        formatter={formatter}
                        metric={name(column.key)}
                      />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {table.limit !== undefined && table.rows.length > table.limit && (
        <button type="button" class="kit-link-button kit-table-more" onClick={() => setAll(!all)}>
          {all ? `Show the first ${table.limit} rows` : `Show all ${table.rows.length} rows`}
        </button>
      )}
    </div>
  );
}

/**
 * "Show the math": each formula in words, then with the visitor's numbers, then the result. The steps render
 * when the panel first opens (or the page is printed): dozens of them would slow hydration for readers who never
 * look, as the chart's data table does.
 */
export function ShowTheMath({
  steps,
  formatter,
  heading,
}: {
  steps: MathStep[];
  formatter: Formatter;
  heading: ComponentChildren;
}) {
  const [shown, onToggle] = useOpenedOnce();
  return (
    <details class="kit-math" onToggle={onToggle}>
      <summary>{heading}</summary>
      {shown && (
        <ol>
          {steps.map((step, index) => (
            <li key={index}>
              <p class="kit-math-label">{step.label}</p>
              <p class="kit-math-formula">{step.formula}</p>
              <p class="kit-math-substituted">
                <RichText text={step.substituted} formatter={formatter} context={`math.${index}`} /> ={' '}
                <strong data-metric={`math.${index}.result`} data-value={rawValue(step.result.value)}>
                  {step.shown ?? showQuantity(step.result, formatter)}
                </strong>
              </p>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}

/** Every sourced figure the tool used, with its source and date, once each. */
export function SourceNotes({
  figures,
  formatter,
  heading,
}: {
  figures: SourcedFigure[];
  formatter: Formatter;
  heading: ComponentChildren;
}) {
  const unique = figures.filter(
    (figure, index) =>
      figures.findIndex((other) => other.source === figure.source && other.unit === figure.unit) === index,
  );
  if (unique.length === 0) return null;
  return (
    <details class="kit-sources">
      <summary>{heading}</summary>
      <ul>
        {unique.map((figure, index) => (
          <li key={index}>
            <span class="kit-source-figure">
              {formatter.format(figure.value, 'number')} {figure.unit}
            </span>
            {' · '}
            {figure.url ? (
              <a href={figure.url} rel="noopener noreferrer" target="_blank">
                {figure.source}
              </a>
            ) : (
              figure.source
            )}
            , as of {figure.asOf}.{figure.note && <span class="kit-source-note"> {figure.note}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}
