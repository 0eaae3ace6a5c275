/**
 * The effort estimate and its unit model: the formula with this schema's numbers, units per object type, and
 * every cost and weight of the model, editable. Edits recompute score and estimate at once (no new PostgreSQL
 * run: outcomes do not depend on the weights) and travel in the link.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { ToolState } from '../../components/tool-kit/useToolState';
import { TableView } from '../../components/tool-kit/Results';
import type { Field, FieldValue } from '../../lib/tool-kit/fields';
import type { Formatter } from '../../lib/tool-kit/format';
import type { ResultTable } from '../../lib/tool-kit/result';
import { kindLabels, constructCatalogue, dialectNames, type Report } from '../../lib/readiness/page';
import { letterText, technicalLevelText } from './model';
import {
  charsParam,
  constructParam,
  editedModelKeys,
  inputs,
  objectUnitLabel,
  objectUnitParam,
  vendorParam,
} from './schema';

interface Props {
  report: Report;
  settings: ToolState<Record<string, FieldValue>>;
  formatter: Formatter;
  idPrefix: string;
  heading: 'h3' | 'h4' | 'h5';
  printing: boolean;
}

const fieldByKey = new Map(inputs.fields.map((field) => [field.key, field]));
const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

function ModelInput({
  field,
  settings,
  idPrefix,
  note,
}: {
  field: Field;
  settings: ToolState<Record<string, FieldValue>>;
  idPrefix: string;
  note?: string;
}) {
  const id = `${idPrefix}-${field.key.replace(/[^\w-]/g, '-')}`;
  const value = settings.values[field.key] as number;
  const error = settings.errors[field.key];
  const edited = value !== field.default;
  const text = settings.drafts[field.key] ?? plain.format(value);
  return (
    <tr class={edited ? 'mr-edited' : undefined} data-field={field.key}>
      <th scope="row">
        <label for={id}>{field.label}</label>
        {note && <span class="mr-model-note"> {note}</span>}
      </th>
      <td>
        <div class={`kit-input mr-model-input${error ? ' kit-input-invalid' : ''}`}>
          <input
            id={id}
            name={field.param}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellcheck={false}
            value={text}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onInput={(event) => settings.setText(field, event.currentTarget.value)}
            onBlur={() => settings.settle(field)}
          />
          {field.kind === 'number' && field.unit && (
            <span class="kit-affix" aria-hidden="true">
              {field.unit}
            </span>
          )}
        </div>
        {error && (
          <p class="kit-error" id={`${id}-error`}>
            {error}
          </p>
        )}
      </td>
      <td class="mr-default">{edited ? `ora2pg: ${plain.format(field.default as number)}` : ''}</td>
    </tr>
  );
}

function ModelTable({ caption, children }: { caption: string; children: ComponentChildren }) {
  return (
    <div class="table-scroll mr-model-table">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Value</th>
            <th scope="col">
              <span class="visually-hidden">Default</span>
            </th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export function EffortModel({ report, settings, formatter, idPrefix, heading: Heading, printing }: Props) {
  const [allKinds, setAllKinds] = useState(false);
  const [allWeights, setAllWeights] = useState(false);
  const { estimate, model } = report;
  const dialect = report.dialect.used;
  const edited = editedModelKeys(settings.values);
  const found = new Map<string, number>();
  for (const object of report.objects)
    for (const construct of object.constructs)
      found.set(construct.id, (found.get(construct.id) ?? 0) + construct.count);
  const presentKinds = new Map(estimate.byKind.map((entry) => [entry.kind as string, entry.count]));
  const objectKeys = Object.keys(model.objectUnits).filter((key) => allKinds || presentKinds.has(key));
  const constructs = constructCatalogue.filter(
    (construct) => found.has(construct.id) || (allWeights && construct.dialect === dialect),
  );
  const hoursPerUnit = model.minutesPerUnit / 60;

  const byKind: ResultTable = {
    key: 'effort',
    caption: 'Estimate by object type',
    columns: [
      { key: 'kind', label: 'Object type' },
      { key: 'count', label: 'Objects', format: 'integer' },
      { key: 'units', label: 'Units', format: 'number' },
      { key: 'hours', label: 'Hours', format: 'number' },
    ],
    rows: [...estimate.byKind]
      .sort((a, b) => b.units - a.units)
      .map((entry) => ({
        key: entry.kind,
        kind: kindLabels[entry.kind],
        count: entry.count,
        units: entry.units,
        hours: Math.round(entry.units * hoursPerUnit * 100) / 100,
      })),
  };

  return (
    <div class="mr-effort">
      <p class="mr-formula">
        <span data-metric="units" data-value={estimate.units}>
          {formatter.format(estimate.units, 'number')}
        </span>{' '}
        units × {plain.format(model.minutesPerUnit)} minutes ={' '}
        <strong>{formatter.format(estimate.hours, 'number')} hours</strong>; at {plain.format(model.unitsPerPersonDay)}{' '}
        units per person-day, <strong>{formatter.format(estimate.personDays, 'number')} person-days</strong>. Of these,{' '}
        <span data-metric="manualUnits" data-value={estimate.manualUnits}>
          {formatter.format(estimate.manualUnits, 'number')}
        </span>{' '}
        units are objects that need a human.
      </p>
      <p class="mr-formula">
        Level <strong>{estimate.level}</strong>: {letterText[estimate.letter]}; technical level{' '}
        {estimate.technicalLevel}, {technicalLevelText[estimate.technicalLevel]}.
      </p>
      {byKind.rows.length > 0 && <TableView table={byKind} formatter={formatter} id={idPrefix} />}
      <details class="mr-model" open={printing || undefined}>
        <summary>
          <Heading class="mr-model-title">
            Unit model: ora2pg's defaults{edited.length > 0 ? `, ${edited.length} edited` : ''}
          </Heading>
        </summary>
        <p class="kit-source">
          Costs and weights:{' '}
          <a href={report.modelSource.url} rel="noopener noreferrer" target="_blank">
            {report.modelSource.name}
          </a>
          , as of {report.modelSource.asOf}. Each code object costs its type's units, plus testing, plus one unit per so
          many characters of code, plus each construct's weight per occurrence, plus units per vendor-only function.
          Changes apply at once, without running PostgreSQL again, and travel in the link.
        </p>
        {printing ? (
          <p>
            {edited.length === 0
              ? 'All values are ora2pg’s defaults.'
              : `Edited: ${edited.map((key) => `${fieldByKey.get(key)!.label} ${plain.format(settings.values[key] as number)}`).join('; ')}.`}
          </p>
        ) : (
          <div class="mr-model-grid">
            <div class="mr-model-column">
              <ModelTable caption="General">
                {[
                  'minutesPerUnit',
                  'unitsPerPersonDay',
                  'testUnits',
                  charsParam(dialect),
                  vendorParam(dialect),
                  'scoredConstructMinWeight',
                  'levelCPersonDays',
                ].map((key) => (
                  <ModelInput key={key} field={fieldByKey.get(key)!} settings={settings} idPrefix={idPrefix} />
                ))}
              </ModelTable>
              <ModelTable caption={`Construct weights (${dialectNames[dialect]})`}>
                {constructs.length === 0 ? (
                  <tr>
                    <td colSpan={3}>No weighted construct in this schema.</td>
                  </tr>
                ) : (
                  constructs.map((construct) => (
                    <ModelInput
                      key={construct.id}
                      field={fieldByKey.get(constructParam(construct.id))!}
                      settings={settings}
                      idPrefix={idPrefix}
                      note={found.has(construct.id) ? `×${found.get(construct.id)}` : undefined}
                    />
                  ))
                )}
              </ModelTable>
              <button type="button" class="kit-link-button" onClick={() => setAllWeights(!allWeights)}>
                {allWeights ? 'Only the constructs found' : `All ${dialectNames[dialect]} construct weights`}
              </button>
            </div>
            <div>
              <ModelTable caption="Cost per object">
                {objectKeys.map((key) => (
                  <ModelInput
                    key={key}
                    field={fieldByKey.get(objectUnitParam(key))!}
                    settings={settings}
                    idPrefix={idPrefix}
                    note={presentKinds.has(key) ? `×${presentKinds.get(key)}` : undefined}
                  />
                ))}
              </ModelTable>
              <button type="button" class="kit-link-button" onClick={() => setAllKinds(!allKinds)}>
                {allKinds
                  ? 'Only the types in this schema'
                  : `All ${Object.keys(model.objectUnits).length} object types`}
              </button>
              <p class="kit-help">
                {objectUnitLabel('global-temporary-table')} and {objectUnitLabel('function-based-index').toLowerCase()}{' '}
                have costs of their own.
              </p>
            </div>
          </div>
        )}
        {edited.length > 0 && !printing && (
          <p>
            <button
              type="button"
              class="kit-button"
              onClick={() => {
                for (const key of edited) settings.setValue(fieldByKey.get(key)!, inputs.defaults[key]!);
              }}
            >
              Restore ora2pg’s defaults
            </button>
          </p>
        )}
      </details>
    </div>
  );
}
