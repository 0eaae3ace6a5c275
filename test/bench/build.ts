/**
 * `npm run bench:build`: cold and warm build times with the real feeds, articles per second, and proof from the
 * loader's own counters that a warm rebuild with no feed change reprocesses nothing. Reads the corpus from
 * BREAKEVEN_FEEDS, else ../shared/corpus/feeds (CI layout), else ../../shared/corpus/feeds (a worktree).
 * Timings are printed, never asserted: the machine is shared. The one hard check is `processed === 0` when warm.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LoadReport } from '../../src/lib/feeds/loader.ts';

/** Written by the loader after every load (loadReportFile in src/lib/feeds/astro-loader.ts). */
const loadReportFile = 'node_modules/.cache/breakeven/feed-load-report.json';

const corpus =
  process.env.BREAKEVEN_FEEDS ??
  ['../shared/corpus/feeds', '../../shared/corpus/feeds'].map((path) => resolve(path)).find((path) => existsSync(path));
if (!corpus) {
  console.error('No corpus: set BREAKEVEN_FEEDS to the feeds to build (e.g. ../shared/corpus/feeds).');
  process.exit(1);
}

function build(label: string): { seconds: number; report: LoadReport; pages: number } {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['src/cli/build.ts'], {
    env: { ...process.env, BREAKEVEN_FEEDS: corpus },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
    throw new Error(`${label} build failed`);
  }
  const pages = Number(/(\d+) page\(s\) built/.exec(result.stdout)?.[1] ?? 0);
  return { seconds, report: JSON.parse(readFileSync(loadReportFile, 'utf8')) as LoadReport, pages };
}

console.log(`Benchmark: building with BREAKEVEN_FEEDS=${corpus}`);
for (const path of ['dist', 'node_modules/.astro', 'node_modules/.cache/breakeven', '.astro']) {
  rmSync(path, { recursive: true, force: true });
}
const cold = build('cold');
const warm = build('warm');

const row = (label: string, run: ReturnType<typeof build>) =>
  `${label.padEnd(5)} ${run.seconds.toFixed(1).padStart(6)} s total, loader ${(run.report.durationMs / 1000).toFixed(1).padStart(5)} s, ` +
  `${String(run.report.processed).padStart(4)} items processed, ${run.report.articles} articles, ${run.pages} pages`;
console.log(row('cold', cold));
console.log(row('warm', warm));
console.log(
  `articles per second (cold): ${(cold.report.articles / cold.seconds).toFixed(1)} for the whole build, ` +
    `${(cold.report.processed / (cold.report.durationMs / 1000)).toFixed(1)} in the loader`,
);
for (const feed of cold.report.feeds) {
  console.log(
    `  ${feed.id}: ${feed.read} read, ${feed.new} new, ${feed.skipped.length} skipped${feed.error ? ` (${feed.error})` : ''}`,
  );
}
if (warm.report.processed !== 0) {
  console.error(
    `A warm rebuild with no feed change reprocessed ${warm.report.processed} items; it must reprocess none.`,
  );
  process.exitCode = 1;
} else {
  console.log('Warm rebuild reprocessed 0 items: digests hold.');
}
