// specgen:strip-begin
// Sending a request: retries, timeouts and aborts, decoding the answer by its kind, typed errors; included after
// runtime/request-parts.ts in every generated client.ts.
import type { FieldError } from "./validators.js";
import {
  AbortError,
  ApiError,
  NetworkError,
  ResponseValidationError,
  TimeoutError,
  type RequestOptions,
  type RetryOptions,
} from "./client.js";
import { $authFor, $chooseSecurity } from "./client-access.js";
import type { $Config, $RequestSpec } from "./request.js";
import { $headers, $queryString } from "./request-parts.js";

// specgen:strip-end
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
  const path = spec.path + $queryString(spec.query, spec.styles);
  const url = config.baseUrl + path;
  const shown = url;
  // Each operation's recipe names its own encoder (none without a body), so a bundle carries only those it calls.
  const encoded = spec.encode?.(spec.body, spec);
  // `null`, not `undefined`, for no body: RequestInit accepts it under exactOptionalPropertyTypes.
  const body = encoded === undefined ? null : encoded.body;
  const contentType = encoded?.contentType;
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
      const { events, read, json } = spec.reader;
      if (response.ok && events !== undefined) {
        // The stream outlives this call: the caller's signal keeps aborting it; the timeout covered the headers.
        streaming = true;
        const stream = events(response, { spec, url: shown, signal: userSignal, onAbort: onUserAbort });
        return (
          config.withResponse ? { data: stream, status: response.status, headers: response.headers } : stream
        ) as T;
      }
      let decoded: unknown;
      try {
        decoded = !response.ok
          ? await $readBody(response)
          : read === undefined || response.status === 204 || response.status === 205
            ? (await response.body?.cancel(), undefined)
            : await read(response);
      } catch (error) {
        if (timedOut) throw new TimeoutError(spec.method, shown, timeoutMs ?? 0);
        if (userSignal?.aborted) throw new AbortError(spec.method, shown, userSignal.reason);
        throw new NetworkError(spec.method, shown, error);
      }
      if (!response.ok) throw new ApiError(spec.method, shown, response.status, decoded);
      if (json === true && typeof decoded === "string") {
        throw new ApiError(spec.method, shown, response.status, decoded);
      }
      config.checkResponse?.(config, spec, shown, response.status, decoded);
      return (
        config.withResponse ? { data: decoded, status: response.status, headers: response.headers } : decoded
      ) as T;
    }
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    if (!streaming) userSignal?.removeEventListener("abort", onUserAbort);
  }
}

/**
 * Checks a success body with the operation's response-mode validator when `validateResponses` asks. Only
 * createClient names it (its methods pass the validators), so a bundle of standalone calls carries none of it.
 */
function $checkResponse(config: $Config, spec: $RequestSpec, url: string, status: number, body: unknown): void {
  if (config.options.validateResponses !== "response" || spec.validate === undefined || body === undefined) return;
  const result = spec.validate(body, { mode: "response" }) as { valid: boolean; errors?: readonly FieldError[] };
  if (!result.valid) throw new ResponseValidationError(spec.method, url, status, result.errors ?? [], body);
}

/** What a streamed body's events need of the call: request and URL for typed errors, the caller's abort listener. */
interface $StreamCall {
  readonly spec: $RequestSpec;
  readonly url: string;
  readonly signal: AbortSignal | undefined;
  readonly onAbort: () => void;
}

/**
 * A streamed body's events; a failure while reading is a typed error, and the abort listener goes at the end. Named
 * by the stream readers only (runtime/client-media.ts), so a bundle without streamed operations carries none of it.
 */
async function* $stream(
  events: AsyncGenerator<unknown, void, undefined>,
  { spec, url, signal, onAbort }: $StreamCall,
): AsyncGenerator<unknown, void, undefined> {
  try {
    yield* events;
  } catch (error) {
    if (signal?.aborted) throw new AbortError(spec.method, url, signal.reason);
    if (error instanceof SyntaxError) throw error;
    throw new NetworkError(spec.method, url, error);
  } finally {
    signal?.removeEventListener("abort", onAbort);
  }
}

// specgen:strip-begin
export { type $StreamCall, $retryDelay, $sleep, $readBody, $send, $checkResponse, $stream };
// specgen:strip-end
