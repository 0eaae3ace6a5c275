import { defineTool } from '../../lib/tool-kit/tool-meta';

/** Migration readiness: what the site lists about it (cards, page head, aliases for imported links). */
export const meta = defineTool({
  id: 'migration-readiness',
  title: 'Migration readiness: Oracle, SQL Server, MySQL to PostgreSQL',
  summary:
    'Paste a schema: a real PostgreSQL running in your browser says what converts as is, what after rewriting, what needs a human, and the effort.',
  description:
    'Score an Oracle, SQL Server or MySQL schema against a real PostgreSQL (PGlite) in your browser: outcome per object, findings, converted DDL and an ora2pg-style estimate.',
  category: 'migration',
  keywords: ['Oracle', 'SQL Server', 'MySQL', 'PostgreSQL', 'migration', 'ora2pg', 'schema conversion', 'PGlite'],
  aliases: ['/tools/migration-readiness'],
  relatedTags: ['oracle', 'sql-server', 'mysql', 'postgresql', 'migration'],
  figuresAsOf: '2026',
  heavy: true,
});
