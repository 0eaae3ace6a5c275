/**
 * The source databases the engine reads, as identifiers only. Kept apart from the dialect modules so a module can
 * name its own id without importing the others.
 */
export const dialects = ['oracle', 'sqlserver', 'mysql', 'postgres'] as const;
export type Dialect = (typeof dialects)[number];
