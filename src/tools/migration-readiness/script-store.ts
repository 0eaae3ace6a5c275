/**
 * Keeps the pasted script in this tab's sessionStorage, so a reload or a visit to another page and back loses
 * nothing. It stays on the visitor's machine: never sent, never put in the URL, gone when the tab closes.
 */
const storageKey = 'breakeven:migration-readiness:script';

/** The script as kept: its text and, for a dropped file, the file name. */
export interface StoredScript {
  text: string;
  name?: string;
}

/** What was kept, if it has the shape `saveScript` writes (checked by hand: this module ships to the page). */
function asStoredScript(value: unknown): StoredScript | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { text, name } = value as Record<string, unknown>;
  if (typeof text !== 'string' || (name !== undefined && typeof name !== 'string')) return undefined;
  return name === undefined ? { text } : { text, name };
}

/** What a save did: kept, too large for the browser's storage, or storage is unavailable (private modes). */
export type SaveResult = 'saved' | 'too-large' | 'unavailable';

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function storage(): StorageLike | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

/** The script kept for this tab, if any (anything malformed is ignored). */
export function loadScript(store: StorageLike | undefined = storage()): StoredScript | undefined {
  try {
    const raw = store?.getItem(storageKey);
    if (!raw) return undefined;
    const stored = asStoredScript(JSON.parse(raw));
    return stored?.text ? stored : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the script for this tab; an empty script removes what was kept. */
export function saveScript(script: StoredScript, store: StorageLike | undefined = storage()): SaveResult {
  if (!store) return 'unavailable';
  try {
    if (!script.text) store.removeItem(storageKey);
    else store.setItem(storageKey, JSON.stringify(script));
    return 'saved';
  } catch (error) {
    // Browsers keep about 5 MB per site: a larger script stays on the page but not across a reload.
    try {
      store.removeItem(storageKey);
    } catch {
      // nothing more to do
    }
    return (error as Error).name === 'QuotaExceededError' ? 'too-large' : 'unavailable';
  }
}
