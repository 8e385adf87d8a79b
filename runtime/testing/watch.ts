import { objectFilter } from "./collection.js";
import { apiVersionOf, storeKey } from "./engine.js";
import { badRequest, expired } from "./status.js";
import type { FakeStore, StoreEvent } from "./store.js";
import type { FakeObject, ResourceSpec } from "./types.js";

/** Where watch events go: one JSON object per event, and the end of the stream. */
export interface WatchSink {
  send(event: { readonly type: string; readonly object: FakeObject }): void;
  end(): void;
}

/** What a watch request asks for. */
export interface WatchRequest {
  readonly resource: ResourceSpec;
  readonly namespace: string | undefined;
  /** From the legacy `/watch/.../{name}` path. */
  readonly name?: string;
  readonly query: URLSearchParams;
  /** How often a BOOKMARK is sent when the client allows them. */
  readonly bookmarkIntervalMs: number;
}

/**
 * Starts a watch: the initial state as ADDED events (no resourceVersion, or "0"), or the changes after the given
 * resourceVersion (an ERROR event with a 410 Expired `Status` when the history no longer reaches it), then every
 * change as it happens, filtered by namespace and selectors (an object that stops matching is DELETED for this
 * watcher), with BOOKMARKs when allowed and an end after `timeoutSeconds`. Returns the function that stops it.
 */
export function startWatch(store: FakeStore, request: WatchRequest, sink: WatchSink): () => void {
  const { resource, query } = request;
  const key = storeKey(resource);
  const matches = objectFilter(query, request.name);
  const inScope = (event: { namespace: string }): boolean =>
    request.namespace === undefined || event.namespace === request.namespace;
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let stopped = false;
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    unsubscribe();
    for (const timer of timers) clearTimeout(timer);
    sink.end();
  };
  const deliver = (event: StoreEvent): void => {
    if (stopped || event.resource !== key || !inScope(event)) return;
    const now = event.type !== "DELETED" && matches(event.object);
    const before = event.previous !== undefined && matches(event.previous);
    if (event.type === "DELETED") {
      if (before || matches(event.object)) sink.send({ type: "DELETED", object: event.object });
    } else if (now && event.type === "MODIFIED" && !before) sink.send({ type: "ADDED", object: event.object });
    else if (now) sink.send({ type: event.type, object: event.object });
    else if (before) sink.send({ type: "DELETED", object: event.object });
  };
  const bookmark = (annotations?: Record<string, string>): void =>
    sink.send({
      type: "BOOKMARK",
      object: {
        kind: resource.kind,
        apiVersion: apiVersionOf(resource),
        metadata: { resourceVersion: String(store.currentRevision), ...(annotations ? { annotations } : {}) },
      },
    });
  const unsubscribe = store.subscribe(deliver);
  const resourceVersion = query.get("resourceVersion") ?? "";
  const sendInitial = query.get("sendInitialEvents") === "true";
  const bookmarks = query.get("allowWatchBookmarks") === "true";
  if (resourceVersion === "" || resourceVersion === "0" || sendInitial) {
    for (const object of store.list(key, request.namespace)) if (matches(object)) sink.send({ type: "ADDED", object });
    if (sendInitial) bookmark({ "k8s.io/initial-events-end": "true" });
  } else {
    const revision = Number(resourceVersion);
    if (!Number.isInteger(revision) || revision < 0) {
      const error = badRequest(`resourceVersion: Invalid value: "${resourceVersion}": must be a non-negative integer`);
      sink.send({ type: "ERROR", object: error.toStatus() });
      stop();
      return stop;
    }
    const events = store.eventsSince(revision);
    if (events === undefined) {
      const error = expired(`too old resource version: ${revision} (${store.oldestRevision + 1})`);
      sink.send({ type: "ERROR", object: error.toStatus() });
      stop();
      return stop;
    }
    for (const event of events) deliver(event);
  }
  const timeout = Number(query.get("timeoutSeconds") ?? "0");
  if (Number.isFinite(timeout) && timeout > 0) timers.add(setTimeout(stop, timeout * 1000));
  if (bookmarks) {
    const tick = (timer: ReturnType<typeof setTimeout>): void => {
      timers.delete(timer);
      if (stopped) return;
      bookmark();
      schedule();
    };
    const schedule = (): void => {
      const timer: ReturnType<typeof setTimeout> = setTimeout(() => tick(timer), request.bookmarkIntervalMs);
      timers.add(timer);
    };
    schedule();
  }
  return stop;
}
