// specgen:strip-begin
// Integer fields of built-in Kubernetes types that Go validation holds to a range (generator/kubernetes-integer-rules.ts
// lists each with its Go source), included by validators.hbs when a model has one. A required one left out of a request
// decodes to 0 (encoding/json leaves the zero value), which the range then judges, as the server does.
import { $field, $invalid, $isObject, type $Path, type FieldError } from "./validators.js";

// specgen:strip-end
/** Messages whose statements would pass the print width written out (generator/kubernetes-integer-rules.ts names them). */
const $goZeroOrMore = "must be greater than or equal to zero";
const $goHourOrLess = "must be less than or equal to 3600";

/**
 * Whether `v[key]`, read as Go reads it (absent or null is 0; another JSON kind is the schema's to report), lies in
 * `min`..`max`; else one `Invalid value: <n>: <message>` error. A value that is no object is the schema's to report.
 */
function $goRange(
  v: unknown,
  key: string,
  min: number,
  max: number,
  message: string,
  p: $Path,
  e: FieldError[] | null,
): boolean {
  if (!$isObject(v)) return true;
  const x = v[key];
  const n = typeof x === "number" ? x : x === undefined || x === null ? 0 : min;
  if (n >= min && n <= max) return true;
  if (e !== null) e.push($invalid($field(p, key), n, message));
  return false;
}

/** `$goRange` of a pointer field (`*int32`): absent or null is not set, and not checked. */
function $goRangeSet(
  v: unknown,
  key: string,
  min: number,
  max: number,
  message: string,
  p: $Path,
  e: FieldError[] | null,
): boolean {
  return !$isObject(v) || v[key] === undefined || v[key] === null || $goRange(v, key, min, max, message, p, e);
}

// specgen:strip-begin
// Internals of the generated file, exported here for this module's unit tests only.
export { $goRange, $goRangeSet, $goZeroOrMore, $goHourOrLess };
// specgen:strip-end
