/**
 * The prepared PostgreSQL data directory (pglite-datadir.ts) on the Node side: made on first use with initdb, kept in
 * node_modules/.cache/breakeven/ under a name keyed on the PGlite version and the preparation statements, and loaded
 * by every later start (CLI, tests, benches). The build copies it where the browser worker imports it
 * (`generated/pglite-datadir.tar.gz`, gitignored), so a fresh clone needs nothing prepared: the first run makes it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import type { EngineDownload } from './engine-download.ts';
import { dumpPreparedDataDir, prepareStatements, preparedStartOptions } from './pglite-datadir.ts';

/** PGlite's package folder (node_modules/@electric-sql/pglite), found the way Node resolves it. */
const pgliteDir = resolve(dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite')), '..');

/** Where the build puts the tarball for the worker's `?url` import (gitignored). */
export const dataDirAsset = fileURLToPath(new URL('./generated/pglite-datadir.tar.gz', import.meta.url));

/** The files the browser downloads to run PostgreSQL: PGlite's WebAssembly, its share/ bundle and the data dir. */
export const browserEngineFiles = [
  join(pgliteDir, 'dist/pglite.wasm'),
  join(pgliteDir, 'dist/pglite.data'),
  dataDirAsset,
];

/** How the tarball is made beyond the statements (wal-trim.ts); a change here must change the cache key. */
const tarballFormat = 'wal-trimmed-1';

/** The cache file: its name changes with the PGlite version, the preparation statements and the tarball format. */
export function dataDirCachePath(): string {
  const version = (JSON.parse(readFileSync(join(pgliteDir, 'package.json'), 'utf8')) as { version: string }).version;
  const key = createHash('sha256')
    .update([...prepareStatements, tarballFormat].join(';\n'))
    .digest('hex')
    .slice(0, 12);
  return join(pgliteDir, '..', '..', '.cache', 'breakeven', `pglite-datadir-${version}-${key}.tar.gz`);
}

/** Runs initdb once (a few seconds) and writes the prepared tarball atomically, so parallel runs never read half. */
async function prepare(path: string): Promise<Uint8Array<ArrayBuffer>> {
  const started = performance.now();
  const pg = await PGlite.create();
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(gzipSync(await dumpPreparedDataDir(pg), { level: 9 }));
  } finally {
    await pg.close();
  }
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, path);
  console.error(
    `[pglite] prepared PostgreSQL's data directory in ${Math.round(performance.now() - started)} ms (${(bytes.length / 1e6).toFixed(1)} MB, cached in ${path})`,
  );
  return bytes;
}

/** The prepared data directory's bytes: from the cache, or made now and cached. */
export async function preparedDataDir(): Promise<Uint8Array<ArrayBuffer>> {
  const path = dataDirCachePath();
  if (existsSync(path)) return new Uint8Array(await readFile(path));
  return prepare(path);
}

/**
 * The prepared data directory as a plain tar, for Node: kept beside the gzip one so a start skips gunzip
 * (about 150 ms of CPU of the ~0.8 s a warm start takes; `npm run bench:readiness`).
 */
async function preparedTar(): Promise<Uint8Array<ArrayBuffer>> {
  const path = dataDirCachePath().replace(/\.gz$/, '');
  if (existsSync(path)) return new Uint8Array(await readFile(path));
  const tar = new Uint8Array(gunzipSync(await preparedDataDir()));
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, tar);
  await rename(temporary, path);
  return tar;
}

/**
 * Starts PGlite from the prepared data directory (no initdb). A cache that fails to load is made again, once.
 * `onDisk` (an empty directory) keeps the database's files there instead of in memory: PGlite's in-memory file system
 * holds every relation file and WAL segment in the process, which for a 10 MB schema (60,000 tables) was over 3 GB
 * (`npm run bench:readiness:big`); on disk, the memory stays what PostgreSQL itself uses.
 */
export async function startPostgres(onDisk?: string): Promise<PGlite> {
  const where = onDisk ? { dataDir: onDisk } : {};
  if (onDisk) await mkdir(onDisk, { recursive: true });
  try {
    return await PGlite.create({
      ...where,
      ...(await preparedStartOptions(await preparedTar(), PGlite.defaultStartParams)),
    });
  } catch (error) {
    const path = dataDirCachePath();
    if (!existsSync(path)) throw error;
    await rm(path, { force: true });
    await rm(path.replace(/\.gz$/, ''), { force: true });
    if (onDisk) {
      await rm(onDisk, { recursive: true, force: true });
      await mkdir(onDisk, { recursive: true });
    }
    return PGlite.create({ ...where, ...(await preparedStartOptions(await prepare(path), PGlite.defaultStartParams)) });
  }
}

/** Where the build writes the sizes of `browserEngineFiles`, for the page to say how much it downloads. */
export const engineDownloadJson = join(dirname(dataDirAsset), 'engine-download.json');

/**
 * Copies the prepared tarball where the worker imports it and writes the real sizes of the files the browser
 * downloads (engine-download.ts reads them into the page). Run by the build; returns the data directory's size.
 */
export async function writeDataDirAsset(): Promise<number> {
  await preparedDataDir();
  await mkdir(dirname(dataDirAsset), { recursive: true });
  await copyFile(dataDirCachePath(), dataDirAsset);
  const files = await Promise.all(
    browserEngineFiles.map(async (path) => ({ name: basename(path), bytes: (await stat(path)).size })),
  );
  const download: EngineDownload = { files, totalBytes: files.reduce((sum, file) => sum + file.bytes, 0) };
  await writeFile(engineDownloadJson, `${JSON.stringify(download, null, 2)}\n`);
  return files.at(-1)!.bytes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const size = await writeDataDirAsset();
  console.log(`[pglite] ${dataDirAsset}: ${(size / 1e6).toFixed(1)} MB`);
}
