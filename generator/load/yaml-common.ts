// The common subset of YAML that specs are written in, read without the YAML library: block mappings and sequences
// indented by spaces, plain scalars on one line (resolved by the YAML 1.2 core schema), quoted scalars on one line,
// literal and folded block scalars (clip or strip), empty flow collections, comments. The YAML library costs most of
// a small spec's generation time in a fresh process (loading it, then parsing with every JIT tier cold): ImageTag's
// spec and overlay are read here in a few milliseconds instead of about 100.
//
// Exact or nothing: the reader gives the value the YAML library gives (`parseDocument` with the core schema, merge
// keys and unique keys, then `toJS`), or `undefined` for any text it is not sure of: anything outside the subset,
// anything that could be an error (a duplicate key, a tab, a control character, a document marker, an indentation it
// does not expect), anchors, aliases, tags, merge keys. The YAML library then reads the text as before, so every error
// it reports, and every location, is the library's own. test/unit/yaml-common.test.ts holds the reader to the library
// on every YAML file of the repository and on random documents and mutations of them.
import type { Json, JsonObject } from '../document.js';

/** Leaving the subset: thrown inside the reader, caught by `readCommonYaml`, which then answers `undefined`. */
class OutsideSubset {}
const OUTSIDE = new OutsideSubset();

/**
 * Characters the reader leaves to the library: CR, control and separator characters, BOM, lone surrogates. (Tabs are
 * read in block scalars' content only, where Kubernetes descriptions have them: see `significant`.)
 */
const UNSUPPORTED_CHARACTER =
  /[\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Document markers and directives: a stream of several documents, or one that declares its own rules. */
const DOCUMENT_MARKER = /^(?:(?:---|\.\.\.)(?: |$)|%)/m;
/** Nesting beyond this is left to the library (and then refused by `checkLimits` with its location). */
const MAX_DEPTH = 200;
/** The YAML library refuses implicit keys longer than 1024 characters; stay well below. */
const MAX_KEY_LENGTH = 1000;
/** Characters that cannot start a plain scalar here (YAML's indicators; `-` only when followed by a space). */
const INDICATOR = new Set([...'-?:,[]{}#&*!|>\'"%@`']);

/** YAML 1.2 core schema (yaml.org/spec/1.2.2, 10.3.2): the plain scalars that are not strings. */
const CORE_NULL = /^(?:~|[Nn]ull|NULL)$/;
const CORE_TRUE = /^(?:[Tt]rue|TRUE)$/;
const CORE_FALSE = /^(?:[Ff]alse|FALSE)$/;
const CORE_OCTAL = /^0o[0-7]+$/;
const CORE_DECIMAL = /^[-+]?[0-9]+$/;
const CORE_HEX = /^0x[0-9a-fA-F]+$/;
const CORE_NAN_INF = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const CORE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

/** Double-quoted escapes with a fixed meaning (YAML 1.2, 5.7); `\x`, `\u` and `\U` take hex digits. */
const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};
const HEX_ESCAPE_LENGTH: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

/** First characters of the core schema's non-strings (`~`, null, true, false, numbers, `.inf`, `.nan`). */
const CORE_FIRST = /^[~nNtTfF0-9+\-.]/;

/** The value of a plain scalar under the core schema, as the YAML library resolves it. */
function resolvePlain(text: string): Json {
  // Most plain scalars (words, sentences, paths) start with a character none of the patterns below can.
  if (!CORE_FIRST.test(text)) return text;
  if (CORE_NULL.test(text)) return null;
  if (CORE_TRUE.test(text)) return true;
  if (CORE_FALSE.test(text)) return false;
  if (CORE_OCTAL.test(text)) return parseInt(text.slice(2), 8);
  if (CORE_DECIMAL.test(text)) return parseInt(text, 10);
  if (CORE_HEX.test(text)) return parseInt(text.slice(2), 16);
  if (CORE_NAN_INF.test(text))
    return text.slice(-3).toLowerCase() === 'nan' ? NaN : text.startsWith('-') ? -Infinity : Infinity;
  if (CORE_FLOAT.test(text)) return parseFloat(text);
  return text;
}

/** The first column at or after `from` that is not a space. */
function skipSpaces(line: string, from: number): number {
  let column = from;
  while (line.charCodeAt(column) === 32) column++;
  return column;
}

/** Not a space: where a line's indentation ends. */
const NOT_SPACE = /[^ ]/;

/**
 * Leading spaces of a line (its length when it has nothing else). A regular expression search, not a loop over
 * characters: the reader runs once per process, before any JIT tier has compiled it, where a native search is ~5×
 * faster than a `charCodeAt` loop.
 */
