/**
 * What a tool hands the kit's shell: its inputs, its pure model and which figures lead. The island of every
 * tool is `<ToolShell definition={…} {...props} />`, so pages, MDX posts and embeds behave the same.
 */
import type { FieldValue, InputsDefinition } from './fields';
import type { ToolResult } from './result';

export interface ToolDefinition<D extends InputsDefinition = InputsDefinition> {
  /** The tool id (folder name, URL segment). */
  id: string;
  inputs: D;
  /** The pure model: valid inputs in, result out. Never throws for inputs the schema accepts. */
  evaluate: (values: D['defaults']) => ToolResult;
  /** Metric keys shown large beside the verdict, in order; the others go in the figures grid below. */
  headline: readonly string[];
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
export function defineToolModel<D extends InputsDefinition>(definition: ToolDefinition<D>): ToolDefinition<D> {
  return definition;
}
