import { defineTool } from '../../lib/tool-kit/tool-meta';

/** SQL Server cloud licensing: what the site lists about it (cards, page head, aliases for imported links). */
export const meta = defineTool({
  id: 'sql-server-licensing',
  title: 'SQL Server Cloud Licensing Calculator',
  summary:
    'License-Included against Azure Hybrid Benefit, BYOL and subscription licences on AWS and Azure, for one database or a fleet.',
  description:
    'SQL Server on AWS and Azure: License-Included against Hybrid Benefit, BYOL and subscriptions, with core and pack counts, SA break-even month and multi-year cost.',
  category: 'licensing',
  keywords: [
    'SQL Server',
    'Azure Hybrid Benefit',
    'BYOL',
    'License-Included',
    'Software Assurance',
    'RDS',
    'licensing',
  ],
  aliases: ['/tools/sql-server-license-calculator/'],
  relatedTags: ['sql-server', 'licensing', 'azure', 'aws', 'rds', 'finops'],
  figuresAsOf: '2023-01-01',
});
