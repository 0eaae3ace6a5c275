/**
 * The form of a tool, generated from its inputs definition: fieldsets per group, a label on every input, the
 * unit beside it, help text, the source of its default, and an inline error that keeps what was typed.
 */
import {
  fieldText,
  isVisible,
  type ChoiceFieldSpec,
  type Field,
  type FieldValue,
  type InputsDefinition,
} from '../../lib/tool-kit/fields';
import type { Formatter } from '../../lib/tool-kit/format';
import type { ToolState } from './useToolState';

const tidy = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** The text an input shows for a valid value: grouped digits, nothing lost. */
function shownText(field: Field, value: FieldValue): string {
  return field.kind === 'number' && typeof value === 'number' ? tidy.format(value) : fieldText(field, value);
}

function SourceLine({ field, formatter }: { field: Field; formatter: Formatter }) {
  if (field.example) return <p class="kit-source">Example value: replace it with yours.</p>;
  const figure = field.figure;
  if (!figure) return null;
  const source = figure.url ? (
    <a href={figure.url} rel="noopener noreferrer" target="_blank">
      {figure.source}
    </a>
  ) : (
    figure.source
  );
  return (
    <p class="kit-source">
      {field.kind === 'number' ? `Default ${formatter.format(figure.value, field.format)}: ` : 'Rule: '}
      {source}, {figure.asOf}
    </p>
  );
}

interface FieldProps {
  field: Field;
  id: string;
  state: ToolState<Record<string, FieldValue>>;
  formatter: Formatter;
}

function NumberInput({ field, id, state, formatter }: FieldProps) {
  if (field.kind !== 'number') return null;
  const value = state.values[field.key]!;
  const error = state.errors[field.key];
  const text = state.drafts[field.key] ?? shownText(field, value);
  const prefix = field.format === 'money' || field.format === 'rate' ? formatter.symbol : undefined;
  const suffix = field.format === 'percent' ? '%' : field.unit;
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const described = [error ? errorId : '', field.help ? helpId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="kit-field" data-field={field.key}>
      <label for={id}>
        {field.label}
        {prefix && <span class="visually-hidden"> ({formatter.currency})</span>}
        {suffix && <span class="visually-hidden"> ({suffix === '%' ? 'percent' : suffix})</span>}
      </label>
      <div class={`kit-input${error ? ' kit-input-invalid' : ''}`}>
        {prefix && (
          <span class="kit-affix" aria-hidden="true">
            {prefix}
          </span>
        )}
        <input
          id={id}
          name={field.param}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellcheck={false}
          value={text}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={described}
          onInput={(event) => state.setText(field, event.currentTarget.value)}
          onBlur={() => state.settle(field)}
        />
        {suffix && (
          <span class="kit-affix" aria-hidden="true">
            {suffix}
          </span>
        )}
      </div>
      {error && (
        <p class="kit-error" id={errorId}>
          {error}
        </p>
      )}
      {field.help && (
        <p class="kit-help" id={helpId}>
          {field.help}
        </p>
      )}
      <SourceLine field={field} formatter={formatter} />
    </div>
  );
}

function ChoiceInput({ field, id, state, formatter }: FieldProps) {
  if (field.kind !== 'choice') return null;
  const spec = field as ChoiceFieldSpec & Field;
  const value = state.values[field.key];
  const helpId = field.help ? `${id}-help` : undefined;
  const asSelect = spec.display ? spec.display === 'select' : spec.options.length > 3;
  if (asSelect) {
    return (
      <div class="kit-field" data-field={field.key}>
        <label for={id}>{field.label}</label>
        <div class="kit-input">
          <select
            id={id}
            name={field.param}
            aria-describedby={helpId}
            onChange={(event) => state.setValue(field, event.currentTarget.value)}
          >
            {spec.options.map((option) => (
              <option key={option.value} value={option.value} selected={option.value === value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        {field.help && (
          <p class="kit-help" id={helpId}>
            {field.help}
          </p>
        )}
        <SourceLine field={field} formatter={formatter} />
      </div>
    );
  }
  return (
    <fieldset class="kit-field kit-choice" data-field={field.key} aria-describedby={helpId}>
      <legend>{field.label}</legend>
      <div class="kit-segmented">
        {spec.options.map((option) => (
          <label key={option.value}>
            <input
              type="radio"
              name={`${id}`}
              value={option.value}
              checked={option.value === value}
              onChange={() => state.setValue(field, option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {field.help && (
        <p class="kit-help" id={helpId}>
          {field.help}
        </p>
      )}
      <SourceLine field={field} formatter={formatter} />
    </fieldset>
  );
}

function ToggleInput({ field, id, state, formatter }: FieldProps) {
  if (field.kind !== 'toggle') return null;
  const helpId = field.help ? `${id}-help` : undefined;
  return (
    <div class="kit-field kit-toggle" data-field={field.key}>
      <label for={id}>
        <input
          id={id}
          name={field.param}
          type="checkbox"
          checked={state.values[field.key] === true}
          aria-describedby={helpId}
          onChange={(event) => state.setValue(field, event.currentTarget.checked)}
        />
        <span>{field.label}</span>
      </label>
      {field.help && (
        <p class="kit-help" id={helpId}>
          {field.help}
        </p>
      )}
      <SourceLine field={field} formatter={formatter} />
    </div>
  );
}

const inputFor = { number: NumberInput, choice: ChoiceInput, toggle: ToggleInput } as const;

interface FieldsProps {
  inputs: InputsDefinition;
  state: ToolState<Record<string, FieldValue>>;
  formatter: Formatter;
  idPrefix: string;
}

/** Every visible field of the tool, grouped in fieldsets; hidden fields keep their values. */
export function Fields({ inputs, state, formatter, idPrefix }: FieldsProps) {
  const visible = inputs.fields.filter((field) => isVisible(field, state.values));
  const groups = inputs.groups.length > 0 ? inputs.groups : [{ id: '', label: '' }];
  return (
    <>
      {groups.map((group) => {
        const members = visible.filter((field) => (field.group ?? '') === group.id);
        if (members.length === 0) return null;
        const content = members.map((field) => {
          const Input = inputFor[field.kind];
          return (
            <Input key={field.key} field={field} id={`${idPrefix}-${field.key}`} state={state} formatter={formatter} />
          );
        });
        return group.label ? (
          <fieldset key={group.id} class="kit-group">
            <legend>{group.label}</legend>
            {group.help && <p class="kit-help">{group.help}</p>}
            {content}
          </fieldset>
        ) : (
          <div key="fields">{content}</div>
        );
      })}
    </>
  );
}
