/**
 * Inputs of the prompt token counter that travel in the URL. The pasted text is not one of them: it stays in
 * the page (privacy, and a link could not hold a document anyway).
 */
import { priceEditsField } from '../../lib/ai-tools/catalog-inputs';
import { choiceField, defineInputs, numberField, toggleField, type InputValues } from '../../lib/tool-kit/fields';

export const inputs = defineInputs(
  {
    cl100k: toggleField({
      label: 'Also count with cl100k_base',
      param: 'cl100k',
      group: 'counting',
      default: false,
      help: 'The encoding of GPT-4, GPT-3.5 and the text-embedding-3 models; another 1 MB to load. Current OpenAI models use o200k_base, always counted.',
    }),
    family: choiceField({
      label: 'Models to price',
      param: 'family',
      group: 'counting',
      default: 'all',
      display: 'select',
      options: [
        { value: 'all', label: 'All catalog models' },
        { value: 'openai', label: 'OpenAI' },
        { value: 'anthropic', label: 'Anthropic' },
        { value: 'google', label: 'Google' },
        { value: 'open', label: 'Open-weight models' },
      ],
    }),
    sends: numberField({
      label: 'Times the prompt is sent',
      param: 'sends',
      group: 'counting',
      default: 1,
      min: 1,
      max: 1_000_000_000,
      integer: true,
      format: 'integer',
      unit: 'times',
      help: 'Costs are for this many sends: 1,000 shows the cost per thousand calls.',
    }),
    prices: priceEditsField({ group: 'prices', suggestModel: 'gpt-5.4-mini' }),
  },
  {
    groups: [
      { id: 'counting', label: 'Counting and costs' },
      { id: 'prices', label: 'Prices' },
    ],
  },
);

export type Inputs = InputValues<typeof inputs>;
