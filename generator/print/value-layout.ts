// Object and array literals laid out as Prettier prints them from code written on one line: a literal stays on its
// line when it fits there, else it breaks one entry a line (each entry laid out the same way, with its trailing
// comma). The tables of generated code (the fake server's resources and merge metadata) are written this way, so the
// format stage passes them through.
import { PRINT_WIDTH } from './layout.js';
import { printPropertyKey, printValue } from './literal.js';

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

/**
 * Whether Prettier breaks the literal however short it is: an array of several arrays, or of several objects, each
 * with more than one entry (a matrix or a table of records; prettier/src/language-js/print/array.js, `shouldBreak`),
 * and anything holding such an array, since a forced break breaks every group around it.
 */
function breaksAlways(value: Literal): boolean {
  if (typeof value === 'string') return false;
  if (isArray(value)) {
    const table =
      value.length > 1 &&
      (value.every((item) => isArray(item) && item.length > 1) ||
        value.every((item) => typeof item !== 'string' && !isArray(item) && item.entries.length > 1));
    return table || value.some(breaksAlways);
  }
  return value.entries.some(([, item]) => breaksAlways(item));
}

/**
 * The literal as Prettier prints it starting at `column` of a line indented by `indent` spaces, with `suffix`
 * characters after it on its last line (`,` or `;`). Lines after the first carry their whole indentation.
 */
export function layLiteral(value: Literal, indent: number, column: number, suffix: number): string {
  const inline = inlineLiteral(value);
  if (typeof value === 'string' || (column + inline.length + suffix <= PRINT_WIDTH && !breaksAlways(value)))
    return inline;
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
 * its line is the one thing the layout cannot help) and no string Prettier would requote.
 */
export function literalLaidOut(text: string): boolean {
  // A string item alone on its line stays there however long (Prettier cannot break a string).
  const fits = (line: string) => line.length <= PRINT_WIDTH || /^\s+"(?:[^"\\]|\\.)*",$/.test(line);
  return text.split('\n').every(fits) && !/\\"/.test(text);
}

/**
 * A JSON value as a `Literal` (keys as `printPropertyKey` writes them, scalars as `printValue`), for `layLiteral`.
 * Undefined for an array of several numbers, which Prettier fills (as many a line as fit) rather than breaking one a
 * line.
 */
export function jsonLiteral(value: unknown): Literal | undefined {
  if (Array.isArray(value)) {
    if (value.length > 1 && value.every((item) => typeof item === 'number')) return undefined;
    const items = value.map(jsonLiteral);
    return items.some((item) => item === undefined) ? undefined : (items as Literal[]);
  }
  if (value !== null && typeof value === 'object') {
    const entries: (readonly [string, Literal])[] = [];
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const literal = jsonLiteral(item);
      if (literal === undefined) return undefined;
      entries.push([printPropertyKey(key), literal]);
    }
    return { entries };
  }
  return printValue(value);
}
