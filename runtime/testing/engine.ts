import { decodeFields, validateWrite, writeOptions, type GoDecode, type WriteOptions } from "./admission.js";
import { applyJsonPatch, cloneJson, jsonEqual } from "./json-patch.js";
import { applyFieldManagement, applyManagedFields, type ManagerContext } from "./managed-fields.js";
import { applyMergePatch, isJsonObject } from "./merge-patch.js";
import { StatusError, alreadyExists, badRequest, conflict, invalid, notFound, unsupportedMediaType } from "./status.js";
import { metadataOf, type FakeStore } from "./store.js";
import { mergeStrategic } from "./strategic-merge-patch.js";
import type { FakeObject, HooksByResource, HookContext, PatchSchemas, ResourceHooks, ResourceSpec } from "./types.js";

/** What the write operations need from the server: storage, merge metadata, hooks and the generators. */
export interface EngineConfig {
  readonly store: FakeStore;
  readonly schemas: PatchSchemas;
  readonly hooks: HooksByResource;
  readonly now: () => Date;
  readonly uid: () => string;
  /** The random suffix `generateName` gets (five characters on a real server). */
  readonly nameSuffix: () => string;
  /** Go's JSON decoder over the spec's schemas, for typed kinds (admission.ts decodeFields). */
  readonly goDecode?: GoDecode;
}

/** The object (or collection) a request addresses. */
export interface Target {
  readonly resource: ResourceSpec;
  /** The namespace of a namespaced path (undefined for cluster-scoped paths and all-namespace lists). */
  readonly namespace: string | undefined;
  readonly name?: string;
  readonly subresource?: string;
}

/** A response: status code, body and `Warning` header texts. */
export interface Outcome {
  readonly status: number;
  readonly body: FakeObject;
  readonly warnings?: readonly string[];
}

/** The media types PATCH accepts. */
export const PATCH_TYPES = [
  "application/json-patch+json",
  "application/merge-patch+json",
  "application/strategic-merge-patch+json",
  "application/apply-patch+yaml",
] as const;

/** The store key of a resource: `<group>/<version>/<plural>`. */
export function storeKey(resource: ResourceSpec): string {
  return `${resource.group}/${resource.version}/${resource.plural}`;
}

/** `apps/v1`, or `v1` for the core group. */
export function apiVersionOf(resource: ResourceSpec): string {
  return resource.group === "" ? resource.version : `${resource.group}/${resource.version}`;
}

/** A time as the API server prints `metav1.Time`: RFC 3339 in UTC, whole seconds. */
export function formatTime(date: Date): string {
  return date.toISOString().replace(/\.\d+Z$/, "Z");
}

function hooksOf(config: EngineConfig, resource: ResourceSpec): ResourceHooks | undefined {
  return config.hooks[resource.group === "" ? resource.plural : `${resource.plural}.${resource.group}`];
}

function hookContext(target: Target, old: FakeObject | undefined, options: WriteOptions): HookContext {
  return {
    resource: target.resource,
    namespace: target.namespace,
    name: target.name,
    ...(old !== undefined ? { old } : {}),
    dryRun: options.dryRun,
  };
}

/** Checks a body is an object of this resource's kind and API version, and fills both in when absent. */
function checkKind(resource: ResourceSpec, body: unknown): FakeObject {
  if (!isJsonObject(body)) throw badRequest("the body of the request must be a JSON object");
  const object = cloneJson(body);
  const apiVersion = apiVersionOf(resource);
  if (object["apiVersion"] !== undefined && object["apiVersion"] !== apiVersion)
    throw badRequest(
      `the API version in the data (${String(object["apiVersion"])}) does not match the expected API version (${apiVersion})`,
    );
  if (object["kind"] !== undefined && object["kind"] !== resource.kind)
    throw badRequest(
      `the kind in the data (${String(object["kind"])}) does not match the expected kind (${resource.kind})`,
    );
  object["apiVersion"] = apiVersion;
  object["kind"] = resource.kind;
  return { apiVersion, kind: resource.kind, ...object };
}

/** Sets the namespace from the path; a different one in the body is a 400 as on a real server. */
function placeInNamespace(target: Target, metadata: Record<string, unknown>): string {
  if (!target.resource.namespaced) {
    delete metadata["namespace"];
    return "";
  }
  const given = metadata["namespace"];
  if (given !== undefined && given !== "" && given !== target.namespace)
    throw badRequest("the namespace of the provided object does not match the namespace sent on the request");
  metadata["namespace"] = target.namespace;
  return target.namespace ?? "";
}

