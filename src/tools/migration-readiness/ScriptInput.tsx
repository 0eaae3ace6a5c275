/**
 * The input half of the page: paste or drop a script, the detected dialect with its evidence and an override, the
 * time limit per statement, and the button that starts PostgreSQL. Works before PGlite is downloaded.
 */
import { useRef, useState } from 'preact/hooks';
import { Fields } from '../../components/tool-kit/Fields';
import type { ToolState } from '../../components/tool-kit/useToolState';
import type { FieldValue } from '../../lib/tool-kit/fields';
import type { Formatter } from '../../lib/tool-kit/format';
import { dialectNames, dialects, type Dialect, type DialectDetection } from '../../lib/readiness/page';
import { formatBytes } from './model';
import { inputs } from './schema';

const limitOnly = { ...inputs, fields: inputs.fields.filter((field) => field.key === 'limit'), groups: [] };

export interface ScriptInputProps {
  idPrefix: string;
  text: string;
  fileName?: string;
  /** Size in UTF-8 bytes and lines, computed by the parent once per change. */
  stats: { bytes: number; lines: number };
  onText(text: string): void;
  onFile(file: File): void;
  onExample(dialect: Exclude<Dialect, 'postgres'>): void;
  onClear(): void;
  /** Why the script cannot be analysed, shown as an alert. */
  problem?: string;
  /** A note about the script (kept for this tab, or too large to keep). */
  storeNote?: string;
  detection?: DialectDetection;
  settings: ToolState<Record<string, FieldValue>>;
  formatter: Formatter;
  running: boolean;
  onAnalyse(): void;
  /** The heading element for this section (h2 on the tool page, h3 in a post). */
  heading: 'h2' | 'h3';
}

const examples = [
  { dialect: 'oracle', label: 'Oracle' },
  { dialect: 'sqlserver', label: 'SQL Server' },
  { dialect: 'mysql', label: 'MySQL' },
] as const;

function Evidence({ detection }: { detection: DialectDetection }) {
  const shown = detection.evidence.filter((item) => item.dialect === detection.dialect).slice(0, 4);
  if (shown.length === 0) return null;
  return (
    <>
      {' Evidence: '}
      {shown.map((item, index) => (
        <span key={item.signal}>
          {index > 0 && '; '}
          <span class="mr-evidence">{item.signal}</span> ×{item.count} from line {item.firstLine}
        </span>
      ))}
      .
    </>
  );
}

