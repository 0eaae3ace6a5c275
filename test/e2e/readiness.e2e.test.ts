/**
 * Migration readiness in Chromium: paste a schema, watch PGlite load and the statements run, read the score,
 * download the converted DDL (and run it), cancel, every bad input's message, the watchdog restarting past a
 * statement that hangs, the hours link into the savings calculator, settings in the URL and the script kept across
 * a reload; screenshots and axe on the finished report.
 */
import { mkdir, readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { PGlite } from '@electric-sql/pglite';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { inputMessages } from '../../src/lib/readiness/engine/input';
import { reportSchema } from '../../src/lib/readiness/report/report';
import { baseUrl, useBrowser, type PageLog } from './support';

const browser = useBrowser();
const path = '/tools/migration-readiness/';
const oracle = await readFile('public/examples/readiness/oracle.sql', 'utf8');
const sqlserver = await readFile('public/examples/readiness/sqlserver.sql', 'utf8');
/** An analysis loads PGlite (about 16 MB) and starts PostgreSQL: allow for a busy two-core machine. */
const analysisTimeout = 120_000;

async function openTool(query = '', options = {}): Promise<{ page: Page; log: PageLog }> {
  const opened = await browser.open(`${path}${query}`, options);
  await opened.page.waitForFunction(() => {
    const island = document.querySelector('[data-tool="migration-readiness"]')?.closest('astro-island');
    return island !== null && island !== undefined && !island.hasAttribute('ssr');
  });
  return opened;
}

const tool = (page: Page) => page.locator('[data-tool="migration-readiness"]');
const metric = (page: Page, key: string) =>
  tool(page).locator(`[data-metric="${key}"]`).first().getAttribute('data-value');

/** Pastes a script and waits for the page to have read it (dialect detected). */
async function paste(page: Page, script: string) {
  await tool(page).locator('textarea[name="script"]').fill(script);
  await expect.poll(() => metric(page, 'detectedDialect')).not.toBe('');
}

/** Starts the analysis and returns once the report is on screen. */
async function analyse(page: Page) {
  await tool(page).getByRole('button', { name: 'Analyse in PostgreSQL' }).click();
  await tool(page).locator('.mr-report').waitFor({ timeout: analysisTimeout });
}

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    tool(page).getByRole('button', { name: button }).click(),
  ]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

