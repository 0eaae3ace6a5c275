/** The signals that tell which database a script was written for (detect-dialect.ts scores them). */
import type { Dialect } from './dialect-id.ts';
import type { Token } from '../sql/lexer.ts';

export type Matcher = (tokens: Token[], i: number, lineTokens: Map<number, Token[]>) => boolean;

/** One piece of evidence that a script was written for `dialect`, with its weight. */
export interface DetectionSignal {
  dialect: Dialect;
  signal: string;
  weight: number;
  match: Matcher;
}

const word =
  (w: string): Matcher =>
  (t, i) =>
    t[i]!.type === 'word' && t[i]!.value === w;
const words =
  (...ws: string[]): Matcher =>
  (t, i) =>
    ws.every((w, k) => t[i + k]?.type === 'word' && t[i + k]!.value === w);
const wordThen =
  (w: string, text: string): Matcher =>
  (t, i) =>
    t[i]!.type === 'word' && t[i]!.value === w && t[i + 1]?.text === text;
/** The token is the only significant token on its line. */
const aloneOnLine =
  (test: (tok: Token) => boolean): Matcher =>
  (t, i, lines) =>
    test(t[i]!) && lines.get(t[i]!.line)?.length === 1;
const lineStartsWith =
  (...ws: string[]): Matcher =>
  (t, i, lines) =>
    lines.get(t[i]!.line)?.[0] === t[i] && ws.includes(t[i]!.value) && t[i]!.type === 'word';

