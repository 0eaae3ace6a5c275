import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minifyInlineScript } from '../../../src/lib/minify-inline-script';

describe('minifyInlineScript', () => {
  it('shrinks the theme bootstrap and keeps what the page relies on', () => {
    const source = readFileSync('src/components/layout/theme-script.js', 'utf8');
    const code = minifyInlineScript('theme-script.js', source);
    expect(code.length).toBeLessThan(source.length * 0.7);
    for (const kept of ['breakeven-theme', '[data-theme-toggle]', 'aria-pressed', 'breakeven:theme']) {
      expect(code).toContain(kept);
    }
    expect(code).not.toContain('//');
  });

  it('fails the build on a script that does not parse', () => {
    expect(() => minifyInlineScript('broken.js', 'const = ;')).toThrow(/broken\.js does not minify/);
  });
});
