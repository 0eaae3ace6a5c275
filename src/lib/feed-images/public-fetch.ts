import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { isPublicAddress } from './public-address';

export interface PublicFetchOptions {
  timeoutMs: number;
  maxBytes: number;
  /** Origins reachable even on a non-public address (the test build's local image host). */
  allowedOrigins?: readonly string[];
  maxRedirects?: number;
}

/** The body, or why there is none: `refused` (non-public address), `unreachable` (network), or an HTTP answer. */
export type PublicFetchResult = { bytes: Uint8Array } | { failure: string };

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A DNS lookup that refuses non-public addresses, so the address checked is the one connected to (no rebinding). */
function publicLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const refused = addresses.find((entry) => !isPublicAddress(entry.address));
    if (refused) {
      const message = `${hostname} resolves to a non-public address (${refused.address})`;
      return callback(Object.assign(new Error(message), { code: 'ENONPUBLIC' }), []);
    }
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
}

/** One GET without following redirects; the lookup guard applies unless the origin is allowed. */
function get(url: URL, allowed: boolean, signal: AbortSignal): Promise<IncomingMessage> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { signal, lookup: allowed ? undefined : publicLookup }, resolve);
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/** Reads a response body, stopping (undefined) as soon as it passes maxBytes. */
async function readBody(response: IncomingMessage, maxBytes: number): Promise<Uint8Array | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      response.destroy();
      return undefined;
    }
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** A byte limit as people write it in a log line. */
const sizeLabel = (bytes: number) => (bytes >= 1_000_000 ? `${bytes / 1_000_000} MB` : `${bytes} bytes`);

/** Why a URL may not be fetched before any connection: not http(s), or a literal non-public IP. */
function refusal(url: URL, allowed: boolean): string | undefined {
  if (!/^https?:$/.test(url.protocol)) return `refused: ${url.protocol} is not http or https`;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowed && isIP(host) && !isPublicAddress(host)) return `refused: ${host} is a non-public address`;
  return undefined;
}

/**
 * GETs a URL taken from someone else's feed without letting it reach the build machine's network: every hop of a
 * redirect is checked, host names are resolved and refused when any address is loopback, private, link-local
 * (cloud metadata) or reserved, and the connection uses the address that was checked.
 */
export async function fetchPublic(address: string, options: PublicFetchOptions): Promise<PublicFetchResult> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let url = new URL(address);
  for (let hop = 0; hop <= (options.maxRedirects ?? 5); hop++) {
    const allowed = options.allowedOrigins?.includes(url.origin) ?? false;
    const refused = refusal(url, allowed);
    if (refused) return { failure: refused };
    let response: IncomingMessage;
    try {
      response = await get(url, allowed, signal);
    } catch (error) {
      const failure = error as NodeJS.ErrnoException;
      if (failure.code === 'ENONPUBLIC') return { failure: `refused: ${failure.message}` };
      return { failure: `unreachable (${signal.aborted ? 'timed out' : failure.message})` };
    }
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400 && response.headers.location) {
      response.resume();
      url = new URL(response.headers.location, url);
      continue;
    }
    if (status < 200 || status >= 300) {
      response.resume();
      return { failure: `HTTP ${status}` };
    }
    try {
      const bytes = await readBody(response, options.maxBytes);
      return bytes ? { bytes } : { failure: `larger than ${sizeLabel(options.maxBytes)}` };
    } catch (error) {
      return { failure: `unreachable (${signal.aborted ? 'timed out' : (error as Error).message})` };
    }
  }
  return { failure: `more than ${options.maxRedirects ?? 5} redirects` };
}
