/** Validation of a pasted or dropped schema: every rejection has one clear message. */
import { z } from 'zod';
import { dialects, type Dialect } from '../dialects/detect-dialect.ts';
import {
  byteLength,
  decodeScript,
  InputError,
  inputMessages,
  looksLikeSql,
  looksBinary,
  maxScriptBytes,
} from '../sql/input-checks.ts';

export {
  byteLength,
  decodeScript,
  InputError,
  inputMessages,
  looksBinary,
  looksLikeSql,
  maxScriptBytes,
  scriptProblem,
} from '../sql/input-checks.ts';

export const scriptSchema = z
  .string()
  .refine((s) => s.trim().length > 0, inputMessages.empty)
  .refine((s) => byteLength(s) <= maxScriptBytes, inputMessages.tooLarge)
  .refine((s) => !looksBinary(s), inputMessages.binary)
  .refine((s) => looksLikeSql(s), inputMessages.notSql);

export const analyseInputSchema = z.object({
  script: scriptSchema,
  /** Override for the detected dialect. */
  dialect: z.enum(dialects).optional(),
});
export type AnalyseInput = z.infer<typeof analyseInputSchema>;

/** Validates a script; throws InputError with the first problem's message (checked in the order above). */
export function validateScript(script: unknown, dialect?: unknown): { script: string; dialect?: Dialect } {
  if (typeof script !== 'string') throw new InputError(inputMessages.empty);
  // Cheap checks first: a 50 MB binary must not be tokenized.
  if (script.trim().length === 0) throw new InputError(inputMessages.empty);
  if (script.length > maxScriptBytes || byteLength(script) > maxScriptBytes)
    throw new InputError(inputMessages.tooLarge);
  if (looksBinary(script)) throw new InputError(inputMessages.binary);
  const parsed = analyseInputSchema.safeParse({ script, dialect });
  if (!parsed.success) throw new InputError(parsed.error.issues[0]?.message ?? inputMessages.notSql);
  return parsed.data.dialect
    ? { script: parsed.data.script, dialect: parsed.data.dialect }
    : { script: parsed.data.script };
}

/** Validates raw bytes (a dropped file): size before decoding, then binary content, then the text rules. */
export function validateBytes(bytes: Uint8Array): string {
  return validateScript(decodeScript(bytes)).script;
}
