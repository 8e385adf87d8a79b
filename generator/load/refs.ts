// `$ref`s in a loaded document: finding them, splitting and resolving them, rewriting them (for bundle). Names in name
// maps and values in data keywords are never read as references.
import { dirname, join, normalize } from 'node:path';
import type { Json } from '../document.js';
import { isJsonObject, setProperty } from '../document.js';
import { toPointer } from '../errors.js';

/** The file and pointer parts of a `$ref` (`other.yaml#/a/b` → `other.yaml`, `/a/b`); file is `''` for internal refs. */
export function splitRef(ref: string): { file: string; pointer: string } {
  const hash = ref.indexOf('#');
  if (hash < 0) return { file: ref, pointer: '' };
  return { file: ref.slice(0, hash), pointer: decodeFragment(ref.slice(hash + 1)) };
}

/** Resolves a `$ref`'s file part relative to the file that contains it. */
export function resolveRefFile(fromFile: string, refFile: string): string {
  return normalize(join(dirname(fromFile), refFile));
}

/** A `$ref` found in a document: its value and the path of the object that holds it. */
export interface FoundRef {
  readonly ref: string;
  readonly segments: readonly string[];
}

/** What a ref visitor wants done with one `$ref` holder: keep it, point it elsewhere, or replace the holder. */
export type RefEdit = undefined | { readonly ref: string } | { readonly inline: Json };

/** Lists every `$ref` in reference position (see `mapRefs`), in document order. */
export function collectRefs(value: Json): FoundRef[] {
  const found: FoundRef[] = [];
  mapRefs(value, (ref, segments) => {
    found.push({ ref, segments });
    return undefined;
  });
  return found;
}

/**
 * Walks every `$ref` in reference position and applies the visitor's edits, copying only the objects on the way to an
 * edit (untouched subtrees are shared). Names in maps (property names, response codes, ...) are not keywords, and
 * example/enum/default/const values are data, so a `$ref` there is not a reference.
 */
export function mapRefs(value: Json, visit: (ref: string, segments: readonly string[]) => RefEdit): Json {
  const path: string[] = [];
  const walk = (node: Json, context: Context): Json => {
    if (Array.isArray(node)) {
      let copy: Json[] | undefined;
      for (let index = 0; index < node.length; index++) {
        const item = node[index] as Json;
        path.push(String(index));
        const next = walk(item, 'node');
        path.pop();
        if (next !== item) {
          copy ??= node.slice();
          copy[index] = next;
        }
      }
      return copy ?? node;
    }
    if (!isJsonObject(node)) return node;
    let result: { [key: string]: Json } | undefined;
    if (context === 'node' && typeof node.$ref === 'string') {
      const edit = visit(node.$ref, path.slice());
      if (edit && 'inline' in edit) return edit.inline;
      if (edit && 'ref' in edit) result = { ...node, $ref: edit.ref };
    }
    for (const key of Object.keys(node)) {
      const child = node[key] as Json;
      const childContext = childContextOf(context, key, child);
      if (childContext === 'skip') continue;
      path.push(key);
      const next = walk(child, childContext);
      path.pop();
      if (next !== child) {
        result ??= { ...node };
        setProperty(result, key, next);
      }
    }
    return result ?? node;
  };
  return walk(value, 'node');
}

/**
 * Keys whose value maps names to objects: the names are data, so one spelled `$ref`, `default` or `enum` (a property
 * named `$ref`, the `default` response) is neither a reference nor a data keyword.
 */
const NAME_MAPS = new Set([
  'properties',
  'patternProperties',
  'definitions',
  '$defs',
  'dependentSchemas',
  'paths',
  'webhooks',
  'schemas',
  'parameters',
  'responses',
  'headers',
  'requestBodies',
  'securitySchemes',
  'securityDefinitions',
  'links',
  'callbacks',
  'pathItems',
  'content',
  'encoding',
  'variables',
]);

/** How the walker treats an object: a normal node, a map of names (no keywords), or a map of Example objects. */
type Context = 'node' | 'names' | 'examples';

/** Decides how to walk a child: which keys hold data (skipped) and which hold maps of names. */
function childContextOf(context: Context, key: string, child: Json): Context | 'skip' {
  if (context === 'names') return 'node';
  if (context === 'examples') {
    // An entry of an `examples` map is an Example object (its `value` is data) or a reference to one.
    return isJsonObject(child) && typeof child.$ref === 'string' ? 'node' : 'skip';
  }
  if (key === '$ref') return 'skip';
  if (NAME_MAPS.has(key)) return 'names';
  if (key === 'example' || key === 'enum' || key === 'default' || key === 'const') return 'skip';
  if (key === 'examples') return isJsonObject(child) ? 'examples' : 'skip';
  return 'node';
}

/** The JSON pointer of a `$ref` found at `segments`. */
export function refPointer(segments: readonly string[]): string {
  return toPointer([...segments, '$ref']);
}

/** True for refs to URLs, which specgen does not fetch. */
export function isRemote(refFile: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(refFile);
}

/** Decodes a URI fragment (`%7B` etc.) into a JSON pointer. */
function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
