/**
 * SQL Server cloud licensing: License-Included against your own licences (Azure Hybrid Benefit, BYOL) and
 * subscription licences, per workload and for the fleet. Formulas (figures and sources in ./figures.ts; the spec is
 * /work/shared/reference/cost-review-licensing-warehouse.md, section A):
 *   compute (a month)        = vCPUs × hours × compute rate × instances (2 with a passive secondary on a VM or RDS)
 *   License-Included licence = vCPUs × hours × licence meter × instances (Microsoft's model is additive:
 *                              License-Included = base compute + licence; Hybrid Benefit pays the base only)
 *   core licences, Azure SQL = Enterprise: ⌈vCores ÷ 4⌉ (General Purpose), vCores (Business Critical);
 *                              Standard: vCores (GP), 4 × vCores (BC); none for Hyperscale, DTU and serverless
 *   core licences, VM/EC2/RDS = max(4, vCPUs), a passive secondary free with SA; Dedicated Host: max(4, cores)
 *   packs                    = ⌈cores ÷ 2⌉ over the fleet, per edition; shortfall = needed − owned
 *   own licences (a year)    = SA on owned cores used (bought when SA is not active; optional when it is)
 *                              + shortfall × (subscription, or list up front + SA)
 *   SA in year n             = SA × (1 + renewal increase)^(n−1)
 *   SA pays for itself       = SA a year on the packs needed ÷ licence saved a month (the article's "7–10 months")
 *   break-even month         = where the own-licence option's cumulative cost falls below License-Included for good;
 *                              yearly payments (SA, subscription, purchases) are paid at the start of each year
 */
import {
  q,
  t,
  type MathStep,
  type Metric,
  type ResultTable,
  type Text,
  type ToolResult,
} from '../../lib/tool-kit/result';
import { defineToolModel } from '../../lib/tool-kit/tool';
import * as f from './figures';
import { inputs, type Inputs, type Platform, type WorkloadRow } from './schema';

type Edition = 'ee' | 'se';
type Kind = 'paas' | 'vm' | 'rds' | 'dh';

/** What the model needs to know about a platform. */
const platforms: Record<Platform, { kind: Kind; cloud: 'azure' | 'aws'; short: string }> = {
  'sqldb-gp': { kind: 'paas', cloud: 'azure', short: 'SQL Database GP' },
  'sqldb-bc': { kind: 'paas', cloud: 'azure', short: 'SQL Database BC' },
  'sqldb-hs': { kind: 'paas', cloud: 'azure', short: 'SQL Database Hyperscale' },
  'sqldb-dtu': { kind: 'paas', cloud: 'azure', short: 'SQL Database DTU/serverless' },
  'mi-gp': { kind: 'paas', cloud: 'azure', short: 'Managed Instance GP' },
  'mi-bc': { kind: 'paas', cloud: 'azure', short: 'Managed Instance BC' },
  azvm: { kind: 'vm', cloud: 'azure', short: 'Azure VM' },
  rds: { kind: 'rds', cloud: 'aws', short: 'RDS' },
  ec2: { kind: 'vm', cloud: 'aws', short: 'EC2' },
  ec2dh: { kind: 'dh', cloud: 'aws', short: 'EC2 Dedicated Host' },
};

/** How a workload uses its own licence under the own-licence option. */
export type OwnPath = 'ahb' | 'byol' | 'byom' | 'dedicated' | 'developer' | 'no-licence' | 'no-ahb';

const pathNote: Record<OwnPath, string> = {
  ahb: 'Hybrid Benefit',
  byol: 'BYOL with SA (License Mobility)',
  byom: 'BYOM with SA (License Mobility)',
  dedicated: 'BYOL on a Dedicated Host',
  developer: 'Developer edition (free)',
  'no-licence': 'No licence charge (Hyperscale)',
  'no-ahb': 'No Hybrid Benefit: stays License-Included',
};

export interface WorkloadNumbers {
  row: WorkloadRow;
  path: OwnPath;
  instances: number;
  /** Compute a month, Windows included (AWS). */
  compute: number;
  /** Windows Server a month (AWS only; part of compute). */
  windows: number;
  /** SQL licence a month when License-Included. */
  licence: number;
  /** SQL licence still paid a month under the own-licence option (rows without Hybrid Benefit). */
  ownMeter: number;
  /** Core licences the own-licence option assigns to this workload. */
  cores: number;
  /** Whether those cores need SA (all but Developer and pre-2019 licences on a Dedicated Host without SA). */
  needsSa: boolean;
}

