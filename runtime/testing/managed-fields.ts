import { cloneJson, jsonEqual } from "./json-patch.js";
import { isJsonObject } from "./merge-patch.js";
import { StatusError } from "./status.js";
import { fieldPatchSchema, resolvePatchSchema } from "./strategic-merge-patch.js";
import type { FakeObject, PatchSchema, PatchSchemas } from "./types.js";

/** Who writes, how, and with which merge metadata (the inputs of server-side field management). */
export interface ManagerContext {
  readonly manager: string;
  readonly operation: "Apply" | "Update";
  readonly apiVersion: string;
  readonly time: string;
  readonly subresource: string | undefined;
  /** The model name of the kind in the patch schema table. */
  readonly schema: string | undefined;
  readonly schemas: PatchSchemas;
}

/** One `metadata.managedFields` entry, with its field set decoded (paths as JSON-encoded FieldsV1 segments). */
interface Entry {
  readonly manager: string;
  readonly operation: string;
  readonly apiVersion: string;
  readonly time: string | undefined;
  readonly subresource: string | undefined;
  fields: Set<string>;
}

/** Fields the server owns, never tracked (k8s.io/apiserver fieldmanager's reset and strip fields). */
const UNTRACKED = ["f:apiVersion", "f:kind"];
const UNTRACKED_METADATA = [
  "name",
  "namespace",
  "uid",
  "resourceVersion",
  "generation",
  "creationTimestamp",
  "managedFields",
  "deletionTimestamp",
  "deletionGracePeriodSeconds",
  "selfLink",
].map((field) => `f:${field}`);

/** How a list is merged: as a map keyed by some fields, a set of values, or atomically. */
function listKind(
  schema: PatchSchema | undefined,
): { kind: "map"; keys: readonly string[] } | { kind: "set" | "atomic" } {
  const list = schema?.list;
  const listType = list?.listType ?? (list?.patchMergeKey !== undefined ? "map" : "atomic");
  if (listType === "map") {
    const keys = list?.mapKeys ?? (list?.patchMergeKey !== undefined ? [list.patchMergeKey] : []);
    return keys.length > 0 ? { kind: "map", keys } : { kind: "atomic" };
  }
  return { kind: listType === "set" ? "set" : "atomic" };
}

/** The `k:{...}` segment of a map-list item: its key fields, sorted by name. */
function itemKey(item: Record<string, unknown>, keys: readonly string[]): string {
  const entries = [...keys].sort().map((key) => [key, item[key]] as const);
  return `k:${JSON.stringify(Object.fromEntries(entries))}`;
}

/** Every leaf field path of a value (and `.` for map-list items), with the value there. */
function collect(
  value: unknown,
  schema: PatchSchema | undefined,
  schemas: PatchSchemas,
  prefix: string[],
  out: Map<string, unknown>,
): void {
  const resolved = resolvePatchSchema(schema, schemas);
  if (isJsonObject(value) && Object.keys(value).length > 0 && resolved?.mapType !== "atomic") {
    for (const [key, child] of Object.entries(value)) {
      const segment = `f:${key}`;
      if (prefix.length === 0 && UNTRACKED.includes(segment)) continue;
      if (prefix.length === 1 && prefix[0] === "f:metadata" && UNTRACKED_METADATA.includes(segment)) continue;
      collect(child, fieldPatchSchema(resolved, key, schemas), schemas, [...prefix, segment], out);
    }
    return;
  }
  if (Array.isArray(value)) {
    const kind = listKind(resolved);
    const items = resolvePatchSchema(resolved?.items, schemas);
    if (value.length === 0 && kind.kind !== "atomic") {
      out.set(JSON.stringify(prefix), value);
      return;
    }
    if (kind.kind === "map" && value.every(isJsonObject)) {
      for (const item of value as Record<string, unknown>[]) {
        const path = [...prefix, itemKey(item, kind.keys)];
        out.set(JSON.stringify([...path, "."]), true);
        collect(item, items, schemas, path, out);
      }
      return;
    }
    if (kind.kind === "set") {
      for (const item of value) out.set(JSON.stringify([...prefix, `v:${JSON.stringify(item)}`]), item);
      return;
    }
  }
  if (prefix.length > 0) out.set(JSON.stringify(prefix), value);
}

