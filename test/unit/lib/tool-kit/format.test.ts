import { describe, expect, it } from 'vitest';
import { createFormatter, parseNumberText, type ValueFormat } from '../../../../src/lib/tool-kit/format';

describe('createFormatter', () => {
  const usd = createFormatter('USD');
  it.each<[number | null, ValueFormat, string]>([
    [180_000, 'money', '$180,000'],
    [5_000.4, 'money', '$5,000'],
    [61.9233, 'money', '$61.92'],
    [64, 'money', '$64'],
    [0, 'money', '$0'],
    [-0.000001, 'money', '$0'],
    [-14_016, 'money', '-$14,016'],
    [0.258, 'rate', '$0.258'],
    [0.1731735, 'rate', '$0.1732'],
    [6.849315, 'rate', '$6.85'],
    [50, 'percent', '50%'],
    [67.1215, 'percent', '67.1%'],
    // Below 10 %, two decimals: the $200 seat's break-even of 1.2700186 % is 1.27 %, not 1.3 %.
    [1.2700186, 'percent', '1.27%'],
    [5, 'percent', '5%'],
    // cost: cents from a dollar, three significant digits below, never fewer than two decimals.
    [3.51349, 'cost', '$3.51'],
    [0.5, 'cost', '$0.50'],
    [0.6088, 'cost', '$0.609'],
    [0.0231, 'cost', '$0.0231'],
    [0.00000895, 'cost', '$0.00000895'],
    [0, 'cost', '$0'],
    [9, 'multiple', '9×'],
    [8.999999999999998, 'multiple', '9×'],
    [1.5, 'multiple', '1.5×'],
    [12, 'months', '12 months'],
    [1, 'months', '1 month'],
    [8.0546, 'months', '8.1 months'],
    [5, 'years', '5 years'],
    [26_280, 'integer', '26,280'],
    [720, 'hours', '720 h'],
    [1.5, 'number', '1.5'],
    [null, 'months', '—'],
  ])('%s as %s → %s', (value, kind, expected) => {
    expect(usd.format(value, kind)).toBe(expected);
  });

  it('shows the null text a metric gives ("Never")', () => {
    expect(usd.format(null, 'months', 'Never')).toBe('Never');
  });

  it('changes the symbol, not the number, with the currency', () => {
    const eur = createFormatter('EUR');
    expect(eur.format(47_500, 'money')).toBe('€47,500');
    expect(eur.symbol).toBe('€');
    expect(createFormatter('GBP').symbol).toBe('£');
  });

  it('keeps tiny amounts legible on chart axes', () => {
    expect(usd.compact(0.002, 'cost')).toBe('$0.002');
    expect(usd.compact(1_500_000, 'money')).toBe('$1.5M');
    expect(usd.compact(9, 'multiple')).toBe('9×');
  });

  it('writes compact axis labels', () => {
    expect(usd.compact(400_000, 'money')).toBe('$400K');
    expect(usd.compact(1_500_000, 'money')).toBe('$1.5M');
    expect(usd.compact(36, 'integer')).toBe('36');
  });
});

describe('parseNumberText', () => {
  it.each<[string, number]>([
    ['10000', 10_000],
    ['10,000', 10_000],
    [' $ 1 234.5 ', 1_234.5],
    ['22%', 22],
    ['0.258', 0.258],
    ['.5', 0.5],
    ['1e6', 1_000_000],
    ['-3', -3],
    ['€950', 950],
  ])('reads %j as %s', (text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });

  it.each(['', 'abc', '12abc', '1.2.3', '--1', 'NaN', 'Infinity', '$'])('refuses %j', (text) => {
    expect(parseNumberText(text)).toBeNaN();
  });
});
