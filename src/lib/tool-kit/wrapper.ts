/**
 * Build-time glue for a tool's Astro wrapper: validates the preset an MDX post passes (a bad one stops the
 * build, naming the post's tool and the field), and gives each instance on a page its own id prefix.
 */
import type { ToolMeta } from './tool-meta';
import { toolPath } from './embed';
import type { InputsDefinition } from './fields';
import { withPreset } from './presets';
import { writeUrlState } from './url-state';
import type { ToolIslandProps, ToolMode } from './tool';

/** Props of every tool's Astro wrapper (`src/tools/<id>/Tool.astro`). */
export interface ToolWrapperProps<D extends InputsDefinition> {
  /** Starting values for this instance, e.g. `preset={{ quantity: 4 }}` in an MDX post; validated at build. */
  preset?: Partial<D['defaults']>;
  /** 'post' (the default: inside an article), 'page' (the tool's own page) or 'embed' (the iframe page). */
  mode?: ToolMode;
  /** Overrides the generated element id prefix. */
  id?: string;
}

const counters = new WeakMap<Request, Map<string, number>>();

/** "reserved-instance-roi", then "reserved-instance-roi-2" for a second instance on the same page. */
function instanceIdFor(request: Request, toolId: string): string {
  const perPage = counters.get(request) ?? new Map<string, number>();
  counters.set(request, perPage);
  const count = (perPage.get(toolId) ?? 0) + 1;
  perPage.set(toolId, count);
  return count === 1 ? `tool-${toolId}` : `tool-${toolId}-${count}`;
}

/** The serialisable props an island receives. */
export function islandProps<D extends InputsDefinition>(
  meta: ToolMeta,
  inputs: D,
  props: ToolWrapperProps<D>,
  request: Request,
): ToolIslandProps {
  return {
    instanceId: props.id ?? instanceIdFor(request, meta.id),
    title: meta.title,
    mode: props.mode ?? 'post',
    start: withPreset(inputs, props.preset, `Tool "${meta.id}"`),
  };
}

/** The tool's own page with this instance's starting values: where a feed reader's link to a post's tool goes. */
export function toolLink<D extends InputsDefinition>(
  meta: ToolMeta,
  inputs: D,
  start: ToolIslandProps['start'],
): string {
  // `start` came out of islandProps, which validated it against these inputs.
  return toolPath(meta.id, writeUrlState(inputs, start as D['defaults']));
}