export interface EditionNumbers {
  edition: Edition;
  coresNeeded: number;
  packsNeeded: number;
  coresOwned: number;
  coresUsed: number;
  shortfallCores: number;
  shortfallPacks: number;
  /** SA a year on owned cores used, counted in the own-licence option (before any renewal increase). */
  ownedSaYear: number;
  /** Yearly cost of the shortfall (subscription, or SA on packs bought at list). */
  shortfallYear: number;
  /** Packs bought at list, paid in month 0. */
  shortfallUpfront: number;
  /** Subscription a year for every pack needed (the subscription option). */
  subscriptionYear: number;
  /** SA a year on every pack needed (the "buy SA only to use Hybrid Benefit" case). */
  saYearAllNeeded: number;
}

export interface OptionNumbers {
  key: 'li' | 'own' | 'sub';
  label: string;
  /** Compute and licence, averaged over the horizon, a month. */
  computeMonthly: number;
  licenceMonthly: number;
  monthly: number;
  total: number;
  /** Paid in month 0 (licences bought at list). */
  upfront: number;
  /** Paid at the start of year n (1-based). */
  yearly: (year: number) => number;
  /** Paid every month. */
  runMonthly: number;
}

export interface LicensingNumbers {
  workloads: WorkloadNumbers[];
  editions: Record<Edition, EditionNumbers>;
  options: OptionNumbers[];
  cheapest: OptionNumbers;
  saving: number;
  savingPct: number | null;
  /** Licence saved a month on workloads that use an owned licence (Developer rows excluded). */
  licenceSaved: number;
  saPaybackMonths: number | null;
  breakEvenMonth: number | null;
  licenceToCompute: number | null;
  compute: number;
  licence: number;
  months: number;
}

function rates(v: Inputs, row: WorkloadRow): { compute: number; windows: number; licence: number } {
  const ee = row.edition === 'ee';
  switch (row.platform) {
    case 'sqldb-gp':
    case 'mi-gp':
    case 'sqldb-dtu':
      return { compute: v.azureGpBase, windows: 0, licence: v.azureGpLicence };
    case 'sqldb-bc':
    case 'mi-bc':
      return { compute: v.azureBcBase, windows: 0, licence: v.azureBcLicence };
    case 'sqldb-hs':
      return { compute: v.azureHsBase, windows: 0, licence: 0 };
    case 'azvm':
      return { compute: v.azureVmCompute, windows: 0, licence: ee ? v.azureVmLicenceEe : v.azureVmLicenceSe };
    default:
      return { compute: v.awsCompute, windows: v.awsWindows, licence: ee ? v.awsLicenceEe : v.awsLicenceSe };
  }
}

/** Core licences Hybrid Benefit needs for Azure SQL vCores (Microsoft's conversion table). */
export function ahbCores(edition: Edition, platform: Platform, vcores: number): number {
  const businessCritical = platform === 'sqldb-bc' || platform === 'mi-bc';
  if (edition === 'ee') return businessCritical ? vcores : Math.ceil(vcores / f.ahbConversion.value);
  return businessCritical ? 4 * vcores : vcores;
}

/** Core licences a VM or server needs: every vCPU, at least four. */
export const vmCores = (vcpus: number): number => Math.max(f.coreMinimum.value, vcpus);

/** 2-core packs for a number of core licences. */
export const packs = (cores: number): number => Math.ceil(cores / 2);

function ownPath(v: Inputs, row: WorkloadRow): OwnPath {
  const kind = platforms[row.platform].kind;
  if (row.platform === 'sqldb-hs') return 'no-licence';
  if (row.platform === 'sqldb-dtu') return 'no-ahb';
  if (kind === 'paas') return 'ahb';
  if (row.env === 'nonprod' && v.developerNonProd && kind !== 'rds') return 'developer';
  return kind === 'rds' ? 'byom' : kind === 'dh' ? 'dedicated' : 'byol';
}

