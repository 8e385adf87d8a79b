/** Documented types → OpenAPI schemas: primitives inline, objects of the page by key, shared objects by `$ref`. */
import type { JsonObject } from '../document.js';
import { formatDocType } from './doc-types.js';
import type { DocType, Place } from './model.js';
import {
  dashedSchemaKey,
  groupKeyPrefix,
  isSchemaKey,
  pageAnchorGroupVersion,
  sharedObjectKey,
  withoutVariant,
} from './shared.js';

/** What resolving a type needs to know about the page, and where it reports references and problems. */
export interface TypeContext {
  /** The page's own anchor: cross-references to it name the page's object. */
  readonly pageId?: string;
  /** The page's kind and the key of its object. */
  readonly kind: string;
  readonly rootKey: string;
  /** Schema keys of the page's object sections, by path (`.spec` → `...TagReference`). */
  readonly keyOfPath: ReadonlyMap<string, string>;
  /** Called for every `$ref` the schemas make, so the caller can tell external keys from defined ones. */
  readonly reference: (key: string, place: Place) => void;
  readonly warn: (place: Place, message: string) => void;
}

/** The JSON types the docs print as plain names. */
const PRIMITIVES = new Set(['string', 'integer', 'number', 'boolean']);

/** A `$ref` to a schema key, recorded with the context. */
export function refTo(key: string, place: Place, context: TypeContext): JsonObject {
  context.reference(key, place);
  return { $ref: `#/components/schemas/${key}` };
}

/**
 * The schema of a documented type at `path` (the section path the type's inline object would have, so `object` and
 * `array` can find their nested sections: `.spec` for `spec`, `.image.signatures[]` for its items).
 */
export function typeSchema(type: DocType, path: string, place: Place, context: TypeContext): JsonObject {
  switch (type.kind) {
    case 'array':
      return { type: 'array', items: typeSchema(type.items, `${path}[]`, place, context) };
    case 'map':
      return { type: 'object', additionalProperties: typeSchema(type.values, path, place, context) };
    case 'xref': {
      const key = anchorKey(type.anchor, type.label, context);
      if (key !== undefined) return refTo(key, place, context);
      context.warn(place, `cross-reference to "${type.anchor}" (${type.label}) names no known schema; typed unknown`);
      return {};
    }
    case 'name':
      return namedSchema(type.name, path, place, context);
  }
}

/** The schema of a plain type name. */
function namedSchema(name: string, path: string, place: Place, context: TypeContext): JsonObject {
  if (PRIMITIVES.has(name)) return { type: name };
  const section = context.keyOfPath.get(path);
  if (name === 'object') return section !== undefined ? refTo(section, place, context) : { type: 'object' };
  if (name === 'array') {
    const items = context.keyOfPath.get(`${path}[]`);
    return { type: 'array', items: items !== undefined ? refTo(items, place, context) : {} };
  }
  // Kubernetes' IntOrString: the normalize stage turns this extension into `number | string`.
  if (name === 'integer-or-string') return { 'x-kubernetes-int-or-string': true };
  const shared = sharedObjectKey(name);
  if (shared !== undefined) return refTo(shared, place, context);
  if (withoutVariant(name) === context.kind) return refTo(context.rootKey, place, context);
  context.warn(place, `unknown type "${formatDocType({ kind: 'name', name })}"; typed unknown`);
  return {};
}

/**
 * The schema key a cross-reference anchor names: the page's own object (its page anchor), a schema key
 * (`io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta`), another page's object (`imagestream-image-openshift-io-v1`
 * with the label `ImageStream`), or a shared object known by its label.
 */
export function anchorKey(anchor: string, label: string, context: TypeContext): string | undefined {
  if (anchor === context.pageId) return context.rootKey;
  if (isSchemaKey(anchor)) return withoutVariant(anchor);
  const dashed = dashedSchemaKey(anchor);
  if (dashed !== undefined) return withoutVariant(dashed);
  const page = pageAnchorGroupVersion(anchor, label);
  if (page) return `${groupKeyPrefix(page.group, page.version)}.${label}`;
  return sharedObjectKey(label);
}
