/** The line every AI tool shows under its figures: where the prices come from, how old they are, how to edit. */
import { catalog } from '../../lib/llm-pricing/catalog';

export function CatalogNote() {
  return (
    <p>
      Prices: <a href={catalog.source.url}>LiteLLM’s model price database</a> ({catalog.source.license}), snapshot of{' '}
      <time dateTime={catalog.snapshotDate}>{catalog.snapshotDate}</time>, {catalog.models.length} models. Edit any
      price under “Price edits”; a missing price shows as unpriced, never as $0.
    </p>
  );
}
