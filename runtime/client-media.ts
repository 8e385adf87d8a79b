// specgen:strip-begin
// Request bodies and responses by media type, included after runtime/client.ts in every generated client.ts: JSON,
// form-urlencoded, multipart (the boundary left to fetch), binary, text; responses as JSON, text, Blob, nothing,
// or a stream of events (server-sent events, NDJSON, JSON text sequences).
import { $formBody, $multipartBody, $multipartWithHeaders, type $Encodings } from "./client-forms.js";
// specgen:strip-end
/** How an operation's request body goes on the wire. */
type $BodyKind = "json" | "form" | "multipart" | "binary" | "text" | "raw" | "patch" | "none";

/** How an operation's success body is read. */
type $ResponseKind = "json" | "text" | "blob" | "none" | "sse" | "ndjson" | "json-seq";

/** Bytes a binary body may be given as. */
export type BinaryBody = Blob | ArrayBuffer | Uint8Array | ReadableStream<Uint8Array>;

/** One server-sent event: `data` decoded as JSON (the raw text when it is not JSON), with the event's fields. */
export interface ServerSentEvent<T> {
  readonly data: T;
  /** The `event:` field, when the server named the event. */
  readonly event: string | undefined;
  /** The last `id:` seen on the stream (the one to resume from). */
  readonly id: string | undefined;
  /** The `retry:` field in milliseconds, when this event carried one. */
  readonly retry: number | undefined;
}

/** The body fetch sends and its content type (`undefined`: fetch's own, as for multipart), or no body. */
function $encodeBody(
  kind: $BodyKind,
  value: unknown,
  contentType: string | undefined,
  encodings?: $Encodings,
  partHeaders?: unknown,
): { readonly body: NonNullable<RequestInit["body"]> | null; readonly contentType: string | undefined } {
  if (value === undefined || kind === "none") return { body: null, contentType: undefined };
  switch (kind) {
    case "json":
      return { body: JSON.stringify(value), contentType };
    case "form":
      return { body: $formBody(value, encodings), contentType: contentType ?? "application/x-www-form-urlencoded" };
    case "multipart": {
      const form = $multipartBody(value, encodings);
      if (partHeaders === undefined || partHeaders === null) {
        // fetch writes `multipart/form-data; boundary=...` itself; a content type set here would lose the boundary.
        return { body: form, contentType: undefined };
      }
      // Part headers are beyond FormData: the body is written here, with its own boundary.
      const written = $multipartWithHeaders(form, partHeaders);
      return { body: written.body, contentType: written.contentType };
    }
    case "text":
      return { body: String(value), contentType };
    case "binary":
      if (
        !(value instanceof Blob) &&
        !(value instanceof ArrayBuffer) &&
        !ArrayBuffer.isView(value) &&
        !(value instanceof ReadableStream)
      )
        throw new TypeError("a binary body must be a Blob, an ArrayBuffer, a Uint8Array or a ReadableStream");
      return { body: value as NonNullable<RequestInit["body"]>, contentType };
    default:
      return { body: value as NonNullable<RequestInit["body"]>, contentType };
  }
}

/** The lines of a byte stream, decoded as UTF-8, split at CRLF, LF or CR. */
async function* $lines(stream: ReadableStream<Uint8Array>): AsyncGenerator<string, void, undefined> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let match: RegExpExecArray | null;
      // A CR at the very end may be the first half of a CRLF: wait for the next chunk.
      while ((match = /\r\n|\n|\r(?=[^\n])/.exec(buffer)) !== null) {
        yield buffer.slice(0, match.index);
        buffer = buffer.slice(match.index + match[0].length);
      }
    }
    buffer = (buffer + decoder.decode()).replace(/\r$/, "");
    if (buffer !== "") yield buffer;
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/** A non-JSON `data` that marks the end of a stream, as `[DONE]` does for OpenAI-style APIs. */
const $SENTINEL = /^\[[A-Z_]+\]$/;

/** Decodes `data` as JSON; the raw text when it is not JSON. */
function $jsonOrText(data: string): unknown {
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return data;
  }
}

/** Server-sent events (the WHATWG event stream format), each event's data decoded as JSON; a sentinel ends it. */
async function* $serverSentEvents<T>(
  stream: ReadableStream<Uint8Array>,
): AsyncGenerator<ServerSentEvent<T>, void, undefined> {
  let data: string[] = [];
  let event: string | undefined;
  let id: string | undefined;
  let retry: number | undefined;
  for await (const line of $lines(stream)) {
    if (line === "") {
      if (data.length > 0) {
        const text = data.join("\n");
        if ($SENTINEL.test(text.trim())) return;
        yield { data: $jsonOrText(text) as T, event, id, retry };
      }
      data = [];
      event = undefined;
      retry = undefined;
      continue;
    }
    if (line.startsWith(":")) continue;
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
    if (field === "data") data.push(value);
    else if (field === "event") event = value;
    else if (field === "id" && !value.includes("\0")) id = value;
    else if (field === "retry" && /^\d+$/.test(value)) retry = Number(value);
  }
}

/** Newline-delimited JSON (`application/x-ndjson`, `application/jsonl`) or JSON text sequences (RFC 7464). */
async function* $jsonLines<T>(stream: ReadableStream<Uint8Array>): AsyncGenerator<T, void, undefined> {
  for await (const line of $lines(stream)) {
    const text = line.replace(/^\u001e/, "").trim();
    if (text !== "") yield JSON.parse(text) as T;
  }
}

/** Whether a success body of this kind is a stream handed to the caller as it arrives. */
function $streaming(kind: $ResponseKind): boolean {
  return kind === "sse" || kind === "ndjson" || kind === "json-seq";
}

/** The events of a streamed success body. */
function $events(kind: $ResponseKind, response: Response): AsyncGenerator<unknown, void, undefined> {
  const body = response.body ?? new ReadableStream<Uint8Array>({ start: (controller) => controller.close() });
  return kind === "sse" ? $serverSentEvents(body) : $jsonLines(body);
}

/** The `accept` header of a response kind. */
function $accept(kind: $ResponseKind): string {
  switch (kind) {
    case "json":
      return "application/json";
    case "sse":
      return "text/event-stream";
    case "ndjson":
      return "application/x-ndjson";
    case "json-seq":
      return "application/json-seq";
    default:
      return "*/*";
  }
}

// specgen:strip-begin
export {
  type $BodyKind,
  type $ResponseKind,
  $encodeBody,
  $lines,
  $serverSentEvents,
  $jsonLines,
  $streaming,
  $events,
  $accept,
};
// specgen:strip-end
