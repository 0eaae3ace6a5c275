/**
 * Build-side checks of tool inputs with zod: each field's declaration compiled to a zod/mini rule, and the
 * validation of the presets MDX posts pass. Nothing here ships to the browser (the islands check values with the
 * hand-written rules in ./fields.ts); unit tests check on generated values that both give the same answers.
 */
import * as z from 'zod/mini';
import {
  checkField,
  type Field,
  type FieldSpec,
  type FieldValue,
  type InputsDefinition,
  type InputValues,
  type ParsedField,
} from './fields';
import { checkList, type ListRows } from './list';

/** The zod rule of one field, with the field's own message. */
export function fieldSchema(field: Field): z.ZodMiniType {
  const message = field.message;
  if (field.kind === 'number') {
    const base = field.integer ? z.int(message) : z.number(message);
    return base.check(z.gte(field.min, message), z.lte(field.max, message));
  }
  if (field.kind === 'choice') {
    const values = field.options.map((option) => option.value);
    return z.enum(values as [string, ...string[]], message);
  }
  if (field.kind === 'list') {
    return z.custom<ListRows>((value) => checkList(field, value).ok, message);
  }
  return z.boolean(message);
}

/** The zod object schema of complete, valid inputs. */
export function inputsSchema<D extends InputsDefinition>(inputs: D): z.ZodMiniType<InputValues<D>> {
  const shape = Object.fromEntries(inputs.fields.map((field) => [field.key, fieldSchema(field)]));
  return z.object(shape) as unknown as z.ZodMiniType<InputValues<D>>;
}

/** Checks a value with the field's zod rule; a list's message names its first bad row or cell. */
function checkWithSchema(field: Field, value: unknown): ParsedField {
  if (field.kind === 'list') return checkField(field, value);
  const result = z.safeParse(fieldSchema(field), value);
  return result.success ? { ok: true, value: result.data as FieldValue } : { ok: false, message: field.message };
}

/**
 * Validates preset values (props of an MDX embed) and fills the rest from defaults. Throws with every problem
 * listed, naming `where`, so a bad preset stops the build instead of shipping a broken tool.
 */
export function withPreset<S extends Record<string, FieldSpec>>(
  inputs: InputsDefinition<S>,
  preset: unknown,
  where: string,
): InputsDefinition<S>['defaults'] {
  if (preset === undefined || preset === null) return { ...inputs.defaults };
  if (typeof preset !== 'object' || Array.isArray(preset)) throw new Error(`${where}: preset must be an object`);
  const problems: string[] = [];
  const values: Record<string, FieldValue> = { ...inputs.defaults };
  for (const [key, value] of Object.entries(preset)) {
    const field = inputs.fields.find((candidate) => candidate.key === key);
    if (!field) {
      problems.push(`"${key}" is not an input of this tool`);
      continue;
    }
    const checked = checkWithSchema(field, value);
    if (checked.ok) values[key] = checked.value;
    else problems.push(`${key}: ${checked.message} (got ${JSON.stringify(value)})`);
  }
  if (problems.length > 0) throw new Error(`${where}: invalid preset: ${problems.join('; ')}`);
  return values as InputsDefinition<S>['defaults'];
}
