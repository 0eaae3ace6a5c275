import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../../../src/lib/readiness/report/report';

/** Runs the CLI the way `npm run readiness --` does (Node 24 strips the types). */
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['src/cli/readiness.ts', ...args], { encoding: 'utf8', timeout: 120_000 });
const dir = mkdtempSync(join(tmpdir(), 'readiness-cli-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('npm run readiness', () => {
  it('prints a summary; exits 1 when the score is below --min-score', () => {
    const result = cli('public/examples/readiness/mysql.sql', '--min-score', '99');
    expect(result.stdout).toMatch(/MySQL \(detected, confidence \d+ %\)/);
    expect(result.stdout).toMatch(/Readiness score {3}\d+(\.\d)? \/ 100/);
    expect(result.stdout).toMatch(/Migration level {3}[ABC]-[1-5]/);
    expect(result.stdout).toMatch(/Top findings/);
    expect(result.stderr).toMatch(/is below --min-score 99/);
    expect(result.status).toBe(1);
  }, 120_000);

  it('says a script without any dialect sign is read as the default, not detected at 0 %', () => {
    const result = cli(file('plain.sql', 'CREATE TABLE plain (id int PRIMARY KEY);\n'));
    expect(result.stdout).toMatch(
      /^.*plain\.sql: Oracle \(no dialect-specific signs found: the default; --dialect changes it\)/,
    );
    expect(result.stdout).not.toMatch(/confidence 0 %/);
    expect(result.status).toBe(0);
  }, 120_000);

  it('prints the full report with --json, writes the DDL and CSV, and honours --dialect', () => {
    const ddl = join(dir, 'out.sql');
    const csv = join(dir, 'out.csv');
    const result = cli(
      'public/examples/readiness/oracle.sql',
      '--json',
      '--dialect',
      'oracle',
      '--ddl',
      ddl,
      '--csv',
      csv,
      '--min-score',
      '10',
    );
    expect(result.status).toBe(0);
    const report = reportSchema.parse(JSON.parse(result.stdout));
    expect(report.dialect.used).toBe('oracle');
    expect(readFileSync(ddl, 'utf8')).toMatch(/^-- Converted from oracle to PostgreSQL/);
    expect(readFileSync(csv, 'utf8').split('\n')[0]).toBe(
      'id,kind,name,table,start_line,end_line,outcome,units,rules,reason,postgres_error',
    );
  }, 120_000);

  it.each<[string, string[], RegExp]>([
    ['no file', [], /^Usage: npm run readiness/],
    ['an unknown dialect', ['x.sql', '--dialect', 'db2'], /Unknown dialect "db2"/],
    ['a bad --min-score', ['x.sql', '--min-score', 'high'], /--min-score must be a number from 0 to 100/],
    ['a missing file', [join(dir, 'missing.sql')], /cannot read the file/],
    ['an empty file', [file('empty.sql', '')], /The script is empty/],
    ['a binary file', [file('image.sql', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]))], /binary file/],
    ['prose', [file('prose.sql', 'Meeting notes: we chose a database.')], /does not look like SQL/],
  ])(
    'exits 2 for %s',
    (_, args, message) => {
      const result = cli(...args);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(message);
    },
    120_000,
  );
});
