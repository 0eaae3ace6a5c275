/**
 * The cost review checklist as one island: the 30 points by area with their rules and sources, the visitor's
 * answers (kept in localStorage only, exported and imported as a JSON file), progress per area, and the report
 * built from the answers (Markdown download, print, a plain summary to copy). Nothing is sent anywhere.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { copyText, downloadText } from '../../lib/tool-kit/download';
import { reviewAreas, reviewPoints, reviewSources, type SourceKey } from '../../lib/review/points';
import { buildReport, type AreaProgress } from '../../lib/review/report';
import { reportMarkdown, reportSummaryText } from '../../lib/review/review-markdown';
import { findingToolLinks } from '../../lib/review/review-tools';
import { emptyReview, parseReviewJson, type PointAnswer, type ReviewState } from '../../lib/review/review-state';
import { readSavedResults, savedResultsKey, type SavedToolResult } from '../../lib/review/saved-results';
import { PointForm } from './PointForm';
import { ReportView } from './ReportView';

/** The localStorage key of the visitor's checklist. */
export const reviewStateKey = 'breakeven:review:checklist';

interface Props {
  /** Where each source article is read on this site (or the original when the site has no copy). */
  sourceHrefs: Record<SourceKey, string>;
}

function Meter({ progress, label }: { progress: Pick<AreaProgress, 'total' | 'answered' | 'passed'>; label: string }) {
  return (
    <span class="review-meter-wrap">
      <meter class="review-meter" min={0} max={progress.total} value={progress.answered} aria-label={label} />
      <span class="review-meter-text">
        {progress.answered}/{progress.total} answered · {progress.passed} passed
      </span>
    </span>
  );
}

function loadState(): { state: ReviewState; notes: string[] } {
  try {
    const stored = localStorage.getItem(reviewStateKey);
    if (!stored) return { state: emptyReview(), notes: [] };
    const read = parseReviewJson(stored);
    if (read.ok) return read.value;
    return { state: emptyReview(), notes: [`Your saved checklist could not be read: ${read.message}`] };
  } catch {
    return { state: emptyReview(), notes: ['This browser does not allow saving: your answers last until you leave.'] };
  }
}

const fileName = (name: string, ext: string) =>
  `${
    (name || 'cost-review')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'cost-review'
  }.${ext}`;

