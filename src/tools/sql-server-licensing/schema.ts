/**
 * Inputs of the SQL Server cloud licensing calculator: the workloads (one row per database, instance or VM), the
 * licences owned and their Software Assurance, licence prices, and the per-hour rates of each platform.
 */
import { choiceField, defineInputs, numberField, toggleField, type InputValues } from '../../lib/tool-kit/fields';
import { listField } from '../../lib/tool-kit/list-field';
import { choiceColumn, numberColumn, textColumn, type ListRows } from '../../lib/tool-kit/list';
import * as f from './figures';

/** Where a workload runs, grouped by cloud. */
export const platformOptions = [
  { value: 'sqldb-gp', label: 'Azure SQL Database, General Purpose', group: 'Azure' },
  { value: 'sqldb-bc', label: 'Azure SQL Database, Business Critical', group: 'Azure' },
  { value: 'sqldb-hs', label: 'Azure SQL Database, Hyperscale', group: 'Azure' },
  { value: 'sqldb-dtu', label: 'Azure SQL Database, DTU or serverless', group: 'Azure' },
  { value: 'mi-gp', label: 'Azure SQL Managed Instance, General Purpose', group: 'Azure' },
  { value: 'mi-bc', label: 'Azure SQL Managed Instance, Business Critical', group: 'Azure' },
  { value: 'azvm', label: 'SQL Server on an Azure VM', group: 'Azure' },
  { value: 'rds', label: 'AWS RDS for SQL Server', group: 'AWS' },
  { value: 'ec2', label: 'AWS EC2, shared tenancy', group: 'AWS' },
  { value: 'ec2dh', label: 'AWS EC2 Dedicated Host', group: 'AWS' },
] as const;

export type Platform = (typeof platformOptions)[number]['value'];

const workloadColumns = {
  name: textColumn({ label: 'Workload', maxLength: 40, emptyText: 'unnamed' }),
  platform: choiceColumn({ label: 'Runs on', options: platformOptions }),
  edition: choiceColumn({
    label: 'Edition',
    options: [
      { value: 'ee', label: 'Enterprise' },
      { value: 'se', label: 'Standard' },
    ],
  }),
  vcpus: numberColumn({ label: 'vCPUs or vCores', min: 1, max: 128, integer: true, format: 'integer' }),
  hours: numberColumn({ label: 'Hours a month', min: 1, max: 744, format: 'number', unit: 'hours' }),
  env: choiceColumn({
    label: 'Environment',
    options: [
      { value: 'prod', label: 'Production' },
      { value: 'nonprod', label: 'Non-production' },
    ],
  }),
  ha: choiceColumn({
    label: 'High availability',
    options: [
      { value: 'none', label: 'Single instance' },
      { value: 'passive', label: 'With a passive secondary' },
    ],
  }),
};

export type WorkloadRow = {
  name: string;
  platform: Platform;
  edition: 'ee' | 'se';
  vcpus: number;
  hours: number;
  env: 'prod' | 'nonprod';
  ha: 'none' | 'passive';
};

const vmLike = new Set<string>(['azvm', 'rds', 'ec2', 'ec2dh']);

/** Rules across a workload row the columns cannot say alone: editions a platform does not offer at that size. */
export function workloadProblem(rows: ListRows): string | null {
  for (const [index, row] of rows.entries()) {
    const cores = row.vcpus as number;
    if (row.edition === 'se' && vmLike.has(row.platform as string) && cores > f.standardCoreLimit.value) {
      return `Row ${index + 1}: SQL Server Standard is limited to ${f.standardCoreLimit.value} cores, so ${cores} vCPUs need Enterprise (or a smaller instance).`;
    }
  }
  return null;
}

const rate = (label: string, param: string, figure: typeof f.azureGpBase, help?: string, example = false) =>
  numberField({
    label,
    param,
    group: 'prices',
    default: figure.value,
    min: 0,
    max: 100,
    format: 'cost',
    figure,
    example,
    ...(help ? { help } : {}),
  });

const packPrice = (label: string, param: string, figure: typeof f.eeListPrice) =>
  numberField({
    label,
    param,
    group: 'licences',
    default: figure.value,
    min: 0,
    max: 1_000_000,
    format: 'money',
    figure,
  });

