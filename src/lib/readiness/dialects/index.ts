/** The dialect modules behind one lookup: every layer above asks `profileOf(dialect)` instead of comparing names. */
import type { Dialect } from './dialect-id.ts';
import type { DialectProfile } from './dialect-profile.ts';
import { mysql } from './mysql.ts';
import { oracle } from './oracle.ts';
import { postgres } from './postgres.ts';
import { sqlserver } from './sqlserver.ts';

export { dialects, type Dialect } from './dialect-id.ts';
export type { DialectProfile } from './dialect-profile.ts';

const profiles: Record<Dialect, DialectProfile> = { oracle, sqlserver, mysql, postgres };

/** The profile of one source database. */
export function profileOf(dialect: Dialect): DialectProfile {
  return profiles[dialect];
}

/** Display names by dialect id, for selects and reports. */
export const dialectNames: Record<Dialect, string> = {
  oracle: oracle.name,
  sqlserver: sqlserver.name,
  mysql: mysql.name,
  postgres: postgres.name,
};
