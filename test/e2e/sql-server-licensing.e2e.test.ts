/**
 * The SQL Server licensing calculator in Chromium: the spec's worked examples through the page, workload rows edited
 * in place, bad URLs and cells, the CSV, and the links both ways with the reserved-instance tool.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './support';
import { downloadCsv, hydrated, parseCsv, value } from './tool-helpers';

const browser = useBrowser();
const id = 'sql-server-licensing';
const path = `/tools/${id}/`;
const close = (text: string | null, expected: number) => expect(Number(text)).toBeCloseTo(expected, 2);

describe('SQL Server licensing calculator', () => {
  it('shows the 8-vCore General Purpose example: $1,472.75 License-Included against $888.95 with Hybrid Benefit', async () => {
    const { page, log } = await browser.open(path);
    await hydrated(page);
    const tool = page.locator(`[data-tool="${id}"]`);
    close(await value(tool, 'liMonthly'), 1472.75);
    close(await value(tool, 'ownMonthly'), 888.95);
    close(await value(tool, 'saving'), 583.8);
    close(await value(tool, 'savingPct'), 39.64);
    close(await value(tool, 'saPayback'), 6.48);
    expect(await tool.locator('.kit-figure-value').allTextContents()).not.toContain('NaN');
    expect(await tool.locator('.kit-bar-chart').count()).toBe(1);
    expect(await tool.locator('[data-caveat="audit"]').textContent()).toMatch(/audit exposure/);
    // Decide the licence, then commit: the reservation tool starts from this fleet's compute.
    const reserve = tool.locator('a[data-link="reserve"]');
    expect(await reserve.getAttribute('href')).toBe(
      '/tools/reserved-instance-roi/?source=custom&unit=month&price=889&qty=1',
    );
    expect(log.errors).toEqual([]);
    expect(log.external).toEqual([]);
    await page.context().close();
  });

  it('loads the r6i.xlarge example: $1,095 of Enterprise licence on $318.28 of compute and Windows', async () => {
    const { page } = await browser.open(path);
    await hydrated(page);
    const tool = page.locator(`[data-tool="${id}"]`);
    await tool.getByRole('button', { name: 'r6i.xlarge on EC2, Enterprise' }).click();
    await expect.poll(() => value(tool, 'liMonthly')).toBe('1413.28');
    close(await value(tool, 'ownMonthly'), 318.28);
    close(await value(tool, 'workloads.1.licence'), 1095);
    close(await value(tool, 'licences.ee.packsNeeded'), 2);
    await page.context().close();
  });

  it('recalculates when a workload cell changes, keeps it in the URL, and refuses 0 cores with a message', async () => {
    const { page } = await browser.open(path);
    await hydrated(page);
    const tool = page.locator(`[data-tool="${id}"]`);
    const vcpus = tool.locator('input[id$="-0-vcpus"]');
    await vcpus.fill('16');
    await expect.poll(() => value(tool, 'liMonthly')).toBe(String(16 * 730 * (0.152217 + 0.099966)));
    await expect.poll(() => new URL(page.url()).searchParams.get('w')).toBe('orders:sqldb-gp:ee:16:730:prod:none');
    await vcpus.fill('0');
    await expect
      .poll(() => tool.locator('[data-field="workloads"] .kit-error').textContent())
      .toMatch(/Row 1, vCPUs or vCores: Enter a whole number from 1 to 128/);
    expect(await vcpus.inputValue()).toBe('0');
    expect(await value(tool, 'liMonthly')).toBe(String(16 * 730 * (0.152217 + 0.099966)));
    await page.context().close();
  });

  it('says what is wrong with a junk URL and keeps the defaults', async () => {
    const { page } = await browser.open(`${path}?w=db:ec2:se:32:730:prod:none&years=40&sa=maybe`);
    await hydrated(page);
    const tool = page.locator(`[data-tool="${id}"]`);
    const notice = tool.locator('.kit-notices');
    await expect.poll(() => notice.textContent()).toMatch(/Standard is limited to 24 cores/);
    expect(await notice.textContent()).toMatch(/Horizon/);
    close(await value(tool, 'liMonthly'), 1472.75);
    expect(await tool.locator('.kit-figure-value').allTextContents()).not.toContain('NaN');
    await page.context().close();
  });

  it('exports a CSV with the inputs, the figures and the bars', async () => {
    const { page } = await browser.open(path);
    await hydrated(page);
    const tool = page.locator(`[data-tool="${id}"]`);
    const rows = parseCsv((await downloadCsv(page, tool)).text);
    expect(rows.find((row) => row[0] === 'figure' && row[1] === 'liMonthly')?.[3]).toBe(await value(tool, 'liMonthly'));
    expect(rows.some((row) => row[0] === 'Each option a month, compute and licence')).toBe(true);
    expect(rows.some((row) => row[0] === 'input' && row[1] === 'w.1.vcpus' && row[3] === '8')).toBe(true);
    await page.context().close();
  });

  it('is linked from the reserved-instance tool and listed under Licensing', async () => {
    const { page } = await browser.open('/tools/reserved-instance-roi/');
    await hydrated(page);
    expect(await page.locator(`.kit-note a[href="${path}"]`).count()).toBe(1);
    await page.goto(new URL('/tools/', page.url()).href);
    const shelf = page
      .locator('section, div')
      .filter({ has: page.getByRole('heading', { name: 'Licensing' }) })
      .last();
    expect(await shelf.locator(`a[href="${path}"]`).count()).toBeGreaterThan(0);
    await page.context().close();
  });
});
