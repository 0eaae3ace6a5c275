/**
 * A horizontal stacked bar chart drawn as SVG: rendered on the server (visible before any script runs), coloured by
 * the site's CSS variables (it follows the theme with no JavaScript), hatched series for parts that share a tone,
 * a pointer readout per bar, and the same numbers as an accessible data table. Geometry: lib/tool-kit/bar-chart.ts.
 */
import { useState } from 'preact/hooks';
import { barChartTable, barTicks, stackBars, type BarChartSpec } from '../../lib/tool-kit/bar-chart';
import { linearScale } from '../../lib/tool-kit/chart';
import type { Formatter } from '../../lib/tool-kit/format';
import { renderText } from '../../lib/tool-kit/result';
import { TableView } from './Results';
import { useBoxWidth } from './useBoxWidth';
import './bar-chart.css';

interface Props {
  spec: BarChartSpec;
  formatter: Formatter;
  /** Unique on the page: prefixes element ids and the hatch patterns. */
  id: string;
  /** Opens the data table from the start (print views, reports). */
  showData?: boolean;
}

const charWidth = 7;

export function StackedBarChart({ spec, formatter, id, showData: dataOpen = false }: Props) {
  const [box, width] = useBoxWidth(640);
  const [hover, setHover] = useState<number | null>(null);
  // Like the line chart, the table renders when first opened: cells nobody asked for would slow hydration.
  const [showData, setShowData] = useState(dataOpen);

  const bars = stackBars(spec);
  const narrow = width < 480;
  const ticks = barTicks(bars, narrow ? 4 : 6, spec.valueFormat === 'integer');
  const longestLabel = Math.max(0, ...bars.map((bar) => bar.label.length));
  // Wide: labels in a column left of the bars. Narrow: each label sits above its bar, which gets the full width.
  const labelWidth = narrow ? 0 : Math.min(longestLabel * charWidth + 12, Math.round(width * 0.36));
  const totalWidth = Math.max(...bars.map((bar) => formatter.format(bar.total, spec.valueFormat).length), 1) * 7 + 12;
  const barHeight = narrow ? 16 : 20;
  const labelHeight = narrow ? 18 : 0;
  const pitch = barHeight + labelHeight + (narrow ? 10 : 12);
  const top = 6;
  const bottom = 42;
  const height = top + bars.length * pitch + bottom;
  const x0 = labelWidth + (narrow ? 0 : 8);
  const x1 = width - totalWidth;
  const sx = linearScale(0, ticks.at(-1) ?? 1, x0, x1);
  const axisY = top + bars.length * pitch;
  const titleId = `${id}-title`;
  const summaryId = `${id}-summary`;
  const seriesByKey = new Map(spec.series.map((series) => [series.key, series]));
  // An inline style, because the stylesheet's fill (the tone) outranks a fill attribute.
  const fillOf = (key: string) => (seriesByKey.get(key)?.hatch ? { fill: `url(#${id}-hatch-${key})` } : undefined);

  const onPointer = (event: PointerEvent) => {
    const svg = event.currentTarget as SVGSVGElement;
    const rect = svg.getBoundingClientRect();
    const y = ((event.clientY - rect.top) / rect.height) * height - top;
    const index = Math.floor(y / pitch);
    setHover(index >= 0 && index < bars.length ? index : null);
  };

  const hovered = hover === null ? undefined : bars[hover];
  return (
    <figure class="kit-chart kit-bar-chart">
      <figcaption id={titleId} class="kit-chart-title">
        {spec.title}
      </figcaption>
      <ul class="kit-legend">
        {/* The legend names the series that appear; the data table keeps every column. */}
        {spec.series
          .filter((series) => series.values.some((value) => value > 0))
          .map((series) => (
            <li key={series.key} class={`kit-tone-${series.tone}`}>
              <span class={`kit-bar-swatch${series.hatch ? ' kit-bar-swatch-hatch' : ''}`} aria-hidden="true" />
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
          <defs>
            {spec.series
              .filter((series) => series.hatch)
              .map((series) => (
                <pattern
                  key={series.key}
                  id={`${id}-hatch-${series.key}`}
                  class={`kit-tone-${series.tone}`}
                  width="6"
                  height="6"
                  patternUnits="userSpaceOnUse"
                  patternTransform="rotate(45)"
                >
                  <rect class="kit-bar-hatch-bg" width="6" height="6" />
                  <line class="kit-bar-hatch-line" x1="1.5" y1="0" x2="1.5" y2="6" />
                </pattern>
              ))}
          </defs>
          {ticks.map((tick) => (
            <g key={tick}>
              <line class={tick === 0 ? 'kit-axis' : 'kit-grid'} x1={sx(tick)} x2={sx(tick)} y1={top - 2} y2={axisY} />
              <text class="kit-tick" x={sx(tick)} y={axisY + 16} text-anchor="middle">
                {formatter.compact(tick, spec.valueFormat)}
              </text>
            </g>
          ))}
          <text class="kit-tick" x={x1} y={height - 4} text-anchor="end">
            {spec.valueLabel}
          </text>
          {bars.map((bar, index) => {
            const y = top + index * pitch + labelHeight;
            return (
              <g key={bar.category} class={hover === index ? 'kit-bar-row kit-bar-row-hover' : 'kit-bar-row'}>
                <text
                  class="kit-bar-label"
                  x={narrow ? 0 : labelWidth}
                  y={narrow ? y - 5 : y + barHeight / 2 + 4}
                  text-anchor={narrow ? 'start' : 'end'}
                >
                  {bar.label}
                </text>
                {bar.segments.map((segment) => {
                  const series = seriesByKey.get(segment.series)!;
                  return (
                    <rect
                      key={segment.series}
                      class={`kit-bar-seg kit-tone-${series.tone}${series.hatch ? ' kit-bar-seg-hatch' : ''}`}
                      x={sx(segment.start)}
                      y={y}
                      width={Math.max(1, sx(segment.end) - sx(segment.start))}
                      height={barHeight}
                      style={fillOf(segment.series)}
                    />
                  );
                })}
                <text class="kit-bar-total" x={sx(bar.total) + 6} y={y + barHeight / 2 + 4}>
                  {formatter.format(bar.total, spec.valueFormat)}
                </text>
              </g>
            );
          })}
        </svg>
        {hovered && hover !== null && (
          <div
            class="kit-tooltip kit-bar-tooltip"
            aria-hidden="true"
            style={{
              top: `${top + hover * pitch + labelHeight + barHeight + 6}px`,
              left: `${Math.min(Math.max(sx(hovered.total / 2), 110), width - 110)}px`,
            }}
          >
            <strong>
              {hovered.label}: {formatter.format(hovered.total, spec.valueFormat)}
            </strong>
            {hovered.segments.map((segment) => {
              const series = seriesByKey.get(segment.series)!;
              return (
                <span key={segment.series} class={`kit-tone-${series.tone}`}>
                  <span class={`kit-bar-swatch${series.hatch ? ' kit-bar-swatch-hatch' : ''}`} aria-hidden="true" />
                  {series.label}: {formatter.format(segment.value, spec.valueFormat)}
                </span>
              );
            })}
          </div>
        )}
      </div>
      <p id={summaryId} class="visually-hidden">
        {renderText(spec.summary, formatter)}
      </p>
      <details
        class="kit-chart-data"
        open={dataOpen}
        onToggle={(event) => setShowData((event.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>Chart data as a table</summary>
        {showData && <TableView table={barChartTable(spec)} formatter={formatter} id={id} />}
      </details>
    </figure>
  );
}
