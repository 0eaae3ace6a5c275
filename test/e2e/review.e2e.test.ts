/**
 * The cost review in Chromium: fill in the checklist → report → Markdown download; answers survive a reload and
 * move through an exported file; a calculator result attached as evidence; the sample report and the Markdown
 * checklist; the checklist read without JavaScript; axe on the three pages.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, useBrowser } from './support';
import { hydrated } from './tool-helpers';

const browser = useBrowser();
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const point = (page: Page, id: string) => page.locator(`[data-point="${id}"]`);

async function download(page: Page, button: string): Promise<{ name: string; text: string; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = (await file.path())!;
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8'), path };
}

/** Marks a point a gap with a range and ratings, the way a visitor types them. */
async function fillGap(page: Page, id: string, answer: { evidence: string; low: string; high: string; ier: string[] }) {
  const card = point(page, id);
  await card.getByRole('radio', { name: 'Gap' }).check();
  await card.getByLabel('Evidence').fill(answer.evidence);
  await card.getByLabel('Savings per month, low ($)').fill(answer.low);
  await card.getByLabel('Savings per month, high ($)').fill(answer.high);
  await card.getByLabel('Impact (1–5)').selectOption(answer.ier[0]!);
  await card.getByLabel('Effort (1–5)').selectOption(answer.ier[1]!);
  await card.getByLabel('Risk of the fix (1–5)').selectOption(answer.ier[2]!);
}

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return result.violations.map((v) => ({ rule: v.id, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
}

describe('cost review checklist', () => {
  it('fills in, ranks, writes the report and downloads it as Markdown; answers survive a reload', async () => {
    const { page, log } = await browser.open('/review/checklist/');
    await hydrated(page);
    // Non-prod: 5 × (6 − 2) × (6 − 1) = 100. Bloat: 1 × (6 − 3) × (6 − 3) = 9. Restores: risk, 5 × 4 × 5 = 100.
    await fillGap(page, 'idle-non-prod', {
      evidence: 'dev and staging up 720 h',
      low: '3,343',
      high: '4271',
      ier: ['5', '2', '1'],
    });
    await fillGap(page, 'bloat', { evidence: 'dead tuples 30%', low: '40', high: '200', ier: ['1', '3', '3'] });
    const restores = point(page, 'restores-tested');
    await restores.getByRole('radio', { name: 'Risk' }).check();
    await restores.getByLabel('Evidence').fill('no timed restore on record');
    for (const label of ['Impact (1–5)', 'Effort (1–5)', 'Risk of the fix (1–5)']) {
      await restores
        .getByLabel(label)
        .selectOption(label.startsWith('Impact') ? '5' : label.startsWith('Effort') ? '2' : '1');
    }
    await point(page, 'read-only-access').getByRole('radio', { name: 'Pass' }).check();
    await page.getByLabel('Monthly spend reviewed ($)').fill('10000');
    // A bad amount is kept as typed, explained, and not used.
    await point(page, 'bloat').getByLabel('Savings per month, high ($)').fill('lots');
    await expect.poll(() => point(page, 'bloat').locator('.review-error').textContent()).toContain('Enter an amount');
    await point(page, 'bloat').getByLabel('Savings per month, high ($)').fill('200');

    await expect
      .poll(() => page.locator('.review-bar .review-meter-text').textContent())
      .toBe('4/30 answered · 1 passed');
    await page.getByRole('button', { name: 'Make my report' }).click();
    const report = page.locator('#your-report');
    await expect.poll(() => report.isVisible()).toBe(true);
    // 3,343 + 40 = 3,383; 4,271 + 200 = 4,471; 34–45 % of $10,000.
    expect(await report.locator('.review-total strong').textContent()).toBe(
      '$3,383 – $4,471 per month ($41k – $54k per year), 34–45% of the $10,000 a month reviewed.',
    );
    const rows = await report
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) =>
          [...tr.querySelectorAll('td')].map((td) => td.textContent).filter((_, i) => [0, 1, 8].includes(i)),
        ),
      );
    expect(rows).toEqual([
      ['1', 'F1', '100'],
      ['1', 'R1', '100'],
      ['3', 'F2', '9'],
    ]);

    const markdown = await download(page, 'Download Markdown');
    expect(markdown.name).toBe('cost-review.md');
    expect(markdown.text).toContain('# Database cost review');
    expect(markdown.text).toContain('| 1 | F1 | Idle and non-production databases |');
    expect(markdown.text).toContain('- **Evidence:** dead tuples 30%');
    expect(markdown.text).toContain('### Days 0–30: Instrument and take the low-risk wins');

    await page.reload({ waitUntil: 'load' });
    await hydrated(page);
    await expect
      .poll(() => point(page, 'idle-non-prod').getByLabel('Evidence').inputValue())
      .toBe('dev and staging up 720 h');
    expect(await point(page, 'idle-non-prod').getByLabel('Savings per month, low ($)').inputValue()).toBe('3343');

    // The exported file carries the whole review to another browser.
    const exported = await download(page, 'Export');
    expect(JSON.parse(exported.text)).toMatchObject({ version: 1, scope: { spend: 10000 } });
    const other = await browser.open('/review/checklist/');
    await hydrated(other.page);
    await other.page.locator('.review-import input[type=file]').setInputFiles(exported.path);
    await expect.poll(() => other.page.locator('.kit-status').first().textContent()).toContain('Imported');
    expect(await point(other.page, 'bloat').getByLabel('Evidence').inputValue()).toBe('dead tuples 30%');
    await other.page.context().close();

    expect(log.external).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('attaches a calculator result as evidence and links the finding to the tool with its inputs', async () => {
    const { page } = await browser.open('/tools/reserved-instance-roi/?qty=2');
    await hydrated(page);
    await page.getByRole('button', { name: 'Add to cost review' }).click();
    await expect.poll(() => page.locator('.kit-status').first().textContent()).toContain('Added to your cost review');

    await page.goto(new URL('/review/checklist/', baseUrl()).href);
    await hydrated(page);
    const pricing = point(page, 'pricing-model');
    await pricing.getByRole('radio', { name: 'Gap' }).check();
    await pricing.getByLabel('Monthly spend it touches ($)').fill('5400');
    const select = pricing.getByLabel('Calculator result as evidence');
    const option = await select.locator('option').nth(1).getAttribute('value');
    expect(option).toBe('/tools/reserved-instance-roi/?qty=2');
    await select.selectOption(option!);
    await pricing.getByRole('button', { name: 'Attach' }).click();
    await page.getByRole('button', { name: 'Make my report' }).click();
    const card = page.locator('#your-report [data-finding]').first();
    const calculator = card.getByRole('link', { name: 'Reserved instance ROI' });
    expect(await calculator.getAttribute('href')).toBe('/tools/reserved-instance-roi/?qty=2');
    expect(await card.textContent()).toMatch(/Database Reserved Instance ROI: Reservation saves per month: \$[\d,]+/);
    await page.context().close();
  }, 60_000);

  it('reads as the full checklist without JavaScript, fill-in controls hidden', async () => {
    const { page, log } = await browser.open('/review/checklist/', { javaScriptEnabled: false });
    expect(await page.locator('.review-point h3').count()).toBe(30);
    expect(await page.locator('.review-point h3').nth(29).textContent()).toContain('30. Quantify, rank and plan');
    expect(await page.getByText('P95 CPU under 40% over 30 days').first().isVisible()).toBe(true);
    expect(await page.locator('.review-fill').first().isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'Markdown file' }).first().isVisible()).toBe(true);
    expect(log.scripts).toEqual([]);
    await page.context().close();
  });

  it('serves the checklist as Markdown made from the same points', async () => {
    const response = await fetch(new URL('/review/checklist.md', baseUrl()));
    expect(response.headers.get('content-type')).toMatch(/markdown|text\/plain|octet/);
    const text = await response.text();
    expect(text.match(/^### \d+\. /gm)).toHaveLength(30);
    expect(text).toContain('/review/checklist/');
  });
});

describe('Acme SaaS sample report', () => {
  it('renders the sample numbers and ranking without JavaScript, and links to the checklist', async () => {
    const { page, log } = await browser.open('/review/sample-report/', { javaScriptEnabled: false });
    expect(await page.locator('.review-total strong').textContent()).toBe(
      '$8,013 – $11,821 per month ($96k – $142k per year), 38–55% of the $21,300 a month reviewed.',
    );
    const ids = await page.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(ids).toEqual(['F1', 'R1', 'R3', 'O1', 'F2', 'F8', 'F9', 'F4', 'F3', 'R2', 'R4', 'F6', 'F7', 'P1']);
    expect(await page.locator('tbody tr').last().getAttribute('data-rank')).toBe('after F2, F3');
    const start = page.getByRole('link', { name: 'Start your own from this checklist' }).first();
    expect(await start.getAttribute('href')).toBe('/review/checklist/');
    expect(log.scripts).toEqual([]);
    await page.context().close();
  });
});

describe('accessibility of the review pages (axe)', () => {
  it.each(['light', 'dark'] as const)(
    'has no violations in the %s theme, a finding open',
    async (colorScheme) => {
      const results: Record<string, unknown> = {};
      for (const path of ['/review/checklist/', '/review/sample-report/', '/tools/']) {
        const { page } = await browser.open(path, { colorScheme });
        if (path === '/review/checklist/') {
          await hydrated(page);
          await point(page, 'idle-non-prod').getByRole('radio', { name: 'Gap' }).check();
          await page.getByRole('button', { name: 'Make my report' }).click();
        }
        results[path] = await axe(page);
        await page.context().close();
      }
      expect(results).toEqual({ '/review/checklist/': [], '/review/sample-report/': [], '/tools/': [] });
    },
    120_000,
  );
});
