import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

/** Languages feeds name in ways Shiki does not know, mapped to Shiki's names. */
const languageAliases: Record<string, string> = {
  '': 'plaintext',
  text: 'plaintext',
  txt: 'plaintext',
  plain: 'plaintext',
  none: 'plaintext',
  output: 'plaintext',
  console: 'shellsession',
  shell: 'bash',
  sh: 'bash',
  zsh: 'bash',
  postgres: 'sql',
  postgresql: 'sql',
  psql: 'sql',
  plpgsql: 'sql',
  mysql: 'sql',
  tsql: 'sql',
  'sql-server': 'sql',
  golang: 'go',
  yml: 'yaml',
  dockerfile: 'docker',
  conf: 'ini',
  env: 'dotenv',
};

/** A language name as Shiki knows it: lowercase, aliases resolved ("Shell" → "bash", "txt" → "plaintext"). */
export function normalizeLanguage(name: string | undefined): string {
  const lang = (name ?? '').trim().toLowerCase();
  return languageAliases[lang] ?? lang;
}

const classes = (node: Element): string[] => {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : value ? String(value).split(/\s+/) : [];
};

/** Class names that say "highlighted" rather than naming a language. */
const notLanguages = new Set(['highlight', 'astro-code', 'shiki', 'js-code-highlight', 'code', 'source']);

/**
 * The language a code block declares, whatever produced it: Shiki/Astro (`data-language`), Rouge on
 * dev.to (`<pre class="highlight shell">`), markdown-it/remark (`<code class="language-sql">`), Prism
 * (`lang-x`), or `data-lang`.
 */
export function languageOf(pre: Element): string | undefined {
  const code = pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
  for (const node of [pre, code]) {
    if (!node) continue;
    const data = node.properties.dataLanguage ?? node.properties.dataLang;
    if (typeof data === 'string' && data.trim()) return data;
    for (const name of classes(node)) {
      const match = /^(?:language|lang)-(.+)$/.exec(name);
      if (match) return match[1];
    }
  }
  if (classes(pre).includes('highlight')) {
    return classes(pre).find((name) => !notLanguages.has(name) && !/^(github|theme)-/.test(name));
  }
  return undefined;
}

/** The code's plain text: spans dropped, <br> kept as line breaks, one trailing newline removed. */
export function codeText(pre: Element): string {
  visit(pre, 'element', (node, index, parent) => {
    if (node.tagName === 'br' && parent && index !== undefined) {
      parent.children.splice(index, 1, { type: 'text', value: '\n' });
      return [SKIP, index + 1];
    }
  });
  return toString(pre).replace(/\r\n?/g, '\n').replace(/\n$/, '');
}

const isBlank = (node: ElementContent) => node.type === 'text' && !node.value.trim();

/**
 * Rewrites every code block to one plain form, `<pre data-language="…"><code>text</code></pre>`, before
 * sanitizing: Shiki's per-line spans and inline colours, Rouge's token spans and dev.to's wrapper
 * `<div class="highlight">` all go, leaving text and language for the site's own highlighter.
 */
export function canonicalizeCodeBlocks(tree: Root): number {
  let count = 0;
  visit(tree, 'element', (node, index, parent) => {
    if (!parent || index === undefined) return;
    // dev.to wraps Rouge output: <div class="highlight js-code-highlight"><pre class="highlight lang">…</pre></div>
    if (node.tagName === 'div' && classes(node).includes('highlight')) {
      const inner = node.children.filter((child) => !isBlank(child));
      const pre = inner[0];
      if (inner.length === 1 && pre?.type === 'element' && pre.tagName === 'pre') {
        parent.children.splice(index, 1, pre);
        return [SKIP, index];
      }
    }
    if (node.tagName !== 'pre') return;
    const lang = normalizeLanguage(languageOf(node));
    const text = codeText(node);
    parent.children.splice(index, 1, {
      type: 'element',
      tagName: 'pre',
      properties: { dataLanguage: lang },
      children: [{ type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: text }] }],
    });
    count++;
    return [SKIP, index + 1];
  });
  return count;
}
