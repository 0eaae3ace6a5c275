/**
 * The migration readiness island. Before any analysis it is a plain page: paste or drop a script, see the detected
 * dialect, choose settings. "Analyse" starts the worker, which downloads PGlite from this site and runs every
 * converted statement; the report then recomputes instantly when the unit model is edited. The script is kept in
 * sessionStorage (never in the URL); the settings are in the URL.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useToolState } from '../../components/tool-kit/useToolState';
import { toolPath, embedSnippet } from '../../lib/tool-kit/embed';
import { copyText } from '../../lib/tool-kit/download';
import { createFormatter } from '../../lib/tool-kit/format';
import type { ToolIslandProps } from '../../lib/tool-kit/tool';
import { createReadinessWorker } from './analysis-runner';
import {
  detectDialect,
  type Dialect,
  type DialectDetection,
  byteLength,
  decodeScript,
  inputMessages,
  maxScriptBytes,
  scriptProblem,
  type Report,
  createAnalysisRunner,
  RunError,
  type AnalysisRunner,
  type RunProgress,
  type SkippedStatement,
} from '../../lib/readiness/page';
import type * as ReportViewModule from './ReportView';
import { noFilter, type ObjectFilter } from './model';
import { RunStatus } from './RunStatus';
import { ScriptInput } from './ScriptInput';
import { loadScript, saveScript } from './script-store';
import { chosenDialect, inputs, modelFromValues } from './schema';
import './readiness.css';

const formatter = createFormatter('USD');

/** The report's views load with the first analysis (PGlite takes longer), not with the page: less to run at first. */
type ReportViews = typeof ReportViewModule;
let reportViews: Promise<ReportViews> | undefined;
const loadReportViews = () => {
  reportViews ??= import('./ReportView');
  reportViews.catch(() => {
    reportViews = undefined;
  });
  return reportViews;
};

type RunState =
  | { status: 'idle' }
  | { status: 'running'; progress?: RunProgress; skipped: SkippedStatement[]; cancelling: boolean }
  | { status: 'failed'; message: string; kind: RunError['kind'] };

interface Finished {
  report: Report;
  skipped: SkippedStatement[];
  scriptName?: string;
  /** What the report was made from, to say when it no longer matches the page. */
  text: string;
  dialect: string;
  engineStartMs?: number;
}

/** Counts lines without building an array of them (scripts reach 10 MB). */
function countLines(text: string): number {
  let lines = text ? 1 : 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lines++;
  return lines;
}

