// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Never from src/lib or src/components: tools import the kit, not the reverse. */
const noToolImports = {
  group: ['**/tools/*', '**/tools/**'],
  message: 'src/lib and src/components must not import from src/tools/.',
};

/**
 * The migration readiness engine's layers (src/lib/readiness/), bottom to top: each imports only its own folder and
 * those below it. test/unit/lib/readiness/layers.test.ts checks the same and finds import cycles.
 */
const readinessLayers = ['sql', 'dialects', 'convert', 'score', 'report', 'engine'];
/**
 * From outside src/lib/readiness/, the library is imported through its entries only: index.ts (CLI, worker),
 * page.ts (the page's islands, no zod) and node.ts (Node only). Exceptions: build assets (engine/generated/, read
 * with ?url) and engine-download.ts, which reads one of them with Vite's import.meta.glob at build time.
 */
const readinessEntries = {
  group: [
    '**/lib/readiness/*/**',
    '!**/lib/readiness/engine/generated',
    '!**/lib/readiness/engine/generated/**',
    '!**/lib/readiness/engine/engine-download',
    '!**/lib/readiness/engine/engine-download.ts',
  ],
  message: 'Import src/lib/readiness/ through its entries: index.ts (CLI, worker), page.ts (page) or node.ts (Node).',
};
/** @type {import('eslint').Linter.Config[]} */
const readinessLayerRules = readinessLayers.slice(0, -1).map((layer, k) => ({
  files: [`src/lib/readiness/${layer}/**`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          noToolImports,
          {
            regex: `(^|/)(${readinessLayers.slice(k + 1).join('|')})/`,
            message: `src/lib/readiness/${layer}/ imports only ${readinessLayers.slice(0, k + 1).join(', ')} (layers).`,
          },
        ],
      },
    ],
  },
}));

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test/artifacts/', 'test/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    // The kit and the shared modules never reach back into a tool folder: tools import the kit, not the reverse.
    files: ['src/lib/**', 'src/components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [noToolImports],
        },
      ],
    },
  },
  ...readinessLayerRules,
  {
    // The readiness CLI and the tool both import the library (src/lib/readiness/), never each other.
    files: ['src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/tools/**'], message: 'src/cli imports src/lib, never a tool folder.' },
            readinessEntries,
          ],
        },
      ],
    },
  },
  {
    files: ['src/tools/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/cli/**'], message: 'A tool imports src/lib, never src/cli.' }, readinessEntries] },
      ],
    },
  },
);
