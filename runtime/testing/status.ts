import type { FakeFieldError, FakeObject } from "./types.js";

/** One cause of a `Status` failure (metav1.StatusCause). */
export interface StatusCause {
  readonly reason?: string;
  readonly message?: string;
  readonly field?: string;
}

/** Details of a `Status` failure (metav1.StatusDetails). */
export interface StatusDetails {
  readonly name?: string;
  readonly group?: string;
  readonly kind?: string;
  readonly uid?: string;
  readonly causes?: readonly StatusCause[];
}

/** An API error, carried as the `Status` a Kubernetes API server sends (k8s.io/apimachinery/pkg/api/errors). */
export class StatusError extends Error {
  readonly code: number;
  readonly reason: string;
  readonly details: StatusDetails | undefined;

  constructor(code: number, reason: string, message: string, details?: StatusDetails) {
    super(message);
    this.name = "StatusError";
    this.code = code;
    this.reason = reason;
    this.details = details;
  }

  /** The `Status` object of the response body. */
  toStatus(): FakeObject {
    return {
      kind: "Status",
      apiVersion: "v1",
      metadata: {},
      status: "Failure",
      message: this.message,
      reason: this.reason,
      ...(this.details !== undefined ? { details: this.details } : {}),
      code: this.code,
    };
  }
}

/** A group and resource (plural) as errors name them: `pods`, `deployments.apps`. */
export interface GroupResource {
  readonly group: string;
  readonly plural: string;
}

/** `deployments.apps`, or `pods` for the core group. */
export function qualifiedResource(resource: GroupResource): string {
  return resource.group === "" ? resource.plural : `${resource.plural}.${resource.group}`;
}

/** 404 NotFound: `pods "x" not found`. */
export function notFound(resource: GroupResource, name: string): StatusError {
  return new StatusError(404, "NotFound", `${qualifiedResource(resource)} "${name}" not found`, {
    name,
    group: resource.group,
    kind: resource.plural,
  });
}

/** 409 AlreadyExists: `pods "x" already exists`. */
export function alreadyExists(resource: GroupResource, name: string): StatusError {
  return new StatusError(409, "AlreadyExists", `${qualifiedResource(resource)} "${name}" already exists`, {
    name,
    group: resource.group,
    kind: resource.plural,
  });
}

/** 409 Conflict on a stale resourceVersion, worded as the registry words it. */
export function conflict(resource: GroupResource, name: string, why: string): StatusError {
  return new StatusError(
    409,
    "Conflict",
    `Operation cannot be fulfilled on ${qualifiedResource(resource)} "${name}": ${why}`,
    { name, group: resource.group, kind: resource.plural },
  );
}

/** The text of a field error without its leading `path: ` (the `message` of a cause). */
function causeMessage(error: FakeFieldError): string {
  const prefix = `${error.path}: `;
  return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
}

/** 422 Invalid with one cause per field error: `Pod "x" is invalid: spec.containers: Required value`. */
export function invalid(
  kind: { readonly group: string; readonly kind: string },
  name: string,
  errors: readonly FakeFieldError[],
): StatusError {
  const qualifiedKind = kind.group === "" ? kind.kind : `${kind.kind}.${kind.group}`;
  const list = errors.map((error) => error.message);
  const summary = list.length === 1 ? list[0]! : `[${list.join(", ")}]`;
  return new StatusError(422, "Invalid", `${qualifiedKind} "${name}" is invalid: ${summary}`, {
    name,
    group: kind.group,
    kind: kind.kind,
    causes: errors.map((error) => ({ reason: error.type, message: causeMessage(error), field: error.path })),
  });
}

/** 400 BadRequest. */
export function badRequest(message: string): StatusError {
  return new StatusError(400, "BadRequest", message);
}

/** 405 MethodNotAllowed. */
export function methodNotAllowed(): StatusError {
  return new StatusError(405, "MethodNotAllowed", "the server does not allow this method on the requested resource");
}

/** 415 UnsupportedMediaType, listing what the endpoint accepts. */
export function unsupportedMediaType(contentType: string, accepted: readonly string[]): StatusError {
  return new StatusError(
    415,
    "UnsupportedMediaType",
    `the body of the request was in an unknown format - accepted media types include: ${accepted.join(", ")}` +
      (contentType === "" ? "" : ` (got ${contentType})`),
  );
}

/** 413 RequestEntityTooLarge. */
export function requestEntityTooLarge(limit: number): StatusError {
  return new StatusError(413, "RequestEntityTooLarge", `Request entity too large: limit is ${limit}`);
}

/** 410 Expired: a watch or continue token older than what the server keeps. */
export function expired(message: string): StatusError {
  return new StatusError(410, "Expired", message);
}

/** 404 NotFound for a path that serves nothing. */
export function pathNotFound(): StatusError {
  return new StatusError(404, "NotFound", "the server could not find the requested resource");
}

/** 500 InternalError: a hook or the fake itself failed; the message says what. */
export function internalError(error: unknown): StatusError {
  const message = error instanceof Error ? error.message : String(error);
  return new StatusError(500, "InternalError", `Internal error occurred: ${message}`);
}
