import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPublicAddress } from '../../../../src/lib/feed-images/public-address';
import { fetchPublic } from '../../../../src/lib/feed-images/public-fetch';

describe('isPublicAddress', () => {
  it.each([
    ['8.8.8.8', true],
    ['151.101.1.69', true],
    ['2606:4700::6810:84e5', true],
    ['127.0.0.1', false],
    ['127.8.9.10', false],
    ['10.1.2.3', false],
    ['172.16.0.1', false],
    ['172.31.255.255', false],
    ['172.32.0.1', true], // just past 172.16.0.0/12
    ['192.168.1.1', false],
    ['169.254.169.254', false], // cloud metadata
    ['100.64.0.1', false], // carrier-grade NAT
    ['0.0.0.0', false],
    ['224.0.0.1', false],
    ['255.255.255.255', false],
    ['::1', false],
    ['::', false],
    ['fe80::1', false],
    ['fd12:3456::1', false],
    ['::ffff:127.0.0.1', false], // IPv4-mapped loopback
    ['::ffff:7f00:1', false], // the same, written in hex
    ['::ffff:8.8.8.8', true],
    ['64:ff9b::a9fe:a9fe', false], // NAT64 of 169.254.169.254
    ['not an address', false],
  ])('%s → %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});

let server: Server;
let origin: string;
let requests: string[] = [];

beforeAll(async () => {
  // An allowed host (stands for a public one) whose redirects point back into the machine's own network.
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    if (request.url === '/to-metadata')
      return void response.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
    if (request.url === '/to-localhost')
      return void response.writeHead(301, { location: 'http://localhost:1/x.png' }).end();
    if (request.url === '/to-file') return void response.writeHead(302, { location: 'file:///etc/passwd' }).end();
    if (request.url === '/loop') return void response.writeHead(302, { location: '/loop' }).end();
    if (request.url === '/hop') return void response.writeHead(307, { location: '/body' }).end();
    if (request.url === '/body') return void response.writeHead(200).end('0123456789');
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('fetchPublic', () => {
  const options = () => ({ timeoutMs: 2000, maxBytes: 100, allowedOrigins: [origin] });

  it('follows a redirect within allowed or public hosts and returns the body', async () => {
    const result = await fetchPublic(`${origin}/hop`, options());
    expect('bytes' in result && Buffer.from(result.bytes).toString()).toBe('0123456789');
  });

  it.each([
    ['/to-metadata', 'refused: 169.254.169.254 is a non-public address'],
    ['/to-localhost', 'refused: localhost resolves to a non-public address'],
    ['/to-file', 'refused: file: is not http or https'],
    ['/loop', 'more than 5 redirects'],
    ['/missing', 'HTTP 404'],
  ])('%s fails with "%s"', async (path, reason) => {
    const result = await fetchPublic(`${origin}${path}`, options());
    expect('failure' in result && result.failure).toContain(reason);
  });

  it('refuses a host name that resolves to loopback, without connecting', async () => {
    requests = [];
    const port = (server.address() as AddressInfo).port;
    const result = await fetchPublic(`http://localhost:${port}/body`, { timeoutMs: 2000, maxBytes: 100 });
    expect(result).toEqual({ failure: expect.stringMatching(/^refused: localhost resolves to a non-public address/) });
    expect(requests).toEqual([]);
  });

  it('stops reading a body larger than the limit', async () => {
    const result = await fetchPublic(`${origin}/body`, { ...options(), maxBytes: 5 });
    expect(result).toEqual({ failure: 'larger than 5 bytes' });
  });
});
