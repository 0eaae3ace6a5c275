import { describe, expect, it } from 'vitest';
import { acmeReview } from '../../../../src/lib/review/acme-sample';
import { parseReviewJson } from '../../../../src/lib/review/review-state';
import { addSavedResult, readSavedResults, savedResultsKey } from '../../../../src/lib/review/saved-results';
import { findingToolLinks } from '../../../../src/lib/review/review-tools';
import { checklistMarkdown } from '../../../../src/lib/review/review-markdown';

/** A Map-backed stand-in for localStorage, optionally refusing writes like a full quota. */
function memoryStorage(refuse = false) {
  const data = new Map<string, string>();
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (refuse) throw new DOMException('quota', 'QuotaExceededError');
      data.set(key, value);
    },
  };
}

const result = (url: string, savedAt = '2026-06-20T10:00:00.000Z') => ({
  toolId: 'reserved-instance-roi',
  title: 'Reserved instance ROI',
  url,
  headline: 'Net saving: $1,234',
  savedAt,
});

describe('reading an exported review', () => {
  it('round-trips the Acme sample unchanged', () => {
    const read = parseReviewJson(JSON.stringify(acmeReview));
    expect(read.ok && read.value.notes).toEqual([]);
    expect(read.ok && read.value.state).toEqual(acmeReview);
  });

  it.each([
    ['not JSON', '{', 'not valid JSON'],
    ['another JSON file', '{"hello":1}', 'not a Breakeven cost review'],
    ['a future version', '{"version":2,"answers":{}}', 'not a Breakeven cost review'],
  ])('refuses %s with a message', (_, text, message) => {
    const read = parseReviewJson(text);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toContain(message);
  });

  it('keeps what it can and names what it dropped', () => {
    const read = parseReviewJson(
      JSON.stringify({
        version: 1,
        scope: { name: 'Shop', spend: -5 },
        answers: {
          bloat: { status: 'gap', impact: 9, effort: 2, savingsLow: 'lots', evidence: 'dead tuples 30%' },
          'no-such-point': { status: 'pass' },
          connections: {
            status: 'maybe',
            attachments: [result('https://evil.example/x'), result('/tools/reserved-instance-roi/?qty=2')],
          },
        },
      }),
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.state.scope.name).toBe('Shop');
    expect(read.value.state.answers.bloat).toEqual({ status: 'gap', effort: 2, evidence: 'dead tuples 30%' });
    expect(read.value.state.answers.connections!.attachments).toHaveLength(1);
    expect(read.value.notes).toEqual([
      'Scope: the monthly spend was not a valid amount.',
      'Point 14: “impact” was not valid and was left out.',
      'Point 14: “savingsLow” was not valid and was left out.',
      '“no-such-point” is not a point of this checklist and was left out.',
      'Point 8: “status” was not valid and was left out.',
      'Point 8: “attachments” was not valid and was left out.',
    ]);
  });
});

describe('saved calculator results', () => {
  it('adds newest first, replaces the same link, and skips junk in storage', () => {
    const storage = memoryStorage();
    expect(addSavedResult(storage, result('/tools/reserved-instance-roi/?qty=1'))).toBe(true);
    addSavedResult(storage, result('/tools/reserved-instance-roi/?qty=2'));
    addSavedResult(storage, result('/tools/reserved-instance-roi/?qty=1', '2026-06-21T00:00:00.000Z'));
    expect(readSavedResults(storage).map((r) => r.url)).toEqual([
      '/tools/reserved-instance-roi/?qty=1',
      '/tools/reserved-instance-roi/?qty=2',
    ]);
    storage.setItem(savedResultsKey, '[1, {"toolId": 2}, null]');
    expect(readSavedResults(storage)).toEqual([]);
    storage.setItem(savedResultsKey, 'not json');
    expect(readSavedResults(storage)).toEqual([]);
  });

  it('reports a refused write instead of throwing', () => {
    expect(addSavedResult(memoryStorage(true), result('/tools/reserved-instance-roi/'))).toBe(false);
  });
});

describe('links from findings to tools', () => {
  it('presets the spend it knows, and prefers an attached result of the same tool', () => {
    expect(findingToolLinks('reservations', 5400).map((l) => l.href)).toEqual([
      '/tools/reserved-instance-roi/?unit=month&price=5400&qty=1',
    ]);
    expect(findingToolLinks('licensing', 2500.456).map((l) => l.href)).toEqual([
      '/tools/sql-server-licensing/',
      '/tools/oracle-to-postgres-savings/?hosting=2500.46',
    ]);
    expect(findingToolLinks('warehouse', null).map((l) => l.href)).toEqual(['/tools/warehouse-cost-optimizer/']);
    const attached = findingToolLinks('reservations', 5400, [result('/tools/reserved-instance-roi/?qty=7')]);
    expect(attached).toEqual([
      expect.objectContaining({ href: '/tools/reserved-instance-roi/?qty=7', attached: true }),
    ]);
  });
});

describe('the checklist Markdown file', () => {
  const markdown = checklistMarkdown({ siteUrl: 'https://example.com' });
  it('holds the 30 points under the eleven headings, with absolute links', () => {
    expect(markdown.match(/^### \d+\. /gm)).toHaveLength(30);
    expect(markdown.match(/^## /gm)).toHaveLength(11);
    expect(markdown).toContain('### 30. Quantify, rank and plan');
    expect(markdown).toContain('https://example.com/review/checklist/');
    expect(markdown).toContain('(https://example.com/tools/reserved-instance-roi/)');
  });
});