/** The tracked fields of an object, with their values. */
function fieldsOf(object: FakeObject | undefined, context: ManagerContext): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (object === undefined) return out;
  const root = context.schema === undefined ? undefined : { ref: context.schema };
  collect(object, root, context.schemas, [], out);
  if (context.subresource === "status") {
    for (const key of [...out.keys()]) if (!key.startsWith('["f:status"')) out.delete(key);
  }
  return out;
}

/** A field set as a FieldsV1 tree (`{"f:spec": {"f:replicas": {}}}`). */
function toFieldsV1(fields: Iterable<string>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const encoded of [...fields].sort()) {
    let node = root;
    for (const segment of JSON.parse(encoded) as string[]) {
      if (!isJsonObject(node[segment])) node[segment] = {};
      node = node[segment] as Record<string, unknown>;
    }
  }
  return root;
}

/** A FieldsV1 tree as a field set. */
function fromFieldsV1(tree: unknown, prefix: string[] = [], out = new Set<string>()): Set<string> {
  if (!isJsonObject(tree)) return out;
  const keys = Object.keys(tree);
  if (keys.length === 0 && prefix.length > 0) out.add(JSON.stringify(prefix));
  for (const key of keys) fromFieldsV1(tree[key], [...prefix, key], out);
  return out;
}

/** The managedFields entries of an object. */
function entriesOf(object: FakeObject | undefined): Entry[] {
  const metadata = object?.["metadata"];
  const list = isJsonObject(metadata) ? metadata["managedFields"] : undefined;
  if (!Array.isArray(list)) return [];
  return list.filter(isJsonObject).map((entry) => ({
    manager: String(entry["manager"] ?? ""),
    operation: String(entry["operation"] ?? "Update"),
    apiVersion: String(entry["apiVersion"] ?? ""),
    time: typeof entry["time"] === "string" ? entry["time"] : undefined,
    subresource: typeof entry["subresource"] === "string" ? entry["subresource"] : undefined,
    fields: fromFieldsV1(entry["fieldsV1"]),
  }));
}

/** Writes entries back as `metadata.managedFields` (entries that own nothing are dropped). */
function writeEntries(object: FakeObject, entries: readonly Entry[]): void {
  if (!isJsonObject(object["metadata"])) object["metadata"] = {};
  const kept = entries.filter((entry) => entry.fields.size > 0);
  const metadata = object["metadata"] as Record<string, unknown>;
  if (kept.length === 0) {
    delete metadata["managedFields"];
    return;
  }
  metadata["managedFields"] = kept.map((entry) => ({
    manager: entry.manager,
    operation: entry.operation,
    apiVersion: entry.apiVersion,
    ...(entry.time !== undefined ? { time: entry.time } : {}),
    fieldsType: "FieldsV1",
    fieldsV1: toFieldsV1(entry.fields),
    ...(entry.subresource !== undefined ? { subresource: entry.subresource } : {}),
  }));
}

/** The entry of this manager and operation, created when absent. */
function ownEntry(entries: Entry[], context: ManagerContext): Entry {
  const found = entries.find(
    (entry) =>
      entry.manager === context.manager &&
      entry.operation === context.operation &&
      entry.subresource === context.subresource,
  );
  if (found !== undefined) return found;
  const created: Entry = {
    manager: context.manager,
    operation: context.operation,
    apiVersion: context.apiVersion,
    time: context.time,
    subresource: context.subresource,
    fields: new Set(),
  };
  entries.push(created);
  return created;
}

