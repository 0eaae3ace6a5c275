/** The parts of a converted CREATE TABLE, shared by ddl.ts and the idioms that edit a table's elements. */
/** One element of a CREATE TABLE list, kept apart so a foreign key can be moved out when tables reference in a circle. */
export interface TableElement {
  sql: string;
  /** Set for table-level foreign keys: the referenced table. */
  references?: string;
}

/** A CREATE TABLE taken apart, so rules can edit its elements and fk-types.ts can re-render it. */
export interface TablePlan {
  name: string;
  head: string;
  elements: TableElement[];
  tail: string;
  /** Statements that follow the table: indexes from MySQL KEY clauses, comments. */
  after: string[];
}
