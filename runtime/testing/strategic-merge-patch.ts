import { cloneJson, jsonEqual } from "./json-patch.js";
import { isJsonObject } from "./merge-patch.js";
import { badRequest } from "./status.js";
import type { ListSchema, PatchSchema, PatchSchemas } from "./types.js";

/** Follows `ref`s to the schema they name (bounded: a table cannot chain refs forever). */
export function resolvePatchSchema(schema: PatchSchema | undefined, schemas: PatchSchemas): PatchSchema | undefined {
  let current = schema;
  for (let hops = 0; current?.ref !== undefined && hops < 64; hops++) current = schemas[current.ref];
  return current;
}

/** The schema of one field of an object (a listed field, else the map's values). */
export function fieldPatchSchema(
  schema: PatchSchema | undefined,
  field: string,
  schemas: PatchSchemas,
): PatchSchema | undefined {
  const resolved = resolvePatchSchema(schema, schemas);
  return resolvePatchSchema(resolved?.fields?.[field] ?? resolved?.values, schemas);
}

const SET_ELEMENT_ORDER = "$setElementOrder/";
const DELETE_FROM_PRIMITIVE_LIST = "$deleteFromPrimitiveList/";

/** A list item or map without its `$patch` directive. */
function withoutDirectives(value: unknown): unknown {
  if (Array.isArray(value))
    return value.filter((item) => !(isJsonObject(item) && item["$patch"] !== undefined)).map(withoutDirectives);
  if (!isJsonObject(value)) return value;
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (!key.startsWith("$")) result[key] = withoutDirectives(item);
  return result;
}

/** Whether a list merges (its patch strategy includes `merge`) rather than being replaced. */
function merges(list: ListSchema | undefined): boolean {
  return list?.patchStrategy?.split(",").includes("merge") === true;
}

/** Merges a patch list into an original list by the list's merge key (or as a set of primitives). */
function mergeList(
  original: readonly unknown[],
  patch: readonly unknown[],
  list: ListSchema,
  itemSchema: PatchSchema | undefined,
  schemas: PatchSchemas,
): unknown[] {
  if (patch.some((item) => isJsonObject(item) && item["$patch"] === "replace"))
    return withoutDirectives(patch) as unknown[];
  const mergeKey = list.patchMergeKey;
  const result = cloneJson(original) as unknown[];
  for (const item of patch) {
    if (!isJsonObject(item) || mergeKey === undefined) {
      if (isJsonObject(item) && item["$patch"] !== undefined)
        throw badRequest(`unable to find api field in struct for the merge key: list without a merge key`);
      if (!result.some((existing) => jsonEqual(existing, item))) result.push(cloneJson(item));
      continue;
    }
    if (!Object.hasOwn(item, mergeKey))
      throw badRequest(`map: ${JSON.stringify(item)} does not contain declared merge key: ${mergeKey}`);
    const matches = (existing: unknown): boolean =>
      isJsonObject(existing) && jsonEqual(existing[mergeKey], item[mergeKey]);
    if (item["$patch"] === "delete") {
      for (let index = result.length - 1; index >= 0; index--) if (matches(result[index])) result.splice(index, 1);
      continue;
    }
    const index = result.findIndex(matches);
    const merged = mergeStrategic(index >= 0 ? result[index] : {}, item, itemSchema, schemas);
    if (index < 0) {
      if (merged !== undefined) result.push(merged);
    } else if (merged === undefined) result.splice(index, 1);
    else result[index] = merged;
  }
  return result;
}

/** Reorders a list as a `$setElementOrder` directive says; items it does not name keep their place after. */
function setElementOrder(
  items: readonly unknown[],
  order: readonly unknown[],
  mergeKey: string | undefined,
): unknown[] {
  const keyOf = (item: unknown): unknown => (mergeKey !== undefined && isJsonObject(item) ? item[mergeKey] : item);
  const position = (item: unknown): number => order.findIndex((wanted) => jsonEqual(keyOf(wanted), keyOf(item)));
  const named = items.filter((item) => position(item) >= 0).sort((a, b) => position(a) - position(b));
  return [...named, ...items.filter((item) => position(item) < 0)];
}

/**
 * Applies a strategic merge patch (k8s.io/apimachinery/pkg/util/strategicpatch) to a copy of `original`: maps merge,
 * lists merge by `x-kubernetes-patch-merge-key` where `x-kubernetes-patch-strategy` says `merge` and are replaced
 * otherwise, with the `$patch: replace|delete`, `$retainKeys`, `$setElementOrder/` and `$deleteFromPrimitiveList/`
 * directives. Returns undefined when the patch deletes the value (`$patch: delete`).
 */
export function mergeStrategic(
  original: unknown,
  patch: unknown,
  schema: PatchSchema | undefined,
  schemas: PatchSchemas,
): unknown {
  if (!isJsonObject(patch)) throw badRequest("strategic merge patch: the patch must be a JSON object");
  const directive = patch["$patch"];
  if (directive === "replace") return withoutDirectives(patch);
  if (directive === "delete") return undefined;
  if (directive !== undefined && directive !== "merge")
    throw badRequest(`Unknown patch type: ${String(directive)} in map: ${JSON.stringify(patch)}`);
  const result: Record<string, unknown> = isJsonObject(original) ? cloneJson(original) : {};
  for (const [key, value] of Object.entries(patch)) {
    if (key === "$patch" || key === "$retainKeys" || key.startsWith(SET_ELEMENT_ORDER)) continue;
    if (key.startsWith(DELETE_FROM_PRIMITIVE_LIST)) {
      const field = key.slice(DELETE_FROM_PRIMITIVE_LIST.length);
      const current = result[field];
      if (!Array.isArray(value)) throw badRequest(`$deleteFromPrimitiveList/${field} must be a list`);
      if (Array.isArray(current))
        result[field] = current.filter((item) => !value.some((gone) => jsonEqual(gone, item)));
      continue;
    }
    if (value === null) {
      delete result[key];
      continue;
    }
    const sub = fieldPatchSchema(schema, key, schemas);
    const current = result[key];
    if (Array.isArray(value)) {
      const list = sub?.list;
      result[key] =
        merges(list) && Array.isArray(current)
          ? mergeList(current, value, list!, resolvePatchSchema(sub?.items, schemas), schemas)
          : withoutDirectives(value);
    } else if (isJsonObject(value) && sub?.mapType !== "atomic" && sub?.mapType !== "replace") {
      const merged = mergeStrategic(isJsonObject(current) ? current : {}, value, sub, schemas);
      if (merged === undefined) delete result[key];
      else result[key] = merged;
    } else {
      result[key] = withoutDirectives(value);
    }
  }
  for (const [key, order] of Object.entries(patch)) {
    if (!key.startsWith(SET_ELEMENT_ORDER)) continue;
    const field = key.slice(SET_ELEMENT_ORDER.length);
    const current = result[field];
    if (!Array.isArray(order)) throw badRequest(`${key} must be a list`);
    if (Array.isArray(current))
      result[field] = setElementOrder(current, order, fieldPatchSchema(schema, field, schemas)?.list?.patchMergeKey);
  }
  const retainKeys = patch["$retainKeys"];
  if (retainKeys !== undefined) {
    if (!Array.isArray(retainKeys)) throw badRequest("$retainKeys must be a list");
    for (const key of Object.keys(result)) if (!retainKeys.includes(key)) delete result[key];
  }
  return result;
}
