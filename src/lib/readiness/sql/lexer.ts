/**
 * A SQL tokenizer driven by a rules object (each dialect module in dialects/ supplies its own). It never interprets
 * what is inside a string literal or a comment, so every rule that runs afterwards works on tokens, not on raw text
 * (a keyword inside a string or comment is never matched).
 */

/** What one database's lexer accepts: declared here, implemented by each dialect module (sqlglot's Tokenizer flags). */
export interface LexerRules {
  /** `#` may continue a name (Oracle, SQL Server). */
  hashInNames: boolean;
  /** `#` may start a name: temporary tables #t, ##t (SQL Server). */
  hashStartsNames: boolean;
  /** `#` starts a comment to the end of the line (MySQL). */
  hashComments: boolean;
  /** Block comments nest (SQL Server, PostgreSQL). */
  nestedBlockComments: boolean;
  /** q'[…]' and nq'[…]' alternative quoting (Oracle). */
  qQuotes: boolean;
  /** N'…' national strings (all but PostgreSQL). */
  nationalStrings: boolean;
  /** E'…' strings with backslash escapes (PostgreSQL). */
  escapeStrings: boolean;
  /** _charset'…' introducers (MySQL). */
  charsetIntroducers: boolean;
  /** "…" is a string literal, not a quoted identifier (MySQL without ANSI_QUOTES). */
  doubleQuotedStrings: boolean;
  /** [name] quoted identifiers (SQL Server). */
  bracketIdentifiers: boolean;
  /** $tag$…$tag$ strings and $1 parameters (PostgreSQL). */
  dollarQuotes: boolean;
  /** $(name) sqlcmd variables (SQL Server). */
  sqlcmdVariables: boolean;
  /** @x and @@x variables (SQL Server, MySQL). */
  atVariables: boolean;
  /** :x bind variables (Oracle). */
  colonBindVariables: boolean;
  /** Backslash escapes in every string literal (MySQL). */
  backslashEscapes: boolean;
}

/** ANSI SQL: no vendor extension on; dialect modules spread it and switch on what their database accepts. */
export const ansiLexerRules: LexerRules = {
  hashInNames: false,
  hashStartsNames: false,
  hashComments: false,
  nestedBlockComments: false,
  qQuotes: false,
  nationalStrings: false,
  escapeStrings: false,
  charsetIntroducers: false,
  doubleQuotedStrings: false,
  bracketIdentifiers: false,
  dollarQuotes: false,
  sqlcmdVariables: false,
  atVariables: false,
  colonBindVariables: false,
  backslashEscapes: false,
};

export type TokenType =
  | 'word' // unquoted identifier or keyword
  | 'qident' // quoted identifier: "x", [x], `x`
  | 'string' // string literal, value holds the unescaped content
  | 'number'
  | 'var' // @x, @@x, :x bind variables, $(x) SQLCMD variables, $1 parameters
  | 'op' // operators: + - * / || := => <> != <= >= :: % etc.
  | 'punct' // ( ) , ; .
  | 'comment'
  | 'ws';

export interface Token {
  type: TokenType;
  /** The exact source text of the token. */
  text: string;
  /** Identifier name without quotes, string content without quotes, upper-cased keyword for words. */
  value: string;
  /** 1-based line where the token starts. */
  line: number;
  /** Offset in the source. */
  pos: number;
  /** For strings: the quote style ("'", '"', "q", "$"); for quoted identifiers: the opening quote character. */
  quote?: string;
  /** For strings with a prefix: N, E, B, X, _utf8… */
  prefix?: string;
}

// Character classes by code, not regular expressions: the tokenizer runs over megabytes.
const isLetter = (n: number) => (n >= 65 && n <= 90) || (n >= 97 && n <= 122) || n === 95 || n >= 128;
const isWordStart = (c: string) => isLetter(c.charCodeAt(0));
const isWordPart = (c: string, rules: LexerRules) => {
  const n = c.charCodeAt(0);
  return isLetter(n) || (n >= 48 && n <= 57) || n === 36 || (n === 35 && rules.hashInNames);
};
const isDigit = (c: string) => c >= '0' && c <= '9';
const isSpace = (c: string) => {
  const n = c.charCodeAt(0);
  return n === 32 || (n >= 9 && n <= 13) || n === 160 || n === 0xfeff;
};

const multiCharOps = ['||', ':=', '=>', '<>', '!=', '<=', '>=', '::', '**', '->>', '->', '<<', '>>', '!<', '!>'];

/** Counts newlines in s. */
function newlines(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}

