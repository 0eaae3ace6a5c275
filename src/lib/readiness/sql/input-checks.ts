/**
 * The checks a script must pass before analysis, free of zod so the page can run them as the visitor types or drops
 * a file (input.ts wraps them in the zod schema used at the engine's boundary). Each rejection has one message.
 */
import { ansiLexerRules, newlines, readToken, type LexerRules } from './lexer.ts';

/**
 * Rules for text whose database is not known yet: no dollar quoting, `#` comments or backslash escapes that could
 * swallow the rest of a script written for another database.
 */
const unknownDatabase: LexerRules = {
  ...ansiLexerRules,
  hashInNames: true,
  qQuotes: true,
  nationalStrings: true,
  colonBindVariables: true,
};

/** Largest script accepted, in bytes (10 MB, as the issue specifies). */
export const maxScriptBytes = 10 * 1024 * 1024;

export const inputMessages = {
  empty: 'The script is empty. Paste a schema or drop a .sql file.',
  binary: 'This looks like a binary file, not a SQL script. Export the schema as text (.sql) and try again.',
  tooLarge: 'The script is larger than 10 MB. Split it, or analyse the DDL without the data (INSERT statements).',
  notSql: 'This does not look like SQL: no CREATE, ALTER or other SQL statement was found.',
} as const;

/** Size of the script in UTF-8 bytes, the unit of the 10 MB limit. */
export const byteLength = (s: string) => new TextEncoder().encode(s).length;

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
    const { token } = readToken(text, pos, line, unknownDatabase);
    pos += token.text.length;
    line += newlines(token.text);
    if (token.type === 'ws' || token.type === 'comment') continue;
    if (keyword && (token.type === 'word' || token.type === 'qident' || token.type === 'op' || token.type === 'var'))
      return true;
    keyword = token.type === 'word' && sqlKeywords.has(token.value);
  }
  return false;
}

/** A rejected input, with the message to show. */
export class InputError extends Error {
  override name = 'InputError';
}

/**
 * The first problem with a script, in the order the engine checks them (cheap checks first: a 50 MB binary must not
 * be tokenized), or undefined when it can be analysed.
 */
export function scriptProblem(script: string): string | undefined {
  if (script.trim().length === 0) return inputMessages.empty;
  if (script.length > maxScriptBytes || byteLength(script) > maxScriptBytes) return inputMessages.tooLarge;
  if (looksBinary(script)) return inputMessages.binary;
  if (!looksLikeSql(script)) return inputMessages.notSql;
  return undefined;
}

/**
 * The text of a dropped file: size before decoding, then binary content, UTF-8 or UTF-16 with a byte-order mark
 * (SQL Server Management Studio saves scripts as UTF-16). Throws InputError; the text still needs `scriptProblem`.
 */
export function decodeScript(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError(inputMessages.empty);
  if (bytes.length > maxScriptBytes) throw new InputError(inputMessages.tooLarge);
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : '';
  if (!utf16 && bytes.subarray(0, 8192).includes(0)) throw new InputError(inputMessages.binary);
  return new TextDecoder(utf16 || 'utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
}
