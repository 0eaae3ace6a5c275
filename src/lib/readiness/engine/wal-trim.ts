/**
 * Shrinks the prepared data directory's tarball by its write-ahead log. initdb leaves a 16 MB WAL segment of which
 * about 7 MB is written, and 16 of the tarball's 25 MB were that segment: every start copied and unpacked it
 * (about 130 ms of a warm Node start, `npm run bench:readiness`). The cluster is prepared with a WAL switch before its
 * final checkpoint (pglite-datadir.ts), so the segment that holds the checkpoint is the lowest one left and is nearly
 * empty. This keeps that segment cut after its last written page and drops the higher ones (segments a checkpoint
 * recycled, holding stale WAL PostgreSQL would only skip): PostgreSQL reads no further than the checkpoint record on a
 * clean start, writes past the end of the file as it goes, and creates the next segment when it needs one.
 */

/** WAL page size (XLOG_BLCKSZ): a cut keeps whole pages. */
const walPageBytes = 8192;
const block = 512;
const walSegment = /(^|\/)pg_wal\/[0-9A-F]{24}$/;

interface TarEntry {
  header: Uint8Array;
  name: string;
  data: Uint8Array;
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes).replace(/\0.*$/s, '');

/** The entries of a ustar archive (as PGlite's dumpDataDir writes it), up to the end-of-archive blocks. */
function tarEntries(tar: Uint8Array): TarEntry[] {
  const entries: TarEntry[] = [];
  for (let at = 0; at + block <= tar.length;) {
    const header = tar.subarray(at, at + block);
    if (header.every((byte) => byte === 0)) break;
    const size = parseInt(text(header.subarray(124, 136)).trim() || '0', 8);
    if (!Number.isFinite(size) || at + block + size > tar.length) throw new Error(`tar entry at ${at} is cut short`);
    entries.push({ header, name: text(header.subarray(0, 100)), data: tar.subarray(at + block, at + block + size) });
    at += block + Math.ceil(size / block) * block;
  }
  return entries;
}

/** A copy of a ustar header with a new size field and its checksum recomputed. */
function resized(header: Uint8Array, size: number): Uint8Array {
  const copy = header.slice();
  copy.set(new TextEncoder().encode(`${size.toString(8).padStart(11, '0')}\0`), 124);
  copy.fill(0x20, 148, 156);
  const sum = copy.reduce((total, byte) => total + byte, 0);
  copy.set(new TextEncoder().encode(`${sum.toString(8).padStart(6, '0')}\0 `), 148);
  return copy;
}

/** The length of `data` without its trailing zero bytes, rounded up to whole WAL pages. */
function writtenPages(data: Uint8Array): number {
  let end = data.length;
  while (end > 0 && data[end - 1] === 0) end--;
  return Math.ceil(end / walPageBytes) * walPageBytes;
}

/** A ustar archive of the data directory with its WAL cut down to the segment the cluster starts from. */
export function trimWal(tar: Uint8Array): Uint8Array<ArrayBuffer> {
  const entries = tarEntries(tar);
  const segments = entries.filter((entry) => walSegment.test(entry.name)).map((entry) => entry.name);
  const first = segments.sort()[0];
  const parts: Uint8Array[] = [];
  for (const entry of entries) {
    if (walSegment.test(entry.name) && entry.name !== first) continue;
    const data = entry.name === first ? entry.data.subarray(0, writtenPages(entry.data)) : entry.data;
    parts.push(data === entry.data ? entry.header : resized(entry.header, data.length), data);
    parts.push(new Uint8Array((block - (data.length % block)) % block));
  }
  parts.push(new Uint8Array(2 * block));
  const out = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