/** One workload's costs and licence needs. */
export function workloadNumbers(v: Inputs, row: WorkloadRow): WorkloadNumbers {
  const kind = platforms[row.platform].kind;
  const instances = row.ha === 'passive' && kind !== 'paas' ? 2 : 1;
  const r = rates(v, row);
  const vcpuHours = row.vcpus * row.hours * instances;
  const path = ownPath(v, row);
  const withoutSa = path === 'dedicated' && !v.saActive && v.preOctober2019;
  let cores = 0;
  if (path === 'ahb') cores = ahbCores(row.edition, row.platform, row.vcpus);
  else if (path === 'byol' || path === 'byom' || path === 'dedicated') {
    // With SA (fail-over rights) a passive secondary needs no licence; without it, it is licensed too.
    cores = vmCores(row.vcpus) * (withoutSa ? instances : 1);
  }
  const licence = vcpuHours * r.licence;
  return {
    row,
    path,
    instances,
    compute: vcpuHours * (r.compute + r.windows),
    windows: vcpuHours * r.windows,
    licence,
    ownMeter: path === 'no-ahb' || path === 'no-licence' ? licence : 0,
    cores,
    needsSa: cores > 0 && !withoutSa,
  };
}

function editionNumbers(v: Inputs, edition: Edition, rows: WorkloadNumbers[]): EditionNumbers {
  const mine = rows.filter((row) => row.row.edition === edition);
  const coresNeeded = mine.reduce((sum, row) => sum + row.cores, 0);
  const coresWithoutSa = mine.reduce((sum, row) => sum + (row.needsSa ? 0 : row.cores), 0);
  const coresOwned = edition === 'ee' ? v.eeOwned : v.seOwned;
  const list = edition === 'ee' ? v.eeList : v.seList;
  const subscription = edition === 'ee' ? v.eeSub : v.seSub;
  const saPack = (list * v.saPct) / 100;
  const coresUsed = Math.min(coresNeeded, coresOwned);
  // Owned cores go first where they need no SA (pre-2019 licences on a Dedicated Host).
  const usedNeedingSa = Math.max(0, coresUsed - coresWithoutSa);
  const paysOwnedSa = !v.saActive || v.countOwnedSa;
  const shortfallCores = coresNeeded - coresUsed;
  const shortfallPacks = packs(shortfallCores);
  const byList = v.shortfall === 'list';
  return {
    edition,
    coresNeeded,
    packsNeeded: packs(coresNeeded),
    coresOwned,
    coresUsed,
    shortfallCores,
    shortfallPacks,
    ownedSaYear: paysOwnedSa ? (usedNeedingSa / 2) * saPack : 0,
    shortfallYear: shortfallPacks * (byList ? saPack : subscription),
    shortfallUpfront: byList ? shortfallPacks * list : 0,
    subscriptionYear: packs(coresNeeded) * subscription,
    saYearAllNeeded: packs(mine.reduce((sum, row) => sum + (row.needsSa ? row.cores : 0), 0)) * saPack,
  };
}

/** a ÷ b, or null when b is not positive or the quotient overflows (tiny denominators). */
const ratio = (a: number, b: number): number | null => (b > 0 && Number.isFinite(a / b) ? a / b : null);

const growth = (v: Inputs, year: number) => (1 + v.saUplift / 100) ** (year - 1);

function option(
  key: OptionNumbers['key'],
  label: string,
  years: number,
  compute: number,
  meter: number,
  upfront: number,
  yearly: (year: number) => number,
): OptionNumbers {
  let paidYearly = 0;
  for (let year = 1; year <= years; year++) paidYearly += yearly(year);
  const months = years * 12;
  const total = (compute + meter) * months + upfront + paidYearly;
  const licenceTotal = meter * months + upfront + paidYearly;
  return {
    key,
    label,
    computeMonthly: compute,
    licenceMonthly: licenceTotal / months,
    monthly: total / months,
    total,
    upfront,
    yearly,
    runMonthly: compute + meter,
  };
}

/**
 * The first month by which `other` has cost no more than `baseline` in total (0 when it never costs more), or null
 * when that does not happen within the horizon. Yearly payments fall at the start of each year; between them both
 * totals grow linearly, so the crossing is exact.
 */
export function breakEven(baseline: OptionNumbers, other: OptionNumbers, years: number): number | null {
  let lead = -other.upfront;
  const slope = baseline.runMonthly - other.runMonthly;
  for (let year = 1; year <= years; year++) {
    const start = (year - 1) * 12;
    lead += baseline.yearly(year) - other.yearly(year);
    if (lead >= 0) return start;
    const end = lead + slope * 12;
    if (end >= 0) return start + -lead / slope;
    lead = end;
  }
  return null;
}

