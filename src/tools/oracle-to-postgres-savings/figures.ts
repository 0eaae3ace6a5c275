/** Sourced figures behind the Oracle to PostgreSQL savings calculator. */
import { sourced } from '../../lib/tool-kit/figures';

const priceList = 'https://www.oracle.com/assets/technology-price-list-070617.pdf';
const cloudPolicy = 'https://www.oracle.com/assets/cloud-licensing-070579.pdf';

const listNote = 'Discounts of 40 to 70% off list are common (Redress Compliance, Oracle technology price list).';

export const eeProcessorPrice = sourced({
  value: 47_500,
  unit: '$ per processor licence, Enterprise Edition',
  source: 'Oracle Technology Global Price List',
  url: priceList,
  asOf: '2026',
  note: listNote,
});

export const eeNupPrice = sourced({
  value: 950,
  unit: '$ per Named User Plus, Enterprise Edition',
  source: 'Oracle Technology Global Price List',
  url: priceList,
  asOf: '2026',
  note: 'Minimum 25 Named User Plus per processor.',
});

export const se2ProcessorPrice = sourced({
  value: 17_500,
  unit: '$ per processor (socket) licence, Standard Edition 2',
  source: 'Oracle Technology Global Price List',
  url: priceList,
  asOf: '2026',
  note: 'SE2 counts occupied sockets, at most 2 per server; the core factor does not apply.',
});

export const se2NupPrice = sourced({
  value: 350,
  unit: '$ per Named User Plus, Standard Edition 2',
  source: 'Oracle Technology Global Price List',
  url: priceList,
  asOf: '2026',
  note: 'Minimum 10 Named User Plus per server.',
});

export const typicalDiscount = sourced({
  value: 50,
  unit: '% off list',
  source: 'Redress Compliance: Oracle technology price list',
  url: 'https://redresscompliance.com/',
  asOf: '2026',
  note: 'Common range 40 to 70%. 50% is the middle of it; use your contract’s number.',
});

export const supportRate = sourced({
  value: 22,
  unit: '% of the net licence price, per year',
  source: 'Oracle support uplift tracker 2026 (Oracle Licensing Experts)',
  url: 'https://oraclelicensingexperts.com/',
  asOf: '2026',
});

/** The uplift an uncapped contract gets by default; enter your cap if you negotiated one. */
export const supportUplift = sourced({
  value: 8,
  unit: '% more support each year (uncapped default)',
  source: 'Oracle support uplift tracker 2026 (Oracle Licensing Experts)',
  url: 'https://oraclelicensingexperts.com/',
  asOf: '2026',
  note: 'About 8% a year by default when the contract does not cap it; median observed 6%; negotiated caps 0 to 4%.',
});

export const x86CoreFactor = sourced({
  value: 0.5,
  unit: 'processor licences per core (x86)',
  source: 'Oracle Processor Core Factor Table',
  url: 'https://www.oracle.com/us/corporate/contracts/processor-core-factor-table-070634.pdf',
  asOf: '2026',
  note: 'x86 0.5, IBM POWER 1.0. Licences = cores × factor, rounded up.',
});

/** On Oracle Cloud Infrastructure one OCPU (one physical core, two vCPUs) needs one processor licence. */
export const ociOcpuRule = sourced({
  value: 1,
  unit: 'processor licence per OCPU (Oracle Cloud Infrastructure)',
  source: 'Redress Compliance: Oracle OCI licensing guide (1 OCPU = 1 processor licence)',
  url: 'https://redresscompliance.com/managing-licenses-in-oci-environments.html',
  asOf: '2026-02',
  note: 'No core factor on OCI. SE2 counts one socket per 4 OCPUs (Oracle Licensing Experts, OCI BYOL conversion ratios, June 2026). The site owner’s “Oracle Cloud BYOL: True Cost Analysis Beyond the Headline Rate” (25 March 2026) states the 1 OCPU = 1 licence rule.',
});

export const cloudVcpuRule = sourced({
  value: 2,
  unit: 'vCPUs per processor licence, hyper-threading on (AWS, Azure)',
  source: 'Oracle: Licensing Oracle Software in the Cloud Computing Environment',
  url: cloudPolicy,
  asOf: '2026',
  note: '1 vCPU = 1 licence with hyper-threading off; the core factor does not apply. SE2: every 4 vCPUs count as one socket, at most 8 vCPUs per instance.',
});
