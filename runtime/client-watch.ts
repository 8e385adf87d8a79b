// specgen:strip-begin
// Kubernetes watch, included after runtime/client.ts in the client.ts of Kubernetes APIs: a list operation with
// `watch=true` read as a stream of typed events, resumed from the last resourceVersion after a dropped connection.
import { ApiError, NetworkError, type RequestOptions } from "./client.js";
import { $request, type $Config, type $Operation } from "./request.js";
import { $send, $sleep } from "./send.js";
import { $ndjsonReader } from "./client-media.js";

/** Stands for the spec's `Status` type, which the template fills in. */
type $$statusType = unknown;
// specgen:strip-end
/** One watch event: the object added, modified or deleted, a bookmark, or an error carrying a `Status`. */
export type WatchEvent<T> =
  | { readonly type: "ADDED" | "MODIFIED" | "DELETED" | "BOOKMARK"; readonly object: T }
  | { readonly type: "ERROR"; readonly object: $$statusType };

/** The watch's resourceVersion is too old (410 Gone, `Expired`): list again, then watch from the list's version. */
export class WatchExpiredError extends ApiError {
  /** The resourceVersion the watch tried to resume from. */
  readonly resourceVersion: string | undefined;

  constructor(method: string, url: string, body: unknown, resourceVersion: string | undefined) {
    super(method, url, 410, body);
    this.name = "WatchExpiredError";
    this.resourceVersion = resourceVersion;
  }
}

/** The resourceVersion an event's object carries. */
function $resourceVersion(object: unknown): string | undefined {
  const metadata = (object as { metadata?: { resourceVersion?: unknown } } | null)?.metadata;
  return typeof metadata?.resourceVersion === "string" && metadata.resourceVersion !== ""
    ? metadata.resourceVersion
    : undefined;
}

/**
 * Watches a list operation: events as they arrive; after a dropped connection or a server-side timeout the watch
 * resumes from the last resourceVersion seen (bookmarks included), so no event is lost or repeated. Ends when the
 * caller's signal aborts or the loop is left; a 410 Gone is a `WatchExpiredError`.
 */
async function* $watch<T>(
  config: $Config,
  operation: $Operation,
  params: object | undefined,
  options: RequestOptions | undefined,
): AsyncGenerator<WatchEvent<T>, void, undefined> {
  let resourceVersion = (params as { resourceVersion?: string } | undefined)?.resourceVersion || undefined;
  const recipe: $Operation = { ...operation, reader: $ndjsonReader, validate: undefined };
  for (let quiet = 0; ;) {
    const spec = $request(recipe, { ...params, watch: true, ...(resourceVersion ? { resourceVersion } : {}) });
    let events: AsyncIterable<unknown>;
    try {
      events = await $send<AsyncIterable<unknown>>(config, spec, options);
    } catch (error) {
      if (error instanceof ApiError && error.status === 410)
        throw new WatchExpiredError(error.method, error.url, error.body, resourceVersion);
      throw error;
    }
    let received = false;
    try {
      for await (const raw of events) {
        const event = raw as { type?: unknown; object?: unknown };
        if (event.type === "ERROR") {
          const code = (event.object as { code?: unknown } | null)?.code;
          if (code === 410)
            throw new WatchExpiredError(spec.method, config.baseUrl + spec.path, event.object, resourceVersion);
          throw new ApiError(
            spec.method,
            config.baseUrl + spec.path,
            typeof code === "number" ? code : 500,
            event.object,
          );
        }
        received = true;
        resourceVersion = $resourceVersion(event.object) ?? resourceVersion;
        yield event as WatchEvent<T>;
      }
    } catch (error) {
      // A connection dropped mid-stream is resumed; anything else (an abort, an error event) ends the watch.
      if (!(error instanceof NetworkError) || options?.signal?.aborted) throw error;
    }
    if (options?.signal?.aborted) return;
    // A server that keeps closing at once is not hammered: wait a little longer each time nothing came.
    quiet = received ? 0 : quiet + 1;
    if (quiet > 0) {
      const signal = options?.signal ?? new AbortController().signal;
      const waited = await $sleep(Math.min(100 * 2 ** (quiet - 1), 5_000), signal).then(
        () => true,
        () => false,
      );
      if (!waited) return;
    }
  }
}

// specgen:strip-begin
export { $resourceVersion, $watch };
// specgen:strip-end
