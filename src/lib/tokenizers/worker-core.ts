/**
 * What the token worker does with a message, without the worker itself, so tests run it in Node and a page
 * without workers can run it on the main thread. Between pieces of a large text it yields to the event loop,
 * so a newer request can supersede the current one.
 */
import { countExact, estimate } from './count.ts';
import { countRequestSchema, type TokenCount, type WorkerResponse } from './protocol.ts';

export type Post = (message: WorkerResponse) => void;

/** Lets pending messages in: a MessageChannel round trip, not clamped like nested timers. */
function yieldToEvents(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Creates a handler that keeps track of the newest request. */
export function createCountHandler(post: Post): (data: unknown) => Promise<void> {
  let latest = -1;
  return async (data) => {
    const parsed = countRequestSchema.safeParse(data);
    const id = typeof (data as { id?: unknown })?.id === 'number' ? (data as { id: number }).id : -1;
    if (!parsed.success) {
      post({ type: 'error', id, message: parsed.error.issues.map((issue) => issue.message).join('; ') });
      return;
    }
    const request = parsed.data;
    latest = Math.max(latest, request.id);
    const started = performance.now();
    const superseded = () => request.id < latest;
    const counts: TokenCount[] = [];
    try {
      for (const method of [...new Set(request.methods)]) {
        if (method === 'estimate') {
          counts.push(estimate(request.text));
          continue;
        }
        post({ type: 'progress', id: request.id, method, phase: 'loading', done: 0, total: request.text.length });
        const count = await countExact(request.text, method, async (done, total) => {
          post({ type: 'progress', id: request.id, method, phase: 'counting', done, total });
          if (done < total) await yieldToEvents();
          return !superseded();
        });
        if (!count || superseded()) {
          post({ type: 'error', id: request.id, message: 'superseded by a newer request', superseded: true });
          return;
        }
        counts.push(count);
      }
      post({
        type: 'result',
        id: request.id,
        characters: request.text.length,
        counts,
        ms: performance.now() - started,
      });
    } catch (error) {
      post({ type: 'error', id: request.id, message: `Counting failed: ${(error as Error).message}` });
    }
  };
}
