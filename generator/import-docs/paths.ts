/**
 * The "API endpoints" section → `paths`. The docs give paths, methods, parameters (with types and descriptions),
 * body and response types; what they leave out follows the Kubernetes API conventions every page's server keeps:
 * path parameters are required, bodies are JSON (PATCH: the four patch media types) and required except on DELETE,
 * and operationIds are the ones the Kubernetes OpenAPI generator derives.
 */
import { setProperty, type JsonObject } from '../document.js';
import { kubernetesInfix } from '../names.js';
import { deriveAction, parseKubernetesPath, type KubernetesPath } from '../parse/resources.js';
import type { HttpMethod } from '../ir.js';
import type { DocEndpoint, DocOperation, DocParameter } from './model.js';
import { typeSchema, type TypeContext } from './type-schema.js';

/** The media types of a Kubernetes PATCH body. */
const PATCH_TYPES = [
  'application/apply-patch+yaml',
  'application/json-patch+json',
  'application/merge-patch+json',
  'application/strategic-merge-patch+json',
];

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
    if (endpoint.parameters.length > 0) item['parameters'] = endpoint.parameters.map((p) => parameter(p, context));
    for (const operation of endpoint.operations) {
      const method = operation.method.toLowerCase();
      if (!METHODS.has(method)) {
        context.warn(operation.place, `unknown HTTP method ${operation.method}; skipped`);
      } else if (Object.hasOwn(item, method)) {
        context.warn(operation.place, `${operation.method} ${endpoint.path} is documented twice; keeping the first`);
      } else {
        item[method] = buildOperation(endpoint.path, method as HttpMethod, operation, namespacedKind, context);
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
): JsonObject {
  const kubernetes = parseKubernetesPath(path);
  const action = kubernetes ? deriveAction(method, kubernetes) : undefined;
  const responses: JsonObject = {};
  for (const response of operation.responses) {
    const entry: JsonObject = { description: response.reason || response.code };
    if (response.type)
      entry['content'] = { 'application/json': { schema: typeSchema(response.type, '', response.place, context) } };
    setProperty(responses, response.code, entry);
  }
  const body = operation.body;
  return {
    ...(operation.description !== '' ? { description: operation.description } : {}),
    ...(kubernetes && action ? { operationId: operationId(kubernetes, action, context.kind, namespacedKind) } : {}),
    ...(operation.parameters.length > 0 ? { parameters: operation.parameters.map((p) => parameter(p, context)) } : {}),
    ...(body
      ? {
          requestBody: {
            ...(body.description !== '' ? { description: body.description } : {}),
            content: Object.fromEntries(
              (method === 'patch' ? PATCH_TYPES : ['application/json']).map((type) => [
                type,
                { schema: typeSchema(body.type, '', body.place, context) },
              ]),
            ),
            required: method !== 'delete',
          },
        }
      : {}),
    responses,
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
    kubernetesInfix(path.group, path.version),
    action === 'deletecollection' ? 'Collection' : '',
    path.namespaced ? 'Namespaced' : '',
    kind,
    subresource,
    action === 'watchlist' ? 'List' : '',
    !path.namespaced && namespacedKind && !path.named ? 'ForAllNamespaces' : '',
  ].join('');
}
