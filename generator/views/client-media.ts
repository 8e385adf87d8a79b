// How each operation's request body and success response travel, by media type: the kinds the client runtime
// (runtime/client-media.ts) knows, and the TypeScript types the caller sees for them.
import type { MediaBody, Model, Operation, Property, Type } from '../ir.js';
import { printType } from '../print/type.js';

/** How a request body goes on the wire (runtime `$BodyKind`). */
export type BodyKind = 'json' | 'form' | 'multipart' | 'binary' | 'text';

/** How a success body is read (runtime `$ResponseKind`). */
export type ResponseKind = 'json' | 'text' | 'blob' | 'none' | 'sse' | 'ndjson' | 'json-seq';

/** The runtime encoder of a body kind (runtime/client-media.ts), named by the recipes that send such a body only. */
export function encoderName(kind: BodyKind): string {
  return `$encode${kind[0]!.toUpperCase()}${kind.slice(1)}`;
}

/** The runtime reader of a response kind (runtime/client-media.ts), named by the recipes that read such a body only. */
export function readerName(kind: ResponseKind): string {
  return kind === 'json-seq' ? '$jsonSeqReader' : `$${kind}Reader`;
}

/** The media type without parameters, lower-cased. */
export function baseMediaType(mediaType: string): string {
  return mediaType.split(';')[0]!.trim().toLowerCase();
}

/** JSON and `+json` media types, and `*\/*` (which APIs mostly mean as JSON). */
export function isJsonMedia(mediaType: string): boolean {
  const base = baseMediaType(mediaType);
  return base === 'application/json' || base.endsWith('+json') || base === '*/*';
}

/** The kind of a request body of this media type. */
export function bodyKindOf(mediaType: string): BodyKind {
  const base = baseMediaType(mediaType);
  if (isJsonMedia(base)) return 'json';
  if (base === 'application/x-www-form-urlencoded') return 'form';
  if (base === 'multipart/form-data' || base === 'multipart/mixed') return 'multipart';
  if (base.startsWith('text/')) return 'text';
  return 'binary';
}

/** The kind of a success body of this media type. */
export function responseKindOf(mediaType: string): ResponseKind {
  const base = baseMediaType(mediaType);
  if (base === 'text/event-stream') return 'sse';
  if (base === 'application/x-ndjson' || base === 'application/jsonl' || base === 'application/jsonlines')
    return 'ndjson';
  if (base === 'application/json-seq') return 'json-seq';
  if (isJsonMedia(base)) return 'json';
  if (base.startsWith('text/') || base === 'application/xml' || base.endsWith('+xml')) return 'text';
  return 'blob';
}

/** Order of preference when an operation offers several request media types: JSON first. */
const BODY_PREFERENCE: readonly BodyKind[] = ['json', 'form', 'multipart', 'text', 'binary'];

/** The body the client sends: JSON when offered, else form, multipart, text, then bytes. */
export function preferredRequestBody(content: readonly MediaBody[]): { body: MediaBody; kind: BodyKind } | undefined {
  for (const kind of BODY_PREFERENCE) {
    const exact = content.find((media) => baseMediaType(media.mediaType) === 'application/json');
    const body = kind === 'json' && exact ? exact : content.find((media) => bodyKindOf(media.mediaType) === kind);
    if (body) return { body, kind };
  }
  return undefined;
}

/** A string schema that holds bytes (`format: binary`): a `Blob` in a multipart or form body. */
function isBinaryString(type: Type): boolean {
  return type.kind === 'string' && type.format === 'binary';
}

/** A multipart part's type: bytes as `Blob`, arrays of bytes as `Blob[]`, anything else as the schema says. */
function partType(type: Type): string {
  if (isBinaryString(type)) return 'Blob';
  if (type.kind === 'array' && isBinaryString(type.items)) return 'Blob[]';
  if (type.kind === 'union' && type.members.some(isBinaryString))
    return type.members.map((member) => (isBinaryString(member) ? 'Blob' : printType(member))).join(' | ');
  return printType(type);
}