/** The numbers without words: what tests check and the benchmark times. */
export function computeLicensing(v: Inputs): LicensingNumbers {
  const workloads = (v.workloads as readonly WorkloadRow[]).map((row) => workloadNumbers(v, row));
  const editions = { ee: editionNumbers(v, 'ee', workloads), se: editionNumbers(v, 'se', workloads) };
  const both = [editions.ee, editions.se];
  const compute = workloads.reduce((sum, row) => sum + row.compute, 0);
  const licence = workloads.reduce((sum, row) => sum + row.licence, 0);
  const ownMeter = workloads.reduce((sum, row) => sum + row.ownMeter, 0);
  const sum = (pick: (edition: EditionNumbers) => number) => both.reduce((total, edition) => total + pick(edition), 0);
  const options = [
    option('li', 'License-Included', v.years, compute, licence, 0, () => 0),
    option(
      'own',
      'Own licences (Hybrid Benefit, BYOL)',
      v.years,
      compute,
      ownMeter,
      sum((e) => e.shortfallUpfront),
      (year) =>
        sum((e) => e.ownedSaYear) * growth(v, year) +
        sum((e) => e.shortfallYear) * (v.shortfall === 'list' ? growth(v, year) : 1),
    ),
    option('sub', 'Subscription licences', v.years, compute, ownMeter, 0, () => sum((e) => e.subscriptionYear)),
  ];
  const [li, own] = options as [OptionNumbers, OptionNumbers, OptionNumbers];
  const cheapest = options.reduce((best, candidate) => (candidate.total < best.total - 1e-9 ? candidate : best));
  const saving = li.monthly - cheapest.monthly;
  const licenceSaved = workloads.reduce((total, row) => total + (row.needsSa ? row.licence : 0), 0);
  const saYear = sum((e) => e.saYearAllNeeded);
  return {
    workloads,
    editions,
    options,
    cheapest,
    saving,
    savingPct: ratio(saving * 100, li.monthly),
    licenceSaved,
    saPaybackMonths: ratio(saYear, licenceSaved),
    breakEvenMonth: li.runMonthly > own.runMonthly ? breakEven(li, own, v.years) : null,
    licenceToCompute: ratio(licence, compute),
    compute,
    licence,
    months: v.years * 12,
  };
}

const editionLabel = { ee: 'Enterprise', se: 'Standard' } as const;
const money = (value: number) => q(value, 'money');

function workloadTable(n: LicensingNumbers): ResultTable {
  return {
    key: 'workloads',
    caption: 'Each workload, a month',
    note: 'Compute is paid under every option; License-Included adds the licence. Cores are what your own licences must cover.',
    limit: 20,
    columns: [
      { key: 'name', label: 'Workload' },
      { key: 'where', label: 'Runs on' },
      { key: 'size', label: 'vCPUs or vCores', format: 'integer' },
      { key: 'compute', label: 'Compute', format: 'money' },
      { key: 'licence', label: 'License-Included licence', format: 'money' },
      { key: 'cores', label: 'Core licences', format: 'integer' },
      { key: 'path', label: 'With your own licence' },
    ],
    rows: n.workloads.map((w, index) => ({
      key: String(index + 1),
      name: w.row.name || `row ${index + 1}`,
      where: `${platforms[w.row.platform].short}, ${editionLabel[w.row.edition]}${w.instances > 1 ? ', + passive secondary' : ''}`,
      size: w.row.vcpus,
      compute: w.compute,
      licence: w.licence,
      cores: w.cores,
      path: pathNote[w.path],
    })),
  };
}

function licenceTable(n: LicensingNumbers, v: Inputs): ResultTable {
  return {
    key: 'licences',
    caption: 'Licences needed against licences owned',
    note: `2-core packs; a VM or server needs at least ${f.coreMinimum.value} cores. Shortfall ${v.shortfall === 'list' ? 'bought at list, with SA' : 'rented by subscription'}.`,
    columns: [
      { key: 'edition', label: 'Edition' },
      { key: 'coresNeeded', label: 'Cores needed', format: 'integer' },
      { key: 'packsNeeded', label: 'Packs needed', format: 'integer' },
      { key: 'coresOwned', label: 'Cores owned', format: 'integer' },
      { key: 'shortfallPacks', label: 'Packs short', format: 'integer' },
      { key: 'shortfallYear', label: 'Shortfall a year', format: 'money' },
      { key: 'unused', label: 'Owned, unused', format: 'integer' },
    ],
    rows: [n.editions.ee, n.editions.se].map((e) => ({
      key: e.edition,
      edition: editionLabel[e.edition],
      coresNeeded: e.coresNeeded,
      packsNeeded: e.packsNeeded,
      coresOwned: e.coresOwned,
      shortfallPacks: e.shortfallPacks,
      shortfallYear: e.shortfallYear,
      unused: e.coresOwned - e.coresUsed,
    })),
  };
}

