import { describe, expect, it } from 'vitest';
import { readUrlState, writeUrlState } from '../../../../src/lib/tool-kit/url-state';
import {
  decodeScript,
  InputError,
  inputMessages,
  scriptProblem,
  validateScript,
} from '../../../../src/lib/readiness/engine/input';
import { loadScript, saveScript } from '../../../../src/tools/migration-readiness/script-store';
import {
  chosenDialect,
  editedModelKeys,
  inputs,
  modelFromValues,
} from '../../../../src/tools/migration-readiness/schema';
import { defaultUnitModel } from '../../../../src/lib/readiness/score/unit-model';
import { unitModelSchema } from '../../../../src/lib/readiness/score/unit-model-schema';

describe('settings', () => {
  it('describe ora2pg’s model exactly when nothing is edited', () => {
    expect(modelFromValues(inputs.defaults)).toEqual(defaultUnitModel);
    expect(editedModelKeys(inputs.defaults)).toEqual([]);
    expect(unitModelSchema.safeParse(modelFromValues(inputs.defaults)).success).toBe(true);
  });

  it('round-trip through the URL: only edited values are written, and read back the same', () => {
    const edited = {
      ...inputs.defaults,
      dialect: 'sqlserver',
      limit: 45,
      minutesPerUnit: 6,
      'u.table': 0.5,
      'w.ora.when-others': 20,
      'chars.sqlserver': 500,
    };
    const query = writeUrlState(inputs, edited);
    expect(query).toBe('dialect=sqlserver&limit=45&minutes=6&chars.sqlserver=500&u.table=0.5&w.ora.when-others=20');
    const read = readUrlState(inputs, query);
    expect(read.notices).toEqual([]);
    expect(read.values).toEqual(edited);
    const model = modelFromValues(read.values);
    expect(model.minutesPerUnit).toBe(6);
    expect(model.objectUnits.table).toBe(0.5);
    expect(model.constructWeights['ora.when-others']).toBe(20);
    expect(model.charsPerUnit.sqlserver).toBe(500);
    expect(editedModelKeys(read.values).sort()).toEqual(
      ['chars.sqlserver', 'minutesPerUnit', 'u.table', 'w.ora.when-others'].sort(),
    );
    expect(chosenDialect(read.values)).toBe('sqlserver');
  });

  it('fall back to the default, with a notice, for a bad parameter; the rest still applies', () => {
    const read = readUrlState(inputs, 'w.ora.when-others=-3&limit=1&dialect=db2&u.view=2');
    expect(read.notices.map((notice) => notice.param).sort()).toEqual(['dialect', 'limit', 'w.ora.when-others']);
    expect(read.values['w.ora.when-others']).toBe(10);
    expect(read.values.limit).toBe(20);
    expect(chosenDialect(read.values)).toBeUndefined();
    expect(read.values['u.view']).toBe(2);
  });
});

describe('input checks on the page match the engine', () => {
  it.each<[string, string | undefined]>([
    ['', inputMessages.empty],
    ['   \n\t ', inputMessages.empty],
    ['Dear team, please find the schema attached.', inputMessages.notSql],
    ['\u0000\u0001\u0002binary', inputMessages.binary],
    ['CREATE TABLE t (x int);', undefined],
  ])('%j → %s', (script, message) => {
    expect(scriptProblem(script)).toBe(message);
    if (message) expect(() => validateScript(script)).toThrow(message);
    else expect(validateScript(script).script).toBe(script);
  });

  it('rejects a script over 10 MB before reading it', () => {
    expect(scriptProblem('-- x\n'.repeat(2_200_000))).toBe(inputMessages.tooLarge);
  });

  it('decodes UTF-16 files with a byte-order mark and refuses binary ones', () => {
    const text = 'CREATE TABLE t (x int);';
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeScript(utf16)).toBe(text);
    expect(() => decodeScript(new Uint8Array([0x43, 0x00, 0x52]))).toThrow(InputError);
    expect(() => decodeScript(new Uint8Array([]))).toThrow(inputMessages.empty);
  });
});

describe('script store', () => {
  /** A sessionStorage stand-in holding at most `quota` characters. */
  function memoryStorage(quota = Number.POSITIVE_INFINITY) {
    const items = new Map<string, string>();
    return {
      items,
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => {
        if (value.length > quota) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
        items.set(key, value);
      },
      removeItem: (key: string) => void items.delete(key),
    };
  }

  it('keeps the script and its file name, and gives them back', () => {
    const store = memoryStorage();
    expect(saveScript({ text: 'CREATE TABLE t (x int);', name: 'shop.sql' }, store)).toBe('saved');
    expect(loadScript(store)).toEqual({ text: 'CREATE TABLE t (x int);', name: 'shop.sql' });
    expect(saveScript({ text: '' }, store)).toBe('saved');
    expect(loadScript(store)).toBeUndefined();
  });

  it('says when the script is too large to keep, and keeps nothing stale', () => {
    const store = memoryStorage(100);
    saveScript({ text: 'CREATE TABLE t (x int);' }, store);
    expect(saveScript({ text: 'x'.repeat(500) }, store)).toBe('too-large');
    expect(loadScript(store)).toBeUndefined();
  });

  it('ignores what it did not write', () => {
    const store = memoryStorage();
    store.items.set('breakeven:migration-readiness:script', '{"text": 42}');
    expect(loadScript(store)).toBeUndefined();
    store.items.set('breakeven:migration-readiness:script', '{"text": "x", "name": 5}');
    expect(loadScript(store)).toBeUndefined();
    store.items.set('breakeven:migration-readiness:script', 'null');
    expect(loadScript(store)).toBeUndefined();
    store.items.set('breakeven:migration-readiness:script', 'not json');
    expect(loadScript(store)).toBeUndefined();
    expect(saveScript({ text: 'x' }, undefined)).toBe('unavailable');
  });
});