/** The object properties of a form or multipart schema, following one `$ref` to its model. */
function formProperties(type: Type, models: ReadonlyMap<string, Model>): readonly Property[] | undefined {
  const resolved = type.kind === 'ref' ? models.get(type.name)?.type : type;
  return resolved?.kind === 'object' && resolved.additionalProperties === undefined ? resolved.properties : undefined;
}

/** The TypeScript type a caller passes as the body of this kind. */
export function requestBodyType(kind: BodyKind, type: Type, models: ReadonlyMap<string, Model>): string {
  switch (kind) {
    case 'json':
      return printType(type);
    case 'text':
      return 'string';
    case 'binary':
      return 'BinaryBody';
    case 'form':
    case 'multipart': {
      const properties = formProperties(type, models);
      if (properties === undefined) return 'Readonly<Record<string, unknown>>';
      const members = properties.map((property) => {
        const optional = property.required.request ? '' : '?';
        const name = /^[A-Za-z_$][\w$]*$/.test(property.name) ? property.name : JSON.stringify(property.name);
        return `${name}${optional}: ${partType(property.type)}`;
      });
      // On one line as Prettier prints a literal written on one line: no separator after the last member.
      return members.length === 0 ? 'Readonly<Record<string, never>>' : `{ ${members.join('; ')} }`;
    }
  }
}

/** How the success body is read and its type; `type` is the element type for streams. */
export interface SuccessPlan {
  readonly kind: ResponseKind;
  /** The printed type of the body (of one event, for streams). */
  readonly type: string;
  /** The JSON body's IR types, for imports and validators. */
  readonly jsonTypes: readonly Type[];
  /** The stream an operation also offers beside JSON (for a `<method>Stream` sibling). */
  readonly stream?: { readonly kind: ResponseKind; readonly type: string };
}

/** The success response: JSON when offered, else a stream, text, bytes or nothing (204 and bodiless 2xx). */
export function successPlan(operation: Operation): SuccessPlan {
  const media = operation.responses
    .filter((response) => /^2\d\d$/.test(response.status))
    .flatMap((response) => response.content);
  const byKind = (kinds: readonly ResponseKind[]) =>
    media.filter((body) => kinds.includes(responseKindOf(body.mediaType)));
  const json = byKind(['json']);
  const streams = byKind(['sse', 'ndjson', 'json-seq']);
  const typeOf = (bodies: readonly MediaBody[]) => [...new Set(bodies.map((body) => printType(body.type)))].join(' | ');
  const streamPlan = streams[0] ? { kind: responseKindOf(streams[0].mediaType), type: typeOf(streams) } : undefined;
  // A string the operation also offers as text (Kubernetes' pod log: text/plain beside application/json, both
  // `type: string`) is read as the text the server sends: it answers text/plain, which is no JSON string.
  const plainString = (body: MediaBody) => body.type.kind === 'string' && body.type.format === undefined;
  if (json.length > 0 && json.every(plainString) && byKind(['text']).length > 0 && streamPlan === undefined)
    return { kind: 'text', type: 'string', jsonTypes: [] };
  if (json.length > 0)
    return {
      kind: 'json',
      type: typeOf(json),
      jsonTypes: json.map((body) => body.type),
      ...(streamPlan ? { stream: streamPlan } : {}),
    };
  if (streamPlan) return { ...streamPlan, jsonTypes: streams.map((body) => body.type) };
  if (byKind(['text']).length > 0) return { kind: 'text', type: 'string', jsonTypes: [] };
  if (byKind(['blob']).length > 0) return { kind: 'blob', type: 'Blob', jsonTypes: [] };
  return { kind: 'none', type: 'void', jsonTypes: [] };
}

/** What a method of this response kind returns. */
export function returnType(kind: ResponseKind, type: string): string {
  if (kind === 'sse') return `AsyncIterable<ServerSentEvent<${type}>>`;
  if (kind === 'ndjson' || kind === 'json-seq') return `AsyncIterable<${type}>`;
  return `Promise<${type}>`;
}