/** Matching closing bracket for Oracle's q'[...]' quoting. */
const qClose: Record<string, string> = { '[': ']', '{': '}', '(': ')', '<': '>' };

/**
 * Reads one token at `pos`. Never throws: an unterminated string or comment runs to the end of the input and is
 * flagged by `unterminated` so the caller can report its line.
 */
export function readToken(
  src: string,
  pos: number,
  line: number,
  rules: LexerRules,
): { token: Token; unterminated?: boolean } {
  const c = src[pos]!;
  const next = src[pos + 1] ?? '';
  const make = (type: TokenType, end: number, value?: string, extra: Partial<Token> = {}): { token: Token } => {
    const text = src.slice(pos, end);
    return { token: { type, text, value: value ?? text, line, pos, ...extra } };
  };

  // Whitespace
  if (isSpace(c)) {
    let end = pos + 1;
    while (end < src.length && isSpace(src[end]!)) end++;
    return make('ws', end);
  }

  // Comments: --, # (MySQL), /* */ (nested in SQL Server and PostgreSQL)
  if (c === '-' && next === '-') {
    const end = src.indexOf('\n', pos);
    return make('comment', end === -1 ? src.length : end);
  }
  if (c === '#' && rules.hashComments) {
    const end = src.indexOf('\n', pos);
    return make('comment', end === -1 ? src.length : end);
  }
  if (c === '/' && next === '*') {
    const nested = rules.nestedBlockComments;
    let depth = 1;
    let i = pos + 2;
    while (i < src.length && depth > 0) {
      if (src[i] === '*' && src[i + 1] === '/') {
        depth--;
        i += 2;
      } else if (nested && src[i] === '/' && src[i + 1] === '*') {
        depth++;
        i += 2;
      } else i++;
    }
    const result = make('comment', i);
    return depth > 0 ? { ...result, unterminated: true } : result;
  }

  // Oracle q'[...]' and nq'[...]'
  if (rules.qQuotes && (c === 'q' || c === 'Q') && next === "'") return readQQuote(src, pos, line, 2, '');
  if (rules.qQuotes && (c === 'n' || c === 'N') && (next === 'q' || next === 'Q') && src[pos + 2] === "'")
    return readQQuote(src, pos, line, 3, 'N');

  // Prefixed strings: N'..' (Oracle, SQL Server, MySQL), E'..' (PostgreSQL), B'..'/X'..', _utf8'..' (MySQL)
  if (next === "'") {
    if ((c === 'n' || c === 'N') && rules.nationalStrings) return readQuoted(src, pos + 1, line, rules, 'N', pos);
    if ((c === 'e' || c === 'E') && rules.escapeStrings) return readQuoted(src, pos + 1, line, rules, 'E', pos);
    if (c === 'b' || c === 'B' || c === 'x' || c === 'X')
      return readQuoted(src, pos + 1, line, rules, c.toUpperCase(), pos);
  }
  if (c === '_' && rules.charsetIntroducers) {
    const m = /^_([A-Za-z0-9]+)(?=')/.exec(src.slice(pos, pos + 20));
    if (m) return readQuoted(src, pos + m[0].length, line, rules, m[0], pos);
  }

  if (c === "'") return readQuoted(src, pos, line, rules, undefined, pos);
  if (c === '"') {
    // In MySQL (without ANSI_QUOTES) a double-quoted text is a string literal.
    if (rules.doubleQuotedStrings) return readQuoted(src, pos, line, rules, undefined, pos);
    return readDelimitedIdent(src, pos, line, '"', '"');
  }
  if (c === '`') return readDelimitedIdent(src, pos, line, '`', '`');
  if (c === '[' && rules.bracketIdentifiers) return readDelimitedIdent(src, pos, line, '[', ']');

  // PostgreSQL dollar quoting $tag$...$tag$
  if (c === '$' && rules.dollarQuotes) {
    const m = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(src.slice(pos, pos + 64));
    if (m) {
      const tag = m[0];
      const close = src.indexOf(tag, pos + tag.length);
      const end = close === -1 ? src.length : close + tag.length;
      const result = make('string', end, src.slice(pos + tag.length, close === -1 ? src.length : close), {
        quote: '$',
      });
      return close === -1 ? { ...result, unterminated: true } : result;
    }
    const p = /^\$\d+/.exec(src.slice(pos, pos + 12));
    if (p) return make('var', pos + p[0].length);
  }

  // SQLCMD variable $(name)
  if (c === '$' && next === '(' && rules.sqlcmdVariables) {
    const close = src.indexOf(')', pos);
    if (close !== -1 && close - pos < 130) return make('var', close + 1);
  }

  // Numbers (including .5 and 1e10)
  if (isDigit(c) || (c === '.' && isDigit(next))) {
    const m = /^(0x[0-9A-Fa-f]+|\d*\.?\d+(?:[eE][+-]?\d+)?|\d+\.)/.exec(src.slice(pos, pos + 64));
    const len = m ? m[0].length : 1;
    return make('number', pos + len);
  }

  // Variables: @x, @@x (SQL Server, MySQL), :x / :new (Oracle bind variables), @'x' (MySQL user variable)
  if (c === '@' && rules.atVariables) {
    let end = pos + 1;
    if (src[end] === '@') end++;
    while (end < src.length && isWordPart(src[end]!, rules)) end++;
    if (end > pos + 1) return make('var', end);
  }
  if (c === ':' && rules.colonBindVariables && isWordStart(next)) {
    let end = pos + 1;
    while (end < src.length && isWordPart(src[end]!, rules)) end++;
    return make('var', end);
  }

  // Words
  if (isWordStart(c) || (c === '#' && rules.hashStartsNames)) {
    let end = pos + 1;
    while (end < src.length && isWordPart(src[end]!, rules)) end++;
    const text = src.slice(pos, end);
    return make('word', end, text.toUpperCase());
  }

  if ('(),;.'.includes(c)) return make('punct', pos + 1);
  for (const op of multiCharOps) if (src.startsWith(op, pos)) return make('op', pos + op.length);
  return make('op', pos + 1);
}

function readQuoted(
  src: string,
  quotePos: number,
  line: number,
  rules: LexerRules,
  prefix: string | undefined,
  start: number,
): { token: Token; unterminated?: boolean } {
  const q = src[quotePos]!;
  const backslash = rules.backslashEscapes || prefix === 'E';
  let i = quotePos + 1;
  let value = '';
  while (i < src.length) {
    const ch = src[i]!;
    if (backslash && ch === '\\' && i + 1 < src.length) {
      value += src[i + 1];
      i += 2;
      continue;
    }
    if (ch === q) {
      if (src[i + 1] === q) {
        value += q;
        i += 2;
        continue;
      }
      const text = src.slice(start, i + 1);
      return { token: { type: 'string', text, value, line, pos: start, quote: q, ...(prefix ? { prefix } : {}) } };
    }
    value += ch;
    i++;
  }
  const text = src.slice(start);
  return {
    token: { type: 'string', text, value, line, pos: start, quote: q, ...(prefix ? { prefix } : {}) },
    unterminated: true,
  };
}

function readQQuote(
  src: string,
  pos: number,
  line: number,
  skip: number,
  prefix: string,
): { token: Token; unterminated?: boolean } {
  const open = src[pos + skip];
  if (open === undefined) {
    return { token: { type: 'string', text: src.slice(pos), value: '', line, pos, quote: 'q' }, unterminated: true };
  }
  const close = (qClose[open] ?? open) + "'";
  const end = src.indexOf(close, pos + skip + 1);
  const stop = end === -1 ? src.length : end + 2;
  const value = src.slice(pos + skip + 1, end === -1 ? src.length : end);
  const token: Token = { type: 'string', text: src.slice(pos, stop), value, line, pos, quote: 'q' };
  if (prefix) token.prefix = prefix;
  return end === -1 ? { token, unterminated: true } : { token };
}

function readDelimitedIdent(
  src: string,
  pos: number,
  line: number,
  open: string,
  close: string,
): { token: Token; unterminated?: boolean } {
  let i = pos + 1;
  let value = '';
  while (i < src.length) {
    if (src[i] === close) {
      if (src[i + 1] === close) {
        value += close;
        i += 2;
        continue;
      }
      return { token: { type: 'qident', text: src.slice(pos, i + 1), value, line, pos, quote: open } };
    }
    value += src[i];
    i++;
  }
  return { token: { type: 'qident', text: src.slice(pos), value, line, pos, quote: open }, unterminated: true };
}

/** Tokenizes a whole text (used for bodies and tests); the splitter drives `readToken` itself. */
export function tokenize(src: string, rules: LexerRules, firstLine = 1): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  let line = firstLine;
  while (pos < src.length) {
    const { token } = readToken(src, pos, line, rules);
    tokens.push(token);
    pos += token.text.length;
    line += newlines(token.text);
  }
  return tokens;
}

export { newlines };

/** True for tokens that carry meaning (not whitespace or comments). */
export const significant = (t: Token) => t.type !== 'ws' && t.type !== 'comment';
