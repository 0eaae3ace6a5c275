import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../../../src/lib/readiness/report/report';
import {
  analyseFile,
  compareSnapshot,
  corpusScripts,
  describeChange,
  readSnapshot,
  snapshotOf,
  snapshotText,
  type Snapshot,
} from '../../../harness/readiness-corpus';

/**
 * The ratchet on the readiness corpus (test/fixtures/readiness-corpus): every object a snapshot records as converted
 * (as is or with changes) must still convert. Improvements are printed and accepted by regenerating the snapshots
 * with `npm run readiness:corpus -- --update`. One PGlite serves every file: each analysis rolls back.
 */
const scripts = corpusScripts();
const update = 'Regenerate with `npm run readiness:corpus -- --update`.';

describe('the readiness corpus', () => {
  let pg: PGlite;
  const reports = new Map<string, Report>();

  beforeAll(async () => {
    pg = await PGlite.create();
    for (const s of scripts) reports.set(s.path, (await analyseFile(s.path, pg)).report);
  }, 300_000);

  afterAll(async () => {
    await pg?.close();
  });

  it('has at least three scripts of over 300 lines per source database, each with a header saying who wrote it', () => {
    for (const dialect of ['sqlserver', 'oracle', 'mysql']) {
      const ours = scripts.filter((s) => s.dialect === dialect);
      expect(ours.length, dialect).toBeGreaterThanOrEqual(3);
      for (const s of ours) {
        const text = readFileSync(s.path, 'utf8');
        expect(text.split('\n').length, s.file).toBeGreaterThan(300);
        expect(text.slice(0, 400), s.file).toMatch(/Written for (the )?Breakeven/);
      }
    }
  });

  it('reads each script in the dialect of its folder', () => {
    for (const s of scripts) expect(reports.get(s.path)!.dialect.used, s.file).toBe(s.dialect);
  });

  it.each(scripts.map((s) => [`${s.dialect}/${s.file}`, s] as const))(
    '%s: every object the snapshot records as converted still converts',
    (name, script) => {
      const snapshot = readSnapshot(script.snapshotPath);
      expect(snapshot, `${name} has no snapshot. ${update}`).toBeDefined();
      const changes = compareSnapshot(snapshot!, reports.get(script.path)!);
      for (const c of changes.improvements) console.log(`improved: ${describeChange(name, c)}. ${update}`);
      for (const c of changes.otherChanges) console.log(`changed: ${describeChange(name, c)}. ${update}`);
      expect(changes.regressions.map((c) => describeChange(name, c))).toEqual([]);
    },
  );
});

/** The comparison itself, on small hand-made snapshots and reports (no database needed). */
describe('compareSnapshot', () => {
  const object = (kind: string, name: string, startLine: number, outcome: string) =>
    ({ kind, name, startLine, outcome }) as Report['objects'][number];
  const report = (objects: Report['objects']) => ({ dialect: { used: 'oracle' }, objects }) as Report;
  const before: Snapshot = snapshotOf(
    report([
      object('table', 'orders', 10, 'converted'),
      object('table', 'items', 20, 'manual'),
      object('index', 'ix', 30, 'as-is'),
      object('data', 'call', 40, 'not-applicable'),
      object('data', 'call', 41, 'not-applicable'),
    ]),
    'f.sql',
  );

  it('finds nothing when the outcomes are the same', () => {
    const same = compareSnapshot(before, report(before.objects.map((o) => object(o.kind, o.name, o.line, o.outcome))));
    expect(same).toEqual({ regressions: [], improvements: [], otherChanges: [], added: 0 });
  });

  it('fails a converted object that needs a manual rewrite now, and accepts one that converts now', () => {
    const now = compareSnapshot(
      before,
      report([
        object('table', 'orders', 10, 'manual'),
        object('table', 'items', 20, 'converted'),
        object('index', 'ix', 30, 'as-is'),
        object('data', 'call', 40, 'not-applicable'),
        object('data', 'call', 41, 'not-applicable'),
      ]),
    );
    expect(now.regressions.map((c) => [c.name, c.before, c.after])).toEqual([['orders', 'converted', 'manual']]);
    expect(now.improvements.map((c) => [c.name, c.before, c.after])).toEqual([['items', 'manual', 'converted']]);
  });

  it('follows an object renamed with its schema or reclassified on the same line, and fails one that is gone', () => {
    const now = compareSnapshot(
      before,
      report([
        object('table', 'sales.orders', 10, 'converted'),
        object('table', 'items', 20, 'manual'),
        object('comment', 'ix', 30, 'as-is'),
        object('data', 'call', 40, 'not-applicable'),
      ]),
    );
    expect(now.regressions).toEqual([]);
    expect(now.otherChanges).toEqual([]);
    const gone = compareSnapshot(before, report([object('table', 'items', 20, 'manual')]));
    expect(gone.regressions.map((c) => [c.name, c.after])).toEqual([
      ['orders', undefined],
      ['ix', undefined],
    ]);
  });

  it('writes the same bytes for the same report, one object per line', () => {
    const text = snapshotText(before);
    expect(snapshotText(JSON.parse(text) as Snapshot)).toBe(text);
    expect(text.split('\n').filter((l) => l.startsWith('    {'))).toHaveLength(5);
  });
});