const SERVER_SET = [
  "uid",
  "creationTimestamp",
  "generation",
  "resourceVersion",
  "deletionTimestamp",
  "deletionGracePeriodSeconds",
  "selfLink",
];

/** Creates an object (POST to a collection). */
export function createObject(
  config: EngineConfig,
  target: Target,
  body: unknown,
  query: URLSearchParams,
  manager: string,
  appliedManagedFields?: unknown,
): Outcome {
  const options = writeOptions(query);
  const object = checkKind(target.resource, body);
  const warnings = decodeFields(target.resource, object, options, "body", config.goDecode, body);
  const metadata = metadataOf(object);
  const namespace = placeInNamespace(target, metadata);
  for (const field of SERVER_SET) delete metadata[field];
  if ((metadata["name"] === undefined || metadata["name"] === "") && typeof metadata["generateName"] === "string")
    metadata["name"] = `${metadata["generateName"]}${config.nameSuffix()}`;
  if (typeof metadata["name"] !== "string" || metadata["name"] === "")
    throw invalid(target.resource, "", [
      {
        path: "metadata.name",
        type: "FieldValueRequired",
        message: "metadata.name: Required value: name or generateName is required",
      },
    ]);
  const name = metadata["name"];
  if (target.resource.subresources.includes("status")) delete object["status"];
  const hooks = hooksOf(config, target.resource);
  const context = hookContext({ ...target, name }, undefined, options);
  hooks?.prepareForCreate?.(object, context);
  validateWrite(target.resource, hooks, object, context);
  if (config.store.get(storeKey(target.resource), namespace, name) !== undefined)
    throw alreadyExists(target.resource, name);
  metadata["uid"] = config.uid();
  metadata["creationTimestamp"] = formatTime(config.now());
  metadata["generation"] = 1;
  if (appliedManagedFields !== undefined) metadata["managedFields"] = appliedManagedFields;
  else applyManagedFields(undefined, object, managerContext(config, target, manager, "Update"));
  if (options.dryRun) return { status: 201, body: object, warnings };
  return { status: 201, body: config.store.put(storeKey(target.resource), namespace, name, object), warnings };
}

/** The manager context of a write: who, which operation, at which API version and time, with which schemas. */
function managerContext(
  config: EngineConfig,
  target: Target,
  manager: string,
  operation: "Apply" | "Update",
): ManagerContext {
  return {
    manager,
    operation,
    apiVersion: apiVersionOf(target.resource),
    time: formatTime(config.now()),
    subresource: target.subresource,
    schema: target.resource.patchSchema,
    schemas: config.schemas,
  };
}

/** The stored object a named request addresses, or 404. */
export function readObject(config: EngineConfig, target: Target): FakeObject {
  const found = config.store.get(storeKey(target.resource), target.namespace ?? "", target.name ?? "");
  if (found === undefined) throw notFound(target.resource, target.name ?? "");
  return found;
}

/** Whether anything outside `metadata` and `status` differs (what bumps `metadata.generation`). */
function specChanged(old: FakeObject, next: FakeObject): boolean {
  const keys = new Set([...Object.keys(old), ...Object.keys(next)]);
  return [...keys].some((key) => key !== "metadata" && key !== "status" && !jsonEqual(old[key], next[key]));
}

/**
 * Stores a new version of an existing object (PUT and PATCH, main resource or `status`): preconditions, the
 * fields the server owns, the status subresource split, validation, managed fields, generation and finalizers.
 */
