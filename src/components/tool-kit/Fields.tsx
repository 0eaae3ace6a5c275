/**
 * The form of a tool, generated from its inputs definition: fieldsets per group, a label on every input, the
 * unit beside it, help text, the source of its default, and an inline error that keeps what was typed.
 */
import type { ComponentChildren, ComponentType } from 'preact';
import {
  fieldText,
  isVisible,
  type ChoiceFieldSpec,
  type Field,
  type FieldValue,
  type InputsDefinition,
} from '../../lib/tool-kit/fields';
import type { ChoiceColumnOption } from '../../lib/tool-kit/list';
import { moneyFormats, type Formatter } from '../../lib/tool-kit/format';
import { useOpenedOnce } from './useOpenedOnce';
import type { ToolState } from './useToolState';

const tidy = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** The text an input shows for a valid value: grouped digits, nothing lost. */
function shownText(field: Field, value: FieldValue): string {
  return field.kind === 'number' && typeof value === 'number' ? tidy.format(value) : fieldText(field, value);
}

/** What stands under every single-value field: its help text (the id its input points at) and its source line. */
export function FieldNotes({
  field,
  helpId,
  formatter,
}: {
  field: Field;
  helpId: string | undefined;
  formatter: Formatter;
}) {
  return (
    <>
      {field.help && (
        <p class="kit-help" id={helpId}>
          {field.help}
        </p>
      )}
      <SourceLine field={field} formatter={formatter} />
    </>
  );
}

export function SourceLine({ field, formatter }: { field: Field; formatter: Formatter }) {
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

/** Props of one field's input (the list editor, ./ListInput.tsx, takes the same). */
export interface FieldProps {
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
  const prefix = moneyFormats.includes(field.format) ? formatter.symbol : undefined;
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
      <FieldNotes field={field} helpId={helpId} formatter={formatter} />
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
            <Options options={spec.options} selected={String(value)} />
          </select>
        </div>
        <FieldNotes field={field} helpId={helpId} formatter={formatter} />
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
      <FieldNotes field={field} helpId={helpId} formatter={formatter} />
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
      <FieldNotes field={field} helpId={helpId} formatter={formatter} />
    </div>
  );
}

/** Options of a select: those without a group first, then the others under an <optgroup> per group. */
export function Options({ options, selected }: { options: readonly ChoiceColumnOption[]; selected: string }) {
  const groups = [...new Set(options.flatMap((option) => (option.group ? [option.group] : [])))];
  const list = (members: readonly ChoiceColumnOption[]) =>
    members.map((option) => (
      <option key={option.value} value={option.value} selected={option.value === selected}>
        {option.label}
      </option>
    ));
  return (
    <>
      {list(options.filter((option) => !option.group))}
      {groups.map((group) => (
        <optgroup key={group} label={group}>
          {list(options.filter((option) => option.group === group))}
        </optgroup>
      ))}
    </>
  );
}

const inputFor = { number: NumberInput, choice: ChoiceInput, toggle: ToggleInput } as const;

/** A folded group: a <details> whose fields render the first time it opens (or the page prints). */
function CollapsedGroup({ label, help, content }: { label: string; help?: string; content: ComponentChildren }) {
  const [opened, onToggle] = useOpenedOnce();
  return (
    <details class="kit-group kit-group-collapsed" onToggle={onToggle}>
      <summary>{label}</summary>
      {opened && (
        <fieldset class="kit-group">
          <legend class="visually-hidden">{label}</legend>
          {help && <p class="kit-help">{help}</p>}
          {content}
        </fieldset>
      )}
    </details>
  );
}

interface FieldsProps {
  inputs: InputsDefinition;
  state: ToolState<Record<string, FieldValue>>;
  formatter: Formatter;
  idPrefix: string;
  /** The row editor of list fields (ListInput from ./ListInput): passed by tools that have a list. */
  ListInput?: ComponentType<FieldProps>;
}

/** The list editor a tool passed; a tool with a list that forgot it fails (at build time, when Astro renders it). */
function listEditor(field: Field, ListInput: ComponentType<FieldProps> | undefined): ComponentType<FieldProps> {
  if (!ListInput) throw new Error(`Field "${field.key}" is a list: pass ListInput (./ListInput) to the tool's shell`);
  return ListInput;
}

/** Every visible field of the tool, grouped in fieldsets; hidden fields keep their values. */
export function Fields({ inputs, state, formatter, idPrefix, ListInput }: FieldsProps) {
  const visible = inputs.fields.filter((field) => isVisible(field, state.values));
  const groups = inputs.groups.length > 0 ? inputs.groups : [{ id: '', label: '' }];
  return (
    <>
      {groups.map((group) => {
        const members = visible.filter((field) => (field.group ?? '') === group.id);
        if (members.length === 0) return null;
        const content = members.map((field) => {
          const Input = field.kind === 'list' ? listEditor(field, ListInput) : inputFor[field.kind];
          return (
            <Input key={field.key} field={field} id={`${idPrefix}-${field.key}`} state={state} formatter={formatter} />
          );
        });
        if (group.collapsed && group.label) {
          return <CollapsedGroup key={group.id} label={group.label} help={group.help} content={content} />;
        }
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
