import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../../../src/lib/readiness/report/report';

/** Runs the CLI the way `npm run readiness --` does (Node 24 strips the types). */
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['src/cli/readiness.ts', ...args], { encoding: 'utf8', timeout: 180_000 });

const dir = mkdtempSync(join(tmpdir(), 'readiness-cli-files-'));
const write = (path: string, content: string) => {
  const full = join(dir, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, content);
  return full;
};

// Two files that create the same objects: if the first left anything behind, the second would fail with
// "relation already exists" and report fewer tables converted.
const orders = `CREATE TABLE orders (id NUMBER(10) PRIMARY KEY, placed DATE DEFAULT SYSDATE NOT NULL);
CREATE SEQUENCE orders_seq;
CREATE INDEX orders_placed_ix ON orders (placed);`;
const project = join(dir, 'project');
write('project/a/orders.sql', orders);
write('project/b/orders.sql', orders);
write('project/notes.txt', 'not a script');
const hostile = write(
  'hostile.sql',
  'CREATE TABLE "a|b<img src=x>" (id INT PRIMARY KEY);\nCREATE TABLE plain (id INT);',
);
const empty = write('empty.sql', '');
const noScripts = join(dir, 'no-scripts');
mkdirSync(noScripts);

describe('npm run readiness with several files (one PostgreSQL start)', () => {
  it('reads a directory recursively, analyses each file in a fresh database, prints a summary per file and a total', () => {
    const result = cli(project);
    expect(result.status).toBe(0);
    const summaries = result.stdout.match(/^.*orders\.sql: Oracle .*$/gm) ?? [];
    expect(summaries).toHaveLength(2);
    expect(result.stdout.match(/CREATE TABLE {6}1 of 1 converted and created/g)).toHaveLength(2);
    expect(result.stdout).toMatch(/^Total: 2 of 2 files analysed, 6 statements, CREATE TABLE 2 of 2 converted/m);
    expect(result.stdout).toMatch(/^PostgreSQL started once in \d+ ms; the files took \d+ ms\.$/m);
    expect(result.stdout).not.toMatch(/notes\.txt/);
  }, 180_000);

  it('starts PostgreSQL again after a file big enough to commit (300 tables), so the next file sees a fresh database', () => {
    // Over statementsPerTransaction (256): part of the first file is committed, and the CLI replaces the database
    // rather than dropping it. The second file creates the same 300 tables: all convert only in a fresh database.
    const big = Array.from({ length: 300 }, (_, k) => `CREATE TABLE t${k} (id int PRIMARY KEY);`).join('\n');
    const result = cli(write('big/one.sql', big), write('big/two.sql', big), '--dialect', 'postgres');
    expect(result.status).toBe(0);
    expect(result.stdout.match(/CREATE TABLE {6}300 of 300 converted and created/g)).toHaveLength(2);
    expect(result.stdout).toMatch(
      /^PostgreSQL started once in \d+ ms and again 1 times \(a file left objects behind or a statement was stopped\)/m,
    );
  }, 180_000);

  it('still analyses the other files when one is rejected, and exits 2', () => {
    const result = cli(empty, hostile);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/empty\.sql: The script is empty/);
    expect(result.stdout).toMatch(/hostile\.sql: /);
    expect(result.stdout).toMatch(/^Total: 1 of 2 files analysed \(1 rejected\)/m);
  }, 180_000);

  it('exits 1 when one file scores below --min-score, naming it', () => {
    const mysql = 'public/examples/readiness/mysql.sql';
    const result = cli(mysql, join(project, 'a'), '--min-score', '99');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/mysql\.sql: score [\d.]+ is below --min-score 99\./);
    expect(result.stderr).not.toMatch(/orders\.sql: score/);
  }, 180_000);

  it('prints one JSON array of {file, report} and writes --ddl and --csv per input into directories', () => {
    const ddl = join(dir, 'ddl-out');
    const csv = join(dir, 'csv-out');
    const result = cli(project, '--json', '--ddl', ddl, '--csv', csv);
    expect(result.status).toBe(0);
    const parsed = JSON.parse(result.stdout) as { file: string; report: unknown }[];
    expect(parsed.map((entry) => entry.file)).toEqual([
      join(project, 'a', 'orders.sql'),
      join(project, 'b', 'orders.sql'),
    ]);
    for (const entry of parsed) expect(reportSchema.parse(entry.report).summary.createTables.executed).toBe(1);
    expect(readdirSync(ddl).sort()).toEqual(['a__orders.sql', 'b__orders.sql']);
    expect(readdirSync(csv).sort()).toEqual(['a__orders.csv', 'b__orders.csv']);
    expect(readFileSync(join(ddl, 'a__orders.sql'), 'utf8')).toMatch(/CREATE TABLE orders/);
  }, 180_000);

  it('--format markdown: an overview table, a section per file, and names that cannot break the tables', () => {
    const result = cli(hostile, join(project, 'a', 'orders.sql'), '--format', 'markdown');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^## Migration readiness: 2 files$/m);
    expect(result.stdout).toMatch(
      /^\| File \| Dialect \| Score \| Hours \| Level \| CREATE TABLE converted \| Objects \|$/m,
    );
    expect(result.stdout.match(/^### /gm)).toHaveLength(2);
    expect(result.stdout).toMatch(/^\| \*\*All\*\* \| 3 \|/m);
    expect(result.stdout).not.toMatch(/<img/);
    // Every table row has as many cells as its header: no name added a column.
    for (const line of result.stdout.split('\n').filter((l) => l.startsWith('| Table |')))
      expect(line.replace(/\\\|/g, '').split('|')).toHaveLength(9);
  }, 180_000);

  it.each<[string, string[], RegExp]>([
    ['an unknown --format', [hostile, '--format', 'html'], /--format must be one of text, json, markdown/],
    ['--json with another --format', [hostile, '--json', '--format', 'markdown'], /--json is --format json/],
    ['a directory without .sql files', [noScripts], /no-scripts: the directory holds no \.sql file/],
  ])(
    'exits 2 for %s',
    (_, args, message) => {
      const result = cli(...args);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(message);
    },
    180_000,
  );
});
