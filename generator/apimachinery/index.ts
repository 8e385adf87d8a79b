/**
 * The built-in apimachinery library: the shared Kubernetes objects (meta/v1, runtime, version, intstr, resource, and
 * the core/v1 reference types other groups link to) that API reference pages and CRDs refer to without defining.
 * Each is the upstream definition verbatim (schemas.json, rebuilt by scripts/apimachinery-library.mjs), with only
 * its `$ref` targets moved from Swagger 2.0's `#/definitions/` to `#/components/schemas/`, keyed by the upstream
 * key (`io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta`) and citing where it comes from.
 */
import { isJsonObject, type Json, type JsonObject } from '../document.js';
import data from './schemas.json' with { type: 'json' };

/** One library schema: its upstream key, its OpenAPI 3 schema, and the upstream file and pointer it was taken from. */
export interface LibrarySchema {
  readonly key: string;
  readonly schema: JsonObject;
  readonly source: string;
}

/** Where `$ref`s to schemas point in an OpenAPI 3 document. */
const SCHEMA_REF_PREFIX = '#/components/schemas/';

/** The library, built once from the data file and frozen so no caller can change what another one links. */
const LIBRARY: ReadonlyMap<string, LibrarySchema> = new Map(
  Object.entries(data.schemas as unknown as Record<string, { source: string; schema: JsonObject }>).map(
    ([key, { source, schema }]) => [
      key,
      Object.freeze({
        key,
        schema: deepFreeze(schema),
        source: `${(data.sources as Record<string, string>)[source]} #/definitions/${key}`,
      }),
    ],
  ),
);

/** Every library schema by its upstream key. */
export function apimachinerySchemas(): ReadonlyMap<string, LibrarySchema> {
  return LIBRARY;
}

/** The library schema with this upstream key, if the library has it. */
export function apimachinerySchema(key: string): LibrarySchema | undefined {
  return LIBRARY.get(key);
}

/** The schema keys a JSON value refers to with `$ref: '#/components/schemas/<key>'`. */
export function schemaReferences(value: Json, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) for (const item of value) schemaReferences(item, into);
  else if (isJsonObject(value))
    for (const [name, member] of Object.entries(value)) {
      // Only a string `$ref` is a reference: JSONSchemaProps has a property literally named `$ref` (an object).
      if (name === '$ref' && typeof member === 'string' && member.startsWith(SCHEMA_REF_PREFIX))
        into.add(decodeURIComponent(member.slice(SCHEMA_REF_PREFIX.length)).replace(/~1/g, '/').replace(/~0/g, '~'));
      else schemaReferences(member, into);
    }
  return into;
}

/**
 * Adds to `document.components.schemas` every library schema its references reach (transitively) that it does not
 * define itself; its own definitions always win. Returns a new document (the input is not changed) and the keys
 * linked, sorted.
 */
export function linkApimachinery(document: JsonObject): { document: JsonObject; linked: string[] } {
  const components = isJsonObject(document['components']) ? document['components'] : {};
  const schemas = isJsonObject(components['schemas']) ? components['schemas'] : {};
  const linked = new Map<string, JsonObject>();
  const pending = [...schemaReferences(document)];
  while (pending.length > 0) {
    const key = pending.pop()!;
    const entry = LIBRARY.get(key);
    if (Object.hasOwn(schemas, key) || linked.has(key) || !entry) continue;
    const copy = structuredClone(entry.schema) as JsonObject;
    linked.set(key, copy);
    pending.push(...schemaReferences(copy));
  }
  if (linked.size === 0) return { document, linked: [] };
  const keys = [...linked.keys()].sort();
  const merged: JsonObject = { ...schemas };
  for (const key of keys) merged[key] = linked.get(key)!;
  return { document: { ...document, components: { ...components, schemas: merged } }, linked: keys };
}

/** Freezes a parsed JSON value and everything in it. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const member of Object.values(value)) deepFreeze(member);
    Object.freeze(value);
  }
  return value;
}
