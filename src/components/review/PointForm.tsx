/**
 * The fill-in part of one checklist point: status, evidence, and for a gap or a risk the finding's fields
 * (math, savings range, trade-off, ratings, plan) plus calculator results attached as evidence. Hidden without
 * JavaScript (the page then reads as a printable checklist).
 */
import { useState } from 'preact/hooks';
import { spendTopics, type ReviewPoint } from '../../lib/review/points';
import { isMoney, statusLabels, type PointAnswer, type PointStatus, type Rating } from '../../lib/review/review-state';
import type { SavedToolResult } from '../../lib/review/saved-results';

interface Props {
  point: ReviewPoint;
  answer: PointAnswer;
  saved: readonly SavedToolResult[];
  onChange(answer: PointAnswer): void;
}

const statuses = Object.keys(statusLabels) as PointStatus[];
const ratings: Rating[] = [1, 2, 3, 4, 5];

/** A dollar amount typed as text: kept as typed while invalid, stored only when it is a valid amount. */
function MoneyInput(props: { id: string; label: string; value: number | undefined; onChange(value?: number): void }) {
  const [text, setText] = useState(props.value === undefined ? '' : String(props.value));
  const [error, setError] = useState('');
  const onInput = (raw: string) => {
    setText(raw);
    const cleaned = raw.replace(/[$,\s]/g, '');
    if (cleaned === '') {
      setError('');
      props.onChange(undefined);
      return;
    }
    const value = Number(cleaned);
    if (isMoney(value)) {
      setError('');
      props.onChange(value);
    } else setError('Enter an amount in dollars, like 1200.');
  };
  return (
    <div class="review-field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${props.id}-error` : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {error && (
        <p class="review-error" id={`${props.id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

function TextInput(props: {
  id: string;
  label: string;
  value?: string;
  multiline?: boolean;
  onChange(v: string): void;
}) {
  return (
    <div class={`review-field${props.multiline ? ' review-field-wide' : ''}`}>
      <label for={props.id}>{props.label}</label>
      {props.multiline ? (
        <textarea
          id={props.id}
          rows={2}
          value={props.value ?? ''}
          onInput={(e) => props.onChange(e.currentTarget.value)}
        />
      ) : (
        <input
          id={props.id}
          type="text"
          value={props.value ?? ''}
          onInput={(e) => props.onChange(e.currentTarget.value)}
        />
      )}
    </div>
  );
}

function Select<T extends string | number>(props: {
  id: string;
  label: string;
  value: T | undefined;
  options: readonly { value: T | ''; label: string }[];
  onChange(value: T | undefined): void;
}) {
  return (
    <div class="review-field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value === undefined ? '' : String(props.value)}
        onChange={(e) => {
          const raw = e.currentTarget.value;
          const option = props.options.find((o) => String(o.value) === raw);
          props.onChange(option && option.value !== '' ? (option.value as T) : undefined);
        }}
      >
        {props.options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Attachments({ point, answer, saved, onChange }: Props) {
  const [choice, setChoice] = useState('');
  const attached = answer.attachments ?? [];
  const available = saved.filter((s) => !attached.some((a) => a.url === s.url));
  const id = `${point.id}-attach`;
  return (
    <div class="review-attachments">
      {attached.length > 0 && (
        <ul>
          {attached.map((a) => (
            <li key={a.url}>
              <a href={a.url}>{a.title}</a>: {a.headline}{' '}
              <button
                type="button"
                class="kit-link-button"
                onClick={() => onChange({ ...answer, attachments: attached.filter((x) => x.url !== a.url) })}
              >
                Remove
                <span class="visually-hidden">
                  {' '}
                  {a.title} from point {point.number}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {available.length > 0 ? (
        <div class="review-attach-row">
          <label for={id}>Calculator result as evidence</label>
          <select id={id} value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
            <option value="">Choose a saved result…</option>
            {available.map((s) => (
              <option key={s.url} value={s.url}>
                {s.title}: {s.headline}
              </option>
            ))}
          </select>
          <button
            type="button"
            class="kit-button"
            disabled={!choice}
            onClick={() => {
              const picked = available.find((s) => s.url === choice);
              if (picked) onChange({ ...answer, attachments: [...attached, picked] });
              setChoice('');
            }}
          >
            Attach
          </button>
        </div>
      ) : (
        attached.length === 0 && (
          <p class="review-help">
            To attach a calculator’s result, use “Add to cost review” on the tool; it then appears here.
          </p>
        )
      )}
    </div>
  );
}

/** The answer fields of one point. */
export function PointForm(props: Props) {
  const { point, answer, onChange } = props;
  const set = (patch: Partial<PointAnswer>) => onChange({ ...answer, ...patch });
  const id = (field: string) => `${point.id}-${field}`;
  const finding = answer.status === 'gap' || answer.status === 'risk';
  const ratingOptions = [{ value: '' as const, label: '–' }, ...ratings.map((r) => ({ value: r, label: String(r) }))];
  return (
    <div class="review-fill" data-point-form={point.id}>
      <fieldset class="review-status">
        <legend>Status of point {point.number}</legend>
        {statuses.map((status) => (
          <label key={status} class={`review-status-option review-status-${status}`}>
            <input
              type="radio"
              name={id('status')}
              value={status}
              checked={answer.status === status}
              onChange={() => set({ status })}
            />
            {statusLabels[status]}
          </label>
        ))}
      </fieldset>
      <TextInput
        id={id('evidence')}
        label="Evidence"
        multiline
        value={answer.evidence}
        onChange={(evidence) => set({ evidence })}
      />
      <Attachments {...props} />
      {finding && (
        <fieldset class="review-finding-form">
          <legend>Finding</legend>
          <div class="review-grid">
            <TextInput id={id('title')} label="Title" value={answer.title} onChange={(title) => set({ title })} />
            <TextInput
              id={id('fid')}
              label="ID (optional)"
              value={answer.findingId}
              onChange={(findingId) => set({ findingId })}
            />
            <TextInput
              id={id('math')}
              label="The math"
              multiline
              value={answer.math}
              onChange={(math) => set({ math })}
            />
            <MoneyInput
              id={id('low')}
              label="Savings per month, low ($)"
              value={answer.savingsLow}
              onChange={(savingsLow) => set({ savingsLow })}
            />
            <MoneyInput
              id={id('high')}
              label="Savings per month, high ($)"
              value={answer.savingsHigh}
              onChange={(savingsHigh) => set({ savingsHigh })}
            />
            <MoneyInput
              id={id('spend')}
              label="Monthly spend it touches ($)"
              value={answer.spend}
              onChange={(spend) => set({ spend })}
            />
            <Select
              id={id('impact')}
              label="Impact (1–5)"
              value={answer.impact}
              options={ratingOptions}
              onChange={(impact) => set({ impact })}
            />
            <Select
              id={id('effort')}
              label="Effort (1–5)"
              value={answer.effort}
              options={ratingOptions}
              onChange={(effort) => set({ effort })}
            />
            <Select
              id={id('risk')}
              label="Risk of the fix (1–5)"
              value={answer.risk}
              options={ratingOptions}
              onChange={(risk) => set({ risk })}
            />
            <TextInput
              id={id('tradeoff')}
              label="Reliability trade-off"
              multiline
              value={answer.tradeoff}
              onChange={(tradeoff) => set({ tradeoff })}
            />
            <TextInput
              id={id('fix')}
              label="Recommendation"
              multiline
              value={answer.recommendation}
              onChange={(recommendation) => set({ recommendation })}
            />
            <Select
              id={id('reversible')}
              label="Reversible?"
              value={answer.reversible}
              options={[
                { value: '', label: 'Not said' },
                { value: 'yes', label: 'Yes' },
                { value: 'no', label: 'No' },
              ]}
              onChange={(reversible) => set({ reversible })}
            />
            <Select
              id={id('window')}
              label="Plan window"
              value={answer.window}
              options={[
                { value: '', label: `Automatic (days ${point.window.replace('-', '–')})` },
                { value: '0-30', label: 'Days 0–30' },
                { value: '31-60', label: 'Days 31–60' },
                { value: '61-90', label: 'Days 61–90' },
              ]}
              onChange={(window) => set({ window })}
            />
            <Select
              id={id('topic')}
              label="Spend it concerns"
              value={answer.topic ?? point.topic}
              options={spendTopics.map((t) => ({ value: t.id, label: t.label }))}
              onChange={(topic) => set({ topic })}
            />
            <TextInput id={id('owner')} label="Owner" value={answer.owner} onChange={(owner) => set({ owner })} />
            <TextInput
              id={id('verify')}
              label="Verify with"
              value={answer.verify}
              onChange={(verify) => set({ verify })}
            />
          </div>
        </fieldset>
      )}
    </div>
  );
}
