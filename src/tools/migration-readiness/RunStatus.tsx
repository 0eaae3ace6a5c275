/**
 * Progress while an analysis runs: bytes while PGlite downloads, a busy bar while PostgreSQL starts and the script
 * is converted, then one step per statement. Screen readers hear each phase once, not every statement.
 */
import { kindLabels, type ObjectKind } from '../../lib/readiness/page';
import type { RunProgress, SkippedStatement } from '../../lib/readiness/page';
import { formatBytes } from './model';

interface Props {
  idPrefix: string;
  progress?: RunProgress;
  skipped: readonly SkippedStatement[];
  onCancel(): void;
  cancelling: boolean;
  /** PostgreSQL already runs in the worker (an earlier analysis started it). */
  engineReady: boolean;
}

const kindLabel = (kind: string) => kindLabels[kind as ObjectKind] ?? kind;

/** The phase in words (announced once per phase) and the detail line under the bar. */
function describe(
  progress: RunProgress | undefined,
  engineReady: boolean,
): { phase: string; detail: string; value?: number; max?: number } {
  if (!progress)
    return engineReady
      ? { phase: 'Converting the script…', detail: 'Splitting it into objects and applying the conversion rules.' }
      : { phase: 'Starting the analysis…', detail: 'Loading the analysis engine.' };
  const again = progress.restart > 0 ? ' again' : '';
  if (progress.phase === 'loading-engine') {
    if (progress.step === 'download')
      return {
        phase: `Downloading PostgreSQL (PGlite)${again}…`,
        detail: `${formatBytes(progress.done)} of ${formatBytes(progress.total)}`,
        value: progress.done,
        max: progress.total,
      };
    return {
      phase: `Starting PostgreSQL${again}…`,
      detail:
        'Compiling the WebAssembly (on the first start) and loading the prepared database, then converting the script.',
    };
  }
  const current = progress.current
    ? `: ${kindLabel(progress.current.kind).toLowerCase()} ${progress.current.name} (line ${progress.current.line})`
    : '';
  return {
    phase: `Running the converted statements in PostgreSQL${again}…`,
    detail: `${progress.done.toLocaleString('en-US')} of ${progress.total.toLocaleString('en-US')} statements${current}`,
    value: progress.done,
    max: Math.max(1, progress.total),
  };
}

export function RunStatus({ idPrefix, progress, skipped, onCancel, cancelling, engineReady }: Props) {
  const { phase, detail, value, max } = describe(progress, engineReady);
  const labelId = `${idPrefix}-progress-label`;
  return (
    <section class="mr-progress" aria-labelledby={labelId} data-phase={progress?.phase ?? 'starting'}>
      <p class="mr-progress-phase" id={labelId} role="status" aria-live="polite">
        {phase}
      </p>
      {value === undefined ? (
        <progress class="mr-bar" aria-labelledby={labelId} />
      ) : (
        <progress class="mr-bar" aria-labelledby={labelId} value={value} max={max} />
      )}
      <div class="mr-progress-row">
        <p class="mr-progress-detail" data-metric="progress" data-value={value ?? ''}>
          {detail}
        </p>
        <button type="button" class="kit-button mr-cancel" onClick={onCancel} disabled={cancelling}>
          {cancelling ? 'Cancelling…' : 'Cancel'}
        </button>
      </div>
      {skipped.length > 0 && (
        <ul class="kit-warnings mr-skipped">
          {skipped.map((statement) => (
            <li key={statement.id}>
              {kindLabel(statement.kind)} {statement.name} (line {statement.line}) {statement.message}: it is reported
              as needing a manual check, and the analysis restarts without it.
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
