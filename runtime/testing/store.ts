import { cloneJson } from "./json-patch.js";
import type { FakeObject } from "./types.js";

/** A change to one object, as watch streams it. */
export interface StoreEvent {
  readonly type: "ADDED" | "MODIFIED" | "DELETED";
  /** The revision of the change (the object's new `metadata.resourceVersion`). */
  readonly revision: number;
  /** `<group>/<plural>`. */
  readonly resource: string;
  readonly namespace: string;
  readonly name: string;
  readonly object: FakeObject;
  /** The object before the change (undefined for ADDED): how a past snapshot is rebuilt. */
  readonly previous: FakeObject | undefined;
}

/** Called for every change, in revision order. */
export type StoreListener = (event: StoreEvent) => void;

/** The metadata object of an object (created when absent or not an object). */
export function metadataOf(object: FakeObject): Record<string, unknown> {
  const metadata = object["metadata"];
  if (typeof metadata !== "object" || metadata === null || Array.isArray(metadata)) {
    const created: Record<string, unknown> = {};
    object["metadata"] = created;
    return created;
  }
  return metadata as Record<string, unknown>;
}

/** Sort key of an object within its resource: namespace, then name (etcd's key order). */
function objectKey(namespace: string, name: string): string {
  return `${namespace}\u0000${name}`;
}

/**
 * The fake's storage: every object of every resource, one monotonic revision across the server (the
 * `resourceVersion`), and a bounded history of changes for watches and consistent paged lists.
 */
export class FakeStore {
  private revision = 0;
  private readonly resources = new Map<string, Map<string, FakeObject>>();
  private readonly history: StoreEvent[] = [];
  private readonly listeners = new Set<StoreListener>();
  private readonly historyLimit: number;
  private readonly nextRevision: (current: number) => number;

  constructor(options: { historyLimit?: number; nextRevision?: (current: number) => number } = {}) {
    this.historyLimit = options.historyLimit ?? 10_000;
    this.nextRevision = options.nextRevision ?? ((current) => current + 1);
  }

  /** The current revision of the whole store. */
  get currentRevision(): number {
    return this.revision;
  }

  /** The oldest revision a watch or a continue token can start from. */
  get oldestRevision(): number {
    return this.history.length === 0 ? this.revision : this.history[0]!.revision - 1;
  }

  private objectsOf(resource: string): Map<string, FakeObject> {
    let objects = this.resources.get(resource);
    if (objects === undefined) {
      objects = new Map();
      this.resources.set(resource, objects);
    }
    return objects;
  }

  /** A copy of one object, or undefined. */
  get(resource: string, namespace: string, name: string): FakeObject | undefined {
    const found = this.resources.get(resource)?.get(objectKey(namespace, name));
    return found === undefined ? undefined : cloneJson(found);
  }

  /** Copies of the objects of a resource (in one namespace, or all), sorted by namespace and name. */
  list(resource: string, namespace?: string): FakeObject[] {
    return this.entries(this.resources.get(resource) ?? new Map(), namespace);
  }

  /** The objects of a resource as they were at `revision` (undefined when the history no longer reaches it). */
  listAt(resource: string, revision: number, namespace?: string): FakeObject[] | undefined {
    if (revision < this.oldestRevision) return undefined;
    const objects = new Map(this.resources.get(resource) ?? []);
    for (let index = this.history.length - 1; index >= 0 && this.history[index]!.revision > revision; index--) {
      const event = this.history[index]!;
      if (event.resource !== resource) continue;
      const key = objectKey(event.namespace, event.name);
      if (event.previous === undefined) objects.delete(key);
      else objects.set(key, event.previous);
    }
    return this.entries(objects, namespace);
  }

  private entries(objects: ReadonlyMap<string, FakeObject>, namespace: string | undefined): FakeObject[] {
    return [...objects.entries()]
      .filter(([key]) => namespace === undefined || key.startsWith(`${namespace}\u0000`))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, object]) => cloneJson(object));
  }

  /** Stores an object (ADDED or MODIFIED), stamping the next revision as its resourceVersion; returns a copy. */
  put(resource: string, namespace: string, name: string, object: FakeObject): FakeObject {
    const objects = this.objectsOf(resource);
    const key = objectKey(namespace, name);
    const previous = objects.get(key);
    const stored = cloneJson(object);
    this.revision = this.nextRevision(this.revision);
    metadataOf(stored)["resourceVersion"] = String(this.revision);
    objects.set(key, stored);
    this.record({
      type: previous === undefined ? "ADDED" : "MODIFIED",
      resource,
      namespace,
      name,
      object: stored,
      previous,
    });
    return cloneJson(stored);
  }

  /** Removes an object; the DELETED event carries it with the deletion's revision. Returns that copy. */
  delete(resource: string, namespace: string, name: string): FakeObject | undefined {
    const objects = this.resources.get(resource);
    const key = objectKey(namespace, name);
    const previous = objects?.get(key);
    if (objects === undefined || previous === undefined) return undefined;
    objects.delete(key);
    this.revision = this.nextRevision(this.revision);
    const gone = cloneJson(previous);
    metadataOf(gone)["resourceVersion"] = String(this.revision);
    this.record({ type: "DELETED", resource, namespace, name, object: gone, previous });
    return cloneJson(gone);
  }

  private record(event: Omit<StoreEvent, "revision">): void {
    const full: StoreEvent = { ...event, revision: this.revision };
    this.history.push(full);
    if (this.history.length > this.historyLimit) this.history.splice(0, this.history.length - this.historyLimit);
    for (const listener of [...this.listeners]) listener(full);
  }

  /** The changes after `revision`, oldest first; undefined when the history no longer reaches back that far. */
  eventsSince(revision: number): StoreEvent[] | undefined {
    if (revision < this.oldestRevision) return undefined;
    return this.history.filter((event) => event.revision > revision);
  }

  /** Calls `listener` for every future change; returns the function that stops it. */
  subscribe(listener: StoreListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
