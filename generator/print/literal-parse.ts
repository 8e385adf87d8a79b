// Generated object and array literals read back into the structure print/value-layout.ts lays out: the emitters
// write small tables (the decoding tables, format entries) on one line, and the validators view lays them out as
// Prettier prints them. The grammar is the emitters' own: `{ key: value, ... }`, `[a, b]`, and any other balanced
// text (a string, a name, an arrow function) as a leaf.
import { balanced, splitTopLevel } from '../code-scan.js';
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
    const split = parts(inner);
    if (split === undefined) return undefined;
    const entries: (readonly [string, Literal])[] = [];
    for (const part of split) {
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
    const split = parts(inner);
    if (split === undefined) return undefined;
    const items: Literal[] = [];
    for (const part of split) {
      const value = parseValue(part);
      if (value === undefined) return undefined;
      items.push(value);
    }
    return items;
  }
  return text !== '' && balanced(text) && splitTopLevel(text, ',').length === 1 ? text : undefined;
}

/** The comma-separated parts of `text` at bracket depth 0, or undefined when unbalanced or a part is empty. */
function parts(text: string): string[] | undefined {
  if (!balanced(text)) return undefined;
  const found = splitTopLevel(text, ',').map((part) => part.trim());
  // A trailing comma leaves an empty last part.
  if (found.length > 1 && found[found.length - 1] === '') found.pop();
  return found.every((part) => part !== '') ? found : undefined;
}
