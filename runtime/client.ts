// specgen:strip-begin
// The client's runtime: options, errors, request building and sending, copied into every generated client.ts
// (templates/client.hbs includes it). `$$statusType` is the spec's Kubernetes `Status` type (or `unknown`).
import type { FieldError } from "./validators.js";
import { $isStatus } from "./request.js";

/** Stands for the spec's `Status` type, which the template fills in. */
type $$statusType = unknown;
// specgen:strip-end
/** How a client reaches the server. */
export interface ClientOptions {
  /** The server's base URL, e.g. `https://api.example.com:6443`; a path prefix is kept. */
  readonly baseUrl: string;
  /** A bearer token, or a function returning one (called before each request, so tokens can rotate). */
  readonly token?: string | (() => string | Promise<string>);
  /** Headers sent with every request. */
  readonly headers?: Readonly<Record<string, string>>;
  /** The fetch to use (default: the global one); inject one for TLS settings, proxies or tests. */
  readonly fetch?: typeof fetch;
  /** Abort a request that has not completed after this many milliseconds (default: no limit). */
  readonly timeoutMs?: number;
  /** The User-Agent header (ignored by browsers, which set their own). */
  readonly userAgent?: string;
  /** `response`: check every success body with the generated response-mode validator. Default `off`. */
  readonly validateResponses?: "off" | "response";
  /** Retry 429 and 503 responses, honouring Retry-After. Off by default; `true` means the defaults below. */
  readonly retry?: boolean | RetryOptions;
}

/** When to retry. */
export interface RetryOptions {
  /** Retries after the first attempt (default 3). */
  readonly retries?: number;
  /** `safe` (default) retries only GET, HEAD and OPTIONS; `all` also retries writes, which may then apply twice. */
  readonly methods?: "safe" | "all";
  /** The first wait when the server sends no Retry-After (default 500 ms), doubled on each retry. */
  readonly baseDelayMs?: number;
  /** The longest wait, Retry-After included (default 30 s). */
  readonly maxDelayMs?: number;
}

/** Per-request options. */
export interface RequestOptions {
  readonly signal?: AbortSignal;
  readonly headers?: Readonly<Record<string, string>>;
  readonly timeoutMs?: number;
}

/** Fields every client error carries: the method and the URL (never credentials). */
abstract class $ClientError extends Error {
  readonly method: string;
  readonly url: string;

  constructor(message: string, method: string, url: string, options?: { cause?: unknown }) {
    super(message, options);
    this.method = method;
    this.url = url;
  }
}

/** The server answered with a non-2xx status. `apiStatus` is the decoded Kubernetes `Status`, when the body is one. */
export class ApiError extends $ClientError {
  readonly status: number;
  readonly apiStatus: $$statusType | undefined;
  /** The Kubernetes reason (`NotFound`, `Conflict`, `Invalid`, ...), when the body says. */
  readonly reason: string | undefined;
  /** The decoded body: a `Status`, other JSON, or the text. */
  readonly body: unknown;

  constructor(method: string, url: string, status: number, body: unknown) {
    const apiStatus = $isStatus(body) ? (body as $$statusType) : undefined;
    const fields = apiStatus as { reason?: unknown; message?: unknown } | undefined;
    const reason = typeof fields?.reason === "string" ? fields.reason : undefined;
    const detail =
      typeof fields?.message === "string"
        ? fields.message
        : typeof body === "string" && body.length > 0
          ? body.slice(0, 200)
          : "";
    super(`${method} ${url}: ${status}${reason ? ` ${reason}` : ""}${detail ? `: ${detail}` : ""}`, method, url);
    this.name = "ApiError";
    this.status = status;
    this.apiStatus = apiStatus;
    this.reason = reason;
    this.body = body;
  }
}

/** The request never got an answer: DNS, connection refused or reset, TLS failure. */
export class NetworkError extends $ClientError {
  constructor(method: string, url: string, cause: unknown) {
    super(`${method} ${url}: network error: ${cause instanceof Error ? cause.message : String(cause)}`, method, url, {
      cause,
    });
    this.name = "NetworkError";
  }
}

/** The request took longer than `timeoutMs`. */
export class TimeoutError extends $ClientError {
  readonly timeoutMs: number;

  constructor(method: string, url: string, timeoutMs: number) {
    super(`${method} ${url}: timed out after ${timeoutMs} ms`, method, url);
    this.name = "TimeoutError";
    this.timeoutMs = timeoutMs;
  }
}

/** The caller's signal aborted the request. */
export class AbortError extends $ClientError {
  constructor(method: string, url: string, reason: unknown) {
    super(`${method} ${url}: aborted`, method, url, { cause: reason });
    this.name = "AbortError";
  }
}

/** A success body failed the response-mode validator (`validateResponses: "response"`). */
export class ResponseValidationError extends $ClientError {
  readonly status: number;
  readonly errors: readonly FieldError[];
  readonly body: unknown;

  constructor(method: string, url: string, status: number, errors: readonly FieldError[], body: unknown) {
    super(
      `${method} ${url}: the response does not match its schema:\n${errors.map((error) => `- ${error.message}`).join("\n")}`,
      method,
      url,
    );
    this.name = "ResponseValidationError";
    this.status = status;
    this.errors = errors;
    this.body = body;
  }
}

/** One JSON Patch (RFC 6902) operation. */
export type JsonPatchOperation =
  | { readonly op: "add" | "replace" | "test"; readonly path: string; readonly value: unknown }
  | { readonly op: "remove"; readonly path: string }
  | { readonly op: "move" | "copy"; readonly from: string; readonly path: string };

/** Any subset of `T`, recursively; `null` deletes a field in a merge patch. Arrays are replaced whole. */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> | null }
    : T;

/** A JSON Patch: `application/json-patch+json`. */
export interface JsonPatch {
  readonly type: "json";
  readonly operations: readonly JsonPatchOperation[];
}

/** A JSON Merge Patch (RFC 7386): `application/merge-patch+json`. */
export interface MergePatch<T> {
  readonly type: "merge";
  readonly body: DeepPartial<T>;
}

/** A Kubernetes strategic merge patch: `application/strategic-merge-patch+json`. */
export interface StrategicMergePatch<T> {
  readonly type: "strategic-merge";
  readonly body: DeepPartial<T>;
}

/** A server-side apply configuration: `application/apply-patch+yaml` (sent as JSON, which is YAML). */
export interface ApplyPatch<T> {
  readonly type: "apply";
  readonly body: DeepPartial<T>;
}

// specgen:strip-begin
// Internals of the generated file, exported here for this module's unit tests only.
export { $ClientError };
// specgen:strip-end