export default function ChecklistApp({ sourceHrefs }: Props) {
  const [state, setState] = useState<ReviewState>(emptyReview);
  const [revision, setRevision] = useState(0);
  const [saved, setSaved] = useState<SavedToolResult[]>([]);
  const [status, setStatus] = useState('');
  const [notes, setNotes] = useState<string[]>([]);
  const [showReport, setShowReport] = useState(false);
  const [summary, setSummary] = useState('');
  const loaded = useRef(false);
  const reportHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const read = loadState();
    setState(read.state);
    setNotes(read.notes);
    setRevision((r) => r + 1);
    setSaved(readSavedResults(localStorage));
    loaded.current = true;
    const onStorage = (event: StorageEvent) => {
      if (event.key === savedResultsKey) setSaved(readSavedResults(localStorage));
    };
    addEventListener('storage', onStorage);
    return () => removeEventListener('storage', onStorage);
  }, []);

  useEffect(() => {
    if (!loaded.current) return;
    try {
      localStorage.setItem(reviewStateKey, JSON.stringify(state));
    } catch {
      setStatus('Could not save in this browser: export the file to keep your answers.');
    }
  }, [state]);

  const report = useMemo(() => buildReport(state), [state]);
  const setAnswer = (id: string, answer: PointAnswer) =>
    setState((s) => ({ ...s, answers: { ...s.answers, [id]: answer } }));
  const setScope = (patch: Partial<ReviewState['scope']>) =>
    setState((s) => ({ ...s, scope: { ...s.scope, ...patch } }));
  const replace = (next: ReviewState) => {
    setState(next);
    setRevision((r) => r + 1);
  };
  const title = state.scope.name || 'Database cost review';

  const onImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > 2_000_000) {
      setStatus('That file is too large to be a checklist (over 2 MB).');
      return;
    }
    const read = parseReviewJson(await file.text());
    if (!read.ok) {
      setStatus(read.message);
      return;
    }
    replace(read.value.state);
    setNotes(read.value.notes);
    setStatus(`Imported ${file.name}.`);
  };

  const openReport = () => {
    setShowReport(true);
    requestAnimationFrame(() => {
      reportHeading.current?.scrollIntoView({ block: 'start' });
      reportHeading.current?.focus();
    });
  };

  const printReport = () => {
    document.documentElement.dataset.print = 'report';
    const done = () => {
      delete document.documentElement.dataset.print;
      removeEventListener('afterprint', done);
    };
    addEventListener('afterprint', done);
    window.print();
  };

  return (
    <div class="review-app">
      <div class="review-bar card">
        <div class="review-bar-progress">
          <strong>Your progress</strong>
          <Meter progress={report.progress} label="Points answered, overall" />
        </div>
        <div class="review-bar-actions no-print">
          <button type="button" class="button" onClick={openReport}>
            Make my report
          </button>
          <button
            type="button"
            class="kit-button"
            onClick={() => {
              downloadText(fileName(state.scope.name, 'json'), JSON.stringify(state, null, 2), 'application/json');
              setStatus('Checklist exported as a JSON file.');
            }}
          >
            Export
          </button>
          <label class="kit-button review-import">
            Import
            <input
              type="file"
              accept=".json,application/json"
              class="visually-hidden"
              onChange={(e) => void onImport(e.currentTarget)}
            />
          </label>
          <button
            type="button"
            class="kit-button"
            onClick={() => {
              if (!confirm('Clear every answer on this checklist? Export it first to keep a copy.')) return;
              replace(emptyReview());
              setNotes([]);
              setStatus('Checklist cleared.');
            }}
          >
            Start over
          </button>
        </div>
        <p class="kit-status" role="status" aria-live="polite">
          {status}
        </p>
        {notes.length > 0 && (
          <ul class="notice notice-warn review-notes">
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
      </div>

      <div key={revision}>
        <details class="review-scope-form card no-print" open={!state.scope.name}>
          <summary>Scope of the review</summary>
          <div class="review-grid">
            {(
              [
                ['name', 'Report title'],
                ['systems', 'Systems in scope'],
                ['window', 'Evidence window'],
                ['access', 'Access used'],
              ] as const
            ).map(([field, label]) => (
              <div class="review-field" key={field}>
                <label for={`scope-${field}`}>{label}</label>
                <input
                  id={`scope-${field}`}
                  type="text"
                  value={state.scope[field]}
                  onInput={(e) => setScope({ [field]: e.currentTarget.value })}
                />
              </div>
            ))}
            <div class="review-field">
              <label for="scope-spend">Monthly spend reviewed ($)</label>
              <input
                id="scope-spend"
                type="number"
                min={0}
                step="any"
                value={state.scope.spend || ''}
                onInput={(e) => {
                  const value = e.currentTarget.valueAsNumber;
                  setScope({ spend: Number.isFinite(value) && value >= 0 ? value : 0 });
                }}
              />
            </div>
            <div class="review-field review-field-wide">
              <label for="scope-notes">Notes for the summary (spend breakdown, overlaps)</label>
              <textarea
                id="scope-notes"
                rows={2}
                value={state.scope.notes}
                onInput={(e) => setScope({ notes: e.currentTarget.value })}
              />
            </div>
          </div>
        </details>

        <nav class="review-areas-nav" aria-label="Areas of the review">
          <ol>
            {reviewAreas.map((area, index) => (
              <li key={area.id}>
                <a href={`#area-${area.id}`}>{area.label}</a>
                <Meter progress={report.progress.areas[index]!} label={`${area.label}: points answered`} />
              </li>
            ))}
          </ol>
        </nav>

        {reviewAreas.map((area, index) => (
          <section class="review-area" id={`area-${area.id}`} key={area.id} aria-labelledby={`area-${area.id}-title`}>
            <div class="review-area-head">
              <h2 id={`area-${area.id}-title`}>{area.label}</h2>
              <Meter progress={report.progress.areas[index]!} label={`${area.label}: points answered`} />
            </div>
            <p class="review-area-intro">{area.intro}</p>
            {reviewPoints
              .filter((p) => p.area === area.id)
              .map((point) => {
                const answer = state.answers[point.id] ?? {};
                const tools = findingToolLinks(point.topic, null);
                return (
                  <article
                    class="review-point card"
                    id={`point-${point.number}`}
                    key={point.id}
                    data-point={point.id}
                    data-status={answer.status ?? 'open'}
                  >
                    <h3>
                      <span class="review-point-number">{point.number}.</span> {point.check}
                    </h3>
                    <dl class="review-point-rules">
                      <div>
                        <dt>Collect (read-only)</dt>
                        <dd>{point.collect}</dd>
                      </div>
                      <div>
                        <dt>Red flag</dt>
                        <dd>{point.redFlag}</dd>
                      </div>
                      <div>
                        <dt>Explained in</dt>
                        <dd>
                          {point.sources.map((key, i) => (
                            <span key={key}>
                              {i > 0 && '; '}
                              <a href={sourceHrefs[key]}>{reviewSources[key].title}</a>
                            </span>
                          ))}
                          {tools.map((t) => (
                            <span key={t.toolId}>
                              {'; '}
                              <a href={t.href}>{t.label}</a> (tool)
                            </span>
                          ))}
                        </dd>
                      </div>
                    </dl>
                    <PointForm
                      point={point}
                      answer={answer}
                      saved={saved}
                      onChange={(next) => setAnswer(point.id, next)}
                    />
                  </article>
                );
              })}
          </section>
        ))}
      </div>

      <section class="review-own-report" id="your-report" aria-labelledby="your-report-title" hidden={!showReport}>
        <h2 id="your-report-title" tabIndex={-1} ref={reportHeading}>
          Your report: {title}
        </h2>
        <div class="review-report-actions no-print">
          <button
            type="button"
            class="kit-button"
            onClick={() => {
              downloadText(
                fileName(state.scope.name, 'md'),
                reportMarkdown(report, { title, siteUrl: location.origin }),
                'text/markdown;charset=utf-8',
              );
              setStatus('Report downloaded as Markdown.');
            }}
          >
            Download Markdown
          </button>
          <button type="button" class="kit-button" onClick={printReport}>
            Print or save as PDF
          </button>
          <button
            type="button"
            class="kit-button"
            onClick={async () => {
              const text = reportSummaryText(report, state.scope.name);
              const copied = await copyText(text);
              setSummary(copied ? '' : text);
              setStatus(
                copied ? 'Summary copied: totals and ranked titles, no evidence or links.' : 'Copy the summary below.',
              );
            }}
          >
            Copy summary
          </button>
        </div>
        {summary && (
          <div class="review-field review-field-wide no-print">
            <label for="review-summary-text">Summary to copy</label>
            <textarea id="review-summary-text" readOnly rows={8} value={summary} />
          </div>
        )}
        {showReport && <ReportView report={report} level={3} idPrefix="own" />}
      </section>
    </div>
  );
}
