/**
 * The readiness library's entry for the page's islands: everything the tool page shows and computes on the main
 * thread, free of zod (the report schema and input validation stay behind index.ts, used by the CLI and the worker).
 * Types of zod-defined shapes are exported as types only, so no runtime code follows them into the bundle.
 */
export { kindLabels, type ObjectKind } from './sql/classify.ts';
export {
  byteLength,
  decodeScript,
  InputError,
  inputMessages,
  maxScriptBytes,
  scriptProblem,
} from './sql/input-checks.ts';
export { constructEntryById, constructCatalogue, type Severity } from './dialects/construct-catalogue.ts';
export { detectDialect, type DialectDetection, type DialectEvidence } from './dialects/detect-dialect.ts';
export { dialectNames, dialects, profileOf, type Dialect, type DialectProfile } from './dialects/index.ts';
export { outcomeLabels, outcomes, scoreWeights, severities, type Outcome } from './score/scoring.ts';
export { defaultUnitModel, unitModelSource, type UnitModel } from './score/unit-model.ts';
export type { Finding, Report, ReportObject } from './report/report.ts';
export { convertedDdl, reportCsv } from './report/report-files.ts';
export { reestimate } from './report/reestimate.ts';
export {
  createAnalysisRunner,
  RunError,
  skipMessage,
  type AnalysisRunner,
  type RunCallbacks,
  type RunErrorKind,
  type RunnerOptions,
  type RunProgress,
  type RunRequest,
  type SkippedStatement,
  type WorkerLike,
} from './engine/analysis-watchdog.ts';
export type { ProgressMessage, WorkerRequest, WorkerResponse } from './engine/analysis-protocol.ts';
