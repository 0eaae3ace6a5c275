/**
 * Minifies a script that pages inline (and so every visit downloads again), once per build: rolldown's minifier,
 * the one Vite uses for the bundled scripts. A script that does not parse fails the build.
 */
import { minifySync } from 'rolldown/utils';

const minified = new Map<string, string>();

/** The minified code of an inline script, computed on the first page that asks. */
export function minifyInlineScript(name: string, source: string): string {
  const cached = minified.get(source);
  if (cached !== undefined) return cached;
  const result = minifySync(name, source, { compress: true, mangle: true });
  if (result.errors.length)
    throw new Error(`${name} does not minify: ${result.errors.map((e) => e.message).join('; ')}`);
  minified.set(source, result.code);
  return result.code;
}
