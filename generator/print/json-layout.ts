/**
 * Whether a JSON file (a rendered `package.json`, `tsconfig.json`) is already laid out as Prettier's `json` parser
 * prints it, so that the format stage need not load Prettier for it. The text is read into a tree that remembers
 * which objects were written across lines (Prettier keeps those expanded), printed again by Prettier's rules (an
 * object or array on one line when it fits the width, else one entry a line), and compared: any difference, or text
 * that does not parse, leaves the file to Prettier.
 */
import { PRINT_WIDTH } from './layout.js';

type Node =
  | { readonly kind: 'scalar'; readonly text: string }
  | { readonly kind: 'array'; readonly items: readonly Node[] }
  | {
      readonly kind: 'object';
      readonly entries: readonly (readonly [string, Node])[];
      /** A line break between `{` and the first key: Prettier keeps the object expanded. */
      readonly expanded: boolean;
    };

/** Reads JSON text into nodes keeping each scalar's own spelling; undefined when it is not plain JSON. */
function read(text: string): Node | undefined {
  let at = 0;
  const space = (): void => {
    while (at < text.length && /\s/.test(text[at]!)) at++;
  };
  const string = (): string | undefined => {
    const match = /^"(?:[^"\\\n]|\\.)*"/.exec(text.slice(at, at + 100_000));
    if (!match) return undefined;
    at += match[0].length;
    return match[0];
  };
  const value = (): Node | undefined => {
    space();
    const c = text[at];
    if (c === '{') {
      at++;
      const opened = at;
      space();
      const expanded = text.slice(opened, at).includes('\n');
      const entries: [string, Node][] = [];
      if (text[at] === '}') return (at++, { kind: 'object', entries, expanded });
      for (;;) {
        space();
        const key = string();
        space();
        if (key === undefined || text[at++] !== ':') return undefined;
        const item = value();
        if (item === undefined) return undefined;
        entries.push([key, item]);
        space();
        const next = text[at++];
        if (next === '}') return { kind: 'object', entries, expanded };
        if (next !== ',') return undefined;
      }
    }
    if (c === '[') {
      at++;
      const items: Node[] = [];
      space();
      if (text[at] === ']') return (at++, { kind: 'array', items });
      for (;;) {
        const item = value();
        if (item === undefined) return undefined;
        items.push(item);
        space();
        const next = text[at++];
        if (next === ']') return { kind: 'array', items };
        if (next !== ',') return undefined;
      }
    }
    if (c === '"') {
      const scalar = string();
      return scalar === undefined ? undefined : { kind: 'scalar', text: scalar };
    }
    const match = /^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(at, at + 64));
    if (!match) return undefined;
    at += match[0].length;
    return { kind: 'scalar', text: match[0] };
  };
  const root = value();
  space();
  return at === text.length ? root : undefined;
}

/** A node on one line. */
function flat(node: Node): string {
  if (node.kind === 'scalar') return node.text;
  if (node.kind === 'array') return `[${node.items.map(flat).join(', ')}]`;
  return node.entries.length === 0
    ? '{}'
    : `{ ${node.entries.map(([key, item]) => `${key}: ${flat(item)}`).join(', ')} }`;
}

/** Prettier breaks an array of several objects or arrays that each hold more than one entry, whatever the width. */
function alwaysBroken(node: Node): boolean {
  if (node.kind === 'object') return node.expanded;
  if (node.kind !== 'array' || node.items.length < 2) return false;
  const many = (item: Node): boolean =>
    (item.kind === 'object' && item.entries.length > 1) || (item.kind === 'array' && item.items.length > 1);
  return node.items.every(many) && node.items.every((item) => item.kind === node.items[0]!.kind);
}

/** Whether a node holds an object that must stay expanded (which breaks every group around it). */
function holdsExpanded(node: Node): boolean {
  if (node.kind === 'object') return node.expanded || node.entries.some(([, item]) => holdsExpanded(item));
  return node.kind === 'array' && (alwaysBroken(node) || node.items.some(holdsExpanded));
}

/** A node as Prettier prints it, starting at `column` with `suffix` characters after it on its line. */
function print(node: Node, column: number, suffix: number, indent: string): string {
  if (node.kind === 'scalar') return node.text;
  const empty = node.kind === 'array' ? node.items.length === 0 : node.entries.length === 0;
  const oneLine = flat(node);
  if (empty || (!holdsExpanded(node) && column + oneLine.length + suffix <= PRINT_WIDTH)) return oneLine;
  const inner = `${indent}  `;
  const lines =
    node.kind === 'array'
      ? node.items.map((item, index) => {
          const comma = index < node.items.length - 1 ? 1 : 0;
          return `${inner}${print(item, inner.length, comma, inner)}${comma ? ',' : ''}`;
        })
      : node.entries.map(([key, item], index) => {
          const comma = index < node.entries.length - 1 ? 1 : 0;
          const head = `${inner}${key}: `;
          return `${head}${print(item, head.length, comma, inner)}${comma ? ',' : ''}`;
        });
  const [open, close] = node.kind === 'array' ? ['[', ']'] : ['{', '}'];
  return `${open}\n${lines.join('\n')}\n${indent}${close}`;
}

/** Whether a node holds an array of numbers, which Prettier fills line by line: not modelled here. */
function holdsNumbers(node: Node): boolean {
  if (node.kind === 'object') return node.entries.some(([, item]) => holdsNumbers(item));
  if (node.kind === 'array')
    return node.items.some((item) => (item.kind === 'scalar' && /^-?\d/.test(item.text)) || holdsNumbers(item));
  return false;
}

/** Whether `text` is exactly what Prettier prints for it with the `json` parser. */
export function jsonLaidOut(text: string): boolean {
  const root = read(text);
  return root !== undefined && !holdsNumbers(root) && `${print(root, 0, 0, '')}\n` === text;
}