function indentOf(line: string): number {
  const column = line.search(NOT_SPACE);
  return column === -1 ? line.length : column;
}

/** A sequence entry's dash at `column`: `-` followed by a space or the end of the line. */
function isDash(line: string, column: number): boolean {
  return line.charCodeAt(column) === 45 && (column + 1 === line.length || line.charCodeAt(column + 1) === 32);
}

/** `text` without trailing spaces (only spaces: `trimEnd` would also take a no-break space, which YAML keeps). */
function withoutTrailingSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  return text.slice(0, end);
}

/** After a scalar: only spaces, or a comment after at least one space. */
function restIsComment(line: string, from: number): boolean {
  const column = skipSpaces(line, from);
  return column === line.length || (column > from && line.charCodeAt(column) === 35);
}

/** Where a plain key ends: the first `:` followed by a space or the end of the line (-1: the line has none). */
function keyEnd(line: string, from: number): number {
  for (let at = line.indexOf(':', from); at !== -1; at = line.indexOf(':', at + 1)) {
    if (at + 1 === line.length || line.charCodeAt(at + 1) === 32) return at;
  }
  return -1;
}

/** A quoted scalar on one line: its value and the column after its closing quote. */
interface Quoted {
  readonly value: string;
  readonly end: number;
}

/** A double-quoted scalar starting at `from` (its opening quote); outside the subset when it spans lines. */
function doubleQuoted(line: string, from: number): Quoted {
  let value = '';
  let at = from + 1;
  // The next quote is searched again only once an escape (`\"`) has passed it: linear on a line of many escapes.
  let next = -1;
  for (;;) {
    if (next < at) next = line.indexOf('"', at);
    const escape = line.indexOf('\\', at);
    if (next === -1) throw OUTSIDE;
    if (escape === -1 || escape > next) return { value: value + line.slice(at, next), end: next + 1 };
    value += line.slice(at, escape);
    const code = line[escape + 1];
    if (code === undefined) throw OUTSIDE;
    const fixed = ESCAPES[code];
    if (fixed !== undefined) {
      value += fixed;
      at = escape + 2;
      continue;
    }
    const length = HEX_ESCAPE_LENGTH[code];
    const hex = length === undefined ? '' : line.slice(escape + 2, escape + 2 + length);
    if (length === undefined || hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex)) throw OUTSIDE;
    const point = parseInt(hex, 16);
    if (point > 0x10ffff) throw OUTSIDE;
    value += String.fromCodePoint(point);
    at = escape + 2 + length;
  }
}

/** A single-quoted scalar starting at `from`; `''` is a quote. Outside the subset when it spans lines. */
function singleQuoted(line: string, from: number): Quoted {
  let value = '';
  let at = from + 1;
  for (;;) {
    const next = line.indexOf("'", at);
    if (next === -1) throw OUTSIDE;
    value += line.slice(at, next);
    if (line.charCodeAt(next + 1) !== 39) return { value, end: next + 1 };
    value += "'";
    at = next + 2;
  }
}

/** A quoted scalar of either kind at `from`. */
function quoted(line: string, from: number): Quoted {
  return line.charCodeAt(from) === 34 ? doubleQuoted(line, from) : singleQuoted(line, from);
}

/** The reader over one text: a cursor over its lines. */
class CommonYamlReader {
  private readonly lines: readonly string[];
  /** Each line's indentation (leading spaces), found once. */
  private readonly indents: readonly number[];
  /** The line the reader is at. */
  private at = 0;

  constructor(text: string) {
    this.lines = text.split('\n');
    this.indents = this.lines.map(indentOf);
  }

  /** The indentation of line `index` (0 past the end). */
  private indentAt(index: number): number {
    return this.indents[index] ?? 0;
  }

  /** Whether line `index` holds nothing but spaces. */
  private isBlank(index: number): boolean {
    return this.indents[index] === this.lines[index]!.length;
  }

  /** The whole document: one block mapping (anything else goes to the library). */
  document(): JsonObject | undefined {
    const first = this.significant(0);
    if (first === this.lines.length) return undefined;
    const line = this.lines[first]!;
    const indent = this.indentAt(first);
    if (isDash(line, indent)) return undefined;
    this.at = first;
    const value = this.mapping(first, indent, 0);
    if (this.significant(this.at) !== this.lines.length) throw OUTSIDE;
    return value;
  }

