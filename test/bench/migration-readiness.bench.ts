/**
 * The page side of migration readiness on a large schema: what editing a weight costs (re-scoring without
 * PostgreSQL), and what filtering, sorting and paging the object table costs. The report is the Oracle fixture's,
 * its objects repeated to 10,000. The engine itself has its own benchmark: npm run bench:readiness.
 */
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { bench, describe } from 'vitest';
import { analyseScript } from '../../src/lib/readiness/engine/analyse';
import { filterObjects, noFilter, outcomeChart, pageOf, sortObjects } from '../../src/tools/migration-readiness/model';
import type { Report } from '../../src/lib/readiness/report/report';
import { inputs, modelFromValues } from '../../src/tools/migration-readiness/schema';
import { reestimate } from '../../src/lib/readiness/report/reestimate';
import { sampleInputs } from './inputs';

const pg = await PGlite.create();
const small = await analyseScript(readFileSync('public/examples/readiness/oracle.sql', 'utf8'), pg);
await pg.close();
const objects = Array.from({ length: 10_000 }, (_, index) => {
  const object = small.objects[index % small.objects.length]!;
  return { ...object, id: index, name: `${object.name}_${Math.floor(index / small.objects.length)}` };
});
const large: Report = { ...small, objects, summary: { ...small.summary, objects: objects.length } };
const models = sampleInputs(inputs, 64).map(modelFromValues);
let index = 0;

describe('migration-readiness (10,000 objects)', () => {
  bench('re-score and re-estimate with an edited unit model', () => {
    reestimate(large, models[index++ % models.length]!);
  });

  bench('filter, sort and take one page of the object table', () => {
    const rows = sortObjects(filterObjects(large, { ...noFilter, text: 'order' }), 'units', true);
    pageOf(rows, 3, 25);
  });

  bench('chart by object type and outcome', () => {
    outcomeChart(large);
  });
});
