import { defineTool } from '../../lib/tool-kit/tool-meta';

/** Reserved Instance ROI: what the site lists about it (cards, page head, aliases for imported links). */
export const meta = defineTool({
  id: 'reserved-instance-roi',
  title: 'Database Reserved Instance ROI',
  summary:
    'Break-even month, savings and stranded commitment of an RDS or Aurora reservation, and whether to right-size before you commit.',
  description:
    'Does a database Reserved Instance pay off? Effective rate, break-even month and utilisation, stranded commitment, size flexibility, and commit now against right-size first.',
  category: 'databases',
  keywords: ['reserved instances', 'RDS', 'Aurora', 'break-even', 'right-sizing', 'normalized units'],
  aliases: ['/tools/reserved-instance-roi-calculator/'],
  relatedTags: ['reserved-instances', 'aws', 'rds', 'aurora', 'finops'],
  figuresAsOf: '2026',
});
