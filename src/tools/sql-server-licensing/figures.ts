/**
 * Sourced figures behind the SQL Server cloud licensing calculator (see ../../../README.md, "Add a tool"). Prices
 * are per vCPU-hour (AWS, Azure VMs) or per vCore-hour (Azure SQL Database and Managed Instance); licence prices
 * per 2-core pack. Where no price list was read, the figure says so and is marked as an example to replace.
 */
import { sourced } from '../../lib/tool-kit/figures';

const ahbDoc = 'https://learn.microsoft.com/azure/azure-sql/azure-hybrid-benefit';
const ahbChangeDoc =
  'https://learn.microsoft.com/azure/azure-sql/virtual-machines/windows/licensing-model-azure-hybrid-benefit-ahb-change';
const awsEditions =
  'https://docs.aws.amazon.com/prescriptive-guidance/latest/optimize-costs-microsoft-workloads/sql-server-editions.html';
const azureRetail = 'Azure Retail Prices API, East US, effective 2025-06-01 (finfocus-plugin-azure-public fixture)';
const azureRetailUrl =
  'https://github.com/rshade/finfocus-plugin-azure-public/blob/main/internal/pricing/testdata/retail/sqldb/gp_gen5_compute_eastus.json';
const redress = 'https://redresscompliance.com/sql-server-2022-licensing-guide/';

/** Azure SQL Database General Purpose Gen5 compute: what a vCore costs with Hybrid Benefit. */
export const azureGpBase = sourced({
  value: 0.152217,
  unit: '$ per vCore-hour, General Purpose compute (the Hybrid Benefit price)',
  source: azureRetail,
  url: azureRetailUrl,
  asOf: '2025-06-01',
  note: 'Product "SQL Database Single/Elastic Pool General Purpose - Compute Gen5". License-Included adds the licence meter on top (Microsoft’s model is additive).',
});

/** The SQL licence meter License-Included adds to each General Purpose vCore. */
export const azureGpLicence = sourced({
  value: 0.099966,
  unit: '$ per vCore-hour, General Purpose SQL licence meter (Global)',
  source: azureRetail,
  url: azureRetailUrl,
  asOf: '2025-06-01',
  note: 'Product "SQL Database Single/Elastic Pool General Purpose - SQL License", region Global: 8 vCores × 730 h × $0.099966 = $583.80 a month.',
});

/** Business Critical licence meter, derived from the GP meter and Microsoft's conversion ratio. */
export const azureBcLicence = sourced({
  value: 0.399864,
  unit: '$ per vCore-hour, Business Critical SQL licence meter (derived)',
  source: 'Derived here: 4 × the General Purpose licence meter',
  asOf: '2025-06-01',
  note: 'One Enterprise core covers 4 General Purpose vCores but 1 Business Critical vCore, so a BC vCore carries 4 GP vCores of licence. Not read from a price list: check "SQL Database Single/Elastic Pool Business Critical - SQL License" in the Azure Retail Prices API.',
});

/** Business Critical compute: not gathered from a price list. */
export const azureBcBase = sourced({
  value: 0.2796,
  unit: '$ per vCore-hour, Business Critical compute (example)',
  source: 'Example value, not read from a price list: enter your region’s rate',
  url: 'https://azure.microsoft.com/pricing/details/azure-sql-database/single/',
  asOf: '2025-06',
  note: 'Look up "SQL Database Single/Elastic Pool Business Critical - Compute Gen5" for your region. The licence decision does not depend on it: it is paid under every option.',
});

/** Hyperscale compute: no licence meter since Microsoft simplified Hyperscale pricing. */
export const azureHsBase = sourced({
  value: 0.183,
  unit: '$ per vCore-hour, Hyperscale compute (example)',
  source: 'Example value, not read from a price list: enter your region’s rate',
  url: 'https://learn.microsoft.com/azure/cost-management-billing/scope-level/manage-licenses-centrally',
  asOf: '2025-06',
  note: 'New Hyperscale databases carry no SQL licence charge and so get no Hybrid Benefit: the same price under every option.',
});

