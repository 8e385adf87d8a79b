// Object and array literals laid out as Prettier prints them from code written on one line: a literal stays on its
// line when it fits there, else it breaks one entry a line (each entry laid out the same way, with its trailing
// comma). The tables of generated code (the fake server's resources and merge metadata) are written this way, so the
// format stage passes them through.
import { PRINT_WIDTH } from './layout.js';

/** A literal to lay out: printed code (an identifier, a string or a member access), an object or an array. */
export type Literal = string | LiteralObject | readonly Literal[];

/** An object literal: printed keys (`printPropertyKey`) and their values, in order. */
export interface LiteralObject {
  readonly entries: readonly (readonly [string, Literal])[];
}

/** The literal on one line: `{ key: value }`, `[a, b]`, `{}`, `[]`. */
export function inlineLiteral(value: Literal): string {
  if (typeof value === 'string') return value;
  if (isArray(value)) return `[${value.map(inlineLiteral).join(', ')}]`;
  if (value.entries.length === 0) return '{}';
  return `{ ${value.entries.map(([key, item]) => `${key}: ${inlineLiteral(item)}`).join(', ')} }`;
}

function isArray(value: Literal): value is readonly Literal[] {
  return Array.isArray(value);
}

/** How many entries an object or array literal holds; undefined for printed code. */
function size(value: Literal): number | undefined {
  if (typeof value === 'string') return undefined;
  return isArray(value) ? value.length : value.entries.length;
}

/**
 * Prettier breaks an array of several objects (or several arrays) that each hold more than one entry, whatever the
 * width, and a literal holding such an array breaks with it.
 */
function mustBreak(value: Literal): boolean {
  if (typeof value === 'string') return false;
  if (isArray(value)) {
    const [first] = value;
    const kind = (item: Literal): string => (typeof item === 'string' ? 'code' : isArray(item) ? 'array' : 'object');
    if (
      value.length > 1 &&
      first !== undefined &&
      value.every((item) => kind(item) !== 'code' && kind(item) === kind(first) && (size(item) ?? 0) > 1)
    )
      return true;
    return value.some(mustBreak);
  }
  return value.entries.some(([, item]) => mustBreak(item));
}

/**
 * Reads printed code back into a literal: objects (keys identifiers or double-quoted strings), arrays, and anything
 * else (strings, names, arrow functions) as printed code up to the next top-level `,`, `]` or `}`. Undefined for
 * text it cannot read whole (a spread, a comment, unbalanced brackets).
 */
export function parseLiteral(text: string): Literal | undefined {
  let at = 0;
  const space = (): void => {
    while (text[at] === ' ') at++;
  };
  const value = (): Literal | undefined => {
    space();
    if (text[at] === '[') {
      at++;
      const items: Literal[] = [];
      for (space(); text[at] !== ']';) {
        const item = value();
        if (item === undefined) return undefined;
        items.push(item);
        space();
        if (text[at] === ',') at++;
        else if (text[at] !== ']') return undefined;
        space();
      }
      at++;
      return items;
    }
    if (text[at] === '{') {
      at++;
      const entries: [string, Literal][] = [];
      for (space(); text[at] !== '}';) {
        const key = /^(?:[A-Za-z_$][\w$]*|"(?:[^"\\]|\\.)*")(?=:)/.exec(text.slice(at))?.[0];
        if (key === undefined) return undefined;
        at += key.length + 1;
        const item = value();
        if (item === undefined) return undefined;
        entries.push([key, item]);
        space();
        if (text[at] === ',') at++;
        else if (text[at] !== '}') return undefined;
        space();
      }
      at++;
      return { entries };
    }
    return atom();
  };
  const atom = (): string | undefined => {
    const start = at;
    let depth = 0;
    let quote: string | undefined;
    for (; at < text.length; at++) {
      const c = text[at]!;
      if (quote !== undefined) {
        if (c === '\\') at++;
        else if (c === quote) quote = undefined;
      } else if (c === '"' || c === "'" || c === '`') quote = c;
      else if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') {
        if (depth === 0) break;
        depth--;
      } else if (c === ',' && depth === 0) break;
    }
    const code = text.slice(start, at).trim();
    return code === '' || code.startsWith('...') || /\/[/*]/.test(code.replace(/"(?:[^"\\]|\\.)*"/g, '""'))
      ? undefined
      : code;
  };
  const result = value();
  space();
  return result !== undefined && at === text.length ? result : undefined;
}

/**
 * The literal as Prettier prints it starting at `column` of a line indented by `indent` spaces, with `suffix`
 * characters after it on its last line (`,` or `;`). Lines after the first carry their whole indentation.
 */
export function layLiteral(value: Literal, indent: number, column: number, suffix: number): string {
  const inline = inlineLiteral(value);
  if (typeof value === 'string' || (!mustBreak(value) && column + inline.length + suffix <= PRINT_WIDTH)) return inline;
  const inner = ' '.repeat(indent + 2);
  const close = ' '.repeat(indent);
  if (isArray(value)) {
    if (value.length === 0) return inline;
    const items = value.map((item) => `${inner}${layLiteral(item, indent + 2, indent + 2, 1)},`);
    return `[\n${items.join('\n')}\n${close}]`;
  }
  if (value.entries.length === 0) return inline;
  const entries = value.entries.map(
    ([key, item]) => `${inner}${key}: ${layLiteral(item, indent + 2, indent + 2 + key.length + 2, 1)},`,
  );
  return `{\n${entries.join('\n')}\n${close}}`;
}

/**
 * Whether Prettier keeps `layLiteral`'s text as it is: every line within the width (a string or a key too long for
 * its line is the one thing the layout cannot help), no string Prettier would requote, no broken array of numbers.
 */
export function literalLaidOut(text: string): boolean {
  // A broken array of numbers Prettier fills (several a line) instead of one a line: not ours to lay out.
  const numberLine = /^\s*[-+]?(\d|\.\d)[\w.+-]*,$/m;
  return text.split('\n').every((line) => line.length <= PRINT_WIDTH) && !/\\"/.test(text) && !numberLine.test(text);
}
