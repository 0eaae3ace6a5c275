import { describe, expect, it } from 'vitest';
import {
  choiceField,
  defineInputs,
  numberField,
  parseFieldText,
  toggleField,
} from '../../../../src/lib/tool-kit/fields';
import { inputsSchema, withPreset } from '../../../../src/lib/tool-kit/presets';

const inputs = defineInputs(
  {
    price: numberField({ label: 'Price', default: 100, min: 0, max: 1_000, format: 'money', group: 'a' }),
    count: numberField({
      label: 'Count',
      default: 2,
      min: 1,
      max: 10,
      integer: true,
      format: 'integer',
      unit: 'servers',
      group: 'a',
    }),
    term: choiceField({
      label: 'Term',
      default: '1',
      options: [
        { value: '1', label: '1 year' },
        { value: '3', label: '3 years' },
      ],
    }),
    ht: toggleField({ label: 'Hyper-threading', default: true, param: 'hyper' }),
  },
  { groups: [{ id: 'a', label: 'Group A' }] },
);
const field = (key: string) => inputs.fields.find((candidate) => candidate.key === key)!;

describe('defineInputs', () => {
  it('collects defaults in declaration order and names URL parameters', () => {
    expect(inputs.defaults).toEqual({ price: 100, count: 2, term: '1', ht: true });
    expect(inputs.fields.map((f) => f.param)).toEqual(['price', 'count', 'term', 'hyper']);
  });

  it.each([
    [
      'a default outside its bounds',
      { x: numberField({ label: 'X', default: 5, min: 0, max: 1, format: 'number' }) },
      {},
      /default 5 breaks its own rule/,
    ],
    [
      'a group that does not exist',
      { x: numberField({ label: 'X', default: 0, min: 0, max: 1, format: 'number', group: 'nope' }) },
      {},
      /group "nope"/,
    ],
    [
      'a URL name the kit reserves',
      { x: toggleField({ label: 'X', default: false, param: 'currency' }) },
      {},
      /already taken/,
    ],
    [
      'a URL name in the baseline namespace',
      { x: toggleField({ label: 'X', default: false, param: 'vs.x' }) },
      {},
      /not start with "vs\."/,
    ],
    [
      'a URL name with a space',
      { x: toggleField({ label: 'X', default: false, param: 'a b' }) },
      {},
      /must be letters/,
    ],
    [
      'two fields sharing a URL name',
      {
        x: toggleField({ label: 'X', default: false, param: 'p' }),
        y: toggleField({ label: 'Y', default: false, param: 'p' }),
      },
      {},
      /already taken/,
    ],
  ])('refuses %s', (_, specs, options, message) => {
    expect(() => defineInputs(specs, options)).toThrow(message);
  });

  it('checks complete values with its zod schema', () => {
    expect(inputsSchema(inputs).safeParse({ price: 5, count: 3, term: '3', ht: false }).success).toBe(true);
    expect(inputsSchema(inputs).safeParse({ price: 5, count: 3.5, term: '3', ht: false }).success).toBe(false);
  });
});

describe('parseFieldText', () => {
  it.each<[string, string, unknown]>([
    ['price', '1,000', 1_000],
    ['price', '$12.5', 12.5],
    ['count', '10', 10],
    ['term', '3', '3'],
    ['ht', 'no', false],
    ['ht', '1', true],
  ])('%s ← %j is %j', (key, text, expected) => {
    expect(parseFieldText(field(key), text)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, string, RegExp]>([
    ['price', '1001', /Enter a number from 0 to 1,000\./],
    ['price', 'lots', /Enter a number from 0 to 1,000\./],
    ['count', '2.5', /Enter a whole number from 1 to 10 servers\./],
    ['count', '0', /whole number/],
    ['term', '2', /Choose one of: 1 year, 3 years\./],
    ['ht', 'maybe', /yes or no/],
  ])('%s ← %j explains the problem', (key, text, message) => {
    const parsed = parseFieldText(field(key), text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});

describe('withPreset', () => {
  it('fills what the preset leaves out from the defaults', () => {
    expect(withPreset(inputs, { count: 4 }, 'post')).toEqual({ price: 100, count: 4, term: '1', ht: true });
    expect(withPreset(inputs, undefined, 'post')).toEqual(inputs.defaults);
  });

  it('stops with every problem named, so a bad MDX preset fails the build', () => {
    expect(() => withPreset(inputs, { count: 40, colour: 'red', term: 3 }, 'Tool "x"')).toThrow(
      /Tool "x": invalid preset: count: Enter a whole number.*got 40.*"colour" is not an input.*term: Choose one of/,
    );
  });
});
