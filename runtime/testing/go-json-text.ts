/**
 * A JSON body as Go's decoder reads it: members in the order written (a repeated name read again, as Go does) and
 * each number with its own text (`2.0`, `1e3`, `9223372036854775808`), which Go parses by the field's type where
 * JSON.parse would have made a double of it.
 */

/** A JSON number and the text it was written as (undefined: only its value is known, the body came parsed). */
export class GoNumber {
  constructor(
    readonly value: number,
    readonly text: string | undefined,
  ) {}
}

/** A JSON object's members in the order Go reads them. */
export class GoObject {
  constructor(readonly entries: readonly (readonly [string, GoJson])[]) {}
}

/** A JSON value as the decoder walks it. */
export type GoJson = null | boolean | string | GoNumber | GoObject | readonly GoJson[];

/** JSON's number grammar, at a position (the text was parsed once already, so it is well formed). */
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/y;
/** A string token: its quotes and everything between them, escapes included. */
const STRING = /"(?:[^"\\]|\\.)*"/y;
const WHITESPACE = /[ \t\n\r]*/y;

/** Reads well-formed JSON text (JSON.parse has accepted it) into the decoder's tree. */
export function readGoJson(text: string): GoJson {
  let at = 0;
  const skip = (): void => {
    WHITESPACE.lastIndex = at;
    WHITESPACE.exec(text);
    at = WHITESPACE.lastIndex;
  };
  const token = (pattern: RegExp): string => {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (match === null) throw new SyntaxError(`JSON: unexpected text at ${at}`);
    at = pattern.lastIndex;
    return match[0];
  };
  const value = (): GoJson => {
    skip();
    const first = text[at];
    if (first === "{") {
      at++;
      const entries: (readonly [string, GoJson])[] = [];
      skip();
      if (text[at] === "}") return (at++, new GoObject(entries));
      for (;;) {
        skip();
        const name = JSON.parse(token(STRING)) as string;
        skip();
        at++; // ':'
        entries.push([name, value()]);
        skip();
        if (text[at++] === "}") return new GoObject(entries);
      }
    }
    if (first === "[") {
      at++;
      const items: GoJson[] = [];
      skip();
      if (text[at] === "]") return (at++, items);
      for (;;) {
        items.push(value());
        skip();
        if (text[at++] === "]") return items;
      }
    }
    if (first === '"') return JSON.parse(token(STRING)) as string;
    if (text.startsWith("true", at)) return ((at += 4), true);
    if (text.startsWith("false", at)) return ((at += 5), false);
    if (text.startsWith("null", at)) return ((at += 4), null);
    const number = token(NUMBER);
    return new GoNumber(Number(number), number);
  };
  return value();
}

/**
 * A parsed value as the decoder's tree: members in JavaScript's order, or sorted as Go marshals a map (a patch's
 * result); numbers by their value only.
 */
export function fromParsed(value: unknown, sorted: boolean): GoJson {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return new GoNumber(value, undefined);
  if (typeof value === "boolean" || typeof value === "string") return value;
  if (Array.isArray(value)) return value.map((item) => fromParsed(item, sorted));
  const entries = Object.entries(value as Record<string, unknown>);
  if (sorted) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new GoObject(entries.map(([key, item]) => [key, fromParsed(item, sorted)] as const));
}
