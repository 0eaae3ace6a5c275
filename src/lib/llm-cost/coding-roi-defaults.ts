/**
 * Default figures of the coding assistant ROI model (./coding-roi.ts documents them and the formulas), with their
 * sources and dates, for the tool's "sources" panel. Apart so the zod schemas (./coding-roi-schema.ts) and the
 * zod-free model can both read them without importing each other.
 */
import { activeDaysPerMonth } from './calendar.ts';

/** Default figures with their sources and dates, for the tool's "sources" panel. */
export const roiDefaults = {
  annualSalary: {
    value: 133_080,
    asOf: '2024-05',
    source: 'BLS Occupational Outlook Handbook, Software Developers, median pay',
    url: 'https://www.bls.gov/ooh/computer-and-information-technology/software-developers.htm',
  },
  loadedMultiplier: {
    value: 1.42,
    asOf: '2024-09',
    source:
      'BLS Employer Costs for Employee Compensation, private industry: $44.40 total ÷ $31.25 wages per hour worked',
    url: 'https://www.bls.gov/ecec/home.htm',
  },
  hoursWorkedPerYear: { value: 1_880, asOf: null, source: 'Assumption: 47 weeks × 40 hours', url: null },
  hoursPerWeek: { value: 40, asOf: null, source: 'Assumption: a 40-hour week', url: null },
  workingDaysPerMonth: {
    value: activeDaysPerMonth(5, 1_880, 40),
    asOf: null,
    source: 'Same calendar as the hours: 5 days × 47 weeks ÷ 12',
    url: null,
  },
  agentCostPerActiveDay: {
    value: 13,
    asOf: '2026',
    source:
      'Anthropic, Claude Code docs, Manage costs effectively: about $13 per developer per active day, $150–250 a month (enterprise averages)',
    url: 'https://docs.anthropic.com/en/docs/claude-code/costs',
  },
} as const;
