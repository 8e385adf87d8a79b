// JSON specs: parsed by the native parser; the text is scanned only to place a syntax error or to locate a pointer.
import type { Json, Locator } from '../document.js';
import { SpecgenError, fromPointer } from '../errors.js';
import { parseYaml } from './yaml.js';
import { lineStarts, placeAt } from '../text-place.js';

/** Parses JSON with the fast native parser; only on failure (or when asked to locate) is the text scanned again. */
export function parseJson(file: string, text: string): { value: Json; locate: Locator } {
  let value: Json;
  try {
    value = JSON.parse(text) as Json;
  } catch (error) {
    // A `.yaml` file that merely starts with `{` may be a YAML flow mapping: give YAML its chance.
    if (!file.toLowerCase().endsWith('.json')) return parseYaml(file, text);
    throw jsonSyntaxError(file, text, error);
  }
  return { value, locate: jsonLocator(text) };
}

/** Turns a JSON.parse failure into a diagnostic at the exact offending line:column. */
function jsonSyntaxError(file: string, text: string, error: unknown): SpecgenError {
  const problem = findJsonError(text);
  const native = error instanceof Error ? error.message : String(error);
  const offset = problem?.offset ?? Number(/position (\d+)/.exec(native)?.[1] ?? 0);
  const place = placeAt(lineStarts(text), offset);
  return new SpecgenError({
    message: `invalid JSON: ${problem?.message ?? native}`,
    location: { file, pointer: '', line: place.line, column: place.column },
  });
}

/** A syntax problem found by the scanner. */
interface JsonProblem {
  readonly offset: number;
  readonly message: string;
}

/** Validates the whole text; returns the first syntax problem, or undefined when the text is valid JSON. */
function findJsonError(text: string): JsonProblem | undefined {
  try {
    const end = skipWhitespace(text, skipValue(text, skipWhitespace(text, 0)));
    if (end < text.length)
      return { offset: end, message: `unexpected ${describe(text, end)} after the end of the document` };
    return undefined;
  } catch (error) {
    if (isJsonProblem(error)) return error;
    throw error;
  }
}

/** Type guard for problems thrown by the scanner. */
function isJsonProblem(value: unknown): value is JsonProblem {
  return (
    typeof value === 'object' && value !== null && 'offset' in value && 'message' in value && !(value instanceof Error)
  );
}

/** Describes the character at an offset for a message. */
function describe(text: string, offset: number): string {
  return offset >= text.length ? 'end of input' : `character ${JSON.stringify(text[offset])}`;
}

/** Skips JSON whitespace. */
function skipWhitespace(text: string, offset: number): number {
  let at = offset;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) break;
    at++;
  }
  return at;
}

/** Skips one string starting at its opening quote; returns the offset after the closing quote. */
function skipString(text: string, offset: number): number {
  let at = offset + 1;
  for (;;) {
    if (at >= text.length) throw { offset: at, message: 'unterminated string' } satisfies JsonProblem;
    const code = text.charCodeAt(at);
    if (code === 0x22) return at + 1;
    if (code < 0x20) throw { offset: at, message: 'control character in string (escape it)' } satisfies JsonProblem;
    if (code === 0x5c) {
      const escape = text[at + 1];
      if (escape === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6)))
          throw { offset: at, message: 'invalid \\u escape' } satisfies JsonProblem;
        at += 6;
        continue;
      }
      if (escape === undefined || !'"\\/bfnrt'.includes(escape))
        throw { offset: at, message: 'invalid escape in string' } satisfies JsonProblem;
      at += 2;
      continue;
    }
    at++;
  }
}

/** Skips a JSON number; returns the offset after it, or -1 when none starts here. */
function skipNumber(text: string, offset: number): number {
  const digits = (from: number): number => {
    let at = from;
    while (at < text.length && text.charCodeAt(at) >= 0x30 && text.charCodeAt(at) <= 0x39) at++;
    return at;
  };
  let at = text[offset] === '-' ? offset + 1 : offset;
  if (text[at] === '0') at++;
  else if (digits(at) > at) at = digits(at);
  else return -1;
  if (text[at] === '.') {
    if (digits(at + 1) === at + 1) return -1;
    at = digits(at + 1);
  }
  if (text[at] === 'e' || text[at] === 'E') {
    const sign = text[at + 1] === '+' || text[at + 1] === '-' ? at + 2 : at + 1;
    if (digits(sign) === sign) return -1;
    at = digits(sign);
  }
  return at;
}