function updateExisting(
  config: EngineConfig,
  target: Target,
  old: FakeObject,
  next: FakeObject,
  options: WriteOptions,
  manager: ManagerContext | undefined,
  warnings: readonly string[],
): Outcome {
  const resource = target.resource;
  const name = target.name ?? "";
  const oldMetadata = metadataOf(old);
  const metadata = metadataOf(next);
  if (metadata["name"] !== undefined && metadata["name"] !== name)
    throw badRequest(
      `the name of the object (${String(metadata["name"])}) does not match the name on the URL (${name})`,
    );
  const namespace = placeInNamespace(target, metadata);
  const given = metadata["resourceVersion"];
  if (given !== undefined && given !== "" && given !== oldMetadata["resourceVersion"])
    throw conflict(
      resource,
      name,
      "the object has been modified; please apply your changes to the latest version and try again",
    );
  let result = next;
  if (resource.subresources.includes("status")) {
    if (target.subresource === "status") {
      result = { ...cloneJson(old), status: next["status"] };
      if (next["status"] === undefined) delete result["status"];
    } else if (old["status"] === undefined) delete result["status"];
    else result["status"] = cloneJson(old["status"]);
  }
  const resultMetadata = metadataOf(result);
  resultMetadata["name"] = name;
  for (const field of ["uid", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "generation"]) {
    if (oldMetadata[field] === undefined) delete resultMetadata[field];
    else resultMetadata[field] = oldMetadata[field];
  }
  if (specChanged(old, result)) resultMetadata["generation"] = Number(oldMetadata["generation"] ?? 0) + 1;
  resultMetadata["resourceVersion"] = oldMetadata["resourceVersion"];
  const hooks = hooksOf(config, resource);
  const context = hookContext(target, old, options);
  hooks?.prepareForUpdate?.(result, context);
  validateWrite(resource, hooks, result, context);
  if (manager !== undefined) applyManagedFields(old, result, manager);
  if (jsonEqual(old, result)) return { status: 200, body: old, warnings };
  if (options.dryRun) return { status: 200, body: result, warnings };
  const key = storeKey(resource);
  const finalizers = resultMetadata["finalizers"];
  if (resultMetadata["deletionTimestamp"] !== undefined && (!Array.isArray(finalizers) || finalizers.length === 0)) {
    config.store.put(key, namespace, name, result);
    return { status: 200, body: config.store.delete(key, namespace, name)!, warnings };
  }
  return { status: 200, body: config.store.put(key, namespace, name, result), warnings };
}

/** Replaces an object (PUT). */
export function replaceObject(
  config: EngineConfig,
  target: Target,
  body: unknown,
  query: URLSearchParams,
  manager: string,
): Outcome {
  const options = writeOptions(query);
  const next = checkKind(target.resource, body);
  const warnings = decodeFields(target.resource, next, options, "body", config.goDecode, body);
  const old = readObject(config, target);
  return updateExisting(
    config,
    target,
    old,
    next,
    options,
    managerContext(config, target, manager, "Update"),
    warnings,
  );
}

/** Patches an object (PATCH) with a JSON patch, a merge patch, a strategic merge patch or a server-side apply. */
export function patchObject(
  config: EngineConfig,
  target: Target,
  body: unknown,
  contentType: string,
  query: URLSearchParams,
  manager: string | undefined,
): Outcome {
  const options = writeOptions(query);
  const resource = target.resource;
  if (contentType === "application/apply-patch+yaml") {
    if (manager === undefined)
      throw badRequest(
        'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch',
      );
    const force = query.get("force") === "true";
    const old = config.store.get(storeKey(resource), target.namespace ?? "", target.name ?? "");
    const applied = checkKind(resource, body);
    const warnings = decodeFields(resource, applied, options, "body", config.goDecode);
    const context = managerContext(config, target, manager, "Apply");
    if (old === undefined) {
      const created = applyFieldManagement(undefined, applied, force, context);
      metadataOf(created)["name"] ??= target.name;
      const outcome = createObject(config, target, created, query, manager, metadataOf(created)["managedFields"]);
      return { ...outcome, warnings: [...warnings, ...(outcome.warnings ?? [])] };
    }
    const next = applyFieldManagement(old, applied, force, context);
    return updateExisting(config, target, old, next, options, undefined, warnings);
  }
  const old = readObject(config, target);
  let patched: unknown;
  switch (contentType) {
    case "application/json-patch+json":
      patched = applyJsonPatch(old, body);
      break;
    case "application/merge-patch+json":
      if (!isJsonObject(body)) throw badRequest("merge patch: the patch must be a JSON object");
      patched = applyMergePatch(old, body);
      break;
    case "application/strategic-merge-patch+json":
      patched = mergeStrategic(
        old,
        body,
        resource.patchSchema === undefined ? undefined : { ref: resource.patchSchema },
        config.schemas,
      );
      break;
    default:
      throw unsupportedMediaType(contentType, PATCH_TYPES);
  }
  if (!isJsonObject(patched)) throw new StatusError(422, "Invalid", "the patched object is not a JSON object");
  const next = checkKind(resource, patched);
  const warnings = decodeFields(resource, next, options, "patch", config.goDecode);
  const context = managerContext(config, target, manager ?? "unknown", "Update");
  return updateExisting(config, target, old, next, options, context, warnings);
}
