import type { Element } from 'hast';
import { bundledLanguages, bundledLanguagesAlias, createHighlighter, type Highlighter } from 'shiki';
import { shikiOptions, shikiThemes } from '../code/themes';

let highlighter: Promise<Highlighter> | undefined;

/** One highlighter per process, with the site's two themes; languages load on first use. */
function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({ themes: Object.values(shikiThemes), langs: [] });
  return highlighter;
}

/** True when Shiki ships a grammar for this name (or alias). */
export function isKnownLanguage(lang: string): boolean {
  return lang in bundledLanguages || lang in bundledLanguagesAlias;
}

/**
 * Highlights code exactly as Astro highlights Markdown and MDX code: the same Shiki themes emitted as CSS
 * variables, the same `astro-code` classes, `data-language`, `tabindex` and `overflow-x`, so global.css styles
 * feed code and post code alike. Unknown languages are shown as plain text (still an `astro-code` block).
 */
export async function highlightCode(code: string, lang: string): Promise<Element> {
  const shiki = await getHighlighter();
  const language = isKnownLanguage(lang) ? lang : 'plaintext';
  if (language !== 'plaintext' && !shiki.getLoadedLanguages().includes(language)) {
    await shiki.loadLanguage(language as keyof typeof bundledLanguages);
  }
  const root = shiki.codeToHast(code, {
    lang: language,
    ...shikiOptions,
    transformers: [
      {
        pre(node) {
          const className = Array.isArray(node.properties.class)
            ? node.properties.class.join(' ')
            : String(node.properties.class ?? '');
          node.properties.class = className.replace(/shiki/g, 'astro-code');
          node.properties.dataLanguage = lang || 'plaintext';
          node.properties.style = `${String(node.properties.style ?? '')};overflow-x:auto`;
        },
      },
    ],
  });
  const pre = root.children[0];
  if (pre?.type !== 'element') throw new Error('Shiki returned no <pre>');
  return pre;
}
