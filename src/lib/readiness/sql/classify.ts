/** Decides what kind of object each statement defines, its name, and the table it belongs to. */
import { significant } from './lexer.ts';
import type { RawStatement } from './split.ts';
import { isIdent, isText, isWord, nameOf, type Tok } from './tokens.ts';

export const objectKinds = [
  'table',
  'view',
  'materialized-view',
  'index',
  'sequence',
  'trigger',
  'procedure',
  'function',
  'package',
  'package-body',
  'type',
  'type-body',
  'synonym',
  'grant',
  'constraint',
  'alter',
  'comment',
  'data',
  'schema',
  'drop',
  'session',
  'client-command',
  'transaction',
  'query',
  'block',
  'other',
] as const;
export type ObjectKind = (typeof objectKinds)[number];

/** Human names for kinds, for reports. */
export const kindLabels: Record<ObjectKind, string> = {
  table: 'Table',
  view: 'View',
  'materialized-view': 'Materialized view',
  index: 'Index',
  sequence: 'Sequence',
  trigger: 'Trigger',
  procedure: 'Procedure',
  function: 'Function',
  package: 'Package spec',
  'package-body': 'Package body',
  type: 'Type',
  'type-body': 'Type body',
  synonym: 'Synonym',
  grant: 'Grant',
  constraint: 'Constraint (ALTER TABLE)',
  alter: 'Other ALTER',
  comment: 'Comment',
  data: 'Data statement',
  schema: 'Database / schema',
  drop: 'Drop',
  session: 'Session setting',
  'client-command': 'Client command',
  transaction: 'Transaction control',
  query: 'Query',
  block: 'Anonymous block',
  other: 'Other',
};

export interface Classification {
  kind: ObjectKind;
  /** Object name, lower case, without schema. */
  name: string;
  schema?: string;
  /** Table the object belongs to (index, trigger, constraint, comment, alter). */
  table?: string;
}

const sig = (s: RawStatement): Tok[] => s.tokens.filter(significant).map((tok) => ({ tok, pre: '', text: tok.text }));

/** Reads [schema.]name at i. */
function qualified(t: Tok[], i: number): { name: string; schema?: string; end: number } {
  if (isIdent(t[i]) && isText(t[i + 1], '.') && isIdent(t[i + 2])) {
    if (isText(t[i + 3], '.') && isIdent(t[i + 4]))
      return { schema: nameOf(t[i + 2]), name: nameOf(t[i + 4]), end: i + 5 };
    return { schema: nameOf(t[i]), name: nameOf(t[i + 2]), end: i + 3 };
  }
  return { name: nameOf(t[i]), end: i + 1 };
}

/** What the classifier needs to know of a database: declared here, implemented by each dialect module. */
export interface ClassifyRules {
  /** ALTER PROCEDURE / FUNCTION / VIEW / TRIGGER carries the whole definition (T-SQL). */
  alterRedefines: boolean;
}

