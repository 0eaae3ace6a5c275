/**
 * A small static file server for the built site, used by the e2e tests, the Lighthouse audit and benchmarks.
 * It behaves like a plain static host: directory indexes, 404.html with status 404, correct MIME types
 * (including .wasm and .xsl) and gzip for text, so measurements match what a CDN would serve.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'text/xsl; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.sql': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.data': 'application/octet-stream',
  '.gz': 'application/gzip',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

const compressible = /^(text\/|application\/(json|xml|javascript|manifest\+json)|image\/svg\+xml)/;

export interface RunningServer {
  /** Origin with no trailing slash, e.g. http://127.0.0.1:40123 */
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

/** Starts an HTTP server with the given handler on 127.0.0.1 (port 0 picks a free one). */
export async function startServer(
  handler: (request: IncomingMessage, response: ServerResponse) => void | Promise<void>,
  port = 0,
): Promise<RunningServer> {
  const server = createServer((request, response) => {
    Promise.resolve(handler(request, response)).catch((error: unknown) => {
      response.statusCode = 500;
      response.end(String(error));
    });
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    server,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

async function fileInfo(path: string) {
  try {
    return await stat(path);
  } catch {
    return undefined;
  }
}

/** Serves a directory (normally dist/) the way a static host does. */
export function staticHandler(root: string) {
  const base = resolve(root);
  const gzipCache = new Map<string, Buffer>();

  async function send(request: IncomingMessage, response: ServerResponse, path: string, status = 200) {
    const type = mimeTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';
    response.statusCode = status;
    response.setHeader('Content-Type', type);
    response.setHeader(
      'Cache-Control',
      path.includes(`${sep}_astro${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
    response.setHeader('X-Content-Type-Options', 'nosniff');
    const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (acceptsGzip && compressible.test(type)) {
      let body = gzipCache.get(path);
      if (!body) {
        body = gzipSync(await readFile(path));
        gzipCache.set(path, body);
      }
      response.setHeader('Content-Encoding', 'gzip');
      response.setHeader('Vary', 'Accept-Encoding');
      response.setHeader('Content-Length', body.length);
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    const info = await stat(path);
    response.setHeader('Content-Length', info.size);
    if (request.method === 'HEAD') response.end();
    else createReadStream(path).pipe(response);
  }

  return async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      response.statusCode = 400;
      response.end('Bad request');
      return;
    }
    const target = normalize(join(base, pathname));
    if (target !== base && !target.startsWith(base + sep)) {
      response.statusCode = 403;
      response.end('Forbidden');
      return;
    }
    const info = await fileInfo(target);
    if (info?.isFile()) return send(request, response, target);
    if (info?.isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.statusCode = 301;
        response.setHeader('Location', `${url.pathname}/${url.search}`);
        response.end();
        return;
      }
      const index = join(target, 'index.html');
      if ((await fileInfo(index))?.isFile()) return send(request, response, index);
    }
    const notFound = join(base, '404.html');
    if ((await fileInfo(notFound))?.isFile()) return send(request, response, notFound, 404);
    response.statusCode = 404;
    response.end('Not found');
  };
}

/** Serves `root` on a free port (or `port`). */
export function serveDirectory(root: string, port = 0): Promise<RunningServer> {
  return startServer(staticHandler(root), port);
}
