/** Longest slug we make from a title, cut at a word boundary. */
const MAX_SLUG_LENGTH = 80;

/** "Why Postgres 17's MERGE Is Faster!" → "why-postgres-17s-merge-is-faster". */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > maxLength / 2 ? cut.slice(0, boundary) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

export interface SlugCandidate {
  key: string;
  title: string;
  date: Date;
}

/**
 * Gives every article a slug from its title. Collisions go by publication date: the oldest keeps the plain
 * slug and later ones get "-2", "-3"…, ties broken by key, so a slug never changes when a newer article with
 * the same title arrives, and feed order does not matter. `reserved` slugs (original posts, route names) are
 * never handed out.
 */
export function assignSlugs(
  candidates: readonly SlugCandidate[],
  reserved: Iterable<string> = [],
): Map<string, string> {
  const taken = new Set(reserved);
  const slugs = new Map<string, string>();
  const ordered = [...candidates].sort(
    (a, b) => a.date.getTime() - b.date.getTime() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  for (const candidate of ordered) {
    const base = slugify(candidate.title) || 'article';
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(candidate.key, slug);
  }
  return slugs;
}
