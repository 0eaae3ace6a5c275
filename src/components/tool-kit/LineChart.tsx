/**
 * A line chart drawn as SVG: rendered on the server (visible before any script runs), coloured by the site's
 * CSS variables (so it follows the theme with no JavaScript), with vertical markers (break-even, payback),
 * a pointer readout, and the same series as an accessible data table.
 */
import { useState } from 'preact/hooks';
import {
  allPositive,
  labelRows,
  linearScale,
  linePath,
  logScale,
  logTicks,
  nearestIndex,
  niceTicks,
  ticksWithStep,
} from '../../lib/tool-kit/chart';
import { chartTable } from '../../lib/tool-kit/csv';
import type { Formatter } from '../../lib/tool-kit/format';
import { renderText, type ChartSpec } from '../../lib/tool-kit/result';
import { TableView } from './Results';
import { useBoxWidth } from './useBoxWidth';
import { useOpenedOnce } from './useOpenedOnce';

interface Props {
  spec: ChartSpec;
  formatter: Formatter;
  id: string;
}

function Swatch({ dash }: { dash?: boolean }) {
  return (
    <svg width="28" height="10" viewBox="0 0 28 10" aria-hidden="true" focusable="false">
      <line x1="1" y1="5" x2="27" y2="5" class="kit-line" stroke-dasharray={dash ? '6 4' : undefined} />
    </svg>
  );
}

