import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InputsDefinition } from '../../../../src/lib/tool-kit/fields';
import type { Currency } from '../../../../src/lib/tool-kit/format';
import { readUrlState, writeUrlState } from '../../../../src/lib/tool-kit/url-state';
import { inputs as oracleInputs } from '../../../../src/tools/oracle-to-postgres-savings/schema';
import { inputs as riInputs } from '../../../../src/tools/reserved-instance-roi/schema';
import { arbitraryValues } from '../../tools/support';

describe('writeUrlState then readUrlState', () => {
  it.each<[string, InputsDefinition]>([
    ['reserved-instance-roi', riInputs],
    ['oracle-to-postgres-savings', oracleInputs],
  ])('round-trips any valid %s inputs, with no notice', (_, inputs) => {
    const currencies = fc.constantFrom<Currency>('USD', 'EUR', 'JPY');
    fc.assert(
      fc.property(arbitraryValues(inputs), currencies, (values, currency) => {
        const query = writeUrlState(inputs, values, currency);
        const read = readUrlState(inputs, query);
        expect(read.notices).toEqual([]);
        expect(read.values).toEqual(values);
        expect(read.currency).toBe(currency);
      }),
      { numRuns: 200 },
    );
  });

  it('writes only what differs from the defaults, under each field’s URL name', () => {
    const query = writeUrlState(
      riInputs,
      { ...riInputs.defaults, quantity: 4, discountPct: 60, ioOptimized: true },
      'EUR',
    );
    expect(query).toBe('qty=4&discount=60&io=1&currency=EUR');
    expect(writeUrlState(riInputs, riInputs.defaults)).toBe('');
  });
});

describe('readUrlState fallbacks', () => {
  it('keeps good parameters and falls back per bad one, with a notice naming it', () => {
    const read = readUrlState(riInputs, '?qty=4&discount=250&term=7&usage=abc&currency=XYZ&utm_source=news&colour=red');
    expect(read.values.quantity).toBe(4);
    expect(read.values.discountPct).toBe(riInputs.defaults.discountPct);
    expect(read.values.term).toBe(riInputs.defaults.term);
    expect(read.values.usagePct).toBe(100);
    expect(read.currency).toBe('USD');
    expect(read.notices.map((notice) => notice.param)).toEqual(['term', 'discount', 'usage', 'currency', 'colour']);
    expect(read.notices[1]!.message).toBe(
      'Discount off on-demand: “250” is not valid. Enter a number from 0 to 99%. Using 50% instead.',
    );
    expect(read.notices[0]!.message).toMatch(/Using 3 years instead\./);
    expect(read.notices[4]!.message).toMatch(/Ignored “colour”/);
  });

  it('falls back to the preset, not the tool default, when a base is given', () => {
    const base = { ...riInputs.defaults, quantity: 8 };
    const read = readUrlState(riInputs, 'qty=-1', base);
    expect(read.values.quantity).toBe(8);
    expect(read.notices[0]!.message).toMatch(/Using 8 instances instead/);
  });

  it('accepts forgiving spellings: grouped digits, percent signs, yes/no, any case for choices', () => {
    const read = readUrlState(riInputs, 'price=12%2C000&discount=40%25&io=yes&source=SAMPLE');
    expect(read.notices).toEqual([]);
    expect(read.values).toMatchObject({ onDemandPrice: 12_000, discountPct: 40, ioOptimized: true, source: 'sample' });
  });
});
