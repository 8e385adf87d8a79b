// specgen:strip-begin
// Request bodies and responses by media type, included after runtime/client-forms.ts in every generated client.ts:
// JSON, form-urlencoded, multipart (the boundary left to fetch), binary, text; responses as JSON, text, Blob,
// nothing, or a stream of events (server-sent events, NDJSON, JSON text sequences). Each encoder and reader is
// named by the recipes that need it (`encode: $encodeMultipart`, `reader: $sseReader`) and by nothing else, so a
// bundle carries only those of the operations it calls.
import { $formBody, $multipartBody, $multipartWithHeaders } from "./client-forms.js";
import type { $RequestSpec } from "./request.js";
import { $readBody, $stream, type $StreamCall } from "./send.js";
// specgen:strip-end
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

/**
 * The body fetch sends and its content type (`undefined`: fetch's own, as for multipart). RequestInit["body"], not
 * BodyInit: @types/node declares the former globally, only the DOM lib the latter.
 */
interface $Encoded {
  readonly body: NonNullable<RequestInit["body"]>;
  readonly contentType: string | undefined;
}

/** How an operation's request body goes on the wire, from the caller's value; undefined when there is none. */
type $Encode = (value: unknown, spec: $RequestSpec) => $Encoded | undefined;

/** A JSON body. */
function $encodeJson(value: unknown, spec: $RequestSpec): $Encoded | undefined {
  return value === undefined ? undefined : { body: JSON.stringify(value), contentType: spec.contentType };
}

/** A text body. */
function $encodeText(value: unknown, spec: $RequestSpec): $Encoded | undefined {
  return value === undefined ? undefined : { body: String(value), contentType: spec.contentType };
}

/** A binary body: the caller's bytes as they are. */
function $encodeBinary(value: unknown, spec: $RequestSpec): $Encoded | undefined {
  if (value === undefined) return undefined;
  if (
    !(value instanceof Blob) &&
    !(value instanceof ArrayBuffer) &&
    !ArrayBuffer.isView(value) &&
    !(value instanceof ReadableStream)
  )
    throw new TypeError("a binary body must be a Blob, an ArrayBuffer, a Uint8Array or a ReadableStream");
  return { body: value as NonNullable<RequestInit["body"]>, contentType: spec.contentType };
}

/** An `application/x-www-form-urlencoded` body, each property as its encoding says. */
function $encodeForm(value: unknown, spec: $RequestSpec): $Encoded | undefined {
  if (value === undefined) return undefined;
  return {
    body: $formBody(value, spec.encoding),
    contentType: spec.contentType ?? "application/x-www-form-urlencoded",
  };
}

/** A `multipart/form-data` body: FormData, or written out here when its parts carry headers of their own. */
function $encodeMultipart(value: unknown, spec: $RequestSpec): $Encoded | undefined {
  if (value === undefined) return undefined;
  const form = $multipartBody(value, spec.encoding);
  // fetch writes `multipart/form-data; boundary=...` itself; a content type set here would lose the boundary.
  if (spec.partHeaders === undefined || spec.partHeaders === null) return { body: form, contentType: undefined };
  // Part headers are beyond FormData: the body is written here, with its own boundary.
  return $multipartWithHeaders(form, spec.partHeaders);
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

/** A streamed body (an empty one when the response has none). */
function $bodyOf(response: Response): ReadableStream<Uint8Array> {
  return response.body ?? new ReadableStream<Uint8Array>({ start: (controller) => controller.close() });
}

/** A server-sent event stream as the call hands it over. */
function $sseEvents(response: Response, call: $StreamCall): AsyncGenerator<unknown, void, undefined> {
  return $stream($serverSentEvents($bodyOf(response)), call);
}

/** An NDJSON or JSON text sequence stream as the call hands it over. */
function $jsonLineEvents(response: Response, call: $StreamCall): AsyncGenerator<unknown, void, undefined> {
  return $stream($jsonLines($bodyOf(response)), call);
}

/** How an operation's success body is read, and the `accept` header that asks for it. */
interface $Reader {
  readonly accept: string;
  /** The decoded body; none (the body discarded) when absent. */
  readonly read?: (response: Response) => Promise<unknown>;
  /** A streamed body's events, handed to the caller as they arrive. */
  readonly events?: (response: Response, call: $StreamCall) => AsyncGenerator<unknown, void, undefined>;
  /** JSON is expected: a success body that is not JSON is an `ApiError`. */
  readonly json?: true;
}

const $jsonReader: $Reader = { accept: "application/json", read: $readBody, json: true };
const $textReader: $Reader = { accept: "*/*", read: (response) => response.text() };
const $blobReader: $Reader = { accept: "*/*", read: (response) => response.blob() };
const $noneReader: $Reader = { accept: "*/*" };
const $sseReader: $Reader = { accept: "text/event-stream", events: $sseEvents };
const $ndjsonReader: $Reader = { accept: "application/x-ndjson", events: $jsonLineEvents };
const $jsonSeqReader: $Reader = { accept: "application/json-seq", events: $jsonLineEvents };

// specgen:strip-begin
export {
  type $Encoded,
  type $Encode,
  type $Reader,
  $encodeJson,
  $encodeText,
  $encodeBinary,
  $encodeForm,
  $encodeMultipart,
  $lines,
  $serverSentEvents,
  $jsonLines,
  $sseEvents,
  $jsonLineEvents,
  $jsonReader,
  $textReader,
  $blobReader,
  $noneReader,
  $sseReader,
  $ndjsonReader,
  $jsonSeqReader,
};
// specgen:strip-end
