import { defineTool } from '../../lib/tool-kit/tool-meta';

/** Warehouse cost optimizer: what the site lists about it (cards, page head, aliases for imported links). */
export const meta = defineTool({
  id: 'warehouse-cost-optimizer',
  title: 'Warehouse Cost Optimizer: Synapse and BigQuery',
  summary:
    'Right-size, pause and reserve Azure Synapse dedicated pools, offload ad-hoc queries to serverless, and weigh BigQuery on-demand against slots.',
  description:
    'Synapse DWU right-sizing to the 16 real levels, pause schedules, serverless offload and reserved capacity; BigQuery on-demand against edition slots, with break-evens.',
  category: 'warehouse',
  keywords: ['Azure Synapse', 'DWU', 'serverless SQL', 'BigQuery', 'slots', 'editions', 'data warehouse'],
  aliases: ['/tools/azure-synapse-cost-calculator/'],
  relatedTags: ['synapse', 'azure', 'bigquery', 'gcp', 'data-warehouse', 'finops'],
  figuresAsOf: '2026',
});
