/**
 * The page's analysis runner: the watchdog and restart logic shared with the CLI (the library's
 * analysis-watchdog.ts), driving the page's Web Worker (readiness-worker.ts).
 */
import type { WorkerLike } from '../../lib/readiness/page';

export {
  createAnalysisRunner,
  RunError,
  skipMessage,
  type AnalysisRunner,
  type RunCallbacks,
  type RunErrorKind,
  type RunnerOptions,
  type RunProgress,
  type RunRequest,
  type SkippedStatement,
  type WorkerLike,
} from '../../lib/readiness/page';

/** Starts the real worker as a module worker; Vite bundles readiness-worker.ts and PGlite as their own chunks. */
export function createReadinessWorker(): WorkerLike {
  return new Worker(new URL('./readiness-worker.ts', import.meta.url), {
    type: 'module',
    name: 'migration-readiness',
  }) as unknown as WorkerLike;
}
