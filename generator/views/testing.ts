import { isJsonObject, type Json, type JsonObject } from '../document.js';
import type { Api, Resource } from '../ir.js';
import { compareStrings } from '../names.js';
import { parseKubernetesPath, type KubernetesPath } from '../parse/resources.js';
import { printLongString, printPropertyKey, printString } from '../print/literal.js';
import { layLiteral, literalLaidOut, type Literal, type LiteralObject } from '../print/value-layout.js';

/** The template context of testing.hbs: the per-spec table of the fake API server. */
export interface TestingView {
  readonly title: string;
  /** One printed `ResourceSpec` object literal per resource. */
  readonly resources: readonly string[];
  /** Printed `name: PatchSchema` entries: the merge metadata of every kind, by model name. */
  readonly patchSchemas: readonly string[];
  /** The OpenAPI document the package was generated from, as one printed string literal (served by the fake). */
  readonly openapi: string;
  /** Both tables are laid out as Prettier prints them (else the format stage does it). */
  readonly tablesCanonical: boolean;
}

/** The merge-relevant shape of a schema, before pruning (see runtime/testing/types.ts `PatchSchema`). */
interface Node {
  ref?: string;
  fields?: Record<string, Node>;
  items?: Node;
  values?: Node;
  list?: Record<string, Json>;
  mapType?: string;
}

const SCHEMA_REF = '#/components/schemas/';

/** The list extensions of an array schema that patches and apply read. */
function listOf(schema: JsonObject): Record<string, Json> | undefined {
  const list: Record<string, Json> = {};
  const copy = (extension: string, field: string): void => {
    const value = schema[extension];
    if (typeof value === 'string' || (Array.isArray(value) && value.every((key) => typeof key === 'string')))
      list[field] = value;
  };
  copy('x-kubernetes-list-type', 'listType');
  copy('x-kubernetes-list-map-keys', 'mapKeys');
  copy('x-kubernetes-patch-strategy', 'patchStrategy');
  copy('x-kubernetes-patch-merge-key', 'patchMergeKey');
  return Object.keys(list).length > 0 ? list : undefined;
}

/** Reads one schema into a node; `$ref`s to models become `ref`s (recursion stays in the table). */
function nodeOf(schema: Json, names: ReadonlyMap<string, string>, depth: number): Node {
  if (!isJsonObject(schema) || depth > 32) return {};
  const ref = schema['$ref'];
  if (typeof ref === 'string' && ref.startsWith(SCHEMA_REF)) {
    const name = names.get(decodeURIComponent(ref.slice(SCHEMA_REF.length)).replace(/~1/g, '/').replace(/~0/g, '~'));
    return name === undefined ? {} : { ref: name };
  }
  const node: Node = {};
  const allOf = schema['allOf'];
  if (Array.isArray(allOf) && allOf.length === 1) Object.assign(node, nodeOf(allOf[0]!, names, depth + 1));
  const properties = schema['properties'];
  if (isJsonObject(properties)) {
    node.fields = {};
    for (const key of Object.keys(properties).sort(compareStrings))
      node.fields[key] = nodeOf(properties[key]!, names, depth + 1);
  }
  if (schema['items'] !== undefined) node.items = nodeOf(schema['items'], names, depth + 1);
  if (isJsonObject(schema['additionalProperties']))
    node.values = nodeOf(schema['additionalProperties'], names, depth + 1);
  const list = schema['type'] === 'array' || schema['items'] !== undefined ? listOf(schema) : undefined;
  if (list !== undefined) node.list = list;
  const mapType =
    schema['x-kubernetes-map-type'] ??
    (schema['type'] === 'object' ? schema['x-kubernetes-patch-strategy'] : undefined);
  if (typeof mapType === 'string') node.mapType = mapType;
  return node;
}

