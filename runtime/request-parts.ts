// specgen:strip-begin
// The wire parts of a request (path segments, the query string, headers, patch bodies), included after
// runtime/request.ts in every generated client.ts.
import type { RequestOptions } from "./client.js";
import type { $Styles } from "./client-params.js";
import type { $Encoded } from "./client-media.js";
import type { $Config, $Patch, $RequestSpec } from "./request.js";

// specgen:strip-end
/** A path parameter as exactly one path segment: percent-encoded, never empty, `.` or `..`. */
function $segment(value: unknown, name: string): string {
  const text = String(value);
  if (value === undefined || value === null || text === "" || text === "." || text === "..") {
    throw new TypeError(`path parameter "${name}" must be a non-empty name other than "." and ".."`);
  }
  return encodeURIComponent(text);
}

/** A query value as the API server parses it: booleans `true`/`false`, numbers in decimal. */
function $queryValue(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return JSON.stringify(value);
}

/** The query string; `styles` serializes the entries that have a style (every API's but Kubernetes'). */
function $queryString(query: $RequestSpec["query"], styles?: $Styles): string {
  const parts: string[] = [];
  const add = (key: string, value: string) => parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
  for (const [key, value, explode, style, reserved] of query) {
    // A recipe without a style (Kubernetes) keeps the plain encoding, delimiters included; a style follows OpenAPI.
    if (style !== undefined) parts.push(...styles!.query(key, value, style, explode, reserved));
    else if (value === undefined || value === null) continue;
    else if (Array.isArray(value)) {
      if (explode) for (const item of value) add(key, $queryValue(item));
      else add(key, value.map($queryValue).join(","));
    } else add(key, $queryValue(value));
  }
  return parts.length === 0 ? "" : `?${parts.join("&")}`;
}

/** Rejects header values that could split a request (CR, LF, NUL). */
function $checkHeader(name: string, value: string): string {
  if (/[\r\n\0]/.test(value) || /[\r\n\0:]/.test(name))
    throw new TypeError(`header ${JSON.stringify(name)} contains a forbidden character`);
  return value;
}

/** The body and content type of a typed patch, from the strategies the operation accepts. */
function $patchBody(patch: unknown, types: Readonly<Record<string, string>>): { contentType: string; body: string } {
  const chosen = patch as $Patch | undefined;
  const contentType = chosen === undefined ? undefined : types[chosen.type];
  if (chosen === undefined || contentType === undefined) {
    throw new TypeError(
      `patch.type must be one of ${Object.keys(types)
        .map((type) => JSON.stringify(type))
        .join(", ")}`,
    );
  }
  return { contentType, body: JSON.stringify(chosen.type === "json" ? chosen.operations : chosen.body) };
}

/** The body of a Kubernetes PATCH operation: a typed patch (never left out: it says the strategy). */
function $encodePatch(patch: unknown, spec: $RequestSpec): $Encoded {
  return $patchBody(patch, spec.patchTypes ?? {});
}

async function $headers(
  config: $Config,
  spec: $RequestSpec,
  options: RequestOptions | undefined,
  contentType: string | undefined,
): Promise<Record<string, string>> {
  const headers: Record<string, string> = { accept: spec.reader.accept };
  for (const source of [config.options.headers, options?.headers]) {
    if (source)
      for (const [name, value] of Object.entries(source)) headers[name.toLowerCase()] = $checkHeader(name, value);
  }
  // A recipe with header or cookie parameters names their serializers (`styles`).
  for (const [name, value, explode] of spec.headers)
    if (value !== undefined && value !== null)
      headers[name.toLowerCase()] = $checkHeader(name, spec.styles!.header(value, explode));
  const cookies = (spec.cookies ?? []).flatMap(([name, value, explode]) => spec.styles!.cookie(name, value, explode));
  if (cookies.length > 0) headers["cookie"] = $checkHeader("cookie", cookies.join("; "));
  if (contentType !== undefined) headers["content-type"] = contentType;
  if (config.options.userAgent !== undefined)
    headers["user-agent"] = $checkHeader("user-agent", config.options.userAgent);
  const token = typeof config.options.token === "function" ? await config.options.token() : config.options.token;
  if (token !== undefined && token !== "") {
    // Checked without echoing it: a token never appears in an error or a message.
    if (/[\r\n\0]/.test(token)) throw new TypeError("the token contains a forbidden character");
    headers["authorization"] = `Bearer ${token}`;
  } else if (config.basic !== undefined) headers["authorization"] = config.basic;
  return headers;
}

// specgen:strip-begin
export { $segment, $queryValue, $queryString, $checkHeader, $patchBody, $encodePatch, $headers };
// specgen:strip-end
