/**
 * PGlite, behind a module whose name says what it is: the worker imports it dynamically, so the build emits it as
 * `pglite-engine-<hash>.js`, which test/harness/budgets.ts counts among the heavy engines (outside the page budget).
 */
export { PGlite } from '@electric-sql/pglite';
