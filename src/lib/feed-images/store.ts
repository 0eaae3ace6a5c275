import { createHash } from 'node:crypto';
import { access, copyFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { httpHostOf } from '../owner-links/owner-hosts';
import { imageInfo } from './image-size';
import { fetchPublic } from './public-fetch';

/** Where stored feed images are served from on the site (copied into dist/ after the build). */
export const feedImagePath = '/media/feed/';

/** A feed image kept with the site: its file (content-hashed name) and pixel size. */
export interface StoredImage {
  url: string;
  /** "<content hash>.<ext>", under feedImagePath. */
  file: string;
  width: number;
  height: number;
}

export interface ImageStoreOptions {
  /** Cache folder kept between builds (node_modules/.cache/breakeven/images). */
  cacheDir: string;
  /** Give up on an image after this long (the host is then skipped for the rest of the build). */
  timeoutMs?: number;
  /** Larger files stay links. */
  maxBytes?: number;
  /** Origins fetched even on a non-public address (the test build's local image host); nothing else is. */
  allowedOrigins?: readonly string[];
}

const hashOf = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex').slice(0, 20);

/**
 * Fetches remote images of feed items once and keeps them (content-hashed, with their size) in a cache between
 * builds, never from the build machine's own network (public-fetch.ts). A host that fails or is refused is skipped
 * for the rest of the build; every failure is kept for the build log, and
 * the item keeps its link to the original image, so a bad image host never fails the build.
 */
export class FeedImageStore {
  /** Why images could not be kept, by host: the reason and how many images it cost. */
  readonly failures = new Map<string, { reason: string; images: number }>();
  fetched = 0;
  fromCache = 0;
  constructor(private readonly options: ImageStoreOptions) {}

  private indexFile(url: string) {
    return join(this.options.cacheDir, 'index', `${hashOf(url)}.json`);
  }

  /** The file of a stored image in the cache. */
  cachedFile(file: string): string {
    return join(this.options.cacheDir, 'files', file);
  }

  private fail(host: string, reason: string): undefined {
    const failure = this.failures.get(host) ?? { reason, images: 0 };
    failure.images++;
    this.failures.set(host, failure);
    return undefined;
  }

  /** The stored image for a URL, from the cache or the network; undefined when it cannot be kept. */
  async get(url: string): Promise<StoredImage | undefined> {
    const host = httpHostOf(url);
    if (!host) return undefined;
    try {
      const stored = JSON.parse(await readFile(this.indexFile(url), 'utf8')) as StoredImage;
      await access(this.cachedFile(stored.file));
      this.fromCache++;
      return stored;
    } catch {
      // Not cached yet: fetch it below.
    }
    const hostFailure = this.failures.get(host);
    if (/^(unreachable|refused)/.test(hostFailure?.reason ?? '')) return this.fail(host, hostFailure!.reason);
    const fetched = await fetchPublic(url, {
      timeoutMs: this.options.timeoutMs ?? 5000,
      maxBytes: this.options.maxBytes ?? 8_000_000,
      allowedOrigins: this.options.allowedOrigins,
    });
    if ('failure' in fetched) return this.fail(host, fetched.failure);
    const bytes = fetched.bytes;
    const info = imageInfo(bytes);
    if (!info) return this.fail(host, 'not a PNG, GIF, JPEG or WebP image');
    const stored: StoredImage = { url, file: `${hashOf(bytes)}.${info.type}`, width: info.width, height: info.height };
    await mkdir(join(this.options.cacheDir, 'files'), { recursive: true });
    await mkdir(join(this.options.cacheDir, 'index'), { recursive: true });
    const temporary = `${this.cachedFile(stored.file)}.${process.pid}.tmp`;
    await writeFile(temporary, bytes);
    await rename(temporary, this.cachedFile(stored.file));
    await writeFile(this.indexFile(url), JSON.stringify(stored));
    this.fetched++;
    return stored;
  }

  /** Build-log lines: one summary, then one warning per host whose images stayed links. */
  summary(stored: number): { info: string; warnings: string[] } {
    const kept = [...this.failures.values()].reduce((sum, failure) => sum + failure.images, 0);
    return {
      info: `images: ${stored} stored with the site (${this.fetched} fetched, ${this.fromCache} from cache), ${kept} kept as links to the original`,
      warnings: [...this.failures].map(
        ([host, { reason, images }]) =>
          `feed images from ${host} not stored (${reason}): ${images} kept as link${images === 1 ? '' : 's'} to the original`,
      ),
    };
  }
}

/** Copies the stored images an article uses from the cache into the built site. */
export async function copyFeedImages(cacheDir: string, files: readonly string[], distDir: string): Promise<number> {
  const target = join(distDir, ...feedImagePath.split('/').filter(Boolean));
  await mkdir(target, { recursive: true });
  await Promise.all(files.map((file) => copyFile(join(cacheDir, 'files', file), join(target, file))));
  return files.length;
}
