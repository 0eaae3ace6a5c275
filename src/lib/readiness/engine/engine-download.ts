/**
 * How much the browser downloads to run PostgreSQL, for the page to say before anyone presses Analyse. The build
 * measures the real files (pglite-datadir-node.ts, `writeDataDirAsset`) and writes generated/engine-download.json;
 * this module reads it at build time. The glob finds nothing when the file was never generated (a checkout where
 * neither `npm run build` nor `npm run dev` ran yet), and the page then leaves the sentence out.
 */

/** The files PGlite needs in the browser, with their sizes in bytes. */
export interface EngineDownload {
  files: { name: string; bytes: number }[];
  totalBytes: number;
}

const generated = import.meta.glob<EngineDownload>('./generated/engine-download.json', {
  eager: true,
  import: 'default',
});

/** The measured download, when the build wrote it. */
export const engineDownload: EngineDownload | undefined = Object.values(generated)[0];
