import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { trimWal } from '../../../../src/lib/readiness/engine/wal-trim';

const work = mkdtempSync(join(tmpdir(), 'wal-trim-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A ustar archive made by the system's tar from files written here, the way PGlite's dump lays out a data dir. */
function archive(files: Record<string, Uint8Array>): Uint8Array {
  const root = mkdtempSync(join(work, 'dir-'));
  for (const [name, bytes] of Object.entries(files)) {
    execFileSync('mkdir', ['-p', join(root, name, '..')]);
    writeFileSync(join(root, name), bytes);
  }
  const tar = join(root, '..', `${root.split('/').pop()}.tar`);
  execFileSync('tar', ['--format=ustar', '-cf', tar, '-C', root, ...Object.keys(files)]);
  return new Uint8Array(readFileSync(tar));
}

/** The archive's files and sizes, read back by the system's tar from what trimWal wrote. */
function listing(tar: Uint8Array): Record<string, string> {
  const dir = mkdtempSync(join(work, 'out-'));
  writeFileSync(join(dir, 'a.tar'), tar);
  const names = execFileSync('tar', ['-tf', join(dir, 'a.tar')], { encoding: 'utf8' })
    .trim()
    .split('\n');
  execFileSync('tar', ['-xf', join(dir, 'a.tar'), '-C', dir]);
  return Object.fromEntries(names.map((name) => [name, String(statSync(join(dir, name)).size)]));
}

const filled = (bytes: number, written: number) => {
  const data = new Uint8Array(bytes);
  data.fill(7, 0, written);
  return data;
};

describe('trimWal (the prepared data directory without its empty WAL)', () => {
  it('cuts the lowest segment after its last written 8 KB page and drops the higher (recycled) ones', () => {
    const tar = archive({
      PG_VERSION: new TextEncoder().encode('17\n'),
      'base/5/1255': filled(16384, 16384),
      'pg_wal/000000010000000000000002': filled(65536, 8193), // written into its second page
      'pg_wal/000000010000000000000003': filled(65536, 65536), // recycled: stale WAL
      'pg_wal/archive_status/.keep': new Uint8Array(0),
    });
    expect(listing(trimWal(tar))).toEqual({
      PG_VERSION: '3',
      'base/5/1255': '16384',
      'pg_wal/000000010000000000000002': '16384',
      'pg_wal/archive_status/.keep': '0',
    });
  });

  it('keeps every byte of the other files and of the written WAL', () => {
    const wal = filled(32768, 100);
    wal[99] = 42;
    const tar = archive({ 'global/pg_control': filled(8192, 512), 'pg_wal/000000010000000000000001': wal });
    const dir = mkdtempSync(join(work, 'bytes-'));
    writeFileSync(join(dir, 'a.tar'), trimWal(tar));
    execFileSync('tar', ['-xf', join(dir, 'a.tar'), '-C', dir]);
    expect(readFileSync(join(dir, 'pg_wal/000000010000000000000001'))).toEqual(Buffer.from(wal.subarray(0, 8192)));
    expect(readFileSync(join(dir, 'global/pg_control'))).toEqual(Buffer.from(filled(8192, 512)));
  });

  it('refuses an archive cut short instead of writing a broken one', () => {
    const tar = archive({ 'base/5/1255': filled(16384, 16384) });
    expect(() => trimWal(tar.subarray(0, 4096))).toThrow(/cut short/);
  });
});
