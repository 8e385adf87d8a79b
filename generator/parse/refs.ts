/**
 * In-document `$ref` resolution as JSON Schema defines it: every schema has a base URI (the document's, or the one
 * its nearest `$id` sets, draft 4 / OpenAPI 3.0: `id`), `$anchor`s and `$dynamicAnchor`s name schemas within their
 * resource, and a ref is resolved against the base of the schema that holds it. Fragments are JSON pointers
 * (percent-decoded, then `~1`/`~0`) or anchors. The index is built once per document; lookups are pure.
 */
import { isJsonObject, type Json, type JsonObject } from '../document.js';
import { escapePointerSegment, fromPointer } from '../errors.js';
import { SCHEMA_KEYWORDS, SCHEMA_LIST_KEYWORDS, SCHEMA_MAP_KEYWORDS } from '../walk.js';

/** The base URI of the document itself: refs with no `$id` around them resolve against it. */
export const DOCUMENT_BASE = 'specgen:/document';

/** Where each schema's base URI, each resource and each anchor are, by JSON pointer. */
export interface RefIndex {
  /** The base URI in effect at a schema (after its own `$id`), by pointer; absent pointers use the nearest parent's. */
  readonly bases: ReadonlyMap<string, string>;
  /** Resource URIs (no fragment) to the pointer of the schema that declares them. */
  readonly resources: ReadonlyMap<string, string>;
  /** `uri#anchor` to the pointer of the schema that declares the anchor. */
  readonly anchors: ReadonlyMap<string, string>;
}

/**
 * A fragment that URL parsing leaves as it is: printable ASCII without `%` and without what the fragment
 * percent-encode set escapes (space, `"`, `<`, `>`, a backtick).
 */
const PLAIN_FRAGMENT = /^#[\x21\x23-\x24\x26-\x3b\x3d\x3f-\x5f\x61-\x7e]*$/;

/** Resolves `reference` against `base`, or undefined when it is not a URI reference that resolves. */
function resolveUri(reference: string, base: string): string | undefined {
  // Nearly every ref of a spec is a plain fragment against the document's own base: the URL parser would only
  // append it (a Kubernetes spec resolves tens of thousands).
  if (base === DOCUMENT_BASE && PLAIN_FRAGMENT.test(reference)) return `${base}${reference}`;
  try {
    return new URL(reference, base).href;
  } catch {
    return undefined;
  }
}

/** A URI without its fragment, and the fragment (decoded from the URI's percent-encoding, without `#`). */
function splitFragment(uri: string): { resource: string; fragment: string } {
  const at = uri.indexOf('#');
  if (at < 0) return { resource: uri, fragment: '' };
  let fragment = uri.slice(at + 1);
  // Without a `%` there is nothing to decode (the common case: decoding costs more than the rest of resolving).
  if (fragment.includes('%'))
    try {
      fragment = decodeURIComponent(fragment);
    } catch {
      // Not valid percent-encoding: the fragment is read as written.
    }
  return { resource: uri.slice(0, at), fragment };
}

/**
 * Indexes the schemas under `components.schemas` and everything below them; any other part of the document is
 * reached by plain JSON pointers against the document's own base.
 * `draft4Ids`: OpenAPI 3.0 and Swagger 2.0 documents use draft 4's `id`; 3.1 uses `$id`.
 */
