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
import {
  $field,
  $hasOwn,
  $index,
  $invalid,
  $isObject,
  $key,
  $typeInvalid,
  $unknownField,
  $unknownKeys,
  type $Path,
  type FieldError,
} from "./validators.js";

type Guard = (v: unknown, p: $Path, e: FieldError[] | null, r: boolean, s: number, d: number) => boolean;

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

/** A field the decoder reads as a Go string: absent, null or a string; else refused at `p.name` (when `e` collects). */
function $dString(v: unknown, p: $Path, name: string, e: FieldError[] | null): boolean {
  if (typeof v === "string" || v === undefined || v === null) return true;
  if (e !== null) e.push($typeInvalid($field(p, name), v, "string"));
  return false;
}

/** A field the decoder reads as a Go bool. */
function $dBoolean(v: unknown, p: $Path, name: string, e: FieldError[] | null): boolean {
  if (typeof v === "boolean" || v === undefined || v === null) return true;
  if (e !== null) e.push($typeInvalid($field(p, name), v, "boolean"));
  return false;
}

/** A field the decoder reads as a Go float (a finite number). */
function $dNumber(v: unknown, p: $Path, name: string, e: FieldError[] | null): boolean {
  if (typeof v === "number" ? Number.isFinite(v) : v === undefined || v === null) return true;
  if (e !== null) e.push($typeInvalid($field(p, name), v, "number"));
  return false;
}

/** A field the decoder reads as a Go int (an integer). */
function $dInteger(v: unknown, p: $Path, name: string, e: FieldError[] | null): boolean {
  if (typeof v === "number" ? Number.isInteger(v) : v === undefined || v === null) return true;
  if (e !== null) e.push($typeInvalid($field(p, name), v, "integer"));
  return false;
}

/** A field the decoder reads as a Go int32. */
function $dInt32(v: unknown, p: $Path, name: string, e: FieldError[] | null): boolean {
  if (typeof v === "number" ? (v | 0) === v : v === undefined || v === null) return true;
  if (e !== null) e.push($notInteger($field(p, name), v, 32));
  return false;
}

/** A field the decoder reads as a Go int64 (exactly: within ±(2^53 - 1)). */
function $dInt64(v: unknown, p: $Path, name: string, e: FieldError[] | null): boolean {
  if (typeof v === "number" ? Number.isSafeInteger(v) : v === undefined || v === null) return true;
  if (e !== null) e.push($notInteger($field(p, name), v, 64));
  return false;
}

/** A field of a Go type that parses its string (`test`; `message` says what it must be). */
function $dFormat(
  v: unknown,
  test: (s: string) => boolean,
  message: string,
  p: $Path,
  name: string,
  e: FieldError[] | null,
): boolean {
  if (typeof v === "string" ? test(v) : v === undefined || v === null) return true;
  if (e !== null) e.push($notFormat($field(p, name), v, message));
  return false;
}

/**
 * A decode function's value that is not walked: null (decodes into anything), or refused: nested past the guards'
 * depth limit (256, `d > 256`), or no object.
 */
function $dRefused(v: unknown, p: $Path, e: FieldError[] | null, d: number): boolean {
  if (v === null) return true;
  if (e !== null) e.push(d > 256 ? $invalid(p, v, "is nested too deeply") : $typeInvalid(p, v, "object"));
  return false;
}

/** A field the decoder reads as a Go slice of a model's type (`item`, its decode function, called at depth `d`). */
function $dList(
  v: unknown,
  item: Guard,
  p: $Path,
  name: string,
  e: FieldError[] | null,
  r: boolean,
  s: number,
  d: number,
): boolean {
  if (v === undefined || v === null) return true;
  if (!Array.isArray(v)) {
    if (e !== null) e.push($typeInvalid($field(p, name), v, "array"));
    return false;
  }
  let ok = true;
  for (let i = 0; i < v.length; i++)
    if (!item(v[i], e === null ? "" : $index($field(p, name), i), e, r, s, d)) {
      if (e === null) return false;
      ok = false;
    }
  return ok;
}

/** A field the decoder reads as a Go map of a model's type (`value`, its decode function, called at depth `d`). */
function $dMap(
  v: unknown,
  value: Guard,
  p: $Path,
  name: string,
  e: FieldError[] | null,
  r: boolean,
  s: number,
  d: number,
): boolean {
  if (v === undefined || v === null) return true;
  if (!$isObject(v)) {
    if (e !== null) e.push($typeInvalid($field(p, name), v, "object"));
    return false;
  }
  let ok = true;
  for (const k in v)
    if ($hasOwn(v, k) && !value(v[k], e === null ? "" : $key($field(p, name), k), e, r, s, d)) {
      if (e === null) return false;
      ok = false;
    }
  return ok;
}

// specgen:strip-begin
// Internals of the generated file, exported here for this module's unit tests only.
export {
  $dRefused,
  $dList,
  $dMap,
  $notInteger,
  $notFormat,
  $dString,
  $dBoolean,
  $dNumber,
  $dInteger,
  $dInt32,
  $dInt64,
  $dFormat,
};
// specgen:strip-end
