/**
 * The page's Web Worker (readiness-worker.ts) for the library's analysis runner, whose watchdog and restart logic
 * the CLI shares (createAnalysisRunner from page.ts).
 */
import type { WorkerLike } from '../../lib/readiness/page';

/** Starts the real worker as a module worker; Vite bundles readiness-worker.ts and PGlite as their own chunks. */
export function createReadinessWorker(): WorkerLike {
  return new Worker(new URL('./readiness-worker.ts', import.meta.url), {
    type: 'module',
    name: 'migration-readiness',
  }) as unknown as WorkerLike;
}
