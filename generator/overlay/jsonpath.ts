// The JSONPath subset of overlay targets (RFC 9535): parsing and selecting. Pure: no document is edited here.
import type { Json } from '../document.js';
import { isJsonObject } from '../document.js';

/** A literal a filter compares with. */
export type Literal = string | number | boolean | null;

/** One step of a parsed JSONPath (the RFC 9535 subset specgen supports). */
export type Selector =
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'index'; readonly index: number }
  | { readonly kind: 'wildcard' }
  | {
      readonly kind: 'filter';
      readonly path: readonly (string | number)[];
      readonly equal: boolean;
      readonly value: Literal;
    };

/** A node a JSONPath selected, by its path from the root. */
export type Path = readonly (string | number)[];

/** Thrown inside the JSONPath parser; turned into a diagnostic at the action's target. */
export class PathSyntaxError {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

/** What the error message lists as supported. */
export const SUPPORTED = "supported: $, .name, ['name'], [n], [*], .*, [?@ == 'value'], [?@.key == 'value']";

/** Parses the supported JSONPath subset; anything else throws a PathSyntaxError naming the offending character. */
export function parsePath(text: string): Selector[] {
  let at = 0;
  const fail = (reason: string, offset = at): never => {
    throw new PathSyntaxError(offset, reason);
  };
  const spaces = (): void => {
    while (text[at] === ' ' || text[at] === '\t' || text[at] === '\n' || text[at] === '\r') at++;
  };
  const name = (): string => {
    const match = /^[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*/.exec(text.slice(at));
    if (!match) return fail("expected a member name after '.' (use ['name'] for names with other characters)");
    at += match[0].length;
    // `.x-foo` is a common slip: RFC 9535 shorthand names cannot hold '-', so say how to write it.
    if (text[at] === '-') fail(`'-' cannot appear in a .name; write ['${match[0]}-...'] instead`);
    return match[0];
  };
  const quoted = (): string => {
    const quote = text[at] as string;
    let value = '';
    for (at++; at < text.length && text[at] !== quote; at++) {
      const char = text[at] as string;
      if (char !== '\\') {
        value += char;
        continue;
      }
      const escape = text[++at];
      const simple: Record<string, string> = {
        b: '\b',
        f: '\f',
        n: '\n',
        r: '\r',
        t: '\t',
        '/': '/',
        '\\': '\\',
        "'": "'",
        '"': '"',
      };
      if (escape !== undefined && escape in simple) value += simple[escape];
      else if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) {
        value += String.fromCharCode(parseInt(text.slice(at + 1, at + 5), 16));
        at += 4;
      } else fail('invalid escape in string');
    }
    if (at >= text.length) fail('unterminated string');
    at++;
    return value;
  };
  const integer = (): number => {
    const match = /^-?(0|[1-9][0-9]*)/.exec(text.slice(at));
    if (!match) return fail('expected an index');
    at += match[0].length;
    return Number(match[0]);
  };
  const literal = (): Literal => {
    const char = text[at];
    if (char === "'" || char === '"') return quoted();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return value;
      }
    }
    const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(at));
    if (!match) return fail('expected a string, number, true, false or null');
    at += match[0].length;
    return Number(match[0]);
  };
  const filter = (): Selector => {
    spaces();
    if (text[at] !== '@') fail("expected '@' (filters compare the current node, e.g. [?@.kind == 'Pod'])");
    at++;
    const path: (string | number)[] = [];
    for (;;) {
      if (text[at] === '.' && text[at + 1] !== '.') {
        at++;
        path.push(name());
      } else if (text[at] === '[') {
        at++;
        spaces();
        path.push(text[at] === "'" || text[at] === '"' ? quoted() : integer());
        spaces();
        if (text[at] !== ']') fail("expected ']'");
        at++;
      } else break;
    }
    spaces();
    const operator = text.slice(at, at + 2);
    if (operator !== '==' && operator !== '!=')
      fail("expected '==' or '!=' (other filter expressions are not supported)");
    at += 2;
    spaces();
    return { kind: 'filter', path, equal: operator === '==', value: literal() };
  };
  const selectors: Selector[] = [];
  if (text[at] !== '$') fail("a JSONPath starts with '$'");
  at++;
  while (at < text.length) {
    const char = text[at];
    if (char === '.') {
      at++;
      if (text[at] === '.') fail('descendant segments (..) are not supported', at - 1);
      if (text[at] === '*') {
        at++;
        selectors.push({ kind: 'wildcard' });
      } else selectors.push({ kind: 'name', name: name() });
    } else if (char === '[') {
      at++;
      spaces();
      const next = text[at];
      if (next === '*') {
        at++;
        selectors.push({ kind: 'wildcard' });
      } else if (next === "'" || next === '"') selectors.push({ kind: 'name', name: quoted() });
      else if (next === '?') {
        at++;
        selectors.push(filter());
      } else selectors.push({ kind: 'index', index: integer() });
      spaces();
      if (text[at] === ',') fail('unions ([a,b]) are not supported');
      if (text[at] === ':') fail('slices ([a:b]) are not supported');
      if (text[at] !== ']') fail("expected ']'");
      at++;
    } else {
      fail(`unexpected character ${JSON.stringify(char)}`);
    }
  }
  return selectors;
}

/** Evaluates parsed selectors against a document; returns the paths of the selected nodes, in document order. */
export function select(root: Json, selectors: readonly Selector[]): Path[] {
  let nodes: { value: Json; path: Path }[] = [{ value: root, path: [] }];
  for (const selector of selectors) {
    const next: { value: Json; path: Path }[] = [];
    for (const { value, path } of nodes) {
      if (selector.kind === 'name') {
        if (isJsonObject(value) && Object.hasOwn(value, selector.name))
          next.push({ value: value[selector.name] as Json, path: [...path, selector.name] });
      } else if (selector.kind === 'index') {
        const index = Array.isArray(value) && selector.index < 0 ? value.length + selector.index : selector.index;
        if (Array.isArray(value) && index >= 0 && index < value.length)
          next.push({ value: value[index] as Json, path: [...path, index] });
      } else {
        for (const [key, child] of children(value)) {
          if (selector.kind === 'wildcard' || filterMatches(selector, child))
            next.push({ value: child, path: [...path, key] });
        }
      }
    }
    nodes = next;
  }
  return nodes.map(({ path }) => path);
}

/** The members of an object or the items of an array. */
function children(value: Json): [string | number, Json][] {
  if (Array.isArray(value)) return value.map((item, index) => [index, item]);
  if (isJsonObject(value)) return Object.keys(value).map((key) => [key, value[key] as Json]);
  return [];
}

/** Whether a filter `[?@... == literal]` holds for one child. */
function filterMatches(selector: Extract<Selector, { kind: 'filter' }>, child: Json): boolean {
  const found = descend(child, selector.path);
  // RFC 9535: a missing value equals nothing, so `!=` holds for it.
  const equal = found !== undefined && found === selector.value;
  return selector.equal ? equal : !equal;
}

/** The value at a relative path, or undefined. */
function descend(value: Json, path: readonly (string | number)[]): Json | undefined {
  let node: Json | undefined = value;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number') node = node[segment < 0 ? node.length + segment : segment];
    else if (isJsonObject(node) && typeof segment === 'string' && Object.hasOwn(node, segment)) node = node[segment];
    else return undefined;
  }
  return node;
}
