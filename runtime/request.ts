// specgen:strip-begin
// Building and sending the client's requests: the operation recipes' runtime, included after runtime/client.ts in
// every generated client.ts (templates/client.hbs).
import type { FieldError } from "./validators.js";
import {
  AbortError,
  ApiError,
  NetworkError,
  ResponseValidationError,
  TimeoutError,
  type ClientOptions,
  type JsonPatch,
  type ApplyPatch,
  type MergePatch,
  type RequestOptions,
  type RetryOptions,
  type StrategicMergePatch,
} from "./client.js";
import { $authFor, $chooseSecurity, $serverUrl, type $Scheme, type $Server } from "./client-access.js";
import { $cookiePairs, $headerValue, $pathParam, $queryPairs, type $Style } from "./client-params.js";
import { $accept, $encodeBody, $events, $streaming, type $BodyKind, type $ResponseKind } from "./client-media.js";

// specgen:strip-end
type $Patch = JsonPatch | MergePatch<unknown> | StrategicMergePatch<unknown> | ApplyPatch<unknown>;

interface $Config {
  /** The base URL without user:password (fetch refuses credentials in a URL, and its error would echo them). */
  readonly baseUrl: string;
  /** `Basic ...` from the base URL's user:password, sent when there is no token. */
  readonly basic: string | undefined;
  readonly options: ClientOptions;
  readonly fetch: typeof fetch;
  readonly schemes: Readonly<Record<string, $Scheme>>;
  /** The API-wide security requirement. */
  readonly security: readonly (readonly string[])[];
  /** Resolve to `{ data, status, headers }` rather than the body alone. */
  readonly withResponse?: boolean;
}

/** What the spec says about servers and security, passed by the generated createClient. */
interface $Access {
  readonly server?: $Server | undefined;
  readonly schemes?: Readonly<Record<string, $Scheme>>;
  readonly security?: readonly (readonly string[])[];
}

interface $RequestSpec {
  readonly method: string;
  readonly path: string;
  readonly query: readonly (readonly [string, unknown, boolean, $Style?, boolean?])[];
  readonly headers: readonly (readonly [string, unknown, boolean?])[];
  readonly cookies?: readonly (readonly [string, unknown, boolean])[];
  readonly security?: readonly (readonly string[])[] | undefined;
  readonly bodyKind: $BodyKind;
  readonly body: unknown;
  readonly contentType: string | undefined;
  readonly patchTypes: Readonly<Record<string, string>> | undefined;
  readonly responseKind: $ResponseKind;
  readonly validate: ((value: unknown, options: { mode: "response" }) => { valid: boolean }) | undefined;
  readonly safe: boolean;
}

/** How to build one operation's request from its parameters object: fixed per operation, generated. */
interface $Operation {
  readonly method: string;
  /** Literal (already encoded) path parts and parameter keys, alternating, starting with a literal part. */
  readonly path: readonly string[];
  /** `[name on the wire, key in the parameters object, explode, style (default form), allowReserved]`. */
  readonly query: readonly (readonly [string, string, boolean, $Style?, boolean?])[];
  /** `[header name, key in the parameters object, explode]`. */
  readonly headers: readonly (readonly [string, string, boolean?])[];
  /** Path parameters not in the simple style: `[style, explode]` by key. */
  readonly pathStyles?: Readonly<Record<string, readonly [$Style, boolean]>>;
  /** `[cookie name, key in the parameters object, explode]`. */
  readonly cookies?: readonly (readonly [string, string, boolean])[];
  /** The operation's own security requirement (absent: the API's). */
  readonly security?: readonly (readonly string[])[];
  readonly bodyKind: $BodyKind;
  readonly bodyKey: string | undefined;
  readonly contentType: string | undefined;
  readonly patchTypes: Readonly<Record<string, string>> | undefined;
  readonly responseKind: $ResponseKind;
  readonly validate: ((value: unknown, options: { mode: "response" }) => { valid: boolean }) | undefined;
  readonly safe: boolean;
}

