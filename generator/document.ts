import type { SourceLocation } from './errors.js';

/** A plain JSON value as parsed from YAML or JSON. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A JSON object (plain, string keys). */
export type JsonObject = { [key: string]: Json };

/** Finds the line and column of a JSON pointer in the text a document was loaded from. */
export type Locator = (pointer: string) => { line: number; column: number } | undefined;

/** One loaded input file: its parsed value and how to map pointers back to places in its text. */
export interface SourceDocument {
  readonly file: string;
  readonly value: Json;
  readonly locate: Locator;
  /** For a document bundled from several files: the file and place each pointer came from. */
  readonly origin?: (pointer: string) => SourceLocation;
  /** True when `load` held the value to its limits as it read the file (`checkLimits`): `generate` does not again. */
  readonly limitsChecked?: boolean;
}

/** Builds a full location for a pointer inside a loaded document. */
export function locationOf(document: SourceDocument, pointer: string): SourceLocation {
  if (document.origin) return document.origin(pointer);
  const place = document.locate(pointer);
  return place
    ? { file: document.file, pointer, line: place.line, column: place.column }
    : { file: document.file, pointer };
}

/** True for a non-null, non-array object. */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An API description in specgen's canonical shape (OpenAPI 3.1-like, whatever the input version was), with a way
 * back from any pointer in it to the place in the input file that produced it.
 */
export interface Spec {
  readonly document: JsonObject;
  /** The input file this spec came from. */
  readonly file: string;
  /** Maps a pointer in `document` to the best-known place in the input (file, original pointer, line:column). */
  readonly locate: (pointer: string) => SourceLocation;
  /**
   * The JSON Schema dialect of the input's schemas, before the upgrade: draft 4 for Swagger 2.0 and OpenAPI 3.0
   * (`id`, `dependencies`, `items` lists), 2020-12 for 3.1. Absent means 2020-12.
   */
  readonly dialect?: 'draft4' | 'draft2020-12';
}

/** Sets an own property, also for the key `__proto__` (plain assignment would replace the prototype instead). */
export function setProperty(target: JsonObject, key: string, value: Json): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

/**
 * How deep JSON containers may nest in an input document. Every stage walks schemas recursively, and Prettier formats
 * the nested types and checks the generator prints; a limit checked once, up front, is what keeps all of them from
 * running out of stack (real specs nest well under 64 levels).
 */
export const MAX_NESTING = 128;

/**
 * The path to the first container nested deeper than `limit` (the root is level 1), or undefined when there is none.
 * Iterative, so any depth is safe; shared subtrees are measured once, and a cycle counts as infinitely deep.
 */
export function findTooDeep(root: Json, limit: number = MAX_NESTING): string[] | undefined {
  if (typeof root !== 'object' || root === null) return undefined;
  type Frame = { readonly node: object; readonly entries: [string, Json][]; next: number; height: number };
  const heights = new WeakMap<object, number>();
  const open = new WeakSet<object>();
  const stack: Frame[] = [];
  const path: string[] = [];
  const enter = (node: Json[] | JsonObject): void => {
    open.add(node);
    const entries = Array.isArray(node)
      ? node.map((item, index): [string, Json] => [String(index), item])
      : Object.entries(node);
    stack.push({ node, entries, next: 0, height: 1 });
  };
  enter(root);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const entry = frame.entries[frame.next++];
    if (entry !== undefined) {
      const [key, child] = entry;
      if (typeof child !== 'object' || child === null) continue;
      const height = heights.get(child);
      if (open.has(child) || stack.length + (height ?? 1) > limit) return [...path, key];
      if (height !== undefined) frame.height = Math.max(frame.height, height + 1);
      else {
        path.push(key);
        enter(child);
      }
      continue;
    }
    stack.pop();
    path.pop();
    open.delete(frame.node);
    heights.set(frame.node, frame.height);
    const parent = stack[stack.length - 1];
    if (parent) parent.height = Math.max(parent.height, frame.height + 1);
  }
  return undefined;
}

/**
 * The path to the first number that JSON cannot carry (Infinity, NaN: YAML's `.inf`, JSON's `1e400`), or undefined.
 * Recursive: call it on documents that `findTooDeep` accepted.
 */
export function findNonFinite(root: Json): string[] | undefined {
  const path: string[] = [];
  const seen = new WeakSet<object>();
  const walk = (value: Json): boolean => {
    if (typeof value === 'number') return !Number.isFinite(value);
    if (typeof value !== 'object' || value === null || seen.has(value)) return false;
    seen.add(value);
    const keys = Array.isArray(value) ? value.map((_, index) => String(index)) : Object.keys(value);
    for (const key of keys) {
      path.push(key);
      if (walk((value as Record<string, Json>)[key]!)) return true;
      path.pop();
    }
    return false;
  };
  return walk(root) ? path : undefined;
}
