// The theme bootstrap inlined into every page by ThemeScript.astro (minified there). Plain browser JavaScript.
(() => {
  const root = document.documentElement;
  const key = 'breakeven-theme';
  const media = matchMedia('(prefers-color-scheme: dark)');
  try {
    const stored = localStorage.getItem(key);
    if (stored === 'light' || stored === 'dark') root.dataset.theme = stored;
  } catch {
    // Storage blocked (private mode, strict settings): follow the system preference.
  }
  const current = () => root.dataset.theme || (media.matches ? 'dark' : 'light');
  const sync = () => {
    for (const button of document.querySelectorAll('[data-theme-toggle]')) {
      button.setAttribute('aria-pressed', String(current() === 'dark'));
    }
  };
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('[data-theme-toggle]')) return;
    const next = current() === 'dark' ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem(key, next);
    } catch {
      // The choice lasts until the page is left when storage is blocked.
    }
    sync();
    document.dispatchEvent(new CustomEvent('breakeven:theme', { detail: next }));
  });
  media.addEventListener('change', sync);
  document.addEventListener('DOMContentLoaded', sync);
})();