/** Classifies one statement. */
export function classify(statement: RawStatement, rules: ClassifyRules): Classification {
  if (statement.origin === 'client')
    return { kind: 'client-command', name: statement.text.split(/\s+/)[0]!.toLowerCase() };
  const t = sig(statement);
  const first = t[0]?.tok.value ?? '';
  let i = 1;

  if (
    first === 'CREATE' ||
    (first === 'ALTER' && rules.alterRedefines && isWord(t[1], 'PROC', 'PROCEDURE', 'FUNCTION', 'VIEW', 'TRIGGER'))
  ) {
    // Skip modifiers: OR REPLACE / OR ALTER, EDITIONABLE, DEFINER=…, ALGORITHM=…, SQL SECURITY …, UNIQUE, GLOBAL TEMPORARY …
    for (;;) {
      if (isWord(t[i], 'OR') && isWord(t[i + 1], 'REPLACE', 'ALTER')) i += 2;
      else if (
        isWord(
          t[i],
          'EDITIONABLE',
          'NONEDITIONABLE',
          'FORCE',
          'NOFORCE',
          'PUBLIC',
          'GLOBAL',
          'TEMPORARY',
          'TEMP',
          'LOCAL',
          'UNLOGGED',
          'NO',
        )
      )
        i++;
      else if (isWord(t[i], 'DEFINER', 'ALGORITHM') && isText(t[i + 1], '=')) {
        i += 3;
        if (isText(t[i], '@')) i += 2;
        if (isText(t[i], '(') && isText(t[i + 1], ')')) i += 2;
      } else if (isWord(t[i], 'SQL') && isWord(t[i + 1], 'SECURITY')) i += 3;
      else break;
    }
    const what = t[i]?.tok.value ?? '';
    const after = (k: number) => qualified(t, k);
    switch (what) {
      case 'TABLE': {
        let k = i + 1;
        if (isWord(t[k], 'IF') && isWord(t[k + 1], 'NOT')) k += 3;
        const n = after(k);
        return { kind: 'table', ...pick(n) };
      }
      case 'VIEW':
        return { kind: 'view', ...pick(after(i + 1)) };
      case 'MATERIALIZED':
        return { kind: 'materialized-view', ...pick(after(i + 2)) };
      case 'UNIQUE':
      case 'BITMAP':
      case 'CLUSTERED':
      case 'NONCLUSTERED':
      case 'FULLTEXT':
      case 'SPATIAL':
      case 'INDEX': {
        let k = i;
        while (isWord(t[k], 'UNIQUE', 'BITMAP', 'CLUSTERED', 'NONCLUSTERED', 'FULLTEXT', 'SPATIAL')) k++;
        if (!isWord(t[k], 'INDEX')) break;
        k++;
        if (isWord(t[k], 'CONCURRENTLY')) k++;
        if (isWord(t[k], 'IF') && isWord(t[k + 1], 'NOT')) k += 3;
        const n = after(k);
        let j = n.end;
        while (j < t.length && !isWord(t[j], 'ON')) j++;
        if (isWord(t[j + 1], 'ONLY')) j++;
        const table = qualified(t, j + 1).name;
        return { kind: 'index', ...pick(n), table };
      }
      case 'SEQUENCE':
        return { kind: 'sequence', ...pick(after(i + 1)) };
      case 'TRIGGER': {
        const n = after(i + 1);
        let j = n.end;
        while (j < t.length && !isWord(t[j], 'ON')) j++;
        return { kind: 'trigger', ...pick(n), table: qualified(t, j + 1).name };
      }
      case 'PROC':
      case 'PROCEDURE':
        return { kind: 'procedure', ...pick(after(i + 1)) };
      case 'FUNCTION':
        return { kind: 'function', ...pick(after(i + 1)) };
      case 'PACKAGE':
        if (isWord(t[i + 1], 'BODY')) return { kind: 'package-body', ...pick(after(i + 2)) };
        return { kind: 'package', ...pick(after(i + 1)) };
      case 'TYPE':
        if (isWord(t[i + 1], 'BODY')) return { kind: 'type-body', ...pick(after(i + 2)) };
        return { kind: 'type', ...pick(after(i + 1)) };
      case 'DOMAIN':
        return { kind: 'type', ...pick(after(i + 1)) };
      case 'SYNONYM':
        return { kind: 'synonym', ...pick(after(i + 1)) };
      case 'DATABASE':
      case 'SCHEMA':
      case 'USER':
      case 'ROLE':
      case 'LOGIN':
      case 'TABLESPACE':
      case 'DIRECTORY':
      case 'EXTENSION': {
        const k = isWord(t[i + 1], 'IF') ? i + 4 : i + 1;
        return { kind: 'schema', name: nameOf(t[k]) };
      }
      case 'DATABASE_LINK':
        break;
      default:
        break;
    }
    return { kind: 'other', name: nameOf(t[i]) };
  }
  if (first === 'ALTER') {
    if (isWord(t[1], 'TABLE')) {
      let k = 2;
      if (isWord(t[k], 'ONLY')) k++;
      if (isWord(t[k], 'IF') && isWord(t[k + 1], 'EXISTS')) k += 2;
      const n = qualified(t, k);
      const rest = t.slice(n.end);
      const isConstraint =
        rest.some((x) => isWord(x, 'CONSTRAINT', 'PRIMARY', 'FOREIGN', 'UNIQUE', 'CHECK')) &&
        rest.some((x) => isWord(x, 'ADD'));
      return {
        kind: isConstraint ? 'constraint' : 'alter',
        name: n.name,
        ...(n.schema ? { schema: n.schema } : {}),
        table: n.name,
      };
    }
    if (isWord(t[1], 'TRIGGER')) return { kind: 'alter', name: nameOf(t[2]) };
    if (isWord(t[1], 'SEQUENCE')) return { kind: 'alter', name: nameOf(t[2]) };
    if (isWord(t[1], 'SESSION', 'SYSTEM', 'DATABASE')) return { kind: 'session', name: nameOf(t[1]) };
    return { kind: 'alter', name: nameOf(t[2]) };
  }
  if (first === 'COMMENT') {
    const target = nameOf(t[2]);
    const n = qualified(t, 3);
    return {
      kind: 'comment',
      name: `${target} ${n.schema ?? ''}${n.schema ? '.' : ''}${n.name}`.trim(),
      table: n.schema && target === 'column' ? n.schema : n.name,
    };
  }
  if (first === 'GRANT' || first === 'REVOKE' || first === 'DENY') return { kind: 'grant', name: first.toLowerCase() };
  if (/^(INSERT|UPDATE|DELETE|MERGE|COPY|TRUNCATE|LOAD|REPLACE|UPSERT|BULK)$/.test(first))
    return { kind: 'data', name: first.toLowerCase() };
  if (first === 'DROP') return { kind: 'drop', name: nameOf(t[t.length - 1]) };
  if (first === 'IF' && t.some((x) => isWord(x, 'DROP'))) return { kind: 'drop', name: 'if exists … drop' };
  if (
    /^(SET|USE|PRAGMA|FLUSH|LOCK|UNLOCK|SHOW|DBCC|PRINT|CHECKPOINT|ANALYZE|OPTIMIZE|RESET|DISCARD|DECLARE)$/.test(first)
  )
    return { kind: 'session', name: `${first.toLowerCase()} ${nameOf(t[1])}`.trim() };
  if (/^(COMMIT|ROLLBACK|SAVEPOINT|START|BEGIN|END)$/.test(first) && t.length <= 3)
    return { kind: 'transaction', name: first.toLowerCase() };
  if (first === 'SELECT' || first === 'WITH' || first === 'VALUES' || first === 'EXPLAIN')
    return { kind: 'query', name: 'select' };
  if (first === 'CALL' || first === 'EXEC' || first === 'EXECUTE') return { kind: 'data', name: 'call' };
  if (first === 'DECLARE' || first === 'BEGIN' || first === 'IF' || first === 'WHILE' || first === 'DO')
    return { kind: 'block', name: first.toLowerCase() };
  return { kind: 'other', name: first.toLowerCase() };
}

function pick(n: { name: string; schema?: string }): { name: string; schema?: string } {
  return n.schema ? { name: n.name, schema: n.schema } : { name: n.name };
}
