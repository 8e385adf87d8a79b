import type { GroupVersionKind, HttpMethod, Model, Resource, Type } from '../ir.js';
import { compareStrings } from '../names.js';

/** What a Kubernetes REST path says: group, version, plural, namespaced, whether it names one object, subresource. */
export interface KubernetesPath {
  readonly group: string;
  readonly version: string;
  readonly plural: string;
  readonly namespaced: boolean;
  readonly named: boolean;
  readonly subresource?: string;
  readonly watch: boolean;
}

/** Parses `/api/v1/...` and `/apis/{group}/{version}/...` paths; undefined for anything else. */
export function parseKubernetesPath(path: string): KubernetesPath | undefined {
  const match =
    /^\/(?:api\/([^/{}]+)|apis\/([^/{}]+)\/([^/{}]+))\/(watch\/)?(namespaces\/\{namespace\}\/)?([^/{}]+)(\/\{name\})?(?:\/([^/{}]+))?$/.exec(
      path,
    );
  if (!match) return undefined;
  const [, coreVersion, group, version, watch, namespaced, plural, named, subresource] = match;
  // `/namespaces/{name}` is the namespace resource itself, not a namespaced path.
  return {
    group: coreVersion !== undefined ? '' : group!,
    version: coreVersion ?? version!,
    plural: plural!,
    namespaced: namespaced !== undefined,
    named: named !== undefined,
    ...(subresource !== undefined ? { subresource } : {}),
    watch: watch !== undefined,
  };
}

/** The Kubernetes action of an operation, from the method and whether the path names one object. */
export function deriveAction(method: HttpMethod, path: KubernetesPath): string | undefined {
  if (path.watch) return path.named ? 'watch' : 'watchlist';
  switch (method) {
    case 'get':
      return path.named ? 'get' : 'list';
    case 'post':
      return 'post';
    case 'put':
      return 'put';
    case 'patch':
      return 'patch';
    case 'delete':
      return path.named ? 'delete' : 'deletecollection';
    default:
      return undefined;
  }
}

/** Maps `x-kubernetes-action` values to the verbs RBAC and discovery use. */
const VERBS: Readonly<Record<string, string>> = {
  get: 'get',
  list: 'list',
  post: 'create',
  put: 'update',
  patch: 'patch',
  delete: 'delete',
  deletecollection: 'deletecollection',
  watch: 'watch',
  watchlist: 'watch',
  connect: 'connect',
};

/** The group/version/kind an operation serves, from its response model when the spec does not say. */
export function gvkFromResponse(
  type: Type | undefined,
  models: ReadonlyMap<string, Model>,
): GroupVersionKind | undefined {
  if (type?.kind !== 'ref') return undefined;
  const gvk = models.get(type.name)?.gvk;
  if (!gvk) return undefined;
  // A list operation returns `<Kind>List`; the resource is `<Kind>`.
  return gvk.kind.endsWith('List') ? { ...gvk, kind: gvk.kind.slice(0, -'List'.length) } : gvk;
}

/** One operation as the resource layer needs it. */
export interface ResourceOperation {
  readonly name: string;
  readonly path: KubernetesPath;
  readonly action: string;
  readonly gvk: GroupVersionKind;
}

/** Groups the operations of top-level resources (not subresources) into resources, sorted by group, version, plural. */
export function buildResources(operations: readonly ResourceOperation[]): Resource[] {
  const byResource = new Map<
    string,
    { gvk: GroupVersionKind; plural: string; namespaced: boolean; verbs: Set<string>; operations: string[] }
  >();
  for (const operation of operations) {
    if (operation.path.subresource !== undefined) continue;
    const id = `${operation.path.group}/${operation.path.version}/${operation.path.plural}`;
    const entry = byResource.get(id) ?? {
      gvk: operation.gvk,
      plural: operation.path.plural,
      namespaced: false,
      verbs: new Set<string>(),
      operations: [],
    };
    entry.namespaced ||= operation.path.namespaced;
    const verb = VERBS[operation.action];
    if (verb !== undefined) entry.verbs.add(verb);
    entry.operations.push(operation.name);
    byResource.set(id, entry);
  }
  return [...byResource.keys()].sort(compareStrings).map((id) => {
    const entry = byResource.get(id)!;
    return {
      gvk: entry.gvk,
      plural: entry.plural,
      namespaced: entry.namespaced,
      verbs: [...entry.verbs].sort(compareStrings),
      operations: [...entry.operations].sort(compareStrings),
    };
  });
}
