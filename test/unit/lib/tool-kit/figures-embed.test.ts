import { describe, expect, it } from 'vitest';
import { embedSnippet, isHeightMessage } from '../../../../src/lib/tool-kit/embed';
import { asOfPattern, sourced } from '../../../../src/lib/tool-kit/figures';
import { renderText, t, q } from '../../../../src/lib/tool-kit/result';
import { createFormatter } from '../../../../src/lib/tool-kit/format';

describe('as-of dates', () => {
  it.each(['2026', '2025-06', '2025-06-01'])('accepts %s, as precise as the source', (date) => {
    expect(asOfPattern.test(date)).toBe(true);
  });

  it.each(['26', '2026-13', '2025-06-32', '2025-6-1', 'June 2025'])('refuses %s', (date) => {
    expect(asOfPattern.test(date)).toBe(false);
    expect(() => sourced({ value: 1, unit: 'x', source: 'Somewhere', asOf: date })).toThrow(/as-of/);
  });
});

describe('isHeightMessage', () => {
  it.each<[unknown, boolean]>([
    [{ type: 'breakeven:embed-height', height: 812 }, true],
    [{ type: 'breakeven:embed-height', height: 0 }, false],
    [{ type: 'breakeven:embed-height', height: Number.POSITIVE_INFINITY }, false],
    [{ type: 'breakeven:embed-height', height: '812' }, false],
    [{ type: 'breakeven:embed-height', height: 10_000_000 }, false],
    [{ type: 'other', height: 812 }, false],
    ['breakeven:embed-height', false],
    [null, false],
  ])('%j → %s', (data, expected) => {
    expect(isHeightMessage(data)).toBe(expected);
  });
});

describe('embedSnippet', () => {
  it('gives an iframe with the current query and the resize script from our origin, escaped', () => {
    expect(embedSnippet('https://breakeven.example', 'reserved-instance-roi', 'RI "ROI"', 'qty=4&term=1')).toBe(
      '<iframe src="https://breakeven.example/embed/reserved-instance-roi/?qty=4&amp;term=1" title="RI &quot;ROI&quot;" ' +
        'loading="lazy" style="width:100%;height:900px;border:0" data-breakeven-embed></iframe>\n' +
        '<script src="https://breakeven.example/embed.js" async></script>',
    );
  });
});

describe('renderText', () => {
  it('fills placeholders with formatted numbers and leaves unknown ones alone', () => {
    const text = t('Saves {money} in {months}; {unknown} stays.', {
      money: q(5_000, 'money'),
      months: q(null, 'months', 'never'),
    });
    expect(renderText(text, createFormatter('GBP'))).toBe('Saves £5,000 in never; {unknown} stays.');
  });
});
