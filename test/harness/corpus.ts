/**
 * Where the shared schema corpus lives: $BREAKEVEN_SCHEMAS, then ../shared/corpus/schemas (CI clones the repo
 * with `shared` as a sibling), then /work/shared/corpus/schemas. Undefined when none exists.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function corpusDir(): string | undefined {
  const candidates = [
    process.env.BREAKEVEN_SCHEMAS,
    resolve('../shared/corpus/schemas'),
    '/work/shared/corpus/schemas',
  ];
  return candidates.find((dir): dir is string => !!dir && existsSync(join(dir, 'postgres')));
}

/** Every .sql file of the corpus as [dialect folder, file name, path]. */
export function corpusFiles(dir: string): [string, string, string][] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(dir, d.name))
        .filter((f) => f.endsWith('.sql'))
        .sort()
        .map((f): [string, string, string] => [d.name, f, join(dir, d.name, f)]),
    );
}
