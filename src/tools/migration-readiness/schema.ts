/**
 * The tool's settings, declared with the kit's fields so they live in the URL (a shared link carries them, a bad
 * parameter falls back with a notice): the dialect override, the time limit per statement, and every number of
 * the unit model (ora2pg's defaults, editable). The script itself never goes in the URL.
 */
import {
  choiceField,
  defineInputs,
  numberField,
  type FieldSpec,
  type FieldValue,
  type NumberFieldSpec,
} from '../../lib/tool-kit/fields';
import {
  kindLabels,
  type ObjectKind,
  constructCatalogue,
  dialectNames,
  dialects,
  type Dialect,
  defaultUnitModel,
  type UnitModel,
} from '../../lib/readiness/page';

/** Cost classes the model prices apart from their kind. */
const costClassLabels: Record<string, string> = {
  'global-temporary-table': 'Global temporary table',
  'function-based-index': 'Function-based index',
};

/** Label of an entry of `objectUnits`. */
export function objectUnitLabel(key: string): string {
  return kindLabels[key as ObjectKind] ?? costClassLabels[key] ?? key;
}

const units = (spec: Omit<NumberFieldSpec, 'kind' | 'format' | 'min' | 'max'> & { max?: number }) =>
  numberField({ min: 0, max: 1_000, format: 'number', unit: 'units', ...spec });

/** URL names of the unit model's numbers, kept stable: shared links depend on them. */
export const objectUnitParam = (key: string) => `u.${key}`;
export const constructParam = (id: string) => `w.${id}`;
export const charsParam = (dialect: Dialect) => `chars.${dialect}`;
export const vendorParam = (dialect: Dialect) => `vendor.${dialect}`;

const specs: Record<string, FieldSpec> = {
  dialect: choiceField({
    label: 'Source dialect',
    default: 'auto',
    options: [
      { value: 'auto', label: 'Detect automatically' },
      ...dialects.map((dialect) => ({ value: dialect, label: dialectNames[dialect] })),
    ],
    display: 'select',
  }),
  limit: numberField({
    label: 'Time limit per statement',
    default: 20,
    min: 2,
    max: 600,
    integer: true,
    format: 'integer',
    unit: 's',
    help: 'A statement still running after this long is stopped and reported as needing a manual check.',
  }),
  minutesPerUnit: numberField({
    label: 'Minutes per unit',
    param: 'minutes',
    default: defaultUnitModel.minutesPerUnit,
    min: 0.5,
    max: 240,
    format: 'number',
    unit: 'min',
  }),
  unitsPerPersonDay: numberField({
    label: 'Units per person-day',
    param: 'unitsPerDay',
    default: defaultUnitModel.unitsPerPersonDay,
    min: 1,
    max: 10_000,
    format: 'number',
    unit: 'units',
  }),
  testUnits: units({
    label: 'Testing, per code object (not views)',
    param: 'test',
    default: defaultUnitModel.testUnits,
  }),
  scoredConstructMinWeight: units({
    label: 'Weight from which a construct raises the level',
    param: 'scoredMin',
    default: defaultUnitModel.scoredConstructMinWeight,
  }),
  levelCPersonDays: numberField({
    label: 'Level C above, in person-days',
    param: 'levelC',
    default: defaultUnitModel.levelCPersonDays,
    min: 0,
    max: 100_000,
    format: 'number',
    unit: 'days',
  }),
};
for (const dialect of dialects) {
  specs[charsParam(dialect)] = numberField({
    label: `${dialectNames[dialect]}: characters of code per unit`,
    param: charsParam(dialect),
    default: defaultUnitModel.charsPerUnit[dialect] ?? 1_000,
    min: 1,
    max: 1_000_000,
    integer: true,
    format: 'integer',
    unit: 'chars',
  });
  specs[vendorParam(dialect)] = units({
    label: `${dialectNames[dialect]}: per distinct vendor-only function`,
    param: vendorParam(dialect),
    default: defaultUnitModel.vendorFunctionUnits[dialect] ?? 1,
  });
}
for (const [key, value] of Object.entries(defaultUnitModel.objectUnits)) {
  specs[objectUnitParam(key)] = units({ label: objectUnitLabel(key), param: objectUnitParam(key), default: value });
}
for (const construct of constructCatalogue) {
  specs[constructParam(construct.id)] = units({
    label: construct.label,
    param: constructParam(construct.id),
    default: defaultUnitModel.constructWeights[construct.id] ?? construct.weight,
    help: dialectNames[construct.dialect],
  });
}

/** Every setting, for the URL, the form and MDX presets. */
export const inputs = defineInputs(specs);

export type SettingValues = Readonly<Record<string, FieldValue>>;

/** Keys of the fields that make up the unit model (everything but the dialect and the time limit). */
export const modelFieldKeys = inputs.fields
  .map((field) => field.key)
  .filter((key) => key !== 'dialect' && key !== 'limit');

const numberOf = (values: SettingValues, key: string) => {
  const value = values[key];
  return typeof value === 'number' ? value : (inputs.defaults[key] as number);
};

/** The unit model the settings describe. */
export function modelFromValues(values: SettingValues): UnitModel {
  return {
    minutesPerUnit: numberOf(values, 'minutesPerUnit'),
    unitsPerPersonDay: numberOf(values, 'unitsPerPersonDay'),
    testUnits: numberOf(values, 'testUnits'),
    scoredConstructMinWeight: numberOf(values, 'scoredConstructMinWeight'),
    levelCPersonDays: numberOf(values, 'levelCPersonDays'),
    charsPerUnit: Object.fromEntries(dialects.map((dialect) => [dialect, numberOf(values, charsParam(dialect))])),
    vendorFunctionUnits: Object.fromEntries(
      dialects.map((dialect) => [dialect, numberOf(values, vendorParam(dialect))]),
    ),
    objectUnits: Object.fromEntries(
      Object.keys(defaultUnitModel.objectUnits).map((key) => [key, numberOf(values, objectUnitParam(key))]),
    ),
    constructWeights: Object.fromEntries(
      constructCatalogue.map((construct) => [construct.id, numberOf(values, constructParam(construct.id))]),
    ),
  };
}

/** Keys of the unit-model settings that differ from ora2pg's defaults. */
export function editedModelKeys(values: SettingValues): string[] {
  return modelFieldKeys.filter((key) => values[key] !== inputs.defaults[key]);
}

/** The dialect the visitor chose, or undefined for "detect automatically". */
export function chosenDialect(values: SettingValues): Dialect | undefined {
  const value = values.dialect;
  return typeof value === 'string' && (dialects as readonly string[]).includes(value) ? (value as Dialect) : undefined;
}
