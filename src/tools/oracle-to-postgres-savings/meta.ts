import { defineTool } from '../../lib/tool-kit/tool-meta';

/** Oracle to PostgreSQL savings: what the site lists about it (cards, page head, aliases for imported links). */
export const meta = defineTool({
  id: 'oracle-to-postgres-savings',
  title: 'Oracle to PostgreSQL migration savings',
  summary:
    'Year-by-year cost of staying on Oracle against moving to Aurora or RDS for PostgreSQL: payback month, ROI, NPV and what moves them.',
  description:
    'Oracle licences and support counted by the rules, against a PostgreSQL target on Aurora or RDS: yearly costs, payback month, ROI, NPV and a sensitivity table.',
  category: 'migration',
  keywords: ['Oracle', 'PostgreSQL', 'migration', 'licensing', 'support uplift', 'payback', 'TCO'],
  aliases: ['/tools/oracle-migration-savings-calculator/'],
  relatedTags: ['oracle', 'postgresql', 'migration', 'licensing'],
  figuresAsOf: '2026',
});
