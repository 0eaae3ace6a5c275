/**
 * Size budgets over dist/, run by `npm test` after the build. Budgets are the only speed checks in the test
 * run: byte counts are exact and repeatable, timings on a shared 2-core machine are not.
 *
 * For every HTML page it measures, gzipped: the HTML itself, the CSS it links or inlines, and the JavaScript it
 * loads before any user action (script tags, island components and renderers, and everything those import
 * statically). Dynamic imports (PGlite, tokenizers) load on demand and are reported separately, not budgeted here.
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
  /** All JavaScript a tool page loads before the visitor asks for a heavy engine. */
  toolPageJsGzip: 60 * 1024,
  /** HTML of any one page. Long imported articles with inline diagrams are the largest. */
  htmlGzip: 120 * 1024,
  /** CSS one page links and inlines. */
  cssGzip: 30 * 1024,
} as const;

/** Pages without a tool that may load JavaScript, each with its own budget (see `budgets`). */
export const scriptAllowances: Record<string, number> = {
  '/search/': budgets.searchPageJsGzip,
};

export interface PageReport {
  page: string;
  holdsTool: boolean;
  htmlGzip: number;
  cssGzip: number;
  jsFiles: string[];
  jsGzip: number;
  inlineScriptGzip: number;
  lazyChunks: string[];
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
const dynamicImport = /\bimport\(\s*["']([^"']+)["']\s*\)/g;

/** The module plus everything it imports statically; dynamic imports are collected as lazy chunks. */
async function moduleClosure(dist: string, entry: string, seen: Set<string>, lazy: Set<string>): Promise<void> {
  if (seen.has(entry)) return;
  seen.add(entry);
  let source: string;
  try {
    source = await readFile(entry, 'utf8');
  } catch {
    throw new Error(`A page loads ${relative(dist, entry)}, which is not in dist/.`);
  }
  for (const match of source.matchAll(dynamicImport)) {
    const file = toDistFile(dist, match[1]!, entry);
    if (file) lazy.add(relative(dist, file));
  }
  for (const match of source.replace(dynamicImport, '').matchAll(staticImport)) {
    const file = toDistFile(dist, match[1]!, entry);
    if (file && /\.m?js$/.test(file)) await moduleClosure(dist, file, seen, lazy);
  }
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
  const lazy = new Set<string>();
  for (const entry of entries) await moduleClosure(dist, entry, seen, lazy);
  let jsGzip = inlineScriptGzip;
  for (const file of seen) jsGzip += await gzipSizeOf(file);

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
    lazyChunks: [...lazy].filter((chunk) => !seen.has(join(dist, chunk))),
  };
}

/** Every budget a page breaks, as sentences. */
export function violations(report: PageReport): string[] {
  const problems: string[] = [];
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const allowance = scriptAllowances[report.page];
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
  } else if (report.jsGzip > budgets.toolPageJsGzip) {
    problems.push(`${report.page} loads ${kb(report.jsGzip)} of JavaScript (budget ${kb(budgets.toolPageJsGzip)})`);
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
      `  tool page ${report.page}: ${kb(report.jsGzip)} KB gz JavaScript in ${report.jsFiles.length} files` +
        (report.lazyChunks.length ? `, ${report.lazyChunks.length} lazy chunks` : ''),
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