function optionsTable(n: LicensingNumbers, v: Inputs): ResultTable {
  const li = n.options[0]!;
  return {
    key: 'options',
    caption: `The options, a month on average and over ${v.years} ${v.years === 1 ? 'year' : 'years'}`,
    columns: [
      { key: 'option', label: 'Option' },
      { key: 'compute', label: 'Compute a month', format: 'money' },
      { key: 'licence', label: 'Licence a month', format: 'money' },
      { key: 'monthly', label: 'Total a month', format: 'money' },
      { key: 'total', label: `${v.years}-year total`, format: 'money' },
      { key: 'vsLi', label: 'Against License-Included', format: 'percent' },
    ],
    rows: n.options.map((o) => ({
      key: o.key,
      option: o.label,
      compute: o.computeMonthly,
      licence: o.licenceMonthly,
      monthly: o.monthly,
      total: o.total,
      vsLi: ratio((o.monthly - li.monthly) * 100, li.monthly) ?? 0,
    })),
  };
}

export interface Caveat {
  key: string;
  topic: string;
  text: string;
}

/** Caveats that apply to these workloads, with the official rule where the site owner's articles differ. */
export function caveats(n: LicensingNumbers): Caveat[] {
  const has = (test: (w: WorkloadNumbers) => boolean) => n.workloads.some(test);
  const rows: [string, string, string][] = [
    [
      'audit',
      'Over-provisioned cores',
      'Licences are counted on the vCPUs and vCores you provision, not the ones you use: cores beyond what the workload needs are audit exposure. Right-size before you license or reserve.',
    ],
    [
      'dual-use',
      '180 days of dual use',
      'While migrating, a licence with SA may run on premises and in Azure for up to 180 days; after that it counts in one place only.',
    ],
  ];
  if (has((w) => w.row.platform === 'sqldb-dtu'))
    rows.push([
      'dtu',
      'DTU and serverless: no Hybrid Benefit',
      'Hybrid Benefit applies to provisioned vCore databases only. These rows are priced at the General Purpose License-Included rate (what converting to provisioned vCores would cost); convert them to use your licences.',
    ]);
  if (has((w) => w.row.platform === 'sqldb-hs'))
    rows.push([
      'hyperscale',
      'Hyperscale',
      'New Hyperscale databases carry no SQL licence charge, so Hybrid Benefit gives nothing: the same price under every option.',
    ]);
  if (has((w) => w.row.platform === 'rds' || w.row.platform === 'ec2'))
    rows.push([
      'mobility',
      'BYOL on RDS and EC2 needs SA',
      'Official rule: licences with SA (or subscription) and License Mobility run on shared tenancy, including RDS for SQL Server (Bring Your Own Media). The article “AWS RDS Oracle and SQL Server” says BYOL often requires Dedicated Hosts; that is the path only for licences without SA, bought before 1 October 2019.',
    ]);
  if (has((w) => w.row.platform === 'ec2dh'))
    rows.push([
      'dedicated',
      'Dedicated Hosts',
      'You license every physical core of the host, and high availability, patching and backups are yours again.',
    ]);
  if (has((w) => w.instances > 1))
    rows.push([
      'passive',
      'Passive secondaries',
      'With SA, one passive secondary needs no licence (fail-over rights); License-Included bills it like the primary. An active (readable) secondary needs licences.',
    ]);
  if (has((w) => w.row.ha === 'passive' && platforms[w.row.platform].kind === 'paas'))
    rows.push([
      'paas-ha',
      'High availability in Azure SQL',
      'Azure SQL Database and Managed Instance include their replicas in the vCore price: the passive secondary setting is ignored for them.',
    ]);
  if (has((w) => w.path === 'developer'))
    rows.push([
      'developer',
      'Developer edition',
      'Free for development and test only. A non-production VM that serves real users needs a licence.',
    ]);
  rows.push([
    'claims',
    'The articles’ percentages',
    'The articles cite “up to 55 %” (Microsoft’s 2018 VM claim; its current claim, with reservations and Windows, is “up to 85 %”) and “BYOL saves 40–50 %”. The saving shown here is computed from your inputs instead.',
  ]);
  return rows.map(([key, topic, text]) => ({ key, topic, text }));
}

