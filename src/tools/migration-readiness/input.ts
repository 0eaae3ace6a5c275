/** Validation of a pasted or dropped schema: every rejection has one clear message. */
import { z } from 'zod';
import { dialects, type Dialect } from './dialect.ts';
import { newlines, readToken } from './lexer.ts';

/** Largest script accepted, in bytes (10 MB, as the issue specifies). */
export const maxScriptBytes = 10 * 1024 * 1024;

export const inputMessages = {
  empty: 'The script is empty. Paste a schema or drop a .sql file.',
  binary: 'This looks like a binary file, not a SQL script. Export the schema as text (.sql) and try again.',
  tooLarge: 'The script is larger than 10 MB. Split it, or analyse the DDL without the data (INSERT statements).',
  notSql: 'This does not look like SQL: no CREATE, ALTER or other SQL statement was found.',
} as const;

const byteLength = (s: string) => new TextEncoder().encode(s).length;

/** True when the text holds NUL bytes or many control characters: the sign of a binary file read as text. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 9 || (c > 13 && c < 32)) && c !== 27) control++;
    if (c === 0xfffd) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

const sqlKeywords = new Set([
  'CREATE',
  'ALTER',
  'DROP',
  'INSERT',
  'UPDATE',
  'DELETE',
  'SELECT',
  'GRANT',
  'REVOKE',
  'COMMENT',
  'SET',
  'USE',
  'BEGIN',
  'DECLARE',
  'EXEC',
  'EXECUTE',
  'MERGE',
  'TRUNCATE',
  'WITH',
  'CALL',
  'DO',
  'COPY',
]);

/** True when some token sequence reads as a SQL statement: a statement keyword followed by more words. */
export function looksLikeSql(text: string): boolean {
  // Reads tokens one by one and stops at the first statement keyword followed by a word.
  let pos = 0;
  let line = 1;
  let keyword = false;
  while (pos < text.length) {
    const { token } = readToken(text, pos, line, 'oracle');
    pos += token.text.length;
    line += newlines(token.text);
    if (token.type === 'ws' || token.type === 'comment') continue;
    if (keyword && (token.type === 'word' || token.type === 'qident' || token.type === 'op' || token.type === 'var'))
      return true;
    keyword = token.type === 'word' && sqlKeywords.has(token.value);
  }
  return false;
}

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

/** A rejected input, with the message to show. */
export class InputError extends Error {
  override name = 'InputError';
}

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
  if (bytes.length === 0) throw new InputError(inputMessages.empty);
  if (bytes.length > maxScriptBytes) throw new InputError(inputMessages.tooLarge);
  // SQL Server Management Studio saves scripts as UTF-16 with a byte-order mark.
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : '';
  if (!utf16 && bytes.subarray(0, 8192).includes(0)) throw new InputError(inputMessages.binary);
  const text = new TextDecoder(utf16 || 'utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  return validateScript(text).script;
}