export default function MigrationReadiness({ instanceId, title, mode, start }: ToolIslandProps) {
  const settings = useToolState(inputs, start as typeof inputs.defaults, mode !== 'post');
  const [script, setScript] = useState<{ text: string; name?: string }>({ text: '' });
  const [stats, setStats] = useState({ bytes: 0, lines: 0 });
  const [problem, setProblem] = useState<string>();
  const [storeNote, setStoreNote] = useState<string>();
  const [detection, setDetection] = useState<DialectDetection>();
  const [run, setRun] = useState<RunState>({ status: 'idle' });
  const [finished, setFinished] = useState<Finished>();
  const [filter, setFilter] = useState<ObjectFilter>(noFilter);
  const [printing, setPrinting] = useState(false);
  const [views, setViews] = useState<ReportViews>();
  const [panel, setPanel] = useState<'share' | 'embed' | null>(null);
  const [status, setStatus] = useState('');
  const runner = useRef<AnalysisRunner | undefined>(undefined);
  const restored = useRef(false);
  const engineLoaded = useRef(false);
  const statusRef = useRef<HTMLDivElement>(null);
  const reportRef = useRef<HTMLDivElement>(null);
  const latestProgress = useRef<RunProgress | undefined>(undefined);
  const frame = useRef(0);

  // Restore the script this tab kept, once.
  useEffect(() => {
    const stored = loadScript();
    if (stored) setScript(stored.name ? { text: stored.text, name: stored.name } : { text: stored.text });
    restored.current = true;
    return () => runner.current?.dispose();
  }, []);

  // After typing settles: keep the script for this tab, count it, detect its dialect.
  useEffect(() => {
    const timer = setTimeout(
      () => {
        const text = script.text;
        setStats({ bytes: text.length > 0 ? byteLength(text) : 0, lines: countLines(text) });
        setDetection(text.trim() && !scriptProblem(text) ? detectDialect(text) : undefined);
        if (!restored.current) return;
        const saved = saveScript(script.name ? { text, name: script.name } : { text });
        setStoreNote(
          saved === 'too-large'
            ? 'Too large to keep across a reload (the browser keeps about 5 MB per site): keep the file at hand.'
            : saved === 'unavailable' && text
              ? 'This browser does not let the page keep it across a reload.'
              : undefined,
        );
      },
      script.text.length > 200_000 ? 600 : 250,
    );
    return () => clearTimeout(timer);
  }, [script]);

  // Printing: render everything printable first, then open the print dialog; back to the screen view after.
  useEffect(() => {
    const before = () => setPrinting(true);
    const after = () => setPrinting(false);
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after);
    return () => {
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
    };
  }, []);
  const print = () => {
    setPrinting(true);
    requestAnimationFrame(() => requestAnimationFrame(() => window.print()));
  };

  const model = useMemo(() => modelFromValues(settings.values), [settings.values]);

  const onText = (text: string) => {
    setScript((current) => (current.name ? { text, name: current.name } : { text }));
    setProblem(undefined);
  };

  const onFile = async (file: File) => {
    if (file.size > maxScriptBytes) {
      setProblem(`${file.name}: ${inputMessages.tooLarge}`);
      return;
    }
    try {
      const text = decodeScript(new Uint8Array(await file.arrayBuffer()));
      const found = scriptProblem(text);
      if (found) setProblem(`${file.name}: ${found}`);
      else {
        setScript({ text, name: file.name });
        setProblem(undefined);
      }
    } catch (error) {
      setProblem(`${file.name}: ${(error as Error).message}`);
    }
  };

  const onExample = async (dialect: Exclude<Dialect, 'postgres'>) => {
    try {
      const response = await fetch(`/examples/readiness/${dialect}.sql`);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      setScript({ text: await response.text(), name: `${dialect}-example.sql` });
      setProblem(undefined);
    } catch {
      setProblem('The example could not be loaded. Check the connection and try again.');
    }
  };

  const flushProgress = () => {
    frame.current = 0;
    const progress = latestProgress.current;
    setRun((current) => (current.status === 'running' ? { ...current, progress } : current));
  };

  const analyse = () => {
    const text = script.text;
    const found = scriptProblem(text);
    if (found) {
      setProblem(found);
      document.getElementById(`${instanceId}-script`)?.focus();
      return;
    }
    const limitMs = (settings.values.limit as number) * 1000;
    runner.current ??= createAnalysisRunner({ createWorker: createReadinessWorker, statementLimitMs: limitMs });
    runner.current.setStatementLimit(limitMs);
    const dialect = chosenDialect(settings.values);
    const started = performance.now();
    let loading: number | undefined;
    let ready: number | undefined;
    latestProgress.current = undefined;
    const viewsLoaded = loadReportViews();
    setRun({ status: 'running', skipped: [], cancelling: false });
    requestAnimationFrame(() => statusRef.current?.scrollIntoView({ block: 'nearest' }));
    runner.current
      .run(
        { script: text, ...(dialect ? { dialect } : {}), model },
        {
          onProgress: (progress) => {
            if (progress.phase === 'loading-engine') loading ??= started;
            else if (ready === undefined) ready = performance.now();
            latestProgress.current = progress;
            frame.current ||= requestAnimationFrame(flushProgress);
          },
          onSkip: (_skipped, all) =>
            setRun((current) => (current.status === 'running' ? { ...current, skipped: [...all] } : current)),
        },
      )
      .then(async ({ report, skipped }) => {
        try {
          setViews(await viewsLoaded);
        } catch {
          throw new RunError(
            'internal',
            'The report could not be shown: part of the page did not load. Reload the page and try again.',
          );
        }
        const engineStartMs =
          loading !== undefined && ready !== undefined && !engineLoaded.current
            ? Math.max(0, ready - loading - report.timings.convertMs)
            : undefined;
        engineLoaded.current = true;
        setFinished({
          report,
          skipped,
          text,
          dialect: settings.values.dialect as string,
          ...(script.name ? { scriptName: script.name } : {}),
          ...(engineStartMs !== undefined ? { engineStartMs } : {}),
        });
        setFilter(noFilter);
        setRun({ status: 'idle' });
        requestAnimationFrame(() => {
          const heading = document.getElementById(`${instanceId}-report-title`);
          heading?.focus({ preventScroll: true });
          reportRef.current?.scrollIntoView({ block: 'start' });
        });
      })
      .catch((error: RunError) => {
        if (error.kind === 'input') setProblem(error.message);
        setRun(
          error.kind === 'input'
            ? { status: 'idle' }
            : { status: 'failed', message: error.message, kind: error.kind ?? 'internal' },
        );
      });
  };

  const cancel = () => {
    runner.current?.cancel();
    setRun((current) => (current.status === 'running' ? { ...current, cancelling: true } : current));
  };

  const shareUrl = () => new URL(toolPath('migration-readiness', settings.query), location.origin).href;
  const heading = mode === 'post' ? 'h3' : 'h2';
  const running = run.status === 'running';

  return (
    <section
      class={`kit-tool kit-mode-${mode} mr-tool${printing ? ' mr-printing' : ''}`}
      id={instanceId}
      data-tool="migration-readiness"
      aria-labelledby={`${instanceId}-title`}
    >
      <div class="kit-head no-print">
        <p class={mode === 'post' ? 'kit-title' : 'visually-hidden'} id={`${instanceId}-title`}>
          {mode === 'post' ? <a href={toolPath('migration-readiness', '')}>{title}</a> : title}
        </p>
        <div class="kit-toolbar">
          <div class="kit-actions">
            <button
              type="button"
              class="kit-button"
              aria-controls={`${instanceId}-panel`}
              aria-expanded={panel === 'share'}
              onClick={async () => {
                setPanel('share');
                setStatus((await copyText(shareUrl())) ? 'Link copied to the clipboard.' : 'Copy the link below.');
              }}
            >
              Copy link
            </button>
            {mode !== 'embed' ? (
              <button
                type="button"
                class="kit-button"
                aria-controls={`${instanceId}-panel`}
                aria-expanded={panel === 'embed'}
                onClick={() => {
                  setPanel(panel === 'embed' ? null : 'embed');
                  setStatus('');
                }}
              >
                Embed
              </button>
            ) : (
              <a
                class="kit-button"
                href={toolPath('migration-readiness', settings.query)}
                target="_blank"
                rel="noopener"
              >
                Open full tool
              </a>
            )}
            <button
              type="button"
              class="kit-button"
              onClick={() => {
                settings.reset();
                setStatus('Settings reset to their defaults. The script is unchanged.');
              }}
            >
              Reset settings
            </button>
          </div>
          <div id={`${instanceId}-panel`}>
            {panel === 'share' && (
              <div class="kit-panel">
                <label for={`${instanceId}-panel-url`}>Link to these settings</label>
                <input
                  id={`${instanceId}-panel-url`}
                  class="kit-copy-field"
                  readOnly
                  value={shareUrl()}
                  onFocus={(event) => event.currentTarget.select()}
                />
                <p class="kit-help">
                  The link carries the dialect, the time limit and any edited weights. It never carries the script.
                </p>
              </div>
            )}
            {panel === 'embed' && (
              <div class="kit-panel">
                <label for={`${instanceId}-panel-code`}>Embed code, with the current settings</label>
                <textarea
                  id={`${instanceId}-panel-code`}
                  class="kit-copy-field"
                  readOnly
                  rows={4}
                  value={embedSnippet(location.origin, 'migration-readiness', title, settings.query)}
                  onFocus={(event) => event.currentTarget.select()}
                />
              </div>
            )}
          </div>
          <p class="kit-status" role="status" aria-live="polite">
            {status}
          </p>
        </div>
      </div>
      {settings.notices.length > 0 && (
        <div class="notice notice-warn kit-notices no-print" role="alert">
          <p>Some settings in the link could not be used:</p>
          <ul>
            {settings.notices.map((notice) => (
              <li key={notice.param} data-param={notice.param}>
                {notice.message}
              </li>
            ))}
          </ul>
          <button type="button" class="kit-link-button" onClick={settings.dismissNotices}>
            Dismiss
          </button>
        </div>
      )}
      <div class="no-print">
        <ScriptInput
          idPrefix={instanceId}
          text={script.text}
          {...(script.name ? { fileName: script.name } : {})}
          stats={stats}
          onText={onText}
          onFile={onFile}
          onExample={onExample}
          onClear={() => {
            setScript({ text: '' });
            setProblem(undefined);
          }}
          {...(problem ? { problem } : {})}
          {...(storeNote ? { storeNote } : {})}
          {...(detection ? { detection } : {})}
          settings={settings}
          formatter={formatter}
          running={running}
          onAnalyse={analyse}
          heading={heading}
        />
      </div>
      <div ref={statusRef} class="no-print">
        {run.status === 'running' && (
          <RunStatus
            idPrefix={instanceId}
            {...(run.progress ? { progress: run.progress } : {})}
            skipped={run.skipped}
            onCancel={cancel}
            cancelling={run.cancelling}
            engineReady={engineLoaded.current}
          />
        )}
        {run.status === 'failed' && (
          <p
            class={`notice ${run.kind === 'cancelled' ? '' : 'notice-danger '}mr-run-error`}
            role="alert"
            data-kind={run.kind}
          >
            {run.kind === 'cancelled'
              ? 'The analysis was cancelled. Your script and settings are unchanged.'
              : run.message}
          </p>
        )}
      </div>
      <div ref={reportRef}>
        {finished && views && (
          <views.ReportView
            report={finished.report}
            model={model}
            {...(finished.scriptName ? { scriptName: finished.scriptName } : {})}
            skipped={finished.skipped}
            {...(finished.engineStartMs !== undefined ? { engineStartMs: finished.engineStartMs } : {})}
            stale={finished.text !== script.text || finished.dialect !== settings.values.dialect}
            onAnalyseAgain={analyse}
            filter={filter}
            onFilter={setFilter}
            settings={settings}
            formatter={formatter}
            idPrefix={instanceId}
            level={mode === 'post' ? 3 : 2}
            printing={printing}
            onPrint={print}
          />
        )}
      </div>
    </section>
  );
}
