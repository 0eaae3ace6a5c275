/**
 * `npm run audit`: Lighthouse (mobile preset, simulated throttling) with Debian's Chromium on the home page,
 * an article and a tool page of the built site, served locally with gzip like a static host would.
 * Prints the four category scores per page and exits non-zero when one misses its target.
 * Usage: npm run audit [-- /path/one/ /path/two/]   (builds first when dist/ is missing)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from './browser.ts';
import { serveDirectory } from './static-server.ts';

const targets = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
type Category = keyof typeof targets;

const dist = resolve('dist');
if (!existsSync(resolve(dist, 'index.html'))) {
  console.log('dist/ is missing: building first.');
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit' });
}

/** An article and a tool page from what the build produced, so the audit follows the content. */
function defaultPaths(): string[] {
  const paths = ['/'];
  const firstDir = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true }).find(
          (entry) => entry.isDirectory() && existsSync(resolve(dir, entry.name, 'index.html')),
        )
      : undefined;
  const article = firstDir(resolve(dist, 'articles'));
  if (article) paths.push(`/articles/${article.name}/`);
  const tool = firstDir(resolve(dist, 'tools'));
  if (tool) paths.push(`/tools/${tool.name}/`);
  return paths;
}

const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : defaultPaths();
const server = await serveDirectory(dist);
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: ['--headless=new', ...chromiumArgs],
});

let failed = false;
try {
  console.log(`Lighthouse ${targets.performance}+ performance, 100 elsewhere; ${paths.length} pages\n`);
  console.log('page'.padEnd(56) + 'perf  a11y  best  seo');
  for (const path of paths) {
    const result = await lighthouse(new URL(path, server.url).href, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(targets),
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { categories, audits } = result.lhr;
    const scores = (Object.keys(targets) as Category[]).map((key) => Math.round((categories[key]?.score ?? 0) * 100));
    console.log(path.padEnd(56) + scores.map((score) => String(score).padEnd(6)).join(''));
    (Object.keys(targets) as Category[]).forEach((key, index) => {
      if (scores[index]! < targets[key]) {
        failed = true;
        const missed = (categories[key]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${ref.id} (${audits[ref.id]?.displayValue ?? audits[ref.id]?.score})`);
        console.log(`    ${key} below ${targets[key]}: ${missed.join(', ') || 'see the full report'}`);
      }
    });
    const metrics = [
      'first-contentful-paint',
      'largest-contentful-paint',
      'total-blocking-time',
      'cumulative-layout-shift',
    ]
      .map((id) => `${id.replace(/-/g, ' ')} ${audits[id]?.displayValue ?? '?'}`)
      .join(' · ');
    console.log(`    ${metrics}`);
  }
} finally {
  chrome.kill();
  await server.close();
}

if (failed) {
  console.error('\nAt least one score is below its target.');
  process.exitCode = 1;
}
