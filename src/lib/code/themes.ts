/**
 * The site's code colours: one Shiki theme per site theme, emitted as CSS variables (no default colour)
 * so global.css can pick light or dark with the rest of the palette. Used for MDX posts and for code
 * re-highlighted from feeds, so every code block on the site looks the same.
 */
export const shikiThemes = { light: 'github-light-default', dark: 'github-dark-default' } as const;

/** Shiki options shared by Astro's Markdown pipeline and the feed normalizer. */
export const shikiOptions = { themes: shikiThemes, defaultColor: false } as const;