/** A parameter's value: own properties only, so a parameter named `constructor` is never read from a prototype. */
function $param(params: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(params, key) ? (params as Record<string, unknown>)[key] : undefined;
}

/** The request of one call: the operation's recipe filled in from the caller's parameters. */
function $request(operation: $Operation, params: object): $RequestSpec {
  let path = "";
  for (let i = 0; i < operation.path.length; i++) {
    const part = operation.path[i]!;
    const style = operation.pathStyles?.[part];
    path += i % 2 === 0 ? part : $pathParam($param(params, part), part, style?.[0], style?.[1]);
  }
  return {
    method: operation.method,
    path,
    query: operation.query.map(([name, key, ...rest]) => [name, $param(params, key), ...rest] as const),
    headers: operation.headers.map(([name, key, ...rest]) => [name, $param(params, key), ...rest] as const),
    cookies: (operation.cookies ?? []).map(([name, key, explode]) => [name, $param(params, key), explode] as const),
    security: operation.security,
    bodyKind: operation.bodyKind,
    body: operation.bodyKey === undefined ? undefined : $param(params, operation.bodyKey),
    contentType: operation.contentType,
    patchTypes: operation.patchTypes,
    responseKind: operation.responseKind,
    validate: operation.validate,
    safe: operation.safe,
  };
}

function $config(options: ClientOptions, access: $Access = {}): $Config {
  let base: URL;
  try {
    base = new URL($serverUrl(options.baseUrl, access.server, options.serverVariables));
  } catch {
    // URL's own error carries the input, which may hold a password.
    throw new TypeError("baseUrl is not an absolute URL");
  }
  if (base.protocol !== "http:" && base.protocol !== "https:")
    throw new TypeError("baseUrl must be an http: or https: URL");
  if (base.search !== "" || base.hash !== "") throw new TypeError("baseUrl must not have a query or a fragment");
  let basic: string | undefined;
  if (base.username !== "" || base.password !== "") {
    const credentials = new TextEncoder().encode(
      `${decodeURIComponent(base.username)}:${decodeURIComponent(base.password)}`,
    );
    basic = `Basic ${btoa(String.fromCharCode(...credentials))}`;
    base.username = "";
    base.password = "";
  }
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== "function") throw new TypeError("no fetch available: pass options.fetch");
  return {
    baseUrl: base.toString().replace(/\/+$/, ""),
    basic,
    options,
    fetch: fetchImpl,
    schemes: access.schemes ?? {},
    security: access.security ?? [],
  };
}

function $isStatus(body: unknown): boolean {
  return typeof body === "object" && body !== null && (body as { kind?: unknown }).kind === "Status";
}

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

