// specgen:strip-begin
// Form-urlencoded and multipart request bodies, each property as its `encoding` entry says (content type, style,
// explode, allowReserved, part headers); included before runtime/client-media.ts in every generated client.ts.
import { $queryPairs, type $Style } from "./client-params.js";

// specgen:strip-end
/** How one property of a form or multipart body goes on the wire: its entry of the spec's `encoding` object. */
interface $Encoding {
  /** The part's media type (multipart), or how a form value is written (JSON when it names JSON). */
  readonly contentType?: string;
  /** Set when the spec gives style, explode or allowReserved: the value is serialized as a query parameter is. */
  readonly style?: $Style;
  readonly explode?: boolean;
  readonly allowReserved?: boolean;
}

/** The encoding entries of one body, by property. */
type $Encodings = Readonly<Record<string, $Encoding>>;

/** A property's encoding entry (own properties only). */
function $encodingOf(encodings: $Encodings | undefined, name: string): $Encoding | undefined {
  return encodings !== undefined && Object.prototype.hasOwnProperty.call(encodings, name) ? encodings[name] : undefined;
}

/** A form or multipart field value as text (numbers and booleans as JSON writes them). */
function $fieldText(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** Whether a media type (or the first of a list) is JSON. */
function $namesJson(contentType: string): boolean {
  return /^\s*application\/([\w.+-]+\+)?json\s*(;|,|$)/i.test(contentType);
}

/**
 * An `application/x-www-form-urlencoded` body. A property with a style is serialized as that query style
 * (`form`, `spaceDelimited`, `pipeDelimited`, `deepObject`, with explode and allowReserved); one whose content type
 * is JSON as JSON text; any other as arrays of repeated keys and nested objects as `key[sub]=value`.
 * `undefined` and `null` fields are left out.
 */
function $formBody(value: unknown, encodings?: $Encodings): string {
  if (typeof value !== "object" || value === null) throw new TypeError("a form body must be an object");
  const pairs: string[] = [];
  const plain = new URLSearchParams();
  const add = (key: string, item: unknown): void => {
    if (item === undefined || item === null) return;
    if (Array.isArray(item)) for (const element of item) add(key, element);
    else if (typeof item === "object")
      for (const [name, nested] of Object.entries(item)) add(`${key}[${name}]`, nested);
    else plain.append(key, $fieldText(item));
  };
  for (const [name, item] of Object.entries(value)) {
    if (item === undefined || item === null) continue;
    const encoding = $encodingOf(encodings, name);
    if (encoding?.style !== undefined) {
      pairs.push(...$queryPairs(name, item, encoding.style, encoding.explode ?? true, encoding.allowReserved ?? false));
    } else if (encoding?.contentType !== undefined && $namesJson(encoding.contentType)) {
      pairs.push(`${encodeURIComponent(name)}=${encodeURIComponent(JSON.stringify(item))}`);
    } else {
      add(name, item);
      pairs.push(plain.toString());
      for (const key of [...plain.keys()]) plain.delete(key);
    }
  }
  return pairs.filter((pair) => pair !== "").join("&");
}

/**
 * A `multipart/form-data` body: Blobs (and bytes) as file parts, arrays as repeated parts, objects as JSON parts,
 * `undefined` and `null` fields left out. A property's encoding gives its part a content type (the first of a
 * list, for a Blob without one), or, with a style, the parts the query style writes. fetch writes the content
 * type, boundary included.
 */
function $multipartBody(value: unknown, encodings?: $Encodings): FormData {
  const form = new FormData();
  const add = (name: string, item: unknown, type: string | undefined): void => {
    if (item === undefined || item === null) return;
    if (item instanceof Blob)
      form.append(name, item.type === "" && type !== undefined ? new Blob([item], { type }) : item);
    else if (item instanceof ArrayBuffer || ArrayBuffer.isView(item))
      form.append(name, new Blob([item as BlobPart], type === undefined ? {} : { type }));
    else if (Array.isArray(item)) for (const element of item) add(name, element, type);
    else if (typeof item === "object")
      form.append(name, new Blob([JSON.stringify(item)], { type: type ?? "application/json" }), `${name}.json`);
    else if (type !== undefined) form.append(name, new Blob([$fieldText(item)], { type }), name);
    else form.append(name, $fieldText(item));
  };
  if (typeof value !== "object" || value === null) throw new TypeError("a multipart body must be an object");
  for (const [name, item] of Object.entries(value)) {
    const encoding = $encodingOf(encodings, name);
    if (encoding?.style !== undefined) {
      for (const pair of $queryPairs(name, item, encoding.style, encoding.explode ?? true, true)) {
        const at = pair.indexOf("=");
        form.append(decodeURIComponent(pair.slice(0, at)), decodeURIComponent(pair.slice(at + 1)));
      }
    } else add(name, item, encoding?.contentType?.split(",")[0]!.trim());
  }
  return form;
}

/** A quoted multipart parameter (a field or file name): quotes and line breaks percent-encoded, as browsers do. */
function $quotedName(name: string): string {
  return `"${name.replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A")}"`;
}

/**
 * A multipart body written out (RFC 7578), for parts that carry headers of their own (the `headers` of their
 * encoding, values given by the caller by part name): FormData cannot say them. A header with CR, LF or NUL is
 * refused, so no value can split the body.
 */
function $multipartWithHeaders(form: FormData, partHeaders: unknown): { body: Blob; contentType: string } {
  const boundary = `----specgen-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  const chunks: BlobPart[] = [];
  const headersOf = (name: string): Readonly<Record<string, unknown>> => {
    const own =
      typeof partHeaders === "object" && partHeaders !== null && Object.prototype.hasOwnProperty.call(partHeaders, name)
        ? (partHeaders as Record<string, unknown>)[name]
        : undefined;
    return typeof own === "object" && own !== null ? (own as Record<string, unknown>) : {};
  };
  form.forEach((value, name) => {
    const lines = [
      `Content-Disposition: form-data; name=${$quotedName(name)}` +
        (typeof value === "string" || value.name === "" ? "" : `; filename=${$quotedName(value.name)}`),
    ];
    if (typeof value !== "string") lines.push(`Content-Type: ${value.type || "application/octet-stream"}`);
    for (const [header, headerValue] of Object.entries(headersOf(name))) {
      if (headerValue === undefined || headerValue === null) continue;
      const text = String(headerValue);
      if (/[\r\n\0]/.test(text) || /[\r\n\0:]/.test(header))
        throw new TypeError(`part header ${JSON.stringify(header)} contains a forbidden character`);
      lines.push(`${header}: ${text}`);
    }
    chunks.push(`--${boundary}\r\n${lines.join("\r\n")}\r\n\r\n`, value, "\r\n");
  });
  chunks.push(`--${boundary}--\r\n`);
  return { body: new Blob(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

// specgen:strip-begin
export {
  type $Encoding,
  type $Encodings,
  $encodingOf,
  $fieldText,
  $namesJson,
  $formBody,
  $multipartBody,
  $quotedName,
  $multipartWithHeaders,
};
// specgen:strip-end
