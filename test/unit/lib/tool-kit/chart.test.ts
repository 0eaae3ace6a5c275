import { describe, expect, it } from 'vitest';
import {
  allPositive,
  labelRows,
  linePath,
  linearScale,
  logScale,
  logTicks,
  nearestIndex,
  niceTicks,
  ticksWithStep,
} from '../../../../src/lib/tool-kit/chart';

describe('log axes', () => {
  it.each<[number, number, number[]]>([
    // 10k to 10M requests a month: one tick per power of ten.
    [10_000, 10_000_000, [10_000, 100_000, 1_000_000, 10_000_000]],
    // $61 to $5,480: three decades, powers of ten only, covering both ends.
    [61, 5_480, [10, 100, 1_000, 10_000]],
    // Within two decades, the 2× and 5× steps too.
    [3, 90, [1, 2, 5, 10, 20, 50, 100]],
    [3, 250, [1, 10, 100, 1_000]],
    [5, 5, [1, 2, 5, 10]],
  ])('[%s, %s] → %j', (min, max, expected) => {
    expect(logTicks(min, max)).toEqual(expected);
  });

  it('maps powers of ten to equal steps', () => {
    const x = logScale(10_000, 10_000_000, 0, 300);
    expect([x(10_000), x(100_000), x(1_000_000), x(10_000_000)].map(Math.round)).toEqual([0, 100, 200, 300]);
  });

  it('needs positive values (a chart falls back to linear otherwise)', () => {
    expect(allPositive([1, 2, 3])).toBe(true);
    expect(allPositive([0, 2])).toBe(false);
    expect(allPositive([])).toBe(false);
    expect(logTicks(0, 10)).toEqual([1, 10]);
  });
});

describe('niceTicks', () => {
  it.each<[number, number, number, number[]]>([
    [0, 360_000, 5, [0, 100_000, 200_000, 300_000, 400_000]],
    [0, 36, 6, [0, 10, 20, 30, 40]],
    [-14_016, 70_080, 5, [-20_000, 0, 20_000, 40_000, 60_000, 80_000]],
    [0, 1, 4, [0, 0.25, 0.5, 0.75, 1]],
    [0, 0, 5, [-1, -0.5, 0, 0.5, 1]],
  ])('[%s, %s] in about %s steps → %j', (min, max, count, expected) => {
    expect(niceTicks(min, max, count)).toEqual(expected);
  });
});

describe('ticksWithStep', () => {
  it('steps by 12 months over 5 years', () => {
    expect(ticksWithStep(0, 60, 12)).toEqual([0, 12, 24, 36, 48, 60]);
  });
});

describe('linearScale, linePath, nearestIndex', () => {
  it('maps a domain onto a range, flipped for SVG y', () => {
    const y = linearScale(0, 100, 200, 0);
    expect([y(0), y(50), y(100)]).toEqual([200, 100, 0]);
  });

  it('draws a path, skipping points that are not finite', () => {
    expect(linePath([0, 10.04, 20], [5, Number.NaN, 7.26])).toBe('M0 5L20 7.3');
  });

  it('finds the nearest x', () => {
    expect(nearestIndex([0, 1, 2, 3], 2.4)).toBe(2);
  });
});

describe('labelRows', () => {
  it.each<[string, Parameters<typeof labelRows>[0], number[]]>([
    [
      'far apart: one row',
      [
        { x: 100, width: 50, anchor: 'middle' },
        { x: 300, width: 50, anchor: 'middle' },
      ],
      [0, 0],
    ],
    // "you · 60" at 60 px and "same cost · 171.9" at 110 px, both centred: 34–86 and 54–166 overlap.
    [
      'close: the second goes up',
      [
        { x: 60, width: 52, anchor: 'middle' },
        { x: 110, width: 112, anchor: 'middle' },
      ],
      [0, 1],
    ],
    [
      'a third clears the first row again',
      [
        { x: 60, width: 52, anchor: 'middle' },
        { x: 110, width: 112, anchor: 'middle' },
        { x: 400, width: 60, anchor: 'end' },
      ],
      [0, 1, 0],
    ],
  ])('%s', (_, labels, rows) => {
    expect(labelRows(labels)).toEqual(rows);
  });
});
