/**
 * The 30-point database cost and reliability review: the owner's method in "How to Run a Database Cost &
 * Reliability Review" (RajivOnAI, 2026-06-12): read-only access first, then nine areas in a fixed order
 * (cheap to see first, risky to fix last), then the planning step. 28 points are that article's own sub-items; the
 * access step and the planning step make 30. What to collect and each red-flag rule come from the owner's other
 * articles, named in `sources` per point; thresholds the articles do not give are marked "proposed" in the text.
 * Framework-free data: the checklist page, its island, the Markdown file and the report all read it.
 */

/** Where a plan item goes: the three buckets of the 30/60/90-day plan. */
export type PlanWindow = '0-30' | '31-60' | '61-90';

/** The plan buckets in order, with the heading each gets in a report. */
export const planWindows: readonly { id: PlanWindow; label: string; goal: string }[] = [
  { id: '0-30', label: 'Days 0–30', goal: 'Instrument and take the low-risk wins' },
  { id: '31-60', label: 'Days 31–60', goal: 'Right-size and remove structural waste' },
  { id: '61-90', label: 'Days 61–90', goal: 'Harden and sustain' },
];

/** An article of the owner's that explains a rule, by its original address (pages map it to our copy). */
export interface ReviewSource {
  title: string;
  url: string;
}

const blog = (title: string, path: string): ReviewSource => ({ title, url: `https://rajivonai.com/blog/${path}/` });

/** Every article a point cites. Keys are short names used only in this file and the tests. */
export const reviewSources = {
  review: blog(
    'How to Run a Database Cost & Reliability Review',
    '2026-06-12-how-to-run-a-database-cost-and-reliability-review',
  ),
  dbm: blog(
    'Datadog DBM: What Database Teams Should Actually Monitor',
    '2026-06-15-datadog-dbm-what-database-teams-should-actually-monitor',
  ),
  aurora: blog(
    'Aurora Cost Optimization: The Hidden Database Bill',
    '2026-06-11-aurora-cost-optimization-the-hidden-database-bill',
  ),
  bloat: blog(
    'PostgreSQL Bloat, Index Waste, and Cloud Cost',
    '2026-06-10-postgresql-bloat-index-waste-and-cloud-cost',
  ),
  nonProd: blog(
    'Why Your Non-Prod Databases Cost as Much as Production',
    '2026-04-08-dev-test-database-cost-reduction',
  ),
  reservations: blog(
    'The Math Behind Database Reserved Instances: When to Wait',
    '2026-04-01-cloud-database-reserved-instance-math',
  ),
  rdsLicences: blog(
    'AWS RDS Oracle and SQL Server: The License Cost Nobody Talks About',
    '2026-03-04-aws-rds-oracle-sql-server-license-cost',
  ),
  hybridBenefit: blog(
    'Azure Hybrid Benefit for SQL Server: The Exact Math',
    '2026-02-25-azure-hybrid-benefit-database-guide',
  ),
  licensing: blog(
    'Database Licensing Cost Across AWS, Azure, GCP, and OCI',
    '2026-02-11-database-licensing-cost-across-clouds',
  ),
  telemetry: blog(
    'Telemetry Cost Control: Why Observability Data Itself Needs Governance',
    '2025-12-09-telemetry-cost-control-data-governance',
  ),
  automationRoadmap: blog(
    'DB Team Automation Roadmap: Backups, Patching, Refreshes, Provisioning, and Guardrails',
    '2025-06-10-db-team-automation-roadmap-backups-patching-refreshes-provisioning-and-guardrails',
  ),
  toil: blog(
    'SRE Automation Backlog: How to Rank Toil by Risk, Frequency, and Recoverability',
    '2025-05-13-sre-automation-backlog-how-to-rank-toil-by-risk-frequency-and-recoverability',
  ),
  agentGuardrails: blog(
    'AI Agents Need Database Guardrails Below the Prompt',
    '2024-12-10-ai-agents-need-database-guardrails-below-the-prompt',
  ),
  costDashboards: blog(
    'Cost Observability: Build Dashboards That Show Waste Before Finance Finds It',
    '2024-11-19-cost-observability-database-dashboards',
  ),
  peak: blog(
    'Designing for Peak Traffic Without Designing for Permanent Waste',
    '2024-11-11-designing-for-peak-traffic-without-designing-for-permanent-waste',
  ),
  clouds: blog(
    'AWS vs Azure vs GCP vs OCI for Database-Backed Systems: Decision Framework',
    '2024-09-27-aws-vs-azure-vs-gcp-vs-oci-for-database-backed-systems-decision-framework',
  ),
  pgObservability: blog(
    'PostgreSQL Observability: Vacuum, Bloat, Locks, Replication Lag, and Query Plans',
    '2024-08-20-postgresql-observability-vacuum-bloat-locks',
  ),
  alerts: blog(
    'Database Alert Design: Thresholds That Fire on Real Problems',
    '2024-08-12-database-alert-design-thresholds-that-fire-on-real-problems',
  ),
  encryption: blog(
    'Database Encryption: TDE, Column Encryption, pgcrypto, KMS',
    '2024-08-05-database-encryption-tde-column-pgcrypto-kms',
  ),
  gameDay: blog(
    'Multi-Region Failover Game Day: What to Test Before the Region Is Down',
    '2024-06-29-multi-region-failover-game-day-what-to-test-before-the-region-is-down',
  ),
  baseline: blog(
    'The Database Observability Baseline: What Every DBA Dashboard Must Show',
    '2024-06-04-database-observability-baseline-dashboard',
  ),
  aiAccess: blog('Database Security Review for AI Access', '2024-05-20-database-security-review-for-ai-access'),
  indexDebt: blog(
    'Index Debt Review: How to Find Bad, Missing, and Duplicate Indexes',
    '2024-03-18-index-debt-review-bad-missing-duplicate-indexes',
  ),
  pooling: blog(
    'Database Connection Pooling: Why Apps Kill Databases',
    '2023-07-10-database-connection-pooling-why-apps-kill-databases',
  ),
  triage: blog(
    'Cloud Database Cost Triage: Storage, IOPS, CPU, Replicas',
    '2023-06-05-cloud-database-cost-triage-storage-iops-cpu-replicas',
  ),
  backupValidation: blog('Database Backup Validation Workflow', '2023-05-15-database-backup-validation-workflow'),
  replicas: blog('Read Replicas Are Not Free Scale', '2023-04-17-read-replicas-are-not-free-scale'),
  azureReliability: blog(
    'Azure Database Reliability Review: Failover Groups, Backups, and Geo-Replication',
    '2023-01-21-azure-database-reliability-review-failover-groups-backups-and-geo-replication',
  ),
  backupsNotRecovery: blog(
    'Backups Are Not Recovery: The DBA Rule Everyone Learns Late',
    '2022-11-14-backups-are-not-recovery',
  ),
  dataBoundary: blog(
    'AWS Multi-Account Data Boundary: VPCs, KMS, IAM, and Audit Trails',
    '2022-09-23-aws-multi-account-data-boundary-vpcs-kms-iam-and-audit-trails',
  ),
} satisfies Record<string, ReviewSource>;

