/**
 * The runner: validates, detects the dialect, splits, converts, then runs every converted object in a real
 * PostgreSQL (PGlite) in dependency order, each under its own savepoint (batched while statements succeed), and
 * builds the report. Works the same in
 * Node and in a Web Worker; the caller passes the database in.
 *
 * Time limit per statement: `statement_timeout` is set, but PGlite 0.5 runs in the caller's thread and has no
 * timer signal, so it cannot interrupt a running statement, and a wall-clock race can only fire when the database
 * answers asynchronously (PGliteWorker). Hanging is prevented by construction instead: only DDL runs, never data
 * statements, DO blocks or calls, and CREATE TABLE … AS / materialized views are created WITH NO DATA, so no user
 * code executes. As a last resort the page can terminate the worker (see readiness-worker.ts).
 */
import { profileOf } from '../dialects/index.ts';
import { classify, kindLabels, type ObjectKind } from '../sql/classify.ts';
import { codeKinds, convertStatements, type ConvertedStatement } from '../convert/convert.ts';
import { renderTable } from '../convert/ddl.ts';
import { detectDialect, type Dialect } from '../dialects/detect-dialect.ts';
import { analysisTransaction } from './analysis-transactions.ts';
import { convertedSqlProblem } from '../report/export-escaping.ts';
import { validateScript } from './input.ts';
import {
  buildFindings,
  countOutcomes,
  outcomes,
  readinessScore,
  type Outcome,
  type Report,
  type ReportObject,
} from '../report/report.ts';
import { buildEstimate } from '../report/report-estimate.ts';
import { splitScript } from '../sql/split.ts';
import { defaultUnitModel, unitModelSource, type CostedObject, type UnitModel } from '../score/unit-model-schema.ts';

/** What the runner needs from PostgreSQL; a PGlite instance satisfies it. */
export interface SqlEngine {
  exec(sql: string): Promise<unknown>;
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

export interface AnalyseProgress {
  phase: 'analysing';
  done: number;
  total: number;
  /** The object being run, for a status line. */
  current?: { kind: ObjectKind; name: string; line: number };
}

export interface AnalyseOptions {
  /** Overrides the detected dialect. */
  dialect?: Dialect;
  onProgress?: (progress: AnalyseProgress) => void;
  signal?: AbortSignal;
  /** Per-statement limit in ms (statement_timeout and the wall-clock race). Default 5,000. */
  statementTimeoutMs?: number;
  /** Unit model (defaults: ora2pg's). */
  model?: UnitModel;
  /** Statements tried together in one call while they succeed (default 32; 1 runs them one by one). */
  batchSize?: number;
  /** Statements per transaction (default 256): see analysis-transactions.ts. */
  statementsPerTransaction?: number;
  /**
   * Leaves what a big script committed in the database instead of dropping it at the end (dropping 60,000 tables
   * takes minutes, a 1 MB schema's objects 1.5 s): for a caller that starts a new database after a change, as
   * analysis-worker-host.ts does for the page and the CLI.
   */
  keepCommitted?: boolean;
  /** Called with the database after everything ran and before it is rolled back (tests inspect the schema here). */
  inspect?: (engine: SqlEngine) => Promise<void>;
  /**
   * Objects (ids, as in the report) not to run, each with the message to record: the page's watchdog found them
   * hanging in an earlier attempt. They are reported as needing a manual rewrite; the analysis is deterministic, so
   * the ids are the same in the next attempt.
   */
  skip?: ReadonlyMap<number, string>;
  /**
   * Objects to run one by one, never in a batch: the page's watchdog stopped a batch holding them, and the next
   * attempt must name the statement that hangs.
   */
  unbatch?: ReadonlySet<number>;
  /**
   * Called just before a statement runs in PostgreSQL, so a watchdog can name the one that hangs. When several run
   * together (see `batchSize`), it is called once, for the first, with `batch` listing all their ids.
   */
  onStatement?: (statement: AnnouncedStatement) => void;
}

/** The statement (or batch of statements) about to run, as announced to a watchdog. */
export interface AnnouncedStatement {
  id: number;
  kind: ObjectKind;
  name: string;
  line: number;
  /** Ids of all the statements running together, when more than one. */
  batch?: number[];
}

interface PgError {
  message: string;
  code?: string;
  detail?: string;
}

/** PostgreSQL's query_canceled: a statement over the time limit (or skipped after it hung). */
const timeoutCode = '57014';

const missingObjectCodes = new Set(['42P01', '42704', '42883', '3F000', '42703']);

interface Step {
  object: number;
  sql: string;
  /** A foreign key split off a CREATE TABLE caught in a circle of references. */
  lateForeignKey?: boolean;
}

/** The table a "no unique constraint matching given keys for referenced table" error points at. */
function referencedTable(message: string): string | undefined {
  return /referenced table "([^"]+)"/.exec(message)?.[1]?.toLowerCase();
}

