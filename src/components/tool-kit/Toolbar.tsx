/**
 * The actions every tool offers: a share link (the URL, nothing else), CSV of the result, print, reset,
 * currency symbol and the embed snippet. Nothing here sends data anywhere: the link is only text to copy.
 */
import { useState } from 'preact/hooks';
import { copyText, downloadText } from '../../lib/tool-kit/download';
import { embedSnippet, toolPath } from '../../lib/tool-kit/embed';
import { currencies, type Currency } from '../../lib/tool-kit/format';
import type { ToolMode } from '../../lib/tool-kit/tool';
import { addSavedResult } from '../../lib/review/saved-results';

interface Props {
  toolId: string;
  title: string;
  idPrefix: string;
  mode: ToolMode;
  query: string;
  currency: Currency;
  onCurrency(currency: Currency): void;
  onReset(): void;
  csv(): string;
  /** The headline figures in one line, saved with the link by "Add to cost review". */
  headline?(): string;
}

const addedMessage = 'Added to your cost review.';

export function Toolbar(props: Props) {
  const [panel, setPanel] = useState<'share' | 'embed' | null>(null);
  const [status, setStatus] = useState('');
  const shareUrl = () => new URL(toolPath(props.toolId, props.query), location.origin).href;
  const snippet = () => embedSnippet(location.origin, props.toolId, props.title, props.query);

  const share = async () => {
    setPanel('share');
    setStatus((await copyText(shareUrl())) ? 'Link copied to the clipboard.' : 'Copy the link below.');
  };
  const embed = () => {
    setPanel(panel === 'embed' ? null : 'embed');
    setStatus('');
  };
  const panelId = `${props.idPrefix}-panel`;
  const addToReview = () => {
    const result = {
      toolId: props.toolId,
      title: props.title,
      url: toolPath(props.toolId, props.query),
      headline: props.headline?.() || props.title,
      savedAt: new Date().toISOString(),
    };
    let added = false;
    try {
      added = addSavedResult(localStorage, result);
    } catch {
      // Storage blocked entirely (some privacy modes): say so below.
    }
    setStatus(added ? addedMessage : 'This browser does not allow saving.');
  };

  return (
    <div class="kit-toolbar no-print">
      <div class="kit-actions">
        <button
          type="button"
          class="kit-button"
          onClick={share}
          aria-controls={panelId}
          aria-expanded={panel === 'share'}
        >
          Copy link
        </button>
        <button
          type="button"
          class="kit-button"
          onClick={() => {
            downloadText(`${props.toolId}.csv`, props.csv(), 'text/csv;charset=utf-8');
            setStatus('CSV downloaded.');
          }}
        >
          CSV
        </button>
        {props.mode !== 'embed' && (
          <button type="button" class="kit-button" onClick={() => window.print()}>
            Print
          </button>
        )}
        <button
          type="button"
          class="kit-button"
          onClick={() => {
            props.onReset();
            setStatus('Inputs reset to their defaults.');
          }}
        >
          Reset
        </button>
        {props.mode !== 'embed' && (
          <button type="button" class="kit-button" onClick={addToReview}>
            Add to cost review
          </button>
        )}
        {props.mode !== 'embed' ? (
          <button
            type="button"
            class="kit-button"
            onClick={embed}
            aria-controls={panelId}
            aria-expanded={panel === 'embed'}
          >
            Embed
          </button>
        ) : (
          <a class="kit-button" href={toolPath(props.toolId, props.query)} target="_blank" rel="noopener">
            Open full tool
          </a>
        )}
        <label class="kit-currency">
          <span>Currency</span>
          <select value={props.currency} onChange={(event) => props.onCurrency(event.currentTarget.value as Currency)}>
            {currencies.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div id={panelId}>
        {panel === 'share' && (
          <div class="kit-panel">
            <label for={`${panelId}-url`}>Link to these inputs</label>
            <input
              id={`${panelId}-url`}
              class="kit-copy-field"
              readOnly
              value={shareUrl()}
              onFocus={(event) => event.currentTarget.select()}
            />
            <p class="kit-help">Your inputs travel in the link itself. Nothing is stored or sent anywhere.</p>
          </div>
        )}
        {panel === 'embed' && (
          <div class="kit-panel">
            <label for={`${panelId}-code`}>Embed code, with the current inputs</label>
            <textarea
              id={`${panelId}-code`}
              class="kit-copy-field"
              readOnly
              rows={4}
              value={snippet()}
              onFocus={(event) => event.currentTarget.select()}
            />
            <p class="kit-help">
              Paste it into any page: the frame resizes to fit. The small script only accepts height messages from this
              site.{' '}
              <button
                type="button"
                class="kit-link-button"
                onClick={async () =>
                  setStatus((await copyText(snippet())) ? 'Embed code copied.' : 'Select the code and copy it.')
                }
              >
                Copy the code
              </button>
            </p>
          </div>
        )}
      </div>
      <p class="kit-status" role="status" aria-live="polite">
        {status}
        {status === addedMessage && (
          <>
            {' '}
            <a href="/review/checklist/">Attach it to a point on the checklist</a>.
          </>
        )}
      </p>
      {props.currency !== 'USD' && (
        <p class="kit-help">
          Only the symbol changes: default prices are in US dollars; enter your own in {props.currency}.
        </p>
      )}
    </div>
  );
}
