/**
 * The text to count: a text area whose content never leaves the page (not in the URL, not in the CSV), and the
 * token worker, started the first time the visitor types, pastes or asks, with its progress shown. Counting
 * runs in the worker, so typing stays smooth even with a 100 KB document; a newer count supersedes an older one.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { SupersededError, startTokenWorker, type TokenCounter } from '../../lib/tokenizers/client';
import type { CountMethod, ProgressMessage } from '../../lib/tokenizers/protocol';
import type { Counted } from './model';

type Status =
  | { kind: 'idle' }
  | { kind: 'starting' }
  | { kind: 'progress'; progress: ProgressMessage }
  | { kind: 'done'; characters: number; ms: number }
  | { kind: 'error'; message: string };

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Our own sample: a system prompt with a code block and a little German and Japanese. */
const sample = `You are the billing assistant of a small database consultancy. Answer in the customer's language, in two or three short paragraphs, and never invent a price: quote the price list below or say you do not know.

Price list (per month): managed PostgreSQL from $49, read replica $29, point-in-time recovery included, 24/7 support $199.

When a customer pastes a query, explain its cost with EXPLAIN output if they give it:

\`\`\`sql
SELECT customer_id, sum(amount) AS total
FROM invoices
WHERE issued_at >= now() - interval '30 days'
GROUP BY customer_id
ORDER BY total DESC
LIMIT 20;
\`\`\`

Beispiel: „Was kostet eine Lesereplik?“ → „29 $ im Monat.“
例: 「読み取りレプリカはいくらですか？」→「月額29ドルです。」
`;

function StatusLine({ status, length }: { status: Status; length: number }) {
  if (status.kind === 'progress') {
    const { progress } = status;
    if (progress.phase === 'loading') {
      return (
        <>
          <progress aria-label={`Loading the ${progress.method} encoding`} />
          <span>Loading the {progress.method} encoding (about 1 MB, first use only)…</span>
        </>
      );
    }
    const percent = progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 100;
    return (
      <>
        <progress
          value={progress.done}
          max={Math.max(1, progress.total)}
          aria-label={`Counting with ${progress.method}`}
        />
        <span>
          Counting with {progress.method}: {percent} %
        </span>
      </>
    );
  }
  if (status.kind === 'starting') {
    return (
      <>
        <progress aria-label="Starting the token counter" />
        <span>Starting the token counter…</span>
      </>
    );
  }
  if (status.kind === 'done') {
    return (
      <span>
        Counted {whole.format(status.characters)} characters in {whole.format(status.ms)} ms.
      </span>
    );
  }
  if (status.kind === 'error') return <span class="kit-error">{status.message}</span>;
  return (
    <span>
      {length > 0
        ? `${whole.format(length)} characters.`
        : 'The tokenizer loads when you type or paste (about 1 MB, once), then counts in the background.'}
    </span>
  );
}

interface Props {
  idPrefix: string;
  methods: CountMethod[];
  onCounted(counted: Counted | null): void;
}

export function PromptBox({ idPrefix, methods, onCounted }: Props) {
  const area = useRef<HTMLTextAreaElement>(null);
  const counter = useRef<TokenCounter | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [length, setLength] = useState(0);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const methodsKey = methods.join(',');

  // Each count takes a number; only the newest one may show its result (clearing the text counts too).
  const generation = useRef(0);

  const count = useCallback(async () => {
    clearTimeout(timer.current);
    const mine = ++generation.current;
    const text = area.current?.value ?? '';
    if (text === '') {
      onCounted(null);
      setStatus({ kind: 'idle' });
      return;
    }
    try {
      if (!counter.current) {
        setStatus({ kind: 'starting' });
        counter.current = startTokenWorker();
      }
      const result = await counter.current.count(text, methodsKey.split(',') as CountMethod[], (progress) => {
        if (mine === generation.current) setStatus({ kind: 'progress', progress });
      });
      if (mine !== generation.current) return;
      onCounted({ characters: result.characters, counts: result.counts });
      setStatus({ kind: 'done', characters: result.characters, ms: result.ms });
    } catch (error) {
      if (error instanceof SupersededError || mine !== generation.current) return;
      counter.current?.dispose();
      counter.current = null;
      setStatus({ kind: 'error', message: (error as Error).message || 'The token counter failed.' });
    }
  }, [methodsKey, onCounted]);

  // A change of encodings recounts the text already there.
  useEffect(() => {
    if (area.current?.value) void count();
  }, [methodsKey]);
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      counter.current?.dispose();
    },
    [],
  );

  const schedule = () => {
    setLength(area.current?.value.length ?? 0);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void count(), 250);
  };

  const id = `${idPrefix}-text`;
  return (
    <div class="kit-lead prompt-box">
      <label for={id} class="prompt-label">
        Prompt or document
      </label>
      <textarea
        id={id}
        ref={area}
        rows={9}
        spellcheck={false}
        autoComplete="off"
        placeholder="Paste a prompt, a system prompt or a whole document…"
        aria-describedby={`${id}-privacy ${id}-status`}
        onInput={schedule}
      />
      <div class="prompt-actions">
        <button type="button" class="kit-button prompt-count" onClick={() => void count()}>
          Count tokens
        </button>
        <button
          type="button"
          class="kit-button"
          onClick={() => {
            if (area.current) area.current.value = sample;
            setLength(sample.length);
            void count();
          }}
        >
          Try a sample
        </button>
        <button
          type="button"
          class="kit-button"
          onClick={() => {
            if (area.current) area.current.value = '';
            setLength(0);
            void count();
          }}
        >
          Clear
        </button>
      </div>
      <p class="prompt-status" id={`${id}-status`} role="status" aria-live="polite">
        <StatusLine status={status} length={length} />
      </p>
      <p class="kit-help" id={`${id}-privacy`}>
        Your text stays in this tab: it is not put in the link or the CSV, and it is counted on your machine, never sent
        anywhere.
      </p>
    </div>
  );
}
