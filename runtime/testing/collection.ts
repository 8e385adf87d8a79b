import { writeOptions } from "./admission.js";
import {
  apiVersionOf,
  formatTime,
  readObject,
  storeKey,
  type EngineConfig,
  type Outcome,
  type Target,
} from "./engine.js";
import { isJsonObject } from "./merge-patch.js";
import { matchesFields, matchesLabels, parseFieldSelector, parseLabelSelector } from "./selectors.js";
import { StatusError, badRequest, expired } from "./status.js";
import { metadataOf } from "./store.js";
import type { FakeObject, ResourceSpec } from "./types.js";

/** What a `continue` token carries: the revision of the first page and where the next page starts. */
interface ContinueToken {
  readonly revision: number;
  readonly after: string;
}

function encodeContinue(token: ContinueToken): string {
  return Buffer.from(JSON.stringify({ v: "fake.k8s.io/v1", rv: token.revision, start: token.after }), "utf8").toString(
    "base64url",
  );
}

function decodeContinue(text: string): ContinueToken {
  try {
    const parsed = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as Record<string, unknown>;
    if (parsed["v"] === "fake.k8s.io/v1" && typeof parsed["rv"] === "number" && typeof parsed["start"] === "string")
      return { revision: parsed["rv"], after: parsed["start"] };
  } catch {
    // Falls through to the error below: any malformed token is the same 400.
  }
  throw badRequest(`continue key is not valid: ${text}`);
}

/** The sort key of an object in a list: namespace, then name. */
function listKey(object: FakeObject): string {
  const metadata = metadataOf(object);
  return `${String(metadata["namespace"] ?? "")}\u0000${String(metadata["name"] ?? "")}`;
}

/** The label and field filter of a request, from `labelSelector` and `fieldSelector` (plus a name from the path). */
export function objectFilter(query: URLSearchParams, name?: string): (object: FakeObject) => boolean {
  const labels = parseLabelSelector(query.get("labelSelector") ?? "");
  const fields = parseFieldSelector(query.get("fieldSelector") ?? "");
  return (object) => {
    const metadata = metadataOf(object);
    if (name !== undefined && metadata["name"] !== name) return false;
    const objectLabels = isJsonObject(metadata["labels"]) ? (metadata["labels"] as Record<string, string>) : {};
    return matchesLabels(labels, objectLabels) && matchesFields(fields, object);
  };
}

const TOO_OLD_CONTINUE =
  "The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list.";

/** Lists a collection: selectors, `limit`/`continue` pages that all read one snapshot, and the `ListMeta`. */
export function listObjects(config: EngineConfig, target: Target, query: URLSearchParams): FakeObject {
  const resource = target.resource;
  const filter = objectFilter(query);
  const limitText = query.get("limit");
  const limit = limitText === null || limitText === "" ? 0 : Number(limitText);
  if (!Number.isInteger(limit) || limit < 0)
    throw badRequest(`limit: Invalid value: "${limitText}": must be a non-negative integer`);
  const continueText = query.get("continue");
  const token = continueText === null || continueText === "" ? undefined : decodeContinue(continueText);
  const revision = token?.revision ?? config.store.currentRevision;
  const snapshot = config.store.listAt(storeKey(resource), revision, target.namespace);
  if (snapshot === undefined) throw expired(TOO_OLD_CONTINUE);
  const matching = snapshot.filter(
    (object) => filter(object) && (token === undefined || listKey(object) > token.after),
  );
  const page = limit > 0 ? matching.slice(0, limit) : matching;
  const more = page.length < matching.length;
  const selected = query.has("labelSelector") || query.has("fieldSelector");
  return {
    kind: resource.listKind,
    apiVersion: apiVersionOf(resource),
    metadata: {
      resourceVersion: String(revision),
      ...(more ? { continue: encodeContinue({ revision, after: listKey(page[page.length - 1]!) }) } : {}),
      ...(more && !selected ? { remainingItemCount: matching.length - page.length } : {}),
    },
    items: page,
  };
}

/** Whether the client asked for a `Table` (kubectl's human-readable output). */
export function wantsTable(accept: string): boolean {
  return /as=Table/.test(accept);
}