/**
 * Skips one JSON value starting at `offset` (no leading whitespace) and validates it; iterative, so a hostile
 * nesting depth cannot overflow the stack. Throws a JsonProblem on bad syntax.
 */
function skipValue(text: string, offset: number): number {
  // The stack holds the closing bracket of each open container.
  const stack: string[] = [];
  let at = offset;
  for (;;) {
    at = skipWhitespace(text, at);
    const char = text[at];
    // Read one value (or open a container).
    if (char === '{' || char === '[') {
      const close = char === '{' ? '}' : ']';
      at = skipWhitespace(text, at + 1);
      if (text[at] === close) {
        at++;
      } else {
        stack.push(close);
        if (close === '}') at = skipKey(text, at);
        continue;
      }
    } else if (char === '"') {
      at = skipString(text, at);
    } else if (text.startsWith('true', at)) {
      at += 4;
    } else if (text.startsWith('false', at)) {
      at += 5;
    } else if (text.startsWith('null', at)) {
      at += 4;
    } else {
      const end = skipNumber(text, at);
      if (end < 0)
        throw { offset: at, message: `unexpected ${describe(text, at)}, expected a value` } satisfies JsonProblem;
      at = end;
    }
    // After a value: close containers or move to the next member.
    for (;;) {
      const close = stack[stack.length - 1];
      if (close === undefined) return at;
      at = skipWhitespace(text, at);
      if (text[at] === close) {
        stack.pop();
        at++;
        continue;
      }
      if (text[at] !== ',') {
        throw {
          offset: at,
          message: `unexpected ${describe(text, at)}, expected ',' or '${close}'`,
        } satisfies JsonProblem;
      }
      at = skipWhitespace(text, at + 1);
      if (close === '}') at = skipKey(text, at);
      break;
    }
  }
}

/** Skips `"key" :` and returns the offset of the member's value. */
function skipKey(text: string, offset: number): number {
  if (text[offset] !== '"')
    throw {
      offset,
      message: `unexpected ${describe(text, offset)}, expected a property name in double quotes`,
    } satisfies JsonProblem;
  const at = skipWhitespace(text, skipString(text, offset));
  if (text[at] !== ':')
    throw { offset: at, message: `unexpected ${describe(text, at)}, expected ':'` } satisfies JsonProblem;
  return skipWhitespace(text, at + 1);
}

/**
 * Locates pointers in JSON text. Containers are scanned on demand, one level at a time, and their member offsets
 * cached in this closure, so a file that never reports an error is never scanned.
 */
function jsonLocator(text: string): Locator {
  // Container start offset → member name (or index) → the offset of the member's value.
  const containers = new Map<number, Map<string, number>>();
  let starts: number[] | undefined;
  const membersAt = (offset: number): Map<string, number> => {
    let members = containers.get(offset);
    if (members) return members;
    members = new Map();
    const isObject = text[offset] === '{';
    let at = skipWhitespace(text, offset + 1);
    let index = 0;
    while (at < text.length && text[at] !== '}' && text[at] !== ']') {
      let key = String(index++);
      if (isObject) {
        const keyEnd = skipString(text, at);
        key = JSON.parse(text.slice(at, keyEnd)) as string;
        at = skipKey(text, at);
      }
      // Later duplicates win, as in JSON.parse.
      members.set(key, at);
      at = skipWhitespace(text, skipValue(text, at));
      if (text[at] === ',') at = skipWhitespace(text, at + 1);
    }
    containers.set(offset, members);
    return members;
  };
  return (pointer) => {
    try {
      let offset = skipWhitespace(text, 0);
      for (const segment of fromPointer(pointer)) {
        if (text[offset] !== '{' && text[offset] !== '[') return undefined;
        const member = membersAt(offset).get(segment);
        if (member === undefined) return undefined;
        offset = member;
      }
      starts ??= lineStarts(text);
      return placeAt(starts, offset);
    } catch {
      return undefined;
    }
  };
}
