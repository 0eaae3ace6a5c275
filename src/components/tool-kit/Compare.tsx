/**
 * Examples and what-if comparisons: buttons that load a ready-made scenario, and a panel that sets the current
 * results beside a pinned baseline, metric by metric, with the ratio.
 */
import { compareMetrics } from '../../lib/tool-kit/compare';
import type { Formatter } from '../../lib/tool-kit/format';
import { rawValue, type ToolResult } from '../../lib/tool-kit/result';
import type { ToolComparison, ToolExample } from '../../lib/tool-kit/tool';
import { RichText } from './Results';

/** The example scenarios a tool offers, each a button with one sentence. */
export function Examples<V>({
  examples,
  onLoad,
}: {
  examples: readonly ToolExample<V>[];
  onLoad(example: ToolExample<V>): void;
}) {
  return (
    <div class="kit-examples">
      <p class="kit-examples-title">Examples</p>
      <ul>
        {examples.map((example) => (
          <li key={example.id}>
            <button type="button" class="kit-button" data-example={example.id} onClick={() => onLoad(example)}>
              {example.label}
            </button>
            <span class="kit-help">{example.description}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface ComparisonProps<V> {
  comparison: ToolComparison<V>;
  values: V;
  baseline: V | null;
  result: ToolResult;
  baselineResult: ToolResult | null;
  formatter: Formatter;
  onPin(): void;
  onClear(): void;
  heading: 'h2' | 'h3';
}

/** The baseline panel: a button to pin the inputs, then the metrics side by side and their ratio. */
export function Comparison<V>(props: ComparisonProps<V>) {
  const { comparison, baseline, result, baselineResult, formatter } = props;
  const Heading = props.heading;
  if (!baseline || !baselineResult) {
    return (
      <div class="kit-compare kit-compare-empty">
        <button type="button" class="kit-button" onClick={props.onPin}>
          Pin as baseline
        </button>
        <span class="kit-help">Keep these results, change the inputs, and see what each change costs.</span>
      </div>
    );
  }
  const rows = compareMetrics(comparison.metrics, result, baselineResult);
  const explanations = comparison.explain?.(props.values, baseline) ?? [];
  return (
    <section class="kit-compare" aria-label="Compared with the baseline">
      <Heading class="kit-compare-title">Compared with your baseline</Heading>
      <div class="table-scroll" tabIndex={0} role="region" aria-label="Baseline and current results">
        <table>
          <thead>
            <tr>
              <th scope="col">
                <span class="visually-hidden">Figure</span>
              </th>
              <th scope="col" class="kit-numeric">
                Baseline
              </th>
              <th scope="col" class="kit-numeric">
                Now
              </th>
              <th scope="col" class="kit-numeric">
                Ratio
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row" class="kit-row-label">
                  {row.label}
                </th>
                <td class="kit-numeric" data-metric={`compare.${row.key}.baseline`} data-value={rawValue(row.baseline)}>
                  {formatter.format(row.baseline, row.format, row.nullText)}
                </td>
                <td class="kit-numeric" data-metric={`compare.${row.key}.current`} data-value={rawValue(row.current)}>
                  {formatter.format(row.current, row.format, row.nullText)}
                </td>
                <td
                  class="kit-numeric kit-ratio"
                  data-metric={`compare.${row.key}.ratio`}
                  data-value={rawValue(row.ratio)}
                >
                  {formatter.format(row.ratio, 'multiple')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {explanations.map((text, index) => (
        <p key={index} class="kit-help">
          <RichText text={text} formatter={formatter} context={`compare.explain.${index}`} />
        </p>
      ))}
      <p class="kit-compare-actions">
        <button type="button" class="kit-link-button" onClick={props.onPin}>
          Pin the current inputs instead
        </button>
        {' · '}
        <button type="button" class="kit-link-button" onClick={props.onClear}>
          Clear the baseline
        </button>
      </p>
    </section>
  );
}

/**
 * The what-if parts, handed to the shell by tools that offer examples or comparisons (`whatIf={whatIfParts}`), so
 * tools without them do not ship this code.
 */
export const whatIfParts = { Comparison, Examples };

/** What ToolShell's `whatIf` prop holds. */
export type WhatIfParts = typeof whatIfParts;
