/**
 * The frame every tool island renders: toolbar, URL notices, the verdict and headline figures, the form, then
 * the details (more figures, chart, tables, the math, sources). A tool's own island is usually just
 * `<ToolShell definition={model} {...props} />`; tools with bespoke views compose the parts themselves.
 */
import type { ComponentChildren, ComponentType } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { resultCsv } from '../../lib/tool-kit/csv';
import { toolPath } from '../../lib/tool-kit/embed';
import type { InputsDefinition } from '../../lib/tool-kit/fields';
import { createFormatter, type Formatter } from '../../lib/tool-kit/format';
import { showQuantity, type BarChartSpec, type ChartSpec, type Metric } from '../../lib/tool-kit/result';
import type { ToolDefinition, ToolIslandProps } from '../../lib/tool-kit/tool';
import type { WhatIfParts } from './Compare';
import { Fields, type FieldProps } from './Fields';
import { Figures, RichText, ShowTheMath, SourceNotes, TableView, VerdictBox } from './Results';
import { Toolbar } from './Toolbar';
import { useToolState } from './useToolState';

export interface ToolShellProps<D extends InputsDefinition, X = void> extends ToolIslandProps {
  definition: ToolDefinition<D, X>;
  /** State the island holds outside the inputs, passed to the model (see ToolDefinition). */
  extra?: X;
  /** Rendered above the inputs and results, full width: a tool's own main input (a text to count). */
  lead?: ComponentChildren | ((values: D['defaults']) => ComponentChildren);
  /**
   * Rendered under the headline figures: a short note every result needs (where the prices come from), or one
   * built from the current values (a link to a related tool with matching inputs).
   */
  note?: ComponentChildren | ((values: D['defaults']) => ComponentChildren);
  /**
   * Draws the model's `bars` (pass StackedBarChart): tools whose model returns bars pass it, so tools without bars
   * do not ship the chart's code.
   */
  BarChart?: ComponentType<{ spec: BarChartSpec; formatter: Formatter; id: string }>;
  /**
   * Draws the model's `chart` (pass LineChart from ./LineChart): tools whose model returns a chart pass it, so
   * tools without one do not ship the chart's code. Rendering a chart without it fails the build.
   */
  LineChart?: ComponentType<{ spec: ChartSpec; formatter: Formatter; id: string }>;
  /**
   * Shows the model's examples and what-if comparison (pass `whatIfParts` from ./Compare): tools that declare
   * `examples` or `compare` pass it, so tools without them do not ship the code.
   */
  whatIf?: WhatIfParts;
  /** The row editor of list fields (ListInput from ./ListInput): tools with a list pass it. */
  ListInput?: ComponentType<FieldProps>;
}

/** Opens every <details> for printing and closes them again afterwards. */
function usePrintExpansion(root: { current: HTMLElement | null }) {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...(root.current?.querySelectorAll('details:not([open])') ?? [])] as HTMLDetailsElement[];
      for (const details of opened) details.open = true;
    };
    const after = () => {
      for (const details of opened) details.open = false;
      opened = [];
    };
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after);
    return () => {
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
    };
  }, [root]);
}

