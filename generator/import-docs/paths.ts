/**
 * The "API endpoints" section → `paths`. The docs give paths, methods, parameters (with types and descriptions),
 * body and response types; what they leave out follows the Kubernetes API conventions every page's server keeps:
 * path parameters are required, bodies take any media type (PATCH: the four patch media types) and required except on DELETE,
 * responses come as JSON, YAML and protobuf (lists and watches also as streams), and operationIds and tags are the
 * ones the Kubernetes OpenAPI generator derives.
 */
import { setProperty, type JsonObject } from '../document.js';
import { isDeepStrictEqual } from 'node:util';
import { compareStrings, kubernetesInfix, pascalCase } from '../names.js';
import { deriveAction, parseKubernetesPath, type KubernetesPath } from '../parse/resources.js';
import type { HttpMethod } from '../ir.js';
import type { DocEndpoint, DocOperation, DocParameter } from './model.js';
import { prettyParameter, servedPathParameters, servedQueryParameters } from './served.js';
import { typeSchema, type TypeContext } from './type-schema.js';

/** The media types of a Kubernetes PATCH body. */
const PATCH_TYPES = [
  'application/apply-patch+yaml',
  'application/json-patch+json',
  'application/merge-patch+json',
  'application/strategic-merge-patch+json',
];

/** The body a Kubernetes API server takes for an action, by the docs' name of its type (k8s.io/apiserver installer). */
const SERVED_BODIES: Readonly<Record<string, string>> = Object.freeze({
  delete: 'DeleteOptions',
  deletecollection: 'DeleteOptions',
  patch: 'Patch',
});

/** What a Kubernetes API server responds in (its `produces`), and the streams of list and watch operations. */
const SERVED_RESPONSE_TYPES = ['application/json', 'application/yaml', 'application/vnd.kubernetes.protobuf'];
const WATCH_TYPES = ['application/json;stream=watch', 'application/vnd.kubernetes.protobuf;stream=watch'];
const STREAMS = new Set(['list', 'watch', 'watchlist']);

/** The HTTP methods OpenAPI path items hold. */
const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** Verbs of Kubernetes operationIds, by `x-kubernetes-action`. */
const VERBS: Readonly<Record<string, string>> = Object.freeze({
  get: 'read',
  list: 'list',
  post: 'create',
  put: 'replace',
  patch: 'patch',
  delete: 'delete',
  deletecollection: 'delete',
  watch: 'watch',
  watchlist: 'watch',
});

/** Builds the path items of a page's endpoints, keyed by path. */
export function buildPaths(endpoints: readonly DocEndpoint[], context: TypeContext): Map<string, JsonObject> {
  // A cluster-wide path of a kind that also has namespaced paths lists "ForAllNamespaces".
  const namespacedKind = endpoints.some((endpoint) => parseKubernetesPath(endpoint.path)?.namespaced === true);
  const paths = new Map<string, JsonObject>();
  for (const endpoint of endpoints) {
    const item: JsonObject = paths.get(endpoint.path) ?? {};
    const kubernetes = parseKubernetesPath(endpoint.path);
    // What the page documents wins; what it leaves out is what the server declares (served.ts).
    // The path item keeps what every method takes (path parameters, `pretty`); a layout that documents a lone
    // method's query parameters as "global" gets them moved to the method, so layouts compare and merge.
    const onPath = (p: DocParameter): boolean => p.in === 'path' || (kubernetes !== undefined && p.name === 'pretty');
    const documented = endpoint.parameters.filter(onPath).map((p) => parameter(p, context));
    const moved = endpoint.parameters.filter((p) => !onPath(p));
    const served = [...servedPathParameters(endpoint.path, context.kind), ...(kubernetes ? [prettyParameter()] : [])];
    const shared = mergeParameters(documented, served);
    if (shared.length > 0) item['parameters'] = shared;
    for (const operation of endpoint.operations) {
      const method = operation.method.toLowerCase();
      if (!METHODS.has(method)) {
        context.warn(operation.place, `unknown HTTP method ${operation.method}; skipped`);
      } else if (Object.hasOwn(item, method)) {
        context.warn(operation.place, `${operation.method} ${endpoint.path} is documented twice; keeping the first`);
      } else {
        const withMoved = { ...operation, parameters: [...moved, ...operation.parameters] };
        item[method] = buildOperation(endpoint.path, method as HttpMethod, withMoved, namespacedKind, context, shared);
      }
    }
    paths.set(endpoint.path, item);
  }
  return paths;
}

