import type { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import type { WorkerRequest, WorkerResponse } from '../../../../src/lib/readiness/engine/analysis-protocol';
import { createWorkerHost } from '../../../../src/lib/readiness/engine/analysis-worker-host';
import { startPostgres } from '../../../../src/lib/readiness/engine/pglite-datadir-node';

/** A host on real PGlite that records what it posts, starts and lets go, in order. */
function recordingHost() {
  const events: string[] = [];
  const engines: PGlite[] = [];
  const waiters = new Map<number, (m: WorkerResponse) => void>();
  const handle = createWorkerHost<PGlite>({
    post(message) {
      if (message.type === 'result' || message.type === 'error') {
        events.push(`${message.type} ${message.id}`);
        waiters.get(message.id)?.(message);
      }
    },
    async loadEngine() {
      const pg = await startPostgres();
      engines.push(pg);
      events.push(`start ${engines.length}`);
      return pg;
    },
    async disposeEngine(pg) {
      events.push(`dispose ${engines.indexOf(pg) + 1}`);
      await pg.close();
    },
  });
  const analyse = (id: number, script: string) =>
    new Promise<WorkerResponse>((resolve) => {
      waiters.set(id, resolve);
      handle({ type: 'start', id, script } satisfies WorkerRequest);
    });
  return { events, engines, analyse };
}

/** More statements than one transaction holds (256), so the analysis commits and leaves objects behind. */
const bigScript = Array.from({ length: 300 }, (_, k) => `CREATE TABLE big_${k} (id int PRIMARY KEY);`).join('\n');

const host = recordingHost();
afterAll(async () => {
  for (const pg of host.engines) if (!pg.closed) await pg.close();
});

describe('the worker host keeps every analysis on a fresh database', () => {
  it('keeps the engine after a small script, which commits nothing', async () => {
    const answer = await host.analyse(1, 'CREATE TABLE small (id int PRIMARY KEY);');
    expect(answer.type).toBe('result');
    await host.analyse(2, 'CREATE TABLE small (id int PRIMARY KEY);');
    expect(host.events).toEqual(['start 1', 'result 1', 'result 2']);
  }, 60_000);

  it('posts the report of a big script first, then lets the engine go; the next analysis starts a new one', async () => {
    const big = await host.analyse(3, bigScript);
    expect(big.type === 'result' && big.report.summary.createTables).toEqual({ executed: 300, total: 300 });
    // The same tables again: they would clash ("already exists") had the committed ones stayed.
    const again = await host.analyse(4, bigScript);
    expect(again.type === 'result' && again.report.summary.createTables).toEqual({ executed: 300, total: 300 });
    // A small one after it waits for the clean-up (analyses queue) and finds a fresh database too.
    expect((await host.analyse(5, 'CREATE TABLE big_0 (id int);')).type).toBe('result');
    expect(host.events.slice(3)).toEqual([
      'result 3',
      'dispose 1',
      'start 2',
      'result 4',
      'dispose 2',
      'start 3',
      'result 5',
    ]);
  }, 120_000);
});