/** Replaces an entry in place (entries are records; their identity does not matter). */
function refreshEntry(entries: Entry[], entry: Entry, context: ManagerContext): void {
  entries[entries.indexOf(entry)] = { ...entry, apiVersion: context.apiVersion, time: context.time };
}

/**
 * Records a non-apply write (create, update, patch) in `next.metadata.managedFields`: the writer owns every field
 * it changed, other managers lose those fields, and fields that are gone leave every set.
 */
export function applyManagedFields(old: FakeObject | undefined, next: FakeObject, context: ManagerContext): void {
  const entries = entriesOf(old);
  const before = fieldsOf(old, context);
  const after = fieldsOf(next, context);
  const changed = [...after.keys()].filter((key) => !before.has(key) || !jsonEqual(before.get(key), after.get(key)));
  for (const entry of entries) {
    entry.fields = new Set([...entry.fields].filter((key) => after.has(key) && !changed.includes(key)));
  }
  if (changed.length > 0) {
    const own = ownEntry(entries, context);
    for (const key of changed) own.fields.add(key);
    refreshEntry(entries, own, context);
  }
  writeEntries(next, entries);
}

/** A field path as conflicts print it: `.spec.containers[name="c"].image`, `.metadata.finalizers[="x"]`. */
export function formatFieldPath(encoded: string): string {
  return (JSON.parse(encoded) as string[])
    .map((segment) => {
      if (segment.startsWith("f:")) return `.${segment.slice(2)}`;
      if (segment.startsWith("v:")) return `[=${segment.slice(2)}]`;
      if (segment.startsWith("k:")) {
        const keys = JSON.parse(segment.slice(2)) as Record<string, unknown>;
        return `[${Object.entries(keys)
          .map(([key, value]) => `${key}=${JSON.stringify(value)}`)
          .join(",")}]`;
      }
      return "";
    })
    .join("");
}

/** Removes the value at a field path, if it is there, and the maps it leaves empty (nobody applies an empty map). */
function removeField(object: unknown, encoded: string): void {
  const segments = JSON.parse(encoded) as string[];
  const chain: { parent: Record<string, unknown>; key: string }[] = [];
  let parent: unknown = object;
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!;
    const last = index === segments.length - 1 || segments[index + 1] === ".";
    if (segment.startsWith("f:") && isJsonObject(parent)) {
      if (last) {
        delete parent[segment.slice(2)];
        break;
      }
      chain.push({ parent, key: segment.slice(2) });
      parent = parent[segment.slice(2)];
    } else if (Array.isArray(parent)) {
      const wanted = segment.startsWith("k:") ? (JSON.parse(segment.slice(2)) as Record<string, unknown>) : undefined;
      const position = parent.findIndex((item) =>
        wanted !== undefined
          ? isJsonObject(item) && Object.entries(wanted).every(([key, value]) => jsonEqual(item[key], value))
          : jsonEqual(item, JSON.parse(segment.slice(2))),
      );
      if (position < 0) return;
      if (last) return void parent.splice(position, 1);
      chain.length = 0;
      parent = parent[position];
    } else return;
  }
  for (const { parent: container, key } of chain.reverse()) {
    const value = container[key];
    if (!isJsonObject(value) || Object.keys(value).length > 0) break;
    delete container[key];
  }
}