/** Drops every part of a node that leads to no merge metadata; undefined when nothing is left. */
function prune(node: Node, useful: ReadonlySet<string>): Node | undefined {
  const result: Node = {};
  if (node.ref !== undefined && useful.has(node.ref)) result.ref = node.ref;
  if (node.list !== undefined) result.list = node.list;
  if (node.mapType !== undefined) result.mapType = node.mapType;
  const items = node.items && prune(node.items, useful);
  if (items !== undefined) result.items = items;
  const values = node.values && prune(node.values, useful);
  if (values !== undefined) result.values = values;
  const fields = Object.entries(node.fields ?? {}).flatMap(([key, child]) => {
    const kept = prune(child, useful);
    return kept === undefined ? [] : [[key, kept] as const];
  });
  if (fields.length > 0) result.fields = Object.fromEntries(fields);
  return Object.keys(result).length > 0 ? result : undefined;
}

/** The models whose schema leads (through refs) to merge metadata: a fixpoint over the ref graph. */
function usefulModels(nodes: ReadonlyMap<string, Node>): Set<string> {
  const useful = new Set<string>();
  for (let changed = true; changed;) {
    changed = false;
    for (const [name, node] of nodes)
      if (!useful.has(name) && prune(node, useful) !== undefined) {
        useful.add(name);
        changed = true;
      }
  }
  return useful;
}

/** A JSON value (strings, lists and objects of them) as a literal. */
function jsonLiteral(value: Json): Literal {
  if (Array.isArray(value)) return value.map(jsonLiteral);
  if (isJsonObject(value))
    return { entries: Object.entries(value).map(([key, item]) => [printPropertyKey(key), jsonLiteral(item)] as const) };
  return typeof value === 'string' ? printString(value) : String(value);
}

/** A node as a TypeScript object literal. */
function nodeLiteral(node: Node): LiteralObject {
  const entries: [string, Literal][] = [];
  if (node.ref !== undefined) entries.push(['ref', printString(node.ref)]);
  if (node.fields !== undefined)
    entries.push([
      'fields',
      {
        entries: Object.entries(node.fields).map(
          ([key, child]) => [printPropertyKey(key), nodeLiteral(child)] as const,
        ),
      },
    ]);
  if (node.items !== undefined) entries.push(['items', nodeLiteral(node.items)]);
  if (node.values !== undefined) entries.push(['values', nodeLiteral(node.values)]);
  if (node.list !== undefined) entries.push(['list', jsonLiteral(node.list)]);
  if (node.mapType !== undefined) entries.push(['mapType', printString(node.mapType)]);
  return { entries };
}

/** The Kubernetes paths of the spec's operations, parsed once (not once per resource). */
function parsedPaths(api: Api): { operation: Api['operations'][number]; path: KubernetesPath }[] {
  return api.operations.flatMap((operation) => {
    const path = parseKubernetesPath(operation.path);
    return path === undefined ? [] : [{ operation, path }];
  });
}

/** The subresources the spec serves for a resource (`status`, `scale`, ...), from its paths. */
function subresourcesOf(paths: ReturnType<typeof parsedPaths>, resource: Resource): string[] {
  const found = new Set<string>();
  for (const { path } of paths) {
    if (path.subresource === undefined || path.watch) continue;
    if (path.group === resource.gvk.group && path.version === resource.gvk.version && path.plural === resource.plural)
      found.add(path.subresource);
  }
  return [...found].sort(compareStrings);
}

/**
 * Discovery verbs: the resource's, plus `watch` when the spec serves a watch for it (a `/watch/` path or a `watch`
 * parameter on its list), which the resource layer leaves out of `verbs`.
 */
function verbsOf(paths: ReturnType<typeof parsedPaths>, resource: Resource): string[] {
  const verbs = new Set(resource.verbs);
  for (const { operation, path } of paths) {
    if (path.subresource !== undefined || path.named) continue;
    if (path.group !== resource.gvk.group || path.version !== resource.gvk.version || path.plural !== resource.plural)
      continue;
    const watchParameter = operation.parameters.query.some((parameter) => parameter.name === 'watch');
    if (path.watch || (operation.method === 'get' && watchParameter)) verbs.add('watch');
  }
  return [...verbs].sort(compareStrings);
}

/**
 * A JSON value with every object's keys sorted: the embedded document does not depend on the input's key order. A
 * part already in order is returned as it is, not copied (a Kubernetes spec is written with its keys sorted): it
 * prints the same, since its keys enumerate as the copy's would.
 */
