/**
 * Sourced defaults of the coding assistant tool: the engine's `roiDefaults` (src/lib/llm-cost/coding-roi.ts,
 * which cites them) as the kit's sourced figures, so the form and the sources panel show them with their dates.
 */
import { roiDefaults } from '../../lib/llm-cost/coding-roi';
import { sourced } from '../../lib/tool-kit/figures';

export const salaryFigure = sourced({
  value: roiDefaults.annualSalary.value,
  unit: '$ a year, median pay of US software developers',
  source: roiDefaults.annualSalary.source,
  url: roiDefaults.annualSalary.url,
  asOf: roiDefaults.annualSalary.asOf,
  note: 'Median, not market top: at a $160,000 loaded cost a year a $200 seat breaks even at 1.5 % (the example button shows it).',
});

/** What a developer's agent use costs on an active day; the request defaults are set to reproduce it. */
export const agentDayFigure = sourced({
  value: roiDefaults.agentCostPerActiveDay.value,
  unit: '$ per developer per active day (about $150–250 a month)',
  source: roiDefaults.agentCostPerActiveDay.source,
  url: roiDefaults.agentCostPerActiveDay.url,
  asOf: roiDefaults.agentCostPerActiveDay.asOf,
  note: 'Cited in the site owner’s “AI Token Cost Overruns: Why AI Coding Assistants Are Becoming the New Cloud Bill Problem” (31 May 2026). The defaults, 235 requests of 40,000 input tokens (85 % cache reads, 10 % writes) and 1,500 output on Claude Sonnet 4.6, cost about $12.62 a day and $247 a month over 19.58 active days.',
});

export const loadedMultiplierFigure = sourced({
  value: roiDefaults.loadedMultiplier.value,
  unit: '× salary: employer cost of benefits, taxes and leave on top of wages',
  source: roiDefaults.loadedMultiplier.source,
  url: roiDefaults.loadedMultiplier.url,
  asOf: roiDefaults.loadedMultiplier.asOf,
  note: '$44.40 of total compensation per hour worked for $31.25 of wages and salaries: 44.40 ÷ 31.25 = 1.42.',
});