function warnings(n: LicensingNumbers, v: Inputs): Text[] {
  const out: Text[] = [];
  const shortPacks = n.editions.ee.shortfallPacks + n.editions.se.shortfallPacks;
  if (shortPacks > 0)
    out.push(
      t(
        `You lack {packs} 2-core packs for the own-licence option; they are priced as ${v.shortfall === 'list' ? 'list price plus SA' : 'subscriptions'}.`,
        {
          packs: q(shortPacks, 'integer'),
        },
      ),
    );
  if (!v.saActive && n.workloads.some((w) => w.needsSa))
    out.push(t('Without active SA, SA is bought for the owned licences the own-licence option uses.'));
  if (n.workloads.some((w) => w.path === 'dedicated') && !v.saActive && !v.preOctober2019)
    out.push(t('Licences without SA bought after 1 October 2019 may not go to AWS at all, even on a Dedicated Host.'));
  const unused =
    n.editions.ee.coresOwned - n.editions.ee.coresUsed + n.editions.se.coresOwned - n.editions.se.coresUsed;
  if (unused > 0 && (!v.saActive || v.countOwnedSa))
    out.push(t('{cores} owned cores are not needed by these workloads.', { cores: q(unused, 'integer') }));
  return out;
}

function steps(n: LicensingNumbers, v: Inputs): MathStep[] {
  const first = n.workloads[0]!;
  const r = rates(v, first.row);
  const [li, own] = n.options as [OptionNumbers, OptionNumbers, OptionNumbers];
  const list: MathStep[] = [
    {
      label: `License-Included, ${first.row.name || 'row 1'}`,
      formula: 'vCPUs × hours × instances × (compute + licence rate)',
      substituted: t('{n} × {h} × {i} × ({c} + {l})', {
        n: q(first.row.vcpus, 'integer'),
        h: q(first.row.hours, 'number'),
        i: q(first.instances, 'integer'),
        c: q(r.compute + r.windows, 'cost'),
        l: q(r.licence, 'cost'),
      }),
      result: money(first.compute + first.licence),
    },
    {
      label: `With your own licence, ${first.row.name || 'row 1'}`,
      formula: 'vCPUs × hours × instances × compute rate (rows without Hybrid Benefit keep their licence)',
      substituted: t('{n} × {h} × {i} × {c} + {m}', {
        n: q(first.row.vcpus, 'integer'),
        h: q(first.row.hours, 'number'),
        i: q(first.instances, 'integer'),
        c: q(r.compute + r.windows, 'cost'),
        m: money(first.ownMeter),
      }),
      result: money(first.compute + first.ownMeter),
    },
    {
      label: `Core licences, ${first.row.name || 'row 1'} (${pathNote[first.path]})`,
      formula:
        platforms[first.row.platform].kind === 'paas'
          ? 'Enterprise: vCores ÷ 4 (GP) or × 1 (BC); Standard: × 1 (GP) or × 4 (BC)'
          : 'max(4, vCPUs)',
      substituted: t('{n} vCPUs or vCores', { n: q(first.row.vcpus, 'integer') }),
      result: q(first.cores, 'integer'),
    },
  ];
  for (const e of [n.editions.ee, n.editions.se]) {
    if (e.coresNeeded === 0) continue;
    list.push({
      label: `${editionLabel[e.edition]} packs needed, fleet`,
      formula: '⌈cores ÷ 2⌉',
      substituted: t('⌈{c} ÷ 2⌉', { c: q(e.coresNeeded, 'integer') }),
      result: q(e.packsNeeded, 'integer'),
    });
  }
  list.push(
    {
      label: 'Saving of the cheapest option against License-Included, a month',
      formula: 'License-Included − cheapest (averaged over the horizon)',
      substituted: t('{li} − {best}', { li: money(li.monthly), best: money(n.cheapest.monthly) }),
      result: money(n.saving),
    },
    {
      label: 'Buying SA only to use your licences pays for itself in',
      formula: 'SA a year on the packs needed ÷ licence saved a month',
      substituted: t('{sa} ÷ {saved}', {
        sa: money(n.editions.ee.saYearAllNeeded + n.editions.se.saYearAllNeeded),
        saved: money(n.licenceSaved),
      }),
      result: q(n.saPaybackMonths, 'months', 'never'),
    },
    {
      label: 'Own licences: cumulative cost below License-Included from month',
      formula: '(up-front + first year’s SA and subscriptions) ÷ (License-Included − own) a month',
      substituted: t('({up} + {y1}) ÷ ({li} − {own})', {
        up: money(own.upfront),
        y1: money(own.yearly(1)),
        li: money(li.runMonthly),
        own: money(own.runMonthly),
      }),
      result: q(n.breakEvenMonth, 'months', 'never'),
    },
  );
  return list;
}

