/**
 * The whole step on a small built site written here: a "framework" module whose state the renderer and the
 * components must share, two components, a renderer, pages loading one or two islands, a page whose island
 * imports on demand, and a worker named by URL only.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleIslandsPerPage, type IslandBundleReport } from '../../../../src/lib/island-bundles/index';
import { pageIslands } from '../../../../src/lib/island-bundles/page-islands';

const modules: Record<string, string> = {
  'framework.F1.js': 'export const registry = []; export function unusedHere() { return "only other tools use this"; }',
  'client.R1.js': 'import { registry } from "./framework.F1.js"; export default () => registry;',
  'Ri.A1.js':
    'import { registry } from "./framework.F1.js"; export default function Ri() { registry.push("ri"); return new URL("/_astro/worker.W1.js", import.meta.url); }',
  'Oracle.B1.js':
    'import { registry } from "./framework.F1.js"; export default function Oracle() { registry.push("oracle"); }',
  'Lazy.C1.js':
    'import { registry } from "./framework.F1.js"; export default () => import("./later.D1.js").then(() => registry);',
  'later.D1.js': 'import { registry } from "./framework.F1.js"; registry.push("later");',
  'worker.W1.js': 'self.onmessage = () => {};',
  'orphan.O1.js': 'export const nobody = 1;',
};

const island = (component: string) =>
  `<astro-island uid="u" component-url="/_astro/${component}" component-export="default" renderer-url="/_astro/client.R1.js" ssr client="load"></astro-island>`;

let dist: string;
let report: IslandBundleReport;
const page = (path: string) => readFile(join(dist, path, 'index.html'), 'utf8');

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'island-bundles-'));
  await mkdir(join(dist, '_astro'));
  for (const [name, code] of Object.entries(modules)) await writeFile(join(dist, '_astro', name), code);
  const pages: Record<string, string> = {
    'tools/ri': island('Ri.A1.js'),
    'embed/ri': island('Ri.A1.js'),
    article: island('Ri.A1.js') + island('Oracle.B1.js'),
    lazy: island('Lazy.C1.js'),
    about: '<p>no islands</p>',
  };
  for (const [path, body] of Object.entries(pages)) {
    await mkdir(join(dist, path), { recursive: true });
    await writeFile(join(dist, path, 'index.html'), `<html><body>${body}</body></html>`);
  }
  report = await bundleIslandsPerPage(dist);
});

afterAll(() => rm(dist, { recursive: true, force: true }));

describe('bundleIslandsPerPage', () => {
  it('gives a page and its embed the same one bundle, and a page of two tools one bundle of both', async () => {
    const [ri, embed, article] = [await page('tools/ri'), await page('embed/ri'), await page('article')];
    const url = (html: string) => pageIslands(html)!.map((island) => [island.componentUrl, island.rendererUrl]);
    expect(url(ri)).toEqual(url(embed));
    expect(url(ri)[0]![0]).toMatch(/^\/_astro\/islands-Ri\.[\w-]{8}\.js$/);
    expect(
      url(article)
        .flat()
        .every((u) => /^\/_astro\/islands-Ri-Oracle\.[\w-]{8}\.js$/.test(u)),
    ).toBe(true);
    expect(report.pages).toBe(3);
    expect(report.bundles).toHaveLength(2);
  });

  it('bundles the framework once, with the renderer, so both islands of a page share its state', async () => {
    const islands = pageIslands(await page('article'))!;
    const bundle = await import(pathToFileURL(join(dist, islands[0]!.componentUrl)).href);
    bundle[islands[0]!.componentExport]();
    bundle[islands[1]!.componentExport]();
    expect(bundle.default()).toEqual(['ri', 'oracle']);
    const code = await readFile(join(dist, islands[0]!.componentUrl), 'utf8');
    expect(code).not.toContain('only other tools use this');
    expect(code).toContain('/_astro/worker.W1.js');
  });

  it('leaves a page whose island imports on demand as Astro built it', async () => {
    expect(pageIslands(await page('lazy'))![0]!.componentUrl).toBe('/_astro/Lazy.C1.js');
    expect(report.keptAsBuilt).toEqual(['/_astro/Lazy.C1.js']);
  });

  it('removes the scripts no page loads any more, and keeps workers and what kept pages load', async () => {
    const left = await readdir(join(dist, '_astro'));
    for (const name of ['Lazy.C1.js', 'later.D1.js', 'framework.F1.js', 'client.R1.js', 'worker.W1.js']) {
      expect(left).toContain(name);
    }
    for (const name of ['Ri.A1.js', 'Oracle.B1.js', 'orphan.O1.js'])
      expect(existsSync(join(dist, '_astro', name))).toBe(false);
    expect(report.pruned.sort()).toEqual(['Oracle.B1.js', 'Ri.A1.js', 'orphan.O1.js']);
  });
});
