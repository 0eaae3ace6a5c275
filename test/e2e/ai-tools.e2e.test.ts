/**
 * What the AI tools do beyond the kit's shared behaviour (tools.e2e.test.ts covers editing, URL round trips,
 * CSV, bad parameters, share and embed for the feature cost and coding ROI tools): the 9× example, unpriced
 * models, the row editors, and the token counter with the real worker.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { countTokens as countCl100k } from 'gpt-tokenizer/encoding/cl100k_base';
import { countTokens as countO200k } from 'gpt-tokenizer/encoding/o200k_base';
import type { Page } from 'playwright-core';
import { estimateTokenCount } from 'tokenx';
import { describe, expect, it } from 'vitest';
import { sampleText } from '../bench/llm-cost';
import { useBrowser } from './support';
import { downloadCsv, figures, hydrated, parseCsv, value } from './tool-helpers';

const browser = useBrowser();

describe('llm-feature-cost', () => {
  const path = '/tools/llm-feature-cost/';

  it('loads the 9× example and shows 9× against its baseline, kept in the link', async () => {
    const { page, log } = await browser.open(path);
    await hydrated(page);
    const tool = page.locator('[data-tool="llm-feature-cost"]');
    await tool.locator('[data-example="compounding"]').click();
    const ratio = tool.locator('[data-metric="compare.monthly.ratio"]');
    await expect.poll(() => ratio.textContent()).toBe('9×');
    // $0.018 against $0.002 a request: 4,000 tokens × $3/M × 1.5 attempts against 2,000 × $1/M.
    expect(Number(await ratio.getAttribute('data-value'))).toBeCloseTo(9, 9);
    expect(Number(await value(tool, 'compare.perRequest.baseline'))).toBeCloseTo(0.002, 12);
    expect(Number(await value(tool, 'compare.perRequest.current'))).toBeCloseTo(0.018, 12);
    expect(await tool.locator('.kit-compare').textContent()).toMatch(
      /prompt tokens per call 2×.*3×.*1\.5×; together 9×/,
    );
    const params = new URL(page.url()).searchParams;
    expect(params.get('mix')).toBe('claude-sonnet-4-6:100');
    expect(params.get('vs')).toBe('1');
    expect(params.get('vs.mix')).toBe('claude-haiku-4-5:100');

    await page.reload();
    await hydrated(page);
    await expect.poll(() => tool.locator('[data-metric="compare.monthly.ratio"]').textContent()).toBe('9×');
    await tool.getByRole('button', { name: 'Clear the baseline' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.has('vs')).toBe(false);
    expect(log.errors).toEqual([]);
    await page.context().close();
  });

  it('lists a model without a price as unpriced, apart from the ranking, never at $0', async () => {
    const { page } = await browser.open(`${path}?prices=gpt-4o:input:`);
    await hydrated(page);
    const tool = page.locator('[data-tool="llm-feature-cost"]');
    const unranked = tool.locator('[data-table="unranked"]');
    await expect.poll(() => unranked.locator('tbody tr').count()).toBe(1);
    expect(await unranked.locator('tbody tr').textContent()).toMatch(/GPT-4o.*unpriced/);
    await tool.locator('[data-table="ranking"] .kit-table-more').click();
    expect(await tool.locator('[data-table="ranking"] tbody tr').count()).toBe(53);
    expect(await tool.locator('[data-metric^="ranking.gpt-4o."]').count()).toBe(0);
    await page.context().close();

    // The same model in the mix: no estimate at all rather than a wrong one.
    const mixed = await browser.open(`${path}?mix=gpt-4o:100&prices=gpt-4o:input:`);
    await hydrated(mixed.page);
    const again = mixed.page.locator('[data-tool="llm-feature-cost"]');
    expect(await again.locator('.kit-verdict').textContent()).toMatch(/cannot be priced.*GPT-4o has no input price/);
    const monthly = again.locator('.kit-figure[data-metric="monthly"]');
    expect(await monthly.getAttribute('data-value')).toBe('');
    expect(await monthly.locator('.kit-figure-value').textContent()).toBe('unpriced');
    await mixed.page.context().close();
  });

  it('edits the model mix and the prices in row editors, and keeps both in the link', async () => {
    const { page, log } = await browser.open(path);
    await hydrated(page);
    const tool = page.locator('[data-tool="llm-feature-cost"]');
    const before = await value(tool, 'monthly');
    const mix = tool.locator('[data-field="mix"]');
    await mix.getByRole('button', { name: 'Add a model' }).click();
    await mix.locator('.kit-row').nth(1).locator('select').selectOption('gpt-5.4-mini');
    await mix.locator('.kit-row').nth(0).getByLabel('Share of calls').fill('60');
    // 60 + 0 is not 100 %: the error names the rule and the results keep the last valid mix.
    await expect.poll(() => mix.locator('.kit-error').textContent()).toMatch(/add up to 60 %/);
    expect(await value(tool, 'monthly')).toBe(before);
    await mix.locator('.kit-row').nth(1).getByLabel('Share of calls').fill('40');
    await expect.poll(() => new URL(page.url()).searchParams.get('mix')).toBe('claude-sonnet-4-5:60,gpt-5.4-mini:40');
    expect(await value(tool, 'monthly')).not.toBe(before);
    expect(await tool.locator('[data-table="models"] tbody tr').count()).toBe(2);

    const prices = tool.locator('[data-field="prices"]');
    await prices.getByRole('button', { name: 'Edit a price' }).click();
    // The new row starts from the catalog: Sonnet 4.5's input price, $3 per million.
    expect(await prices.getByLabel('Per million tokens').inputValue()).toBe('3');
    await prices.getByLabel('Per million tokens').fill('6');
    await expect.poll(() => value(tool, 'prices.claude-sonnet-4-5.input')).toBe('6');
    // The link is rewritten in an effect after the render that shows the new figure: poll it too.
    await expect.poll(() => new URL(page.url()).searchParams.get('prices')).toBe('claude-sonnet-4-5:input:6');
    expect(log.errors).toEqual([]);
    await page.context().close();
  });
});

describe('ai-coding-assistant-roi', () => {
  it('shows 1.27 % for a $200 seat at the BLS figures, and 1.5 % at $160,000 loaded', async () => {
    const { page } = await browser.open('/tools/ai-coding-assistant-roi/');
    await hydrated(page);
    const tool = page.locator('[data-tool="ai-coding-assistant-roi"]');
    // 200 × 12 ÷ (133,080 × 1.42) = 1.2700 %.
    expect(Number(await value(tool, 'breakEven'))).toBeCloseTo(1.2700186, 6);
    expect(await tool.locator('.kit-figure[data-metric="breakEven"] .kit-figure-value').textContent()).toBe('1.27%');
    expect(await tool.locator('[data-field="salary"] .kit-source').textContent()).toMatch(/BLS.*2024-05/);
    await tool.locator('[data-example="market-salary"]').click();
    await expect.poll(() => value(tool, 'breakEven')).toBe('1.5');
    await page.context().close();
  });

  it('plans budgets per developer and repository in the folded planner, kept in the link', async () => {
    const { page, log } = await browser.open('/tools/ai-coding-assistant-roi/');
    await hydrated(page);
    const tool = page.locator('[data-tool="ai-coding-assistant-roi"]');
    await tool.locator('.kit-group-collapsed > summary').click();
    const budgets = tool.locator('[data-field="budgets"]');
    await budgets.getByRole('button', { name: 'Add a budget' }).click();
    const row = budgets.locator('.kit-row').last();
    await row.getByLabel('For').selectOption('developer');
    await row.getByLabel('Name').fill('ana');
    await row.getByLabel(/, Per$/).selectOption('week');
    await row.getByLabel('Limit').fill('100');
    // ana spends $24 a working day: $120 a week against $100, over the hard limit.
    await expect
      .poll(() => tool.locator('[data-table="checks"] tbody tr').last().textContent())
      .toMatch(/ana, per week.*\$120.*stop \(hard\)/);
    await expect.poll(() => new URL(page.url()).searchParams.get('budgets')).toMatch(/developer:ana:week:100:80$/);
    expect(log.errors).toEqual([]);
    await page.context().close();
  });
});

/** Our tokenizer fixtures (English, German, CJK, RTL, emoji, code, special-token text), joined. */
async function mixedText(): Promise<string> {
  const dir = resolve('test/fixtures/tokenizer-texts');
  const names = ['english.txt', 'german.txt', 'cjk.txt', 'rtl.txt', 'emoji.txt', 'code.ts.txt', 'special.txt'];
  return (await Promise.all(names.map((name) => readFile(join(dir, name), 'utf8')))).join('\n');
}

