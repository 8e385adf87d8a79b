import { badRequest, invalid } from "./status.js";
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
 * Decodes as the server's decoder does: unknown fields fail a Strict request (400 BadRequest, `strict decoding
 * error`), become `Warning` headers under Warn, and are dropped from the object otherwise. Returns the warnings.
 */
export function decodeFields(resource: ResourceSpec, object: FakeObject, options: WriteOptions): string[] {
  if (resource.validate === undefined || options.fieldValidation === "Ignore") return [];
  const result = resource.validate(object, { mode: "request", unknownFields: "reject" });
  if (result.valid) return [];
  const unknown = result.errors.filter(isUnknownField);
  if (unknown.length === 0) return [];
  const texts = unknown.map((error) => `unknown field "${error.path}"`);
  if (options.fieldValidation === "Strict") throw badRequest(`strict decoding error: ${texts.join(", ")}`);
  for (const error of unknown) dropField(object, error.path);
  return texts;
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