/** SQL Server Enterprise licence on an Azure VM, pay-as-you-go. */
export const azureVmLicenceEe = sourced({
  value: 0.375,
  unit: '$ per vCPU-hour, SQL Server Enterprise on an Azure VM (pay-as-you-go)',
  source: 'Azure Virtual Machines Windows pricing (third-party reading: about $274 per core-month)',
  url: 'https://azure.microsoft.com/pricing/details/virtual-machines/windows/',
  asOf: '2026',
  note: 'Third-party figure; verify on the Azure VM pricing page for your size and region.',
});

/** SQL Server Standard licence on an Azure VM, pay-as-you-go. */
export const azureVmLicenceSe = sourced({
  value: 0.1,
  unit: '$ per vCPU-hour, SQL Server Standard on an Azure VM (pay-as-you-go)',
  source: 'Azure Virtual Machines Windows pricing (third-party reading: about $73 per core-month)',
  url: 'https://azure.microsoft.com/pricing/details/virtual-machines/windows/',
  asOf: '2026',
  note: 'Third-party figure; verify on the Azure VM pricing page.',
});

/** Compute plus Windows per vCPU on an Azure VM: an example taken from the AWS figures below. */
export const azureVmCompute = sourced({
  value: 0.109,
  unit: '$ per vCPU-hour, Azure VM compute with Windows (example)',
  source: 'Example value: the AWS r6i.xlarge rate (compute $0.063 + Windows $0.046); enter your VM’s rate',
  url: 'https://azure.microsoft.com/pricing/details/virtual-machines/windows/',
  asOf: '2026',
});

/** EC2 compute per vCPU-hour, without Windows or SQL Server (r6i.xlarge: $183.96 a month for 4 vCPUs). */
export const awsCompute = sourced({
  value: 0.063,
  unit: '$ per vCPU-hour, EC2 compute (r6i.xlarge, us-east-1)',
  source: 'AWS Prescriptive Guidance: Compare SQL Server editions',
  url: awsEditions,
  asOf: '2026',
  note: 'r6i.xlarge, 4 vCPUs: $183.96 a month ÷ (4 × 730 h) = $0.063. Also used for RDS and Dedicated Hosts, whose prices were not gathered: enter your instance’s rate.',
});

/** Windows Server License-Included on EC2, per vCPU-hour. */
export const awsWindows = sourced({
  value: 0.046,
  unit: '$ per vCPU-hour, Windows Server License-Included on EC2',
  source: 'AWS Prescriptive Guidance: Compare SQL Server editions',
  url: awsEditions,
  asOf: '2026',
  note: 'r6i.xlarge: + $134.32 a month for 4 vCPUs. RDS for SQL Server bills Windows under every licence model.',
});

/** SQL Server Enterprise License-Included on EC2, on top of compute and Windows. */
export const awsLicenceEe = sourced({
  value: 0.375,
  unit: '$ per vCPU-hour, SQL Server Enterprise License-Included on EC2',
  source: 'AWS Prescriptive Guidance: Compare SQL Server editions',
  url: awsEditions,
  asOf: '2026',
  note: 'r6i.xlarge: + $1,095.00 a month for 4 vCPUs, 5.95× its $183.96 of bare compute. RDS License-Included uses the same licence share here (RDS prices not gathered).',
});

/** SQL Server Standard License-Included on EC2, on top of compute and Windows. */
export const awsLicenceSe = sourced({
  value: 0.12,
  unit: '$ per vCPU-hour, SQL Server Standard License-Included on EC2',
  source: 'AWS Prescriptive Guidance: Compare SQL Server editions',
  url: awsEditions,
  asOf: '2026',
  note: 'r6i.xlarge: + $350.40 a month for 4 vCPUs.',
});

/** SQL Server 2022 Enterprise, per 2-core pack. */
export const eeListPrice = sourced({
  value: 15_123,
  unit: '$ per 2-core pack, SQL Server 2022 Enterprise (list)',
  source: 'AWS Prescriptive Guidance quoting Microsoft’s SQL Server 2022 price list',
  url: awsEditions,
  asOf: '2023-01-01',
  note: '$13,748 before Microsoft’s 10 % increase of 1 January 2023. Enterprise agreements are often lower: use your price.',
});

/** SQL Server 2022 Standard (per core), per 2-core pack. */
export const seListPrice = sourced({
  value: 3_945,
  unit: '$ per 2-core pack, SQL Server 2022 Standard per core (list)',
  source: 'AWS Prescriptive Guidance quoting Microsoft’s SQL Server 2022 price list',
  url: awsEditions,
  asOf: '2023-01-01',
});