function cumulativeChart(n: LicensingNumbers, v: Inputs): ToolResult['chart'] {
  const x = Array.from({ length: n.months + 1 }, (_, month) => month);
  const series = n.options.map((o, index) => {
    // Paid by the start of each year: up front plus every yearly payment so far.
    const paid = [o.upfront];
    for (let year = 1; year <= v.years; year++) paid.push(paid[year - 1]! + o.yearly(year));
    const values = x.map((month) => paid[Math.min(v.years, Math.floor(month / 12) + 1)]! + o.runMonthly * month);
    return {
      key: o.key,
      label: o.label,
      values,
      tone: (['warn', 'accent', 'muted'] as const)[index]!,
      dash: index === 2,
    };
  });
  return {
    title: 'Cumulative cost of each option',
    summary: t('Over {months} months: License-Included {li}, own licences {own}, subscription {sub}.', {
      months: q(n.months, 'integer'),
      li: money(n.options[0]!.total),
      own: money(n.options[1]!.total),
      sub: money(n.options[2]!.total),
    }),
    xLabel: 'Month',
    x,
    xFormat: 'months',
    xStep: 12,
    yFormat: 'money',
    series,
    markers:
      n.breakEvenMonth === null || n.breakEvenMonth === 0
        ? []
        : [{ x: n.breakEvenMonth, label: 'Own licences break even' }],
  };
}

function metrics(n: LicensingNumbers, v: Inputs): Metric[] {
  const [li, own, sub] = n.options as [OptionNumbers, OptionNumbers, OptionNumbers];
  const band = `${f.articleBreakEven.value}–10`;
  return [
    {
      key: 'saving',
      label: 'Saving against License-Included, a month',
      ...money(n.saving),
      tone: n.saving > 0 ? 'good' : 'neutral',
      hint: t(`${n.cheapest.label}, average over the horizon`),
    },
    { key: 'savingPct', label: 'Saving', ...q(n.savingPct, 'percent', '—'), tone: n.saving > 0 ? 'good' : 'neutral' },
    {
      key: 'saPayback',
      label: 'Buying SA only to use them pays for itself in',
      ...q(n.saPaybackMonths, 'months', 'never'),
      hint: t(
        n.saPaybackMonths === null
          ? 'No licence is saved.'
          : n.saPaybackMonths < f.articleBreakEven.value
            ? `Sooner than the article’s ${band} months.`
            : n.saPaybackMonths <= 10
              ? `Inside the article’s ${band} months.`
              : `Later than the article’s ${band} months.`,
      ),
    },
    { key: 'liMonthly', label: 'License-Included, a month', ...money(li.monthly) },
    { key: 'ownMonthly', label: 'Own licences, a month', ...money(own.monthly) },
    { key: 'subMonthly', label: 'Subscription licences, a month', ...money(sub.monthly) },
    { key: 'liTotal', label: `License-Included, ${v.years} years`, ...money(li.total) },
    { key: 'ownTotal', label: `Own licences, ${v.years} years`, ...money(own.total) },
    { key: 'subTotal', label: `Subscription, ${v.years} years`, ...money(sub.total) },
    {
      key: 'breakEvenMonth',
      label: 'Own licences cost less from month',
      ...q(n.breakEvenMonth, 'months', 'never'),
      ...(n.breakEvenMonth === 0 ? { hint: t('From the start: nothing is bought up front.') } : {}),
    },
    { key: 'eePacksNeeded', label: 'Enterprise packs needed', ...q(n.editions.ee.packsNeeded, 'integer') },
    { key: 'eePacksShort', label: 'Enterprise packs short', ...q(n.editions.ee.shortfallPacks, 'integer') },
    { key: 'sePacksNeeded', label: 'Standard packs needed', ...q(n.editions.se.packsNeeded, 'integer') },
    { key: 'sePacksShort', label: 'Standard packs short', ...q(n.editions.se.shortfallPacks, 'integer') },
    {
      key: 'licenceToCompute',
      label: 'License-Included licence ÷ compute',
      ...q(n.licenceToCompute, 'multiple', '—'),
      hint: t('The article on RDS licences puts it at 3–5× for Enterprise.'),
    },
  ];
}

