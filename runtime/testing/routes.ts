import type { ResourceSpec } from "./types.js";

/** What a resource path addresses. */
export interface Route {
  readonly resource: ResourceSpec;
  readonly namespace: string | undefined;
  readonly name: string | undefined;
  readonly subresource: string | undefined;
  /** The legacy `/watch/` prefix. */
  readonly watch: boolean;
}

/**
 * Matches decoded path segments (`api/v1/namespaces/ns/pods/x/status`, `apis/apps/v1/watch/deployments`) to a
 * resource of the table. `/api/v1/namespaces/{name}` is the namespace object itself, not a namespaced path.
 */
export function route(resources: readonly ResourceSpec[], segments: readonly string[]): Route | undefined {
  let rest: readonly string[];
  let group: string;
  let version: string;
  if (segments[0] === "api" && segments.length >= 3) {
    group = "";
    version = segments[1]!;
    rest = segments.slice(2);
  } else if (segments[0] === "apis" && segments.length >= 4) {
    group = segments[1]!;
    version = segments[2]!;
    rest = segments.slice(3);
  } else return undefined;
  const watch = rest[0] === "watch";
  if (watch) rest = rest.slice(1);
  const find = (plural: string | undefined, namespaced: boolean): ResourceSpec | undefined =>
    resources.find(
      (resource) =>
        resource.group === group &&
        resource.version === version &&
        resource.plural === plural &&
        resource.namespaced === namespaced,
    );
  if (rest[0] === "namespaces" && rest.length >= 3) {
    const resource = find(rest[2], true);
    if (resource !== undefined && rest.length <= 5)
      return { resource, namespace: rest[1], name: rest[3], subresource: rest[4], watch };
  }
  const namespacedAll = find(rest[0], true);
  if (namespacedAll !== undefined && rest.length === 1)
    return { resource: namespacedAll, namespace: undefined, name: undefined, subresource: undefined, watch };
  const cluster = find(rest[0], false);
  if (cluster !== undefined && rest.length <= 3)
    return { resource: cluster, namespace: undefined, name: rest[1], subresource: rest[2], watch };
  return undefined;
}
