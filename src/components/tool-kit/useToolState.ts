/**
 * State of one tool instance: valid values (what the model sees), the text being typed, inline errors, URL
 * notices and the currency symbol. With `syncUrl` the query string is read on load and on back/forward, and
 * rewritten (replaceState) as inputs change, so reload and shared links restore the same result.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { parseFieldText, type Field, type FieldValue, type InputsDefinition } from '../../lib/tool-kit/fields';
import type { Currency } from '../../lib/tool-kit/format';
import { readUrlState, writeUrlState, type UrlNotice } from '../../lib/tool-kit/url-state';

export interface ToolState<V> {
  values: V;
  /** Pinned inputs to compare the current ones with, or null. */
  baseline: V | null;
  drafts: Record<string, string>;
  errors: Record<string, string>;
  notices: UrlNotice[];
  currency: Currency;
  /** The query string for the current values, relative to the tool's defaults (for share links and embeds). */
  query: string;
  setText(field: Field, text: string): void;
  setValue(field: Field, value: FieldValue): void;
  /** Forgets a draft once its field loses focus, so a valid value shows in its tidy form. */
  settle(field: Field): void;
  setCurrency(currency: Currency): void;
  dismissNotices(): void;
  reset(): void;
  /** Replaces every input at once (an example): `values` over the defaults, and the baseline to pin. */
  load(values: Partial<V>, baseline?: Partial<V> | null): void;
  /** Pins the current inputs as the baseline, or forgets it with null. */
  setBaseline(values: V | null): void;
}

export function useToolState<D extends InputsDefinition>(
  inputs: D,
  start: D['defaults'],
  syncUrl: boolean,
): ToolState<D['defaults']> {
  const [values, setValues] = useState<D['defaults']>(start);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notices, setNotices] = useState<UrlNotice[]>([]);
  const [currency, setCurrency] = useState<Currency>('USD');
  const [baseline, setBaseline] = useState<D['defaults'] | null>(null);
  const urlRead = useRef(false);

  useEffect(() => {
    if (!syncUrl) return;
    const apply = () => {
      const state = readUrlState(inputs, location.search, start);
      setValues(state.values);
      setCurrency(state.currency);
      setNotices(state.notices);
      setBaseline(state.baseline);
      setDrafts({});
      setErrors({});
      urlRead.current = true;
    };
    // A plain link renders what the server rendered: skip a second full render while the page is hydrating.
    if (location.search) apply();
    else urlRead.current = true;
    addEventListener('popstate', apply);
    return () => removeEventListener('popstate', apply);
    // The definition and starting values are fixed for the life of an island: read once, then on back/forward.
  }, []);

  const query = writeUrlState(inputs, values, currency, inputs.defaults, baseline);

  useEffect(() => {
    if (!syncUrl || !urlRead.current) return;
    const next = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (next !== `${location.pathname}${location.search}${location.hash}`)
      history.replaceState(history.state, '', next);
  }, [query, syncUrl]);

  const setText = useCallback((field: Field, text: string) => {
    setDrafts((current) => ({ ...current, [field.key]: text }));
    const parsed = parseFieldText(field, text);
    if (parsed.ok) {
      setValues((current) => ({ ...current, [field.key]: parsed.value }));
      setErrors((current) => {
        const { [field.key]: _gone, ...rest } = current;
        return rest;
      });
    } else {
      setErrors((current) => ({ ...current, [field.key]: parsed.message }));
    }
  }, []);

  const setValue = useCallback((field: Field, value: FieldValue) => {
    setValues((current) => ({ ...current, [field.key]: value }));
  }, []);

  const settle = useCallback(
    (field: Field) => {
      if (errors[field.key]) return;
      setDrafts((current) => {
        const { [field.key]: _gone, ...rest } = current;
        return rest;
      });
    },
    [errors],
  );

  const reset = useCallback(() => {
    setValues(start);
    setDrafts({});
    setErrors({});
    setNotices([]);
    setCurrency('USD');
    setBaseline(null);
  }, [start]);

  const load = useCallback(
    (next: Partial<D['defaults']>, pinned?: Partial<D['defaults']> | null) => {
      setValues({ ...inputs.defaults, ...next });
      setBaseline(pinned ? { ...inputs.defaults, ...pinned } : null);
      setDrafts({});
      setErrors({});
      setNotices([]);
    },
    [inputs],
  );

  return {
    values,
    baseline,
    drafts,
    errors,
    notices,
    currency,
    query,
    setText,
    setValue,
    settle,
    setCurrency,
    dismissNotices: () => setNotices([]),
    reset,
    load,
    setBaseline,
  };
}
