/**
 * Stands in for `@preact/signals` in the browser build (see astro.config.mjs). Astro's Preact renderer imports
 * that runtime (about 3 KB gz, plus Vite's preload helper) only to hydrate islands given signals as props; ours
 * take plain JSON props, so every tool page would list a chunk it never loads. The size budgets fail the build
 * if a page ever passes signals to an island (test/harness/budgets.ts), and this throws if one hydrates anyway.
 */

/** Refuses to make a signal: islands on this site take plain props. */
export function signal(): never {
  throw new Error(
    'An island received Preact signals as props, but the browser build leaves @preact/signals out (astro.config.mjs).',
  );
}
