import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { copyFeedImages, FeedImageStore } from '../../../../src/lib/feed-images/store';

const png = readFileSync('test/fixtures/images/bar-chart.png');
let server: Server;
let origin: string;
let requests: string[] = [];
let dir: string;

beforeAll(async () => {
  // A local image host: one PNG, one HTML page posing as an image, one that never answers, and 404s.
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    if (request.url === '/chart.png') return void response.writeHead(200, { 'content-type': 'image/png' }).end(png);
    if (request.url === '/fake.png') return void response.writeHead(200, { 'content-type': 'image/png' }).end('<html>');
    if (request.url === '/slow.png') return; // never answers: the timeout gives up
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(async () => {
  requests = [];
  dir = await mkdtemp(join(tmpdir(), 'breakeven-images-'));
  return () => rm(dir, { recursive: true, force: true });
});

describe('FeedImageStore', () => {
  it('fetches an image once, names it by its content, knows its size, and serves it from the cache next build', async () => {
    const first = new FeedImageStore({ cacheDir: dir, allowedOrigins: [origin] });
    const stored = await first.get(`${origin}/chart.png`);
    expect(stored).toMatchObject({ width: 48, height: 24 });
    expect(stored?.file).toMatch(/^[0-9a-f]{20}\.png$/);
    const next = new FeedImageStore({ cacheDir: dir, allowedOrigins: [origin] });
    expect(await next.get(`${origin}/chart.png`)).toEqual(stored);
    expect(requests).toEqual(['/chart.png']);
    expect([first.fetched, next.fromCache]).toEqual([1, 1]);
    const dist = join(dir, 'dist');
    await copyFeedImages(dir, [stored!.file], dist);
    expect(await readdir(join(dist, 'media', 'feed'))).toEqual([stored!.file]);
  });

  it('keeps as links what it cannot store, and says why, by host', async () => {
    const store = new FeedImageStore({ cacheDir: dir, timeoutMs: 300, allowedOrigins: [origin] });
    expect(await store.get(`${origin}/missing.png`)).toBeUndefined();
    expect(await store.get(`${origin}/fake.png`)).toBeUndefined();
    expect(store.failures.get('127.0.0.1')).toEqual({ reason: 'HTTP 404', images: 2 });
    expect(store.summary(0).warnings).toEqual([
      'feed images from 127.0.0.1 not stored (HTTP 404): 2 kept as links to the original',
    ]);
  });

  it('gives up on a host that does not answer, and skips its other images this build', async () => {
    const store = new FeedImageStore({ cacheDir: dir, timeoutMs: 200, allowedOrigins: ['http://127.0.0.1:9'] });
    expect(await store.get('http://127.0.0.1:9/a.png')).toBeUndefined();
    expect(await store.get('http://127.0.0.1:9/b.png')).toBeUndefined();
    expect(store.failures.get('127.0.0.1')).toMatchObject({ images: 2 });
    expect(store.failures.get('127.0.0.1')?.reason).toMatch(/^unreachable/);
    const slow = new FeedImageStore({ cacheDir: dir, timeoutMs: 200, allowedOrigins: [origin] });
    expect(await slow.get(`${origin}/slow.png`)).toBeUndefined();
    expect(slow.failures.get('127.0.0.1')?.reason).toMatch(/^unreachable/);
  });

  it("never fetches from the build machine's network: a feed pointing at loopback is refused before any request", async () => {
    const store = new FeedImageStore({ cacheDir: dir });
    expect(await store.get(`${origin}/chart.png`)).toBeUndefined();
    expect(await store.get(`${origin}/other.png`)).toBeUndefined();
    expect(requests).toEqual([]);
    expect(store.failures.get('127.0.0.1')).toEqual({
      reason: 'refused: 127.0.0.1 is a non-public address',
      images: 2,
    });
  });
});
