import { describe, expect, it } from 'vitest';
import { csvCell, resultCsv, toCsv } from '../../../../src/lib/tool-kit/csv';
import { createFormatter } from '../../../../src/lib/tool-kit/format';
import { evaluateReservedInstance } from '../../../../src/tools/reserved-instance-roi/model';
import { inputs } from '../../../../src/tools/reserved-instance-roi/schema';

describe('csvCell', () => {
  it.each<[Parameters<typeof csvCell>[0], string]>([
    [5_000, '5000'],
    [-73.5, '-73.5'],
    [null, ''],
    [true, 'yes'],
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['@cmd', "'@cmd"],
    [{ value: 12, format: 'percent' }, '12'],
    [{ value: null, format: 'months' }, ''],
  ])('%j → %s', (cell, expected) => {
    expect(csvCell(cell)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('joins rows with CRLF and ends with one', () => {
    expect(
      toCsv([
        ['a', 1],
        ['b', null],
      ]),
    ).toBe('a,1\r\nb,\r\n');
  });
});

describe('resultCsv', () => {
  const result = evaluateReservedInstance(inputs.defaults);
  const csv = resultCsv('Database Reserved Instance ROI', inputs, inputs.defaults, result, createFormatter('USD'));
  const lines = csv.split('\r\n');

  it('holds every metric with its raw value, as the page’s data-value does', () => {
    for (const metric of result.metrics) {
      expect(lines).toContain(
        `figure,${metric.key},${csvCell(metric.label)},${metric.value ?? ''},${csvCell(createFormatter('USD').format(metric.value, metric.format, metric.nullText))}`,
      );
    }
  });

  it('holds the inputs, each table and the chart data', () => {
    expect(lines).toContain('kind,key,label,value,shown');
    expect(lines).toContain('input,price,On-demand price per instance,10000,');
    expect(lines).toContain('"Per month, once settled",10000,5000,3500');
    expect(lines).toContain('Cumulative cost');
    expect(lines).toContain('Month,On demand,Commit now,Right-size first');
    expect(lines).toContain('0,0,90000,0');
  });
});
