/**
 * The readiness library's Node-only entry (node:fs, node:path): PostgreSQL started from the prepared data directory
 * for the CLI, and the build step that writes that directory as a site asset. Never imported by the page or worker.
 */
export { dataDirAsset, startPostgres, writeDataDirAsset } from './engine/pglite-datadir-node.ts';
export { nodeWorkerTransport } from './engine/node-worker-transport.ts';
