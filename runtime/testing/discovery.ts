import { isJsonObject } from "./merge-patch.js";
import type { FakeObject, ResourceSpec } from "./types.js";

/** Subresources the fake serves (others are listed by the spec but not served). */
export const SERVED_SUBRESOURCES: readonly string[] = ["status"];

/** Kubernetes version priority: GA before beta before alpha, higher numbers first (`v2`, `v1`, `v1beta2`, ...). */
export function compareVersions(a: string, b: string): number {
  const rank = (version: string): [number, number, number] => {
    const match = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(version);
    if (match === null) return [3, 0, 0];
    const stage = match[2] === undefined ? 0 : match[2] === "beta" ? 1 : 2;
    return [stage, -Number(match[1]), -Number(match[3] ?? 0)];
  };
  const [x, y] = [rank(a), rank(b)];
  for (let index = 0; index < 3; index++) if (x[index] !== y[index]) return x[index]! - y[index]!;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Groups and their versions, in priority order. */
function groups(resources: readonly ResourceSpec[]): { name: string; versions: string[] }[] {
  const byGroup = new Map<string, Set<string>>();
  for (const resource of resources)
    byGroup.set(resource.group, (byGroup.get(resource.group) ?? new Set()).add(resource.version));
  return [...byGroup].map(([name, versions]) => ({ name, versions: [...versions].sort(compareVersions) }));
}

/** `GET /version`. */
export function versionInfo(gitVersion: string): FakeObject {
  const match = /^v(\d+)\.(\d+)/.exec(gitVersion);
  return {
    major: match?.[1] ?? "1",
    minor: match?.[2] ?? "0",
    gitVersion,
    gitCommit: "0000000000000000000000000000000000000000",
    gitTreeState: "clean",
    buildDate: "2026-01-01T00:00:00Z",
    goVersion: "go1.23.0",
    compiler: "gc",
    platform: "linux/amd64",
  };
}

/** `GET /api`: the core group's versions. */
export function coreVersions(resources: readonly ResourceSpec[], address: string): FakeObject {
  const core = groups(resources).find((group) => group.name === "");
  return {
    kind: "APIVersions",
    versions: core?.versions ?? [],
    serverAddressByClientCIDRs: [{ clientCIDR: "0.0.0.0/0", serverAddress: address }],
  };
}

/** One `APIGroup` of `/apis`. */
function apiGroup(name: string, versions: readonly string[]): FakeObject {
  const entries = versions.map((version) => ({ groupVersion: `${name}/${version}`, version }));
  return { name, versions: entries, preferredVersion: entries[0] };
}

/** `GET /apis`: every named group. */
export function groupList(resources: readonly ResourceSpec[]): FakeObject {
  return {
    kind: "APIGroupList",
    apiVersion: "v1",
    groups: groups(resources)
      .filter((group) => group.name !== "")
      .map((group) => apiGroup(group.name, group.versions)),
  };
}

/** `GET /apis/<group>`, or undefined when the group is not served. */
export function groupOf(resources: readonly ResourceSpec[], name: string): FakeObject | undefined {
  const group = groups(resources).find((candidate) => candidate.name === name && name !== "");
  return group === undefined
    ? undefined
    : { kind: "APIGroup", apiVersion: "v1", ...apiGroup(group.name, group.versions) };
}

/** The resources of one group/version. */
function resourcesOf(resources: readonly ResourceSpec[], group: string, version: string): ResourceSpec[] {
  return resources.filter((resource) => resource.group === group && resource.version === version);
}

/** `GET /api/v1` or `/apis/<group>/<version>`: an APIResourceList, or undefined when not served. */
export function resourceList(
  resources: readonly ResourceSpec[],
  group: string,
  version: string,
): FakeObject | undefined {
  const served = resourcesOf(resources, group, version);
  if (served.length === 0) return undefined;
  return {
    kind: "APIResourceList",
    apiVersion: "v1",
    groupVersion: group === "" ? version : `${group}/${version}`,
    resources: served.flatMap((resource) => [
      {
        name: resource.plural,
        singularName: resource.kind.toLowerCase(),
        namespaced: resource.namespaced,
        kind: resource.kind,
        verbs: resource.verbs,
      },
      ...resource.subresources
        .filter((subresource) => SERVED_SUBRESOURCES.includes(subresource))
        .map((subresource) => ({
          name: `${resource.plural}/${subresource}`,
          singularName: "",
          namespaced: resource.namespaced,
          kind: resource.kind,
          verbs: ["get", "patch", "update"],
        })),
    ]),
  };
}

/** The media type of aggregated discovery (`apidiscovery.k8s.io/v2`), when the client accepts it. */
export function aggregatedDiscoveryType(accept: string): string | undefined {
  for (const version of ["v2", "v2beta1"])
    if (accept.includes(`g=apidiscovery.k8s.io;v=${version};as=APIGroupDiscoveryList`))
      return `application/json;g=apidiscovery.k8s.io;v=${version};as=APIGroupDiscoveryList`;
  return undefined;
}

/** Aggregated discovery: the core group (`/api`) or every named group (`/apis`) with their resources. */
export function aggregatedDiscovery(resources: readonly ResourceSpec[], core: boolean, mediaType: string): FakeObject {
  const version = /v=(v2\w*)/.exec(mediaType)?.[1] ?? "v2";
  return {
    kind: "APIGroupDiscoveryList",
    apiVersion: `apidiscovery.k8s.io/${version}`,
    metadata: {},
    items: groups(resources)
      .filter((group) => (group.name === "") === core)
      .map((group) => ({
        metadata: { name: group.name },
        versions: group.versions.map((groupVersion) => ({
          version: groupVersion,
          resources: resourcesOf(resources, group.name, groupVersion).map((resource) => {
            const responseKind = { group: resource.group, version: resource.version, kind: resource.kind };
            return {
              resource: resource.plural,
              responseKind,
              scope: resource.namespaced ? "Namespaced" : "Cluster",
              singularResource: resource.kind.toLowerCase(),
              verbs: resource.verbs,
              subresources: resource.subresources
                .filter((subresource) => SERVED_SUBRESOURCES.includes(subresource))
                .map((subresource) => ({ subresource, responseKind, verbs: ["get", "patch", "update"] })),
            };
          }),
          freshness: "Current",
        })),
      })),
  };
}

/** A short, stable hash of a text (FNV-1a), for the `hash` of OpenAPI v3 URLs. */
function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, "0");
}

