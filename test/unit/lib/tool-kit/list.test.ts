import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkField, defineInputs, fieldText, parseFieldText } from '../../../../src/lib/tool-kit/fields';
import { listField } from '../../../../src/lib/tool-kit/list-field';
import { inputsSchema, withPreset } from '../../../../src/lib/tool-kit/presets';
import {
  checkList,
  choiceColumn,
  decodeListTexts,
  encodeListTexts,
  numberColumn,
  parseListTexts,
  textColumn,
  type ListRules,
} from '../../../../src/lib/tool-kit/list';
import { arbitraryValues } from '../../tools/support';

/** A small list of the three column kinds: who, which plan, how much (empty means "unpriced"). */
const rules = {
  columns: {
    who: textColumn({ label: 'Who', maxLength: 12 }),
    plan: choiceColumn({
      label: 'Plan',
      options: [
        { value: 'seat', label: 'Seat' },
        { value: 'tokens', label: 'Tokens' },
      ],
    }),
    amount: numberColumn({ label: 'Amount', min: 0, max: 100, format: 'percent', emptyText: 'unpriced' }),
  },
  minRows: 1,
  maxRows: 3,
  check: (rows) => (new Set(rows.map((row) => row.who)).size === rows.length ? null : 'Each person may appear once.'),
} satisfies ListRules;

const inputs = defineInputs({
  people: listField({
    label: 'People',
    ...rules,
    default: [{ who: 'ana', plan: 'seat', amount: 50 }],
    newRow: () => ({ who: 'new', plan: 'seat', amount: 0 }),
    addLabel: 'Add a person',
  }),
});
const people = inputs.fields[0]!;

describe('the list codec', () => {
  it.each<[string, string[][]]>([
    // Commas separate rows, colons cells; both (and %) are escaped inside a cell.
    ['ana:seat:50', [['ana', 'seat', '50']]],
    [
      'ana:seat:50,ben:tokens:',
      [
        ['ana', 'seat', '50'],
        ['ben', 'tokens', ''],
      ],
    ],
    ['a%2Cb:seat:1', [['a,b', 'seat', '1']]],
    ['a%3Ab%25:seat:1', [['a:b%', 'seat', '1']]],
    ['', []],
  ])('%j ↔ %j', (text, texts) => {
    expect(decodeListTexts(text)).toEqual(texts);
    expect(encodeListTexts(texts)).toBe(text);
  });

  it('refuses a malformed escape', () => {
    expect(decodeListTexts('a%E0:seat:1')).toBeUndefined();
  });

  it('round-trips any cell text, separators and percent signs included', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 4 }), { maxLength: 4 }), (texts) => {
        const fixed = texts.length === 1 && texts[0]!.every((cell) => cell === '') ? [] : texts;
        if (fixed.length === 0) return;
        expect(decodeListTexts(encodeListTexts(fixed))).toEqual(fixed);
      }),
    );
  });
});

describe('parsing and checking rows', () => {
  it.each<[string, string[][], unknown]>([
    ['one valid row', [['ana', 'seat', '50']], [{ who: 'ana', plan: 'seat', amount: 50 }]],
    ['an empty amount is null ("unpriced")', [['ana', 'TOKENS', ' ']], [{ who: 'ana', plan: 'tokens', amount: null }]],
    [
      'names are trimmed, amounts read like inputs',
      [[' ana ', 'seat', '12.5%']],
      [{ who: 'ana', plan: 'seat', amount: 12.5 }],
    ],
  ])('%s', (_, texts, rows) => {
    expect(parseListTexts(rules, texts)).toEqual({ ok: true, rows });
  });

  it.each<[string, string[][], RegExp, number | undefined, string | undefined]>([
    [
      'an amount out of range',
      [['ana', 'seat', '150']],
      /Row 1, Amount: Enter a number from 0 to 100%, or leave it empty for unpriced\./,
      0,
      'amount',
    ],
    [
      'an unknown plan',
      [
        ['ana', 'seat', '1'],
        ['ben', 'lease', '1'],
      ],
      /Row 2, Plan: Choose one of the options\./,
      1,
      'plan',
    ],
    ['a missing name', [['', 'seat', '1']], /Row 1, Who: Enter a name of 1 to 12 characters\./, 0, 'who'],
    ['a row with a cell missing', [['ana', 'seat']], /Row 1 needs 3 values/, undefined, undefined],
    ['no rows', [], /Add at least 1 row\./, undefined, undefined],
    [
      'too many rows',
      [
        ['a', 'seat', '1'],
        ['b', 'seat', '1'],
        ['c', 'seat', '1'],
        ['d', 'seat', '1'],
      ],
      /at most 3 rows/,
      undefined,
      undefined,
    ],
    [
      'a rule across rows',
      [
        ['ana', 'seat', '1'],
        ['ana', 'tokens', '2'],
      ],
      /Each person may appear once\./,
      undefined,
      undefined,
    ],
  ])('names the problem: %s', (_, texts, message, row, column) => {
    const parsed = parseListTexts(rules, texts);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.message).toMatch(message);
    expect(parsed.row).toBe(row);
    expect(parsed.column).toBe(column);
  });

  it('checks typed rows (presets, state) with the same rules', () => {
    expect(checkList(rules, [{ who: 'ana', plan: 'seat', amount: 101 }])).toMatchObject({ ok: false, row: 0 });
    expect(checkList(rules, [{ who: 'ana', plan: 'seat' }])).toMatchObject({
      ok: true,
      rows: [{ who: 'ana', plan: 'seat', amount: null }],
    });
    expect(checkList(rules, 'ana')).toMatchObject({ ok: false, message: 'Expected a list of rows.' });
  });
});

describe('a list field', () => {
  it('reads and writes its URL text', () => {
    expect(fieldText(people, [{ who: 'a,b', plan: 'tokens', amount: null }])).toBe('a%2Cb:tokens:');
    expect(parseFieldText(people, 'ana:seat:50,ben:tokens:25')).toEqual({
      ok: true,
      value: [
        { who: 'ana', plan: 'seat', amount: 50 },
        { who: 'ben', plan: 'tokens', amount: 25 },
      ],
    });
    expect(parseFieldText(people, 'ana:seat:50,ana:seat:1')).toEqual({
      ok: false,
      message: 'Each person may appear once.',
    });
  });

  it('validates presets and complete values', () => {
    expect(withPreset(inputs, { people: [{ who: 'zoe', plan: 'tokens', amount: 5 }] }, 'post').people).toEqual([
      { who: 'zoe', plan: 'tokens', amount: 5 },
    ]);
    expect(() => withPreset(inputs, { people: [] }, 'Tool "x"')).toThrow(/people: Add at least 1 row/);
    expect(inputsSchema(inputs).safeParse({ people: [{ who: 'ana', plan: 'nope', amount: 1 }] }).success).toBe(false);
    expect(checkField(people, inputs.defaults.people)).toEqual({ ok: true, value: inputs.defaults.people });
  });

  it('round-trips any valid rows through its URL text', () => {
    fc.assert(
      fc.property(arbitraryValues(inputs), (values) => {
        expect(parseFieldText(people, fieldText(people, values.people))).toEqual({ ok: true, value: values.people });
      }),
      { numRuns: 200 },
    );
  });
});
