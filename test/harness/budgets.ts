/**
 * Size budgets over dist/, run by `npm test` after the build. Budgets are the only speed checks in the test
 * run: byte counts are exact and repeatable, timings on a shared 2-core machine are not.
 *
 * For every HTML page it measures, gzipped: the HTML itself, the CSS it links or inlines, and its JavaScript in
 * three parts:
 *   - initial: what loads before any user action (script tags, inline scripts, island components and renderers,
 *     and everything those import statically);
 *   - lazy: everything the page can load later (dynamic imports, workers, and their own imports), except
 *   - heavy engines: chunks whose file name matches `heavyEngines` (PGlite, tokenizers). They load only when the
 *     visitor asks, behind a progress indicator, and are reported but not budgeted.
 * A tool page's budget covers initial + lazy: everything it can load short of a heavy engine.
 */
import { readdir, readFile, stat, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const budgets = {
  /** A page with no tool ships no JavaScript file at all. */
  pageWithoutToolJsFiles: 0,
  /** The one inline script such a page may carry: the theme bootstrap (see ThemeScript.astro). */
  themeScriptGzip: 1024,
  /**
   * The search page is the one page without a tool allowed a script: its small Pagefind client. The Pagefind
   * engine, its WebAssembly and index chunks load only when the visitor types a query, so they are not counted.
   */
  searchPageJsGzip: 4 * 1024,
  /**
   * All JavaScript a tool page can load (initial and lazy chunks), heavy engines aside. Migration readiness is the
   * largest (47.2 KB on its embed, of which 11.4 KB lazy: report view, findings, effort model); licensing,
   * warehouse and the review checklist measure 23.7 to 32.1 KB.
   */
  toolPageJsGzip: 48 * 1024,
  /**
   * The same for the page and embed of an AI tool (`aiTools`): the kit, the list editor, the price catalog and the
   * cost engine, checked by hand without zod, in one bundle per page (src/lib/island-bundles). They measure 30.4
   * (token counter) to 37.5 KB (feature cost embed).
   */
  aiToolPageJsGzip: 38 * 1024,
  /**
   * The same for the page and embed of a simple calculator (`simpleTools`): the kit, Preact and a small model, in
   * one bundle per page. They measure 25.5 to 26.3 KB.
   */
  simpleToolPageJsGzip: 27 * 1024,
  /** HTML of any one page. Long imported articles with inline diagrams are the largest. */
  htmlGzip: 120 * 1024,
  /** CSS one page links and inlines. */
  cssGzip: 30 * 1024,
} as const;

/**
 * Chunks allowed outside a tool page's JavaScript budget: engines that load only on demand. A tool that adds one
 * imports it through a module whose file name matches (e.g. `src/tools/<id>/pglite-engine.ts` becomes
 * `_astro/pglite-engine.<hash>.js`), adds a line here, and shows progress while it loads. Keep the list short.
 */
export const heavyEngines: { name: string; pattern: RegExp }[] = [
  { name: 'PGlite (PostgreSQL in WebAssembly, migration readiness)', pattern: /(^|\/)[^/]*pglite[^/]*\.m?js$/i },
  {
    name: 'migration readiness worker (the analysis engine that drives PGlite)',
    pattern: /(^|\/)readiness-worker[^/]*\.m?js$/i,
  },
  // The token-counting worker (src/lib/tokenizers/tokenizer-worker.ts) and the OpenAI encodings it imports on
  // demand (gpt-tokenizer/encoding/*); their shared core is in their closure. Nothing else matches.
  { name: 'tokenizer worker (AI token tools)', pattern: /(^|\/)tokenizer-worker[-.][\w-]+\.m?js$/ },
  {
    name: 'OpenAI encodings (gpt-tokenizer)',
    pattern: /(^|\/)(o200k_base|cl100k_base|p50k_base|r50k_base)[-.][\w-]+\.m?js$/,
  },
];

/**
 * Tools held to `simpleToolPageJsGzip` on their own page (/tools/<id>/) and embed (/embed/<id>/): no list
 * fields, examples or comparisons, no price catalog.
 */
export const simpleTools: readonly string[] = ['reserved-instance-roi', 'oracle-to-postgres-savings'];

/** Tools held to `aiToolPageJsGzip` on their page and embed. Every other tool keeps `toolPageJsGzip`. */
export const aiTools: readonly string[] = ['llm-feature-cost', 'prompt-token-counter', 'ai-coding-assistant-roi'];

/** The JavaScript budget of a page holding a tool: its group's budget for a tool's own page or embed. */
export function toolPageBudget(page: string): number {
  const id = /^\/(?:tools|embed)\/([^/]+)\/$/.exec(page)?.[1];
  if (id !== undefined && simpleTools.includes(id)) return budgets.simpleToolPageJsGzip;
  if (id !== undefined && aiTools.includes(id)) return budgets.aiToolPageJsGzip;
  return budgets.toolPageJsGzip;
}

/** Pages without a tool that may load JavaScript, each with its own budget (see `budgets`). */
export const scriptAllowances: Record<string, number> = {
  '/search/': budgets.searchPageJsGzip,
};

export interface PageReport {
  page: string;
  holdsTool: boolean;
  htmlGzip: number;
  cssGzip: number;
  /** JavaScript loaded before any user action. */
  jsFiles: string[];
  /** Gzipped size of `jsFiles` plus inline scripts. */
  jsGzip: number;
  inlineScriptGzip: number;
  /** Chunks the page can load later (dynamic imports, workers), heavy engines excepted. */
  lazyChunks: string[];
  lazyGzip: number;
  /** Everything a tool page's budget covers: initial and lazy. */
  totalJsGzip: number;
  /** Heavy engine chunks (see `heavyEngines`), with what they import that nothing else does. */
  heavyChunks: string[];
  heavyGzip: number;
  /** An island on the page takes Preact signals as props (the browser build leaves their runtime out). */
  passesSignals: boolean;
}

const gzipSizeCache = new Map<string, number>();

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

async function gzipSizeOf(file: string): Promise<number> {
  let size = gzipSizeCache.get(file);
  if (size === undefined) {
    size = gz(await readFile(file));
    gzipSizeCache.set(file, size);
  }
  return size;
}

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** Resolves a URL found in a page or module to a file in dist/, or undefined for other origins. */
function toDistFile(dist: string, url: string, fromFile: string): string | undefined {
  if (/^(https?:)?\/\//.test(url) || url.startsWith('data:')) return undefined;
  const path = url.split(/[?#]/)[0]!;
  if (path.startsWith('/')) return join(dist, path);
  return join(dirname(fromFile), path);
}

const staticImport = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
const dynamicImport = /\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g;
/**
 * Workers and other modules loaded by URL: `new Worker(new URL("./x.js", import.meta.url))`, or as Vite writes it
 * in a production build, new URL(`/_astro/x.js`, `` + import.meta.url).
 */
const urlModule = /\bnew\s+URL\(\s*["'`]([^"'`]+\.m?js)["'`]\s*,\s*(?:(?:""|''|``)\s*\+\s*)?import\.meta\.url\s*\)/g;

/** True for a chunk allowed outside the budget. */
export function isHeavyEngine(file: string): boolean {
  const path = file.split('\\').join('/');
  return heavyEngines.some((engine) => engine.pattern.test(path));
}

/**
 * Adds the module and everything it imports statically to `seen`; modules it loads later (dynamic imports,
 * workers) go to `deferred`, as dist files.
 */
async function moduleClosure(dist: string, entry: string, seen: Set<string>, deferred: Set<string>): Promise<void> {
  if (seen.has(entry)) return;
  seen.add(entry);
  let source: string;
  try {
    source = await readFile(entry, 'utf8');
  } catch {
    throw new Error(`A page loads ${relative(dist, entry)}, which is not in dist/.`);
  }
  for (const pattern of [dynamicImport, urlModule]) {
    for (const match of source.matchAll(pattern)) {
      const file = toDistFile(dist, match[1]!, entry);
      if (file) deferred.add(file);
    }
  }
  for (const match of source.replace(dynamicImport, '').replace(urlModule, '').matchAll(staticImport)) {
    const file = toDistFile(dist, match[1]!, entry);
    if (file && /\.m?js$/.test(file)) await moduleClosure(dist, file, seen, deferred);
  }
}

/**
 * Follows deferred loads from the initial modules: ordinary ones (and all they import or load in turn) into
 * `lazy`, heavy engines into `heavy`. Ordinary chunks are walked first, so a module both an engine and an ordinary
 * chunk import counts against the budget.
 */
async function deferredClosure(dist: string, initial: Set<string>, deferred: Set<string>) {
  const lazy = new Set<string>();
  const heavy = new Set<string>();
  const engines: string[] = [];
  const queue = [...deferred];
  const known = new Set<string>(initial);
  while (queue.length > 0) {
    const entry = queue.shift()!;
    if (known.has(entry)) continue;
    if (isHeavyEngine(relative(dist, entry))) {
      engines.push(entry);
      continue;
    }
    const found = new Set<string>();
    const more = new Set<string>();
    await moduleClosure(dist, entry, found, more);
    for (const file of found) {
      if (known.has(file)) continue;
      lazy.add(file);
      known.add(file);
    }
    queue.push(...more);
  }
  // Everything an engine imports or loads in turn (encodings and their shared core) is heavy, unless counted above.
  const engineQueue = [...engines];
  const walked = new Set<string>();
  while (engineQueue.length > 0) {
    const engine = engineQueue.shift()!;
    if (walked.has(engine) || known.has(engine)) continue;
    walked.add(engine);
    const found = new Set<string>();
    const more = new Set<string>();
    await moduleClosure(dist, engine, found, more);
    for (const file of found) if (!known.has(file) && /\.m?js$/.test(file)) heavy.add(file);
    engineQueue.push(...more);
  }
  return { lazy, heavy };
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

export async function measurePage(dist: string, htmlFile: string): Promise<PageReport> {
  const html = await readFile(htmlFile, 'utf8');
  const page =
    '/' +
    relative(dist, htmlFile)
      .replace(/index\.html$/, '')
      .split('\\')
      .join('/');
  const entries = new Set<string>();
  let inlineScriptGzip = 0;
  let inlineScripts = '';

  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attributes = match[1] ?? '';
    const body = match[2] ?? '';
    const src = attr(attributes, 'src');
    const type = attr(attributes, 'type');
    if (type && !/module|javascript/.test(type)) continue; // JSON-LD and other data blocks
    if (src) {
      const file = toDistFile(dist, src, htmlFile);
      if (file) entries.add(file);
    } else {
      inlineScripts += body;
      for (const imported of body.matchAll(staticImport)) {
        const file = toDistFile(dist, imported[1]!, htmlFile);
        if (file) entries.add(file);
      }
    }
  }
  if (inlineScripts) inlineScriptGzip = gz(inlineScripts);
  for (const match of html.matchAll(/<astro-island\b[^>]*>/g)) {
    for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const url = attr(match[0], name);
      if (url) {
        const file = toDistFile(dist, url, htmlFile);
        if (file) entries.add(file);
      }
    }
  }
  for (const match of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)) {
    const file = toDistFile(dist, attr(match[0], 'href') ?? '', htmlFile);
    if (file) entries.add(file);
  }

  const seen = new Set<string>();
  const deferred = new Set<string>();
  for (const entry of entries) await moduleClosure(dist, entry, seen, deferred);
  let jsGzip = inlineScriptGzip;
  for (const file of seen) jsGzip += await gzipSizeOf(file);
  const { lazy, heavy } = await deferredClosure(dist, seen, deferred);
  let lazyGzip = 0;
  for (const file of lazy) lazyGzip += await gzipSizeOf(file);
  let heavyGzip = 0;
  for (const file of heavy) heavyGzip += (await fileExists(file)) ? await gzipSizeOf(file) : 0;

  let cssGzip = 0;
  for (const match of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)) {
    const file = toDistFile(dist, attr(match[0], 'href') ?? '', htmlFile);
    if (file) cssGzip += await gzipSizeOf(file);
  }
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  if (inlineCss) cssGzip += gz(inlineCss);

  return {
    page,
    holdsTool: /<astro-island\b/.test(html),
    htmlGzip: gz(html),
    cssGzip,
    jsFiles: [...seen].map((file) => relative(dist, file)),
    jsGzip,
    inlineScriptGzip,
    lazyChunks: [...lazy].map((file) => relative(dist, file)),
    lazyGzip,
    totalJsGzip: jsGzip + lazyGzip,
    heavyChunks: [...heavy].map((file) => relative(dist, file)),
    heavyGzip,
    passesSignals: /<astro-island\b[^>]*\sdata-preact-signals=/.test(html),
  };
}

async function fileExists(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Every budget a page breaks, as sentences. */
export function violations(report: PageReport): string[] {
  const problems: string[] = [];
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const allowance = scriptAllowances[report.page];
  if (report.passesSignals) {
    problems.push(
      `${report.page} passes Preact signals to an island; the browser build stubs @preact/signals out (astro.config.mjs)`,
    );
  }
  if (!report.holdsTool && allowance !== undefined) {
    if (report.jsGzip > allowance) {
      problems.push(`${report.page} loads ${kb(report.jsGzip)} of JavaScript (its allowance is ${kb(allowance)})`);
    }
  } else if (!report.holdsTool) {
    if (report.jsFiles.length > budgets.pageWithoutToolJsFiles) {
      problems.push(`${report.page} holds no tool but loads JavaScript: ${report.jsFiles.join(', ')}`);
    }
    if (report.inlineScriptGzip > budgets.themeScriptGzip) {
      problems.push(
        `${report.page} holds no tool but inlines ${kb(report.inlineScriptGzip)} of script (theme bootstrap budget ${kb(budgets.themeScriptGzip)})`,
      );
    }
  } else if (report.totalJsGzip > toolPageBudget(report.page)) {
    problems.push(
      `${report.page} can load ${kb(report.totalJsGzip)} of JavaScript (${kb(report.jsGzip)} initial + ${kb(report.lazyGzip)} lazy; budget ${kb(toolPageBudget(report.page))}, heavy engines aside)`,
    );
  }
  if (report.htmlGzip > budgets.htmlGzip) {
    problems.push(`${report.page} HTML is ${kb(report.htmlGzip)} gzipped (budget ${kb(budgets.htmlGzip)})`);
  }
  if (report.cssGzip > budgets.cssGzip) {
    problems.push(`${report.page} CSS is ${kb(report.cssGzip)} gzipped (budget ${kb(budgets.cssGzip)})`);
  }
  return problems;
}

async function main(dist: string) {
  const htmlFiles: string[] = [];
  let distBytes = 0;
  for await (const file of walk(dist)) {
    distBytes += (await stat(file)).size;
    if (file.endsWith('.html')) htmlFiles.push(file);
  }
  if (htmlFiles.length === 0) throw new Error(`No HTML in ${dist}: run the build first.`);
  const reports = await Promise.all(htmlFiles.sort().map((file) => measurePage(dist, file)));
  const problems = reports.flatMap(violations);

  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const withoutTools = reports.filter((report) => !report.holdsTool && scriptAllowances[report.page] === undefined);
  const toolPages = reports.filter((report) => report.holdsTool);
  const largest = [...reports].sort((a, b) => b.htmlGzip - a.htmlGzip)[0]!;
  console.log(
    `Size budgets over ${relative(process.cwd(), dist) || '.'}/ (${htmlFiles.length} pages, ${kb(distBytes)} KB on disk)`,
  );
  console.log(
    `  pages without a tool: ${withoutTools.length}, JavaScript files loaded: ${withoutTools.reduce((n, r) => n + r.jsFiles.length, 0)}, ` +
      `inline theme script ≤ ${kb(Math.max(0, ...withoutTools.map((r) => r.inlineScriptGzip)))} KB gz`,
  );
  for (const report of reports.filter((r) => scriptAllowances[r.page] !== undefined)) {
    console.log(
      `  ${report.page} (allowed a script): ${kb(report.jsGzip)} KB gz JavaScript in ${report.jsFiles.length} files`,
    );
  }
  for (const report of toolPages) {
    console.log(
      `  tool page ${report.page}: ${kb(report.totalJsGzip)} KB gz JavaScript in total ` +
        `(${kb(report.jsGzip)} KB initial in ${report.jsFiles.length} files + ${kb(report.lazyGzip)} KB in ${report.lazyChunks.length} lazy chunks)` +
        (report.heavyChunks.length
          ? `; heavy engines outside the budget: ${kb(report.heavyGzip)} KB in ${report.heavyChunks.length} chunks`
          : ''),
    );
  }
  console.log(
    `  largest HTML: ${largest.page} ${kb(largest.htmlGzip)} KB gz; largest CSS per page: ${kb(Math.max(...reports.map((r) => r.cssGzip)))} KB gz`,
  );

  await mkdir('test/artifacts', { recursive: true });
  await writeFile('test/artifacts/budgets.json', JSON.stringify({ budgets, distBytes, reports }, null, 2));

  if (problems.length > 0) {
    console.error(`\n${problems.length} budget(s) exceeded:\n  - ${problems.join('\n  - ')}`);
    process.exitCode = 1;
  } else {
    console.log('All budgets met.');
  }
}

if (process.argv[1] && import.meta.filename === resolve(process.argv[1]))
  await main(resolve(process.argv[2] ?? 'dist'));
