/**
 * The row editor of list fields: one line of cells per row, a button to remove each row and one to add a row.
 * Tools with a list pass it to their shell (`ListInput={ListInput}`), so tools without one do not ship it.
 */
import {
  encodeListTexts,
  decodeListTexts,
  listTexts,
  parseListTexts,
  type ColumnSpec,
  type ListRows,
} from '../../lib/tool-kit/list';
import { moneyFormats, type Formatter } from '../../lib/tool-kit/format';
import { Options, SourceLine, type FieldProps } from './Fields';

interface CellProps {
  column: ColumnSpec;
  id: string;
  text: string;
  invalid: boolean;
  rowName: string;
  describedBy?: string;
  formatter: Formatter;
  onText(text: string): void;
  onBlur(): void;
}

/** One cell of a row editor: a labelled input or select, with its unit. */
function CellInput({ column, id, text, invalid, rowName, describedBy, formatter, onText, onBlur }: CellProps) {
  const label = (
    <label for={id}>
      <span class="visually-hidden">{rowName}, </span>
      {column.label}
    </label>
  );
  if (column.kind === 'choice') {
    // Long option labels (model names) take the whole line; short ones sit beside the other cells.
    const wide = column.options.some((option) => option.label.length > 20);
    return (
      <div class={`kit-cell kit-cell-choice${wide ? ' kit-cell-wide' : ''}`}>
        {label}
        <div class="kit-input">
          <select id={id} onChange={(event) => onText(event.currentTarget.value)} aria-describedby={describedBy}>
            <Options options={column.options} selected={text} />
          </select>
        </div>
      </div>
    );
  }
  const prefix = column.kind === 'number' && moneyFormats.includes(column.format) ? formatter.symbol : undefined;
  const suffix = column.kind === 'number' ? (column.format === 'percent' ? '%' : column.unit) : undefined;
  return (
    <div class={`kit-cell kit-cell-${column.kind}`}>
      {label}
      <div class={`kit-input${invalid ? ' kit-input-invalid' : ''}`}>
        {prefix && (
          <span class="kit-affix" aria-hidden="true">
            {prefix}
          </span>
        )}
        <input
          id={id}
          type="text"
          inputMode={column.kind === 'number' ? 'decimal' : 'text'}
          autoComplete="off"
          spellcheck={false}
          value={text}
          placeholder={column.emptyText}
          aria-invalid={invalid ? 'true' : undefined}
          aria-describedby={describedBy}
          onInput={(event) => onText(event.currentTarget.value)}
          onBlur={onBlur}
        />
        {suffix && (
          <span class="kit-affix" aria-hidden="true">
            {suffix}
          </span>
        )}
      </div>
    </div>
  );
}

/**
 * A list field as a row editor: one line of cells per row, a button to remove each row and one to add a row.
 * What is typed is kept as the field's draft (the list's URL text), so a half-typed row survives re-renders
 * and the results keep the last valid rows until the list is valid again.
 */
export function ListInput({ field, id, state, formatter }: FieldProps) {
  if (field.kind !== 'list') return null;
  const rows = state.values[field.key] as ListRows;
  const draft = state.drafts[field.key];
  const texts = (draft === undefined ? undefined : decodeListTexts(draft)) ?? listTexts(field, rows);
  const checked = draft === undefined ? null : parseListTexts(field, texts);
  const bad = checked && !checked.ok ? checked : null;
  const error = state.errors[field.key];
  const keys = Object.keys(field.columns);
  const errorId = `${id}-error`;
  const helpId = `${id}-help`;
  const update = (next: string[][]) => state.setText(field, encodeListTexts(next));
  return (
    <fieldset
      class="kit-field kit-list"
      data-field={field.key}
      aria-describedby={field.help ? helpId : undefined}
      id={id}
    >
      <legend>{field.label}</legend>
      {field.help && (
        <p class="kit-help" id={helpId}>
          {field.help}
        </p>
      )}
      {texts.length > 0 && (
        <ol class="kit-rows">
          {texts.map((cells, row) => (
            <li key={row} class="kit-row">
              {keys.map((key, position) => (
                <CellInput
                  key={key}
                  column={field.columns[key]!}
                  id={`${id}-${row}-${key}`}
                  text={cells[position] ?? ''}
                  invalid={bad !== null && bad.row === row && bad.column === key}
                  rowName={`Row ${row + 1}`}
                  describedBy={error ? errorId : undefined}
                  formatter={formatter}
                  onText={(text) =>
                    update(
                      texts.map((line, index) =>
                        index === row ? cells.map((cell, at) => (at === position ? text : cell)) : line,
                      ),
                    )
                  }
                  onBlur={() => state.settle(field)}
                />
              ))}
              <button
                type="button"
                class="kit-row-remove"
                aria-label={`Remove row ${row + 1}`}
                title="Remove this row"
                disabled={texts.length <= field.minRows}
                onClick={() => update(texts.filter((_, index) => index !== row))}
              >
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
      <div>
        <button
          type="button"
          class="kit-button kit-row-add"
          disabled={texts.length >= field.maxRows}
          onClick={() =>
            update([...texts, ...listTexts(field, [field.newRow(rows as Parameters<typeof field.newRow>[0])])])
          }
        >
          {field.addLabel}
        </button>
      </div>
      {error && (
        <p class="kit-error" id={errorId} role="alert">
          {error}
        </p>
      )}
      <SourceLine field={field} formatter={formatter} />
    </fieldset>
  );
}