export type SourceKey = keyof typeof reviewSources;

/** What a finding's spend is about: it decides which calculator the finding links to. */
export type SpendTopic = 'none' | 'reservations' | 'licensing' | 'warehouse' | 'migration' | 'ai';

/** Topic names as a select shows them. */
export const spendTopics: readonly { id: SpendTopic; label: string }[] = [
  { id: 'none', label: 'None of these' },
  { id: 'reservations', label: 'Reservations and commitments' },
  { id: 'licensing', label: 'Licensing (SQL Server, Oracle)' },
  { id: 'warehouse', label: 'Data warehouse' },
  { id: 'migration', label: 'Migration off a commercial engine' },
  { id: 'ai', label: 'AI and token spend' },
];

export type AreaId =
  | 'access'
  | 'cost'
  | 'performance'
  | 'reliability'
  | 'storage'
  | 'replication'
  | 'backup'
  | 'observability'
  | 'security'
  | 'automation'
  | 'planning';

/** One area of the review, in the order the method walks them. */
export interface ReviewArea {
  id: AreaId;
  label: string;
  /** One line on what the area looks for, shown above its points. */
  intro: string;
}

/** The access step, the nine areas, then the planning step: the order is the method's and never changes. */
export const reviewAreas: readonly ReviewArea[] = [
  { id: 'access', label: 'Step 0: access', intro: 'Read-only access and enough history to see a month-end.' },
  { id: 'cost', label: 'Cost', intro: 'What you pay for that the workload does not use.' },
  { id: 'performance', label: 'Performance', intro: 'The queries and settings that turn into instance size and I/O.' },
  { id: 'reliability', label: 'Reliability', intro: 'Whether the recovery you pay for works when it is needed.' },
  { id: 'storage', label: 'Storage', intro: 'Space that grows, bloats or is kept longer than anyone needs.' },
  { id: 'replication', label: 'Replication', intro: 'Replicas that earn their cost, and lag you can see.' },
  {
    id: 'backup',
    label: 'Backup & recovery',
    intro: 'Backups that exist, restores that were timed, an RPO someone wrote down.',
  },
  { id: 'observability', label: 'Observability', intro: 'Signals that warn before users notice, at a cost that fits.' },
  { id: 'security', label: 'Security', intro: 'Encryption, least privilege and a trail of who changed what.' },
  { id: 'automation', label: 'Automation', intro: 'Manual work that costs time and risk every time it is done.' },
  {
    id: 'planning',
    label: 'Planning step',
    intro: 'Turn every gap into a finding with math, a range and a slot in the plan.',
  },
];

