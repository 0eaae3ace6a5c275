/**
 * Refreshes the LLM price catalog from a LiteLLM-format price file.
 *
 *   npm run prices:update -- <file-or-url> [--date YYYY-MM-DD] [--out path]
 *
 * The snapshot date comes from --date, or from a date in the file name
 * (llm-prices.litellm-2026-07-24.json → 2026-07-24); without either the script stops, because an undated price
 * is worse than none. It validates every entry, skips documentation keys and malformed entries with a report,
 * converts the curated models (src/lib/llm-pricing/curated.ts) and writes src/lib/llm-pricing/catalog.json.
 * It exits with status 1 when a curated model vanished from the input, after writing the rest.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { buildCatalog, type CatalogReport } from '../lib/llm-pricing/build-catalog.ts';

export const defaultOut = 'src/lib/llm-pricing/catalog.json';

/** The snapshot date: the --date flag, else the last YYYY-MM-DD in the file name or URL path. */
export function snapshotDateFor(source: string, flag?: string): string {
  const date = flag ?? [...basename(source.split(/[?#]/)[0]!).matchAll(/(\d{4}-\d{2}-\d{2})/g)].pop()?.[1];
  if (!date) throw new Error(`No snapshot date: pass --date YYYY-MM-DD or put the date in the file name (${source}).`);
  const parsed = new Date(`${date}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(date) ||
    Number.isNaN(parsed.getTime()) ||
    parsed.toISOString().slice(0, 10) !== date
  ) {
    throw new Error(`Invalid snapshot date "${date}": expected a calendar date YYYY-MM-DD.`);
  }
  return date;
}

async function readSource(source: string): Promise<unknown> {
  const text = /^https?:\/\//.test(source)
    ? await fetch(source).then((response) => {
        if (!response.ok) throw new Error(`GET ${source}: HTTP ${response.status}`);
        return response.text();
      })
    : await readFile(source, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${source} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
}

/** The report as lines for the terminal. */
export function formatReport(report: CatalogReport, modelCount: number, out: string): string[] {
  const lines = [
    `Read ${report.entriesRead} entries; skipped ${report.skipped.length} (${report.skipped.join(', ') || 'none'}); ` +
      `${report.malformed.length} malformed.`,
  ];
  for (const { key, problems } of report.malformed.slice(0, 20))
    lines.push(`  malformed ${key}: ${problems.join('; ')}`);
  if (report.malformed.length > 20) lines.push(`  … and ${report.malformed.length - 20} more malformed entries`);
  for (const { id, note } of report.notes) lines.push(`  note ${id}: ${note}`);
  for (const id of report.vanished) lines.push(`  VANISHED ${id}: in the curated list but not (validly) in the input`);
  lines.push(`Wrote ${modelCount} models to ${out}.`);
  return lines;
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { date: { type: 'string' }, out: { type: 'string', default: defaultOut } },
  });
  const source = positionals[0];
  if (!source) throw new Error('Usage: npm run prices:update -- <file-or-url> [--date YYYY-MM-DD] [--out path]');
  const snapshotDate = snapshotDateFor(source, values.date);
  const { catalog, report } = buildCatalog(await readSource(source), { snapshotDate });
  const out = resolve(values.out!);
  // Formatted as the repository's Prettier check expects, so a refresh diffs cleanly.
  const options = { ...(await resolveConfig(out)), filepath: out };
  await writeFile(out, await format(JSON.stringify(catalog), options));
  for (const line of formatReport(report, catalog.models.length, values.out!)) console.log(line);
  if (report.vanished.length > 0) process.exitCode = 1;
}

if (process.argv[1] && import.meta.filename === resolve(process.argv[1])) {
  await main().catch((error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  });
}
