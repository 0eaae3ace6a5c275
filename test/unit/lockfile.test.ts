import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { missingOptionals, platformOf } from '../../src/cli/fix-lockfile';

describe('package-lock.json', () => {
  it('has an entry for every optional dependency, or `npm ci` refuses it on a fresh machine (npm run lockfile:fix)', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
    expect(missingOptionals(lock.packages).map(([, name]) => name)).toEqual([]);
  });
});

describe('platformOf', () => {
  it.each([
    ['@astrojs/compiler-binding-darwin-arm64', { os: ['darwin'], cpu: ['arm64'] }],
    ['@astrojs/compiler-binding-win32-x64-msvc', { os: ['win32'], cpu: ['x64'] }],
    ['@astrojs/compiler-binding-linux-arm64-musl', { os: ['linux'], cpu: ['arm64'] }],
    ['@astrojs/compiler-binding-wasm32-wasi', { cpu: ['wasm32'] }],
  ])('%s runs on %j', (name, expected) => {
    expect(platformOf(name)).toEqual(expected);
  });
});

describe('missingOptionals', () => {
  it('lists optional dependencies without an entry, once each', () => {
    const packages = {
      '': {},
      'node_modules/a': { optionalDependencies: { 'a-linux-x64': '1.0.0', 'a-darwin-arm64': '1.0.0' } },
      'node_modules/a-linux-x64': { version: '1.0.0' },
    };
    expect(missingOptionals(packages)).toEqual([['node_modules/a-darwin-arm64', 'a-darwin-arm64', '1.0.0']]);
  });
});