/** One point of the checklist. `id` is the key of saved answers: never rename one. */
export interface ReviewPoint {
  id: string;
  /** 1–30, as printed. */
  number: number;
  area: AreaId;
  check: string;
  /** What to collect, read-only. */
  collect: string;
  /** When the point is a gap or a risk. */
  redFlag: string;
  sources: readonly SourceKey[];
  /** The plan bucket a finding on this point starts in (#3's 30/60/90 description). */
  window: PlanWindow;
  /** The calculator family a finding on this point usually concerns. */
  topic: SpendTopic;
  /** Points whose findings must land first (commit only after right-sizing, #30). */
  dependsOn?: readonly string[];
}

const point = (
  number: number,
  id: string,
  area: AreaId,
  check: string,
  collect: string,
  redFlag: string,
  sources: readonly SourceKey[],
  window: PlanWindow,
  extra: { topic?: SpendTopic; dependsOn?: readonly string[] } = {},
): ReviewPoint => ({
  id,
  number,
  area,
  check,
  collect,
  redFlag,
  sources,
  window,
  topic: extra.topic ?? 'none',
  ...extra,
});

/** The 30 points, in checklist order. */
export const reviewPoints: readonly ReviewPoint[] = [
  point(
    1,
    'read-only-access',
    'access',
    'Read-only access and a metrics window',
    'A read replica, a snapshot or a read-only role; two to four weeks of metrics (30 days is better: it holds a month-end); an NDA where one is needed. Never write access.',
    'Fewer than two weeks of metrics, or only credentials that can write.',
    ['review'],
    '0-30',
  ),
  point(
    2,
    'instance-sizing',
    'cost',
    'Instance sizing against utilization',
    '30-day P95 (not the average) of CPU, memory and connections for every writer and reader, month-end and spikes included; the cloud’s own right-sizing advice.',
    'P95 CPU under 40% over 30 days: a right-sizing candidate (one class down roughly halves the instance-hour cost). Over 70%: tune the queries or size up.',
    ['triage', 'aurora', 'review'],
    '31-60',
    { topic: 'reservations' },
  ),
  point(
    3,
    'idle-non-prod',
    'cost',
    'Idle and non-production databases',
    'Inventory by environment tag; hours running against hours used; Multi-AZ and provisioned IOPS outside production; monitoring agents on idle hosts.',
    'Non-production running 24×7, on Multi-AZ or on io1/io2. Stopping 19:00–07:00 and weekends removes about 64% of the hours.',
    ['nonProd', 'costDashboards', 'dbm'],
    '0-30',
    { topic: 'warehouse' },
  ),
  point(
    4,
    'pricing-model',
    'cost',
    'Pricing model: commitments and licences',
    'On-demand against reserved or savings-plan coverage; licence model (licence-included, bring your own, Azure Hybrid Benefit); whether commitments were bought before or after right-sizing.',
    'A commercial engine on licence-included with no licence audit; a reservation bought within 90 days of a migration or on an instance that was never right-sized.',
    ['reservations', 'rdsLicences', 'hybridBenefit', 'licensing'],
    '31-60',
    { topic: 'reservations', dependsOn: ['instance-sizing', 'replica-utilization'] },
  ),
  point(
    5,
    'storage-io-drivers',
    'cost',
    'Storage and I/O cost drivers',
    'The bill grouped by usage type (compute, storage, I/O, backup); Aurora I/O as a share of the cluster bill and the queries behind it; gp2 burst balance; provisioned against used IOPS.',
    'I/O a large and steady share of the bill (look at I/O-Optimized); gp2 burst balance under 50% and falling (move to gp3); provisioned IOPS far above use (20,000 bought, 1,000 used).',
    ['aurora', 'triage', 'costDashboards'],
    '31-60',
  ),
  point(
    6,
    'top-queries',
    'performance',
    'Top queries (pg_stat_statements)',
    'The top queries by total time and by I/O or logical reads.',
    'A few frequent sequential-scan queries dominate the I/O; one of the top three I/O queries lacks an index.',
    ['aurora', 'dbm', 'review'],
    '31-60',
  ),
  point(
    7,
    'index-effectiveness',
    'performance',
    'Index effectiveness',
    'idx_scan from pg_stat_user_indexes over at least 30 days (check when the statistics were last reset); duplicate indexes; invalid indexes; large tables scanned sequentially far more than by index.',
    'Indexes with zero scans over 30 days (primary keys, unique and constraint indexes aside); duplicates; invalid indexes.',
    ['indexDebt', 'bloat'],
    '31-60',
  ),
  point(
    8,
    'connections',
    'performance',
    'Connections',
    'Connections against max_connections; whether a pooler sits in front; pool size per application instance.',
    'Above 60% of max_connections with no pooler. Alert at 70% (warning) and 85% (critical).',
    ['pooling', 'alerts'],
    '61-90',
  ),
  point(
    9,
    'cache-hit-ratio',
    'performance',
    'Cache hit ratio',
    'Buffer hits against reads (pg_statio views, or the buffer pool metrics on MySQL).',
    'Below 97% (warning) or 90% (critical).',
    ['alerts'],
    '31-60',
  ),
  point(
    10,
    'failover-tested',
    'reliability',
    'Failover tested',
    'Date and result of the last failover drill; the reconnect time the application saw, not the console’s.',
    'No drill on record, or the application takes far longer to reconnect than the documented failover (60–120 s of DNS and pool caching against an Aurora failover under 30 s).',
    ['review', 'clouds', 'gameDay'],
    '61-90',
  ),
  point(
    11,
    'ha-posture',
    'reliability',
    'High-availability posture',
    'Multi-AZ, replicas and failover groups per tier, against each workload’s RPO and RTO.',
    'HA copied from on-premises without a per-workload RPO/RTO; SQL Database, Managed Instance and SQL on VMs assumed to fail over alike.',
    ['clouds', 'azureReliability'],
    '61-90',
  ),
  point(
    12,
    'single-points-of-failure',
    'reliability',
    'Single points of failure',
    'A dependency map: one writer, one zone, one pooler, one secret store, one admin path.',
    'Any component whose loss stops writes and has no tested way back.',
    ['review', 'gameDay'],
    '61-90',
  ),
  point(
    13,
    'headroom',
    'reliability',
    'Headroom',
    'Peak against capacity (CPU, connections, storage runway, IOPS), known peak events included.',
    'Proposed: under 30% headroom at the P95 peak, or no plan for the next peak event.',
    ['peak'],
    '61-90',
  ),
  point(
    14,
    'bloat',
    'storage',
    'Bloat and dead tuples',
    'Estimated table and index bloat; n_dead_tup ratio on hot tables; long transactions holding back cleanup.',
    'Dead tuples above 20% of a table over 100k rows (40% is critical); bloat twice the expected size.',
    ['bloat', 'triage', 'alerts'],
    '31-60',
  ),
  point(
    15,
    'growth-trend',
    'storage',
    'Growth trend',
    'Storage growth over 30 and 90 days against traffic growth; days until full.',
    'Storage growing faster than traffic. Aurora storage grows and does not shrink back.',
    ['aurora', 'bloat', 'triage'],
    '31-60',
  ),
  point(
    16,
    'retention',
    'storage',
    'Retention and archival',
    'Snapshot and log retention against the RPO and the policy; cold data on hot storage; manual snapshots without a compliance tag.',
    'Snapshots kept beyond policy (about $0.095 per GB-month); manual snapshots older than 90 days with no tag.',
    ['triage', 'costDashboards'],
    '0-30',
  ),
  point(
    17,
    'replica-utilization',
    'replication',
    'Replica utilization',
    'Reads and connections per replica over 30 days.',
    'A replica endpoint averaging under 5 connections over 7 days: review it for removal (if it is a failover target, settle the topology first).',
    ['triage', 'aurora'],
    '0-30',
  ),
  point(
    18,
    'lag-visibility',
    'replication',
    'Replication lag visibility',
    'A lag metric with a known normal range and an alert on it; unused replication slots.',
    'No lag alert. Thresholds: 60 s warning and 300 s critical (PostgreSQL replay lag), 30 s and 120 s (MySQL, Aurora); slot lag 100 MB and 1 GB.',
    ['dbm', 'alerts', 'replicas'],
    '0-30',
  ),
  point(
    19,
    'read-write-routing',
    'replication',
    'Read and write routing',
    'Which queries reach the readers (pooler or reader endpoint settings) and how fresh each read must be.',
    'The writer carries the reads the replicas were bought for; read-after-write paths go to replicas.',
    ['aurora', 'replicas'],
    '31-60',
  ),
  point(
    20,
    'backups-exist',
    'backup',
    'Backups exist',
    'Age of the latest backup against the schedule; pg_stat_archiver failed_count; a copy in another region.',
    'The latest backup is older than the schedule allows, or the archiver reports failures.',
    ['backupValidation', 'backupsNotRecovery'],
    '0-30',
  ),
  point(
    21,
    'restores-tested',
    'backup',
    'Restores tested',
    'Date of the last timed restore to an isolated instance; measured RTO against the SLA; row counts, constraints and sequences checked.',
    'No timed restore on record. Reviews almost always find at least one untested restore or failover.',
    ['backupValidation', 'backupsNotRecovery', 'review'],
    '0-30',
  ),
  point(
    22,
    'pitr-rpo',
    'backup',
    'Point-in-time recovery and RPO',
    'WAL archiving or PITR configured; a written RPO and RTO; a drill restoring to “one hour ago”.',
    'RPO and RTO not written down or never measured.',
    ['backupValidation', 'backupsNotRecovery'],
    '0-30',
  ),
  point(
    23,
    'metrics-coverage',
    'observability',
    'Metrics coverage',
    'Leading indicators collected: replication lag, connection saturation, storage runway, waits and locks, long and idle-in-transaction sessions.',
    'Dashboards of CPU and memory only; nothing that answers “what is waiting?”.',
    ['dbm', 'baseline', 'pgObservability'],
    '0-30',
  ),
  point(
    24,
    'query-insight',
    'observability',
    'Query-level insight',
    'pg_stat_statements, Performance Insights or DBM enabled; the slow-query log.',
    'Statement statistics off; slow-query logs kept and paid for but never read.',
    ['dbm', 'review'],
    '0-30',
  ),
  point(
    25,
    'leading-alerts',
    'observability',
    'Alerting on leading indicators',
    'Alerts with a threshold, an owner and a runbook; 7-day baselines; what monitoring itself costs (hosts instrumented, high-cardinality custom metrics).',
    'A signal collected with no alert and no runbook; symptom-only alerts (“host CPU high”); idle replicas and non-production paying for DBM.',
    ['dbm', 'alerts'],
    '0-30',
  ),
  point(
    26,
    'encryption',
    'security',
    'Encryption',
    'At rest (storage or TDE), in transit, and who holds the keys (KMS).',
    'Sensitive columns protected only by storage encryption, where a snapshot or a leaked credential reads them in clear.',
    ['encryption'],
    '61-90',
  ),
  point(
    27,
    'least-privilege',
    'security',
    'Least privilege',
    'Roles and grants; separate application, admin and agent credentials; statement timeouts for tools and agents.',
    'A shared superuser; agents or tools reading base tables (give them views, row-level security and a statement_timeout).',
    ['aiAccess', 'agentGuardrails'],
    '31-60',
    { topic: 'ai' },
  ),
  point(
    28,
    'audit-trail',
    'security',
    'Audit and change visibility',
    'Audit log, DDL and permission history: who changed what, and when.',
    'No trail for schema or permission changes, or the opposite trap: raw audit logs kept 13 months in hot, searchable storage.',
    ['review', 'dataBoundary', 'telemetry'],
    '61-90',
  ),
  point(
    29,
    'automation-toil',
    'automation',
    'Toil worth automating',
    'The manual, recurring database tasks with how often each runs, how risky it is and how fast it can be undone.',
    'A frequent or risky manual task that is slow to recover from: automate it first (priority = frequency + risk + (6 − recoverability), each scored 1, 3 or 5).',
    ['review', 'toil', 'automationRoadmap'],
    '61-90',
  ),
  point(
    30,
    'plan',
    'planning',
    'Quantify, rank and plan',
    'Every gap written up as a finding: the math, a savings range, the reliability trade-off, impact × effort × risk and a slot in the 30/60/90 plan; a re-measurement after each change.',
    'Findings without evidence, a single number where a range belongs, or a percentage promised before anyone looked.',
    ['review'],
    '0-30',
  ),
];

/** The points of one area, in order. */
export function pointsOf(area: AreaId): ReviewPoint[] {
  return reviewPoints.filter((p) => p.area === area);
}

/** A point by id (undefined for an id from a newer or older checklist). */
export function pointById(id: string): ReviewPoint | undefined {
  return reviewPoints.find((p) => p.id === id);
}
