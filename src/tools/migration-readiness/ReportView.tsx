/**
 * The assessment report: what was analysed and where, the verdict and key figures (every number with data-metric
 * and data-value), the hand-off to the savings calculator, downloads, the chart by object type and outcome,
 * findings by severity, the object table and the effort model.
 */
import type { ComponentChildren } from 'preact';
import { useMemo, useRef } from 'preact/hooks';
import { VerdictBox } from '../../components/tool-kit/Results';
import { StackedBarChart } from '../../components/tool-kit/StackedBarChart';
import type { ToolState } from '../../components/tool-kit/useToolState';
import { downloadText } from '../../lib/tool-kit/download';
import type { FieldValue } from '../../lib/tool-kit/fields';
import type { Formatter } from '../../lib/tool-kit/format';
import type { SkippedStatement } from '../../lib/readiness/page';
import {
  kindLabels,
  type ObjectKind,
  dialectNames,
  profileOf,
  type Finding,
  type Report,
  convertedDdl,
  reportCsv,
  outcomeLabels,
  outcomes,
  scoreWeights,
  reestimate,
  type UnitModel,
} from '../../lib/readiness/page';
import { EffortModel } from './EffortModel';
import { Findings } from './Findings';
import { ObjectTable } from './ObjectTable';
import {
  applicableCount,
  downloadName,
  formatBytes,
  letterText,
  noFilter,
  outcomeChart,
  outcomeStyle,
  savingsLink,
  technicalLevelText,
  verdictFor,
  type ObjectFilter,
} from './model';

