import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { baseUrl, useBrowser } from './support';
import { downloadCsv, figures, hydrated, parseCsv, value } from './tool-helpers';

const browser = useBrowser();

interface ToolCase {
  id: string;
  /** URL name of an input to edit, the text to type, and a figure that must change accordingly. */
  edit: { param: string; text: string; metric: string; before: string; after: string };
  /** A bad parameter and the notice it must produce; `metric` keeps its default value. */
  bad: { query: string; notice: RegExp; metric: string; value: string };
  /** The message typing "-5" into the edited input gives. */
  negative?: RegExp;
}

const cases: ToolCase[] = [
  {
    id: 'reserved-instance-roi',
    // $10,000 a month at 50 % off saves $5,000 a month per instance; three instances save $15,000.
    edit: { param: 'qty', text: '3', metric: 'monthlySavings', before: '5000', after: '15000' },
    bad: {
      query: 'discount=250&qty=2',
      notice: /Discount off on-demand: “250” is not valid/,
      metric: 'monthlySavings',
      value: '10000',
    },
  },
  {
    id: 'oracle-to-postgres-savings',
    // 16 vCPUs with hyper-threading need 8 licences; 32 vCPUs need 16.
    edit: { param: 'vcpus', text: '32', metric: 'licences', before: '8', after: '16' },
    bad: { query: 'years=40&discount=0', notice: /Horizon: “40” is not valid/, metric: 'licenceList', value: '380000' },
  },
  {
    id: 'llm-feature-cost',
    // 5,000 requests a day × 30.4375 days = 152,187.5 a month; 10,000 a day = 304,375.
    edit: { param: 'rpd', text: '10000', metric: 'requestsPerMonth', before: '152187.5', after: '304375' },
    bad: {
      query: 'hit=250&rpd=2000',
      notice: /Cache hit rate: “250” is not valid/,
      metric: 'requestsPerMonth',
      value: '60875',
    },
    negative: /Enter a number from 0 to 1,000,000,000 requests\./,
  },
  {
    id: 'ai-coding-assistant-roi',
    // 50 seats at $200 = $10,000 a month for the team; at $100, $5,000.
    edit: { param: 'seat', text: '100', metric: 'plans.seat.team', before: '10000', after: '5000' },
    bad: {
      query: 'devs=0&seat=10',
      notice: /Developers: “0” is not valid/,
      metric: 'plans.seat.team',
      value: '500',
    },
    negative: /Enter a number from 0 to 100,000\./,
  },
];

/** Scrolls a tool into view (it hydrates when visible) and waits for its island to hydrate. */
async function hydrateTool(page: Page, id: string) {
  await page.locator(`[data-tool="${id}"]`).scrollIntoViewIfNeeded();
  await page.waitForFunction((toolId) => {
    const island = document.querySelector(`[data-tool="${toolId}"]`)?.closest('astro-island');
    return island !== null && island !== undefined && !island.hasAttribute('ssr');
  }, id);
}