export function LineChart({ spec, formatter, id }: Props) {
  const [box, width] = useBoxWidth(640);
  const [hover, setHover] = useState<number | null>(null);
  // The data table renders when first opened: hundreds of cells nobody asked for would slow hydration.
  const [showData, onToggleData] = useOpenedOnce();

  const narrow = width < 480;
  let height = narrow ? 230 : 290;
  const all = spec.series.flatMap((series) => series.values).filter(Number.isFinite);
  // A log axis needs positive values; otherwise the chart falls back to a linear one.
  const yLog = spec.yScale === 'log' && allPositive(all);
  const xLog = spec.xScale === 'log' && allPositive(spec.x);
  const yTicks = yLog
    ? logTicks(Math.min(...all), Math.max(...all))
    : niceTicks(Math.min(0, ...all), Math.max(0, ...all), narrow ? 4 : 5);
  const yLabels = yTicks.map((tick) => formatter.compact(tick, spec.yFormat));
  const pad = { top: 28, right: 14, bottom: 38, left: Math.max(...yLabels.map((label) => label.length)) * 7 + 14 };
  const x0 = spec.x[0] ?? 0;
  const x1 = spec.x.at(-1) ?? 1;
  let step = spec.xStep;
  if (step && (x1 - x0) / step > (narrow ? 6 : 12)) step *= 2;
  const xTicks = (
    xLog ? logTicks(x0, x1) : step ? ticksWithStep(x0, x1, step) : niceTicks(x0, x1, narrow ? 4 : 8)
  ).filter((x) => x >= x0 && x <= x1 && (!xLog || !narrow || Number.isInteger(Math.log10(x))));
  const sx = (xLog ? logScale : linearScale)(x0, x1, pad.left, width - pad.right);
  // Marker labels that would overlap go on rows above one another; the plot starts below the highest row.
  const markerLabels = spec.markers.map((marker) => {
    const x = sx(marker.x);
    const text = `${marker.label} · ${formatter.format(marker.x, marker.format ?? 'months')}`;
    const anchor: 'start' | 'middle' | 'end' = x > width - 90 ? 'end' : x < pad.left + 60 ? 'start' : 'middle';
    return { x, text, anchor, width: text.length * 6.6 };
  });
  const rows = labelRows(markerLabels);
  const extra = 14 * Math.max(0, ...rows);
  pad.top += extra;
  height += extra;
  const sy = (yLog ? logScale : linearScale)(yTicks[0]!, yTicks.at(-1)!, height - pad.bottom, pad.top);
  const px = spec.x.map(sx);
  const titleId = `${id}-title`;
  const summaryId = `${id}-summary`;
  const summary = renderText(spec.summary, formatter);

  const onPointer = (event: PointerEvent) => {
    const svg = event.currentTarget as SVGSVGElement;
    const rect = svg.getBoundingClientRect();
    const x = ((event.clientX - rect.left) / rect.width) * width;
    const share = (x - pad.left) / (width - pad.left - pad.right);
    const value = xLog ? 10 ** (Math.log10(x0) + share * (Math.log10(x1) - Math.log10(x0))) : x0 + share * (x1 - x0);
    setHover(xLog ? nearestIndex(spec.x.map(Math.log10), Math.log10(value)) : nearestIndex(spec.x, value));
  };

  const hoverX = hover === null ? null : px[hover]!;
  return (
    <figure class="kit-chart">
      <figcaption id={titleId} class="kit-chart-title">
        {spec.title}
      </figcaption>
      <ul class="kit-legend">
        {spec.series.map((series) => (
          <li key={series.key} class={`kit-tone-${series.tone}`}>
            <Swatch dash={series.dash} />
            {series.label}
          </li>
        ))}
      </ul>
      <div class="kit-chart-box" ref={box}>
        <svg
          viewBox={`0 0 ${width} ${height}`}
          width="100%"
          height={height}
          role="img"
          aria-labelledby={titleId}
          aria-describedby={summaryId}
          onPointerMove={onPointer}
          onPointerLeave={() => setHover(null)}
        >
          {yTicks.map((tick, index) => (
            <g key={`y${tick}`}>
              <line
                class={tick === 0 || (yLog && index === 0) ? 'kit-axis' : 'kit-grid'}
                x1={pad.left}
                x2={width - pad.right}
                y1={sy(tick)}
                y2={sy(tick)}
              />
              <text class="kit-tick" x={pad.left - 8} y={sy(tick) + 4} text-anchor="end">
                {yLabels[index]}
              </text>
            </g>
          ))}
          {xTicks.map((tick) => (
            <text key={`x${tick}`} class="kit-tick" x={sx(tick)} y={height - pad.bottom + 18} text-anchor="middle">
              {xLog ? formatter.compact(tick, spec.xFormat) : formatter.format(tick, spec.xFormat)}
            </text>
          ))}
          <text class="kit-tick" x={width - pad.right} y={height - 6} text-anchor="end">
            {spec.xLabel}
          </text>
          {markerLabels.map((label, index) => (
            <g key={`${label.text}-${index}`} class="kit-marker">
              <line x1={label.x} x2={label.x} y1={pad.top - 4} y2={height - pad.bottom} />
              <text x={label.x} y={pad.top - 10 - 14 * rows[index]!} text-anchor={label.anchor}>
                {label.text}
              </text>
            </g>
          ))}
          {spec.series.map((series) => (
            <path
              key={series.key}
              class={`kit-line kit-tone-${series.tone}`}
              d={linePath(px, series.values.map(sy))}
              stroke-dasharray={series.dash ? '7 5' : undefined}
            />
          ))}
          {hoverX !== null && hover !== null && (
            <g class="kit-hover" aria-hidden="true">
              <line x1={hoverX} x2={hoverX} y1={pad.top} y2={height - pad.bottom} />
              {spec.series.map((series) => (
                <circle
                  key={series.key}
                  class={`kit-tone-${series.tone}`}
                  cx={hoverX}
                  cy={sy(series.values[hover] ?? 0)}
                  r="4"
                />
              ))}
            </g>
          )}
        </svg>
        {hover !== null && hoverX !== null && (
          <div
            class="kit-tooltip"
            aria-hidden="true"
            style={{ left: `${Math.min(Math.max(hoverX, 80), width - 80)}px` }}
          >
            <strong>
              {spec.xLabel} {formatter.format(spec.x[hover]!, spec.xFormat)}
            </strong>
            {spec.series.map((series) => (
              <span key={series.key} class={`kit-tone-${series.tone}`}>
                <Swatch dash={series.dash} /> {series.label}:{' '}
                {formatter.format(series.values[hover] ?? null, spec.yFormat)}
              </span>
            ))}
          </div>
        )}
      </div>
      <p id={summaryId} class="visually-hidden">
        {summary}
      </p>
      <details class="kit-chart-data" onToggle={onToggleData}>
        <summary>Chart data as a table</summary>
        {showData && <TableView table={chartTable(spec)} formatter={formatter} id={id} />}
      </details>
    </figure>
  );
}
