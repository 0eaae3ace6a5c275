import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defineTool } from '../../../../src/lib/tool-kit/tool-meta';
import {
  categoryFor,
  loadFeeds,
  RequiredFeedError,
  tagsFor,
  type EntryStore,
  type FeedArticleData,
  type LoadFeedsOptions,
} from '../../../../src/lib/feeds/loader';
import { resolveFeedSources, type ResolvedFeedSource } from '../../../../src/lib/feeds/sources';

/** The store as Astro keeps it between builds, in memory. */
class MemoryStore implements EntryStore {
  entries = new Map<string, { digest?: string; data: FeedArticleData; rendered: { html: string } }>();
  get(id: string) {
    return this.entries.get(id);
  }
  set(entry: { id: string; data: FeedArticleData; digest: string; rendered: { html: string } }) {
    this.entries.set(entry.id, entry);
  }
  delete(id: string) {
    this.entries.delete(id);
  }
  keys() {
    return [...this.entries.keys()];
  }
}

class MemoryLogger {
  lines: string[] = [];
  info = (message: string) => void this.lines.push(`info: ${message}`);
  warn = (message: string) => void this.lines.push(`warn: ${message}`);
  error = (message: string) => void this.lines.push(`error: ${message}`);
}

const site = resolve('test/fixtures/feeds/site');
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'breakeven-loader-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function options(
  sources: ResolvedFeedSource[],
  store = new MemoryStore(),
  logger = new MemoryLogger(),
): Omit<LoadFeedsOptions, 'store' | 'logger'> & { store: MemoryStore; logger: MemoryLogger } {
  return {
    sources,
    store,
    logger,
    cacheDir: join(dir, 'cache'),
    reportFile: join(dir, 'report.json'),
    tools: [],
    defaultAuthor: 'Site Author',
  };
}

const fixtureSources = (...files: string[]) => resolveFeedSources([], files.map((file) => join(site, file)).join(','));

