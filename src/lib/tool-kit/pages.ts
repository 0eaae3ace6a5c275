/**
 * Finds each tool's Astro wrapper (src/tools/<id>/Tool.astro) for the generic /tools/<id>/ and /embed/<id>/
 * routes, so adding a tool never means touching a page.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

const wrappers = import.meta.glob<{ default: AstroComponentFactory }>('../../tools/*/Tool.astro', { eager: true });

/** The wrapper component of a tool; throws (failing the build) when the folder has none. */
export function toolWrapper(id: string): AstroComponentFactory {
  const wrapper = wrappers[`../../tools/${id}/Tool.astro`];
  if (!wrapper) throw new Error(`Tool "${id}" is in the registry but src/tools/${id}/Tool.astro is missing`);
  return wrapper.default;
}
