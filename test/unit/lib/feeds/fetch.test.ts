import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedUnavailableError, readFeedDocument } from '../../../../src/lib/feeds/fetch';

const url = 'https://feeds.example.com/rss.xml';
const location = { kind: 'url', url } as const;
const body = '<rss version="2.0"><channel><title>x</title></channel></rss>';

/** A fake fetch that answers from a script of responses and records the request headers it saw. */
function scriptedFetch(responses: (Response | Error)[]) {
  const seen: Record<string, string>[] = [];
  const fake = (async (_input: unknown, init?: RequestInit) => {
    seen.push({ ...(init?.headers as Record<string, string>) });
    const next = responses.shift();
    if (!next) throw new Error('no more scripted responses');
    if (next instanceof Error) throw next;
    return next;
  }) as typeof fetch;
  return { fake, seen };
}

let cacheDir: string;
beforeEach(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'breakeven-feed-cache-'));
});
afterEach(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

describe('readFeedDocument', () => {
  it('reads a local file as it is', async () => {
    const document = await readFeedDocument(
      'notes',
      { kind: 'file', path: 'test/fixtures/feeds/site/planner.rdf' },
      { cacheDir },
    );
    expect(document.origin).toBe('file');
    expect(document.text).toContain('<rdf:RDF');
  });

  it('names the feed when a local file is missing', async () => {
    await expect(readFeedDocument('gone', { kind: 'file', path: 'no/such.xml' }, { cacheDir })).rejects.toThrow(
      /feed "gone": cannot read no\/such.xml/,
    );
  });

  it('caches a download with its validators and sends them back next time; a 304 serves the cached copy', async () => {
    const { fake, seen } = scriptedFetch([
      new Response(body, { status: 200, headers: { etag: '"v1"', 'last-modified': 'Tue, 10 Nov 2026 09:00:00 GMT' } }),
      new Response(null, { status: 304 }),
    ]);
    const first = await readFeedDocument('notes', location, { cacheDir, fetch: fake });
    expect(first).toEqual({ text: body, origin: 'network' });
    expect(await readFile(join(cacheDir, 'notes.xml'), 'utf8')).toBe(body);
    const second = await readFeedDocument('notes', location, { cacheDir, fetch: fake });
    expect(second).toEqual({ text: body, origin: 'not-modified' });
    expect(seen[0]?.['if-none-match']).toBeUndefined();
    expect(seen[1]).toMatchObject({ 'if-none-match': '"v1"', 'if-modified-since': 'Tue, 10 Nov 2026 09:00:00 GMT' });
  });

  it('falls back to the cached copy, with a warning, when the network fails', async () => {
    const { fake } = scriptedFetch([new Response(body), new TypeError('fetch failed: getaddrinfo ENOTFOUND')]);
    await readFeedDocument('notes', location, { cacheDir, fetch: fake });
    const document = await readFeedDocument('notes', location, { cacheDir, fetch: fake });
    expect(document.origin).toBe('cache-fallback');
    expect(document.text).toBe(body);
    expect(document.warning).toMatch(
      /feed "notes": https:\/\/feeds.example.com\/rss.xml failed \(fetch failed: getaddrinfo ENOTFOUND\); using the copy cached/,
    );
  });

  it('falls back on an HTTP error and on a body that is not a feed, never overwriting the good copy', async () => {
    const validate = (text: string) => {
      if (!text.includes('<rss')) throw new Error('not a feed');
    };
    const { fake } = scriptedFetch([
      new Response(body),
      new Response('oops', { status: 503 }),
      new Response('<html>login</html>'),
    ]);
    await readFeedDocument('notes', location, { cacheDir, fetch: fake, validate });
    const unavailable = await readFeedDocument('notes', location, { cacheDir, fetch: fake, validate });
    expect(unavailable.origin).toBe('cache-fallback');
    expect(unavailable.warning).toMatch(/HTTP 503/);
    const garbage = await readFeedDocument('notes', location, { cacheDir, fetch: fake, validate });
    expect(garbage.origin).toBe('cache-fallback');
    expect(garbage.warning).toMatch(/not a feed/);
    expect(await readFile(join(cacheDir, 'notes.xml'), 'utf8')).toBe(body);
  });

  it('gives up after the timeout', async () => {
    const hanging = ((_input: unknown, init?: RequestInit) =>
      new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      )) as typeof fetch;
    await expect(readFeedDocument('slow', location, { cacheDir, fetch: hanging, timeoutMs: 20 })).rejects.toThrow(
      /feed "slow": .* failed \(.*(timed out|aborted).*\) and no cached copy exists/i,
    );
  });

  it('throws FeedUnavailableError when there is neither network nor cache', async () => {
    const { fake } = scriptedFetch([new TypeError('fetch failed')]);
    await expect(readFeedDocument('notes', location, { cacheDir, fetch: fake })).rejects.toBeInstanceOf(
      FeedUnavailableError,
    );
  });
});
