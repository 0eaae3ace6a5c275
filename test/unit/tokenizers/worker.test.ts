import { encode } from 'gpt-tokenizer/encoding/o200k_base';
import { describe, expect, it } from 'vitest';
import { createTokenCounter, SupersededError, type WorkerLike } from '../../../src/lib/tokenizers/client';
import type { ProgressMessage, WorkerResponse } from '../../../src/lib/tokenizers/protocol';
import { createCountHandler } from '../../../src/lib/tokenizers/worker-core';

const paragraph = 'Prompt caching writes a prefix once and reads it many times at a tenth of the price.\n';
const bigText = paragraph.repeat(1500); // about 130 KB

function collect() {
  const messages: WorkerResponse[] = [];
  const handle = createCountHandler((message) => messages.push(message));
  return { messages, handle };
}

describe('worker message handling', () => {
  it('reports loading, then counting progress, then one result with exact and estimated counts', async () => {
    const { messages, handle } = collect();
    await handle({ type: 'count', id: 7, text: bigText, methods: ['o200k_base', 'estimate'] });
    const progress = messages.filter((m): m is ProgressMessage => m.type === 'progress');
    expect(progress[0]).toMatchObject({ phase: 'loading', method: 'o200k_base', total: bigText.length });
    const counting = progress.filter((p) => p.phase === 'counting');
    expect(counting.length).toBeGreaterThan(1);
    expect(counting.at(-1)).toMatchObject({ done: bigText.length, total: bigText.length });
    const result = messages.at(-1);
    expect(result).toMatchObject({ type: 'result', id: 7, characters: bigText.length });
    if (result?.type !== 'result') throw new Error('no result');
    expect(result.counts.map((c) => [c.method, c.exact])).toEqual([
      ['o200k_base', true],
      ['estimate', false],
    ]);
    expect(result.counts[0]!.tokens).toBe(encode(bigText).length);
  });

  it('stops an older request when a newer one arrives', async () => {
    const { messages, handle } = collect();
    const first = handle({ type: 'count', id: 1, text: bigText, methods: ['o200k_base'] });
    const second = handle({ type: 'count', id: 2, text: 'short text', methods: ['o200k_base'] });
    await Promise.all([first, second]);
    expect(messages.find((m) => m.id === 1 && m.type !== 'progress')).toMatchObject({
      type: 'error',
      superseded: true,
    });
    expect(messages.find((m) => m.id === 2 && m.type === 'result')).toBeDefined();
  });

  it.each([
    ['no methods', { type: 'count', id: 3, text: 'x', methods: [] }],
    ['unknown method', { type: 'count', id: 3, text: 'x', methods: ['p50k_base'] }],
    ['not a count', { type: 'hello', id: 3 }],
    ['no text', { type: 'count', id: 3, methods: ['estimate'] }],
  ])('answers a malformed request (%s) with an error', async (_label, request) => {
    const { messages, handle } = collect();
    await handle(request);
    expect(messages).toEqual([expect.objectContaining({ type: 'error', id: 3 })]);
  });
});

/** A worker that runs the handler in the same thread, delivering messages asynchronously like a real one. */
function fakeWorker(): WorkerLike {
  const listeners: ((event: { data: WorkerResponse }) => void)[] = [];
  const handle = createCountHandler((data) =>
    queueMicrotask(() => listeners.forEach((listener) => listener({ data }))),
  );
  return {
    postMessage: (message) => void handle(message),
    addEventListener: ((type: string, listener: (event: { data: WorkerResponse }) => void) => {
      if (type === 'message') listeners.push(listener);
    }) as WorkerLike['addEventListener'],
    terminate: () => {},
  };
}

/** A worker whose script failed to load: it never answers and reports an error event instead. */
function brokenWorker(): WorkerLike {
  const errors: ((event: { message?: string }) => void)[] = [];
  return {
    postMessage: () => queueMicrotask(() => errors.forEach((listener) => listener({ message: 'load failed' }))),
    addEventListener: ((type: string, listener: (event: { message?: string }) => void) => {
      if (type === 'error') errors.push(listener);
    }) as WorkerLike['addEventListener'],
    terminate: () => {},
  };
}

describe('token counter client', () => {
  it('resolves a count and forwards progress', async () => {
    const counter = createTokenCounter(fakeWorker());
    const progress: ProgressMessage[] = [];
    const result = await counter.count(bigText, ['o200k_base'], (p) => progress.push(p));
    expect(result.counts[0]!.tokens).toBe(encode(bigText).length);
    expect(progress.length).toBeGreaterThan(1);
  });

  it('rejects a pending count with SupersededError when a new one starts', async () => {
    const counter = createTokenCounter(fakeWorker());
    const first = counter.count(bigText, ['o200k_base']);
    const second = counter.count('two words', ['o200k_base', 'cl100k_base']);
    await expect(first).rejects.toBeInstanceOf(SupersededError);
    expect((await second).counts.map((c) => c.tokens)).toEqual([2, 2]);
  });

  it('rejects a pending count when the worker fails, rather than waiting forever', async () => {
    const counter = createTokenCounter(brokenWorker());
    await expect(counter.count('text', ['o200k_base'])).rejects.toThrow(/could not run: load failed/);
  });
});
