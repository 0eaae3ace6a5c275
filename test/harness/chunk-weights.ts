/**
 * What each source module weighs in the JavaScript of one tool page, to decide what to cut before guessing.
 * Build with source maps, measure the budgets, then weigh a page:
 *   BREAKEVEN_SOURCEMAP=1 npm run build:test && npm run test:budgets
 *   node test/harness/chunk-weights.ts /tools/llm-feature-cost/ [more pages]
 * For every chunk the page can load (initial and lazy, as test/harness/budgets.ts counts them) it prints the
 * chunk's gzipped size and its modules, each with its share of that size (bytes of minified code, from the source
 * map, times the chunk's gzip ratio) and its size gzipped alone (an upper bound: gzip shares context across
 * modules). Bytes no map entry covers (JSON imports, bundler glue) show as "(unmapped)".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one source-map segment's base64 VLQ fields. */
function decodeSegment(segment: string): number[] {
  const fields: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = base64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return fields;
}

/** The minified code of a chunk, split by the source module each stretch comes from. */
function codeByModule(code: string, map: { sources: string[]; mappings: string }): Map<string, string> {
  const byModule = new Map<string, string>();
  const add = (module: string, text: string) => byModule.set(module, (byModule.get(module) ?? '') + text);
  const lines = code.split('\n');
  let source = 0;
  map.mappings.split(';').forEach((mapped, index) => {
    const line = lines[index] ?? '';
    let column = 0;
    let start = 0;
    let current = '(unmapped)';
    for (const segment of mapped.split(',').filter(Boolean)) {
      const [columnDelta = 0, sourceDelta] = decodeSegment(segment);
      column += columnDelta;
      add(current, line.slice(start, column));
      start = column;
      if (sourceDelta === undefined) current = '(unmapped)';
      else {
        source += sourceDelta;
        current = (map.sources[source] ?? '(unmapped)').replace(/^.*?node_modules\//, '').replace(/^(\.\.\/)+/, '');
      }
    }
    add(current, line.slice(start));
  });
  return byModule;
}

const gzip = (text: string) => gzipSync(text, { level: 9 }).length;
const kb = (bytes: number) => (bytes / 1024).toFixed(2).padStart(6);

/** Prints the weights of every chunk a page loads. */
function weighPage(dist: string, page: { page: string; jsFiles: string[]; lazyChunks: string[] }) {
  console.log(`\n${page.page}`);
  for (const file of [...page.jsFiles, ...page.lazyChunks]) {
    const code = readFileSync(join(dist, file), 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '');
    const chunkGzip = gzip(code);
    console.log(`  ${kb(chunkGzip)} KB gz  ${file}`);
    let map;
    try {
      map = JSON.parse(readFileSync(join(dist, `${file}.map`), 'utf8'));
    } catch {
      console.log('           (no source map: build with BREAKEVEN_SOURCEMAP=1)');
      continue;
    }
    const rows = [...codeByModule(code, map)].map(([module, text]) => ({
      module,
      share: (text.length / Math.max(1, code.length)) * chunkGzip,
      alone: gzip(text),
    }));
    for (const row of rows.sort((a, b) => b.share - a.share).filter((r) => r.share >= 50)) {
      console.log(`    ${kb(row.share)} share  ${kb(row.alone)} alone  ${row.module}`);
    }
  }
}

const dist = 'dist';
const report = JSON.parse(readFileSync('test/artifacts/budgets.json', 'utf8')) as {
  reports: { page: string; jsFiles: string[]; lazyChunks: string[] }[];
};
const wanted = process.argv.slice(2);
if (wanted.length === 0) console.error('Name one or more pages, e.g. /tools/llm-feature-cost/');
for (const page of wanted) {
  const found = report.reports.find((candidate) => candidate.page === page);
  if (!found) console.error(`${page} is not in test/artifacts/budgets.json: run npm run test:budgets first.`);
  else weighPage(dist, found);
}