describe('loadFeeds', () => {
  it('imports every valid item once, across RSS, Atom and RDF, and summarises each feed', async () => {
    const run = options(fixtureSources('breakeven-notes.rss.xml', 'field-notes.atom.xml', 'planner.rdf'));
    const report = await loadFeeds(run);
    expect(report.processed).toBe(7);
    expect(run.store.keys().sort()).toEqual([
      'a-pie-chart-the-renderer-does-not-draw',
      'counting-warehouse-credits-before-the-invoice-does',
      'idempotent-batch-jobs',
      'laddering-reserved-instances-a-worked-example',
      'moving-a-time-series-table-to-range-partitions',
      'token-budgets-for-retrieval-pipelines',
      'why-floors-beat-averages',
    ]);
    const [notes, field, planner] = report.feeds;
    expect(notes).toMatchObject({
      id: 'breakeven-notes',
      format: 'rss 2.0',
      read: 8,
      new: 4,
      changed: 0,
      unchanged: 0,
    });
    expect(notes?.skipped).toEqual([
      { label: 'fixture-missing-title', reasons: ['no title'] },
      { label: 'fixture-missing-link', reasons: ['no http(s) link'] },
      { label: 'fixture-missing-date', reasons: ['no valid date'] },
      {
        label: 'https://notes.example.com/blog/why-floors-beat-averages/',
        reasons: ['duplicate guid or link in the same feed'],
      },
    ]);
    expect(field).toMatchObject({ format: 'atom 1.0', read: 3, new: 2 });
    expect(field?.skipped).toEqual([
      {
        label: 'https://notes.example.com/blog/why-floors-beat-averages/',
        reasons: ['already imported from feed "breakeven-notes"'],
      },
    ]);
    expect(planner).toMatchObject({ format: 'rdf 1.0', read: 1, new: 1 });
    expect(run.logger.lines).toContain('warn: feed "breakeven-notes": skipped fixture-missing-title: no title');
    expect(run.logger.lines).toContain(
      'info:   skipped because: no title (1), no http(s) link (1), no valid date (1), duplicate guid or link in the same feed (1)',
    );
    expect(JSON.parse(await readFile(join(dir, 'report.json'), 'utf8'))).toMatchObject({ processed: 7, articles: 7 });
  });

  it('lands the owner’s links from another author’s feed here, and logs what it rewrote and what it could not', async () => {
    const run = options(fixtureSources('field-notes.atom.xml'));
    const ownerTool = defineTool({
      id: 'reserved-instance-roi',
      title: 'Reserved instance ROI',
      summary: 'When a reservation pays for itself, month by month.',
      description: 'Compares on-demand and reserved pricing over the term and finds the month it breaks even.',
      category: 'databases',
      aliases: ['/tools/reserved-instance-roi-calculator/'],
      figuresAsOf: '2026-11-01',
    });
    const report = await loadFeeds({ ...run, tools: [ownerTool], ownerHosts: ['rajivonai.com'] });
    const { rendered } = run.store.get('moving-a-time-series-table-to-range-partitions')!;
    expect(rendered.html).toContain(
      '<a href="/tools/reserved-instance-roi/">owner\'s reserved instance calculator</a>',
    );
    expect(rendered.html).toContain(
      '<a href="https://www.rajivonai.com/talks/partitioning-at-scale/" rel="external" data-owner-link="missing"',
    );
    expect(report.links.rewritten.tool).toBe(1);
    expect(report.links.ownerMissing).toEqual({ 'https://www.rajivonai.com/talks/partitioning-at-scale/': 1 });
    expect(run.logger.lines).toContain(
      'info:   no page here for https://www.rajivonai.com/talks/partitioning-at-scale/ (1 link)',
    );
    expect(
      run.logger.lines.some((line) =>
        /^info: links: 1 rewritten to our pages .*\(0 to articles, 1 to tools/.test(line),
      ),
    ).toBe(true);

    // The same feed and store without owner hosts: the digest changes, so the article is processed again.
    const again = await loadFeeds({ ...run, tools: [ownerTool], ownerHosts: [] });
    expect(again.feeds[0]).toMatchObject({ changed: 3, unchanged: 0 }); // all three entries of the feed
    expect(run.store.get('moving-a-time-series-table-to-range-partitions')!.rendered.html).toContain(
      'href="https://rajivonai.com/tools/reserved-instance-roi-calculator/?utm_source=field"',
    );
  });

  it('fills an article from its item and its source options', async () => {
    const [source] = fixtureSources('field-notes.atom.xml');
    const run = options([
      { ...source!, author: 'Override Author', categoryMap: { database: 'databases' }, canonicalToOriginal: false },
    ]);
    await loadFeeds(run);
    const { data, rendered } = run.store.get('moving-a-time-series-table-to-range-partitions')!;
    expect(data).toMatchObject({
      title: 'Moving a time-series table to range partitions',
      summary: 'Partitioning by month turned a slow nightly delete into a cheap detach.',
      author: 'Override Author',
      category: 'databases',
      tags: ['postgres', 'database'],
      feedId: 'field-notes',
      feedTitle: 'Field Notes Fixture',
      originalUrl: 'https://field.example.org/range-partitions-3xk2',
      canonicalToOriginal: false,
      date: new Date('2026-11-05T12:00:00Z'),
      updated: new Date('2026-11-06T07:15:00Z'),
    });
    expect(data.toc.map((entry) => entry.text)).toEqual(['The shape of the change', 'Dropping old data']);
    expect(rendered.html).toContain('data-language="sql"');
    expect(rendered.html).toContain(
      '<a href="https://field.example.org/2026/10/01/time-series-basics.html">the basics post</a>',
    );
  });

  it('does not process an unchanged item again, and reprocesses only what changed', async () => {
    const copy = join(dir, 'notes.rss.xml');
    const original = await readFile(join(site, 'breakeven-notes.rss.xml'), 'utf8');
    await writeFile(copy, original);
    const run = options(resolveFeedSources([], copy));
    expect((await loadFeeds(run)).processed).toBe(4);
    const warm = await loadFeeds(run);
    expect(warm.processed).toBe(0);
    expect(warm.feeds[0]).toMatchObject({ new: 0, changed: 0, unchanged: 4 });
    await writeFile(
      copy,
      original.replace('Average utilisation hides the quiet hours', 'Mean utilisation hides the quiet hours'),
    );
    const edited = await loadFeeds(run);
    expect(edited.processed).toBe(1);
    expect(edited.feeds[0]).toMatchObject({ new: 0, changed: 1, unchanged: 3 });
    expect(run.store.get('why-floors-beat-averages')?.data.summary).toMatch(/^Mean utilisation/);
  });

  it('reprocesses an item when a tool it links to appears, and points the link at our tool', async () => {
    const run = options(fixtureSources('breakeven-notes.rss.xml'));
    await loadFeeds(run);
    const slug = 'laddering-reserved-instances-a-worked-example';
    expect(run.store.get(slug)?.rendered.html).toContain(
      'href="https://notes.example.com/tools/reserved-instance-roi-calculator/"',
    );
    const tool = defineTool({
      id: 'reserved-instance-roi',
      title: 'Reserved instance ROI',
      summary: 'When a reservation pays for itself, month by month.',
      description:
        'Compares on-demand and reserved pricing over the term and finds the month a reservation breaks even.',
      category: 'databases',
      aliases: ['https://rajivonai.com/tools/reserved-instance-roi-calculator/'],
      figuresAsOf: '2026-11-01',
    });
    const again = await loadFeeds({ ...run, tools: [tool] });
    expect(again.processed).toBe(1);
    expect(run.store.get(slug)?.rendered.html).toContain('href="/tools/reserved-instance-roi/"');
  });

  it('removes articles whose items left the feed', async () => {
    const run = options(fixtureSources('breakeven-notes.rss.xml', 'planner.rdf'));
    await loadFeeds(run);
    const report = await loadFeeds({ ...run, sources: fixtureSources('planner.rdf') });
    expect(report.removed).toBe(4);
    expect(run.store.keys()).toEqual(['counting-warehouse-credits-before-the-invoice-does']);
  });

  it('names a malformed feed and goes on with the others', async () => {
    const run = options(fixtureSources('malformed.rss.xml', 'planner.rdf'));
    const report = await loadFeeds(run);
    expect(report.articles).toBe(1);
    expect(report.feeds[0]?.error).toMatch(/^feed "malformed": malformed XML at line \d+, column \d+/);
    expect(run.logger.lines).toContainEqual(
      expect.stringMatching(/^error: feed "malformed": malformed XML .*; the build goes on without it$/),
    );
  });

  it('fails when a required feed cannot be read, after loading the rest', async () => {
    const [malformed, planner] = fixtureSources('malformed.rss.xml', 'planner.rdf');
    const run = options([{ ...malformed!, required: true }, planner!]);
    await expect(loadFeeds(run)).rejects.toThrow(RequiredFeedError);
    await expect(loadFeeds(run)).rejects.toThrow(
      /A required feed could not be read:\n {2}- feed "malformed": malformed XML/,
    );
    expect(run.store.keys()).toEqual(['counting-warehouse-credits-before-the-invoice-does']);
  });

  it('warns and carries on when a remote feed is unreachable and never cached', async () => {
    const offline = (async () => {
      throw new TypeError('fetch failed: getaddrinfo ENOTFOUND feeds.example.com');
    }) as typeof fetch;
    const source: ResolvedFeedSource = {
      id: 'remote',
      location: { kind: 'url', url: 'https://feeds.example.com/rss.xml' },
      origin: 'config',
      categoryMap: {},
      defaultCategory: 'notes',
      hosts: [],
      canonicalToOriginal: true,
      required: false,
    };
    const run = options([source, ...fixtureSources('planner.rdf')]);
    const report = await loadFeeds({ ...run, fetch: offline });
    expect(report.articles).toBe(1);
    expect(report.feeds[0]?.error).toMatch(/ENOTFOUND feeds.example.com\) and no cached copy exists/);
  });

  it('gives one article per item when two feeds carry the same one, and reserved slugs go elsewhere', async () => {
    const run = options(fixtureSources('breakeven-notes.rss.xml', 'field-notes.atom.xml'));
    await loadFeeds({ ...run, reservedSlugs: ['why-floors-beat-averages'] });
    expect(run.store.keys().filter((key) => key.startsWith('why-floors'))).toEqual(['why-floors-beat-averages-2']);
    const laddering = run.store.get('laddering-reserved-instances-a-worked-example')!;
    expect(laddering.rendered.html).toContain('href="/articles/why-floors-beat-averages-2/"');
  });
});

describe('categoryFor and tagsFor', () => {
  const source = { categoryMap: { 'ai-engineering': 'ai', postgresql: 'databases' }, defaultCategory: 'notes' };
  it.each([
    [['failures', 'postgresql'], 'databases'],
    [['AI Engineering'], 'ai'],
    [['System Design', 'cloud'], 'system-design'],
    [[], 'notes'],
  ])('%j → %s', (categories, expected) => {
    expect(categoryFor(categories, source)).toBe(expected);
  });

  it('makes tags from every feed category, as slugs, without repeats', () => {
    expect(tagsFor(['CI/CD', 'ci-cd', 'Vector DB', ''])).toEqual(['ci-cd', 'vector-db']);
  });
});