function $queryString(query: $RequestSpec["query"]): string {
  const parts: string[] = [];
  const add = (key: string, value: string) => parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
  for (const [key, value, explode, style, reserved] of query) {
    // A recipe without a style (Kubernetes) keeps the plain encoding, delimiters included; a style follows OpenAPI.
    if (style !== undefined) parts.push(...$queryPairs(key, value, style, explode, reserved));
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

async function $headers(
  config: $Config,
  spec: $RequestSpec,
  options: RequestOptions | undefined,
  contentType: string | undefined,
): Promise<Record<string, string>> {
  const headers: Record<string, string> = { accept: $accept(spec.responseKind) };
  for (const source of [config.options.headers, options?.headers]) {
    if (source)
      for (const [name, value] of Object.entries(source)) headers[name.toLowerCase()] = $checkHeader(name, value);
  }
  for (const [name, value, explode] of spec.headers)
    if (value !== undefined && value !== null)
      headers[name.toLowerCase()] = $checkHeader(name, $headerValue(value, explode));
  const cookies = (spec.cookies ?? []).flatMap(([name, value, explode]) => $cookiePairs(name, value, explode));
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

/** Milliseconds to wait before retrying, from Retry-After (seconds or an HTTP date), or the backoff. */
function $retryDelay(response: Response, attempt: number, retry: RetryOptions): number {
  const max = retry.maxDelayMs ?? 30_000;
  const header = response.headers.get("retry-after");
  if (header !== null) {
    const seconds = Number(header);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
    if (Number.isFinite(ms)) return Math.min(Math.max(ms, 0), max);
  }
  return Math.min((retry.baseDelayMs ?? 500) * 2 ** attempt, max);
}

function $sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

async function $readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === "") return undefined;
  const type = response.headers.get("content-type") ?? "";
  if (/json/i.test(type) || /^[\s]*[{[]/.test(text)) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

/** Sends one request (with retries when enabled) and decodes the answer; every failure is a typed error. */
async function $send<T>(config: $Config, spec: $RequestSpec, options: RequestOptions | undefined): Promise<T> {
  const path = spec.path + $queryString(spec.query);
  const url = config.baseUrl + path;
  const shown = url;
  // RequestInit["body"], not BodyInit: @types/node declares the former globally, only the DOM lib the latter. `null`,
  // not `undefined`, for no body: RequestInit accepts it under exactOptionalPropertyTypes.
  let body: NonNullable<RequestInit["body"]> | null = null;
  let contentType = spec.contentType;
  if (spec.bodyKind === "patch") {
    const patch = $patchBody(spec.body, spec.patchTypes ?? {});
    body = patch.body;
    contentType = patch.contentType;
  } else ({ body, contentType } = $encodeBody(spec.bodyKind, spec.body, contentType));
  const retry: RetryOptions | undefined = config.options.retry === true ? {} : config.options.retry || undefined;
  const retries = retry !== undefined && (spec.safe || retry.methods === "all") ? (retry.retries ?? 3) : 0;
  const timeoutMs = options?.timeoutMs ?? config.options.timeoutMs;
  const controller = new AbortController();
  const userSignal = options?.signal;
  const onUserAbort = () => controller.abort(userSignal?.reason);
  if (userSignal?.aborted) throw new AbortError(spec.method, shown, userSignal.reason);
  userSignal?.addEventListener("abort", onUserAbort, { once: true });
  let timedOut = false;
  let streaming = false;
  let refreshed = false;
  const timer =
    timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          controller.abort(new Error("timeout"));
        }, timeoutMs);
  try {
    for (let attempt = 0; ; attempt++) {
      const headers = await $headers(config, spec, options, contentType);
      // Credentials go on the request only: `shown` (what errors carry) never has them.
      const names = $chooseSecurity(spec.security ?? config.security, config.options.auth);
      const auth = await $authFor(names, config.schemes, config.options.auth);
      Object.assign(headers, auth.headers);
      if (auth.cookies.length > 0)
        headers["cookie"] = [headers["cookie"], ...auth.cookies].filter((part) => part !== undefined).join("; ");
      const target = auth.query.length === 0 ? url : `${url}${url.includes("?") ? "&" : "?"}${auth.query.join("&")}`;
      let response: Response;
      try {
        response = await config.fetch(target, {
          method: spec.method,
          headers,
          body,
          signal: controller.signal,
          redirect: "follow",
          // A stream body is sent as it is read (fetch requires saying so).
          ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
        } as RequestInit);
      } catch (error) {
        if (timedOut) throw new TimeoutError(spec.method, shown, timeoutMs ?? 0);
        if (userSignal?.aborted) throw new AbortError(spec.method, shown, userSignal.reason);
        throw new NetworkError(spec.method, shown, error);
      }
      const token = config.options.token;
      if (response.status === 401 && !refreshed && typeof token === "function" && token.length > 0) {
        // The credential may have been revoked or expired early (an exec plugin's): renew it and try once more.
        refreshed = true;
        await response.body?.cancel().catch(() => undefined);
        await token({ refresh: true });
        attempt--;
        continue;
      }
      if ((response.status === 429 || response.status === 503) && attempt < retries) {
        await response.body?.cancel().catch(() => undefined);
        try {
          await $sleep($retryDelay(response, attempt, retry ?? {}), controller.signal);
        } catch {
          if (timedOut) throw new TimeoutError(spec.method, shown, timeoutMs ?? 0);
          throw new AbortError(spec.method, shown, userSignal?.reason);
        }
        continue;
      }
      if (response.ok && $streaming(spec.responseKind)) {
        // The stream outlives this call: the caller's signal keeps aborting it; the timeout covered the headers.
        streaming = true;
        const events = $stream(spec, shown, $events(spec.responseKind, response), userSignal, onUserAbort);
        return (
          config.withResponse ? { data: events, status: response.status, headers: response.headers } : events
        ) as T;
      }
      let decoded: unknown;
      try {
        decoded = !response.ok
          ? await $readBody(response)
          : spec.responseKind === "none" || response.status === 204 || response.status === 205
            ? (await response.body?.cancel(), undefined)
            : spec.responseKind === "blob"
              ? await response.blob()
              : spec.responseKind === "text"
                ? await response.text()
                : await $readBody(response);
      } catch (error) {
        if (timedOut) throw new TimeoutError(spec.method, shown, timeoutMs ?? 0);
        if (userSignal?.aborted) throw new AbortError(spec.method, shown, userSignal.reason);
        throw new NetworkError(spec.method, shown, error);
      }
      if (!response.ok) throw new ApiError(spec.method, shown, response.status, decoded);
      if (spec.responseKind === "json" && typeof decoded === "string") {
        throw new ApiError(spec.method, shown, response.status, decoded);
      }
      if (config.options.validateResponses === "response" && spec.validate !== undefined && decoded !== undefined) {
        const result = spec.validate(decoded, { mode: "response" }) as {
          valid: boolean;
          errors?: readonly FieldError[];
        };
        if (!result.valid)
          throw new ResponseValidationError(spec.method, shown, response.status, result.errors ?? [], decoded);
      }
      return (
        config.withResponse ? { data: decoded, status: response.status, headers: response.headers } : decoded
      ) as T;
    }
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    if (!streaming) userSignal?.removeEventListener("abort", onUserAbort);
  }
}

/** A streamed body's events; a failure while reading is a typed error, and the abort listener goes at the end. */
async function* $stream(
  spec: $RequestSpec,
  url: string,
  events: AsyncGenerator<unknown, void, undefined>,
  userSignal: AbortSignal | undefined,
  onUserAbort: () => void,
): AsyncGenerator<unknown, void, undefined> {
  try {
    yield* events;
  } catch (error) {
    if (userSignal?.aborted) throw new AbortError(spec.method, url, userSignal.reason);
    if (error instanceof SyntaxError) throw error;
    throw new NetworkError(spec.method, url, error);
  } finally {
    userSignal?.removeEventListener("abort", onUserAbort);
  }
}

/** A streamed operation's events: the request goes out when iteration starts, so the method returns the iterable. */
async function* $iterate<T>(
  config: $Config,
  operation: $Operation,
  params: object,
  options: RequestOptions | undefined,
): AsyncGenerator<T, void, undefined> {
  yield* await $send<AsyncIterable<T>>(config, $request(operation, params), options);
}

/** Pages through a Kubernetes list with `limit` and `continue`, yielding every item. */
async function* $pages<P extends object, I>(
  list: (
    params: P,
    options?: RequestOptions,
  ) => Promise<{ readonly metadata?: { readonly continue?: string } | null; readonly items?: readonly I[] | null }>,
  params: P,
  options: RequestOptions | undefined,
): AsyncGenerator<I, void, undefined> {
  let token: string | undefined = (params as { continue?: string }).continue;
  do {
    const page = await list({ ...params, continue: token }, options);
    for (const item of page.items ?? []) yield item;
    token = page.metadata?.continue || undefined;
  } while (token !== undefined);
}

// specgen:strip-begin
// Internals of the generated file, exported here for this module's unit tests only.
export {
  type $Patch,
  type $Config,
  type $RequestSpec,
  type $Operation,
  type $Access,
  $param,
  $request,
  $config,
  $isStatus,
  $segment,
  $queryValue,
  $queryString,
  $checkHeader,
  $patchBody,
  $headers,
  $retryDelay,
  $sleep,
  $readBody,
  $send,
  $stream,
  $iterate,
  $pages,
};
// specgen:strip-end
