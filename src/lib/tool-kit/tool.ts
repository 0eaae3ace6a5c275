/**
 * What a tool hands the kit's shell: its inputs, its pure model and which figures lead. The island of every
 * tool is `<ToolShell definition={…} {...props} />`, so pages, MDX posts and embeds behave the same.
 */
import type { FieldValue, InputsDefinition } from './fields';
import type { Text, ToolResult } from './result';

/** A ready-made scenario a button loads: its inputs, and optionally a baseline to compare them with. */
export interface ToolExample<V> {
  id: string;
  /** The button's text: "Load the 9× example". */
  label: string;
  /** One sentence: what the example shows. */
  description: string;
  values: Partial<V>;
  /** Loaded as the pinned baseline (see `compare`). */
  baseline?: Partial<V>;
}

/**
 * What-if comparisons: the visitor pins the current inputs as a baseline, changes some, and sees these metrics
 * side by side with their ratio. `explain` adds sentences that account for the ratio (which factors moved).
 */
export interface ToolComparison<V> {
  metrics: readonly string[];
  explain?: (current: V, baseline: V) => Text[];
}

/**
 * A tool's model for the shell. `X` is state the island holds outside the inputs and passes to `evaluate`
 * (the token counts of a pasted text, which never go in the URL); most tools have none.
 */
export interface ToolDefinition<D extends InputsDefinition = InputsDefinition, X = void> {
  /** The tool id (folder name, URL segment). */
  id: string;
  inputs: D;
  /** The pure model: valid inputs in, result out. Never throws for inputs the schema accepts. */
  evaluate: (values: D['defaults'], extra: X) => ToolResult;
  /** Metric keys shown large beside the verdict, in order; the others go in the figures grid below. */
  headline: readonly string[];
  examples?: readonly ToolExample<D['defaults']>[];
  compare?: ToolComparison<D['defaults']>;
}

/** Where a tool is rendered: its own page, inside an article, or the bare page an iframe loads. */
export type ToolMode = 'page' | 'post' | 'embed';

/** Props every tool island receives from its Astro wrapper (serialisable: Astro passes them as JSON). */
export interface ToolIslandProps {
  /** Unique on the page: prefixes every element id, so two tools can share a page. */
  instanceId: string;
  title: string;
  mode: ToolMode;
  /** Complete, validated starting values (defaults overridden by the MDX preset). */
  start: Record<string, FieldValue>;
}

/** Declares a tool's model for the shell (typed identity; one place to extend later). */
export function defineToolModel<D extends InputsDefinition, X = void>(
  definition: ToolDefinition<D, X>,
): ToolDefinition<D, X> {
  return definition;
}
