/**
 * Schemas. T-SQL's `CREATE SCHEMA [x] AUTHORIZATION [dbo]` is a schema, as in PostgreSQL (objects keep their schema;
 * the owner is a role to create separately); a PostgreSQL script's CREATE SCHEMA runs as written without its owner.
 * And in every dialect, an object qualified with a schema the script never creates gets a
 * `CREATE SCHEMA IF NOT EXISTS` before it, instead of failing with "schema does not exist" for every object in it.
 * Sources: Microsoft Learn, "CREATE SCHEMA (Transact-SQL)"; PostgreSQL 17 manual, CREATE SCHEMA.
 */
import { profileOf } from '../dialects/index.ts';
import type { Classification } from '../sql/classify.ts';
import type { Dialect } from '../dialects/detect-dialect.ts';
import { significant } from '../sql/lexer.ts';
import type { RuleHit } from './rules.ts';
import type { RawStatement } from '../sql/split.ts';
import { isIdent, isWord, nameOf, pgIdent, type Tok } from '../sql/tokens.ts';

/** Schemas that exist in every PostgreSQL database, or that the converters drop (dbo → public). */
const builtinSchemas = new Set(['public', 'pg_catalog', 'information_schema', 'dbo']);

export interface SchemaStatement {
  sql?: string;
  notApplicable?: string;
  blockers?: string[];
  warnings?: string[];
  references?: string[];
}

/** CREATE SCHEMA in SQL Server and PostgreSQL scripts; undefined for other statements and dialects. */
export function convertCreateSchema(
  statement: RawStatement,
  dialect: Dialect,
  rules: RuleHit[],
): SchemaStatement | undefined {
  if (!profileOf(dialect).ddl.createSchema) return undefined;
  const t: Tok[] = statement.tokens.filter(significant).map((tok) => ({ tok, pre: '', text: tok.text }));
  if (!isWord(t[0], 'CREATE') || !isWord(t[1], 'SCHEMA') || statement.problem) return undefined;
  let i = 2;
  let ifNotExists = '';
  if (isWord(t[i], 'IF') && isWord(t[i + 1], 'NOT') && isWord(t[i + 2], 'EXISTS')) {
    ifNotExists = 'IF NOT EXISTS ';
    i += 3;
  }
  let name = '';
  if (isIdent(t[i]) && !isWord(t[i], 'AUTHORIZATION')) name = nameOf(t[i++]);
  let owner = '';
  if (isWord(t[i], 'AUTHORIZATION') && isIdent(t[i + 1])) {
    owner = nameOf(t[i + 1]);
    i += 2;
  }
  name ||= owner;
  if (!name) return undefined;
  const line = statement.startLine;
  if (i < t.length && !(t[i]?.text === ';' && i === t.length - 1))
    return {
      sql: `${statement.text};`,
      blockers: [
        `CREATE SCHEMA ${name} holds other statements: run them as separate statements after CREATE SCHEMA ${name}`,
      ],
    };
  if (builtinSchemas.has(name))
    return { notApplicable: `schema ${name} exists in PostgreSQL already (objects in dbo land in public)` };
  rules.push({
    id: 'schema.create',
    detail: `CREATE SCHEMA ${name}${owner ? ` AUTHORIZATION ${owner}` : ''} → CREATE SCHEMA ${pgIdent(name)}${owner ? ' (create the owner role separately)' : ''}`,
    line,
  });
  return { sql: `CREATE SCHEMA ${ifNotExists}${pgIdent(name)};` };
}

/** What the implicit-schema pass needs to know of a converted statement. */
export interface SchemaUser {
  statement: RawStatement;
  classification: Classification;
  sql: string;
  notApplicable?: string;
  rules: RuleHit[];
  warnings: string[];
}

/**
 * Adds `CREATE SCHEMA IF NOT EXISTS s;` before every converted object in a schema s that no statement of the script
 * creates (idempotent, so each object still runs alone), with one finding per schema on its first object.
 */
export function addImplicitSchemas(converted: SchemaUser[]): void {
  const created = new Set<string>();
  for (const c of converted) {
    if (c.notApplicable) continue;
    for (const m of c.sql.matchAll(/CREATE\s+SCHEMA\s+(?:IF\s+NOT\s+EXISTS\s+)?("(?:[^"]|"")+"|[\w$]+)/gi))
      created.add(m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!.toLowerCase());
  }
  const announced = new Set<string>();
  for (const c of converted) {
    const schema = c.classification.schema;
    if (!schema || c.notApplicable || !c.sql.trim() || builtinSchemas.has(schema) || created.has(schema)) continue;
    const qualified = `${pgIdent(schema)}.`;
    // The converters may have dropped the qualifier (current database, dbo): then nothing is needed.
    if (!c.sql.toLowerCase().includes(qualified.toLowerCase())) continue;
    c.sql = `CREATE SCHEMA IF NOT EXISTS ${pgIdent(schema)};\n${c.sql}`;
    c.rules.push({
      id: 'schema.implicit',
      detail: `schema ${schema} is never created by the script → CREATE SCHEMA IF NOT EXISTS ${pgIdent(schema)}`,
      line: c.statement.startLine,
    });
    if (!announced.has(schema)) {
      announced.add(schema);
      c.warnings.push(
        `Schema ${schema} used but not created: the script never creates it, so the converted schema creates it before its first object (check its owner and privileges)`,
      );
    }
  }
}
