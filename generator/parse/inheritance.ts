/**
 * Discriminator inheritance (OpenAPI 3.0 and 3.1): a component schema declares a `discriminator` without
 * `oneOf`/`anyOf`, and its children are the component schemas whose `allOf` names it by `$ref`. Each child is
 * selected by the values the explicit `mapping` gives it, or implicitly by its schema name; a mapping entry may also
 * name another component, or the parent itself. The parent used as a type is the union of what its values select.
 */
import { isJsonObject, type Json, type JsonObject } from '../document.js';
import { escapePointerSegment } from '../errors.js';
import { compareStrings } from '../names.js';
import { resolveRef, type RefIndex } from './refs.js';

const SCHEMAS = '/components/schemas/';

/** One schema a discriminating parent selects, with the values that select it. */
export interface Selected {
  /** The component key of the selected schema. */
  readonly key: string;
  readonly values: readonly string[];
  /** The schema inherits the parent through `allOf`, so its own type narrows the property. */
  readonly child: boolean;
}

/** A parent that declares the discriminator its `allOf` children inherit. */
export interface Inheritance {
  readonly property: string;
  /** In the order of the mapping, then children mapped implicitly in key order. */
  readonly selected: readonly Selected[];
}

/** The component key a pointer names (`/components/schemas/<key>`), or undefined. */
function keyAt(pointer: string | undefined, keys: ReadonlySet<string>): string | undefined {
  if (pointer === undefined || !pointer.startsWith(SCHEMAS)) return undefined;
  const rest = pointer.slice(SCHEMAS.length);
  if (rest.includes('/')) return undefined;
  const key = rest.replaceAll('~1', '/').replaceAll('~0', '~');
  return keys.has(key) ? key : undefined;
}

/** The parents among the component schemas, by key, each with what its discriminator selects. */
export function findInheritance(
  schemas: JsonObject,
  document: JsonObject,
  refs: RefIndex,
): ReadonlyMap<string, Inheritance> {
  const keys = new Set(Object.keys(schemas));
  const pointerOf = (key: string): string => `${SCHEMAS}${escapePointerSegment(key)}`;
  // Children by parent key: the components whose allOf holds a $ref to it.
  const children = new Map<string, string[]>();
  for (const key of [...keys].sort(compareStrings)) {
    const allOf = isJsonObject(schemas[key]) ? schemas[key]['allOf'] : undefined;
    if (!Array.isArray(allOf)) continue;
    allOf.forEach((member, index) => {
      if (!isJsonObject(member) || typeof member['$ref'] !== 'string') return;
      const parent = keyAt(resolveRef(refs, member['$ref'], `${pointerOf(key)}/allOf/${index}`, document), keys);
      if (parent === undefined || parent === key) return;
      children.set(parent, [...(children.get(parent) ?? []), key]);
    });
  }
  const result = new Map<string, Inheritance>();
  for (const key of [...keys].sort(compareStrings)) {
    const schema = schemas[key];
    if (!isJsonObject(schema) || schema['oneOf'] !== undefined || schema['anyOf'] !== undefined) continue;
    const discriminator = schema['discriminator'];
    if (!isJsonObject(discriminator) || typeof discriminator['propertyName'] !== 'string') continue;
    const own = children.get(key) ?? [];
    const mapping = isJsonObject(discriminator['mapping']) ? discriminator['mapping'] : {};
    const byKey = new Map<string, string[]>();
    for (const [value, target] of Object.entries(mapping)) {
      const selected = mappedKey(target, pointerOf(key), keys, document, refs);
      if (selected !== undefined) byKey.set(selected, [...(byKey.get(selected) ?? []), value]);
    }
    const selected: Selected[] = [...byKey].map(([target, values]) => ({
      key: target,
      values,
      child: own.includes(target),
    }));
    for (const child of own)
      if (!byKey.has(child) && child !== key) selected.push({ key: child, values: [child], child: true });
    if (selected.some((entry) => entry.child)) result.set(key, { property: discriminator['propertyName'], selected });
  }
  return result;
}

/** The component key a mapping value names: a reference, or a bare schema name. */
function mappedKey(
  target: Json | undefined,
  at: string,
  keys: ReadonlySet<string>,
  document: JsonObject,
  refs: RefIndex,
): string | undefined {
  if (typeof target !== 'string') return undefined;
  if (keys.has(target) && !target.includes('/') && !target.includes('#')) return target;
  return keyAt(resolveRef(refs, target, at, document), keys);
}
