/** Sourced figures behind the Reserved Instance ROI calculator (see ../../../README.md, "Add a tool"). */
import { sourced } from '../../lib/tool-kit/figures';

const rdsReservedInstances = 'https://aws.amazon.com/rds/reserved-instances/';
const rdsUserGuide = 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithReservedDBInstances.html';
const awsri = 'https://github.com/takaishi/awsri';

/** AWS bills reservations and on-demand instances on a 730-hour month. */
export const hoursPerMonth = sourced({
  value: 730,
  unit: 'hours in a billing month',
  source: 'ec2instances.info scraper, effectiveReservedHourly (vantage-sh)',
  url: 'https://github.com/vantage-sh/ec2instances.info',
  asOf: '2026',
  note: '8,760 hours in a 1-year term, 26,280 in a 3-year term.',
});

/** Discount of the worked example: a 50% reservation on an oversized instance. */
export const workedExampleDiscount = sourced({
  value: 50,
  unit: '% off on-demand',
  source: 'Amazon RDS Reserved Instances',
  url: rdsReservedInstances,
  asOf: '2026',
  note: 'Typical: about 30% for 1 year No Upfront, about 60% for 3 years Partial Upfront, 63 to 66% for 3 years All Upfront; AWS says "up to 69%". 50% is the worked example of the site owner’s article.',
});

/** Discount of a 1-year reservation bought after right-sizing. */
export const oneYearDiscount = sourced({
  value: 30,
  unit: '% off on-demand',
  source: 'Amazon RDS Reserved Instances',
  url: rdsReservedInstances,
  asOf: '2026',
  note: 'About 30% is typical for a 1-year No Upfront reservation.',
});

/** How long to wait after a migration before committing: profile, right-size, then reserve. */
export const rightSizeWait = sourced({
  value: 90,
  unit: 'days before committing',
  source: 'Rule of thumb from the site owner’s article on right-sizing before reserving',
  asOf: '2026',
  note: 'Wait about 90 days after a migration, profile P95 CPU and memory, right-size, then commit.',
});

/**
 * Partial Upfront splits the term's cost about evenly: 1 year of db.t4g.large MySQL Multi-AZ is $781 upfront
 * plus 12 × $64 = $768 monthly. The model uses this share when only a discount is known.
 */
export const partialUpfrontShare = sourced({
  value: 50,
  unit: '% of the term’s cost paid upfront (Partial Upfront)',
  source: 'awsri README: db.t4g.large MySQL Multi-AZ offerings',
  url: awsri,
  asOf: '2026',
  note: 'Derived here: $781 upfront against $768 of monthly charges over 1 year; $1,630 against $1,620 over 3 years.',
});

/**
 * Right-sizing moves in instance classes: within a family each class down halves the instance-hour cost.
 * A class step is advised only while P95 CPU is below 40 %; above 70 % the advice is to optimise or scale up.
 */
const cloudDbTriage = 'Site owner’s article “Cloud Database Cost Triage: Storage, IOPS, CPU, Replicas” (5 June 2023)';

/** Cost of one instance class down, as a share of the class above it. */
export const classStepFactor = sourced({
  value: 0.5,
  unit: '× instance-hour cost per class down, same family',
  source: cloudDbTriage,
  asOf: '2023-06',
  note: 'One class down within the family (e.g. db.r6g.2xlarge to db.r6g.xlarge) about halves the instance-hour cost; RDS sizes double from class to class.',
});

/** Below this P95 CPU an instance is a candidate for one class down. */
export const rightSizeBelowPct = sourced({
  value: 40,
  unit: '% P95 CPU over 30 days',
  source: cloudDbTriage,
  asOf: '2023-06',
  note: 'Below 40 % P95 the class is over-provisioned: step down one class. Between 40 % and 70 % leave it.',
});

/** Above this P95 CPU the advice is to optimise or scale up, never to step down. */
export const scaleUpAbovePct = sourced({
  value: 70,
  unit: '% P95 CPU over 30 days',
  source: cloudDbTriage,
  asOf: '2023-06',
  note: 'Above 70 % P95 optimise the workload or scale up. The accepted P95 after a step down cannot be higher.',
});

