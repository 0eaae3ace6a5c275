import { describe, expect, it } from 'vitest';
import { acmeReview } from '../../../../src/lib/review/acme-sample';
import { reviewAreas, reviewPoints, reviewSources } from '../../../../src/lib/review/points';
import { buildReport, priorityScore, rankLabel } from '../../../../src/lib/review/report';
import { emptyReview, type PointAnswer, type ReviewState } from '../../../../src/lib/review/review-state';
import { formatUsdThousands, reportMarkdown, totalsSentence } from '../../../../src/lib/review/review-markdown';

const review = (answers: Record<string, PointAnswer>, spend = 0): ReviewState => ({
  ...emptyReview(),
  scope: { ...emptyReview().scope, spend },
  answers,
});

describe('the 30 points', () => {
  it('are 30, numbered 1–30 in area order: access, the nine areas, then planning', () => {
    expect(reviewPoints.map((p) => p.number)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const areaOrder = reviewAreas.map((a) => a.id);
    const seen = reviewPoints.map((p) => areaOrder.indexOf(p.area));
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    // 4 + 4 + 4 + 3 + 3 + 3 + 3 + 3 + 1 sub-items in the nine areas, plus the two method steps.
    const counts = reviewAreas.map((a) => reviewPoints.filter((p) => p.area === a.id).length);
    expect(counts).toEqual([1, 4, 4, 4, 3, 3, 3, 3, 3, 1, 1]);
  });

  it('have unique ids, a source each, and dependencies that exist', () => {
    expect(new Set(reviewPoints.map((p) => p.id)).size).toBe(30);
    for (const p of reviewPoints) {
      expect(p.sources.length).toBeGreaterThan(0);
      for (const key of p.sources) expect(reviewSources[key]).toBeDefined();
      for (const id of p.dependsOn ?? []) expect(reviewPoints.some((q) => q.id === id)).toBe(true);
    }
  });
});

describe('priority score: impact × (6 − effort) × (6 − risk)', () => {
  it.each([
    // [impact, effort, risk, score]  hand computation beside each
    [5, 2, 1, 100], // 5 × 4 × 5
    [4, 1, 1, 100], // 4 × 5 × 5
    [3, 1, 1, 75], // 3 × 5 × 5
    [3, 1, 2, 60], // 3 × 5 × 4
    [3, 3, 2, 36], // 3 × 3 × 4
    [3, 2, 3, 36], // 3 × 4 × 3
    [1, 3, 3, 9], // 1 × 3 × 3
    [1, 5, 5, 1], // the floor
    [5, 1, 1, 125], // the ceiling
  ] as const)('impact %i, effort %i, risk %i → %i', (impact, effort, risk, score) => {
    expect(priorityScore(impact, effort, risk)).toBe(score);
  });
});

describe('the Acme SaaS sample', () => {
  const report = buildReport(acmeReview);

  it('ranks the findings as the sample report does, P1 after the right-sizing it depends on', () => {
    expect(report.findings.map((f) => [rankLabel(f), f.id, f.score, f.window])).toEqual([
      ['1', 'F1', 100, '0-30'], // 5 × 4 × 5; ties at 100 all have risk 1 → by id
      ['1', 'R1', 100, '0-30'],
      ['1', 'R3', 100, '0-30'], // 4 × 5 × 5
      ['4', 'O1', 75, '0-30'],
      ['5', 'F2', 60, '0-30'],
      ['6', 'F8', 50, '0-30'], // 2 × 5 × 5
      ['6', 'F9', 50, '0-30'],
      ['8', 'F4', 36, '31-60'], // 3 × 3 × 4, risk 2 comes before the risk-3 ties
      ['8', 'F3', 36, '31-60'], // 3 × 4 × 3
      ['8', 'R2', 36, '61-90'], // 4 × 3 × 3
      ['8', 'R4', 36, '61-90'],
      ['12', 'F6', 20, '31-60'], // 1 × 5 × 4
      ['13', 'F7', 9, '31-60'], // 1 × 3 × 3
      ['after F2, F3', 'P1', 60, '61-90'], // score 60 would rank 5th; waits for F2 and F3 (31–60) → 61–90
    ]);
  });

  it('totals $8,013 – $11,821 a month, $96k – $142k a year, 38–55% of $21,300', () => {
    // low: 3,343 + 700 + 350 + 400 + 900 + 900 + 30 + 40 + 1,350 = 8,013
    // high: 4,271 + 1,400 + 600 + 700 + 1,440 + 1,200 + 120 + 200 + 1,890 = 11,821
    expect(report.totals).toMatchObject({ low: 8013, high: 11_821, costFindings: 9, reliabilityFindings: 5 });
    expect(report.totals.annualLow).toBe(96_156); // 8,013 × 12
    expect(report.totals.annualHigh).toBe(141_852); // 11,821 × 12
    // 8,013 / 21,300 = 37.6% → 38; 11,821 / 21,300 = 55.5% (55.497) → 55
    expect([report.totals.percentLow, report.totals.percentHigh]).toEqual([38, 55]);
    expect(formatUsdThousands(report.totals.annualLow)).toBe('$96k');
    expect(formatUsdThousands(report.totals.annualHigh)).toBe('$142k');
    expect(totalsSentence(report)).toBe(
      '$8,013 – $11,821 per month ($96k – $142k per year), 38–55% of the $21,300 a month reviewed.',
    );
  });

  it('plans 7 items in days 0–30, 4 in 31–60 and 3 in 61–90, and has every point answered', () => {
    expect(report.plan.map((b) => b.findings.map((f) => f.id))).toEqual([
      ['F1', 'R1', 'R3', 'O1', 'F2', 'F8', 'F9'],
      ['F4', 'F3', 'F6', 'F7'],
      ['R2', 'R4', 'P1'],
    ]);
    expect(report.progress).toMatchObject({ total: 30, answered: 30, passed: 16 });
    expect(report.findings.every((f) => f.notes.length === 0)).toBe(true);
  });

  it('writes Markdown with the formula, the table and the plan', () => {
    const markdown = reportMarkdown(report, { title: 'Acme SaaS', siteUrl: 'https://example.com' });
    expect(markdown).toContain('impact × (6 − effort) × (6 − risk of the fix)');
    expect(markdown).toContain('| after F2, F3 | P1 | 1-year reservation on the right-sized always-on compute |');
    expect(markdown).toContain('5 × (6 − 2) × (6 − 1) = 100');
    expect(markdown).toContain(
      '[Reserved instance ROI](https://example.com/tools/reserved-instance-roi/?unit=month&price=5400&qty=1)',
    );
    expect(markdown).toMatch(/### Days 61–90: Harden and sustain\n\n- \*\*R2\*\*/);
  });
});

describe('findings from a visitor’s answers', () => {
  it('numbers cost findings F and reliability findings R in checklist order, skipping ids taken by hand', () => {
    const report = buildReport(
      review({
        'idle-non-prod': {
          status: 'gap',
          savingsLow: 100,
          savingsHigh: 200,
          impact: 3,
          effort: 3,
          risk: 3,
          evidence: 'x',
        },
        'failover-tested': { status: 'risk', impact: 3, effort: 3, risk: 3, evidence: 'x' },
        bloat: {
          status: 'gap',
          findingId: 'F1',
          savingsLow: 10,
          savingsHigh: 20,
          impact: 1,
          effort: 1,
          risk: 1,
          evidence: 'x',
        },
      }),
    );
    expect(report.findings.map((f) => f.id).sort()).toEqual(['F1', 'F2', 'R1']);
    expect(report.findings.find((f) => f.pointId === 'idle-non-prod')!.id).toBe('F2');
  });

  it('says what is missing instead of guessing: no evidence, a point estimate, ratings not set', () => {
    const [finding] = buildReport(review({ retention: { status: 'gap', savingsHigh: 300 } })).findings;
    expect(finding!.savings).toEqual({ low: 300, high: 300 });
    expect(finding!.score).toBe(27); // 3 × 3 × 3 with the assumed middle ratings
    expect(finding!.notes).toHaveLength(3);
  });

  it('swaps a reversed range, moves a risky fix out of the first 30 days, and ignores a dependency not found', () => {
    const report = buildReport(
      review(
        {
          'idle-non-prod': {
            status: 'gap',
            savingsLow: 500,
            savingsHigh: 100,
            impact: 5,
            effort: 1,
            risk: 4,
            evidence: 'x',
          },
          'pricing-model': {
            status: 'gap',
            savingsLow: 10,
            savingsHigh: 20,
            impact: 1,
            effort: 1,
            risk: 1,
            evidence: 'x',
          },
        },
        1000,
      ),
    );
    const [nonProd, pricing] = [report.findings.find((f) => f.pointId === 'idle-non-prod')!, report.findings[1]!];
    expect(nonProd.savings).toEqual({ low: 100, high: 500 });
    expect(nonProd.window).toBe('31-60'); // default 0–30, but risk 4 waits for the second window
    expect(pricing.after).toEqual([]); // sizing and replicas passed or unanswered: nothing to wait for
    expect(pricing.rank).toBe(2); // 1 × 5 × 5 = 25 < 5 × 5 × 2 = 50
    expect([report.totals.percentLow, report.totals.percentHigh]).toEqual([11, 52]); // 110 / 1000, 520 / 1000
  });

  it('an empty checklist gives an empty report, not NaN', () => {
    const report = buildReport(emptyReview());
    expect(report.findings).toEqual([]);
    expect(report.totals).toMatchObject({ low: 0, high: 0, percentLow: null });
    expect(totalsSentence(report)).toBe('No cost finding carries a savings range yet.');
    expect(report.progress).toMatchObject({ total: 30, answered: 0, passed: 0 });
  });
});