export function ScriptInput(props: ScriptInputProps) {
  const { idPrefix, settings, detection } = props;
  const fileInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const Heading = props.heading;
  const scriptId = `${idPrefix}-script`;
  const chosen = settings.values.dialect as string;
  const detected = detection ? dialectNames[detection.dialect] : undefined;
  const confidence = detection ? Math.round(detection.confidence * 100) : 0;
  const hasText = props.text.trim().length > 0;

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer?.files[0];
    if (file) props.onFile(file);
  };

  return (
    <form
      class="mr-input"
      aria-labelledby={`${idPrefix}-input-title`}
      onSubmit={(event) => {
        event.preventDefault();
        props.onAnalyse();
      }}
    >
      <div class="mr-section-head">
        <Heading id={`${idPrefix}-input-title`}>Your schema</Heading>
        <p class="mr-privacy">
          Stays in this browser: PostgreSQL runs inside the page. The script is kept in this tab only (session storage,
          so a reload keeps it), never sent, never put in a link.
        </p>
      </div>
      <div
        class={`mr-drop${dragging ? ' mr-drop-active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label for={scriptId} class="mr-label">
          Paste the DDL script, or drop a .sql file here (up to 10 MB)
        </label>
        <textarea
          id={scriptId}
          name="script"
          class="mr-script"
          rows={14}
          wrap="off"
          spellcheck={false}
          autoComplete="off"
          autoCapitalize="off"
          placeholder={
            'CREATE TABLE customers (\n  customer_id NUMBER(10) PRIMARY KEY,\n  full_name   VARCHAR2(100) NOT NULL\n);'
          }
          value={props.text}
          aria-invalid={props.problem ? 'true' : undefined}
          aria-describedby={`${idPrefix}-script-stats${props.problem ? ` ${idPrefix}-problem` : ''}`}
          onInput={(event) => props.onText(event.currentTarget.value)}
        />
      </div>
      <div class="mr-input-row">
        <p class="mr-stats" id={`${idPrefix}-script-stats`}>
          {hasText ? (
            <>
              {props.fileName && <strong>{props.fileName}: </strong>}
              {props.stats.lines.toLocaleString('en-US')} line{props.stats.lines === 1 ? '' : 's'},{' '}
              {formatBytes(props.stats.bytes)}
            </>
          ) : (
            'No script yet.'
          )}
          {props.storeNote && <span class="mr-store-note"> {props.storeNote}</span>}
        </p>
        <div class="mr-input-actions">
          <button type="button" class="kit-button" onClick={() => fileInput.current?.click()}>
            Choose a .sql file
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".sql,.ddl,.txt,.pks,.pkb,.prc,.fnc,.trg,text/plain,application/sql"
            class="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) props.onFile(file);
              event.currentTarget.value = '';
            }}
          />
          {hasText && (
            <button type="button" class="kit-button" onClick={props.onClear}>
              Clear
            </button>
          )}
        </div>
      </div>
      <p class="mr-examples">
        Or try an example written for this tool:{' '}
        {examples.map((example, index) => (
          <span key={example.dialect}>
            {index > 0 && ' · '}
            <button type="button" class="kit-link-button" onClick={() => props.onExample(example.dialect)}>
              {example.label}
            </button>
          </span>
        ))}
      </p>
      {props.problem && (
        <p class="notice notice-danger mr-problem" id={`${idPrefix}-problem`} role="alert">
          {props.problem}
        </p>
      )}
      <div class="mr-settings">
        <div class="kit-field" data-field="dialect">
          <label for={`${idPrefix}-dialect`}>Source dialect</label>
          <div class="kit-input">
            <select
              id={`${idPrefix}-dialect`}
              name="dialect"
              aria-describedby={`${idPrefix}-dialect-help`}
              onChange={(event) =>
                settings.setValue(
                  inputs.fields.find((f) => f.key === 'dialect')!,
                  event.currentTarget.value,
                )
              }
            >
              <option value="auto" selected={chosen === 'auto'}>
                {detected ? `Detect automatically (${detected})` : 'Detect automatically'}
              </option>
              {dialects.map((dialect) => (
                <option key={dialect} value={dialect} selected={chosen === dialect}>
                  {dialectNames[dialect]}
                </option>
              ))}
            </select>
          </div>
          <p
            class="kit-help"
            id={`${idPrefix}-dialect-help`}
            data-metric="detectedDialect"
            data-value={detection?.dialect ?? ''}
          >
            {!detection ? (
              'Oracle, SQL Server, MySQL or PostgreSQL: detected from the script as you paste it.'
            ) : detection.confidence === 0 ? (
              chosen === 'auto' ? (
                <>
                  No sign of any dialect yet (plain SQL): read as <strong>{detected}</strong>, the default. Choose the
                  source database if it is another.
                </>
              ) : (
                `You chose ${dialectNames[chosen as Dialect]}; the script shows no sign of any other dialect.`
              )
            ) : chosen !== 'auto' && chosen !== detection.dialect ? (
              <>
                You chose {dialectNames[chosen as Dialect]}; the script reads as {detected} ({confidence} % of the
                evidence).
              </>
            ) : (
              <>
                Reads as <strong>{detected}</strong>, {confidence} % of the evidence
                {confidence < 60 ? ' (low: check the choice)' : ''}.
                <Evidence detection={detection} />
              </>
            )}
          </p>
        </div>
        <Fields inputs={limitOnly} state={settings} formatter={props.formatter} idPrefix={idPrefix} />
      </div>
      <div class="mr-run">
        <button type="submit" class="button mr-analyse" disabled={props.running}>
          Analyse in PostgreSQL
        </button>
        <p class="kit-help">
          The first analysis downloads PostgreSQL 18 compiled to WebAssembly (PGlite, about 16 MB, served by this site,
          kept by your browser for later visits) and starts it in about two seconds. Later analyses reuse it.
        </p>
      </div>
    </form>
  );
}
