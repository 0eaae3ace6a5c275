/** Words a technical reader gets through per minute; code and tables read slower, so stay conservative. */
export const WORDS_PER_MINUTE = 220;

/** Counts words in plain text or markup (tags and entities are ignored). */
export function countWords(text: string): number {
  const plain = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[#a-z0-9]+;/gi, ' ')
    .trim();
  if (!plain) return 0;
  return plain.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes to read, at least 1 for any non-empty text. */
export function readingMinutes(text: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  const words = countWords(text);
  return words === 0 ? 0 : Math.max(1, Math.round(words / wordsPerMinute));
}
