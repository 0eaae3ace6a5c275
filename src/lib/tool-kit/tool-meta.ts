import { z } from 'zod';
import { asOfPattern } from './figures';

/** The shelves the tools index groups tools under, in display order. */
export const toolCategories = {
  databases: 'Database commitments',
  migration: 'Migration',
  licensing: 'Licensing',
  warehouse: 'Data warehouse',
  ai: 'AI and tokens',
  review: 'Reviews and checklists',
} as const;

export type ToolCategory = keyof typeof toolCategories;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug like "reserved-instance-roi"');

/** What the site needs to know about a tool without loading it: cards, pages, embeds and article cross-links. */
export const toolMetaSchema = z.object({
  /** Folder name under src/tools/ and the URL segment: /tools/<id>/, /embed/<id>/. */
  id: slug,
  title: z.string().min(3).max(70),
  /** One sentence for cards and listings. */
  summary: z.string().min(20).max(180),
  /** Meta description for the tool page. */
  description: z.string().min(50).max(200),
  category: z.enum(Object.keys(toolCategories) as [ToolCategory, ...ToolCategory[]]),
  keywords: z.array(z.string().min(2)).default([]),
  /**
   * Other URLs this tool answers to, so links in imported articles land here: full URLs or paths
   * (e.g. "/tools/reserved-instance-roi-calculator/"), compared without host and trailing slash.
   */
  aliases: z.array(z.string().min(2)).default([]),
  /** Article tags that make this tool worth suggesting next to an article. */
  relatedTags: z.array(z.string().min(1)).default([]),
  /**
   * When the tool's default figures were read: a year ("2026"), a month ("2025-06") or a day ("2025-06-01"),
   * as precise as the sources allow and shown as written.
   */
  figuresAsOf: z.string().regex(asOfPattern, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
  /** True when the tool downloads a heavy engine (WASM, tokenizer) on demand. */
  heavy: z.boolean().default(false),
});

export type ToolMetaInput = z.input<typeof toolMetaSchema>;
export type ToolMeta = z.output<typeof toolMetaSchema>;

/** Validates a tool's meta when its module loads, so a bad meta fails the build naming the tool. */
export function defineTool(meta: ToolMetaInput): ToolMeta {
  const result = toolMetaSchema.safeParse(meta);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
  throw new Error(`Invalid tool meta for "${meta.id}": ${problems}`);
}