/** Scripts the page (not its workers) fetched so far. */
const fetchedScripts = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));

describe('prompt-token-counter', () => {
  const path = '/tools/prompt-token-counter/';

  it('counts a pasted text exactly for OpenAI encodings and marks the estimate, loading the worker only then', async () => {
    const { page, log } = await browser.open(path);
    await hydrated(page);
    const tool = page.locator('[data-tool="prompt-token-counter"]');
    expect((await fetchedScripts(page)).some((url) => /tokenizer-worker/.test(url))).toBe(false);

    const text = await mixedText();
    await tool.getByLabel('Also count with cl100k_base').check();
    await tool.getByLabel('Prompt or document').fill(text);
    await expect.poll(() => value(tool, 'o200k'), { timeout: 30_000 }).not.toBe('');
    await expect.poll(() => value(tool, 'cl100k'), { timeout: 30_000 }).not.toBe('');
    expect((await fetchedScripts(page)).some((url) => /tokenizer-worker/.test(url))).toBe(true);

    // Exact: the same counts as gpt-tokenizer in Node, special-token text counted as plain text.
    const plain = { disallowedSpecial: new Set<string>() };
    expect(Number(await value(tool, 'o200k'))).toBe(countO200k(text, plain));
    expect(Number(await value(tool, 'cl100k'))).toBe(countCl100k(text, plain));
    // Estimated, and shown with ≈.
    expect(Number(await value(tool, 'estimate'))).toBe(estimateTokenCount(text));
    expect(await tool.locator('.kit-figure[data-metric="estimate"] .kit-figure-value').textContent()).toMatch(/^≈ /);
    await tool.locator('[data-table="costs"] .kit-table-more').click();
    const claude = tool.locator('[data-metric="costs.claude-sonnet-4-5.tokens"]');
    expect(await claude.textContent()).toMatch(/^≈ /);
    expect(await tool.locator('[data-metric="costs.gpt-5.tokens"]').textContent()).toMatch(/^\d/);
    expect(await tool.locator('[data-metric="costs.gpt-5.tokens"]').getAttribute('data-value')).toBe(
      String(countO200k(text, plain)),
    );

    // The text is never in the link, and not in the CSV either.
    await expect.poll(() => new URL(page.url()).search).toBe('?cl100k=1');
    const { text: csv } = await downloadCsv(page, tool);
    const rows = parseCsv(csv);
    expect(rows.find((row) => row[0] === 'figure' && row[1] === 'o200k')?.[3]).toBe(String(countO200k(text, plain)));
    for (const line of text.split('\n').filter((candidate) => candidate.trim().length > 12)) {
      expect(csv).not.toContain(line.trim());
    }
    expect(log.errors).toEqual([]);
    await page.context().close();
  });

  it('stays usable while it loads and counts 100 KB, with progress shown', async () => {
    const { page, log } = await browser.open(path);
    await hydrated(page);
    const tool = page.locator('[data-tool="prompt-token-counter"]');
    // Record every status line the page shows.
    await page.evaluate(() => {
      const status = document.querySelector('.prompt-status')!;
      const seen: string[] = [];
      (window as unknown as { statuses: string[] }).statuses = seen;
      new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, {
        childList: true,
        subtree: true,
        characterData: true,
      });
    });
    const text = await sampleText(100_000);
    await tool.getByLabel('Prompt or document').fill(text);
    // While the worker loads and counts, the inputs answer.
    await tool.locator('input[name="sends"]').fill('1000');
    expect(await tool.locator('input[name="sends"]').inputValue()).toBe('1000');
    await expect
      .poll(() => value(tool, 'o200k'), { timeout: 60_000 })
      .toBe(String(countO200k(text, { disallowedSpecial: new Set() })));
    const statuses = await page.evaluate(() => (window as unknown as { statuses: string[] }).statuses);
    expect(statuses.some((status) => /Loading the o200k_base encoding|Counting with o200k_base/.test(status))).toBe(
      true,
    );
    expect(statuses.at(-1)).toMatch(/Counted 100,000 characters/);
    expect(await value(tool, 'characters')).toBe('100000');
    expect(log.errors).toEqual([]);
    await page.context().close();
  });

  it('restores the same figures from its link once the same text is pasted', async () => {
    const text = await mixedText();
    const first = await browser.open(path);
    await hydrated(first.page);
    const tool = first.page.locator('[data-tool="prompt-token-counter"]');
    await tool.locator('select[name="family"]').selectOption('anthropic');
    await tool.locator('input[name="sends"]').fill('1000');
    await tool.locator('.kit-currency select').selectOption('EUR');
    await tool.getByLabel('Prompt or document').fill(text);
    await expect.poll(() => value(tool, 'o200k'), { timeout: 30_000 }).not.toBe('');
    await expect.poll(() => new URL(first.page.url()).search).toBe('?family=anthropic&sends=1000&currency=EUR');
    const shown = await figures(tool);
    expect(Object.keys(shown).some((key) => key.startsWith('costs.gpt'))).toBe(false);

    const second = await browser.open(new URL(first.page.url()).pathname + new URL(first.page.url()).search);
    await hydrated(second.page);
    const restored = second.page.locator('[data-tool="prompt-token-counter"]');
    await restored.getByLabel('Prompt or document').fill(text);
    await expect.poll(() => value(restored, 'o200k'), { timeout: 30_000 }).not.toBe('');
    await expect.poll(() => figures(restored)).toEqual(shown);
    expect(await restored.locator('.kit-figure[data-metric="cheapest"] .kit-figure-value').textContent()).toMatch(/€/);
    await first.page.context().close();
    await second.page.context().close();
  });

  it('forgets the counts when the text is cleared, even while a count is running', async () => {
    const { page } = await browser.open(path);
    await hydrated(page);
    const tool = page.locator('[data-tool="prompt-token-counter"]');
    await tool.getByRole('button', { name: 'Try a sample' }).click();
    await expect.poll(() => value(tool, 'o200k'), { timeout: 30_000 }).not.toBe('');
    await tool.getByLabel('Prompt or document').fill(await sampleText(100_000));
    await tool.getByRole('button', { name: 'Count tokens' }).click();
    await tool.getByRole('button', { name: 'Clear' }).click();
    await page.waitForTimeout(1_000);
    expect(await value(tool, 'o200k')).toBe('');
    expect(await tool.locator('.kit-verdict').textContent()).toMatch(/Paste a prompt/);
    await page.context().close();
  });

  it('falls back on bad URL parameters and says so', async () => {
    const { page } = await browser.open(`${path}?sends=0&family=klingon`);
    await hydrated(page);
    const notice = page.locator('[data-tool="prompt-token-counter"] .kit-notices');
    await expect.poll(() => notice.textContent()).toMatch(/Times the prompt is sent: “0” is not valid/);
    expect(await notice.textContent()).toMatch(/Models to price: “klingon” is not valid/);
    expect(await page.locator('input[name="sends"]').inputValue()).toBe('1');
    await page.context().close();
  });
});

