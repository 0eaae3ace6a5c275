import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../../src/lib/reading-time';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['one', 1],
    ['two  words', 2],
    ['<p>Hello <strong>there</strong></p>', 2],
    ['a &amp; b', 2],
    ['price: 5 %', 2],
    ['Grüße aus Köln', 3],
  ])('%j has %i words', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});

describe('readingMinutes at 220 words a minute', () => {
  it.each([
    [0, 0],
    [1, 1],
    [109, 1],
    [330, 2],
    [2200, 10],
  ])('%i words take %i min', (count, minutes) => {
    expect(readingMinutes(words(count))).toBe(minutes);
  });
});