/** Subscription licences (SA rights included), per 2-core pack per year. */
export const eeSubscription = sourced({
  value: 5_434,
  unit: '$ per 2-core pack per year, SQL Server Enterprise subscription',
  source: 'Redress Compliance: SQL Server 2022 licensing guide',
  url: redress,
  asOf: '2026',
  note: 'Third-party figure. Subscription licences qualify for Hybrid Benefit and License Mobility like licences with SA.',
});

export const seSubscription = sourced({
  value: 1_418,
  unit: '$ per 2-core pack per year, SQL Server Standard subscription',
  source: 'Redress Compliance: SQL Server 2022 licensing guide',
  url: redress,
  asOf: '2026',
  note: 'Third-party figure.',
});

/** Software Assurance as a share of the licence price, per year. */
export const saPercent = sourced({
  value: 25,
  unit: '% of the licence price per year (Software Assurance)',
  source: 'VendorBenchmark: SQL Server Enterprise pricing benchmark',
  url: 'https://www.vendorbenchmark.com/',
  asOf: '2026',
  note: 'Third-party figure: an Enterprise pack’s SA ≈ $3,781 a year. Use your agreement’s price.',
});

/** Hours in a billing month. */
export const hoursPerMonth = sourced({
  value: 730,
  unit: 'hours in a billing month',
  source: 'Azure and AWS monthly estimates (8,760 h ÷ 12)',
  url: azureRetailUrl,
  asOf: '2025-06-01',
});

/** The Hybrid Benefit conversion and where it does not apply. */
export const ahbConversion = sourced({
  value: 4,
  unit: 'General Purpose or Hyperscale vCores per Enterprise core with SA (1 Business Critical vCore)',
  source: 'Microsoft Learn: Azure Hybrid Benefit (Azure SQL)',
  url: ahbDoc,
  asOf: '2021-11-09',
  note: 'Standard: 1 core = 1 GP vCore, 4 cores = 1 BC vCore. Not for the DTU model nor the serverless tier. 180 days of dual use (on premises and Azure) while migrating.',
});

/** Minimum core licences per VM or server. */
export const coreMinimum = sourced({
  value: 4,
  unit: 'core licences at least, per VM or server (sold in 2-core packs)',
  source:
    'AWS Prescriptive Guidance: Compare SQL Server editions; Microsoft Arc billing (“minimum of four cores per OSE”)',
  url: awsEditions,
  asOf: '2026',
});

/** Standard edition's size limit. */
export const standardCoreLimit = sourced({
  value: 24,
  unit: 'cores at most for SQL Server Standard (or 4 sockets)',
  source: 'AWS Prescriptive Guidance: Compare SQL Server editions',
  url: awsEditions,
  asOf: '2026',
});

/** Licences without SA: only on EC2 Dedicated Hosts, and only if bought before this date. */
export const byolWithoutSa = sourced({
  value: 2019,
  unit: 'year: licences without SA go to AWS only on Dedicated Hosts, bought before 1 October 2019',
  source: 'Microsoft Product Terms as summarised by Flexera and ServiceNow BYOL rules; AWS RDS BYOM documentation',
  url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/sqlserver-byom.html',
  asOf: '2026',
  note: 'With SA and License Mobility, licences run on shared tenancy: EC2 and RDS for SQL Server (Bring Your Own Media).',
});

/** A passive secondary needs no licence with SA (fail-over rights). */
export const passiveReplica = sourced({
  value: 1,
  unit: 'passive secondary free of licences with SA (fail-over rights)',
  source: 'Microsoft Learn: Pricing guidance for SQL Server on Azure VMs',
  url: ahbChangeDoc,
  asOf: '2023-09-07',
  note: 'License-Included bills the secondary’s licence too.',
});

/** The article's rule of thumb for buying SA only to use Hybrid Benefit. */
export const articleBreakEven = sourced({
  value: 7,
  unit: 'to 10 months: the article’s break-even of buying SA only for Hybrid Benefit',
  source: 'Rule of thumb from the site owner’s article “Azure Hybrid Benefit for SQL Server: The Exact Math”',
  asOf: '2026-02-25',
  note: 'Shown for comparison; the tool computes your own.',
});
