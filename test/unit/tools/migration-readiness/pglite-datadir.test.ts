import { readFileSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogFingerprint } from '../../../../src/lib/readiness/engine/catalog-fingerprint';
import { analyseScript } from '../../../../src/lib/readiness/engine/analyse';
import { preparedStartOptions } from '../../../../src/lib/readiness/engine/pglite-datadir';
import { startPostgres } from '../../../../src/lib/readiness/engine/pglite-datadir-node';
import { filesMarkdown, markdownText, reportMarkdown } from '../../../../src/lib/readiness/report/report-markdown';
import type { Report } from '../../../../src/lib/readiness/report/report';

let pg: PGlite;
let report: Report;

beforeAll(async () => {
  pg = await startPostgres();
  report = await analyseScript(readFileSync('public/examples/readiness/oracle.sql', 'utf8'), pg);
}, 180_000);

afterAll(async () => {
  await pg?.close();
});

describe('PostgreSQL from the prepared data directory', () => {
  it('starts without initdb and holds only the database the analysis uses', async () => {
    const databases = await pg.query<{ datname: string }>('SELECT datname FROM pg_database ORDER BY 1');
    expect(databases.rows.map((r) => r.datname)).toEqual(['postgres']);
    const version = await pg.query<{ v: string }>('SELECT version() AS v');
    expect(version.rows[0]!.v).toMatch(/^PostgreSQL 18\./);
    // The analysis ran for real: tables were created and verified.
    expect(report.summary.createTables.executed).toBeGreaterThan(0);
  });

  it('runs PL/pgSQL (the language is in the prepared cluster)', async () => {
    await pg.exec('CREATE FUNCTION prepared_probe() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 41 + 1; END $$');
    const result = await pg.query<{ n: number }>('SELECT prepared_probe() AS n');
    expect(result.rows[0]!.n).toBe(42);
    await pg.exec('DROP FUNCTION prepared_probe()');
  });

  it.each<[string, number[], string]>([
    ['gzip magic 1f 8b', [0x1f, 0x8b, 0x08, 0], 'application/gzip'],
    // A host that sent the tarball with Content-Encoding: gzip hands the worker a plain tar.
    ['anything else (a plain tar)', [0x70, 0x67, 0x64, 0x61], 'application/x-tar'],
  ])('marks %s so PGlite unpacks it right', async (_, bytes, type) => {
    const options = await preparedStartOptions(new Uint8Array(bytes), ['-c', 'search_path=public']);
    expect(options.loadDataDir.type).toBe(type);
    expect(options.initdbWasmModule).toBeInstanceOf(WebAssembly.Module);
    expect(options.startParams).toEqual(['-c', 'search_path=public', '-c', 'shared_buffers=16MB']);
  });

  it('starts with the small buffer pool (initdb wrote 128MB, zeroed at every start)', async () => {
    const result = await pg.query<{ shared_buffers: string }>('SHOW shared_buffers');
    expect(result.rows[0]!.shared_buffers).toBe('16MB');
  });
});

describe('catalogFingerprint (is the database still fresh between files?)', () => {
  it('changes when an object is left behind and comes back when it is dropped', async () => {
    const fresh = await catalogFingerprint(pg);
    expect(fresh).toMatch(/^\d+:\d+,/);
    await pg.exec('CREATE SCHEMA left_behind; CREATE TABLE left_behind.t (id int)');
    expect(await catalogFingerprint(pg)).not.toBe(fresh);
    await pg.exec('DROP SCHEMA left_behind CASCADE');
    expect(await catalogFingerprint(pg)).toBe(fresh);
  });

  it('is unchanged by an analysis, which rolls everything back', async () => {
    const before = await catalogFingerprint(pg);
    await analyseScript('CREATE TABLE once (id NUMBER(10) PRIMARY KEY);', pg);
    expect(await catalogFingerprint(pg)).toBe(before);
  });
});

describe('markdownText', () => {
  it.each([
    // Each character that means something in a Markdown table or to an HTML renderer, escaped by hand.
    ['a|b', 'a\\|b'],
    ['line\nbreak\r\nhere', 'line break here'],
    ['<script>&', '&lt;script&gt;&amp;'],
    ['`code` *em* _u_ [link]', '\\`code\\` \\*em\\* \\_u\\_ \\[link\\]'],
    ['back\\slash', 'back\\\\slash'],
    ['# heading', '\\# heading'],
  ])('%j → %j', (input, expected) => {
    expect(markdownText(input)).toBe(expected);
  });
});

describe('reportMarkdown and filesMarkdown', () => {
  it('gives the headline figures and one row per object type, with the totals', () => {
    const text = reportMarkdown(report, 'schemas/oracle.sql');
    expect(text).toMatch(/^### schemas\/oracle\.sql$/m);
    expect(text).toContain(`| ${report.summary.score} / 100 | ${report.estimate.hours} h (`);
    const rows = text
      .split('\n')
      .filter((line) => line.startsWith('| ') && !/^\| (Object|Readiness score) \|/.test(line));
    // The figures row, one per object type, and the totals.
    expect(rows).toHaveLength(1 + report.summary.byKind.length + 1);
    expect(text).toContain(`| **All** | ${report.summary.objects} |`);
  });

  it('lists every file in the overview, with the reason for one not analysed', () => {
    const text = filesMarkdown([
      { file: 'a.sql', report },
      { file: 'b|c.sql', error: 'The script is empty.' },
    ]);
    expect(text).toMatch(/^## Migration readiness: 2 files$/m);
    expect(text).toContain(`| a.sql | Oracle | ${report.summary.score} |`);
    expect(text).toContain('| b\\|c.sql | not analysed: The script is empty. |');
    expect(text).toContain('### b\\|c.sql\n\nNot analysed: The script is empty.');
  });
});