  /**
   * The first line at or after `from` that is neither blank nor a comment. Every line outside block scalars passes
   * here, and none may hold a tab (YAML gives tabs rules of their own in indentation and separation).
   */
  private significant(from: number): number {
    let index = from;
    for (; index < this.lines.length; index++) {
      const line = this.lines[index]!;
      if (line.includes('\t')) throw OUTSIDE;
      const column = this.indentAt(index);
      if (column < line.length && line.charCodeAt(column) !== 35) break;
    }
    return index;
  }

  /** A block node whose first line is `this.at`, at `indent`: a sequence or a mapping. */
  private block(indent: number, depth: number): Json {
    if (depth > MAX_DEPTH) throw OUTSIDE;
    return isDash(this.lines[this.at]!, indent) ? this.sequence(indent, depth) : this.mapping(this.at, indent, depth);
  }

  /** A block mapping whose entries start at `column`, the first on line `start` (after a dash, or alone). */
  private mapping(start: number, column: number, depth: number): JsonObject {
    const value: JsonObject = {};
    let index = start;
    for (;;) {
      const line = this.lines[index]!;
      let key: string;
      let afterKey: number;
      const first = line.charCodeAt(column);
      if (first === 34 || first === 39) {
        const found = quoted(line, column);
        if (line.charCodeAt(found.end) !== 58) throw OUTSIDE;
        key = found.value;
        afterKey = found.end + 1;
        if (afterKey < line.length && line.charCodeAt(afterKey) !== 32) throw OUTSIDE;
      } else {
        const end = keyEnd(line, column);
        if (end === -1 || end - column > MAX_KEY_LENGTH || INDICATOR.has(line[column]!)) throw OUTSIDE;
        const text = line.slice(column, end);
        if (text.endsWith(' ') || text.includes(' #')) throw OUTSIDE;
        key = plainKey(text);
        afterKey = end + 1;
      }
      if (key === '__proto__' || key === '<<' || Object.hasOwn(value, key)) throw OUTSIDE;
      value[key] = this.entryValue(index, afterKey, column, depth);
      index = this.significant(this.at);
      if (index === this.lines.length) break;
      const next = this.lines[index]!;
      const indent = this.indentAt(index);
      if (indent < column) break;
      if (indent > column || isDash(next, column)) throw OUTSIDE;
    }
    return value;
  }

  /** The value of a mapping entry whose key ends before `from` on line `index`; leaves `this.at` after it. */
  private entryValue(index: number, from: number, column: number, depth: number): Json {
    const line = this.lines[index]!;
    const start = skipSpaces(line, from);
    if (start === line.length || line.charCodeAt(start) === 35) {
      const next = this.significant(index + 1);
      const nextLine = this.lines[next];
      if (nextLine !== undefined) {
        const indent = this.indentAt(next);
        // A sequence may sit at its key's own indentation (YAML 1.2, 8.2.1: "compact" block sequences).
        if (indent > column || (indent === column && isDash(nextLine, column))) {
          this.at = next;
          return this.block(indent, depth + 1);
        }
      }
      this.at = index + 1;
      return null;
    }
    const char = line.charCodeAt(start);
    if (char === 124 || char === 62) return this.blockScalar(index, start, column);
    return this.inlineScalar(index, start, column);
  }

  /** A scalar (or empty flow collection) that ends on its line; the next line may not continue it. */
  private inlineScalar(index: number, start: number, parentIndent: number): Json {
    const line = this.lines[index]!;
    let value: Json;
    const char = line[start]!;
    if (char === '"' || char === "'") {
      const found = quoted(line, start);
      if (!restIsComment(line, found.end)) throw OUTSIDE;
      value = found.value;
    } else if (char === '{' || char === '[') {
      if (line[start + 1] !== (char === '{' ? '}' : ']') || !restIsComment(line, start + 2)) throw OUTSIDE;
      value = char === '{' ? {} : [];
    } else {
      if (INDICATOR.has(char) && !(char === '-' && !isDash(line, start))) throw OUTSIDE;
      const comment = line.indexOf(' #', start);
      const text = withoutTrailingSpaces(line.slice(start, comment === -1 ? line.length : comment));
      if (text.endsWith(':') || text.includes(': ')) throw OUTSIDE;
      value = resolvePlain(text);
    }
    const next = this.significant(index + 1);
    if (next < this.lines.length && this.indentAt(next) > parentIndent) throw OUTSIDE;
    this.at = index + 1;
    return value;
  }

