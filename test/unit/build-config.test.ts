import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('an invalid site configuration', () => {
  it('stops the build with a message naming the field', () => {
    const result = spawnSync(
      process.execPath,
      ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', 'node_modules/.cache/bad-config-build'],
      {
        env: { ...process.env, SITE_URL: 'not-a-url' },
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toMatch(/Invalid site configuration[\s\S]*- url: must be the absolute URL/);
  }, 120_000);
});
