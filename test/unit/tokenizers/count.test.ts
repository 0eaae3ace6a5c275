import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { encode as encodeCl100k } from 'gpt-tokenizer/encoding/cl100k_base';
import { encode as encodeO200k } from 'gpt-tokenizer/encoding/o200k_base';
import { describe, expect, it } from 'vitest';
import { countExact, estimate, loadEncoding, splitAtTokenBoundaries } from '../../../src/lib/tokenizers/count';

const dir = 'test/fixtures/tokenizer-texts';
const texts = readdirSync(dir).map((file) => [file, readFileSync(`${dir}/${file}`, 'utf8')] as const);
/** Every fixture text, repeated to about 200 KB, so it is counted in several pieces. */
const large = texts.map(
  ([file, text]) =>
    [`${file} ×${Math.ceil(200_000 / text.length)}`, text.repeat(Math.ceil(200_000 / text.length))] as const,
);

/** gpt-tokenizer's own count of the whole text, special-token text treated as plain text. */
const reference = {
  o200k_base: (text: string) => encodeO200k(text, { disallowedSpecial: new Set() }).length,
  cl100k_base: (text: string) => encodeCl100k(text, { disallowedSpecial: new Set() }).length,
};

describe.each(['o200k_base', 'cl100k_base'] as const)('%s counts equal gpt-tokenizer’s', (encoding) => {
  it.each([...texts, ...large])('%s', async (_file, text) => {
    const count = await countExact(text, encoding);
    expect(count?.tokens).toBe(reference[encoding](text));
    expect(count?.exact).toBe(true);
  });

  it.each([
    ['', 0],
    ['hello world', 2],
  ])('%j has %i tokens', async (text, tokens) => {
    expect((await countExact(text, encoding))?.tokens).toBe(tokens);
  });
});

it('cl100k_base counts "tiktoken is great!" as 6 tokens (OpenAI cookbook example)', async () => {
  expect((await countExact('tiktoken is great!', 'cl100k_base'))?.tokens).toBe(6);
});

describe('splitAtTokenBoundaries', () => {
  it('keeps every character, in order', () => {
    for (const [, text] of large) expect(splitAtTokenBoundaries(text, 1000).join('')).toBe(text);
  });

  it('cuts only before " word" or after a line feed followed by a letter', () => {
    const pieces = splitAtTokenBoundaries('alpha beta gamma\ndelta  epsilon', 3);
    expect(pieces).toEqual(['alpha', ' beta', ' gamma\n', 'delta  epsilon']);
  });

  it('leaves a text without such places whole', () => {
    expect(splitAtTokenBoundaries('语言模型按令牌计费。'.repeat(100), 10)).toHaveLength(1);
  });

  it('never changes the count, for any text (random texts, small pieces)', async () => {
    const [o200k, cl100k] = await Promise.all([loadEncoding('o200k_base'), loadEncoding('cl100k_base')]);
    const alphabet = fc.constantFrom(
      ...'aZé ß语ア한ع1 2  \n\n\t.,!?\'’"-_/()<|>😀👍🏽\u200d\u0301'.split(''),
      ' the',
      "'s",
      ' 123',
      '\r\n',
      ' \n',
      '<|endoftext|>',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 300 }), fc.integer({ min: 1, max: 40 }), (parts, size) => {
        const text = parts.join('');
        const pieces = splitAtTokenBoundaries(text, size);
        expect(pieces.reduce((sum, piece) => sum + o200k(piece), 0)).toBe(o200k(text));
        expect(pieces.reduce((sum, piece) => sum + cl100k(piece), 0)).toBe(cl100k(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('estimates for other vendors', () => {
  it.each(texts)('%s is labelled ≈ and not exact', (_file, text) => {
    const count = estimate(text);
    expect(count.exact).toBe(false);
    expect(count.label).toMatch(/^≈/);
    expect(count.tokens).toBeGreaterThan(0);
  });

  it('estimates nothing for an empty text', () => {
    expect(estimate('').tokens).toBe(0);
  });
});