export function indexRefs(document: JsonObject, draft4Ids: boolean): RefIndex {
  const bases = new Map<string, string>();
  const resources = new Map<string, string>([[DOCUMENT_BASE, '']]);
  const anchors = new Map<string, string>();
  const idKeyword = draft4Ids ? 'id' : '$id';
  const visit = (schema: Json, pointer: string, base: string, depth: number): void => {
    if (!isJsonObject(schema) || depth > 200) return;
    let here = base;
    const id = schema[idKeyword];
    // Beside a `$ref`, draft 4 ignores every other keyword, `id` included.
    if (typeof id === 'string' && !(draft4Ids && typeof schema['$ref'] === 'string')) {
      const resolved = resolveUri(id, base);
      if (resolved !== undefined) {
        const { resource, fragment } = splitFragment(resolved);
        if (fragment === '' || fragment === '/') {
          here = resource;
          if (!resources.has(resource)) resources.set(resource, pointer);
        } else if (draft4Ids && !fragment.startsWith('/')) anchors.set(`${resource}#${fragment}`, pointer);
      }
    }
    if (here !== base) bases.set(pointer, here);
    for (const keyword of ['$anchor', '$dynamicAnchor']) {
      const anchor = schema[keyword];
      if (typeof anchor === 'string' && !anchors.has(`${here}#${anchor}`)) anchors.set(`${here}#${anchor}`, pointer);
    }
    forEachSubschema(schema, pointer, (child, at) => visit(child, at, here, depth + 1));
  };
  const components = document['components'];
  const schemas = isJsonObject(components) ? components['schemas'] : undefined;
  if (isJsonObject(schemas))
    for (const [key, schema] of Object.entries(schemas))
      visit(schema, `/components/schemas/${escapePointerSegment(key)}`, DOCUMENT_BASE, 0);
  return { bases, resources, anchors };
}

/** Keywords whose value maps names to subschemas. */
const MAP_KEYWORDS: readonly string[] = Object.freeze([...SCHEMA_MAP_KEYWORDS, 'properties', 'dependencies']);
/** Keywords whose value is one subschema or a list of them. */
const SUBSCHEMA_KEYWORDS: readonly string[] = Object.freeze([...SCHEMA_KEYWORDS, ...SCHEMA_LIST_KEYWORDS]);

/**
 * Calls `visit` on every direct subschema of a schema that is an object, with its pointer (a pointer is built only
 * for a keyword the schema has: the index visits every schema node of the document).
 */
function forEachSubschema(schema: JsonObject, pointer: string, visit: (child: Json, pointer: string) => void): void {
  for (const keyword of MAP_KEYWORDS) {
    const map = schema[keyword];
    if (isJsonObject(map))
      for (const [name, child] of Object.entries(map))
        visit(child, `${pointer}/${keyword}/${escapePointerSegment(name)}`);
  }
  for (const keyword of SUBSCHEMA_KEYWORDS) {
    const child = schema[keyword];
    if (Array.isArray(child)) child.forEach((item, index) => visit(item, `${pointer}/${keyword}/${index}`));
    else if (isJsonObject(child)) visit(child, `${pointer}/${keyword}`);
  }
}

/** The base URI in effect at a schema: its own `$id`'s, or its nearest ancestor's. */
export function baseAt(index: RefIndex, pointer: string): string {
  if (index.bases.size === 0) return DOCUMENT_BASE;
  for (let at = pointer; ; at = at.slice(0, at.lastIndexOf('/'))) {
    const base = index.bases.get(at);
    if (base !== undefined) return base;
    if (at === '') return DOCUMENT_BASE;
  }
}

/** The JSON pointer a `$ref` held by the schema at `pointer` names in the document, or undefined when it dangles. */
export function resolveRef(index: RefIndex, ref: string, pointer: string, document: JsonObject): string | undefined {
  const uri = resolveUri(ref, baseAt(index, pointer));
  if (uri === undefined) return undefined;
  const { resource, fragment } = splitFragment(uri);
  if (fragment !== '' && !fragment.startsWith('/')) return index.anchors.get(`${resource}#${fragment}`);
  const root = index.resources.get(resource);
  if (root === undefined) return undefined;
  const target = root + (fragment === '' ? '' : fragment.split('/').map(reencode).join('/'));
  return valueAt(document, target) === undefined ? undefined : target;
}

/** A decoded pointer segment, escaped again for the canonical pointer form. */
function reencode(segment: string, position: number): string {
  return position === 0 ? segment : escapePointerSegment(segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value at a JSON pointer, or undefined. */
export function valueAt(document: Json, pointer: string): Json | undefined {
  let node: Json | undefined = document;
  for (const segment of fromPointer(pointer)) {
    if (Array.isArray(node)) node = /^(0|[1-9][0-9]*)$/.test(segment) ? node[Number(segment)] : undefined;
    else if (isJsonObject(node)) node = Object.hasOwn(node, segment) ? node[segment] : undefined;
    else return undefined;
    if (node === undefined) return undefined;
  }
  return node;
}
