/**
 * Column type mapping to PostgreSQL. Sources for the mappings: ora2pg's default DATA_TYPE map (ora2pg.conf),
 * Microsoft SSMA and AWS SCT type tables for SQL Server, and pgloader's MySQL casting rules.
 */
import type { Dialect } from '../dialects/detect-dialect.ts';
import { profileOf } from '../dialects/index.ts';
import type { RuleHit, RuleId } from './rules.ts';
import { coreSpatialTypes, postgisTypes } from './spatial.ts';
import { isText, isWord, matchParen, nameOf, render, splitTopLevel, type Tok } from '../sql/tokens.ts';

export interface ConvertedType {
  sql: string;
  /** Index after the type (and its attributes). */
  end: number;
  rules: RuleHit[];
  /** ENUM / SET values (MySQL), so the column can get its CHECK constraint. */
  enumValues?: string[];
  setValues?: string[];
  boolean?: boolean;
}

/** Integer type for NUMBER(p) / NUMBER(p,0), as ora2pg does. */
function integerFor(precision: number): string {
  if (precision < 5) return 'smallint';
  if (precision < 10) return 'integer';
  if (precision < 19) return 'bigint';
  return `numeric(${precision})`;
}

const multiWordTypes: string[][] = [
  ['DOUBLE', 'PRECISION'],
  ['CHARACTER', 'VARYING'],
  ['NATIONAL', 'CHARACTER', 'VARYING'],
  ['NATIONAL', 'CHAR', 'VARYING'],
  ['NATIONAL', 'CHARACTER'],
  ['NATIONAL', 'CHAR'],
  ['NCHAR', 'VARYING'],
  ['CHAR', 'VARYING'],
  ['LONG', 'RAW'],
  ['LONG', 'VARCHAR'],
  ['BIT', 'VARYING'],
];

/** Whether toks[i] can start a type name (used to tell columns from table constraints). */
export function looksLikeType(t: Tok | undefined): boolean {
  return !!t && (t.tok.type === 'word' || t.tok.type === 'qident');
}

/**
 * Converts the type that starts at toks[i]. Unknown types are kept as written, so PostgreSQL itself reports them.
 */
