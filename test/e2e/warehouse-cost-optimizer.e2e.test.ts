import { describe, expect, it } from 'vitest';
import { useBrowser } from './support';
import { downloadCsv, figures, hydrated, parseCsv, value } from './tool-helpers';

const browser = useBrowser();
const id = 'warehouse-cost-optimizer';
const path = `/tools/${id}/`;

/** A data-value as a number, for sums that are not whole cents. */
const amount = async (text: Promise<string | null>) => Number(await text);

describe('warehouse cost optimizer', () => {
  it('shows the worked example B.6: $35,040 a month brought to $11,606.77, lever by lever', async () => {
    const { page, log } = await browser.open(path);
    await hydrated(page);
    const tool = page.locator(`[data-tool="${id}"]`);
    // DW3000c + DW1000c 24×7 = $26,280 + $8,760; then right-size, pause dev, $200 of serverless, reserve prod.
    expect(await value(tool, 'todayMonthly')).toBe('35040');
    expect(await amount(value(tool, 'optimizedMonthly'))).toBeCloseTo(11_606.77, 2);
    expect(await amount(value(tool, 'yearlySaving'))).toBeCloseTo(281_198.74, 1);
    await expect.poll(() => tool.locator('.kit-verdict').textContent()).toMatch(/66\.9\s?%/);
    // The waterfall: today and four levers, drawn as stacked bars.
    expect(await tool.locator('.kit-bar-chart .kit-bar-row').count()).toBe(5);
    const levers = tool.locator('.kit-table').filter({ hasText: 'All levers together' });
    expect(await levers.locator('tr', { hasText: 'Azure Hybrid Benefit' }).textContent()).toMatch(/not applicable/);
    const pools = tool.locator('.kit-table').filter({ hasText: 'Recommended' });
    expect(await pools.locator('tbody tr').first().textContent()).toMatch(/DW1500c, 37 % reserved/);
    expect(await tool.locator('.kit-figure-value').allTextContents()).not.toContain('NaN');
    expect(log.errors).toEqual([]);
    expect(log.external).toEqual([]);
    await page.context().close();
  });

  it('recalculates when the ad-hoc load frees a level, and keeps it in the URL', async () => {
    const { page } = await browser.open(path);
    await hydrated(page);
    const tool = page.locator(`[data-tool="${id}"]`);
    // 500 of prod's 1,200 cDWU move to serverless: 700 × 1.2 = 840 → DW1000c, frees $4,380 against $200 of scans:
    // $8,760 × 0.63 + $3,128.57 + $200 = $8,847.37; break-even 4,380 ÷ 5 = 876 TB.
    await tool.locator('input[name="adhocCdwu"]').fill('500');
    await expect.poll(() => amount(value(tool, 'optimizedMonthly'))).toBeCloseTo(8_847.37, 2);
    expect(await value(tool, 'offloadBreakEvenTb')).toBe('876');
    await expect.poll(() => new URL(page.url()).searchParams.get('adhocCdwu')).toBe('500');
    await page.context().close();
  });

  it('weighs BigQuery on-demand against slots: 100 Standard slots ≈ 467 TiB, 500 Enterprise = 3,504 TiB', async () => {
    const { page, log } = await browser.open(path);
    await hydrated(page);
    const tool = page.locator(`[data-tool="${id}"]`);
    await tool.locator('[data-field="warehouse"] input[value="bigquery"]').check();
    // 100 × 730 × $0.04 = $2,920 = 467.2 TiB billed; break-even 468.2 TiB scanned (the first TiB is free).
    await expect.poll(() => value(tool, 'bqSlots')).toBe('2920');
    expect(await amount(value(tool, 'bqBreakEvenTib'))).toBeCloseTo(468.2, 6);
    expect(await amount(value(tool, 'hint.bqSlots.tib'))).toBeCloseTo(467.2, 6);
    // The article's careless SELECT * over 80 TiB: $500.
    expect(await value(tool, 'selectStar')).toBe('500');
    await tool.locator('input[name="slots"]').fill('500');
    await tool.locator('[data-field="bqEdition"] input[value="enterprise"]').check();
    // 500 × 730 × $0.06 = $21,900 = 3,504 TiB of on-demand scanning.
    await expect.poll(() => value(tool, 'bqSlots')).toBe('21900');
    expect(await amount(value(tool, 'hint.bqSlots.tib'))).toBeCloseTo(3_504, 6);
    await expect.poll(() => new URL(page.url()).searchParams.get('wh')).toBe('bigquery');
    expect(log.errors).toEqual([]);
    await page.context().close();
  });

  it('falls back to the default on bad URL parameters and says which', async () => {
    const { page } = await browser.open(`${path}?headroom=900&pools=prod:DW42c&adhocCdwu=500`);
    await hydrated(page);
    const tool = page.locator(`[data-tool="${id}"]`);
    const notice = tool.locator('.kit-notices');
    await expect.poll(() => notice.textContent()).toMatch(/Headroom over P95: “900” is not valid/);
    expect(await notice.textContent()).toMatch(/Dedicated SQL pools/);
    // The good parameter still applies: the B.6 pools with 500 cDWU offloaded.
    expect(await amount(value(tool, 'optimizedMonthly'))).toBeCloseTo(8_847.37, 2);
    expect(await tool.locator('.kit-figure-value').allTextContents()).not.toContain('NaN');
    await page.context().close();
  });

  it('shows an inline error for a bad entry, keeps the text and the last result', async () => {
    const { page } = await browser.open(path);
    await hydrated(page);
    const tool = page.locator(`[data-tool="${id}"]`);
    const input = tool.locator('input[name="adhocTb"]');
    await input.fill('-5');
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
    expect(await input.inputValue()).toBe('-5');
    expect(await tool.locator('.kit-error').first().textContent()).toMatch(/Enter a number from 0 to 1,000,000 TB\./);
    expect(await amount(value(tool, 'optimizedMonthly'))).toBeCloseTo(11_606.77, 2);
    await page.context().close();
  });

  it('exports a CSV with the figures on screen, the levers and the waterfall', async () => {
    const { page } = await browser.open(path);
    await hydrated(page);
    const tool = page.locator(`[data-tool="${id}"]`);
    const rows = parseCsv((await downloadCsv(page, tool)).text);
    const shown = await figures(tool);
    for (const key of ['todayMonthly', 'optimizedMonthly', 'yearlySaving', 'serverlessMonthly']) {
      expect(rows.find((row) => row[0] === 'figure' && row[1] === key)?.[3], key).toBe(shown[key]);
    }
    const flat = rows.map((row) => row[0]);
    expect(flat).toContain('What each lever saves a month');
    expect(flat).toContain('What each lever risks');
    expect(flat).toContain('Monthly bill, lever by lever');
    expect(flat).toContain('Dedicated SQL pool service levels');
    await page.context().close();
  });
});