describe.each(cases)('$id', ({ id, edit, bad, negative }) => {
  const path = `/tools/${id}/`;

  it('recalculates when an input changes, and keeps it in the URL', async () => {
    const { page, log } = await browser.open(path);
    await hydrated(page);
    const tool = page.locator(`[data-tool="${id}"]`);
    expect(await value(tool, edit.metric)).toBe(edit.before);
    const verdict = await tool.locator('.kit-verdict').textContent();
    await tool.locator(`input[name="${edit.param}"]`).fill(edit.text);
    await expect.poll(() => value(tool, edit.metric)).toBe(edit.after);
    expect(await tool.locator('.kit-verdict').textContent()).not.toBe(verdict);
    await expect.poll(() => new URL(page.url()).searchParams.get(edit.param)).toBe(edit.text);
    expect(log.errors).toEqual([]);
    await page.context().close();
  });

  it('restores the same figures from a copied URL in a new page, on reload, and after back', async () => {
    const first = await browser.open(path);
    await hydrated(first.page);
    const tool = first.page.locator(`[data-tool="${id}"]`);
    await tool.locator(`input[name="${edit.param}"]`).fill(edit.text);
    await tool.locator('.kit-inputs .kit-segmented').last().locator('label').nth(1).click();
    await tool.locator('.kit-currency select').selectOption('EUR');
    await expect.poll(() => value(tool, edit.metric)).not.toBe(edit.before);
    await expect.poll(() => new URL(first.page.url()).searchParams.get('currency')).toBe('EUR');
    const url = first.page.url();
    const shown = await figures(tool);

    const second = await browser.open(new URL(url).pathname + new URL(url).search);
    await hydrated(second.page);
    const restored = second.page.locator(`[data-tool="${id}"]`);
    await expect.poll(() => figures(restored)).toEqual(shown);
    expect((await restored.locator('.kit-figure-value').allTextContents()).some((text) => /€/.test(text))).toBe(true);
    await second.page.context().close();

    await first.page.reload();
    await hydrated(first.page);
    await expect.poll(() => figures(first.page.locator(`[data-tool="${id}"]`))).toEqual(shown);

    // Away and back again: the history entry is the URL with the inputs.
    await first.page.goto(new URL('/about/', url).href);
    await first.page.goBack();
    expect(first.page.url()).toBe(url);
    await hydrated(first.page);
    await expect.poll(() => figures(first.page.locator(`[data-tool="${id}"]`))).toEqual(shown);
    await first.page.context().close();
  });

  it('exports a CSV holding the numbers on screen', async () => {
    const { page } = await browser.open(path);
    await hydrated(page);
    const tool = page.locator(`[data-tool="${id}"]`);
    const csv = await downloadCsv(page, tool);
    expect(csv.filename).toBe(`${id}.csv`);
    const rows = parseCsv(csv.text);
    const shown = await tool.evaluate((root) =>
      [...root.querySelectorAll('.kit-figure[data-metric]')].map((element) => ({
        key: element.getAttribute('data-metric')!,
        value: element.getAttribute('data-value')!,
        text: element.querySelector('.kit-figure-value')!.textContent!,
      })),
    );
    expect(shown.length).toBeGreaterThan(5);
    for (const figure of shown) {
      const row = rows.find((candidate) => candidate[0] === 'figure' && candidate[1] === figure.key);
      expect(row, figure.key).toBeDefined();
      expect(row![3]).toBe(figure.value);
      expect(row![4]).toBe(figure.text);
    }
    // Table cells too: every number in the first result table appears in the CSV.
    const cells = await tool
      .locator('.kit-results .kit-table')
      .first()
      .evaluate((table) =>
        [...table.querySelectorAll('td [data-value]')].map((cell) => cell.getAttribute('data-value')!),
      );
    const flat = new Set(rows.flat());
    for (const cell of cells) expect(flat.has(cell), cell).toBe(true);
    await page.context().close();
  });

  it('falls back to the default on a bad URL parameter and says so', async () => {
    const { page } = await browser.open(`${path}?${bad.query}`);
    await hydrated(page);
    const tool = page.locator(`[data-tool="${id}"]`);
    const notice = tool.locator('.kit-notices');
    await expect.poll(() => notice.textContent()).toMatch(bad.notice);
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await value(tool, bad.metric)).toBe(bad.value);
    expect(await tool.locator('.kit-figure-value').allTextContents()).not.toContain('NaN');
    await page.context().close();
  });

  it('shows an inline error for a bad entry, keeps the text, and keeps the last result', async () => {
    const { page } = await browser.open(path);
    await hydrated(page);
    const tool = page.locator(`[data-tool="${id}"]`);
    const input = tool.locator(`input[name="${edit.param}"]`);
    await input.fill('-5');
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
    expect(await input.inputValue()).toBe('-5');
    expect(await tool.locator('.kit-error').first().textContent()).toMatch(negative ?? /Enter a whole number from/);
    expect(await value(tool, edit.metric)).toBe(edit.before);
    await tool.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => input.getAttribute('aria-invalid')).toBeNull();
    await page.context().close();
  });

  it('gives a share link and an embed snippet carrying the inputs', async () => {
    const { page } = await browser.open(`${path}?${edit.param}=${edit.text}`);
    await hydrated(page);
    const tool = page.locator(`[data-tool="${id}"]`);
    await tool.getByRole('button', { name: 'Copy link' }).click();
    expect(await tool.locator('input.kit-copy-field').inputValue()).toBe(
      `${baseUrl()}/tools/${id}/?${edit.param}=${edit.text}`,
    );
    await tool.getByRole('button', { name: 'Embed' }).click();
    const snippet = await tool.locator('textarea.kit-copy-field').inputValue();
    expect(snippet).toContain(`<iframe src="${baseUrl()}/embed/${id}/?${edit.param}=${edit.text}"`);
    expect(snippet).toContain(`<script src="${baseUrl()}/embed.js" async></script>`);
    await page.context().close();
  });

  it('resizes its iframe on another origin to fit, and ignores height messages from elsewhere', async () => {
    const site = baseUrl();
    const query = new URLSearchParams({ base: site, tool: id, query: `${edit.param}=${edit.text}` });
    const { page, log } = await browser.open(`${inject('otherOrigin')}/embed.html?${query}`);
    const iframe = page.locator('iframe[data-breakeven-embed]');
    const frame = page.frameLocator('iframe[data-breakeven-embed]');
    const embedFrame = () => page.frames().find((candidate) => candidate.url().startsWith(`${site}/embed/${id}/`));
    await expect.poll(() => embedFrame() !== undefined).toBe(true);
    const inner = embedFrame()!;
    await inner.waitForLoadState('load');
    await hydrated(inner);
    const frameHeight = () => iframe.evaluate((element) => element.getBoundingClientRect().height);
    const contentHeight = () =>
      inner.evaluate(() => document.getElementById('embed-root')!.getBoundingClientRect().height);
    await expect.poll(async () => Math.abs((await frameHeight()) - (await contentHeight()))).toBeLessThanOrEqual(1);
    expect(await frameHeight()).toBeGreaterThan(600);
    // The embed page keeps the query parameters of the tool page.
    expect(await value(frame.locator(`[data-tool="${id}"]`), edit.metric)).toBe(edit.after);

    const before = await frameHeight();
    await frame.locator('.kit-math summary').click();
    await expect.poll(frameHeight).toBeGreaterThan(before + 100);
    await expect.poll(async () => Math.abs((await frameHeight()) - (await contentHeight()))).toBeLessThanOrEqual(1);

    // A message from the host page itself (wrong origin, wrong source) must not move the frame.
    const settled = await frameHeight();
    await page.evaluate(() => window.postMessage({ type: 'breakeven:embed-height', height: 40 }, '*'));
    await page.waitForTimeout(300);
    expect(await frameHeight()).toBe(settled);
    expect(log.errors).toEqual([]);
    expect(log.external).toEqual([]);
    await page.context().close();
  });
});

