/**
 * Peak memory of child processes, for the benches: Linux's VmHWM (the peak resident set) of every process descended
 * from this one, read from /proc. Chromium runs a page and its workers in one renderer process, so the largest
 * value is the tab's peak; the sum is an upper bound for the whole browser. Empty off Linux.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Peak resident set, in bytes, of each live descendant of `root` (default: this process), keyed by pid. */
export function descendantPeaks(root = process.pid): Map<number, number> {
  const parents = new Map<number, number>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return new Map();
  }
  const status = new Map<number, string>();
  for (const pid of pids) {
    try {
      const text = readFileSync(`/proc/${pid}/status`, 'utf8');
      status.set(Number(pid), text);
      parents.set(Number(pid), Number(/^PPid:\s+(\d+)/m.exec(text)?.[1] ?? 0));
    } catch {
      // The process ended while we read.
    }
  }
  const isDescendant = (pid: number): boolean => {
    for (let p = parents.get(pid); p; p = parents.get(p)) if (p === root) return true;
    return false;
  };
  const peaks = new Map<number, number>();
  for (const [pid, text] of status) {
    if (!isDescendant(pid)) continue;
    const kb = Number(/^VmHWM:\s+(\d+) kB/m.exec(text)?.[1] ?? 0);
    if (kb) peaks.set(pid, kb * 1024);
  }
  return peaks;
}

/** Megabytes with one decimal, for the bench tables. */
export const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