/** One operation object. */
function buildOperation(
  path: string,
  method: HttpMethod,
  operation: DocOperation,
  namespacedKind: boolean,
  context: TypeContext,
  shared: readonly JsonObject[],
): JsonObject {
  const kubernetes = parseKubernetesPath(path);
  const action = kubernetes ? deriveAction(method, kubernetes) : undefined;
  const onPath = new Set(shared.map(parameterId));
  const parameters = mergeParameters(
    operation.parameters.map((p) => parameter(p, context)),
    action ? servedQueryParameters(action) : [],
  ).filter((p) => !onPath.has(parameterId(p)));
  const responses: JsonObject = {};
  for (const response of operation.responses) {
    const entry: JsonObject = { description: response.reason || response.code };
    if (response.type) {
      const schema = typeSchema(response.type, '', response.place, context);
      const types = kubernetes ? [...SERVED_RESPONSE_TYPES, ...(action && STREAMS.has(action) ? WATCH_TYPES : [])] : [];
      entry['content'] = Object.fromEntries(
        (types.length > 0 ? types : ['application/json']).map((type) => [type, { schema }]),
      );
    }
    setProperty(responses, response.code, entry);
  }
  // The current docs layout leaves out the bodies the server always takes: DeleteOptions on deletes, a Patch on PATCH.
  const servedBody = action ? SERVED_BODIES[action] : undefined;
  const body =
    operation.body ??
    (servedBody
      ? { type: { kind: 'name' as const, name: servedBody }, description: '', place: operation.place }
      : undefined);
  return {
    ...(operation.description !== '' ? { description: operation.description } : {}),
    ...(kubernetes && action ? { operationId: operationId(kubernetes, action, context.kind, namespacedKind) } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(body
      ? {
          requestBody: {
            ...(body.description !== '' ? { description: body.description } : {}),
            content: Object.fromEntries(
              (method === 'patch' ? PATCH_TYPES : [kubernetes ? '*/*' : 'application/json']).map((type) => [
                type,
                { schema: typeSchema(body.type, '', body.place, context) },
              ]),
            ),
            // A DELETE's options may be left out (the query parameters carry them too).
            ...(method === 'delete' ? {} : { required: true }),
          },
        }
      : {}),
    responses,
    ...(kubernetes ? { tags: [tagOf(kubernetes.group, kubernetes.version)] } : {}),
    ...(kubernetes && action
      ? {
          'x-kubernetes-action': action,
          'x-kubernetes-group-version-kind': {
            group: kubernetes.group,
            kind: context.kind,
            version: kubernetes.version,
          },
        }
      : {}),
  };
}

/** The tag a served document gives a group/version's operations: `imageOpenshiftIo_v1`, `networking_v1`, `core_v1`. */
export function tagOf(group: string, version: string): string {
  const infix = groupVersionInfix(group, version);
  const name = infix.slice(0, infix.length - pascalCase(version).length);
  return `${name[0]!.toLowerCase()}${name.slice(1)}_${version}`;
}

/**
 * Moves the parameters every operation of a path item declares alike to the path item, as kube-openapi does when it
 * writes a served document (a lone list operation's query parameters end up on its path).
 */
export function hoistCommonParameters(item: JsonObject): JsonObject {
  const operations = Object.entries(item).filter(([key]) => METHODS.has(key)) as [string, JsonObject][];
  if (operations.length === 0) return item;
  const lists = operations.map(([, operation]) => (operation['parameters'] as JsonObject[] | undefined) ?? []);
  const common = lists[0]!.filter((candidate) =>
    lists.every((list) => list.some((other) => isDeepStrictEqual(other, candidate))),
  );
  if (common.length === 0) return item;
  const hoisted: JsonObject = { ...item };
  const existing = (item['parameters'] as JsonObject[] | undefined) ?? [];
  hoisted['parameters'] = mergeParameters(existing, common);
  for (const [method, operation] of operations) {
    const rest = ((operation['parameters'] as JsonObject[] | undefined) ?? []).filter(
      (parameter) => !common.some((shared) => isDeepStrictEqual(shared, parameter)),
    );
    const { parameters: _dropped, ...others } = operation;
    hoisted[method] = rest.length > 0 ? { ...others, parameters: rest } : others;
  }
  return hoisted;
}

/**
 * The group/version infix of served operationIds and tags. Kubernetes' own groups drop their `.k8s.io` suffix
 * (`listNetworkingV1NamespacedIngress`, `rbacAuthorization_v1`); other groups keep their whole name
 * (`listImageOpenshiftIoV1ImageTagForAllNamespaces`).
 */
export function groupVersionInfix(group: string, version: string): string {
  return kubernetesInfix(group.replace(/\.k8s\.io$/, ''), version);
}

/** `in name`: what identifies a parameter of an operation. */
function parameterId(parameter: JsonObject): string {
  return `${String(parameter['in'])} ${String(parameter['name'])}`;
}

/** The documented parameters, then the served ones the page leaves out; sorted by name as servers list them. */
function mergeParameters(documented: readonly JsonObject[], served: readonly JsonObject[]): JsonObject[] {
  const byId = new Map(documented.map((p) => [parameterId(p), p]));
  for (const p of served) if (!byId.has(parameterId(p))) byId.set(parameterId(p), p);
  return [...byId.values()].sort((a, b) => compareStrings(String(a['name']), String(b['name'])));
}

/** One parameter object. */
function parameter(documented: DocParameter, context: TypeContext): JsonObject {
  return {
    name: documented.name,
    in: documented.in,
    ...(documented.description !== '' ? { description: documented.description } : {}),
    ...(documented.in === 'path' ? { required: true } : {}),
    schema: typeSchema(documented.type, '', documented.place, context),
  };
}

/**
 * The operationId the Kubernetes OpenAPI generator gives an operation: verb, group/version infix, `Collection`
 * for deletecollection, `Namespaced`, kind, subresource, `List` for watchlist, and `ForAllNamespaces` for the
 * cluster-wide paths of a namespaced kind (`listImageOpenshiftIoV1ImageTagForAllNamespaces`).
 */
export function operationId(path: KubernetesPath, action: string, kind: string, namespacedKind: boolean): string {
  const subresource = path.subresource ? path.subresource[0]!.toUpperCase() + path.subresource.slice(1) : '';
  return [
    VERBS[action] ?? action,
    groupVersionInfix(path.group, path.version),
    action === 'deletecollection' ? 'Collection' : '',
    path.namespaced ? 'Namespaced' : '',
    kind,
    subresource,
    action === 'watchlist' ? 'List' : '',
    !path.namespaced && namespacedKind && !path.named ? 'ForAllNamespaces' : '',
  ].join('');
}
