import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveDirectory } from '../harness/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the built site, served locally. */
    baseUrl: string;
    /** A second origin, for pages that must come from "another site" (embeds). */
    otherOrigin: string;
    /** Absolute path of dist/. */
    distDir: string;
  }
}

/** Serves dist/ on a free port, plus a second origin for cross-site tests, for the whole e2e run. */
export default async function setup(project: TestProject) {
  const distDir = resolve('dist');
  if (!existsSync(resolve(distDir, 'index.html'))) {
    throw new Error('dist/index.html is missing: run `npm run build` before the e2e tests (npm test does both).');
  }
  const site = await serveDirectory(distDir);
  const other = await serveDirectory(resolve('test/fixtures/other-origin'));
  project.provide('baseUrl', site.url);
  project.provide('otherOrigin', other.url);
  project.provide('distDir', distDir);
  return async () => {
    await Promise.all([site.close(), other.close()]);
  };
}
