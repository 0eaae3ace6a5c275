/**
 * Inputs of the LLM feature cost estimator: traffic, prompt shape per call, caching, retries, tiers, the model
 * mix and price edits, and how far to pull each lever. Shares are typed in percent; the model adapter turns them
 * into the engine's 0–1 shares.
 */
import { modelOptions, priceEditsField } from '../../lib/ai-tools/catalog-inputs';
import { defaultFeatureWorkload } from '../../lib/llm-cost/presets';
import { choiceField, defineInputs, numberField, toggleField, type InputValues } from '../../lib/tool-kit/fields';
import { listField } from '../../lib/tool-kit/list-field';
import { choiceColumn, numberColumn } from '../../lib/tool-kit/list';

const d = defaultFeatureWorkload;
const tokens = (label: string, param: string, value: number, help: string) =>
  numberField({
    label,
    param,
    group: 'prompt',
    default: value,
    min: 0,
    max: 10_000_000,
    format: 'number',
    unit: 'tokens',
    example: true,
    help,
  });
const caching = (values: Readonly<Record<string, unknown>>) => values.cache !== 'off';
const retrying = (values: Readonly<Record<string, unknown>>) => (values.retryRate as number) > 0;

export const inputs = defineInputs(
  {
    requestsPerDay: numberField({
      label: 'Requests per day',
      param: 'rpd',
      group: 'traffic',
      default: d.requestsPerDay,
      min: 0,
      max: 1_000_000_000,
      format: 'number',
      unit: 'requests',
      example: true,
      help: 'User-facing interactions a day, every day of the month.',
    }),
    users: numberField({
      label: 'Users per month',
      param: 'users',
      group: 'traffic',
      default: d.users,
      min: 1,
      max: 1_000_000_000,
      integer: true,
      format: 'integer',
      unit: 'users',
      example: true,
    }),
    callsPerRequest: numberField({
      label: 'LLM calls per request',
      param: 'calls',
      group: 'traffic',
      default: d.callsPerRequest ?? 1,
      min: 1,
      max: 1000,
      format: 'number',
      unit: 'calls',
      help: 'An agent loop or a chain makes several calls for one request.',
    }),
    systemPromptTokens: tokens(
      'System prompt',
      'system',
      d.systemPromptTokens,
      'Instructions and examples sent with every call.',
    ),
    cacheableShare: numberField({
      label: 'Cacheable share of the system prompt',
      param: 'cacheable',
      group: 'prompt',
      default: d.cacheableShare * 100,
      min: 0,
      max: 100,
      format: 'percent',
      help: 'The stable prefix the host can cache; anything that changes per call (a date, a user name) ends it.',
    }),
    contextTokens: tokens(
      'Retrieved context',
      'context',
      d.contextTokens,
      'Documents and conversation history, different in every call.',
    ),
    userInputTokens: tokens('User input', 'input', d.userInputTokens, 'What the user types, per call.'),
    outputTokens: tokens('Output', 'output', d.outputTokens, 'Visible output tokens per call.'),
    reasoningTokens: tokens(
      'Reasoning',
      'reasoning',
      d.reasoningTokens ?? 0,
      'Thinking tokens per call, billed on top of the output (as output unless a model prices them apart).',
    ),
    cache: choiceField({
      label: 'Prompt caching',
      param: 'cache',
      group: 'caching',
      default: d.cache,
      options: [
        { value: 'off', label: 'Off' },
        { value: '5m', label: '5 minutes' },
        { value: '1h', label: '1 hour' },
      ],
      help: 'Cache lifetime. A 1-hour write costs 2× input on Anthropic, a 5-minute one 1.25×; OpenAI and Google charge no write fee on most models.',
    }),
    cacheHitRate: numberField({
      label: 'Cache hit rate',
      param: 'hit',
      group: 'caching',
      default: d.cacheHitRate * 100,
      min: 0,
      max: 100,
      format: 'percent',
      example: true,
      help: 'Share of calls that find the prefix cached.',
      visible: caching,
    }),
    cacheWarmthFromTraffic: toggleField({
      label: 'Lower the hit rate when traffic is too sparse to keep the cache warm',
      param: 'warmth',
      group: 'caching',
      default: d.cacheWarmthFromTraffic ?? true,
      help: 'With calls arriving at random, the chance the previous one came within the cache lifetime.',
      visible: caching,
    }),
    retryRate: numberField({
      label: 'Retries per 100 calls',
      param: 'retries',
      group: 'caching',
      default: d.retryRate * 100,
      min: 0,
      max: 1000,
      format: 'percent',
      example: true,
      help: 'Extra attempts: 50 % means one call in two is retried once. Each retry re-sends the whole prompt.',
    }),
    retryOutputShare: numberField({
      label: 'Output a failed attempt was billed for',
      param: 'retryOutput',
      group: 'caching',
      default: (d.retryOutputShare ?? 1) * 100,
      min: 0,
      max: 100,
      format: 'percent',
      help: 'A timeout after the full answer bills all of it; an early error bills little.',
      visible: retrying,
    }),
    retryCache: choiceField({
      label: 'A retry finds the prefix',
      param: 'retryCache',
      group: 'caching',
      default: d.retryCache ?? 'warm',
      options: [
        { value: 'warm', label: 'cached' },
        { value: 'cold', label: 'like a first call' },
      ],
      visible: (values) => retrying(values) && caching(values),
    }),
    batchShare: numberField({
      label: 'Share of calls sent in batch',
      param: 'batch',
      group: 'caching',
      default: d.batchShare * 100,
      min: 0,
      max: 100,
      format: 'percent',
      help: 'Work that can wait up to a day: 50 % off at OpenAI, Anthropic and Google.',
    }),
    serviceTier: choiceField({
      label: 'Tier of the other calls',
      param: 'tier',
      group: 'caching',
      default: d.serviceTier ?? 'standard',
      options: [
        { value: 'standard', label: 'Standard' },
        { value: 'flex', label: 'Flex' },
        { value: 'priority', label: 'Priority' },
      ],
      help: 'Models without a price for the tier are billed at the standard price, with a warning.',
    }),
    mix: listField({
      label: 'Model mix',
      param: 'mix',
      group: 'models',
      help: 'One model, or a routing mix: the share of calls each model serves. The shares add up to 100 %.',
      columns: {
        model: choiceColumn({ label: 'Model', options: modelOptions }),
        share: numberColumn({ label: 'Share of calls', min: 0, max: 100, format: 'percent' }),
      },
      default: d.mix.map((entry) => ({ model: entry.modelId, share: entry.share * 100 })),
      minRows: 1,
      maxRows: 12,
      check(rows) {
        if (new Set(rows.map((row) => row.model)).size !== rows.length) return 'Each model may appear once in the mix.';
        const total = rows.reduce((sum, row) => sum + row.share, 0);
        return Math.abs(total - 100) <= 0.01
          ? null
          : `The shares add up to ${Math.round(total * 100) / 100} %: make them add up to 100 %.`;
      },
      newRow(rows) {
        const used = new Set(rows.map((row) => row.model));
        const model = modelOptions.find((option) => !used.has(option.value))?.value ?? modelOptions[0]!.value;
        return { model, share: 0 };
      },
      addLabel: 'Add a model',
    }),
    prices: priceEditsField({ group: 'models', suggestModel: d.mix[0]!.modelId }),
    leverHitRate: numberField({
      label: 'Hit rate when caching is turned on',
      param: 'leverHit',
      group: 'levers',
      default: 80,
      min: 0,
      max: 100,
      format: 'percent',
      example: true,
    }),
    smallModel: choiceField({
      label: 'Smaller model to route to',
      param: 'small',
      group: 'levers',
      default: 'auto',
      display: 'select',
      options: [{ value: 'auto', label: 'Cheapest of the same family' }, ...modelOptions],
    }),
    routeShare: numberField({
      label: 'Share of calls routed to it',
      param: 'route',
      group: 'levers',
      default: 50,
      min: 0,
      max: 100,
      format: 'percent',
      example: true,
    }),
    trimShare: numberField({
      label: 'Context trimmed by',
      param: 'trim',
      group: 'levers',
      default: 20,
      min: 0,
      max: 100,
      format: 'percent',
      example: true,
    }),
    retryCap: numberField({
      label: 'Retries capped at, per 100 calls',
      param: 'retryCap',
      group: 'levers',
      default: 5,
      min: 0,
      max: 1000,
      format: 'percent',
      example: true,
    }),
    leverBatchShare: numberField({
      label: 'Share moved to batch',
      param: 'leverBatch',
      group: 'levers',
      default: 50,
      min: 0,
      max: 100,
      format: 'percent',
      example: true,
    }),
  },
  {
    groups: [
      { id: 'traffic', label: 'Traffic' },
      { id: 'prompt', label: 'Tokens per call' },
      { id: 'caching', label: 'Caching, retries and tiers' },
      { id: 'models', label: 'Models and prices' },
      {
        id: 'levers',
        label: 'Lever settings',
        help: 'How far each saving is pulled in the levers table; the inputs above stay as they are.',
        collapsed: true,
      },
    ],
  },
);

export type Inputs = InputValues<typeof inputs>;
