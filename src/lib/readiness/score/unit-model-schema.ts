/** The unit model's zod schema (reports and JSON files are validated with it); the model itself is in unit-model.ts. */
import { z } from 'zod';
import type { UnitModel } from './unit-model.ts';

export * from './unit-model.ts';

export const unitModelSchema = z.object({
  minutesPerUnit: z.number().positive(),
  unitsPerPersonDay: z.number().positive(),
  /** Units per object of each kind (migration and review). */
  objectUnits: z.record(z.string(), z.number().min(0)),
  /** Units added to each code object for testing (ora2pg: 2; views: 0). */
  testUnits: z.number().min(0),
  /** Characters of code per unit, per source dialect (ora2pg: 1,000; 400 for SQL Server). */
  charsPerUnit: z.record(z.string(), z.number().positive()),
  /** Units per distinct vendor-only function (ora2pg: 1; 2 for MySQL and SQL Server). */
  vendorFunctionUnits: z.record(z.string(), z.number().min(0)),
  /** Units per occurrence of each construct. */
  constructWeights: z.record(z.string(), z.number().min(0)),
  /** A construct counts as "scored" for the technical level when its weight is at least this. */
  scoredConstructMinWeight: z.number().min(0),
  /** Level C instead of B above this many person-days. */
  levelCPersonDays: z.number().min(0),
}) satisfies z.ZodType<UnitModel>;
