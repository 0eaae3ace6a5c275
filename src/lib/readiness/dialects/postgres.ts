/** PostgreSQL: the target itself. Scripts are verified as written; the lexer knows dollar quoting and E'…'. */
import { ansiLexerRules, type LexerRules } from '../sql/lexer.ts';
import type { ClientCommand } from '../sql/split.ts';
import { constructsOf } from './construct-catalogue.ts';
import { vendorFunctions } from './vendor-functions.ts';
import { plainDdl, plainRoutines, plainTypes, type DialectProfile } from './dialect-profile.ts';
import { detectionSignals } from './detection-signals.ts';

const lexer: LexerRules = { ...ansiLexerRules, nestedBlockComments: true, escapeStrings: true, dollarQuotes: true };

/** psql meta-commands (\connect, \i …): one line each. */
const psqlLine = (lineText: string): ClientCommand | undefined => (/^\s*\\/.test(lineText) ? {} : undefined);

/** PostgreSQL's profile: every conversion flag off, since nothing is converted. */
export const postgres: DialectProfile = {
  id: 'postgres',
  name: 'PostgreSQL',
  native: true,
  estimateCalibrated: false,
  lexer,
  split: { lexer, slashLines: false, lineCommand: psqlLine, indentedCommands: false },
  classify: { alterRedefines: false },
  types: { ...plainTypes },
  functions: {
    renames: {},
    niladic: {},
    bareNiladic: false,
    rewrites: new Set(),
    sequencePseudoColumns: false,
    dualTable: false,
    plusConcatenates: false,
  },
  ddl: { ...plainDdl, createSchema: true },
  routines: { ...plainRoutines },
  constructs: constructsOf('postgres'),
  vendorFunctions: vendorFunctions.postgres,
  signals: detectionSignals.filter((s) => s.dialect === 'postgres'),
};