export function ToolShell<D extends InputsDefinition, X = void>({
  definition,
  instanceId,
  title,
  mode,
  start,
  extra,
  lead,
  note,
  BarChart,
  LineChart,
  whatIf,
  ListInput,
}: ToolShellProps<D, X>) {
  if ((definition.compare || definition.examples?.length) && !whatIf) {
    // Rendered at build time too: a tool that forgets the parts fails the build instead of hiding its examples.
    throw new Error(`Tool "${definition.id}" declares examples or a comparison: pass whatIf={whatIfParts}`);
  }
  const root = useRef<HTMLElement>(null);
  const state = useToolState(definition.inputs, start as D['defaults'], mode !== 'post');
  const formatter = useMemo(() => createFormatter(state.currency), [state.currency]);
  const result = useMemo(() => definition.evaluate(state.values, extra as X), [definition, state.values, extra]);
  const baselineResult = useMemo(
    () => (definition.compare && state.baseline ? definition.evaluate(state.baseline, extra as X) : null),
    [definition, state.baseline, extra],
  );
  usePrintExpansion(root);
  if (import.meta.env.SSR && result.chart && !LineChart) {
    // At build time only: a tool whose model draws a chart must pass the chart, or its pages would lack it.
    throw new Error(`Tool "${definition.id}" returns a chart: pass LineChart={LineChart}`);
  }

  const headline = definition.headline
    .map((key) => result.metrics.find((metric) => metric.key === key))
    .filter((metric): metric is Metric => metric !== undefined);
  const details = result.metrics.filter((metric) => !definition.headline.includes(metric.key));
  const figures = [
    ...definition.inputs.fields.flatMap((field) => (field.figure ? [field.figure] : [])),
    ...result.figures,
  ];
  const invalid = definition.inputs.fields.filter((field) => state.errors[field.key]);
  const Heading = mode === 'post' ? 'h3' : 'h2';
  const titleId = `${instanceId}-title`;

  return (
    <section
      ref={root}
      class={`kit-tool kit-mode-${mode}`}
      id={instanceId}
      data-tool={definition.id}
      aria-labelledby={titleId}
    >
      <div class="kit-head">
        {/* The page's own heading names the tool on its page and in the embed; a post shows the name here. */}
        <p class={mode === 'post' ? 'kit-title' : 'visually-hidden'} id={titleId}>
          {mode === 'post' ? <a href={toolPath(definition.id, '')}>{title}</a> : title}
        </p>
        <Toolbar
          toolId={definition.id}
          title={title}
          idPrefix={instanceId}
          mode={mode}
          query={state.query}
          currency={state.currency}
          onCurrency={state.setCurrency}
          onReset={state.reset}
          headline={() => headline.map((metric) => `${metric.label}: ${showQuantity(metric, formatter)}`).join('; ')}
          csv={() =>
            resultCsv(
              title,
              definition.inputs,
              state.values,
              result,
              formatter,
              definition.compare && baselineResult
                ? { metrics: definition.compare.metrics, baseline: baselineResult }
                : null,
            )
          }
        />
      </div>
      {state.notices.length > 0 && (
        <div class="notice notice-warn kit-notices" role="alert">
          <p>Some settings in the link could not be used:</p>
          <ul>
            {state.notices.map((notice) => (
              <li key={notice.param} data-param={notice.param}>
                {notice.message}
              </li>
            ))}
          </ul>
          <button type="button" class="kit-link-button" onClick={state.dismissNotices}>
            Dismiss
          </button>
        </div>
      )}
      {typeof lead === 'function' ? lead(state.values) : lead}
      <div class="kit-layout">
        <div class="kit-summary">
          <VerdictBox verdict={result.verdict} formatter={formatter} />
          <Figures metrics={headline} formatter={formatter} size="large" />
          {note && <div class="kit-note">{typeof note === 'function' ? note(state.values) : note}</div>}
          {definition.compare && whatIf && (
            <whatIf.Comparison
              comparison={definition.compare}
              values={state.values}
              baseline={state.baseline}
              result={result}
              baselineResult={baselineResult}
              formatter={formatter}
              onPin={() => state.setBaseline(state.values)}
              onClear={() => state.setBaseline(null)}
              heading={Heading}
            />
          )}
          {invalid.length > 0 && (
            <p class="notice notice-danger kit-stale">
              {invalid.length === 1 ? `${invalid[0]!.label} is not valid` : `${invalid.length} inputs are not valid`}:
              the results use the last valid {invalid.length === 1 ? 'value' : 'values'}.
            </p>
          )}
          {result.warnings.length > 0 && (
            <ul class="kit-warnings">
              {result.warnings.map((warning, index) => (
                <li key={index}>
                  <RichText text={warning} formatter={formatter} context={`warning.${index}`} />
                </li>
              ))}
            </ul>
          )}
        </div>
        <form class="kit-inputs" onSubmit={(event) => event.preventDefault()} aria-labelledby={`${instanceId}-inputs`}>
          <Heading class="kit-section-title" id={`${instanceId}-inputs`}>
            Inputs
          </Heading>
          {definition.examples && definition.examples.length > 0 && whatIf && (
            <whatIf.Examples
              examples={definition.examples}
              onLoad={(example) => state.load(example.values, example.baseline)}
            />
          )}
          <Fields
            inputs={definition.inputs}
            state={state}
            formatter={formatter}
            idPrefix={instanceId}
            ListInput={ListInput}
          />
        </form>
        <div class="kit-results">
          <div>
            <Heading class="kit-section-title">Details</Heading>
            <Figures metrics={details} formatter={formatter} size="small" />
          </div>
          {result.bars && BarChart && <BarChart spec={result.bars} formatter={formatter} id={`${instanceId}-bars`} />}
          {result.chart && LineChart && (
            <LineChart spec={result.chart} formatter={formatter} id={`${instanceId}-chart`} />
          )}
          {result.tables.map((table) => (
            <TableView key={table.key} table={table} formatter={formatter} id={instanceId} />
          ))}
          <ShowTheMath steps={result.steps} formatter={formatter} heading="Show the math" />
          <SourceNotes figures={figures} formatter={formatter} heading="Sources and dates" />
          <p class="kit-privacy">Calculated in your browser. Nothing you enter leaves this page.</p>
        </div>
      </div>
    </section>
  );
}
