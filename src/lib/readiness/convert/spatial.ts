/**
 * Spatial columns and SPATIAL indexes (MySQL GEOMETRY / POINT …, SQL Server geometry / geography, Oracle
 * SDO_GEOMETRY). Core PostgreSQL has planar point, path and polygon types (with GiST indexes); every other spatial type
 * needs the PostGIS extension, which the verifying PostgreSQL does not have. Those columns are created as bytea holding
 * the shape as WKB (export it with ST_AsBinary / STAsBinary / SDO_UTIL.TO_WKBGEOMETRY), so the table and the tables
 * that reference it load, and a finding says how to move the column to PostGIS. Sources: MySQL 8.4 manual 13.4
 * "Spatial Data Types"; SQL Server "Spatial Data Types Overview"; PostgreSQL 18 manual 8.8 "Geometric Types" and
 * 11.2 (GiST); PostGIS 3 manual (geometry, geography, ST_GeomFromWKB); pgloader's MySQL casting rules (point → point).
 */
import type { RuleHit } from './rules.ts';
import type { ConvertContext } from './convert-context.ts';

/** Spatial types with a core PostgreSQL type (MySQL's). */
export const coreSpatialTypes: Readonly<Record<string, string>> = {
  POINT: 'point',
  POLYGON: 'polygon',
  LINESTRING: 'path',
};
/** Spatial types that need PostGIS: stored as WKB in bytea until it is installed. */
export const postgisTypes: ReadonlySet<string> = new Set([
  'GEOMETRY',
  'GEOGRAPHY',
  'SDO_GEOMETRY',
  'MULTIPOINT',
  'MULTILINESTRING',
  'MULTIPOLYGON',
  'GEOMETRYCOLLECTION',
  'GEOMCOLLECTION',
]);

const spatialColumns = new WeakMap<ConvertContext, Map<string, 'core' | 'wkb'>>();

/** Remembers a spatial column of the table being converted, so its SPATIAL index knows what it indexes. */
export function recordSpatialColumn(ctx: ConvertContext, column: string, rules: RuleHit[]): void {
  const last = rules[rules.length - 1];
  if (last?.id !== 'type.spatial-core' && last?.id !== 'type.spatial-wkb') return;
  let columns = spatialColumns.get(ctx);
  if (!columns) spatialColumns.set(ctx, (columns = new Map()));
  columns.set(column, last.id === 'type.spatial-core' ? 'core' : 'wkb');
  last.detail = `${column}: ${last.detail}`;
}

/** A SPATIAL index: GiST over core point / polygon columns; dropped (with the PostGIS statement) over WKB columns. */
export function spatialIndex(
  ctx: ConvertContext,
  index: { name: string; table: string; columns: string[] },
  rules: RuleHit[],
  after: string[],
  line: number,
): void {
  const columns = spatialColumns.get(ctx);
  const core = index.columns.every((c) => columns?.get(c.replace(/"/g, '')) === 'core');
  const gist = `CREATE INDEX ${index.name} ON ${index.table} USING gist (${index.columns.join(', ')})`;
  if (core) {
    after.push(gist);
    rules.push({ id: 'index.spatial', detail: `SPATIAL index ${index.name} → ${gist}`, line });
  } else
    rules.push({
      id: 'index.spatial',
      detail: `SPATIAL index ${index.name} dropped: after moving ${index.columns.join(', ')} to PostGIS, ${gist}`,
      line,
    });
}

/** Findings for the spatial rules a statement applied: what changed and how to finish the move to PostGIS. */
export function spatialWarnings(rules: RuleHit[]): string[] {
  const warnings: string[] = [];
  const details = (id: string) => rules.filter((r) => r.id === id).map((r) => r.detail);
  const wkb = details('type.spatial-wkb');
  if (wkb.length)
    warnings.push(
      `Spatial columns need PostGIS (${wkb.join('; ')}): created as bytea holding the shapes as WKB (export them with ST_AsBinary / STAsBinary / SDO_UTIL.TO_WKBGEOMETRY) so the table loads; after CREATE EXTENSION postgis, ALTER COLUMN … TYPE geometry USING ST_GeomFromWKB(column, srid), and rewrite spatial queries with ST_* functions`,
    );
  const core = details('type.spatial-core');
  if (core.length)
    warnings.push(
      `Spatial columns → PostgreSQL's built-in geometric types (${core.join('; ')}): planar, without SRID, loaded as '(x,y)' text rather than WKB; MySQL ST_* functions become geometric operators (<->, @>, &&) or PostGIS`,
    );
  for (const d of details('index.spatial').filter((x) => x.includes('dropped'))) warnings.push(d);
  return warnings;
}
