/**
 * What the pages link to but do not define, supplied so the imported document stands on its own: the list kind of
 * each documented kind (no page documents `ImageTagList`, yet every list operation returns it), built by the
 * Kubernetes list convention, then the shared objects from the built-in apimachinery library.
 */
import { isJsonObject, type JsonObject } from '../document.js';
import { linkApimachinery, schemaReferences } from '../apimachinery/index.js';

/** The extension marking a schema the importer derived rather than read from a page, with the rule it followed. */
export const DERIVED_EXTENSION = 'x-specgen-derived';

/** What completing a document did: the list kinds derived, the library keys linked, and what is still missing. */
export interface Completion {
  readonly document: JsonObject;
  readonly derived: readonly string[];
  readonly linked: readonly string[];
  readonly missing: readonly string[];
}

/** Completes an imported document; the input is not changed. */
export function completeDocument(document: JsonObject): Completion {
  const schemas = { ...componentSchemas(document) };
  const derived: string[] = [];
  for (const key of [...schemaReferences(document)].sort()) {
    const match = /^(.*\.)([A-Z]\w*)List$/.exec(key);
    const item = match ? schemas[`${match[1]}${match[2]}`] : undefined;
    if (Object.hasOwn(schemas, key) || !match || !isJsonObject(item)) continue;
    const list = listSchema(key, match[2]!, `${match[1]}${match[2]}`, item);
    if (list === undefined) continue;
    schemas[key] = list;
    derived.push(key);
  }
  const withLists = { ...document, components: { ...componentsOf(document), schemas } };
  const { document: linked, linked: keys } = linkApimachinery(withLists);
  const defined = componentSchemas(linked);
  const missing = [...schemaReferences(linked)].filter((key) => !Object.hasOwn(defined, key)).sort();
  return { document: linked, derived, linked: keys, missing };
}

/**
 * `<Kind>List` by the Kubernetes list convention (api-conventions.md "Lists and Simple kinds"): apiVersion and kind
 * as the item kind documents them, `metadata` a ListMeta, and the required `items` array of the kind; served under
 * the item's group/version. Undefined when the item is not a documented kind (no group/version/kind).
 */
function listSchema(key: string, kind: string, itemKey: string, item: JsonObject): JsonObject | undefined {
  const gvks = item['x-kubernetes-group-version-kind'];
  const gvk = Array.isArray(gvks) && isJsonObject(gvks[0]) ? gvks[0] : undefined;
  if (!gvk) return undefined;
  const properties = isJsonObject(item['properties']) ? item['properties'] : {};
  const documented = (name: string): JsonObject =>
    isJsonObject(properties[name]) ? { ...properties[name] } : { type: 'string' };
  return {
    type: 'object',
    description: `${kind}List is a list of ${kind} objects.`,
    properties: {
      apiVersion: documented('apiVersion'),
      items: { type: 'array', description: `items is the list of ${kind} objects`, items: refTo(itemKey) },
      kind: documented('kind'),
      metadata: {
        ...refTo('io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta'),
        description:
          "metadata is the standard list's metadata. More info: " +
          'https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata',
      },
    },
    required: ['items'],
    'x-kubernetes-group-version-kind': [{ ...gvk, kind: `${kind}List` }],
    [DERIVED_EXTENSION]: `no page documents ${key}; built by the Kubernetes list convention from ${itemKey}`,
  };
}

/** A `$ref` to a schema key. */
function refTo(key: string): JsonObject {
  return { $ref: `#/components/schemas/${key}` };
}

/** The document's `components`, or an empty object. */
function componentsOf(document: JsonObject): JsonObject {
  return isJsonObject(document['components']) ? document['components'] : {};
}

/** The document's `components.schemas`, or an empty object. */
function componentSchemas(document: JsonObject): JsonObject {
  const schemas = componentsOf(document)['schemas'];
  return isJsonObject(schemas) ? schemas : {};
}
