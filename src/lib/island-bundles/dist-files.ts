/** Every file under the built site, listed once for the bundling step and the pruning walk. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** The paths of all files under `dir`, at any depth. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}
