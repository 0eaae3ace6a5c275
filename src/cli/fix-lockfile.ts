/**
 * Adds lockfile entries for optional, platform-specific packages that the registry this project installs from does
 * not carry (it mirrors only what was installed here, e.g. the linux-x64 build of @astrojs/compiler-binding).
 * npm leaves such entries out of package-lock.json, and `npm ci` then refuses the lockfile as out of sync.
 * The entries only name the package, its version and its platform, so npm skips them on every other platform.
 * Run after `npm install` changes the lockfile: `npm run lockfile:fix` (test/unit/lockfile.test.ts checks it).
 */
import { readFile, writeFile } from 'node:fs/promises';

const osNames = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openbsd', 'sunos', 'aix'];
const cpuNames = ['x64', 'arm64', 'ia32', 'arm', 'wasm32', 'riscv64', 'ppc64', 's390x', 'loong64'];

interface LockPackage {
  version?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  optionalDependencies?: Record<string, string>;
}

/** The os and cpu a platform package's name declares ("…-darwin-arm64" → darwin, arm64). */
export function platformOf(name: string): { os?: string[]; cpu?: string[] } {
  const tokens = name.split('/').pop()!.split('-');
  const os = tokens.find((token) => osNames.includes(token));
  const cpu = tokens.find((token) => cpuNames.includes(token));
  return { ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}) };
}

/** Optional dependencies that have no entry of their own, as [lock key, name, version]. */
export function missingOptionals(packages: Record<string, LockPackage>): [string, string, string][] {
  const missing: [string, string, string][] = [];
  for (const [key, entry] of Object.entries(packages)) {
    for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
      const nested = `${key ? `${key}/` : ''}node_modules/${name}`;
      if (!packages[nested] && !packages[`node_modules/${name}`]) {
        missing.push([`node_modules/${name}`, name, range.replace(/^[\^~=]/, '')]);
      }
    }
  }
  return missing;
}

async function main() {
  const lock = JSON.parse(await readFile('package-lock.json', 'utf8')) as { packages: Record<string, LockPackage> };
  const missing = missingOptionals(lock.packages);
  for (const [key, name, version] of missing) {
    lock.packages[key] = { version, optional: true, ...platformOf(name) };
  }
  if (missing.length > 0) {
    const sorted = Object.fromEntries(
      Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
    );
    await writeFile('package-lock.json', JSON.stringify({ ...lock, packages: sorted }, null, 2) + '\n');
  }
  console.log(
    `package-lock.json: ${missing.length} optional platform entries added${missing.length ? ': ' + missing.map((m) => m[1]).join(', ') : ''}`,
  );
}

if (process.argv[1] && import.meta.filename === (await import('node:path')).resolve(process.argv[1])) await main();
