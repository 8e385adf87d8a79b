// specgen:strip-begin
// Integer fields of built-in Kubernetes types that Go validation holds to a range (generator/kubernetes-integer-rules.ts
// lists each with its Go source), included by validators.hbs when a model has one. A required one left out of a request
// decodes to 0 (encoding/json leaves the zero value), which the range then judges, as the server does.
import { $field, $invalid, type $Path, type FieldError } from "./validators.js";

// specgen:strip-end
/**
 * Whether `v[key]`, read as Go reads it (absent or null is 0; another JSON kind is the schema's to report), lies in
 * `min`..`max`; else one `Invalid value: <n>: <message>` error. A pointer field's guard tests it is set first.
 */
function $goRange(
  v: Readonly<Record<string, unknown>>,
  key: string,
  min: number,
  max: number,
  message: string,
  p: $Path,
  e: FieldError[] | null,
): boolean {
  const x = v[key];
  const n = typeof x === "number" ? x : x === undefined || x === null ? 0 : min;
  if (n >= min && n <= max) return true;
  if (e !== null) e.push($invalid($field(p, key), n, message));
  return false;
}

// specgen:strip-begin
// Internals of the generated file, exported here for this module's unit tests only.
export { $goRange };
// specgen:strip-end
