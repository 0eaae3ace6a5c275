import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { LineChart } from '../../../src/components/tool-kit/LineChart';
import { ToolShell } from '../../../src/components/tool-kit/ToolShell';
import { reservedInstanceModel } from '../../../src/tools/reserved-instance-roi/model';

// The shell leaves the line chart to the tools that pass it (so the others do not ship it); the server render
// (the build) refuses a chart it cannot draw, so a tool cannot lose its chart by forgetting the prop.
const RiShell = ToolShell<typeof reservedInstanceModel.inputs>;
const props = {
  instanceId: 'ri',
  title: 'Reserved Instance ROI',
  mode: 'page' as const,
  start: reservedInstanceModel.inputs.defaults,
};

describe('ToolShell and the line chart', () => {
  it('draws the model’s chart with the LineChart it is given', () => {
    const html = renderToString(h(RiShell, { definition: reservedInstanceModel, ...props, LineChart }));
    expect(html).toContain('id="ri-chart');
    expect(html).toContain('<svg');
  });

  it('fails the server render when the model returns a chart and no LineChart is passed', () => {
    expect(() => renderToString(h(RiShell, { definition: reservedInstanceModel, ...props }))).toThrow(
      'Tool "reserved-instance-roi" returns a chart: pass LineChart={LineChart}',
    );
  });
});
