/**
 * Cycles of direct references between models: a type alias cannot be defined as itself (or a union with itself), so
 * such a cycle is an error, while a cycle through an object or an array is recursion.
 */
import { isJsonObject, type Json } from '../document.js';
import { compareStrings } from '../names.js';
import { resolveRef, valueAt } from './refs.js';
import { modelKeyAt, type SchemaContext } from './schema.js';

/** Inline references are followed at most this deep. */
const MAX_INLINE_DEPTH = 64;

/** A reference from one model to another that defines it directly, with the pointer of the `$ref`. */
export interface DirectRef {
  readonly key: string;
  readonly pointer: string;
}

/**
 * The models a schema is directly defined as: `$ref`s reached through `allOf`/`anyOf`/`oneOf` and inline references,
 * never through `properties`, `additionalProperties` or `items`. TypeScript rejects a type alias that is itself (or a
 * union with itself), so a cycle of these is an error, while a cycle through an object or an array is recursion.
 */
export function directRefs(schema: Json, pointer: string, context: SchemaContext, depth = 0): DirectRef[] {
  if (!isJsonObject(schema)) return [];
  const found: DirectRef[] = [];
  const ref = schema['$ref'];
  if (typeof ref === 'string') {
    const target = resolveRef(context.refs, ref, pointer, context.document);
    const key = target === undefined ? undefined : modelKeyAt(target);
    if (key !== undefined && context.modelNames.has(key)) found.push({ key, pointer: `${pointer}/$ref` });
    else if (target !== undefined && key === undefined && depth < MAX_INLINE_DEPTH && !context.inlineModels.has(target))
      found.push(...directRefs(valueAt(context.document, target)!, target, context, depth + 1));
  }
  for (const keyword of ['allOf', 'anyOf', 'oneOf'] as const) {
    const members = schema[keyword];
    if (Array.isArray(members))
      members.forEach((member, index) =>
        found.push(...directRefs(member, `${pointer}/${keyword}/${index}`, context, depth)),
      );
  }
  return found;
}

/**
 * Every cycle of direct references between models (see `directRefs`), each once, as the keys around it (the first
 * key again at the end) and the pointer of its first `$ref`. Iterative: a chain of any length is safe.
 */
export function directRefCycles(
  edges: ReadonlyMap<string, readonly DirectRef[]>,
): { readonly keys: readonly string[]; readonly pointer: string }[] {
  const state = new Map<string, 'open' | 'done'>();
  const cycles: { keys: string[]; pointer: string }[] = [];
  for (const start of [...edges.keys()].sort(compareStrings)) {
    if (state.has(start)) continue;
    // The path from `start`: each entry is a key and the index of its next edge to follow.
    const stack: { key: string; next: number; via: string }[] = [{ key: start, next: 0, via: '' }];
    state.set(start, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const edge = edges.get(top.key)?.[top.next++];
      if (edge === undefined) {
        state.set(top.key, 'done');
        stack.pop();
        continue;
      }
      const seen = state.get(edge.key);
      if (seen === 'open') {
        const from = stack.findIndex((entry) => entry.key === edge.key);
        const around = stack.slice(from);
        const pointer = around[1]?.via ?? edge.pointer;
        cycles.push({ keys: [...around.map((entry) => entry.key), edge.key], pointer });
      } else if (seen === undefined) {
        state.set(edge.key, 'open');
        stack.push({ key: edge.key, next: 0, via: edge.pointer });
      }
    }
  }
  return cycles;
}
