/** MySQL: the mysql client's DELIMITER, # comments, backslash escapes, "strings", SQL/PSM routines. */
import { ansiLexerRules, type LexerRules } from '../sql/lexer.ts';
import type { ClientCommand } from '../sql/split.ts';
import { constructsOf } from './construct-catalogue.ts';
import { vendorFunctions } from './vendor-functions.ts';
import { plainDdl, plainRoutines, plainTypes, type DialectProfile } from './dialect-profile.ts';
import { detectionSignals } from './detection-signals.ts';

const lexer: LexerRules = {
  ...ansiLexerRules,
  hashComments: true,
  nationalStrings: true,
  charsetIntroducers: true,
  doubleQuotedStrings: true,
  atVariables: true,
  backslashEscapes: true,
};

/** mysql client commands (DELIMITER x, SOURCE f, \. f, \x): one line each; DELIMITER changes the terminator. */
function mysqlClientLine(lineText: string): ClientCommand | undefined {
  if (!/^\s*(DELIMITER|SOURCE|\\\.|\\\w)(\s|$)/i.test(lineText)) return undefined;
  const m = /^\s*DELIMITER\s+(\S+)/i.exec(lineText);
  return m ? { delimiter: m[1]! } : {};
}

/** MySQL's profile. */
export const mysql: DialectProfile = {
  id: 'mysql',
  name: 'MySQL',
  native: false,
  estimateCalibrated: false,
  lexer,
  split: { lexer, slashLines: false, lineCommand: mysqlClientLine, indentedCommands: false },
  classify: { alterRedefines: false },
  types: {
    ...plainTypes,
    binaryCollation: true,
    float: 'mysql-precision',
    realIsDouble: true,
    tinyint1IsBoolean: true,
    bitStrings: true,
  },
  functions: {
    renames: { IFNULL: 'COALESCE', UCASE: 'upper', LCASE: 'lower', RAND: 'random', LAST_INSERT_ID: 'lastval' },
    niladic: {
      CURRENT_DATE: ['CURRENT_DATE', 'expr.current-date-call'],
      CURDATE: ['CURRENT_DATE', 'expr.current-date-call'],
      CURRENT_TIMESTAMP: ['CURRENT_TIMESTAMP', 'expr.current-date-call'],
      CURTIME: ['LOCALTIME', 'expr.current-date-call'],
      UTC_TIMESTAMP: ["(now() AT TIME ZONE 'utc')", 'expr.current-date-call'],
      UUID: ['gen_random_uuid()', 'default.newid'],
      CURRENT_USER: ['CURRENT_USER', 'expr.current-user-call'],
      USER: ['SESSION_USER', 'expr.current-user-call'],
      SESSION_USER: ['SESSION_USER', 'expr.current-user-call'],
      SYSTEM_USER: ['SESSION_USER', 'expr.current-user-call'],
    },
    bareNiladic: false,
    rewrites: new Set(['IF', 'TO_DAYS', 'GROUP_CONCAT']),
    sequencePseudoColumns: false,
    dualTable: true,
    plusConcatenates: false,
  },
  ddl: {
    ...plainDdl,
    generatedClauses: true,
    uniqueKeyInTable: true,
    indexPrefixLength: true,
    databaseQualifiers: true,
  },
  routines: {
    ...plainRoutines,
    modeBeforeName: true,
    declarationsInBlock: true,
    colonLabels: true,
    setAssigns: true,
    signal: true,
    sessionVariables: true,
    bareCalls: true,
    callStatement: true,
    selectReturnsRows: true,
    doLoops: true,
    singleStatementTriggers: true,
  },
  constructs: constructsOf('mysql'),
  vendorFunctions: vendorFunctions.mysql,
  signals: detectionSignals.filter((s) => s.dialect === 'mysql'),
};
