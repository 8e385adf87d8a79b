/**
 * CEL source text → tokens. The rule comes from a spec, so it is untrusted: every failure is a `CelSyntaxError` with
 * the offset where it happened, never a crash, and literal values are decoded here so no rule text reaches the code.
 */

/** A compile-time error in a CEL rule, at a UTF-16 offset into the rule text. */
export class CelSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} at ${offset}`);
    this.name = 'CelSyntaxError';
  }
}

/** One token; `value` is the decoded literal for numbers and strings, the text otherwise. */
export type Token =
  | { readonly kind: 'int' | 'uint' | 'double'; readonly value: number; readonly offset: number }
  | { readonly kind: 'string'; readonly value: string; readonly offset: number }
  | { readonly kind: 'bytes'; readonly value: string; readonly offset: number }
  | { readonly kind: 'ident' | 'punct'; readonly value: string; readonly offset: number }
  /** A backquoted field name (`` x.`content-type` ``): only a selection may use one. */
  | { readonly kind: 'quoted'; readonly value: string; readonly offset: number }
  | { readonly kind: 'eof'; readonly value: ''; readonly offset: number };

/** Punctuation of two characters, tried before one (so `<=` wins over `<`). */
const TWO_CHARACTER_PUNCTUATION: ReadonlySet<string> = new Set(['==', '!=', '<=', '>=', '&&', '||']);
const ONE_CHARACTER_PUNCTUATION: ReadonlySet<string> = new Set([...'<>!+-*/%?:.,()[]{}']);

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '`': '`',
  '?': '?',
};

/** `0`-`9`. */
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A letter or `_`: what an identifier starts with. */
function isIdentifierStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** The end of the identifier starting at `at` (`[A-Za-z_][A-Za-z0-9_]*`). */
function identifierEnd(text: string, at: number): number {
  let end = at + 1;
  for (let code = text.charCodeAt(end); isIdentifierStart(code) || isDigit(code); code = text.charCodeAt(++end));
  return end;
}

/** Splits a CEL rule into tokens, ending with one `eof` token. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const c = text[at]!;
    const code = text.charCodeAt(at);
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f') {
      at++;
    } else if (c === '/' && text[at + 1] === '/') {
      // CEL comments run to the end of the line.
      while (at < text.length && text[at] !== '\n') at++;
    } else if (isDigit(code) || (c === '.' && isDigit(text.charCodeAt(at + 1)))) {
      const token = readNumber(text, at);
      tokens.push(token.token);
      at = token.end;
    } else if (isIdentifierStart(code)) {
      const match = text.slice(at, identifierEnd(text, at));
      const quote = text[at + match.length];
      if ((quote === '"' || quote === "'") && /^(?:[rR]|[bB]|[rR][bB]|[bB][rR])$/.test(match)) {
        const raw = /[rR]/.test(match);
        const string = readString(text, at + match.length, raw, at);
        tokens.push({ kind: /[bB]/.test(match) ? 'bytes' : 'string', value: string.value, offset: at });
        at = string.end;
      } else {
        tokens.push({ kind: 'ident', value: match, offset: at });
        at += match.length;
      }
    } else if (c === '`') {
      // cel-go's escaped field names: letters, digits and `_.-/ ` between backquotes.
      const match = matchAt(/`([A-Za-z0-9_.\-/ ]+)`/, text, at);
      if (match === null) throw new CelSyntaxError('malformed quoted field name', at);
      tokens.push({ kind: 'quoted', value: match[1]!, offset: at });
      at += match[0].length;
    } else if (c === '"' || c === "'") {
      const string = readString(text, at, false, at);
      tokens.push({ kind: 'string', value: string.value, offset: at });
      at = string.end;
    } else {
      const punct = punctuationAt(text, at);
      if (punct === undefined) throw new CelSyntaxError(`unexpected character ${JSON.stringify(c)}`, at);
      tokens.push({ kind: 'punct', value: punct, offset: at });
      at += punct.length;
    }
  }
  tokens.push({ kind: 'eof', value: '', offset: text.length });
  return tokens;
}

/** The punctuation at `at`, longest first (`<=` before `<`), or undefined. */
function punctuationAt(text: string, at: number): string | undefined {
  const two = text.slice(at, at + 2);
  if (TWO_CHARACTER_PUNCTUATION.has(two)) return two;
  const one = text[at]!;
  return ONE_CHARACTER_PUNCTUATION.has(one) ? one : undefined;
}

