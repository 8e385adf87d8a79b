import { badRequest, invalid, type StatusError } from "./status.js";
import type { FakeFieldError, FakeObject, HookContext, ResourceHooks, ResourceSpec } from "./types.js";

/** What the write options of a request say (`dryRun`, `fieldValidation`). */
export interface WriteOptions {
  readonly dryRun: boolean;
  readonly fieldValidation: "Strict" | "Warn" | "Ignore";
}

/** Reads `dryRun` and `fieldValidation` from the query; bad values are a 400 as on a real server. */
export function writeOptions(query: URLSearchParams): WriteOptions {
  const dryRun = query.getAll("dryRun");
  for (const value of dryRun)
    if (value !== "All")
      throw badRequest(`Invalid dry run option: dryRun: Unsupported value: "${value}": supported values: "All"`);
  const fieldValidation = query.get("fieldValidation") ?? "";
  if (!["", "Strict", "Warn", "Ignore"].includes(fieldValidation))
    throw badRequest(
      `fieldValidation: Unsupported value: "${fieldValidation}": supported values: "Ignore", "Strict", "Warn"`,
    );
  return {
    dryRun: dryRun.length > 0,
    fieldValidation: fieldValidation === "" ? "Warn" : (fieldValidation as WriteOptions["fieldValidation"]),
  };
}

/** Whether a validator's error reports a field the schema does not know (strict decoding). */
function isUnknownField(error: FakeFieldError): boolean {
  return error.message.includes("Unsupported value: unknown field ");
}

/** Splits a Kubernetes field path (`spec.containers[0].name`, `metadata.labels[app]`) into segments. */
export function fieldPathSegments(path: string): string[] {
  const segments: string[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[([^\]]*)\]/g)) segments.push(match[1] ?? match[2]!);
  return segments;
}

/** Removes the value at a field path (the decoder drops an unknown field). */
function dropField(object: FakeObject, path: string): void {
  const segments = fieldPathSegments(path);
  let parent: unknown = object;
  for (const segment of segments.slice(0, -1)) {
    if (typeof parent !== "object" || parent === null) return;
    parent = (parent as Record<string, unknown>)[segment];
  }
  const last = segments[segments.length - 1];
  if (last !== undefined && typeof parent === "object" && parent !== null && !Array.isArray(parent))
    delete (parent as Record<string, unknown>)[last];
}

/**
 * The details the generated validators give for a value Go's JSON decoder itself refuses (the field types' own
 * UnmarshalJSON: integer range, `[]byte` as base64, `metav1.Time`, `resource.Quantity`), worded as
 * generator/print/guard/number.ts, formats.ts and string.ts word them. A JSON kind the Go field cannot hold is a
 * `FieldValueTypeInvalid` of its own.
 */
const DECODER_REFUSALS = [
  ": must fit in a 32-bit integer",
  ": must be base64-encoded",
  ": must be an RFC 3339 date-time, e.g. 2006-01-02T15:04:05Z",
  ": quantities must match the regular expression ",
];

/** Whether a validator's error is one Go's decoder reports before any validation runs (typed resources only). */
export function isDecodeError(error: FakeFieldError): boolean {
  // Go decodes null into any field (the zero value): a required field's null is validation's "Required value".
  if (error.type === "FieldValueTypeInvalid") return error.value !== null;
  return error.type === "FieldValueInvalid" && DECODER_REFUSALS.some((detail) => error.message.includes(detail));
}

/**
 * Go's decoder for a typed kind: its refusal, or undefined when the spec has no schema for the kind. `source`: the
 * request body as the handler parsed it, before the engine's copy (the server knows the text it came from).
 */
export type GoDecode = (
  resource: ResourceSpec,
  object: FakeObject,
  sorted: boolean,
  source?: unknown,
) => { readonly refusal: string | undefined; readonly strict?: readonly string[] } | undefined;

/**
 * Where a body is decoded: a create or update body (`body`: the handler's decoder answers 400 BadRequest), or the
 * result of a patch (`patch`: patch.go decodes the patched JSON and answers 422 Invalid on the field `patch`).
 */
export type DecodeStage = "body" | "patch";

