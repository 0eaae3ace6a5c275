/** Oracle: SQL*Plus scripts, PL/SQL, q-quotes and bind variables (sqlglot's dialects/oracle.py in spirit). */
import { ansiLexerRules, type LexerRules } from '../sql/lexer.ts';
import type { ClientCommand } from '../sql/split.ts';
import { constructsOf } from './construct-catalogue.ts';
import { vendorFunctions } from './vendor-functions.ts';
import { plainDdl, plainRoutines, plainTypes, type DialectProfile } from './dialect-profile.ts';
import { detectionSignals } from './detection-signals.ts';

const lexer: LexerRules = {
  ...ansiLexerRules,
  hashInNames: true,
  qQuotes: true,
  nationalStrings: true,
  colonBindVariables: true,
};

const sqlplusCommand =
  /^(REM|REMARK|PRO|PROMPT|SPO|SPOOL|WHENEVER|EXIT|QUIT|DEF|DEFINE|UNDEF|UNDEFINE|COL|COLUMN|TTITLE|BTITLE|BRE|BREAK|COMP|COMPUTE|CONN|CONNECT|DISC|DISCONNECT|SHO|SHOW|VAR|VARIABLE|PRINT|ACC|ACCEPT|PAU|PAUSE|HO|HOST|DESC|DESCRIBE|CL|CLEAR|STA|START|STORE|TIMI|TIMING|EXEC|EXECUTE|PASSW|PASSWORD|RECOVER|STARTUP|SHUTDOWN|ARCHIVE|ATTRIBUTE|COPY|GET|SAVE|EDIT|ED|INPUT|LIST|RUN|APPEND|CHANGE|DEL|HELP|REPHEADER|REPFOOTER|SQLPROMPT)$/i;
/** SET is SQL in SET TRANSACTION / ROLE / CONSTRAINT(S); every other SET at the start of a line is SQL*Plus. */
const sqlSetTargets = /^(TRANSACTION|ROLE|CONSTRAINT|CONSTRAINTS)$/i;

/** SQL*Plus line commands (PROMPT, REM, @file, SET …): they end at the line end unless it ends with "-". */
function sqlplusLine(lineText: string): ClientCommand | undefined {
  const firstWord = /^\s*(@@?|[A-Za-z_:\\!]+[A-Za-z_]*)/.exec(lineText)?.[1] ?? '';
  const nextWord = /^\s*\S+\s+(\S+)/.exec(lineText)?.[1] ?? '';
  const isSet = /^SET$/i.test(firstWord) && !sqlSetTargets.test(nextWord);
  return firstWord.startsWith('@') || sqlplusCommand.test(firstWord) || isSet ? { continues: true } : undefined;
}

/** Oracle's profile. */
export const oracle: DialectProfile = {
  id: 'oracle',
  name: 'Oracle',
  native: false,
  estimateCalibrated: true,
  lexer,
  split: {
    lexer,
    slashLines: true,
    blockStart:
      /^(CREATE\s+(OR\s+REPLACE\s+)?((NON)?EDITIONABLE\s+)?(PROCEDURE|FUNCTION|PACKAGE|TRIGGER|TYPE|LIBRARY|JAVA)|DECLARE|BEGIN)\b/i,
    lineCommand: sqlplusLine,
    indentedCommands: false,
  },
  classify: { alterRedefines: false },
  types: { ...plainTypes, float: 'double', textKeptAsWritten: true, dateHasTime: true },
  functions: {
    renames: { NVL: 'COALESCE', LENGTHB: 'octet_length' },
    niladic: {
      SYSDATE: ['LOCALTIMESTAMP', 'default.sysdate'],
      SYSTIMESTAMP: ['CURRENT_TIMESTAMP', 'default.systimestamp'],
      SYS_GUID: ['gen_random_uuid()', 'default.newid'],
    },
    bareNiladic: true,
    rewrites: new Set(['DECODE', 'NVL2', 'INSTR']),
    sequencePseudoColumns: true,
    dualTable: true,
    plusConcatenates: false,
  },
  ddl: { ...plainDdl, untypedVirtualColumns: true, generatedClauses: true },
  routines: {
    ...plainRoutines,
    modeAfterName: true,
    declarationSection: true,
    triggerPredicates: true,
    executeImmediate: true,
    bareCalls: true,
    sequenceTriggers: true,
    endLabels: true,
  },
  constructs: constructsOf('oracle'),
  vendorFunctions: vendorFunctions.oracle,
  signals: detectionSignals.filter((s) => s.dialect === 'oracle'),
};
