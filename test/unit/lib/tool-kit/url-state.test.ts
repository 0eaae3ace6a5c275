import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineInputs, numberField, type InputsDefinition } from '../../../../src/lib/tool-kit/fields';
import { listField } from '../../../../src/lib/tool-kit/list-field';
import { numberColumn, textColumn } from '../../../../src/lib/tool-kit/list';
import type { Currency } from '../../../../src/lib/tool-kit/format';
import { readUrlState, unitAfter, writeUrlState } from '../../../../src/lib/tool-kit/url-state';
import { inputs as codingInputs } from '../../../../src/tools/ai-coding-assistant-roi/schema';
import { inputs as featureInputs } from '../../../../src/tools/llm-feature-cost/schema';
import { inputs as oracleInputs } from '../../../../src/tools/oracle-to-postgres-savings/schema';
import { inputs as counterInputs } from '../../../../src/tools/prompt-token-counter/schema';
import { inputs as riInputs } from '../../../../src/tools/reserved-instance-roi/schema';
import { mixArbitrary } from '../../tools/ai-support';
import { arbitraryValues } from '../../tools/support';

describe('writeUrlState then readUrlState', () => {
  it.each<[string, InputsDefinition, Parameters<typeof arbitraryValues>[1]]>([
    ['reserved-instance-roi', riInputs, {}],
    ['oracle-to-postgres-savings', oracleInputs, {}],
    ['llm-feature-cost', featureInputs, { mix: mixArbitrary }],
    ['prompt-token-counter', counterInputs, {}],
    ['ai-coding-assistant-roi', codingInputs, {}],
  ])('round-trips any valid %s inputs, with no notice', (_, inputs, overrides) => {
    const currencies = fc.constantFrom<Currency>('USD', 'EUR', 'JPY');
    fc.assert(
      fc.property(arbitraryValues(inputs, overrides), currencies, (values, currency) => {
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

  it('says "1 instance", not "1 instances", when it falls back to a value of 1', () => {
    const base = { ...riInputs.defaults, quantity: 1 };
    const read = readUrlState(riInputs, 'qty=-1', base);
    expect(read.notices[0]!.message).toMatch(/Using 1 instance instead\./);
  });

  it('accepts forgiving spellings: grouped digits, percent signs, yes/no, any case for choices', () => {
    const read = readUrlState(riInputs, 'price=12%2C000&discount=40%25&io=yes&source=SAMPLE');
    expect(read.notices).toEqual([]);
    expect(read.values).toMatchObject({ onDemandPrice: 12_000, discountPct: 40, ioOptimized: true, source: 'sample' });
  });
});

describe('lists and baselines in the URL', () => {
  const inputs = defineInputs({
    qty: numberField({ label: 'Quantity', default: 1, min: 1, max: 100, integer: true, format: 'integer' }),
    mix: listField({
      label: 'Mix',
      columns: {
        model: textColumn({ label: 'Model', maxLength: 60 }),
        share: numberColumn({ label: 'Share', min: 0, max: 100, format: 'percent' }),
      },
      default: [{ model: 'gpt-5', share: 100 }],
      minRows: 1,
      maxRows: 5,
      newRow: () => ({ model: 'new', share: 0 }),
      addLabel: 'Add',
    }),
  });

  it('keeps commas, colons and slashes readable, and escapes them inside a cell', () => {
    const values = {
      qty: 2,
      mix: [
        { model: 'groq/openai/gpt-oss-120b', share: 70 },
        { model: 'odd,name:x', share: 30 },
      ],
    };
    const query = writeUrlState(inputs, values);
    expect(query).toBe('qty=2&mix=groq/openai/gpt-oss-120b:70,odd%252Cname%253Ax:30');
    expect(readUrlState(inputs, query)).toMatchObject({ values, notices: [], baseline: null });
  });

  it('leaves a list equal to its default out of the link', () => {
    expect(writeUrlState(inputs, { qty: 3, mix: [{ model: 'gpt-5', share: 100 }] })).toBe('qty=3');
  });

  it('carries a pinned baseline under vs., and reads it back', () => {
    const baseline = { qty: 4, mix: [{ model: 'claude-haiku-4-5', share: 100 }] };
    const query = writeUrlState(inputs, { ...inputs.defaults, qty: 8 }, 'EUR', inputs.defaults, baseline);
    expect(query).toBe('qty=8&currency=EUR&vs=1&vs.qty=4&vs.mix=claude-haiku-4-5:100');
    const read = readUrlState(inputs, query);
    expect(read.notices).toEqual([]);
    expect(read.values.qty).toBe(8);
    expect(read.baseline).toEqual(baseline);
    // A baseline equal to the defaults still needs vs=1.
    expect(writeUrlState(inputs, inputs.defaults, 'USD', inputs.defaults, inputs.defaults)).toBe('vs=1');
    expect(readUrlState(inputs, 'vs=1').baseline).toEqual(inputs.defaults);
  });

  it('says which list row is wrong, for the inputs and for the baseline', () => {
    const read = readUrlState(inputs, 'mix=gpt-5:140&vs.mix=gpt-5');
    expect(read.values.mix).toEqual(inputs.defaults.mix);
    expect(read.notices.map((notice) => notice.message)).toEqual([
      'Mix: “gpt-5:140” is not valid. Row 1, Share: Enter a number from 0 to 100%. Using 1 row instead.',
      'Baseline, Mix: “gpt-5” is not valid. Row 1 needs 2 values, separated by colons. Using 1 row instead.',
    ]);
    expect(read.baseline).toEqual(inputs.defaults);
  });
});

describe('unitAfter', () => {
  // The unit as written in a field, the value before it, the unit a reader expects after that value.
  it.each<[number, string, string]>([
    [1, 'instances', 'instance'],
    [2, 'instances', 'instances'],
    [0, 'instances', 'instances'],
    [1.5, 'years', 'years'],
    [1, 'years', 'year'],
    [1, 'vCPUs', 'vCPU'],
    [1, 'queries', 'query'],
    [1, 'hours a week online', 'hour a week online'],
    [1, 'cores at most for SQL Server Standard', 'core at most for SQL Server Standard'],
    [1, 's', 's'],
    [1, 'TB', 'TB'],
    [1, 'TiB scanned free each month', 'TiB scanned free each month'],
    [1, 'month', 'month'],
    [1, 'processor licences per core', 'processor licences per core'],
    [1, 'passive secondary', 'passive secondary'],
  ])('after %s, “%s” reads “%s”', (value, unit, expected) => {
    expect(unitAfter(value, unit)).toBe(expected);
  });
});