describe('the bare embed page', () => {
  it('is noindex, canonical to the tool page, and left out of the sitemap', async () => {
    const { page } = await browser.open('/embed/reserved-instance-roi/');
    expect(await page.getAttribute('meta[name="robots"]', 'content')).toBe('noindex');
    expect(await page.getAttribute('link[rel="canonical"]', 'href')).toMatch(/\/tools\/reserved-instance-roi\/$/);
    expect(await page.locator('.site-header').count()).toBe(0);
    const sitemap = await (await fetch(new URL('/sitemap-0.xml', baseUrl()))).text();
    expect(sitemap).not.toContain('/embed/');
    expect(sitemap).toContain('/tools/reserved-instance-roi/');
    await page.context().close();
  });
});

describe('an MDX post with both tools', () => {
  const path = '/articles/reserve-later-migrate-sooner/';

  it('renders both with their presets, unique ids, and independent state', async () => {
    const { page, log } = await browser.open(path);
    const ri = page.locator('[data-tool="reserved-instance-roi"]');
    const oracle = page.locator('[data-tool="oracle-to-postgres-savings"]');
    await hydrateTool(page, 'reserved-instance-roi');
    await hydrateTool(page, 'oracle-to-postgres-savings');

    const duplicates = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
      return ids.filter((id, index) => ids.indexOf(id) !== index);
    });
    expect(duplicates).toEqual([]);

    // Reference figures: commit now $5,000 vs one class down and reserved $3,500; 8 licences, $380,000 list, $83,600 support.
    expect(await value(ri, 'compare.monthly.commitNow')).toBe('5000');
    expect(await value(ri, 'compare.monthly.rightSize')).toBe('3500');
    expect(await value(oracle, 'licences')).toBe('8');
    expect(await value(oracle, 'licenceList')).toBe('380000');
    expect(await value(oracle, 'supportYear1')).toBe('83600');

    const oracleBefore = await figures(oracle);
    await ri.locator('input[name="qty"]').fill('2');
    await expect.poll(() => value(ri, 'compare.monthly.commitNow')).toBe('10000');
    expect(await figures(oracle)).toEqual(oracleBefore);
    // In a post the tools leave the address bar alone: two tools would fight over it.
    expect(new URL(page.url()).search).toBe('');
    expect(log.errors).toEqual([]);
    await page.context().close();
  });
});
