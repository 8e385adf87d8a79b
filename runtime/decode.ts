// specgen:strip-begin
// Decode-only checks, included by validators.hbs when a model has a read-only member (a kind's `status`, ImageTag's
// `image`). The server drops such a member from a create request before it validates (PrepareForCreate), but it
// decodes the body first, so only its JSON decoder can refuse the member: for built-in Kubernetes types Go's
// encoding/json (as sigs.k8s.io/json vendors it) refuses a JSON kind the Go field cannot hold (UnmarshalTypeError: a
// string for a struct, a fraction for an int64, a number past an int32), the field types' own UnmarshalJSON refuse what
// they cannot parse (metav1.Time, []byte as base64, resource.Quantity), `null` decodes into anything, and the strict
// decoder reports unknown fields. Custom resources decode to plain JSON: only unknown fields (pruning) count there.
// The generator prints each model's decoding as code (generator/print/guard/decode.ts: `$dd_<Model>`); these are the
// refusals that code reports.
import { $invalid, $typeInvalid, type $Path, type FieldError } from "./validators.js";

// specgen:strip-end
/** The decoder's refusal of `v` for a Go int32 or int64 field (`bits`): not an integer, or out of range. */
function $notInteger(p: $Path, v: unknown, bits: 32 | 64): FieldError {
  if (typeof v !== "number" || !Number.isInteger(v)) return $typeInvalid(p, v, "integer");
  return $invalid(
    p,
    v,
    bits === 32
      ? "must fit in a 32-bit integer"
      : "must be an integer within ±(2^53 - 1), the range JavaScript represents exactly",
  );
}

/** The decoder's refusal of `v` for a string field type that parses it (`message` says what it must be). */
function $notFormat(p: $Path, v: unknown, message: string): FieldError {
  return typeof v === "string" ? $invalid(p, v, message) : $typeInvalid(p, v, "string");
}

// specgen:strip-begin
// Internals of the generated file, exported here for this module's unit tests only.
export { $notInteger, $notFormat };
// specgen:strip-end
