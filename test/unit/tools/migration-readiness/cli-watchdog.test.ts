import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { progressLine, progressText, skipLine } from '../../../../src/cli/readiness';
import { analyseFiles } from '../../../../src/cli/readiness-files';
import { createAnalysisRunner, type RunProgress } from '../../../../src/lib/readiness/engine/analysis-watchdog';
import { nodeWorkerTransport } from '../../../../src/lib/readiness/engine/node-worker-transport';
import type { Report } from '../../../../src/lib/readiness/report/report';

/**
 * A real worker thread speaking analysis-protocol.ts with no PostgreSQL: it announces statements 3, 4 and 5 and
 * answers with a stand-in report listing what it skipped. Statement 4 loops forever, as a statement PGlite cannot
 * interrupt, unless the start message skips it; mode 'exit' makes the thread exit there on its own instead.
 */
const fakeAnalysis = (mode: 'hang' | 'exit') => `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (m) => {
  if (m.type !== 'start') return;
  const skip = new Set((m.skip ?? []).map((s) => s.id));
  for (const id of [3, 4, 5]) {
    if (skip.has(id)) continue;
    parentPort.postMessage({ type: 'statement', id: m.id, statement: { id, kind: 'table', name: 't' + id, line: id * 10 } });
    if (id === 4) ${mode === 'hang' ? 'for (;;) {}' : 'process.exit(7)'}
    parentPort.postMessage({ type: 'progress', id: m.id, phase: 'analysing', done: id - 2, total: 3 });
  }
  parentPort.postMessage({ type: 'result', id: m.id, report: { skipped: [...skip] } });
});`;

describe('the watchdog drives a worker_threads Worker (the CLI) as it drives the page’s Web Worker', () => {
  it('terminates the thread stuck in a statement, records it with its line, and runs again without it', async () => {
    const threads: Worker[] = [];
    const runner = createAnalysisRunner({
      createWorker: () => {
        threads.push(new Worker(fakeAnalysis('hang'), { eval: true }));
        return nodeWorkerTransport(threads.at(-1)!);
      },
      statementLimitMs: 150,
    });
    const skips: string[] = [];
    const { report, skipped } = await runner.run(
      { script: 'unused' },
      { onSkip: (s) => skips.push(`${s.name}@${s.line}`) },
    );
    runner.dispose();
    expect(skipped).toEqual([{ id: 4, kind: 'table', name: 't4', line: 40, message: 'did not finish within 0.2 s' }]);
    expect(skips).toEqual(['t4@40']);
    expect((report as unknown as { skipped: number[] }).skipped).toEqual([4]);
    // The stuck thread was terminated: a fresh one finished the analysis.
    expect(threads).toHaveLength(2);
    expect(threads[0]!.threadId).toBe(-1);
  });

  it('ends with a clear error when the thread exits on its own, never waiting for the time limit', async () => {
    const runner = createAnalysisRunner({
      createWorker: () => nodeWorkerTransport(new Worker(fakeAnalysis('exit'), { eval: true })),
      statementLimitMs: 60_000,
    });
    await expect(runner.run({ script: 'unused' })).rejects.toMatchObject({
      kind: 'internal',
      message: 'The analysis worker failed: the worker thread stopped (exit code 7).',
    });
    runner.dispose();
  });
});

