/**
 * Sourced figures behind the warehouse cost optimizer (see ../../../README.md, "Add a tool", and
 * /work/shared/reference/cost-review-licensing-warehouse.md, section B.4). Every price is a default the visitor can
 * edit; the dates say when each was read.
 */
import { sourced } from '../../lib/tool-kit/figures';

const synapsePricing = 'https://azure.microsoft.com/en-us/pricing/details/synapse-analytics/';
const synapseLimits =
  'https://learn.microsoft.com/en-us/azure/synapse-analytics/sql-data-warehouse/memory-concurrency-limits';
const dataProcessed = 'https://learn.microsoft.com/en-us/azure/synapse-analytics/sql/data-processed';
const archera = 'https://docs.archera.ai/';
const bigQueryPricing = 'https://cloud.google.com/bigquery/pricing';

/** Azure and Google both bill a month as 730 hours (8,760 a year ÷ 12). */
export const hoursPerMonth = sourced({
  value: 730,
  unit: 'hours in a billing month',
  source: 'Azure Synapse Analytics pricing (monthly estimates use 730 hours)',
  url: synapsePricing,
  asOf: '2026',
  note: 'A week is 168 hours, so a weekly schedule of h hours bills 730 × h ÷ 168 hours a month.',
});

/** Dedicated SQL pool compute: the price of DW100c for one hour; every level is linear in it. */
export const dw100cHourly = sourced({
  value: 1.2,
  unit: '$ per DW100c-hour (dedicated SQL pool, pay as you go)',
  source: 'Azure Synapse Analytics pricing, West US 2 (also in the Synapse pre-purchase plan documentation)',
  url: synapsePricing,
  asOf: '2026',
  note: 'Linear in the level: DW1000c costs 10 × $1.20 = $12 an hour, DW30000c $360. Other regions differ; check the Azure Retail Prices API for yours.',
});

/** Serverless SQL pool: data processed, per TB. */
export const serverlessPerTb = sourced({
  value: 5,
  unit: '$ per TB of data processed (serverless SQL pool)',
  source: 'Azure Synapse Analytics pricing, serverless SQL pool',
  url: synapsePricing,
  asOf: '2026',
  note: 'Data processed is data read, moved between nodes and written; DDL and metadata-only queries are free.',
});

/** Serverless metering: every query is rounded up to the megabyte, with a 10 MB minimum. */
export const serverlessMinimumMb = sourced({
  value: 10,
  unit: 'MB minimum billed per serverless query (each query rounded up to the MB)',
  source: 'Microsoft Learn: Cost management for serverless SQL pool (data processed)',
  url: dataProcessed,
  asOf: '2026',
  note: 'Daily, weekly and monthly TB limits (sp_set_data_processed_limit) stop new queries, not one already running.',
});

/** Dedicated storage, billed even while the pool is paused. */
export const storagePerTbMonth = sourced({
  value: 122.88,
  unit: '$ per TB-month of dedicated pool storage (7-day snapshots included)',
  source: 'c3x.dev estimate for azurerm_synapse_workspace; kloudspro.com Azure Synapse pricing',
  url: 'https://c3x.dev/',
  asOf: '2026',
  note: 'Third-party figure; verify on the Azure pricing page. A geo-redundant disaster-recovery copy costs extra.',
});

/** Reserved capacity for dedicated pools, bought in 100-cDWU blocks, compute only. */
export const reserved1yPct = sourced({
  value: 37,
  unit: '% off pay-as-you-go compute, 1-year reserved capacity',
  source: 'Archera, Synapse Analytics commitment brief (data sourced March 2026)',
  url: archera,
  asOf: '2026-03',
  note: 'Bought in blocks of 100 cDWU, regional scope, no automatic renewal; covers compute, never storage. Confirm in the Azure portal.',
});

export const reserved3yPct = sourced({
  value: 65,
  unit: '% off pay-as-you-go compute, 3-year reserved capacity',
  source: 'Archera, Synapse Analytics commitment brief (data sourced March 2026)',
  url: archera,
  asOf: '2026-03',
  note: 'A reservation bills every hour of its term, paused or not.',
});

/** The 16 service levels of a Gen2 dedicated pool, with the limits that shrink as the level does. */
export const serviceLevelsFigure = sourced({
  value: 16,
  unit: 'service levels, DW100c to DW30000c (compute nodes, memory and concurrency per level)',
  source: 'Microsoft Learn: Memory and concurrency limits for dedicated SQL pool',
  url: synapseLimits,
  asOf: '2021-04-04',
  note: 'Always 60 distributions. Scaling or pausing empties the local cache and ends open sessions.',
});

/** Headroom over the observed P95 when picking a level: the reference's default (1.2 ×). */
export const headroomPct = sourced({
  value: 20,
  unit: '% headroom over the P95 cDWU used',
  source: 'Breakeven reference notes, section B.3 (recommended level = smallest level ≥ P95 × 1.2)',
  asOf: '2026',
  note: 'A choice, not a rule: more headroom for spiky loads, less when queries may queue.',
});