/** Objects as a `meta.k8s.io/v1` Table with the generic columns (Name, Created At), as servers print custom resources. */
export function asTable(
  objects: readonly FakeObject[],
  resourceVersion: string | undefined,
  includeObject: string,
): FakeObject {
  return {
    kind: "Table",
    apiVersion: "meta.k8s.io/v1",
    metadata: resourceVersion === undefined ? {} : { resourceVersion },
    columnDefinitions: [
      {
        name: "Name",
        type: "string",
        format: "name",
        description: "Name must be unique within a namespace.",
        priority: 0,
      },
      {
        name: "Created At",
        type: "date",
        format: "",
        description: "CreationTimestamp is a timestamp representing the server time when this object was created.",
        priority: 0,
      },
    ],
    rows: objects.map((object) => {
      const metadata = metadataOf(object);
      const row =
        includeObject === "None"
          ? undefined
          : includeObject === "Object"
            ? object
            : { kind: "PartialObjectMetadata", apiVersion: "meta.k8s.io/v1", metadata };
      return {
        cells: [metadata["name"] ?? "", metadata["creationTimestamp"] ?? ""],
        ...(row !== undefined ? { object: row } : {}),
      };
    }),
  };
}

/** A `Status` of success naming the deleted object (what some registries return from DELETE). */
function successStatus(resource: ResourceSpec, object: FakeObject): FakeObject {
  const metadata = metadataOf(object);
  return {
    kind: "Status",
    apiVersion: "v1",
    metadata: {},
    status: "Success",
    details: { name: metadata["name"], group: resource.group, kind: resource.plural, uid: metadata["uid"] },
  };
}

/** Checks `preconditions` of DeleteOptions against the stored object: a mismatch is a 409 Conflict. */
function checkPreconditions(options: Record<string, unknown>, object: FakeObject): void {
  const preconditions = options["preconditions"];
  if (!isJsonObject(preconditions)) return;
  const metadata = metadataOf(object);
  for (const [field, label] of [
    ["uid", "UID"],
    ["resourceVersion", "ResourceVersion"],
  ] as const) {
    const wanted = preconditions[field];
    if (wanted !== undefined && wanted !== null && wanted !== metadata[field])
      throw new StatusError(
        409,
        "Conflict",
        `Precondition failed: ${label} in precondition: ${String(wanted)}, ${label} in object meta: ${String(metadata[field] ?? "")}`,
      );
  }
}

/** Deletes one object: preconditions, finalizers (the object stays, marked for deletion), dry run. */
export function deleteObject(
  config: EngineConfig,
  target: Target,
  body: unknown,
  query: URLSearchParams,
  returns: "object" | "status",
): Outcome {
  const options = isJsonObject(body) ? body : {};
  if (Array.isArray(options["dryRun"])) for (const value of options["dryRun"]) query.append("dryRun", String(value));
  const write = writeOptions(query);
  const object = readObject(config, target);
  checkPreconditions(options, object);
  const metadata = metadataOf(object);
  const key = storeKey(target.resource);
  const namespace = target.namespace ?? "";
  const name = target.name ?? "";
  const finalizers = metadata["finalizers"];
  if (Array.isArray(finalizers) && finalizers.length > 0) {
    if (metadata["deletionTimestamp"] !== undefined || write.dryRun) return { status: 200, body: object };
    metadata["deletionTimestamp"] = formatTime(config.now());
    metadata["deletionGracePeriodSeconds"] = 0;
    return { status: 200, body: config.store.put(key, namespace, name, object) };
  }
  const deleted = write.dryRun ? object : config.store.delete(key, namespace, name)!;
  return { status: 200, body: returns === "status" ? successStatus(target.resource, deleted) : deleted };
}

/** Deletes every object a list with the same selectors would return; the response lists them. */
export function deleteCollection(
  config: EngineConfig,
  target: Target,
  body: unknown,
  query: URLSearchParams,
  returns: "object" | "status",
): Outcome {
  const list = listObjects(
    config,
    target,
    new URLSearchParams([...query].filter(([key]) => key !== "limit" && key !== "continue")),
  );
  const items = (list["items"] as FakeObject[]).map((object) => {
    const metadata = metadataOf(object);
    const one = {
      ...target,
      namespace: target.resource.namespaced ? String(metadata["namespace"]) : undefined,
      name: String(metadata["name"]),
    };
    return deleteObject(config, one, body, new URLSearchParams(query), returns === "status" ? "object" : returns).body;
  });
  return { status: 200, body: { ...list, items } };
}