describe('accessibility of the states the sitemap pass does not see (axe, WCAG 2.x A and AA)', () => {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  const violations = async (page: Page) =>
    (await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );

  it.each(['light', 'dark'] as const)(
    'baseline panel, row editors with an error, counted text (%s)',
    async (scheme) => {
      const feature = await browser.open('/tools/llm-feature-cost/', { colorScheme: scheme });
      await hydrated(feature.page);
      const tool = feature.page.locator('[data-tool="llm-feature-cost"]');
      await tool.locator('[data-example="compounding"]').click();
      await tool.locator('[data-field="mix"]').getByRole('button', { name: 'Add a model' }).click();
      await tool.locator('[data-field="mix"] .kit-row').nth(0).getByLabel('Share of calls').fill('150');
      await tool.locator('[data-field="prices"]').getByRole('button', { name: 'Edit a price' }).click();
      await tool.locator('.kit-math summary').click();
      expect(await violations(feature.page)).toEqual([]);
      await feature.page.context().close();

      const counter = await browser.open('/tools/prompt-token-counter/', { colorScheme: scheme });
      await hydrated(counter.page);
      const box = counter.page.locator('[data-tool="prompt-token-counter"]');
      await box.getByRole('button', { name: 'Try a sample' }).click();
      await expect.poll(() => value(box, 'o200k'), { timeout: 30_000 }).not.toBe('');
      expect(await violations(counter.page)).toEqual([]);
      await counter.page.context().close();
    },
  );
});