  /** A literal (`|`) or folded (`>`) block scalar, clip or strip; its header is at `start` on line `index`. */
  private blockScalar(index: number, start: number, parentIndent: number): string {
    const header = this.lines[index]!;
    const folded = header[start] === '>';
    let after = start + 1;
    const strip = header[after] === '-';
    if (strip) after++;
    // Keep chomping (`+`), indentation indicators and anything else in the header stay with the library.
    if (!restIsComment(header, after)) throw OUTSIDE;
    const first = index + 1;
    const firstLine = this.lines[first];
    if (firstLine === undefined || this.isBlank(first)) throw OUTSIDE;
    const indent = this.indentAt(first);
    if (indent <= parentIndent) throw OUTSIDE;
    let end = first;
    let last = first;
    for (; end < this.lines.length; end++) {
      const line = this.lines[end]!;
      if (this.isBlank(end)) {
        if (line.length > indent) throw OUTSIDE;
        continue;
      }
      if (this.indentAt(end) < indent) break;
      last = end;
    }
    // The last line of a text without a final newline has no line break for clip chomping to keep.
    if (last === this.lines.length - 1) throw OUTSIDE;
    const content = this.lines.slice(first, last + 1).map((line) => line.slice(indent));
    this.at = end;
    const body = folded ? fold(content) : content.join('\n');
    return strip ? body : `${body}\n`;
  }

  /** A block sequence at `indent`, from `this.at`. */
  private sequence(indent: number, depth: number): Json[] {
    const items: Json[] = [];
    for (let index = this.at; ;) {
      const line = this.lines[index]!;
      const start = skipSpaces(line, indent + 1);
      if (start === line.length || line.charCodeAt(start) === 35) {
        const next = this.significant(index + 1);
        const nextLine = this.lines[next];
        if (nextLine === undefined || this.indentAt(next) <= indent) throw OUTSIDE;
        this.at = next;
        items.push(this.block(this.indentAt(next), depth + 1));
      } else if (isDash(line, start)) {
        throw OUTSIDE;
      } else if (this.startsEntry(line, start)) {
        if (depth + 1 > MAX_DEPTH) throw OUTSIDE;
        items.push(this.mapping(index, start, depth + 1));
      } else {
        const char = line.charCodeAt(start);
        if (char === 124 || char === 62) throw OUTSIDE;
        items.push(this.inlineScalar(index, start, indent));
      }
      index = this.significant(this.at);
      if (index === this.lines.length) break;
      const next = this.lines[index]!;
      const nextIndent = this.indentAt(index);
      if (nextIndent < indent || (nextIndent === indent && !isDash(next, indent))) break;
      if (nextIndent > indent) throw OUTSIDE;
    }
    return items;
  }

  /** Whether the text at `start` is a mapping entry (`key: ...`) rather than a scalar. */
  private startsEntry(line: string, start: number): boolean {
    const char = line.charCodeAt(start);
    if (char === 34 || char === 39) {
      const found = quoted(line, start);
      return line.charCodeAt(found.end) === 58;
    }
    const end = keyEnd(line, start);
    if (end === -1) return false;
    const comment = line.indexOf(' #', start);
    return comment === -1 || comment > end;
  }
}

/** A plain key as the plain-object key the YAML library makes of it (strings, and integers written plainly). */
function plainKey(text: string): string {
  const value = resolvePlain(text);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && /^(?:0|[1-9][0-9]*)$/.test(text) && Number.isSafeInteger(value)) return text;
  throw OUTSIDE;
}

/** Folded content (YAML 1.2, 8.1.3): lines joined by a space, each run of empty lines kept as line breaks. */
function fold(lines: readonly string[]): string {
  let text = '';
  let empty = 0;
  for (const [index, line] of lines.entries()) {
    if (line === '') {
      empty++;
      continue;
    }
    // A more-indented line (or one starting with a tab) keeps its line breaks in folded content: left to the library.
    if (line.charCodeAt(0) === 32 || line.charCodeAt(0) === 9) throw OUTSIDE;
    text += index === 0 ? line : empty === 0 ? ` ${line}` : `${'\n'.repeat(empty)}${line}`;
    empty = 0;
  }
  return text;
}

/**
 * The value of a YAML text in the common subset, exactly as the YAML library reads it; `undefined` when the text
 * is outside the subset (or not a mapping), for the library to read.
 */
export function readCommonYaml(text: string): JsonObject | undefined {
  if (UNSUPPORTED_CHARACTER.test(text) || DOCUMENT_MARKER.test(text)) return undefined;
  try {
    return new CommonYamlReader(text).document();
  } catch (error) {
    if (error === OUTSIDE) return undefined;
    throw error;
  }
}