/** Gives the event loop a turn (a worker can then receive "cancel"); MessageChannel avoids the 4 ms timer clamp. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel !== 'undefined') {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    } else setTimeout(resolve, 0);
  });
}

/** Statements run together in one call while they succeed (see `attemptBatch`). */
const defaultBatchSize = 32;

/** Rejects with a statement_timeout-like error when `work` takes longer than `ms` (fires only if it yields). */
async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error(`did not finish within ${ms} ms`), { code: timeoutCode })),
      ms,
    );
  });
  try {
    return await Promise.race([work, guard]);
  } finally {
    clearTimeout(timer);
  }
}

function toPgError(e: unknown): PgError {
  const err = e as { message?: string; code?: string; detail?: string };
  return {
    message: err?.message ?? String(e),
    ...(err?.code ? { code: err.code } : {}),
    ...(err?.detail ? { detail: err.detail } : {}),
  };
}

function abortError(): Error {
  return typeof DOMException !== 'undefined'
    ? new DOMException('The analysis was cancelled.', 'AbortError')
    : Object.assign(new Error('The analysis was cancelled.'), { name: 'AbortError' });
}

/** Names a PostgreSQL "does not exist" message points at: relation "x", type "x", function x(…). */
function missingNames(message: string): string[] {
  const names: string[] = [];
  for (const m of message.matchAll(/(?:relation|type|schema|table|view|sequence) "([^"]+)" does not exist/g))
    names.push(m[1]!.split('.').pop()!.toLowerCase());
  for (const m of message.matchAll(/function ([\w."]+)\(/g))
    names.push(m[1]!.replace(/"/g, '').split('.').pop()!.toLowerCase());
  return names;
}

/** Analyses a script against the PostgreSQL in `engine`. Throws InputError for bad input and AbortError on cancel. */
export async function analyseScript(script: string, engine: SqlEngine, options: AnalyseOptions = {}): Promise<Report> {
  const started = performance.now();
  const { script: text, dialect: override } = validateScript(script, options.dialect);
  const model = options.model ?? defaultUnitModel;
  const timeout = options.statementTimeoutMs ?? 5000;
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? defaultBatchSize));
  const detection = detectDialect(text);
  const dialect = override ?? detection.dialect;
  const split = splitScript(text, profileOf(dialect).split);
  const converted = convertStatements(split.statements, dialect, split.variables);
  const indexParens = releaseTokens(converted);
  const convertMs = performance.now() - started;
  // A statement the splitter could not read (unterminated, nested too deep) is reported, never run.
  const runnable = converted
    .map((c, id) => ({ c, id }))
    .filter(({ c }) => !c.notApplicable && !c.statement.problem && c.sql.trim());
  const total = converted.length;
  const errors = new Map<number, PgError>();
  const order = new Map<number, number>();
  const executedSql = new Map<number, string[]>();
  /** Foreign keys split off circular CREATE TABLEs, run after all tables of the circle. */
  const lateSql = new Map<number, string[]>();
  const executeStart = performance.now();
  let done = total - runnable.length;
  let lastYield = performance.now();
  const report = (id: number | undefined) => {
    const c = id === undefined ? undefined : converted[id];
    options.onProgress?.({
      phase: 'analysing',
      done,
      total,
      ...(c
        ? { current: { kind: c.classification.kind, name: c.classification.name, line: c.statement.startLine } }
        : {}),
    });
  };
  report(undefined);

  // Objects by name and statements by table, to find what a failed statement is waiting for.
  const byName = new Map<string, number[]>();
  const byTable = new Map<string, number[]>();
  for (const { c, id } of runnable) {
    byName.set(c.classification.name, [...(byName.get(c.classification.name) ?? []), id]);
    if (c.classification.table)
      byTable.set(c.classification.table, [...(byTable.get(c.classification.table) ?? []), id]);
  }
  const attempted = new Set<number>();
  const waiting = new Map<number, Step[]>();
  const isWaiting = new Set<number>();
  let sequence = 0;

  const transaction = analysisTransaction(
    engine,
    async () => {
      await engine.exec(`SET LOCAL statement_timeout = ${Math.max(1, Math.round(timeout))}`);
      await engine.exec('SET LOCAL check_function_bodies = on');
    },
    options.statementsPerTransaction,
    options.keepCommitted,
  );
  await transaction.begin();
  let postgresVersion = 'PostgreSQL';
  try {
    postgresVersion =
      (await engine.query<{ v: string }>('SELECT version() AS v')).rows[0]?.v.split(' on ')[0] ?? postgresVersion;

    /** Gives the event loop a turn at most every 25 ms, so a worker hears "cancel" without slowing the run. */
    const maybeYield = async () => {
      if (performance.now() - lastYield > 25) {
        await yieldToEventLoop();
        lastYield = performance.now();
      }
    };

    /** Tells the watchdog what is about to run. */
    const announce = (steps: Step[]) => {
      if (!options.onStatement) return;
      const { classification, statement } = converted[steps[0]!.object]!;
      options.onStatement({
        id: steps[0]!.object,
        kind: classification.kind,
        name: classification.name,
        line: statement.startLine,
        ...(steps.length > 1 ? { batch: steps.map((step) => step.object) } : {}),
      });
    };

    /** Runs one step under a savepoint; returns the error, if any. */
    const run = async (step: Step): Promise<PgError | undefined> => {
      if (options.signal?.aborted) throw abortError();
      const skipped = options.skip?.get(step.object);
      if (skipped !== undefined) return { message: skipped, code: timeoutCode };
      const unsafe = convertedSqlProblem(step.sql);
      if (unsafe) return { message: `${unsafe} (not run)`, code: '42601' };
      announce([step]);
      await transaction.beforeStatements(1);
      await engine.exec('SAVEPOINT readiness_object');
      try {
        // RELEASE rides along with the statement (one round trip less); a failing statement skips it. The
        // SAVEPOINT stays separate: a syntax error rejects the whole query string before anything in it runs.
        await withTimeout(engine.exec(`${step.sql}\n;RELEASE SAVEPOINT readiness_object`), timeout);
        return undefined;
      } catch (e) {
        await engine.exec('ROLLBACK TO SAVEPOINT readiness_object');
        await engine.exec('RELEASE SAVEPOINT readiness_object');
        return toPgError(e);
      } finally {
        await maybeYield();
      }
    };

    /** Objects not tried yet that a failure points at: defined later in the script, so the statement waits for them. */
    const pendingCauses = (id: number, err: PgError): number[] => {
      const c = converted[id]!;
      const causes: number[] = [];
      if (!err.code || missingObjectCodes.has(err.code)) {
        for (const name of missingNames(err.message)) causes.push(...(byName.get(name) ?? []));
        if (err.code === '42883') for (const r of c.references) causes.push(...(byName.get(r) ?? []));
      }
      if (err.code === '42830') {
        const table = referencedTable(err.message);
        if (table) causes.push(...(byTable.get(table) ?? []), ...(byName.get(table) ?? []));
      }
      return causes.filter((d) => d !== id && !attempted.has(d));
    };

    /** Records a step's outcome (error or success) and runs the statements that were waiting for its object. */
    const settle = async (step: Step, err: PgError | undefined): Promise<void> => {
      isWaiting.delete(step.object);
      if (!order.has(step.object)) order.set(step.object, sequence++);
      executedSql.set(step.object, [...(executedSql.get(step.object) ?? []), step.sql]);
      if (err && !errors.has(step.object)) errors.set(step.object, err);
      if (!attempted.has(step.object)) {
        attempted.add(step.object);
        done++;
        report(step.object);
      }
      const released = waiting.get(step.object);
      if (released) {
        waiting.delete(step.object);
        for (const w of released) await attempt(w, true);
      }
    };

    const attempt = async (step: Step, mayWait: boolean): Promise<void> => {
      const err = await run(step);
      if (err && mayWait) {
        const causes = pendingCauses(step.object, err);
        if (causes.length) {
          const last = Math.max(...causes);
          waiting.set(last, [...(waiting.get(last) ?? []), step]);
          isWaiting.add(step.object);
          return;
        }
      }
      await settle(step, err);
    };

    /**
     * Runs consecutive steps as one query string under one savepoint: most statements of a schema succeed, and
     * PGlite spends far more time per call and per savepoint than per CREATE. When the batch fails, nothing of it
     * remains (rolled back to the savepoint) and it is split in halves until the failing statement runs alone
     * through `attempt`, so every object gets exactly the outcome a one-by-one run would give it.
     */
    const attemptBatch = async (batch: Step[]): Promise<void> => {
      const steps = batch.filter((step) => !attempted.has(step.object) && !isWaiting.has(step.object));
      if (steps.length === 0) return;
      if (steps.length === 1) return attempt(steps[0]!, true);
      // Statements to skip or to run alone split the batch: what comes before and after them still runs together.
      const alone = steps.findIndex(
        (step) => options.skip?.has(step.object) || options.unbatch?.has(step.object) || convertedSqlProblem(step.sql),
      );
      if (alone >= 0) {
        await attemptBatch(steps.slice(0, alone));
        await attempt(steps[alone]!, true);
        await attemptBatch(steps.slice(alone + 1));
        return;
      }
      if (options.signal?.aborted) throw abortError();
      announce(steps);
      await transaction.beforeStatements(steps.length);
      await engine.exec('SAVEPOINT readiness_batch');
      let ok = true;
      try {
        await withTimeout(
          engine.exec(`${steps.map((step) => step.sql).join('\n;\n')}\n;RELEASE SAVEPOINT readiness_batch`),
          timeout * steps.length,
        );
      } catch {
        ok = false;
        await engine.exec('ROLLBACK TO SAVEPOINT readiness_batch');
        await engine.exec('RELEASE SAVEPOINT readiness_batch');
      }
      await maybeYield();
      if (ok) {
        for (const step of steps) await settle(step, undefined);
        return;
      }
      const half = Math.ceil(steps.length / 2);
      await attemptBatch(steps.slice(0, half));
      await attemptBatch(steps.slice(half));
    };

    for (let next = 0; next < runnable.length;) {
      const batch: Step[] = [];
      while (next < runnable.length && batch.length < batchSize) {
        const { c, id } = runnable[next++]!;
        if (!attempted.has(id) && !isWaiting.has(id)) batch.push({ object: id, sql: c.sql });
      }
      await attemptBatch(batch);
    }

    // What still waits is caught in a circle (tables that reference each other): create those tables without
    // the foreign keys to tables not created yet, then add the keys.
    const stuck = [...waiting.values()].flat().sort((a, b) => a.object - b.object);
    waiting.clear();
    const pendingTables = new Set(
      stuck
        .map((s) => converted[s.object]!)
        .filter((c) => c.classification.kind === 'table')
        .map((c) => c.classification.name),
    );
    const late: Step[] = [];
    for (const step of stuck) {
      const c = converted[step.object]!;
      let sql = step.sql;
      if (c.table) {
        const plan = c.table;
        const moved = plan.elements.filter(
          (e) => e.references && pendingTables.has(e.references) && e.references !== plan.name,
        );
        if (moved.length) {
          sql = renderTable(plan, (e) => !moved.includes(e));
          for (const e of moved) {
            late.push({ object: step.object, sql: `ALTER TABLE ${plan.name} ADD ${e.sql};`, lateForeignKey: true });
            c.rules.push({
              id: 'constraint.fk-deferred',
              detail: `foreign key to ${e.references} added after the tables that reference each other`,
              line: c.statement.startLine,
            });
          }
        }
        pendingTables.delete(plan.name);
      }
      await attempt({ object: step.object, sql }, false);
    }
    for (const step of late) {
      if (errors.has(step.object)) continue;
      const err = await run(step);
      lateSql.set(step.object, [...(lateSql.get(step.object) ?? []), step.sql]);
      if (err) errors.set(step.object, err);
    }
    if (options.signal?.aborted) throw abortError();

    // PL/pgSQL bodies are checked only when they run: look their tables and functions up ourselves.
    const relations = new Set(
      (
        await engine.query<{ n: string }>(
          "SELECT c.relname AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname NOT IN ('pg_catalog', 'information_schema') AND c.relkind IN ('r', 'v', 'm', 'p', 'f', 'S')",
        )
      ).rows.map((r) => r.n),
    );
    const functions = new Set(
      (await engine.query<{ n: string }>('SELECT DISTINCT proname AS n FROM pg_proc')).rows.map((r) => r.n),
    );
    const bodyProblems = new Map<number, { missing: string[]; message: string }>();
    converted.forEach((c, id) => {
      if (errors.has(id) || c.notApplicable || !c.sql) return;
      const missingRelations = c.bodyReferences.filter((r) => !relations.has(r));
      const missingFunctions = c.calls.filter((f) => !functions.has(f));
      if (missingRelations.length || missingFunctions.length) {
        const parts = [
          ...missingRelations.map((r) => `reads or writes ${r}, which does not exist in the converted schema`),
          ...missingFunctions.map((f) => `calls ${f}(), which PostgreSQL does not have`),
        ];
        bodyProblems.set(id, { missing: [...missingRelations, ...missingFunctions], message: parts.join('; ') });
      }
    });
    if (options.inspect) await options.inspect(engine);
    await transaction.discard();
    const executeMs = performance.now() - executeStart;
    return buildReport({
      text,
      dialect,
      detection,
      override,
      converted,
      errors,
      bodyProblems,
      order,
      model,
      postgresVersion,
      convertMs,
      executeMs,
      started,
      executedSql,
      lateSql,
      indexParens,
    });
  } catch (e) {
    await transaction.discard();
    throw e;
  }
}

interface BuildInput {
  text: string;
  dialect: Dialect;
  detection: ReturnType<typeof detectDialect>;
  override: Dialect | undefined;
  converted: ConvertedStatement[];
  errors: Map<number, PgError>;
  bodyProblems: Map<number, { missing: string[]; message: string }>;
  order: Map<number, number>;
  model: UnitModel;
  postgresVersion: string;
  convertMs: number;
  executeMs: number;
  started: number;
  executedSql: Map<number, string[]>;
  lateSql: Map<number, string[]>;
  /** Per index: its opening parentheses (more than one: a function-based index). */
  indexParens: ReadonlyMap<number, number>;
}

/**
 * Drops every statement's token array once converted (kept, they were most of the memory of a big script: 390 MB
 * of the heap for 10 MB of DDL, `npm run bench:readiness:big`); returns what the report still needs of them.
 */
function releaseTokens(converted: ConvertedStatement[]): Map<number, number> {
  const indexParens = new Map<number, number>();
  converted.forEach((c, id) => {
    if (c.classification.kind === 'index') indexParens.set(id, c.statement.tokens.filter((t) => t.text === '(').length);
    c.statement.tokens = [];
  });
  return indexParens;
}

function buildReport(b: BuildInput): Report {
  const { converted, errors, bodyProblems } = b;
  // Objects by name, for incidental failures.
  const byName = new Map<string, number[]>();
  converted.forEach((c, id) => {
    if (c.notApplicable) return;
    const list = byName.get(c.classification.name) ?? [];
    list.push(id);
    byName.set(c.classification.name, list);
  });
  const outcome = new Map<number, Outcome>();
  const reason = new Map<number, string>();
  const rootCause = new Map<number, number>();
  const failed = (id: number) => outcome.get(id) === 'manual' || outcome.get(id) === 'incidental';

  // First pass: not applicable, blockers, root errors.
  converted.forEach((c, id) => {
    const err = errors.get(id);
    if (c.notApplicable) {
      outcome.set(id, 'not-applicable');
      reason.set(id, c.notApplicable);
    } else if (c.classification.kind === 'grant' && err?.code === '42704') {
      outcome.set(id, 'not-applicable');
      reason.set(id, 'grants to a user or role that does not exist here; create the roles in PostgreSQL first');
    } else if (c.blockers.length) {
      outcome.set(id, 'manual');
      reason.set(id, c.blockers.join('; '));
    } else if (err) {
      outcome.set(id, 'manual');
      const missing = !err.code || missingObjectCodes.has(err.code) ? missingNames(err.message) : [];
      const external = missing.filter((n) => !byName.has(n));
      reason.set(
        id,
        err.code === timeoutCode
          ? `${err.message} in PostgreSQL (the time limit per statement): check it by hand`
          : external.length
            ? `depends on ${external.join(', ')}, which this script does not create: analyse it together with the script that does (PostgreSQL: ${err.message})`
            : `PostgreSQL rejected the converted SQL: ${err.message}`,
      );
    } else if (bodyProblems.has(id)) {
      outcome.set(id, 'manual');
      reason.set(id, bodyProblems.get(id)!.message);
    } else outcome.set(id, c.rules.length ? 'converted' : 'as-is');
  });
  // Second pass (to a fixed point): a failure caused by a failed dependency is incidental.
  for (let changed = true; changed;) {
    changed = false;
    converted.forEach((c, id) => {
      if (outcome.get(id) !== 'manual' || c.blockers.length) return;
      const err = errors.get(id);
      const problem = bodyProblems.get(id);
      let candidates: string[] = [];
      if (err && (!err.code || missingObjectCodes.has(err.code)))
        candidates = [...missingNames(err.message), ...c.references];
      else if (problem && !err) candidates = problem.missing;
      for (const name of candidates) {
        const dep = (byName.get(name) ?? []).find((d) => d !== id && failed(d));
        if (dep !== undefined) {
          outcome.set(id, 'incidental');
          const root = rootCause.get(dep) ?? dep;
          rootCause.set(id, root);
          reason.set(
            id,
            `depends on ${kindLabels[converted[dep]!.classification.kind].toLowerCase()} ${name} (line ${converted[dep]!.statement.startLine}), which did not convert`,
          );
          changed = true;
          return;
        }
      }
    });
  }

  const costed: CostedObject[] = converted.map((c, id) => ({
    kind: c.classification.kind,
    ...(c.classification.kind === 'table' && c.rules.some((r) => r.id === 'storage.temporary')
      ? { costClass: 'global-temporary-table' as const }
      : {}),
    ...(c.classification.kind === 'index' && (b.indexParens.get(id) ?? 0) > 1
      ? { costClass: 'function-based-index' as const }
      : {}),
    code: codeKinds.has(c.classification.kind),
    codeChars: c.codeChars,
    constructs: c.constructs,
    vendorFunctions: c.vendorFunctions,
    applicable: outcome.get(id) !== 'not-applicable',
  }));
  const est = buildEstimate(
    costed,
    converted.map((_, id) => outcome.get(id)!),
    b.dialect,
    b.model,
  );

  const objects: ReportObject[] = converted.map((c, id) => {
    const err = errors.get(id);
    const o = outcome.get(id)!;
    return {
      id,
      kind: c.classification.kind,
      name: c.classification.name,
      ...(c.classification.table ? { table: c.classification.table } : {}),
      startLine: c.statement.startLine,
      endLine: Math.max(c.statement.startLine, c.statement.endLine),
      source: c.statement.text,
      converted: o === 'not-applicable' ? '' : (b.executedSql.get(id)?.join('\n') ?? c.sql),
      outcome: o,
      ...(reason.has(id) ? { reason: reason.get(id)! } : {}),
      ...(err && o !== 'not-applicable' ? { error: err } : {}),
      ...(rootCause.has(id) ? { rootCause: rootCause.get(id)! } : {}),
      rules: c.rules,
      constructs: c.constructs,
      units: est.perObject[id]!,
      cost: {
        code: costed[id]!.code,
        codeChars: costed[id]!.codeChars,
        vendorFunctions: costed[id]!.vendorFunctions,
        ...(costed[id]!.costClass ? { costClass: costed[id]!.costClass } : {}),
      },
      ...(b.order.has(id) ? { order: b.order.get(id)! } : {}),
      ...(b.lateSql.has(id) ? { lateSql: b.lateSql.get(id)!.join('\n') } : {}),
    };
  });

  const kinds = [...new Set(objects.map((o) => o.kind))];
  const byKind = kinds.map((kind) => {
    const of = objects.filter((o) => o.kind === kind);
    return { kind, label: kindLabels[kind], total: of.length, outcomes: countOutcomes(of) };
  });
  const tables = objects.filter((o) => o.kind === 'table');
  const blockersById = new Map(converted.map((c, id) => [id, c.blockers]));
  const warningsById = new Map(converted.map((c, id) => [id, c.warnings]));
  void outcomes;
  return {
    version: 1,
    generatedAt: new Date().toISOString(),
    postgresVersion: b.postgresVersion,
    input: {
      bytes: new TextEncoder().encode(b.text).length,
      lines: b.text.split('\n').length,
      statements: converted.length,
    },
    dialect: {
      used: b.dialect,
      detected: b.detection.dialect,
      confidence: Math.round(b.detection.confidence * 100) / 100,
      overridden: b.override !== undefined && b.override !== b.detection.dialect,
      evidence: b.detection.evidence,
    },
    summary: {
      objects: objects.length,
      outcomes: countOutcomes(objects),
      byKind,
      score: readinessScore(objects),
      createTables: {
        total: tables.length,
        executed: tables.filter((t) => t.outcome === 'as-is' || t.outcome === 'converted').length,
      },
    },
    estimate: est.estimate,
    model: b.model,
    modelSource: { ...unitModelSource },
    findings: buildFindings(objects, blockersById, warningsById),
    objects,
    timings: {
      convertMs: Math.round(b.convertMs),
      executeMs: Math.round(b.executeMs),
      totalMs: Math.round(performance.now() - b.started),
    },
  };
}

export { classify };
