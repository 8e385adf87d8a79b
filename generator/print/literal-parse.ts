// Generated object and array literals read back into the structure print/value-layout.ts lays out: the emitters
// write small tables (the decoding tables, format entries) on one line, and the validators view lays them out as
// Prettier prints them. The grammar is the emitters' own: `{ key: value, ... }`, `[a, b]`, and any other balanced
// text (a string, a name, an arrow function) as a leaf.
import type { Literal } from './value-layout.js';

/** The literal `text` stands for, or undefined when it is not an object or array literal written as the emitters write them. */
export function parseLiteral(text: string): Literal | undefined {
  const value = parseValue(text.trim());
  return value === undefined || typeof value === 'string' ? undefined : value;
}

function parseValue(text: string): Literal | undefined {
  if (text.startsWith('{')) {
    if (!text.endsWith('}')) return undefined;
    const inner = text.slice(1, -1).trim();
    if (inner === '') return { entries: [] };
    const parts = splitTopLevel(inner);
    if (parts === undefined) return undefined;
    const entries: (readonly [string, Literal])[] = [];
    for (const part of parts) {
      const colon = /^([A-Za-z_$][\w$]*|"(?:[^"\\]|\\.)*"): /.exec(part);
      if (colon === null) return undefined;
      const value = parseValue(part.slice(colon[0].length));
      if (value === undefined) return undefined;
      entries.push([colon[1]!, value]);
    }
    return { entries };
  }
  if (text.startsWith('[')) {
    if (!text.endsWith(']')) return undefined;
    const inner = text.slice(1, -1).trim();
    if (inner === '') return [];
    const parts = splitTopLevel(inner);
    if (parts === undefined) return undefined;
    const items: Literal[] = [];
    for (const part of parts) {
      const value = parseValue(part);
      if (value === undefined) return undefined;
      items.push(value);
    }
    return items;
  }
  return balanced(text) ? text : undefined;
}

/** The comma-separated parts of `text` at bracket depth 0 (strings skipped), or undefined when unbalanced. */
function splitTopLevel(text: string): string[] | undefined {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'" || c === '`') {
      i = stringEnd(text, i);
      if (i < 0) return undefined;
    } else if (c === '{' || c === '[' || c === '(') depth++;
    else if (c === '}' || c === ']' || c === ')') {
      if (--depth < 0) return undefined;
    } else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  if (depth !== 0) return undefined;
  const last = text.slice(start).trim();
  // A trailing comma leaves an empty last part.
  if (last !== '') parts.push(last);
  return parts.every((part) => part !== '') ? parts : undefined;
}

/** Whether brackets and strings in a leaf are balanced (a leaf is printed as it is). */
function balanced(text: string): boolean {
  return text !== '' && splitTopLevel(text)?.length === 1;
}

/** The index of the quote closing the string that opens at `start`, or -1. */
function stringEnd(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === quote) return i;
  }
  return -1;
}