function verdict(n: LicensingNumbers): ToolResult['verdict'] {
  const li = n.options[0]!;
  if (n.cheapest.key === 'li' || n.saving <= 0.005) {
    return {
      tone: 'neutral',
      headline: t('License-Included is the cheapest here: {li} a month.', { li: money(li.monthly) }),
      detail: t('Your own or subscription licences would not cost less for these workloads over the horizon.'),
    };
  }
  return {
    tone: 'good',
    headline: t(`${n.cheapest.label}: {best} a month against {li} License-Included, {pct} less.`, {
      best: money(n.cheapest.monthly),
      li: money(li.monthly),
      pct: q(n.savingPct, 'percent'),
    }),
    detail: t(
      'That is {saving} a month saved; buying SA only to use your licences would pay for itself in {payback}.',
      {
        saving: money(n.saving),
        payback: q(n.saPaybackMonths, 'months', 'never'),
      },
    ),
  };
}

/** The full result: numbers, words, tables, charts and the math. */
export function evaluateLicensing(v: Inputs): ToolResult {
  const n = computeLicensing(v);
  return {
    verdict: verdict(n),
    metrics: metrics(n, v),
    bars: {
      title: 'Each option a month, compute and licence',
      summary: t('License-Included {li}, own licences {own}, subscription {sub} a month on average.', {
        li: money(n.options[0]!.monthly),
        own: money(n.options[1]!.monthly),
        sub: money(n.options[2]!.monthly),
      }),
      categoryLabel: 'Option',
      categories: n.options.map((o) => ({ key: o.key, label: o.label })),
      series: [
        { key: 'compute', label: 'Compute', values: n.options.map((o) => o.computeMonthly), tone: 'accent' },
        {
          key: 'licence',
          label: 'SQL Server licence',
          values: n.options.map((o) => o.licenceMonthly),
          tone: 'warn',
          hatch: true,
        },
      ],
      valueLabel: 'A month, averaged over the horizon',
      valueFormat: 'money',
    },
    chart: cumulativeChart(n, v),
    tables: [optionsTable(n, v), workloadTable(n), licenceTable(n, v)],
    steps: steps(n, v),
    warnings: warnings(n, v),
    figures: [
      f.ahbConversion,
      f.coreMinimum,
      f.standardCoreLimit,
      f.byolWithoutSa,
      f.passiveReplica,
      f.articleBreakEven,
      f.hoursPerMonth,
    ],
  };
}

const gpExample = {
  name: 'orders',
  platform: 'sqldb-gp',
  edition: 'ee',
  vcpus: 8,
  hours: 730,
  env: 'prod',
  ha: 'none',
} as const;

export const licensingModel = defineToolModel({
  id: 'sql-server-licensing',
  inputs,
  evaluate: evaluateLicensing,
  headline: ['saving', 'savingPct', 'saPayback'],
  examples: [
    {
      id: 'azure-gp',
      label: '8 vCores on Azure SQL, buying SA',
      description: 'Azure SQL Database General Purpose, 8 vCores in East US, 2 Enterprise cores owned without SA.',
      values: { workloads: [gpExample], eeOwned: 2, seOwned: 0, saActive: false },
    },
    {
      id: 'aws-r6i',
      label: 'r6i.xlarge on EC2, Enterprise',
      description: 'One 4-vCPU EC2 instance with SQL Server Enterprise, 4 cores owned with SA.',
      values: {
        workloads: [
          { name: 'r6i.xlarge', platform: 'ec2', edition: 'ee', vcpus: 4, hours: 730, env: 'prod', ha: 'none' },
        ],
        eeOwned: 4,
        seOwned: 0,
        saActive: true,
      },
    },
    {
      id: 'fleet',
      label: 'A mixed fleet',
      description: 'Azure SQL, an HA pair on EC2, a staging VM and a DTU database, with some licences owned.',
      values: {
        workloads: [
          gpExample,
          { name: 'billing', platform: 'ec2', edition: 'ee', vcpus: 8, hours: 730, env: 'prod', ha: 'passive' },
          { name: 'reports', platform: 'mi-bc', edition: 'se', vcpus: 4, hours: 730, env: 'prod', ha: 'none' },
          { name: 'staging', platform: 'azvm', edition: 'ee', vcpus: 4, hours: 300, env: 'nonprod', ha: 'none' },
          { name: 'legacy', platform: 'sqldb-dtu', edition: 'se', vcpus: 2, hours: 730, env: 'prod', ha: 'none' },
        ],
        eeOwned: 8,
        seOwned: 8,
        saActive: true,
      },
    },
  ],
});