/** Merges an applied configuration into the live object, by each list's type (map, set, atomic). */
function mergeApplied(
  live: unknown,
  applied: unknown,
  schema: PatchSchema | undefined,
  schemas: PatchSchemas,
): unknown {
  const resolved = resolvePatchSchema(schema, schemas);
  if (isJsonObject(applied) && isJsonObject(live) && resolved?.mapType !== "atomic") {
    const result = cloneJson(live);
    for (const [key, value] of Object.entries(applied))
      result[key] = mergeApplied(result[key], value, fieldPatchSchema(resolved, key, schemas), schemas);
    return result;
  }
  if (Array.isArray(applied) && Array.isArray(live)) {
    const kind = listKind(resolved);
    if (kind.kind === "set")
      return [...cloneJson(live), ...applied.filter((item) => !live.some((old) => jsonEqual(old, item)))];
    if (kind.kind === "map") {
      const items = resolvePatchSchema(resolved?.items, schemas);
      const result = cloneJson(live) as unknown[];
      for (const item of applied) {
        const key = isJsonObject(item) ? itemKey(item, kind.keys) : undefined;
        const position = result.findIndex(
          (old) => isJsonObject(old) && key !== undefined && itemKey(old, kind.keys) === key,
        );
        if (position < 0) result.push(cloneJson(item));
        else result[position] = mergeApplied(result[position], item, items, schemas);
      }
      return result;
    }
  }
  return cloneJson(applied);
}

/**
 * Server-side apply: merges the applied configuration into the live object (or an empty one), removes the fields
 * this manager applied before and no longer applies (unless another manager owns them), and records ownership. A
 * field another manager owns with a different value is a 409 Conflict unless `force` takes it over.
 */
export function applyFieldManagement(
  old: FakeObject | undefined,
  applied: FakeObject,
  force: boolean,
  context: ManagerContext,
): FakeObject {
  const entries = entriesOf(old);
  const appliedFields = fieldsOf(applied, context);
  const liveFields = fieldsOf(old, context);
  const conflicts: { entry: Entry; field: string }[] = [];
  const isOwn = (entry: Entry): boolean => entry.manager === context.manager && entry.operation === "Apply";
  for (const entry of entries) {
    if (isOwn(entry)) continue;
    for (const field of entry.fields) {
      if (field.endsWith('"."]') || !appliedFields.has(field)) continue;
      if (!jsonEqual(liveFields.get(field), appliedFields.get(field))) conflicts.push({ entry, field });
    }
  }
  if (conflicts.length > 0 && !force) throw applyConflict(conflicts);
  for (const { entry, field } of conflicts) entry.fields.delete(field);
  const own = ownEntry(entries, context);
  const result = (old === undefined ? {} : cloneJson(old)) as FakeObject;
  for (const field of own.fields) {
    if (appliedFields.has(field)) continue;
    if (entries.some((entry) => entry !== own && entry.fields.has(field))) continue;
    removeField(result, field);
  }
  const root = context.schema === undefined ? undefined : { ref: context.schema };
  const merged = mergeApplied(result, applied, root, context.schemas) as FakeObject;
  own.fields = new Set(appliedFields.keys());
  refreshEntry(entries, own, context);
  writeEntries(merged, entries);
  return merged;
}

/** 409 Conflict listing every conflicting field, worded as the apiserver's field manager words it. */
function applyConflict(conflicts: readonly { entry: Entry; field: string }[]): StatusError {
  const byManager = new Map<string, string[]>();
  for (const { entry, field } of conflicts) {
    const who = `conflict with "${entry.manager}"${entry.operation === "Update" ? "" : ""} using ${entry.apiVersion}`;
    byManager.set(who, [...(byManager.get(who) ?? []), formatFieldPath(field)]);
  }
  const count = conflicts.length;
  const parts = [...byManager].map(([who, fields]) =>
    fields.length === 1
      ? `${who}: ${fields[0]}`
      : `${who.replace(/^conflict/, "conflicts")}:\n${fields.map((field) => `- ${field}`).join("\n")}`,
  );
  const message = `Apply failed with ${count} conflict${count === 1 ? "" : "s"}: ${parts.join("\n")}`;
  return new StatusError(409, "Conflict", message, {
    causes: conflicts.map(({ entry, field }) => ({
      reason: "FieldManagerConflict",
      message: `conflict with "${entry.manager}" using ${entry.apiVersion}`,
      field: formatFieldPath(field),
    })),
  });
}