function canonical(value: Json): Json {
  if (Array.isArray(value)) {
    let copy: Json[] | undefined;
    for (let index = 0; index < value.length; index++) {
      const item = canonical(value[index]!);
      if (item !== value[index]) (copy ??= [...value])[index] = item;
    }
    return copy ?? value;
  }
  if (!isJsonObject(value)) return value;
  const keys = Object.keys(value);
  let changed = false;
  for (let index = 1; index < keys.length && !changed; index++)
    changed = compareStrings(keys[index - 1]!, keys[index]!) > 0;
  let children: Map<string, Json> | undefined;
  for (const key of keys) {
    const child = canonical(value[key]!);
    if (child !== value[key]) {
      changed = true;
      (children ??= new Map()).set(key, child);
    }
  }
  if (!changed) return value;
  return Object.fromEntries(keys.sort(compareStrings).map((key) => [key, children?.get(key) ?? value[key]!]));
}

/** Builds the view of testing.ts from the IR and the (overlaid) document; undefined for non-Kubernetes APIs. */
export function testingView(
  api: Api,
  title: string,
  document: JsonObject,
  /** The models with a generated `validateXUpdate` (transition rules). */
  updated: ReadonlySet<string> = new Set(),
): TestingView | undefined {
  if (!api.kubernetes || api.resources.length === 0) return undefined;
  const components = document['components'];
  const schemas = isJsonObject(components) && isJsonObject(components['schemas']) ? components['schemas'] : {};
  const names = new Map(api.models.map((model) => [model.key, model.name]));
  const nodes = new Map(api.models.map((model) => [model.name, nodeOf(schemas[model.key] ?? {}, names, 0)]));
  const useful = usefulModels(nodes);
  // The first model of each group/version/kind, found once (a search per resource was resources × models).
  const byGvk = new Map<string, string>();
  for (const model of api.models)
    if (model.gvk !== undefined) {
      const key = JSON.stringify([model.gvk.group, model.gvk.version, model.gvk.kind]);
      if (!byGvk.has(key)) byGvk.set(key, model.name);
    }
  const modelOf = (resource: Resource): string | undefined =>
    byGvk.get(JSON.stringify([resource.gvk.group, resource.gvk.version, resource.gvk.kind]));
  const paths = parsedPaths(api);
  // Each entry of the two tables as Prettier prints it at the start of a line two spaces in, before its comma.
  const resources = api.resources.map((resource) => {
    const model = modelOf(resource);
    const entries: [string, Literal][] = [
      ['group', printString(resource.gvk.group)],
      ['version', printString(resource.gvk.version)],
      ['kind', printString(resource.gvk.kind)],
      ['plural', printString(resource.plural)],
      ['namespaced', String(resource.namespaced)],
      ['verbs', verbsOf(paths, resource).map(printString)],
      ['subresources', subresourcesOf(paths, resource).map(printString)],
      ['listKind', printString(`${resource.gvk.kind}List`)],
      ...(model !== undefined && useful.has(model) ? [['patchSchema', printString(model)] as [string, Literal]] : []),
      ...(model !== undefined ? [['validate', `validators.validate${model}`] as [string, Literal]] : []),
      ...(model !== undefined && updated.has(model)
        ? [['validateUpdate', `validators.validate${model}Update`] as [string, Literal]]
        : []),
      // A built-in or aggregated kind is decoded into its Go struct: the fake answers a wrong JSON kind as Go does.
      ...(api.customResources === true ? [] : [['typed', 'true'] as [string, Literal]]),
    ];
    return layLiteral({ entries }, 2, 2, 1);
  });
  const patchSchemas = [...useful].sort(compareStrings).map((name) => {
    const key = printPropertyKey(name);
    return `${key}: ${layLiteral(nodeLiteral(prune(nodes.get(name)!, useful)!), 2, 2 + key.length + 2, 1)}`;
  });
  return {
    title,
    resources,
    patchSchemas,
    openapi: printLongString(JSON.stringify(canonical(document))),
    tablesCanonical:
      patchSchemas.length > 0 && [...resources, ...patchSchemas].every((entry) => literalLaidOut(`  ${entry},`)),
  };
}
