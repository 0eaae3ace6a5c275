/**
 * The source databases the engine reads, as identifiers only. Lowest layer, so the lexer and splitter can be told
 * which client's rules to follow without importing anything dialect-specific (dialects/ holds that knowledge).
 */
export const dialects = ['oracle', 'sqlserver', 'mysql', 'postgres'] as const;
export type Dialect = (typeof dialects)[number];
