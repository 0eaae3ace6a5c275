import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeAliasPath, toolForLink, toolsByCategory } from '../../../src/lib/tool-kit/tool-links';
import { tools } from '../../../src/tools/registry';
import { defineTool, type ToolMeta } from '../../../src/lib/tool-kit/tool-meta';

const sample = (id: string, category: ToolMeta['category'], aliases: string[] = []): ToolMeta =>
  defineTool({
    id,
    title: `Tool ${id}`,
    summary: 'A tool used only by this test to check the registry helpers.',
    description: 'A tool used only by this test to check the registry helpers and nothing else at all.',
    category,
    aliases,
    figuresAsOf: '2026-01-01',
  });

describe('normalizeAliasPath', () => {
  it.each([
    ['https://rajivonai.com/tools/reserved-instance-roi-calculator/', '/tools/reserved-instance-roi-calculator'],
    ['/tools/reserved-instance-roi-calculator', '/tools/reserved-instance-roi-calculator'],
    ['tools/x/?a=1#top', '/tools/x'],
    ['HTTP://Example.com/Tools/X/', '/tools/x'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeAliasPath(input)).toBe(expected);
  });
});

describe('toolForLink', () => {
  const registry = [sample('ri', 'databases', ['/tools/reserved-instance-roi-calculator/']), sample('tok', 'ai')];

  it('finds a tool through an alias, whatever the host', () => {
    expect(toolForLink('https://rajivonai.com/tools/reserved-instance-roi-calculator/', registry)?.id).toBe('ri');
  });

  it('finds nothing for an unrelated link', () => {
    expect(toolForLink('https://rajivonai.com/blog/some-post/', registry)).toBeUndefined();
  });
});

describe('toolsByCategory', () => {
  it('keeps category order and skips empty shelves', () => {
    const shelves = toolsByCategory([sample('b', 'ai'), sample('a', 'databases'), sample('c', 'ai')]);
    expect(shelves.map((shelf) => [shelf.category, shelf.tools.map((tool) => tool.id)])).toEqual([
      ['databases', ['a']],
      ['ai', ['b', 'c']],
    ]);
  });
});

describe('defineTool', () => {
  it('rejects a bad meta, naming the tool and the field', () => {
    expect(() => defineTool({ ...sample('ok', 'ai'), id: 'Bad Id' })).toThrow(/"Bad Id".*id/);
  });

  it.each(['2026', '2025-06', '2025-06-01'])('accepts figures as of %s, as precise as the sources', (date) => {
    expect(defineTool({ ...sample('ok', 'ai'), figuresAsOf: date }).figuresAsOf).toBe(date);
  });

  it.each(['2026-13', '2025-06-31x', 'June 2025'])('refuses figures as of %s', (date) => {
    expect(() => defineTool({ ...sample('ok', 'ai'), figuresAsOf: date })).toThrow(/figuresAsOf/);
  });
});

describe('the registry', () => {
  it('has unique ids', () => {
    const ids = tools.map((tool) => tool.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(tools.map((tool) => [tool.id]))('%s has its folder, wrapper, island and model', (id) => {
    for (const file of ['meta.ts', 'schema.ts', 'model.ts', 'Tool.astro']) {
      expect(existsSync(`src/tools/${id}/${file}`), file).toBe(true);
    }
  });

  it('has no alias claimed by two tools', () => {
    const aliases = tools.flatMap((tool) => tool.aliases.map(normalizeAliasPath));
    expect(new Set(aliases).size).toBe(aliases.length);
  });
});
