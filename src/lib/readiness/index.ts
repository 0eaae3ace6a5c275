/**
 * The readiness library's entry for the CLI and the analysis worker: the page's part (page.ts) plus the analysis,
 * the input validation and the report schema (zod), and the Markdown report. Node-only helpers are in node.ts.
 */
export * from './page.ts';
export {
  analyseScript,
  type AnalyseOptions,
  type AnalyseProgress,
  type AnnouncedStatement,
  type SqlEngine,
} from './engine/analyse.ts';
export { validateBytes, validateScript } from './engine/input.ts';
export { preparedStartOptions } from './engine/pglite-datadir.ts';
export { findingSchema, reportObjectSchema, reportSchema } from './report/report.ts';
export { dialectLine, filesMarkdown, reportMarkdown, type FileOutcome } from './report/report-markdown.ts';
export { unitModelSchema } from './score/unit-model-schema.ts';
export { createWorkerHost, type WorkerHostOptions } from './engine/analysis-worker-host.ts';
