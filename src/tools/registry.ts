import { meta as migrationReadiness } from './migration-readiness/meta';
import { meta as aiCodingAssistantRoi } from './ai-coding-assistant-roi/meta';
import { meta as llmFeatureCost } from './llm-feature-cost/meta';
import { meta as oracleToPostgresSavings } from './oracle-to-postgres-savings/meta';
import { meta as promptTokenCounter } from './prompt-token-counter/meta';
import { meta as reservedInstanceRoi } from './reserved-instance-roi/meta';
import { meta as sqlServerLicensing } from './sql-server-licensing/meta';
import { meta as warehouseCostOptimizer } from './warehouse-cost-optimizer/meta';
import type { ToolMeta } from '../lib/tool-kit/tool-meta';

/**
 * Every tool on the site, in the order the tools index shows them. Adding a tool means adding its
 * folder (see README, "Add a tool") and one line here; pages, embeds and cross-links read this list.
 */
export const tools: readonly ToolMeta[] = [
  reservedInstanceRoi,
  oracleToPostgresSavings,
  migrationReadiness,
  sqlServerLicensing,
  warehouseCostOptimizer,
  llmFeatureCost,
  promptTokenCounter,
  aiCodingAssistantRoi,
];

/** The tool with this id, or undefined. */
export function findTool(id: string): ToolMeta | undefined {
  return tools.find((tool) => tool.id === id);
}