export interface ReportViewProps {
  /** The report as the worker made it. */
  report: Report;
  /** The unit model the settings describe: when it differs from the report's, score and estimate are redone. */
  model: UnitModel;
  scriptName?: string;
  skipped: readonly SkippedStatement[];
  /** Time PGlite took to download and start in this page, when this analysis loaded it. */
  engineStartMs?: number;
  /** Set when the script or the dialect changed after this report was made. */
  stale: boolean;
  onAnalyseAgain(): void;
  filter: ObjectFilter;
  onFilter(filter: ObjectFilter): void;
  settings: ToolState<Record<string, FieldValue>>;
  formatter: Formatter;
  idPrefix: string;
  /** Heading level of the report title: 2 on the tool page, 3 inside a post. */
  level: 2 | 3;
  printing: boolean;
  onPrint(): void;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;

function KeyFigure(props: {
  metric: string;
  value: number | string;
  label: string;
  shown: ComponentChildren;
  hint: string;
  tone?: 'good' | 'warn' | 'bad' | 'neutral';
}) {
  return (
    <div
      class="kit-figure"
      data-metric={props.metric}
      data-value={String(props.value)}
      data-tone={props.tone ?? 'neutral'}
    >
      <dt>{props.label}</dt>
      <dd class="kit-figure-value">{props.shown}</dd>
      <dd class="kit-figure-hint">{props.hint}</dd>
    </div>
  );
}

export function ReportView(props: ReportViewProps) {
  const { formatter, idPrefix, model } = props;
  const report = useMemo(
    () =>
      JSON.stringify(props.report.model) === JSON.stringify(model) ? props.report : reestimate(props.report, model),
    [props.report, model],
  );
  const objectsRef = useRef<HTMLElement>(null);
  const H2 = props.level === 2 ? 'h2' : 'h3';
  const H3 = props.level === 2 ? 'h3' : 'h4';
  const H4 = props.level === 2 ? 'h4' : 'h5';
  const { summary, estimate } = report;
  const scoreTone = summary.score >= 90 ? 'good' : summary.score >= 60 ? 'warn' : 'bad';
  const generated = new Date(report.generatedAt);
  const source = dialectNames[report.dialect.used];
  const name = (suffix: string) => downloadName(report, props.scriptName, suffix);
  const chart = outcomeChart(report);
  const hoursText = formatter.format(Math.round(estimate.hours * 10) / 10, 'number');

  const showObjects = (finding: Finding) => {
    props.onFilter({ ...noFilter, outcome: 'all', finding: finding.id });
    objectsRef.current?.scrollIntoView({ block: 'start' });
  };

  return (
    <article class="mr-report" aria-labelledby={`${idPrefix}-report-title`} data-report={report.generatedAt}>
      <header class="mr-report-head">
        <p class="eyebrow">Migration readiness report</p>
        <H2 id={`${idPrefix}-report-title`} tabIndex={-1} class="mr-report-title">
          {source} to PostgreSQL{props.scriptName ? `: ${props.scriptName}` : ''}
        </H2>
        <p class="mr-report-meta">
          <span data-metric="objects" data-value={summary.objects}>
            {summary.objects.toLocaleString('en-US')} object{summary.objects === 1 ? '' : 's'}
          </span>{' '}
          from {report.input.lines.toLocaleString('en-US')} line{report.input.lines === 1 ? '' : 's'} (
          {formatBytes(report.input.bytes)}),{' '}
          {report.dialect.overridden
            ? `read as ${source} (chosen; detected ${dialectNames[report.dialect.detected]})`
            : report.dialect.confidence === 0
              ? `read as ${source} (no dialect-specific signs: the default)`
              : `detected as ${source} (${Math.round(report.dialect.confidence * 100)} % of the evidence)`}
          . Every converted statement ran on {report.postgresVersion} in this browser, in a scratch database discarded
          after the analysis. {generated.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}; analysed
          in{' '}
          <span data-metric="analysisMs" data-value={report.timings.totalMs}>
            {seconds(report.timings.totalMs)}
          </span>
          {props.engineStartMs !== undefined && (
            <>
              , after PostgreSQL downloaded and started in{' '}
              <span data-metric="engineStartMs" data-value={Math.round(props.engineStartMs)}>
                {seconds(props.engineStartMs)}
              </span>
            </>
          )}
          .
        </p>
        <div class="mr-report-actions no-print">
          <button
            type="button"
            class="kit-button"
            onClick={() => downloadText(name('postgres.sql'), convertedDdl(report), 'application/sql;charset=utf-8')}
          >
            Converted DDL (.sql)
          </button>
          <button
            type="button"
            class="kit-button"
            onClick={() =>
              downloadText(name('readiness.json'), `${JSON.stringify(report, null, 2)}\n`, 'application/json')
            }
          >
            Report (JSON)
          </button>
          <button
            type="button"
            class="kit-button"
            onClick={() => downloadText(name('objects.csv'), reportCsv(report), 'text/csv;charset=utf-8')}
          >
            Objects (CSV)
          </button>
          <button type="button" class="kit-button" onClick={props.onPrint}>
            Print
          </button>
        </div>
      </header>

      {props.stale && (
        <p class="notice notice-warn mr-stale no-print">
          The script or the dialect changed after this report was made.{' '}
          <button type="button" class="kit-link-button" onClick={props.onAnalyseAgain}>
            Analyse again
          </button>
        </p>
      )}

      <div class="mr-summary">
        <VerdictBox verdict={verdictFor(report)} formatter={formatter} />
        <dl class="kit-figures kit-figures-large mr-key-figures">
          <KeyFigure
            metric="score"
            value={summary.score}
            label="Readiness score"
            shown={
              <>
                {formatter.format(summary.score, 'number')}
                <span class="mr-out-of"> / 100</span>
              </>
            }
            hint="Share of the objects PostgreSQL accepted after automatic conversion, weighted by kind"
            tone={scoreTone === 'good' ? 'good' : scoreTone === 'bad' ? 'bad' : 'neutral'}
          />
          <KeyFigure
            metric="hours"
            value={estimate.hours}
            label="Estimated effort"
            shown={`${formatter.format(estimate.hours, 'number')} h`}
            hint={`${formatter.format(estimate.units, 'number')} units of ${report.model.minutesPerUnit} minutes`}
          />
          <KeyFigure
            metric="personDays"
            value={estimate.personDays}
            label="Person-days"
            shown={formatter.format(estimate.personDays, 'number')}
            hint={`At ${report.model.unitsPerPersonDay} units a day`}
          />
          <KeyFigure
            metric="level"
            value={estimate.level}
            label="Migration level (ora2pg)"
            shown={estimate.level}
            hint={`${letterText[estimate.letter].split(': ')[1]}; ${technicalLevelText[estimate.technicalLevel]}`}
          />
        </dl>
        <ul class="mr-outcome-counts" aria-label="Objects by outcome">
          {outcomes.map((outcome) => (
            <li key={outcome} class={`kit-tone-${outcomeStyle[outcome].tone}`}>
              <span
                class={`kit-bar-swatch${outcomeStyle[outcome].hatch ? ' kit-bar-swatch-hatch' : ''}`}
                aria-hidden="true"
              />
              <span class="mr-count" data-metric={`outcome.${outcome}`} data-value={summary.outcomes[outcome]}>
                {summary.outcomes[outcome].toLocaleString('en-US')}
              </span>{' '}
              {outcomeLabels[outcome].replace(' (a dependency failed)', '').toLowerCase()}
            </li>
          ))}
          <li class="mr-tables-count">
            <span class="mr-count" data-metric="createTables" data-value={summary.createTables.executed}>
              {summary.createTables.executed}
            </span>{' '}
            of {summary.createTables.total} CREATE TABLE statements created
          </li>
        </ul>
        <ScoreWeights />
        {applicableCount(report) > 0 && (
          <p class="mr-handoff">
            <a
              href={savingsLink(estimate.hours)}
              class="mr-handoff-link"
              data-hours={Math.round(estimate.hours * 10) / 10}
            >
              Carry {hoursText} hours into the Oracle to PostgreSQL savings calculator
            </a>{' '}
            <span class="mr-handoff-note">
              It weighs this effort against the Oracle licences and support you leave behind
              {profileOf(report.dialect.used).estimateCalibrated ? '' : ' (it prices an Oracle estate)'}. The estimate
              covers the schema and its code, not data migration or application changes.
            </span>
          </p>
        )}
      </div>

      {props.skipped.length > 0 && (
        <ul class="kit-warnings">
          {props.skipped.map((statement) => (
            <li key={statement.id}>
              {kindLabels[statement.kind as ObjectKind] ?? statement.kind} {statement.name} (line {statement.line}){' '}
              {statement.message} in PostgreSQL, so it was stopped and is listed as needing a manual check.
            </li>
          ))}
        </ul>
      )}

      <section class="mr-section" aria-labelledby={`${idPrefix}-chart-title`}>
        <H3 id={`${idPrefix}-chart-title`}>Where the work is</H3>
        <StackedBarChart spec={chart.spec} formatter={formatter} id={`${idPrefix}-chart`} />
        {chart.left.length > 0 && (
          <p class="mr-section-intro">
            Not in the chart, as nothing in them applies to PostgreSQL:{' '}
            {chart.left.map((kind) => `${kind.label.toLowerCase()} (${kind.total})`).join(', ')}.
          </p>
        )}
      </section>

      <section class="mr-section" aria-labelledby={`${idPrefix}-findings-title`}>
        <H3 id={`${idPrefix}-findings-title`}>Findings by severity</H3>
        <p class="mr-section-intro">
          Each finding names the construct or problem, how often it occurs, where, and what to write in PostgreSQL
          instead. Critical and high findings are what a person has to rewrite.
        </p>
        <Findings
          findings={report.findings}
          idPrefix={idPrefix}
          heading={H4}
          onShowObjects={showObjects}
          printing={props.printing}
        />
      </section>

      <section class="mr-section" ref={objectsRef} aria-labelledby={`${idPrefix}-objects-title`}>
        <H3 id={`${idPrefix}-objects-title`}>Objects</H3>
        <p class="mr-section-intro no-print">
          Open an object to see its source and the PostgreSQL that ran, side by side, with every change made.
        </p>
        <ObjectTable
          report={report}
          filter={props.filter}
          onFilter={props.onFilter}
          idPrefix={idPrefix}
          printing={props.printing}
        />
      </section>

      <section class="mr-section" aria-labelledby={`${idPrefix}-effort-title`}>
        <H3 id={`${idPrefix}-effort-title`}>Effort estimate</H3>
        <EffortModel
          report={report}
          settings={props.settings}
          formatter={formatter}
          idPrefix={idPrefix}
          heading={H4}
          printing={props.printing}
        />
      </section>
    </article>
  );
}

/** How the score counts objects: the kind weights of scoring.ts, grouped, and what not-applicable and incidental do. */
function ScoreWeights() {
  const groups = new Map<number, string[]>();
  for (const [kind, weight] of Object.entries(scoreWeights) as [ObjectKind, number][])
    if (weight > 0) groups.set(weight, [...(groups.get(weight) ?? []), kindLabels[kind].toLowerCase()]);
  return (
    <details class="mr-score-weights">
      <summary>How the score counts objects</summary>
      <ul>
        {[...groups].map(([weight, kinds]) => (
          <li key={weight}>
            <strong>{weight === 0.5 ? '½' : weight}</strong> each: {kinds.join(', ')}
          </li>
        ))}
        <li>Not applicable objects (data, settings, client commands, users) do not count.</li>
        <li>Incidental objects count as not converted: they load once the object they depend on is fixed.</li>
      </ul>
      <p>Score = 100 × weight of the objects that convert ÷ weight of all applicable objects.</p>
    </details>
  );
}
