/** SQL Server: sqlcmd scripts (GO, :setvar, $(var)), T-SQL without terminators, [bracketed] names. */
import { ansiLexerRules, type LexerRules } from '../sql/lexer.ts';
import type { ClientCommand } from '../sql/split.ts';
import { constructsOf } from './construct-catalogue.ts';
import { vendorFunctions } from './vendor-functions.ts';
import { plainDdl, plainRoutines, plainTypes, type DialectProfile } from './dialect-profile.ts';
import { detectionSignals } from './detection-signals.ts';

const lexer: LexerRules = {
  ...ansiLexerRules,
  hashInNames: true,
  hashStartsNames: true,
  nestedBlockComments: true,
  nationalStrings: true,
  bracketIdentifiers: true,
  sqlcmdVariables: true,
  atVariables: true,
};

/** Keywords that start a T-SQL statement: T-SQL needs no terminator, so one of them at the top level splits. */
const statementStarts = new Set([
  'CREATE',
  'ALTER',
  'DROP',
  'INSERT',
  'UPDATE',
  'DELETE',
  'GRANT',
  'REVOKE',
  'DENY',
  'USE',
  'SET',
  'EXEC',
  'EXECUTE',
  'PRINT',
  'DECLARE',
  'TRUNCATE',
  'IF',
  'WHILE',
  'BEGIN',
  'RAISERROR',
  'THROW',
  'DBCC',
  'BACKUP',
  'RESTORE',
  'CHECKPOINT',
  'MERGE',
  'SELECT',
]);

/** GO [n] ends a sqlcmd batch; GO n with n > 1 runs it n times. */
function goLine(trimmed: string): { repeated: boolean } | undefined {
  if (!/^GO(\s+\d+)?\s*(--.*)?$/i.test(trimmed)) return undefined;
  return { repeated: /^GO\s+\d+/i.test(trimmed) && !/^GO\s+0*1\b/i.test(trimmed) };
}

/** sqlcmd commands (:setvar, :r, :on error, !!): one line each; :setvar defines a $(variable). */
function sqlcmdLine(lineText: string): ClientCommand | undefined {
  if (!/^\s*(:[A-Za-z]+|!!)/.test(lineText)) return undefined;
  const setvar = /^\s*:setvar\s+([A-Za-z_][\w]*)\s+(?:"([^"]*)"|(\S+))/i.exec(lineText);
  return setvar ? { setvar: { name: setvar[1]!, value: setvar[2] ?? setvar[3] ?? '' } } : {};
}

/** SQL Server's profile. */
export const sqlserver: DialectProfile = {
  id: 'sqlserver',
  name: 'SQL Server',
  native: false,
  estimateCalibrated: false,
  lexer,
  split: {
    lexer,
    batchSeparator: goLine,
    slashLines: false,
    /** In a sqlcmd batch these statements run to the end of the batch. */
    wholeBatch: /^(CREATE|ALTER|CREATE\s+OR\s+ALTER)\s+(PROC|PROCEDURE|FUNCTION|TRIGGER|VIEW)\b/i,
    compoundStart: /^(IF|WHILE|BEGIN)$/i,
    statementStarts,
    lineCommand: sqlcmdLine,
    indentedCommands: true,
  },
  classify: { alterRedefines: true },
  types: { ...plainTypes, datetimeMilliseconds: true, timestampIsRowversion: true },
  functions: {
    renames: { ISNULL: 'COALESCE', LEN: 'length', DATALENGTH: 'octet_length', CEILING: 'ceil' },
    niladic: {
      GETDATE: ['LOCALTIMESTAMP', 'default.sysdate'],
      SYSDATETIME: ['LOCALTIMESTAMP', 'default.sysdate'],
      GETUTCDATE: ["(now() AT TIME ZONE 'utc')", 'default.sysdate'],
      SYSUTCDATETIME: ["(now() AT TIME ZONE 'utc')", 'default.sysdate'],
      SYSDATETIMEOFFSET: ['CURRENT_TIMESTAMP', 'default.systimestamp'],
      NEWID: ['gen_random_uuid()', 'default.newid'],
      NEWSEQUENTIALID: ['gen_random_uuid()', 'default.newid'],
    },
    bareNiladic: false,
    rewrites: new Set(['CONVERT', 'CHARINDEX']),
    sequencePseudoColumns: false,
    dualTable: false,
    plusConcatenates: true,
  },
  ddl: { ...plainDdl, computedColumnEquals: true, defaultSchema: 'dbo', databaseQualifiers: true, createSchema: true },
  routines: { ...plainRoutines, rewritten: false },
  constructs: constructsOf('sqlserver'),
  vendorFunctions: vendorFunctions.sqlserver,
  signals: detectionSignals.filter((s) => s.dialect === 'sqlserver'),
};
