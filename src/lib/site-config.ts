import { z } from 'zod';

/** A link inside the site ("/tools/") or to another site ("https://…"); never javascript: or protocol-relative. */
const hrefSchema = z
  .string()
  .refine((href) => /^\/(?!\/)/.test(href) || /^https?:\/\/[^/\s]+/.test(href) || /^mailto:/.test(href), {
    message: 'must be a site path starting with "/", an http(s):// URL or a mailto: link',
  });

const linkSchema = z.object({
  label: z.string().trim().min(1, 'must not be empty').max(40, 'must be 40 characters or fewer'),
  href: hrefSchema,
});

/** Icons the footer and About page know how to draw. */
export const socialIcons = ['rss', 'github', 'devto', 'mastodon', 'linkedin', 'x', 'email', 'website'] as const;

const socialLinkSchema = linkSchema.extend({ icon: z.enum(socialIcons) });

const callToActionSchema = linkSchema.extend({
  description: z.string().trim().min(1).max(160).optional(),
});

const hostName = z.string().regex(/^[a-z0-9.-]+$/, 'must be a host name like "dev.to"');

const categorySlug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lowercase slug like "databases"');

/** One feed the site reads at build time (the loader lives in src/lib/feeds/). */
export const feedSourceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and dashes'),
    /** A remote feed URL, or a local file path relative to the project root. */
    url: z.url({ protocol: /^https?$/ }).optional(),
    path: z.string().min(1).optional(),
    title: z.string().min(1).optional(),
    /** Shown as the author of every article from this feed, overriding what the feed says. */
    author: z.string().min(1).optional(),
    /**
     * Maps the feed's own category names to ours ("ai-engineering" → "ai"). An article's category is the first
     * of its feed categories found here, else its first feed category, else `defaultCategory`.
     */
    categoryMap: z.record(z.string(), categorySlug).default({}),
    /** Category for items whose feed gives none. */
    defaultCategory: categorySlug.default('notes'),
    /** Other hosts that serve this feed's articles and tools (the feed's own site is always included). */
    hosts: z.array(hostName).default([]),
    /** When true, article pages point their canonical URL at the original post. */
    canonicalToOriginal: z.boolean().default(true),
    /** A required feed that cannot be read fails the build; others are reported and skipped. */
    required: z.boolean().default(false),
  })
  .refine((feed) => Boolean(feed.url) !== Boolean(feed.path), {
    message: 'give exactly one of "url" or "path"',
  });

/** Everything about the site that is not code: validated once, at build time. */
export const siteConfigSchema = z.object({
  title: z.string().trim().min(1).max(40),
  tagline: z.string().trim().min(1).max(90),
  description: z.string().trim().min(50, 'should be at least 50 characters (search engines show it)').max(200),
  url: z.url({ protocol: /^https?$/, message: 'must be the absolute URL the site is served from' }),
  lang: z
    .string()
    .regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'must be a language tag like "en" or "en-GB"')
    .default('en'),
  author: z.object({
    name: z.string().trim().min(1),
    url: z.url().optional(),
  }),
  nav: z.array(linkSchema).min(1, 'needs at least one entry'),
  social: z.array(socialLinkSchema).default([]),
  callsToAction: z.array(callToActionSchema).default([]),
  feeds: z
    .array(feedSourceSchema)
    .default([])
    .refine((feeds) => new Set(feeds.map((feed) => feed.id)).size === feeds.length, 'feed ids must be unique'),
  /**
   * The owner's sites: a link to one of these hosts or their subdomains, in any feed, lands on our page for it
   * (article, tool, review page, category) when we have one, and is kept external and marked when we don't.
   */
  owner: z.object({ hosts: z.array(hostName).default([]) }).default({ hosts: [] }),
  /** Display names of article categories ("ai" → "AI"); a category without one is shown capitalised. */
  categoryLabels: z.record(categorySlug, z.string().trim().min(1).max(40)).default({}),
});

export type SiteConfigInput = z.input<typeof siteConfigSchema>;
export type SiteConfig = z.output<typeof siteConfigSchema>;
export type FeedSource = z.output<typeof feedSourceSchema>;
export type SiteLink = z.output<typeof linkSchema>;
export type SocialLink = z.output<typeof socialLinkSchema>;

/** Thrown when the config is invalid; the message names every bad field, one per line. */
export class SiteConfigError extends Error {
  override name = 'SiteConfigError';
}

/** Renders a zod issue path as the field a person would look for: `nav[2].href`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, key) => {
    if (typeof key === 'number') return `${name}[${key}]`;
    return name ? `${name}.${String(key)}` : String(key);
  }, '');
}

/** Validates the raw config, returning it with defaults applied or throwing a SiteConfigError naming each field. */
export function parseSiteConfig(raw: unknown, source = 'src/site.config.ts'): SiteConfig {
  const result = siteConfigSchema.safeParse(raw);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  - ${fieldName(issue.path) || '(root)'}: ${issue.message}`);
  throw new SiteConfigError(`Invalid site configuration in ${source}:\n${lines.join('\n')}`);
}