/** Hours in a month of the sample list: awsri multiplies the hourly recurring charge by 24 × 30. */
export const sampleListHoursPerMonth = 720;

/** One real offering (the RI amounts) for the sample instance class. */
export const sampleOffering = {
  instanceClass: 'db.t4g.large',
  label: 'db.t4g.large, MySQL, Multi-AZ (reservations: Tokyo, 2024 list)',
  size: 'large',
  deployment: 'multi',
  /**
   * Upfront payment and monthly charge per term and payment option; 3-year No Upfront is not sold. Monthly charges
   * are the list's 720-hour months: the model converts them to hourly (÷ 720) and bills 730-hour months.
   */
  offerings: {
    '1': {
      none: { upfront: 0, monthly: 134 },
      partial: { upfront: 781, monthly: 64 },
      all: { upfront: 1517, monthly: 0 },
    },
    '3': { none: null, partial: { upfront: 1630, monthly: 45 }, all: { upfront: 3192, monthly: 0 } },
  },
  figure: sourced({
    value: 1517,
    unit: '$ for 1 year All Upfront (other options in the note)',
    source: 'awsri README: db.t4g.large MySQL Multi-AZ reserved offerings, region ap-northeast-1 (Asia Pacific, Tokyo)',
    url: awsri,
    asOf: '2024',
    note: '1y No Upfront $134/mo; 1y Partial $781 + $64/mo; 1y All Upfront $1,517; 3y Partial $1,630 + $45/mo; 3y All Upfront $3,192. awsri prints monthly charges as hourly × 720 (24 × 30); the model divides them by 720 to get the hourly charge. RDS sells No Upfront for 1 year only. The on-demand rate is US East: the two regions differ, check both for yours.',
  }),
  onDemand: sourced({
    value: 0.258,
    unit: '$ per hour, on demand',
    source: 'Amazon RDS for MySQL pricing, US East (N. Virginia), Multi-AZ',
    url: 'https://aws.amazon.com/rds/mysql/pricing/',
    asOf: '2026',
    note: 'US East, not the Tokyo region of the sample reservations. Twice the Single-AZ rate of $0.129 per hour: a Multi-AZ deployment bills the standby too. Check the current rate for your region.',
  }),
} as const;

/**
 * RDS size flexibility: normalized units per hour by size, for Single-AZ, Multi-AZ instance and Multi-AZ DB
 * cluster deployments. A reservation covers any size of its family in units.
 */
export const normalizedUnits = {
  micro: [0.5, 1, 1.5],
  small: [1, 2, 3],
  medium: [2, 4, 6],
  large: [4, 8, 12],
  xlarge: [8, 16, 24],
  '2xlarge': [16, 32, 48],
  '4xlarge': [32, 64, 96],
  '8xlarge': [64, 128, 192],
  '12xlarge': [96, 192, 288],
  '16xlarge': [128, 256, 384],
  '24xlarge': [192, 384, 576],
  '32xlarge': [256, 512, 768],
} as const;

export const normalizedUnitsFigure = sourced({
  value: 8,
  unit: 'normalized units per hour for a Multi-AZ large instance',
  source: 'Amazon RDS User Guide: Working with reserved DB instances (size-flexible reservations)',
  url: rdsUserGuide,
  asOf: '2026',
  note: 'Same family only; not SQL Server and not Oracle License-Included. Reservations cover compute only, never storage, I/O or backup, and cannot be cancelled.',
});

/** Aurora I/O-Optimized reservations count 30% more normalized units. */
export const ioOptimizedFactor = sourced({
  value: 1.3,
  unit: '× normalized units for Aurora I/O-Optimized',
  source: 'Amazon Aurora User Guide: Reserved DB instances for Aurora',
  url: 'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_WorkingWithReservedDBInstances.html',
  asOf: '2026',
});
