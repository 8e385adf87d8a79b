/** The page's objects → `components.schemas`: one named schema per documented object section. */
import { apimachinerySchema } from '../apimachinery/index.js';
import { setProperty, type JsonObject } from '../document.js';
import { formatDocType } from './doc-types.js';
import type { DocObject, Place } from './model.js';
import { sharedObjectKey } from './shared.js';
import { typeSchema, type TypeContext } from './type-schema.js';

/**
 * The Go type name a section's description starts with, by the Go doc-comment convention the docs keep
 * ("TagReference specifies ...", "Image is ..."): a CamelCase word followed by a lowercase one, or the section's
 * property name capitalised. Undefined when the description does not start that way.
 */
export function sectionTypeName(path: string, description: string | undefined): string | undefined {
  const match = /^([A-Z][A-Za-z0-9]*)\s+[a-z]/.exec(description ?? '');
  if (!match) return undefined;
  const word = match[1]!;
  // An all-caps word (`OS specifies ...`) is a Go field name more often than a type name.
  if (!/[a-z]/.test(word)) return undefined;
  const camel = (word.match(/[A-Z]/g) ?? []).length >= 2;
  const property = /([^.[\]]+)(\[\])*$/.exec(path)?.[1] ?? '';
  return camel || word.toLowerCase() === property.toLowerCase() ? word : undefined;
}

/** The name of a section from its path, when its description gives none: `.spec.importPolicy` → `ImageTag_spec_importPolicy`. */
export function pathTypeName(kind: string, path: string): string {
  return [
    kind,
    ...path
      .replace(/\[\]/g, '')
      .split('.')
      .filter((segment) => segment !== ''),
  ].join('_');
}

/** True for a section that documents an object (not an array or a scalar). */
export function isObjectSection(object: DocObject): boolean {
  return object.type === undefined || (object.type.kind === 'name' && object.type.name === 'object');
}

/**
 * Names every object section: the page's own object by the page's kind, nested ones by the type name their
 * description gives (a shared object's upstream key when the table knows it), else by their path. Sections that
 * claim one name but document different things are all named by their path instead (reported); identical ones
 * share the name.
 */
export function nameSections(
  objects: readonly DocObject[],
  kind: string,
  key: (name: string) => string,
  warn: (place: Place, message: string) => void,
): Map<string, string> {
  const sections = objects.filter((object) => object.path === '' || isObjectSection(object));
  const candidate = (object: DocObject): string => {
    if (object.path === '') return key(kind);
    const name = sectionTypeName(object.path, object.description);
    if (name === undefined) return key(pathTypeName(kind, object.path));
    const shared = sharedObjectKey(name);
    // A group may define its own type of a shared name (route.openshift.io's LocalObjectReference): the section is
    // the shared object only when it documents the same fields, described the same way, as the library's.
    return shared !== undefined && documentsLibrarySchema(object, shared) ? shared : key(name);
  };
  const byKey = new Map<string, DocObject[]>();
  for (const object of sections) {
    const claimed = candidate(object);
    byKey.set(claimed, [...(byKey.get(claimed) ?? []), object]);
  }
  const keyOfPath = new Map<string, string>();
  for (const [claimed, claimants] of byKey) {
    const signatures = new Set(claimants.map(signature));
    const clash = signatures.size > 1 || (claimants.length > 1 && claimants.some((object) => object.path === ''));
    for (const object of claimants) {
      const named = clash && object.path !== '' ? key(pathTypeName(kind, object.path)) : claimed;
      if (clash && object.path !== '')
        warn(object.place, `${object.path} and another section both describe ${claimed} differently; named ${named}`);
      keyOfPath.set(object.path, named);
    }
  }
  return keyOfPath;
}

/** True when a section documents exactly the library schema's properties, each with the library's description. */
function documentsLibrarySchema(object: DocObject, key: string): boolean {
  const library = apimachinerySchema(key)?.schema;
  // Not in the library: keep the upstream key the docs name (the reference stays external, as before).
  if (!library) return true;
  const properties = (library['properties'] ?? {}) as Record<string, { description?: string }>;
  const rows = object.properties.filter((row) => !row.name.endsWith('[]'));
  const words = (text: string | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
  return (
    rows.length === Object.keys(properties).length &&
    rows.every(
      (row) =>
        Object.hasOwn(properties, row.name) && words(properties[row.name]!.description) === words(row.description),
    )
  );
}

/** What makes two sections document the same type: their description, required list and rows. */
function signature(object: DocObject): string {
  return JSON.stringify([
    object.description ?? '',
    object.required,
    object.properties.map((row) => [row.name, formatDocType(row.type), row.description]),
  ]);
}

/** Builds the schemas of a page's object sections (named by `context.keyOfPath`), keyed by schema key. */
export function buildSchemas(
  objects: readonly DocObject[],
  context: TypeContext,
  gvk: { readonly group: string; readonly version: string } | undefined,
): Map<string, JsonObject> {
  const byPath = new Map(objects.map((object) => [object.path, object]));
  const schemas = new Map<string, JsonObject>();
  for (const object of objects) {
    const key = context.keyOfPath.get(object.path);
    // A shared name is built once, from the first section that documents it; a library object documented inline
    // is left to the library, which has its upstream definition verbatim.
    if (key === undefined || schemas.has(key) || apimachinerySchema(key) !== undefined) continue;
    const schema = objectSchema(object, byPath, context);
    if (object.path === '' && gvk)
      schema['x-kubernetes-group-version-kind'] = [{ group: gvk.group, kind: context.kind, version: gvk.version }];
    schemas.set(key, schema);
  }
  return schemas;
}

/** One object section's schema: type, description, properties, required. */
function objectSchema(object: DocObject, byPath: ReadonlyMap<string, DocObject>, context: TypeContext): JsonObject {
  const rows = object.properties;
  const names = new Set(rows.map((row) => row.name));
  const properties: JsonObject = {};
  for (const row of rows) {
    if (row.name.endsWith('[]')) {
      if (!names.has(row.name.slice(0, -2))) context.warn(row.place, `items row ${row.name} has no array row; skipped`);
      continue;
    }
    const path = `${object.path}.${row.name}`;
    const items = rows.find((other) => other.name === `${row.name}[]`);
    const schema =
      items && row.type.kind === 'name' && row.type.name === 'array'
        ? { type: 'array', items: typeSchema(items.type, `${path}[]`, items.place, context) }
        : typeSchema(row.type, path, row.place, context);
    // For an inline object the docs repeat the object's own description in the row; the named schema carries it.
    const repeated = '$ref' in schema && row.description === byPath.get(path)?.description;
    if (row.description !== '' && !repeated) schema['description'] = row.description;
    setProperty(properties, row.name, schema);
  }
  for (const name of object.required)
    if (!Object.hasOwn(properties, name))
      context.warn(object.place, `${object.path || 'the object'} requires ${name}, which its table does not document`);
  return {
    type: 'object',
    ...(object.description !== undefined && object.description !== '' ? { description: object.description } : {}),
    properties,
    ...(object.required.length > 0 ? { required: [...object.required] } : {}),
  };
}