/** The owner's non-prod schedule: weekdays 07:00–19:00, 60 of 168 hours. */
export const nonProdHoursPerWeek = sourced({
  value: 60,
  unit: 'hours a week online (weekdays 07:00 to 19:00)',
  source: 'Why Your Non-Prod Databases Cost as Much as Production (site owner’s article, 2026-04-08)',
  asOf: '2026-04-08',
  note: 'Stops at 7 PM, starts at 7 AM on weekdays: 108 of 168 hours paused, 64.3 % saved (the article rounds to 65 %).',
});

/** Azure Hybrid Benefit does not cover Synapse: the article's lever does not exist. */
export const hybridBenefitSynapse = sourced({
  value: 0,
  unit: '% off Synapse SQL pools from Azure Hybrid Benefit (not an eligible service)',
  source:
    'Microsoft Learn: Azure Hybrid Benefit eligible services (SQL Database, SQL Managed Instance, SQL Server on VMs, Data Factory SSIS), quoted from the Product Terms; Archera Synapse commitment brief (2026-03)',
  url: 'https://learn.microsoft.com/en-us/azure/azure-sql/virtual-machines/windows/licensing-model-azure-hybrid-benefit-ahb-change',
  asOf: '2023-09-07',
  note: 'Synapse dedicated and serverless SQL pools are not on the list; Archera: “Neither the Azure Compute Savings Plan nor Azure Hybrid Benefit applies to Synapse-specific SKUs.”',
});

/** BigQuery on-demand analysis. */
export const bigQueryPerTib = sourced({
  value: 6.25,
  unit: '$ per TiB scanned (BigQuery on-demand, US)',
  source: 'Google Cloud: BigQuery pricing (on-demand compute), via nops.io and redresscompliance.com',
  url: bigQueryPricing,
  asOf: '2026',
  note: 'It was $5 per TB before the July 2023 editions change, hence the article’s “$5 to $6.25”.',
});

export const bigQueryFreeTib = sourced({
  value: 1,
  unit: 'TiB scanned free each month (on-demand)',
  source: 'Google Cloud: BigQuery pricing (free tier)',
  url: bigQueryPricing,
  asOf: '2026',
});

/** Slot-hour prices of the three editions, pay as you go, US multi-region. */
export const standardSlotHour = sourced({
  value: 0.04,
  unit: '$ per slot-hour, Standard edition (pay as you go)',
  source: 'Google Cloud: BigQuery pricing (capacity compute), via admazes.com and redresscompliance.com',
  url: bigQueryPricing,
  asOf: '2026',
  note: 'Standard: at most 1,600 slots per reservation and no commitments. Some regions cost more (e.g. $0.044).',
});

export const enterpriseSlotHour = sourced({
  value: 0.06,
  unit: '$ per slot-hour, Enterprise edition (pay as you go)',
  source: 'Google Cloud: BigQuery pricing (capacity compute), via admazes.com and redresscompliance.com',
  url: bigQueryPricing,
  asOf: '2026',
});

export const enterprisePlusSlotHour = sourced({
  value: 0.1,
  unit: '$ per slot-hour, Enterprise Plus edition (pay as you go)',
  source: 'Google Cloud: BigQuery pricing (capacity compute), via admazes.com and redresscompliance.com',
  url: bigQueryPricing,
  asOf: '2026',
});

export const slotCommit1yPct = sourced({
  value: 20,
  unit: '% off slot-hours with a 1-year commitment (Enterprise and Enterprise Plus)',
  source: 'Google Cloud: BigQuery pricing (capacity commitments), via the Breakeven reference notes',
  url: bigQueryPricing,
  asOf: '2026',
  note: 'Commitments cover baseline slots; autoscaled slots are always billed at the pay-as-you-go rate.',
});

export const slotCommit3yPct = sourced({
  value: 40,
  unit: '% off slot-hours with a 3-year commitment (Enterprise and Enterprise Plus)',
  source: 'Google Cloud: BigQuery pricing (capacity commitments), via the Breakeven reference notes',
  url: bigQueryPricing,
  asOf: '2026',
});

/** How BigQuery bills slots: 50-slot steps, at least one minute. */
export const slotBilling = sourced({
  value: 50,
  unit: 'slots per step (baseline and autoscaling); 1-minute billing minimum',
  source: 'Google Cloud: Introduction to slots autoscaling',
  url: 'https://cloud.google.com/bigquery/docs/slots-autoscaling-intro',
  asOf: '2026',
  note: 'Older versions of the page said steps of 100. Autoscaled slots bill while scaling, with a 60-second minimum.',
});

/** Standard edition caps a reservation at 1,600 slots. */
export const standardMaxSlots = sourced({
  value: 1600,
  unit: 'slots at most in a Standard edition reservation',
  source: 'Google Cloud: BigQuery editions features',
  url: 'https://cloud.google.com/bigquery/docs/editions-intro',
  asOf: '2026',
});
