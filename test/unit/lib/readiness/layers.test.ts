/**
 * The readiness engine's layers (src/lib/readiness/): each folder may import only itself and the folders below it,
 * and no module may reach itself again through its imports (type-only imports included: a cycle of types is still
 * two modules that cannot be understood apart). ESLint `no-restricted-imports` says the same per folder; this test
 * also finds cycles inside one folder, which a per-folder rule cannot.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve('src/lib/readiness');
/** Bottom to top: a layer imports only layers at or below its own index. */
const layers = ['sql', 'dialects', 'convert', 'score', 'report', 'engine'];

const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.tsx?$/.test(f))
  .map((f) => join(root, f));

/** Relative imports of one module, resolved to absolute paths of modules in the engine. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*)'(\.{1,2}\/[^'?]+)'/g)].map((m) => m[1]!);
  return specs
    .map((s) => resolve(dirname(file), s))
    .map((p) => files.find((f) => f === p || f === `${p}.ts` || f === `${p}.tsx`))
    .filter((p): p is string => !!p);
}

const graph = new Map(files.map((f) => [f, importsOf(f)]));
const layerOf = (file: string) => layers.indexOf(relative(root, file).split('/')[0]!);
const name = (file: string) => relative(root, file);

/** Every import cycle, each as the chain of modules that closes it. */
function cycles(): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (file: string, path: string[]) => {
    state.set(file, 'open');
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...path.slice(path.indexOf(next)), next].map(name));
      else if (!state.has(next)) visit(next, [...path, next]);
    }
    state.set(file, 'done');
  };
  for (const f of files) if (!state.has(f)) visit(f, [f]);
  return found;
}

describe('readiness engine layers', () => {
  it('finds the engine modules, each in a known layer or at the root', () => {
    expect(files.length).toBeGreaterThan(30);
    const unknown = files.filter((f) => relative(root, f).includes('/') && layerOf(f) < 0).map(name);
    expect(unknown).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(cycles()).toEqual([]);
  });

  it('never imports a layer above its own', () => {
    const upward = [...graph]
      .filter(([from]) => layerOf(from) >= 0)
      .flatMap(([from, to]) =>
        to.filter((t) => layerOf(t) > layerOf(from) || layerOf(t) < 0).map((t) => `${name(from)} → ${name(t)}`),
      );
    expect(upward).toEqual([]);
  });
});

/** Sources that must decide by profile data, never by comparing a dialect's name. */
const dialectBlind = [
  ...files.filter((f) => layerOf(f) !== layers.indexOf('dialects')),
  ...readdirSync(resolve('src/tools/migration-readiness')).map((f) => resolve('src/tools/migration-readiness', f)),
  resolve('src/cli/readiness.ts'),
  resolve('src/cli/readiness-files.ts'),
].filter((f) => /\.tsx?$/.test(f));

const names = "'(?:oracle|sqlserver|mysql|postgres)'";
/** A comparison with a dialect name: `x === 'oracle'`, `'mysql' !== d`, `case 'postgres':`. */
const nameComparison = new RegExp(`[!=]==\\s*${names}|${names}\\s*[!=]==|\\bcase\\s+${names}`);

/** The lines of a file that compare a dialect name, as file:line: text. */
function nameComparisons(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, k) =>
      nameComparison.test(line) ? [`${relative(resolve('.'), file)}:${k + 1}: ${line.trim()}`] : [],
    );
}

describe('dialect knowledge stays in dialects/', () => {
  it.each([
    ["if (dialect === 'oracle') x();", true],
    ["ok = 'mysql' !== d;", true],
    ["  case 'postgres':", true],
    ['if (profile.native) x();', false],
    ["convertType(toks, i, 'sqlserver')", false],
  ])('the check flags %j: %s', (line, flagged) => {
    expect(nameComparison.test(line)).toBe(flagged);
  });

  it('compares no dialect name outside dialects/ (engine, tool, CLI)', () => {
    expect(dialectBlind.length).toBeGreaterThan(40);
    expect(dialectBlind.flatMap(nameComparisons)).toEqual([]);
  });
});

/** Modules a module loads at run time: imports and re-exports, except the `import type` / `export type` forms. */
function runtimeImportsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+'(\.{1,2}\/[^'?]+)'/gm)].map(
    (m) => m[1]!,
  );
  return specs
    .map((s) => resolve(dirname(file), s))
    .map((p) => files.find((f) => f === p || f === `${p}.ts`))
    .filter((p): p is string => !!p);
}

describe('library entries', () => {
  it('page.ts (what the islands import) reaches no zod at run time', () => {
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      runtimeImportsOf(file).forEach(visit);
    };
    visit(join(root, 'page.ts'));
    expect(reached.size).toBeGreaterThan(10);
    const withZod = [...reached].filter((f) => /from\s+'zod'/.test(readFileSync(f, 'utf8'))).map(name);
    expect(withZod).toEqual([]);
  });

  it('index.ts (CLI and worker) does carry the zod report schema', () => {
    expect(runtimeImportsOf(join(root, 'index.ts')).map(name)).toContain('report/report.ts');
  });
});