export function convertType(toks: Tok[], i: number, dialect: Dialect): ConvertedType {
  const { native, types } = profileOf(dialect);
  const rules: RuleHit[] = [];
  const start = i;
  if (isText(toks[i + 1], '.') && systemTypeSchemas.has(nameOf(toks[i]))) i += 2; // sys.geography, MDSYS.SDO_GEOMETRY
  let words = [nameOf(toks[i]).toUpperCase()];
  for (const mw of multiWordTypes) {
    if (mw.every((w, k) => nameOf(toks[i + k]).toUpperCase() === w)) {
      words = mw;
      break;
    }
  }
  i += words.length;
  const name = words.join(' ');
  let args: string[] = [];
  let argsText = '';
  if (isText(toks[i], '(')) {
    const close = matchParen(toks, i);
    args = splitTopLevel(toks, i + 1, close).map(([a, b]) => render(toks, a, b).trim());
    argsText = render(toks, i, close + 1);
    i = close + 1;
  }
  const line = toks[start]!.tok.line;
  const original = render(toks, start, i);
  const hit = (id: RuleId, sql: string) =>
    rules.push({ id, detail: `${original.replace(/\s+/g, ' ')} → ${sql}`, line });

  // Oracle: TIMESTAMP(n) WITH [LOCAL] TIME ZONE, INTERVAL … TO …
  let tz = '';
  if (isWord(toks[i], 'WITH') && isWord(toks[i + 1], 'LOCAL') && isWord(toks[i + 2], 'TIME')) {
    tz = 'local';
    i += 4;
  } else if (isWord(toks[i], 'WITH') && isWord(toks[i + 1], 'TIME') && isWord(toks[i + 2], 'ZONE')) {
    tz = 'tz';
    i += 3;
  } else if (isWord(toks[i], 'WITHOUT') && isWord(toks[i + 1], 'TIME')) {
    i += 3;
  }
  // MySQL attributes
  let unsigned = false;
  while (isWord(toks[i], 'UNSIGNED', 'SIGNED', 'ZEROFILL')) {
    if (nameOf(toks[i]) === 'unsigned') unsigned = true;
    i++;
  }
  let charsetDropped = '';
  for (;;) {
    if (isWord(toks[i], 'CHARACTER') && isWord(toks[i + 1], 'SET')) {
      charsetDropped += ` ${render(toks, i, i + 3)}`;
      i += 3;
    } else if (isWord(toks[i], 'CHARSET')) {
      charsetDropped += ` ${render(toks, i, i + 2)}`;
      i += 2;
    } else if (isWord(toks[i], 'COLLATE') && !native) {
      charsetDropped += ` ${render(toks, i, i + 2)}`;
      i += 2;
    } else if (isWord(toks[i], 'BINARY') && types.binaryCollation) {
      charsetDropped += ' BINARY';
      i += 1;
    } else break;
  }
  if (charsetDropped)
    rules.push({
      id: 'type.charset',
      detail: `${charsetDropped.trim()} dropped (set the column collation if needed)`,
      line,
    });

  const result = (sql: string, id?: RuleId, extra: Partial<ConvertedType> = {}): ConvertedType => {
    if (id) hit(id, sql);
    return { sql, end: i, rules, ...extra };
  };
  const n = (k: number) => Number.parseInt(args[k] ?? '', 10);
  const isMax = args[0]?.toUpperCase() === 'MAX';
  const keep = () => result(native ? original : render(toks, start, i).replace(charsetDropped, ''));

  if (native) return result(original);

  switch (name) {
    // Numbers
    case 'NUMBER': {
      if (args.length === 0) return result('numeric', 'type.number');
      const p = args[0] === '*' ? 38 : n(0);
      const s = args.length > 1 ? n(1) : 0;
      if (s === 0 && Number.isFinite(p)) return result(integerFor(p), 'type.number');
      return result(`numeric(${p},${s})`, 'type.number');
    }
    case 'PLS_INTEGER':
    case 'BINARY_INTEGER':
      return result('integer', 'type.number');
    case 'BINARY_FLOAT':
      return result('real', 'type.float');
    case 'BINARY_DOUBLE':
      return result('double precision', 'type.float');
    case 'FLOAT':
      if (types.float === 'mysql-precision')
        return result(args.length === 0 || n(0) <= 24 ? 'real' : 'double precision', 'type.float');
      if (types.float === 'double') return result('double precision', 'type.float');
      return result(args.length > 0 && n(0) <= 24 ? 'real' : 'double precision', 'type.float');
    case 'DOUBLE':
    case 'REAL':
      if (name === 'REAL' && !types.realIsDouble) return keep();
      return result('double precision', 'type.float');
    case 'TINYINT':
      if (types.tinyint1IsBoolean && args[0] === '1' && !unsigned)
        return result('boolean', 'type.bit', { boolean: true });
      return result('smallint', unsigned ? 'type.unsigned' : 'type.tinyint');
    case 'SMALLINT':
      if (unsigned) return result('integer', 'type.unsigned');
      return args.length ? result('smallint', 'type.display-width') : keep();
    case 'MEDIUMINT':
      return result('integer', unsigned ? 'type.unsigned' : 'type.tinyint');
    case 'INT':
    case 'INTEGER':
      if (unsigned) return result('bigint', 'type.unsigned');
      return args.length ? result('integer', 'type.display-width') : keep();
    case 'BIGINT':
      if (unsigned) return result('numeric(20)', 'type.unsigned');
      return args.length ? result('bigint', 'type.display-width') : keep();
    case 'DECIMAL':
    case 'NUMERIC':
    case 'DEC':
      if (unsigned) return result(`numeric${argsText.replace(/\s+/g, '')}`, 'type.unsigned');
      return keep();
    case 'MONEY':
      return result('numeric(19,4)', 'type.money');
    case 'SMALLMONEY':
      return result('numeric(10,4)', 'type.money');
    case 'BIT':
      if (types.bitStrings && args.length && n(0) > 1) return result(`bit(${n(0)})`);
      return result('boolean', 'type.bit', { boolean: true });
    case 'BOOL':
    case 'BOOLEAN':
      return result('boolean', undefined, { boolean: true });
    // Characters
    case 'VARCHAR2':
    case 'NVARCHAR2': {
      const len = args[0]?.replace(/\s+(BYTE|CHAR)$/i, '');
      return result(len ? `varchar(${len})` : 'varchar', 'type.varchar2');
    }
    case 'VARCHAR':
    case 'CHARACTER VARYING':
    case 'CHAR VARYING':
      if (isMax) return result('text', 'type.max');
      return args.length ? result(`varchar(${args[0]!.replace(/\s+(BYTE|CHAR)$/i, '')})`) : result('varchar');
    case 'NVARCHAR':
    case 'NATIONAL CHARACTER VARYING':
    case 'NATIONAL CHAR VARYING':
    case 'NCHAR VARYING':
      if (isMax) return result('text', 'type.max');
      return result(args.length ? `varchar(${args[0]})` : 'varchar', 'type.nchar');
    case 'NCHAR':
    case 'NATIONAL CHARACTER':
    case 'NATIONAL CHAR':
      return result(args.length ? `char(${args[0]})` : 'char', 'type.nchar');
    case 'CHAR':
    case 'CHARACTER':
      return args.length ? result(`char(${args[0]!.replace(/\s+(BYTE|CHAR)$/i, '')})`) : result('char');
    case 'CLOB':
    case 'NCLOB':
    case 'LONG':
    case 'LONG VARCHAR':
    case 'NTEXT':
    case 'TINYTEXT':
    case 'MEDIUMTEXT':
    case 'LONGTEXT':
      return result('text', 'type.lob');
    case 'TEXT':
      return types.textKeptAsWritten ? keep() : result('text', args.length ? 'type.display-width' : undefined);
    case 'SYSNAME':
      return result('varchar(128)', 'type.sysname');
    // Binary
    case 'BLOB':
    case 'TINYBLOB':
    case 'MEDIUMBLOB':
    case 'LONGBLOB':
    case 'RAW':
    case 'LONG RAW':
    case 'IMAGE':
    case 'BINARY':
    case 'VARBINARY':
    case 'BFILE':
      return result('bytea', isMax ? 'type.max' : 'type.binary');
    case 'ROWVERSION':
      return result('bytea', 'type.rowversion');
    case 'UNIQUEIDENTIFIER':
      return result('uuid', 'type.uniqueidentifier');
    // Dates and times
    case 'DATE':
      return types.dateHasTime ? result('timestamp(0)', 'type.date') : keep();
    case 'DATETIME':
      if (types.datetimeMilliseconds) return result('timestamp(3)', 'type.datetime');
      return result(args.length ? `timestamp(${Math.min(n(0), 6)})` : 'timestamp', 'type.datetime');
    case 'DATETIME2': {
      const p = args.length ? Math.min(n(0), 6) : 6;
      return result(`timestamp(${p})`, 'type.datetime');
    }
    case 'SMALLDATETIME':
      return result('timestamp(0)', 'type.datetime');
    case 'DATETIMEOFFSET':
      return result(args.length ? `timestamptz(${Math.min(n(0), 6)})` : 'timestamptz', 'type.timestamp-tz');
    case 'TIMESTAMP': {
      if (types.timestampIsRowversion) return result('bytea', 'type.rowversion');
      const p = args.length ? Math.min(n(0), 6) : undefined;
      const base = tz ? 'timestamptz' : 'timestamp';
      const sql = p === undefined ? base : `${base}(${p})`;
      if (tz) return result(sql, 'type.timestamp-tz');
      return args.length && n(0) > 6 ? result(sql, 'type.time-precision') : result(sql);
    }
    case 'TIME':
      return args.length && n(0) > 6 ? result('time(6)', 'type.time-precision') : keep();
    case 'YEAR':
      return result('smallint', 'type.year');
    case 'INTERVAL': {
      // INTERVAL YEAR [(p)] TO MONTH / DAY [(p)] TO SECOND [(p)]
      while (toks[i] && (isWord(toks[i], 'YEAR', 'MONTH', 'DAY', 'SECOND', 'TO') || isText(toks[i], '('))) {
        i = isText(toks[i], '(') ? matchParen(toks, i) + 1 : i + 1;
      }
      return result('interval', 'type.interval');
    }
    case 'XMLTYPE':
      return result('xml', 'type.xml');
    case 'XML':
      return keep();
    case 'JSON':
      return result('jsonb', 'type.json');
    case 'ENUM': {
      const values = args.map((a) => a.replace(/^'|'$/g, '').replace(/''/g, "'"));
      const width = Math.max(1, ...values.map((v) => v.length));
      return result(`varchar(${width})`, 'type.enum', { enumValues: values });
    }
    case 'SET': {
      const values = args.map((a) => a.replace(/^'|'$/g, '').replace(/''/g, "'"));
      return result('text[]', 'type.set', { setValues: values });
    }
    default:
      if (coreSpatialTypes[name]) return result(coreSpatialTypes[name], 'type.spatial-core');
      if (postgisTypes.has(name)) return result('bytea', 'type.spatial-wkb');
      return keep();
  }
}

/** Schemas of the source databases' built-in types, dropped before the type name. */
const systemTypeSchemas = new Set(['sys', 'mdsys']);