export const inputs = defineInputs(
  {
    workloads: listField({
      label: 'Workloads',
      param: 'w',
      group: 'workloads',
      help: 'One row per database, managed instance or VM. Enter the vCPUs (AWS, VMs) or vCores (Azure SQL); for a Dedicated Host, the host’s physical cores.',
      columns: workloadColumns,
      default: [{ name: 'orders', platform: 'sqldb-gp', edition: 'ee', vcpus: 8, hours: 730, env: 'prod', ha: 'none' }],
      minRows: 1,
      maxRows: 200,
      check: workloadProblem,
      newRow: (rows) => ({
        name: `db${rows.length + 1}`,
        platform: 'ec2',
        edition: 'ee',
        vcpus: 4,
        hours: 730,
        env: 'prod',
        ha: 'none',
      }),
      addLabel: 'Add a workload',
    }),
    eeOwned: numberField({
      label: 'Enterprise core licences owned',
      param: 'ee',
      group: 'position',
      default: 2,
      min: 0,
      max: 1_000_000,
      integer: true,
      format: 'integer',
      unit: 'cores',
      example: true,
      help: 'Cores, not packs (a 2-core pack is 2). Only licences free to move: not still running on premises after the 180 days of dual use.',
    }),
    seOwned: numberField({
      label: 'Standard core licences owned',
      param: 'se',
      group: 'position',
      default: 0,
      min: 0,
      max: 1_000_000,
      integer: true,
      format: 'integer',
      unit: 'cores',
      example: true,
    }),
    saActive: toggleField({
      label: 'Software Assurance is active on them',
      param: 'sa',
      group: 'position',
      default: true,
      help: 'Hybrid Benefit, License Mobility (EC2, RDS) and free passive secondaries need SA or subscription licences. Without it, SA is bought for the licences used.',
    }),
    countOwnedSa: toggleField({
      label: 'Count the SA you already pay',
      param: 'countSa',
      group: 'position',
      default: false,
      help: 'Off: SA you pay anyway is not a cost of moving. On: its share is added to the own-licence option.',
      visible: (values) => values.saActive === true,
    }),
    preOctober2019: toggleField({
      label: 'Licences without SA were bought before 1 Oct 2019',
      param: 'pre2019',
      group: 'position',
      default: false,
      figure: f.byolWithoutSa,
      help: 'Only such licences may go to an EC2 Dedicated Host without SA.',
      visible: (values) => values.saActive === false,
    }),
    developerNonProd: toggleField({
      label: 'Non-production VMs use Developer edition',
      param: 'dev',
      group: 'position',
      default: true,
      help: 'Developer edition is free for development and test on VMs and EC2; it may not serve production.',
    }),
    shortfall: choiceField({
      label: 'Licences you lack are',
      param: 'buy',
      group: 'licences',
      default: 'subscription',
      options: [
        { value: 'subscription', label: 'rented by subscription' },
        { value: 'list', label: 'bought at list, with SA' },
      ],
    }),
    saPct: numberField({
      label: 'Software Assurance per year',
      param: 'saPct',
      group: 'licences',
      default: f.saPercent.value,
      min: 0,
      max: 100,
      format: 'percent',
      figure: f.saPercent,
      help: 'Share of the licence price, every year.',
    }),
    saUplift: numberField({
      label: 'SA renewal increase per year',
      param: 'uplift',
      group: 'licences',
      default: 0,
      min: 0,
      max: 100,
      format: 'percent',
      help: 'The site owner’s migration checklist warns of 10–15 % at renewal; 0 keeps SA flat.',
    }),
    eeList: packPrice('Enterprise 2-core pack', 'eeList', f.eeListPrice),
    seList: packPrice('Standard 2-core pack', 'seList', f.seListPrice),
    eeSub: packPrice('Enterprise subscription, pack-year', 'eeSub', f.eeSubscription),
    seSub: packPrice('Standard subscription, pack-year', 'seSub', f.seSubscription),
    years: numberField({
      label: 'Horizon',
      param: 'years',
      group: 'licences',
      default: 3,
      min: 1,
      max: 10,
      integer: true,
      format: 'years',
    }),
    azureGpBase: rate(
      'Azure SQL General Purpose compute',
      'gp',
      f.azureGpBase,
      'Per vCore-hour; Managed Instance uses it too.',
    ),
    azureGpLicence: rate('Azure SQL General Purpose licence meter', 'gpLic', f.azureGpLicence),
    azureBcBase: rate('Azure SQL Business Critical compute', 'bc', f.azureBcBase, undefined, true),
    azureBcLicence: rate('Azure SQL Business Critical licence meter', 'bcLic', f.azureBcLicence),
    azureHsBase: rate('Azure SQL Hyperscale compute', 'hs', f.azureHsBase, undefined, true),
    azureVmCompute: rate('Azure VM compute with Windows', 'vm', f.azureVmCompute, 'Per vCPU-hour.', true),
    azureVmLicenceEe: rate('Azure VM SQL Enterprise licence', 'vmEe', f.azureVmLicenceEe),
    azureVmLicenceSe: rate('Azure VM SQL Standard licence', 'vmSe', f.azureVmLicenceSe),
    awsCompute: rate('AWS compute (EC2, RDS, Dedicated Host)', 'aws', f.awsCompute, 'Per vCPU-hour.'),
    awsWindows: rate('AWS Windows Server', 'win', f.awsWindows),
    awsLicenceEe: rate('AWS SQL Enterprise License-Included', 'awsEe', f.awsLicenceEe),
    awsLicenceSe: rate('AWS SQL Standard License-Included', 'awsSe', f.awsLicenceSe),
  },
  {
    groups: [
      { id: 'workloads', label: 'Workloads' },
      { id: 'position', label: 'Licences you own' },
      { id: 'licences', label: 'Licence prices and horizon' },
      {
        id: 'prices',
        label: 'Rates per vCPU or vCore hour',
        help: 'License-Included = compute + licence. Your own licence (Hybrid Benefit, BYOL) = compute only.',
        collapsed: true,
      },
    ],
  },
);

export type Inputs = InputValues<typeof inputs>;