/** The OpenAPI v3 path prefix of a group/version: `api/v1`, `apis/apps/v1`. */
function groupVersionPath(group: string, version: string): string {
  return group === "" ? `api/${version}` : `apis/${group}/${version}`;
}

/** Inlines `#/components/parameters/...` references of operations (kubectl's v3 verifier does not follow them). */
function inlineParameters(pathItem: unknown, parameters: Record<string, unknown>): unknown {
  if (!isJsonObject(pathItem)) return pathItem;
  const inline = (list: unknown): unknown =>
    Array.isArray(list)
      ? list.map((parameter) => {
          const ref = isJsonObject(parameter) ? parameter["$ref"] : undefined;
          const name = typeof ref === "string" ? ref.replace(/^#\/components\/parameters\//, "") : undefined;
          return name !== undefined && parameters[name] !== undefined ? parameters[name] : parameter;
        })
      : list;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(pathItem))
    result[key] =
      key === "parameters"
        ? inline(value)
        : isJsonObject(value)
          ? { ...value, parameters: inline(value["parameters"]) }
          : value;
  for (const value of Object.values(result))
    if (isJsonObject(value) && value["parameters"] === undefined) delete value["parameters"];
  return result;
}

/** OpenAPI v3 documents per group/version, from the document the package was generated from. */
export class OpenApiV3 {
  private readonly documents = new Map<string, { text: string; hash: string }>();

  constructor(
    private readonly resources: readonly ResourceSpec[],
    private readonly document: () => Record<string, unknown>,
  ) {}

  /** `GET /openapi/v3`: the index of group/version documents. */
  index(): FakeObject {
    const paths: Record<string, unknown> = {};
    for (const group of groups(this.resources))
      for (const version of group.versions) {
        const path = groupVersionPath(group.name, version);
        paths[path] = { serverRelativeURL: `/openapi/v3/${path}?hash=${this.documentOf(path)!.hash}` };
      }
    return { paths };
  }

  /** The JSON text of one group/version document, or undefined when not served. */
  documentOf(path: string): { text: string; hash: string } | undefined {
    const cached = this.documents.get(path);
    if (cached !== undefined) return cached;
    const served = groups(this.resources).some((group) =>
      group.versions.some((version) => groupVersionPath(group.name, version) === path),
    );
    if (!served) return undefined;
    const document = this.document();
    const components = isJsonObject(document["components"]) ? document["components"] : {};
    const parameters = isJsonObject(components["parameters"]) ? components["parameters"] : {};
    const paths: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(isJsonObject(document["paths"]) ? document["paths"] : {}))
      if (key === `/${path}` || key === `/${path}/` || key.startsWith(`/${path}/`))
        paths[key] = inlineParameters(item, parameters);
    const text = JSON.stringify({ ...document, paths });
    const entry = { text, hash: hashText(text) };
    this.documents.set(path, entry);
    return entry;
  }
}