/** The failure the server answers when decoding fails at a stage. */
function decodeFailure(resource: ResourceSpec, object: FakeObject, stage: DecodeStage, detail: string): StatusError {
  if (stage === "patch")
    return invalid({ group: "", kind: "" }, "", [
      {
        path: "patch",
        type: "FieldValueInvalid",
        message: `patch: Invalid value: ${JSON.stringify(JSON.stringify(object))}: ${detail}`,
      },
    ]);
  return badRequest(detail);
}

/**
 * Decodes as the server's decoder does. For a typed resource (a built-in or aggregated API, decoded into its Go
 * struct), a value of a JSON kind the Go field cannot hold fails the request whatever `fieldValidation` says:
 * `<Kind> in version "<v>" cannot be handled as a <Kind>` (k8s.io/apiserver/pkg/endpoints/handlers/create.go and
 * update.go); a custom resource decodes to plain JSON, and its schema reports such values as 422 field errors. Then
 * unknown fields fail a Strict request (`strict decoding error`), become `Warning` headers under Warn, and are
 * dropped from the object otherwise. Returns the warnings.
 */
export function decodeFields(
  resource: ResourceSpec,
  object: FakeObject,
  options: WriteOptions,
  stage: DecodeStage = "body",
  goDecode?: GoDecode,
  source?: unknown,
): string[] {
  const refuse = (detail: string): StatusError =>
    decodeFailure(
      resource,
      object,
      stage,
      stage === "body"
        ? `${resource.kind} in version "${resource.version}" cannot be handled as a ${resource.kind}: ${detail}`
        : detail,
    );
  // Go's decoder, walked over the kind's schema, gives the server's own words; without a schema for the kind, the
  // validators' errors for the values Go's decoder refuses stand in for it.
  // A patched object is decoded from JSON the patch library marshalled from a Go map: keys in sorted order.
  const decoded = resource.typed === true ? goDecode?.(resource, object, stage === "patch", source) : undefined;
  if (decoded?.refusal !== undefined) throw refuse(decoded.refusal);
  const unknownFields = options.fieldValidation !== "Ignore";
  if (resource.validate === undefined || (!unknownFields && resource.typed !== true)) return [];
  const result = resource.validate(object, { mode: "request", unknownFields: unknownFields ? "reject" : "ignore" });
  const errors = result.valid ? [] : result.errors;
  const refused = resource.typed === true && decoded === undefined ? errors.find(isDecodeError) : undefined;
  if (refused !== undefined) throw refuse(refused.message);
  const unknown = errors.filter(isUnknownField);
  // Where Go's decoder walked the kind's schema, its strict errors (unknown and duplicate fields, in the body's
  // order) are the server's words; else the validators' unknown fields stand in.
  const texts = !unknownFields ? [] : (decoded?.strict ?? unknown.map((error) => `unknown field "${error.path}"`));
  // create.go and update.go word it as any decode failure: `<Kind> in version "<v>" cannot be handled as a <Kind>: ...`.
  if (options.fieldValidation === "Strict" && texts.length > 0)
    throw refuse(`strict decoding error: ${texts.join(", ")}`);
  for (const error of unknown) dropField(object, error.path);
  return [...texts];
}

/**
 * Validates a create or update as the registry does: the generated validator (request mode), the transition
 * validator on update, and the resource's hooks; every failure together is one 422 Invalid.
 */
export function validateWrite(
  resource: ResourceSpec,
  hooks: ResourceHooks | undefined,
  object: FakeObject,
  context: HookContext,
): void {
  const errors: FakeFieldError[] = [];
  // An update with transition rules is checked by validateXUpdate: the new object in full, then the rules on oldSelf.
  const generated =
    context.old !== undefined && resource.validateUpdate !== undefined
      ? resource.validateUpdate(context.old, object, { mode: "request" })
      : resource.validate?.(object, { mode: "request" });
  if (generated !== undefined && !generated.valid) errors.push(...generated.errors.filter((e) => !isUnknownField(e)));
  if (context.old !== undefined) {
    errors.push(...(hooks?.validateUpdate?.(object, context) ?? []));
  } else {
    errors.push(...(hooks?.validateCreate?.(object, context) ?? []));
  }
  const metadata = (object["metadata"] ?? {}) as Record<string, unknown>;
  if (errors.length > 0) throw invalid(resource, String(metadata["name"] ?? metadata["generateName"] ?? ""), errors);
}