describe('the progress line', () => {
  // Progress of an analysis: 1,200 of 4,500 statements done, the current one at line 3,417.
  const analysing: RunProgress = {
    phase: 'analysing',
    done: 1200,
    total: 4500,
    current: { kind: 'table', name: 't', line: 3417 },
    restart: 0,
  };
  it.each<[string, RunProgress, number, string]>([
    [
      'statements done of the total and the elapsed time',
      analysing,
      12_400,
      'a.sql: 1200 of 4500 statements, line 3417 (12 s)',
    ],
    [
      'the restart after a stopped statement',
      { ...analysing, restart: 2 },
      500,
      'a.sql: 1200 of 4500 statements, line 3417, restart 2 (1 s)',
    ],
    [
      'PostgreSQL starting',
      { phase: 'loading-engine', step: 'start', done: 0, total: 1, restart: 0 },
      2_000,
      'a.sql: starting PostgreSQL (2 s)',
    ],
  ])('says %s', (_, progress, elapsed, text) => {
    expect(progressText(progress, 'a.sql', elapsed)).toBe(text);
  });

  it('on a terminal: rewrites itself at most every 500 ms, always shows the end, and clears before other output', () => {
    const written: string[] = [];
    let clock = 0;
    const line = progressLine({ isTTY: true, write: (t: string) => written.push(t) }, () => clock);
    line.update({ ...analysing, done: 1 }, 'a.sql');
    clock = 200;
    line.update({ ...analysing, done: 2 }, 'a.sql'); // within 500 ms: not shown
    clock = 300;
    line.update({ ...analysing, done: 4500 }, 'a.sql'); // the end: always shown
    line.clear();
    line.clear(); // nothing shown any more: writes nothing
    expect(written).toEqual([
      '\r\x1b[Ka.sql: 1 of 4500 statements, line 3417 (0 s)',
      '\r\x1b[Ka.sql: 4500 of 4500 statements, line 3417 (0 s)',
      '\r\x1b[K',
    ]);
  });

  it('into a log (--progress without a terminal): whole lines, at most one every 5 s', () => {
    const written: string[] = [];
    let clock = 0;
    const line = progressLine({ write: (t: string) => written.push(t) }, () => clock);
    line.update({ ...analysing, done: 1 }, 'a.sql');
    clock = 4_000;
    line.update({ ...analysing, done: 2 }, 'a.sql');
    clock = 6_000;
    line.update({ ...analysing, done: 3 }, 'a.sql');
    line.clear();
    expect(written).toEqual([
      'a.sql: 1 of 4500 statements, line 3417 (0 s)\n',
      'a.sql: 3 of 4500 statements, line 3417 (6 s)\n',
    ]);
  });

  it('a stopped statement is named with its file and line', () => {
    expect(skipLine({ id: 7, kind: 'table', name: 'p1', line: 9, message: 'did not finish within 1 s' }, 'x.sql')).toBe(
      'x.sql: line 9: table p1 timed out (did not finish within 1 s); it is reported as manual and the analysis goes on without it.',
    );
  });
});

/** A function with an endless loop, evaluated when a partition bound is computed: PGlite cannot stop it itself. */
const endless = `CREATE TABLE before_it (id int PRIMARY KEY);
CREATE FUNCTION spin() RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  LOOP
  END LOOP;
END
$$;
CREATE TABLE p (x int) PARTITION BY LIST (x);
CREATE TABLE p1 PARTITION OF p FOR VALUES IN (spin());
CREATE TABLE after_it (id int PRIMARY KEY);
`;

describe('npm run readiness -- --statement-timeout (a real PostgreSQL in a worker thread)', () => {
  it('stops the statement that never ends, reports it with its line, analyses the rest and exits 0', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'readiness-watchdog-')), 'endless.sql');
    writeFileSync(file, endless);
    const result = spawnSync(
      process.execPath,
      ['src/cli/readiness.ts', file, '--statement-timeout', '1000', '--json'],
      {
        encoding: 'utf8',
        timeout: 240_000,
      },
    );
    expect(result.stderr).toContain(`${file}: line 9: table p1 timed out (did not finish within 1 s)`);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    const p1 = report.objects.find((o) => o.name === 'p1')!;
    expect(p1).toMatchObject({ outcome: 'manual', startLine: 9 });
    expect(p1.reason).toMatch(/^did not finish within 1 s in PostgreSQL/);
    expect(report.objects.filter((o) => o.outcome === 'as-is').map((o) => o.name)).toEqual(
      expect.arrayContaining(['before_it', 'spin', 'p', 'after_it']),
    );
    expect(report.findings.some((f) => f.lines.includes(9) && /did not finish within 1 s/.test(f.construct))).toBe(
      true,
    );
  }, 240_000);

  it('rejects a --statement-timeout that is not a whole number of milliseconds (exit 2)', () => {
    const result = spawnSync(process.execPath, ['src/cli/readiness.ts', 'x.sql', '--statement-timeout', '2s'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--statement-timeout must be a whole number of milliseconds/);
  });
});

describe('PostgreSQL’s files on disk for big inputs', () => {
  it('analyses with the files in a temporary directory and removes it at the end', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'readiness-ondisk-'));
    const file = join(tmp, 'small.sql');
    writeFileSync(file, 'CREATE TABLE a (id int PRIMARY KEY);\nCREATE INDEX a_ix ON a (id);\n');
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    try {
      // A threshold of 1 byte puts this small file on disk, as a 1 MB one would be.
      const during = new Set<string>();
      const { results } = await analyseFiles([file], {
        dialect: 'postgres',
        onDiskFromBytes: 1,
        onProgress: (p) => {
          if (p.phase === 'analysing') for (const entry of readdirSync(tmp)) during.add(entry);
        },
      });
      expect([...during].some((entry) => entry.startsWith('readiness-pglite-'))).toBe(true);
      expect(results[0]).toMatchObject({ report: { summary: { createTables: { total: 1, executed: 1 } } } });
    } finally {
      process.env.TMPDIR = saved;
    }
    expect(readdirSync(tmp)).toEqual(['small.sql']);
  }, 120_000);
});