/** Every database's signals; each dialect module holds its own part. */
export const detectionSignals: DetectionSignal[] = [
  { dialect: 'oracle', signal: 'VARCHAR2 / NVARCHAR2', weight: 5, match: (t, i) => /^N?VARCHAR2$/.test(t[i]!.value) },
  { dialect: 'oracle', signal: 'NUMBER type', weight: 2, match: wordThen('NUMBER', '(') },
  {
    dialect: 'oracle',
    signal: 'SYSDATE / SYSTIMESTAMP',
    weight: 2,
    match: (t, i) => /^SYS(DATE|TIMESTAMP)$/.test(t[i]!.value),
  },
  { dialect: 'oracle', signal: 'FROM DUAL', weight: 3, match: words('FROM', 'DUAL') },
  {
    dialect: 'oracle',
    signal: ':NEW / :OLD',
    weight: 4,
    match: (t, i) => t[i]!.type === 'var' && /^:(new|old)$/i.test(t[i]!.text),
  },
  { dialect: 'oracle', signal: 'SQL*Plus "/" terminator', weight: 2, match: aloneOnLine((tok) => tok.text === '/') },
  {
    dialect: 'oracle',
    signal: 'SQL*Plus PROMPT / REM',
    weight: 3,
    match: lineStartsWith('PROMPT', 'PRO', 'REM', 'REMARK', 'SPOOL', 'WHENEVER'),
  },
  {
    dialect: 'oracle',
    signal: 'NOCACHE / NOCYCLE',
    weight: 2,
    match: (t, i) => /^(NOCACHE|NOCYCLE|NOORDER|NOLOGGING)$/.test(t[i]!.value),
  },
  { dialect: 'oracle', signal: 'RAISE_APPLICATION_ERROR', weight: 4, match: word('RAISE_APPLICATION_ERROR') },
  { dialect: 'oracle', signal: 'CLOB / NCLOB', weight: 2, match: (t, i) => /^N?CLOB$/.test(t[i]!.value) },
  { dialect: 'oracle', signal: 'PACKAGE', weight: 4, match: words('OR', 'REPLACE', 'PACKAGE') },
  {
    dialect: 'oracle',
    signal: '%TYPE / %ROWTYPE',
    weight: 3,
    match: (t, i) => t[i]!.text === '%' && /^(TYPE|ROWTYPE)$/.test(t[i + 1]?.value ?? ''),
  },
  { dialect: 'oracle', signal: 'ORGANIZATION INDEX', weight: 3, match: words('ORGANIZATION', 'INDEX') },
  {
    dialect: 'oracle',
    signal: 'NVL / DECODE',
    weight: 1,
    match: (t, i) => /^(NVL|NVL2|DECODE)$/.test(t[i]!.value) && t[i + 1]?.text === '(',
  },
  {
    dialect: 'sqlserver',
    signal: 'GO batch separator',
    weight: 4,
    match: aloneOnLine((tok) => tok.type === 'word' && tok.value === 'GO'),
  },
  {
    dialect: 'sqlserver',
    signal: '[bracketed] identifiers',
    weight: 3,
    match: (t, i) => t[i]!.type === 'qident' && t[i]!.quote === '[',
  },
  { dialect: 'sqlserver', signal: 'IDENTITY', weight: 3, match: word('IDENTITY') },
  {
    dialect: 'sqlserver',
    signal: 'NVARCHAR / NCHAR / NTEXT',
    weight: 2,
    match: (t, i) => /^(NVARCHAR|NTEXT)$/.test(t[i]!.value),
  },
  { dialect: 'sqlserver', signal: 'GETDATE()', weight: 3, match: wordThen('GETDATE', '(') },
  {
    dialect: 'sqlserver',
    signal: 'CLUSTERED / NONCLUSTERED',
    weight: 4,
    match: (t, i) => /^(NON)?CLUSTERED$/.test(t[i]!.value),
  },
  {
    dialect: 'sqlserver',
    signal: 'dbo schema',
    weight: 3,
    match: (t, i) => /^dbo$/i.test(t[i]!.value) && t[i + 1]?.text === '.',
  },
  {
    dialect: 'sqlserver',
    signal: 'DATETIME2 / UNIQUEIDENTIFIER / MONEY',
    weight: 3,
    match: (t, i) => /^(DATETIME2|UNIQUEIDENTIFIER|MONEY|SMALLDATETIME|DATETIMEOFFSET)$/.test(t[i]!.value),
  },
  {
    dialect: 'sqlserver',
    signal: '@@ variables',
    weight: 2,
    match: (t, i) => t[i]!.type === 'var' && t[i]!.text.startsWith('@@'),
  },
  {
    dialect: 'sqlserver',
    signal: 'SET NOCOUNT / QUOTED_IDENTIFIER',
    weight: 3,
    match: (t, i) =>
      t[i]!.value === 'SET' && /^(NOCOUNT|QUOTED_IDENTIFIER|ANSI_NULLS|IDENTITY_INSERT)$/.test(t[i + 1]?.value ?? ''),
  },
  {
    dialect: 'sqlserver',
    signal: 'SQLCMD :setvar / $(var)',
    weight: 4,
    match: (t, i) => t[i]!.type === 'var' && t[i]!.text.startsWith('$('),
  },
  {
    dialect: 'mysql',
    signal: '`backtick` identifiers',
    weight: 3,
    match: (t, i) => t[i]!.type === 'qident' && t[i]!.quote === '`',
  },
  { dialect: 'mysql', signal: 'AUTO_INCREMENT', weight: 5, match: word('AUTO_INCREMENT') },
  {
    dialect: 'mysql',
    signal: 'ENGINE=',
    weight: 5,
    match: (t, i) => t[i]!.value === 'ENGINE' && t[i + 1]?.text === '=',
  },
  { dialect: 'mysql', signal: 'DELIMITER', weight: 4, match: lineStartsWith('DELIMITER') },
  { dialect: 'mysql', signal: 'UNSIGNED', weight: 4, match: word('UNSIGNED') },
  { dialect: 'mysql', signal: 'CHARSET / COLLATE=', weight: 2, match: (t, i) => t[i]!.value === 'CHARSET' },
  {
    dialect: 'mysql',
    signal: 'TINYINT / MEDIUMINT / MEDIUMTEXT / LONGTEXT',
    weight: 2,
    match: (t, i) => /^(MEDIUMINT|MEDIUMTEXT|LONGTEXT|TINYTEXT|LONGBLOB|MEDIUMBLOB)$/.test(t[i]!.value),
  },
  {
    dialect: 'mysql',
    signal: 'ENUM( / SET(',
    weight: 2,
    match: (t, i) => t[i]!.value === 'ENUM' && t[i + 1]?.text === '(',
  },
  { dialect: 'mysql', signal: 'IFNULL', weight: 2, match: wordThen('IFNULL', '(') },
  {
    dialect: 'mysql',
    signal: '/*! conditional comments */',
    weight: 3,
    match: (t, i) => t[i]!.type === 'comment' && t[i]!.text.startsWith('/*!'),
  },
  {
    dialect: 'postgres',
    signal: 'SERIAL / BIGSERIAL',
    weight: 4,
    match: (t, i) => /^(SERIAL|BIGSERIAL|SMALLSERIAL)$/.test(t[i]!.value),
  },
  { dialect: 'postgres', signal: ':: casts', weight: 3, match: (t, i) => t[i]!.text === '::' },
  {
    dialect: 'postgres',
    signal: 'AS $$ bodies',
    weight: 4,
    match: (t, i) => t[i]!.text === '$' && t[i - 1]?.value === 'AS',
  },
  {
    dialect: 'postgres',
    signal: 'LANGUAGE plpgsql / sql',
    weight: 4,
    match: (t, i) => t[i]!.value === 'LANGUAGE' && /^(PLPGSQL|SQL)$/.test(t[i + 1]?.value ?? ''),
  },
  {
    dialect: 'postgres',
    signal: 'BYTEA / TIMESTAMPTZ / JSONB',
    weight: 3,
    match: (t, i) => /^(BYTEA|TIMESTAMPTZ|JSONB|TSVECTOR)$/.test(t[i]!.value),
  },
  {
    dialect: 'postgres',
    signal: 'OWNER TO / search_path',
    weight: 3,
    match: (t, i) => (t[i]!.value === 'OWNER' && t[i + 1]?.value === 'TO') || t[i]!.value === 'SEARCH_PATH',
  },
  { dialect: 'postgres', signal: 'ALTER TABLE ONLY', weight: 3, match: words('ALTER', 'TABLE', 'ONLY') },
  { dialect: 'postgres', signal: 'nextval(', weight: 2, match: wordThen('NEXTVAL', '(') },
];
