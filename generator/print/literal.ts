/**
 * The only way a value from the spec (an enum value, a default, a pattern, a name) enters generated code. Every
 * function returns a complete, inert JavaScript token: spec text is data, never code.
 */
import { isIdentifier } from '../names.js';

/** A JSON-compatible value as a JavaScript literal; line and paragraph separators are escaped too. */
export function printValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
  const json = JSON.stringify(value);
  return json === undefined ? 'undefined' : json.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** A string as a double-quoted JavaScript string literal. */
export function printString(text: string): string {
  return printValue(text);
}

/** A property key: bare when it is a plain identifier, otherwise a string literal (`"a-b"`, `"__proto__"`). */
export function printPropertyKey(name: string): string {
  // `__proto__` as a bare key in an object literal sets the prototype; quoted in a type it is an ordinary key, but we
  // quote it everywhere for one rule.
  return isIdentifier(name) && name !== '__proto__' ? name : printString(name);
}

/** A property access on `target`: `target.name` or `target["a-b"]`. */
export function printPropertyAccess(target: string, name: string): string {
  return isIdentifier(name) ? `${target}.${name}` : `${target}[${printString(name)}]`;
}

/** A list of JSON values as an array literal, spaced as Prettier spaces it: `["a", "b"]`. */
export function printList(values: readonly unknown[]): string {
  return `[${values.map(printValue).join(', ')}]`;
}

/**
 * A long text as the string literal Prettier prints: in double quotes unless the text holds more double than
 * single quotes (JSON does), escaping only the backslash, the chosen quote and line breaks.
 */
export function printLongString(text: string): string {
  // Counted in place: splitting a 4 MB JSON text at its quotes made an array of every key and value.
  let doubles = 0;
  let singles = 0;
  for (let at = text.indexOf('"'); at !== -1; at = text.indexOf('"', at + 1)) doubles++;
  for (let at = text.indexOf("'"); at !== -1; at = text.indexOf("'", at + 1)) singles++;
  const quote = doubles > singles ? "'" : '"';
  // Only the chosen quote is matched: the other one (every key of a JSON document) is copied without a callback.
  const special = quote === "'" ? /[\\\n\r\u2028\u2029']/g : /[\\\n\r\u2028\u2029"]/g;
  const escaped = text.replace(special, (character) => {
    if (character === '\\') return '\\\\';
    if (character === '\n') return '\\n';
    if (character === '\r') return '\\r';
    if (character === '\u2028') return '\\u2028';
    if (character === '\u2029') return '\\u2029';
    return `\\${character}`;
  });
  return `${quote}${escaped}${quote}`;
}

/**
 * A JSON value as the one-line literal Prettier prints from code written on one line: `{ key: value }` with keys
 * unquoted where they are identifiers, `[a, b]`, and string literals as `printValue` writes them. Undefined where
 * Prettier would break the literal whatever the width (an array of several objects or arrays that each hold more
 * than one entry): the caller leaves that code to the format stage.
 */
export function printInline(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    const many = (item: unknown): boolean =>
      Array.isArray(item)
        ? item.length > 1
        : item !== null && typeof item === 'object' && Object.keys(item as object).length > 1;
    if (value.length > 1 && value.every(many) && value.every((item) => Array.isArray(item) === Array.isArray(value[0])))
      return undefined;
    const items = value.map(printInline);
    return items.some((item) => item === undefined) ? undefined : `[${items.join(', ')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).map(([key, item]) => {
      const printed = printInline(item);
      return printed === undefined ? undefined : `${printPropertyKey(key)}: ${printed}`;
    });
    if (entries.some((entry) => entry === undefined)) return undefined;
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  return printValue(value);
}