/** An int (`12`, `0x1F`), uint (`12u`) or double (`1.5`, `.5`, `1e3`) literal starting at `start`. */
function readNumber(text: string, start: number): { token: Token; end: number } {
  const hex = matchAt(/0[xX]([0-9a-fA-F]+)([uU]?)/, text, start);
  const double = matchAt(/(?:[0-9]*\.[0-9]+(?:[eE][+-]?[0-9]+)?|[0-9]+[eE][+-]?[0-9]+)/, text, start);
  const int = matchAt(/([0-9]+)([uU]?)/, text, start)!;
  let token: Token;
  let length: number;
  if (hex !== null) {
    token = integer(parseInt(hex[1]!, 16), hex[2] !== '', start);
    length = hex[0].length;
  } else if (double !== null) {
    const value = Number(double[0]);
    if (!Number.isFinite(value)) throw new CelSyntaxError('double literal out of range', start);
    token = { kind: 'double', value, offset: start };
    length = double[0].length;
  } else {
    token = integer(Number(int[1]), int[2] !== '', start);
    length = int[0].length;
  }
  // `1abc` or `1.2.3` is one malformed literal, not a number followed by something else.
  if (matchAt(/[A-Za-z0-9_]|\.[0-9]/, text, start + length) !== null)
    throw new CelSyntaxError('malformed number literal', start);
  return { token, end: start + length };
}

/** The match of `pattern` starting exactly at `at`; a fresh sticky copy, so no `lastIndex` is shared between calls. */
function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  const sticky = new RegExp(pattern.source, 'y');
  sticky.lastIndex = at;
  return sticky.exec(text);
}

function integer(value: number, unsigned: boolean, offset: number): Token {
  // JavaScript numbers hold integers exactly only up to 2^53; a larger literal would silently change the rule.
  if (!Number.isSafeInteger(value)) {
    throw new CelSyntaxError('integer literal out of range (JavaScript numbers are exact only up to 2^53)', offset);
  }
  return { kind: unsigned ? 'uint' : 'int', value, offset };
}

/** A quoted string (`'…'`, `"…"`, `'''…'''`, `"""…"""`) starting at the quote `at`; `token` is where its prefix began. */
function readString(text: string, at: number, raw: boolean, token: number): { value: string; end: number } {
  const quote = text[at]!;
  const triple = text.startsWith(quote.repeat(3), at);
  const close = triple ? quote.repeat(3) : quote;
  let i = at + close.length;
  let value = '';
  // Plain characters are taken a run at a time (a slice per run, not a concatenation per character).
  let run = i;
  for (;;) {
    if (i >= text.length) throw new CelSyntaxError('unterminated string literal', token);
    if (text.startsWith(close, i)) return { value: value + text.slice(run, i), end: i + close.length };
    const c = text[i]!;
    if (!triple && (c === '\n' || c === '\r')) throw new CelSyntaxError('newline in string literal', i);
    if (c === '\\' && !raw) {
      const escape = readEscape(text, i);
      value += text.slice(run, i) + escape.value;
      i = escape.end;
      run = i;
    } else {
      i++;
    }
  }
}

/** One backslash escape starting at `at`. */
function readEscape(text: string, at: number): { value: string; end: number } {
  const c = text[at + 1] ?? '';
  const simple = SIMPLE_ESCAPES[c];
  if (simple !== undefined) return { value: simple, end: at + 2 };
  const digits = c === 'x' || c === 'X' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
  if (digits > 0) {
    const hex = text.slice(at + 2, at + 2 + digits);
    if (!new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(hex)) throw new CelSyntaxError('malformed escape sequence', at);
    return { value: codePoint(parseInt(hex, 16), at), end: at + 2 + digits };
  }
  const octal = /^[0-3][0-7][0-7]/.exec(text.slice(at + 1, at + 4));
  if (octal !== null) return { value: codePoint(parseInt(octal[0], 8), at), end: at + 4 };
  throw new CelSyntaxError(`unknown escape sequence \\${c}`, at);
}

function codePoint(value: number, at: number): string {
  if (value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
    throw new CelSyntaxError('escape sequence is not a valid Unicode code point', at);
  }
  return String.fromCodePoint(value);
}

/** CEL's reserved words: never identifiers (Kubernetes escapes such field names as `__namespace__`). */
export const CEL_RESERVED = new Set([
  'in',
  'as',
  'break',
  'const',
  'continue',
  'else',
  'for',
  'function',
  'if',
  'import',
  'let',
  'loop',
  'package',
  'namespace',
  'return',
  'var',
  'void',
  'while',
]);