describe('migration readiness', () => {
  it(
    'analyses a pasted schema with progress, shows the score, and downloads DDL that runs in PostgreSQL',
    async () => {
      const { page, log } = await openTool();
      await paste(page, oracle);
      expect(await metric(page, 'detectedDialect')).toBe('oracle');
      // Nothing of PGlite before the visitor asks for it.
      expect(log.scripts.some((url) => /readiness-worker|pglite/.test(url))).toBe(false);

      const phases = new Set<string>();
      const watch = setInterval(async () => {
        const phase = await tool(page)
          .locator('.mr-progress')
          .getAttribute('data-phase', { timeout: 50 })
          .catch(() => null);
        if (phase) phases.add(phase);
      }, 50);
      await analyse(page);
      clearInterval(watch);
      expect(phases.has('loading-engine') || phases.has('analysing')).toBe(true);

      const score = Number(await metric(page, 'score'));
      const hours = Number(await metric(page, 'hours'));
      expect(score).toBeGreaterThan(0);
      expect(score).toBeLessThan(100);
      expect(hours).toBeGreaterThan(0);
      expect(await metric(page, 'level')).toMatch(/^[ABC]-[1-5]$/);
      expect(Number(await metric(page, 'outcome.manual'))).toBeGreaterThan(0);
      expect(await tool(page).locator('.kit-bar-chart svg rect.kit-bar-seg').count()).toBeGreaterThan(5);
      expect(await tool(page).locator('.mr-finding[data-severity="critical"]').count()).toBeGreaterThan(0);

      const ddl = await download(page, 'Converted DDL (.sql)');
      expect(ddl.name).toBe('oracle-schema-postgres.sql');
      expect(ddl.text).toMatch(/^-- Converted from oracle to PostgreSQL/);
      expect(ddl.text).toContain(`Score ${score}/100`);
      expect(ddl.text).toMatch(/^CREATE TABLE customers \(/m);
      expect(ddl.text).toMatch(/^-- {3}\[type\.varchar2\] /m);
      // SDO_GEOMETRY needs PostGIS: the table loads with the shapes as WKB, and the export says how to finish.
      expect(ddl.text).toMatch(/^CREATE TABLE stores \(/m);
      expect(ddl.text).toMatch(/^-- .*Spatial columns need PostGIS/m);
      const pg = await PGlite.create();
      try {
        await pg.exec(ddl.text);
        const tables = await pg.query<{ n: string }>(
          "SELECT tablename AS n FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
        );
        expect(tables.rows.map((row) => row.n)).toEqual(expect.arrayContaining(['customers', 'orders', 'stores']));
      } finally {
        await pg.close();
      }

      const json = await download(page, 'Report (JSON)');
      const parsed = reportSchema.parse(JSON.parse(json.text));
      expect(parsed.summary.score).toBe(score);
      const csv = await download(page, 'Objects (CSV)');
      expect(csv.text.split('\n')[0]).toBe(
        'id,kind,name,table,start_line,end_line,outcome,units,rules,reason,postgres_error',
      );
      expect(csv.text.trim().split('\n')).toHaveLength(parsed.objects.length + 1);

      // An object opens with its source and the converted SQL side by side.
      await tool(page).locator('tr[data-outcome="manual"] .mr-expand').first().click();
      const detail = tool(page).locator('tr.mr-detail');
      await expect.poll(() => detail.locator('pre').count()).toBe(2);

      // The hours travel into the savings calculator.
      const link = tool(page).locator('a.mr-handoff-link');
      const carried = await link.getAttribute('data-hours');
      expect(Number(carried)).toBeCloseTo(hours, 1);
      await link.click();
      await page.waitForURL(/\/tools\/oracle-to-postgres-savings\//);
      await page.waitForFunction(() => !document.querySelector('astro-island')?.hasAttribute('ssr'));
      const savings = page.locator('[data-tool="oracle-to-postgres-savings"]');
      expect(await savings.locator('input[name="hours"]').inputValue()).toBe(carried);
      expect(await savings.locator('.kit-notices').count()).toBe(0);

      expect(log.external).toEqual([]);
      expect(log.errors).toEqual([]);
      await page.context().close();
    },
    analysisTimeout * 2,
  );

  it('gives every bad input its own message and keeps what was entered', async () => {
    const { page, log } = await openTool();
    const problem = tool(page).locator('.mr-problem');
    const analyseButton = tool(page).getByRole('button', { name: 'Analyse in PostgreSQL' });
    const textarea = tool(page).locator('textarea[name="script"]');
    const fileInput = tool(page).locator('input[type="file"]');

    await analyseButton.click();
    await expect.poll(() => problem.textContent()).toBe(inputMessages.empty);
    expect(await problem.getAttribute('role')).toBe('alert');

    await textarea.fill('Please find our database design attached, thanks.');
    await analyseButton.click();
    await expect.poll(() => problem.textContent()).toBe(inputMessages.notSql);

    await textarea.fill(sqlserver);
    await fileInput.setInputFiles({
      name: 'diagram.sql',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    });
    await expect.poll(() => problem.textContent()).toBe(`diagram.sql: ${inputMessages.binary}`);
    expect(await textarea.inputValue()).toBe(sqlserver);

    await fileInput.setInputFiles({
      name: 'huge.sql',
      mimeType: 'application/sql',
      buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 0x20),
    });
    await expect.poll(() => problem.textContent()).toBe(`huge.sql: ${inputMessages.tooLarge}`);
    expect(await textarea.inputValue()).toBe(sqlserver);

    // SQL Server Management Studio saves UTF-16 with a byte-order mark: read as text, dialect detected.
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('CREATE TABLE [dbo].[t] ([id] INT IDENTITY(1,1));\nGO\n', 'utf16le'),
    ]);
    await fileInput.setInputFiles({ name: 'ssms.sql', mimeType: 'application/sql', buffer: utf16 });
    await expect.poll(() => textarea.inputValue()).toContain('CREATE TABLE [dbo].[t]');
    await expect.poll(() => metric(page, 'detectedDialect')).toBe('sqlserver');
    expect(await problem.count()).toBe(0);
    expect(log.errors).toEqual([]);
    await page.context().close();
  });

  it(
    'reports a statement that cannot be parsed with its line, and analyses the rest',
    async () => {
      const { page, log } = await openTool('?dialect=postgres');
      await paste(page, "CREATE TABLE a (x int);\nCREATE TABLE b (y varchar(10) DEFAULT 'oops);\n");
      await analyse(page);
      await tool(page).locator('.mr-filters select').last().selectOption('all');
      const rows = tool(page).locator('.mr-table tbody tr[data-object]');
      await expect.poll(() => rows.count()).toBe(2);
      expect(await rows.nth(0).getAttribute('data-outcome')).toBe('as-is');
      expect(await rows.nth(1).getAttribute('data-outcome')).toBe('manual');
      expect(await rows.nth(1).locator('td.mr-line').textContent()).toBe('2');
      expect(await rows.nth(1).locator('.mr-why').textContent()).toBe(
        'cannot be parsed: Unterminated string starting at line 2',
      );
      expect(log.external).toEqual([]);
      await page.context().close();
    },
    analysisTimeout,
  );

  it(
    'analyses a big script twice with the same result: the worker starts a fresh PostgreSQL after it',
    async () => {
      const { page, log } = await openTool('?dialect=postgres');
      // More statements than one transaction holds (256): the analysis commits, and leaves the tables behind.
      await paste(
        page,
        Array.from({ length: 300 }, (_, k) => `CREATE TABLE big_${k} (id int PRIMARY KEY);`).join('\n'),
      );
      await analyse(page);
      const first = await tool(page).locator('.mr-report').getAttribute('data-report');
      expect(await metric(page, 'score')).toBe('100');
      await tool(page).getByRole('button', { name: 'Analyse in PostgreSQL' }).click();
      await expect
        .poll(() => tool(page).locator('.mr-report').getAttribute('data-report'), { timeout: analysisTimeout })
        .not.toBe(first);
      // Had the first run's tables stayed, every CREATE TABLE would fail with "already exists".
      expect(await metric(page, 'score')).toBe('100');
      expect(log.errors).toEqual([]);
      expect(log.external).toEqual([]);
      await page.context().close();
    },
    analysisTimeout,
  );

  it(
    'cancels, and keeps the script and the settings',
    async () => {
      const { page, log } = await openTool('?limit=30');
      await paste(page, oracle);
      await tool(page).getByRole('button', { name: 'Analyse in PostgreSQL' }).click();
      await tool(page).locator('.mr-progress').waitFor();
      await tool(page).getByRole('button', { name: 'Cancel' }).click();
      const message = tool(page).locator('.mr-run-error[data-kind="cancelled"]');
      await message.waitFor({ timeout: 10_000 });
      expect(await message.textContent()).toMatch(/cancelled/);
      expect(await tool(page).locator('.mr-report').count()).toBe(0);
      expect(await tool(page).locator('textarea[name="script"]').inputValue()).toBe(oracle);
      expect(new URL(page.url()).searchParams.get('limit')).toBe('30');
      expect(log.external).toEqual([]);
      await page.context().close();
    },
    analysisTimeout,
  );

  it(
    'stops a batch that hangs PostgreSQL, finds the statement, restarts without it and reports it (watchdog)',
    async () => {
      const { page, log } = await openTool('?limit=2');
      // The worker is served wrapped: the real one runs, but its thread spins forever, exactly like a statement
      // PGlite cannot interrupt, when it announces the first batch of statements (orders is in it), and on the
      // next attempt, which runs that batch one by one, when it announces CREATE TABLE orders. The attempt after,
      // which skips orders, runs free.
      let wrapped = 0;
      await page.route(/\/_astro\/readiness-worker[^/?]*\.js$/, async (route) => {
        wrapped++;
        const real = `${route.request().url()}?real`;
        await route.fulfill({
          contentType: 'text/javascript',
          body: `import ${JSON.stringify(real)};
let hangOn = 'batch';
const post = self.postMessage.bind(self);
self.postMessage = (message) => {
  post(message);
  if (message.type !== 'statement') return;
  const { batch, kind, name } = message.statement;
  if (hangOn === 'batch' && batch) for (;;) {}
  if (hangOn === 'orders' && !batch && kind === 'table' && name === 'orders') for (;;) {}
};
self.addEventListener('message', (event) => {
  if (event.data.type !== 'start') return;
  hangOn = (event.data.skip ?? []).length ? 'nothing' : (event.data.unbatch ?? []).length ? 'orders' : 'batch';
});`,
        });
      });
      await paste(page, oracle);
      await tool(page).getByRole('button', { name: 'Analyse in PostgreSQL' }).click();
      const notice = tool(page).locator('.mr-skipped li');
      await notice.waitFor({ timeout: analysisTimeout });
      expect(await notice.textContent()).toMatch(/^Table orders \(line \d+\) did not finish within 2 s/);
      await tool(page).locator('.mr-report').waitFor({ timeout: analysisTimeout });
      expect(wrapped).toBe(3);

      await tool(page).locator('#tool-migration-readiness-find').fill('orders');
      const orders = tool(page).locator('tr[data-object]', {
        has: page.locator('.mr-expand', { hasText: /^.orders$/ }),
      });
      await expect.poll(() => orders.first().getAttribute('data-outcome')).toBe('manual');
      expect(await orders.first().locator('.mr-why').textContent()).toMatch(/^did not finish within 2 s in PostgreSQL/);
      // Objects that need the orders table are incidental, not lost.
      expect(await tool(page).locator('tr[data-outcome="incidental"]').count()).toBeGreaterThan(0);
      expect(await tool(page).locator('.mr-report .kit-warnings li').textContent()).toMatch(
        /orders .* did not finish within 2 s/,
      );
      expect(log.external).toEqual([]);
      await page.context().close();
    },
    analysisTimeout * 3,
  );

  it(
    'keeps settings in the URL and the script across a reload; edited weights recompute at once',
    async () => {
      const { page, log } = await openTool('?dialect=oracle&limit=7&w.ora.when-others=20');
      expect(await tool(page).locator('select[name="dialect"]').inputValue()).toBe('oracle');
      expect(await tool(page).locator('input[name="limit"]').inputValue()).toBe('7');
      await paste(page, oracle);
      // The script is kept in this tab, never in the URL.
      await expect
        .poll(() => page.evaluate(() => sessionStorage.getItem('breakeven:migration-readiness:script')))
        .toContain('CREATE TABLE customers');
      expect(page.url()).not.toContain('customers');
      await page.reload();
      await page.waitForFunction(() => !document.querySelector('astro-island')?.hasAttribute('ssr'));
      await expect.poll(() => tool(page).locator('textarea[name="script"]').inputValue()).toBe(oracle);
      expect(await tool(page).locator('input[name="limit"]').inputValue()).toBe('7');

      await analyse(page);
      await tool(page).locator('.mr-model summary').click();
      const weight = tool(page).locator('input[name="w.ora.when-others"]');
      expect(await weight.inputValue()).toBe('20');
      const unitsBefore = Number(await metric(page, 'units'));
      // One WHEN OTHERS in the fixture: back to ora2pg's 10 takes 10 units off, without running PostgreSQL again.
      await weight.fill('10');
      await expect.poll(async () => Number(await metric(page, 'units'))).toBeCloseTo(unitsBefore - 10, 5);
      const units = Number(await metric(page, 'units'));
      expect(Number(await metric(page, 'hours'))).toBeCloseTo(Math.round(((units * 5) / 60) * 100) / 100, 5);
      await expect.poll(() => new URL(page.url()).searchParams.has('w.ora.when-others')).toBe(false);
      await tool(page).locator('input[name="u.table"]').fill('0.5');
      await expect.poll(() => new URL(page.url()).searchParams.get('u.table')).toBe('0.5');

      // A bad setting in a link falls back with a notice.
      const bad = await openTool('?w.ora.when-others=-1');
      await expect
        .poll(() => bad.page.locator('.kit-notices').textContent())
        .toMatch(/WHEN OTHERS handler: “-1” is not valid/);
      await bad.page.context().close();
      expect(log.external).toEqual([]);
      expect(log.errors).toEqual([]);
      await page.context().close();
    },
    analysisTimeout,
  );

  it(
    'looks like a report on desktop and phone, light and dark, with no axe violation (screenshots saved)',
    async () => {
      await mkdir('test/artifacts/screenshots', { recursive: true });
      const { page, log } = await openTool('', { deviceScaleFactor: 1 });
      await paste(page, oracle);
      await analyse(page);
      await tool(page).locator('tr[data-outcome="manual"] .mr-expand').first().click();
      await tool(page).locator('.mr-model summary').click();
      for (const size of [
        { label: 'desktop', width: 1280, height: 900 },
        { label: 'phone', width: 390, height: 844 },
      ]) {
        await page.setViewportSize({ width: size.width, height: size.height });
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          await page.waitForTimeout(150);
          await page.screenshot({
            path: `test/artifacts/screenshots/tool-migration-readiness-report-${size.label}-${scheme}.png`,
            fullPage: true,
          });
          if (size.label === 'phone') {
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            expect(overflow).toBeLessThanOrEqual(0);
          }
          const axe = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
            .analyze();
          const findings = axe.violations.map((violation) => ({
            rule: violation.id,
            targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
          }));
          expect(findings, `${size.label} ${scheme}: ${JSON.stringify(findings, null, 2)}`).toEqual([]);
        }
      }
      // The printable view: everything the report holds, on white.
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.emulateMedia({ media: 'print', colorScheme: 'light' });
      await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
      await expect.poll(() => page.locator('.mr-printing').count()).toBe(1);
      expect(await tool(page).locator('.mr-input').isVisible()).toBe(false);
      expect(await tool(page).locator('.mr-report').isVisible()).toBe(true);
      await page.screenshot({
        path: 'test/artifacts/screenshots/tool-migration-readiness-report-print.png',
        fullPage: true,
      });
      expect(log.external).toEqual([]);
      expect(log.errors).toEqual([]);
      await page.context().close();
    },
    analysisTimeout * 2,
  );

  it('embeds on another site: the frame fits its content, with the settings of the link', async () => {
    const site = baseUrl();
    const query = new URLSearchParams({ base: site, tool: 'migration-readiness', query: 'limit=30' });
    const { page, log } = await browser.open(`${inject('otherOrigin')}/embed.html?${query}`);
    const frameOf = () => page.frames().find((frame) => frame.url().startsWith(`${site}/embed/migration-readiness/`));
    await expect.poll(() => frameOf() !== undefined).toBe(true);
    const inner = frameOf()!;
    await inner.waitForLoadState('load');
    await inner.waitForFunction(() => !document.querySelector('astro-island')?.hasAttribute('ssr'));
    expect(await inner.locator('input[name="limit"]').inputValue()).toBe('30');
    const iframe = page.locator('iframe[data-breakeven-embed]');
    const frameHeight = () => iframe.evaluate((element) => element.getBoundingClientRect().height);
    const contentHeight = () =>
      inner.evaluate(() => document.getElementById('embed-root')!.getBoundingClientRect().height);
    await expect.poll(async () => Math.abs((await frameHeight()) - (await contentHeight()))).toBeLessThanOrEqual(1);
    expect(await frameHeight()).toBeGreaterThan(600);
    expect(log.external).toEqual([]);
    expect(log.errors).toEqual([]);
    await page.context().close();
  });
});
