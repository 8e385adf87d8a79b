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

// specgen:strip-end
type $Patch = JsonPatch | MergePatch<unknown> | StrategicMergePatch<unknown> | ApplyPatch<unknown>;

interface $Config {
  /** The base URL without user:password (fetch refuses credentials in a URL, and its error would echo them). */
  readonly baseUrl: string;
  /** `Basic ...` from the base URL's user:password, sent when there is no token. */
  readonly basic: string | undefined;
  readonly options: ClientOptions;
  readonly fetch: typeof fetch;
}

interface $RequestSpec {
  readonly method: string;
  readonly path: string;
  readonly query: readonly (readonly [string, unknown, boolean])[];
  readonly headers: readonly (readonly [string, unknown])[];
  readonly bodyKind: "json" | "raw" | "patch" | "none";
  readonly body: unknown;
  readonly contentType: string | undefined;
  readonly patchTypes: Readonly<Record<string, string>> | undefined;
  readonly responseKind: "json" | "text" | "none";
  readonly validate: ((value: unknown, options: { mode: "response" }) => { valid: boolean }) | undefined;
  readonly safe: boolean;
}

/** How to build one operation's request from its parameters object: fixed per operation, generated. */
interface $Operation {
  readonly method: string;
  /** Literal (already encoded) path parts and parameter keys, alternating, starting with a literal part. */
  readonly path: readonly string[];
  /** `[name on the wire, key in the parameters object, explode]`. */
  readonly query: readonly (readonly [string, string, boolean])[];
  /** `[header name, key in the parameters object]`. */
  readonly headers: readonly (readonly [string, string])[];
  readonly bodyKind: "json" | "raw" | "patch" | "none";
  readonly bodyKey: string | undefined;
  readonly contentType: string | undefined;
  readonly patchTypes: Readonly<Record<string, string>> | undefined;
  readonly responseKind: "json" | "text" | "none";
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
    path += i % 2 === 0 ? part : $segment($param(params, part), part);
  }
  return {
    method: operation.method,
    path,
    query: operation.query.map(([name, key, explode]) => [name, $param(params, key), explode] as const),
    headers: operation.headers.map(([name, key]) => [name, $param(params, key)] as const),
    bodyKind: operation.bodyKind,
    body: operation.bodyKey === undefined ? undefined : $param(params, operation.bodyKey),
    contentType: operation.contentType,
    patchTypes: operation.patchTypes,
    responseKind: operation.responseKind,
    validate: operation.validate,
    safe: operation.safe,
  };
}

function $config(options: ClientOptions): $Config {
  let base: URL;
  try {
    base = new URL(options.baseUrl);
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
  return { baseUrl: base.toString().replace(/\/+$/, ""), basic, options, fetch: fetchImpl };
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
  for (const [key, value, explode] of query) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
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
  const headers: Record<string, string> = { accept: spec.responseKind === "json" ? "application/json" : "*/*" };
  for (const source of [config.options.headers, options?.headers]) {
    if (source)
      for (const [name, value] of Object.entries(source)) headers[name.toLowerCase()] = $checkHeader(name, value);
  }
  for (const [name, value] of spec.headers)
    if (value !== undefined && value !== null) headers[name.toLowerCase()] = $checkHeader(name, $queryValue(value));
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
  } else if (spec.bodyKind === "json" && spec.body !== undefined) body = JSON.stringify(spec.body);
  else if (spec.bodyKind === "raw" && spec.body !== undefined) body = spec.body as NonNullable<RequestInit["body"]>;
  else contentType = undefined;
  const retry: RetryOptions | undefined = config.options.retry === true ? {} : config.options.retry || undefined;
  const retries = retry !== undefined && (spec.safe || retry.methods === "all") ? (retry.retries ?? 3) : 0;
  const timeoutMs = options?.timeoutMs ?? config.options.timeoutMs;
  const controller = new AbortController();
  const userSignal = options?.signal;
  const onUserAbort = () => controller.abort(userSignal?.reason);
  if (userSignal?.aborted) throw new AbortError(spec.method, shown, userSignal.reason);
  userSignal?.addEventListener("abort", onUserAbort, { once: true });
  let timedOut = false;
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
      let response: Response;
      try {
        response = await config.fetch(url, {
          method: spec.method,
          headers,
          body,
          signal: controller.signal,
          redirect: "follow",
        });
      } catch (error) {
        if (timedOut) throw new TimeoutError(spec.method, shown, timeoutMs ?? 0);
        if (userSignal?.aborted) throw new AbortError(spec.method, shown, userSignal.reason);
        throw new NetworkError(spec.method, shown, error);
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
      let decoded: unknown;
      try {
        decoded =
          spec.responseKind === "none" && response.ok
            ? (await response.body?.cancel(), undefined)
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
      return decoded as T;
    }
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    userSignal?.removeEventListener("abort", onUserAbort);
  }
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
  $pages,
};
// specgen:strip-end
