/**
 * Geometry for the kit's line charts: nice tick values, linear scales and SVG paths. Pure functions, so the
 * chart renders on the server (no JavaScript needed to see it) and the arithmetic is unit-tested.
 */

/** Round tick values covering [min, max]: steps of 1, 2, 2.5 or 5 times a power of ten, about `count` of them. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  if (max < min) [min, max] = [max, min];
  if (max === min) {
    const pad = max === 0 ? 1 : Math.abs(max) * 0.1;
    min -= pad;
    max += pad;
  }
  const raw = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((factor) => factor * power >= raw) ?? 10) * power;
  return ticksWithStep(min, max, step);
}

/** Ticks at multiples of `step` from below `min` to above `max`. */
export function ticksWithStep(min: number, max: number, step: number): number[] {
  const first = Math.floor(min / step + 1e-9) * step;
  const last = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let value = first; value <= last + step * 1e-9; value += step) ticks.push(Math.round(value / step) * step);
  return ticks;
}

/** Maps [d0, d1] onto [r0, r1]. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): (value: number) => number {
  const span = d1 - d0 || 1;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

/** An SVG path through the points, rounded to a tenth of a pixel to keep the markup small. */
export function linePath(xs: readonly number[], ys: readonly number[]): string {
  let path = '';
  for (let index = 0; index < xs.length; index++) {
    const x = xs[index]!;
    const y = ys[index]!;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    path += `${path ? 'L' : 'M'}${Math.round(x * 10) / 10} ${Math.round(y * 10) / 10}`;
  }
  return path;
}

/** Index of the x value nearest to `value` (xs sorted ascending). */
export function nearestIndex(xs: readonly number[], value: number): number {
  let best = 0;
  for (let index = 1; index < xs.length; index++) {
    if (Math.abs(xs[index]! - value) < Math.abs(xs[best]! - value)) best = index;
  }
  return best;
}

/** Maps [d0, d1] onto [r0, r1] on a log scale (all values positive). */
export function logScale(d0: number, d1: number, r0: number, r1: number): (value: number) => number {
  const l0 = Math.log10(d0);
  const span = Math.log10(d1) - l0 || 1;
  return (value) => r0 + ((Math.log10(value) - l0) / span) * (r1 - r0);
}

/**
 * Ticks for a log axis covering [min, max] (both positive): every power of ten, and the 2× and 5× steps between
 * them when the range spans two decades or fewer.
 */
export function logTicks(min: number, max: number): number[] {
  if (!(min > 0) || !(max > 0) || !Number.isFinite(min) || !Number.isFinite(max)) return [1, 10];
  if (max < min) [min, max] = [max, min];
  const low = Math.floor(Math.log10(min) + 1e-9);
  const high = Math.ceil(Math.log10(max) - 1e-9);
  const steps = high - low <= 2 ? [1, 2, 5] : [1];
  const ticks: number[] = [];
  for (let power = low; power <= Math.max(high, low + 1); power++) {
    for (const step of steps) {
      const tick = Number((step * 10 ** power).toPrecision(12));
      if (tick >= 10 ** low && tick <= 10 ** Math.max(high, low + 1)) ticks.push(tick);
    }
  }
  return ticks;
}

/** True when every value is positive and finite, so a log axis can show them. */
export function allPositive(values: readonly number[]): boolean {
  return values.length > 0 && values.every((value) => value > 0 && Number.isFinite(value));
}

/** A label drawn at `x`, `width` pixels wide, anchored at its start, middle or end. */
export interface PlacedLabel {
  x: number;
  width: number;
  anchor: 'start' | 'middle' | 'end';
}

/**
 * The row each label goes on so that none overlaps another (6 px apart at least): row 0 for the first label from
 * the left, a higher row when a label would run into one already placed on a lower row. Order as given.
 */
export function labelRows(labels: readonly PlacedLabel[]): number[] {
  const span = (label: PlacedLabel): [number, number] => {
    const start =
      label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - label.width : label.x - label.width / 2;
    return [start, start + label.width];
  };
  const placed: [number, number, number][] = [];
  return labels.map((label) => {
    const [start, end] = span(label);
    let row = 0;
    while (placed.some(([a, b, r]) => r === row && start < b + 6 && end > a - 6)) row++;
    placed.push([start, end, row]);
    return row;
  });
}
