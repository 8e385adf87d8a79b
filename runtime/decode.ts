// specgen:strip-begin
// Decode-only checks, included by validators.hbs when a model has a read-only member (a kind's `status`, ImageTag's
// `image`). The server drops such a member from a create request before it validates (PrepareForCreate), but it
// decodes the body first, so only its JSON decoder can refuse the member: for built-in Kubernetes types Go's
// encoding/json (as sigs.k8s.io/json vendors it) refuses a JSON kind the Go field cannot hold (UnmarshalTypeError: a
// string for a struct, a fraction for an int64, a number past an int32), the field types' own UnmarshalJSON refuse what
// they cannot parse (metav1.Time, []byte as base64, resource.Quantity), `null` decodes into anything, and the strict
// decoder reports unknown fields. Custom resources decode to plain JSON: only unknown fields (pruning) count there.
// The generator prints each model's decoding as a table (generator/print/guard/decode.ts); this walks it.
import {
  $field,
  $hasOwn,
  $index,
  $invalid,
  $isObject,
  $key,
  $typeInvalid,
  $unknownField,
  type $Path,
  type FieldError,
} from "./validators.js";

// specgen:strip-end
/**
 * How the decoder reads a value: `0` anything; a JSON kind; a Go integer (`int32`, `int64`); a string a field type
 * parses (`f` its test, `m` the error); an array (`a` its items); an object (`o` its fields, `x` the values of other
 * keys, which are unknown fields when `x` is absent); a union by JSON kind (`u`); a model (a function, as models refer
 * to each other).
 */
type $Decoding =
  | 0
  | "string"
  | "boolean"
  | "number"
  | "integer"
  | "int32"
  | "int64"
  | { readonly f: (s: string) => boolean; readonly m: string }
  | { readonly a: $Decoding }
  | { readonly o: readonly (readonly [string, $Decoding])[]; readonly x?: $Decoding }
  | { readonly u: readonly $Decoding[] }
  | (() => $Decoding);

/** The JSON kind a decoding takes, or undefined for any. */
function $decodingKind(k: $Decoding): string | undefined {
  for (let hops = 0; typeof k === "function" && hops < 64; hops++) k = k();
  if (k === 0 || typeof k === "function") return undefined;
  if (typeof k === "string") return k === "string" || k === "boolean" ? k : "number";
  if ("f" in k) return "string";
  if ("a" in k) return "array";
  if ("o" in k) return "object";
  const kinds = new Set(k.u.map($decodingKind));
  return kinds.size === 1 ? [...kinds][0] : undefined;
}

/** The JSON kind of a value. */
function $jsonKind(v: unknown): string {
  return Array.isArray(v) ? "array" : v === null ? "null" : typeof v;
}

/**
 * Whether the decoder takes `v` as `k`, pushing each refusal to `e` (null: stop at the first). `s` reports unknown
 * fields (0 no, 1 here and below, 2 below only), `t` says whether JSON kinds count (false for custom resources).
 */
function $decoded(
  v: unknown,
  k: $Decoding,
  p: $Path,
  e: FieldError[] | null,
  s: number,
  t: boolean,
  d: number,
): boolean {
  if (v === null || k === 0) return true;
  if (d > 256) {
    if (e !== null) e.push($invalid(p, v, "is nested too deeply"));
    return false;
  }
  if (typeof k === "function") return $decoded(v, k(), p, e, s, t, d + 1);
  // The common cases first, each testing the value's kind directly: the leaves, then objects and arrays.
  if (typeof k === "string") {
    const kind = k === "string" || k === "boolean" ? k : "number";
    if (typeof v !== kind) return !t || $refused(e, $typeInvalid(p, v, k === "int32" || k === "int64" ? "integer" : k));
    if (!t || kind !== "number") return true;
    if (k === "number") return Number.isFinite(v) || $refused(e, $typeInvalid(p, v, "number"));
    if (!Number.isInteger(v)) return $refused(e, $typeInvalid(p, v, "integer"));
    if (k === "int32" && ((v as number) < -2147483648 || (v as number) > 2147483647))
      return $refused(e, $invalid(p, v, "must fit in a 32-bit integer"));
    if (k === "int64" && !Number.isSafeInteger(v))
      return $refused(
        e,
        $invalid(p, v, "must be an integer within ±(2^53 - 1), the range JavaScript represents exactly"),
      );
    return true;
  }
  const below = s === 0 ? 0 : 1;
  let ok = true;
  if ("o" in k) {
    if (!$isObject(v)) return !t || $refused(e, $typeInvalid(p, v, "object"));
    const fields = k.o;
    for (let i = 0; i < fields.length; i++) {
      const name = fields[i]![0];
      if (
        $hasOwn(v, name) &&
        !$decoded(v[name], fields[i]![1], e === null ? "" : $field(p, name), e, below, t, d + 1)
      ) {
        if (e === null) return false;
        ok = false;
      }
    }
    if (k.x === undefined && s !== 1) return ok;
    for (const name in v) {
      if (!$hasOwn(v, name) || fields.some(([listed]) => listed === name)) continue;
      if (k.x === undefined) {
        if (e === null) return false;
        ok = false;
        e.push($unknownField($field(p, name), v[name]));
      } else if (!$decoded(v[name], k.x, e === null ? "" : $key(p, name), e, below, t, d + 1)) {
        if (e === null) return false;
        ok = false;
      }
    }
    return ok;
  }
  if ("a" in k) {
    if (!Array.isArray(v)) return !t || $refused(e, $typeInvalid(p, v, "array"));
    for (let i = 0; i < v.length; i++)
      if (!$decoded(v[i], k.a, e === null ? "" : $index(p, i), e, below, t, d + 1)) {
        if (e === null) return false;
        ok = false;
      }
    return ok;
  }
  if ("f" in k) {
    if (typeof v !== "string") return !t || $refused(e, $typeInvalid(p, v, "string"));
    return !t || k.f(v) || $refused(e, $invalid(p, v, k.m));
  }
  const members = k.u.filter((member) => $decodingKind(member) === $jsonKind(v) || $decodingKind(member) === undefined);
  if (members.length === 0) {
    const kinds = [...new Set(k.u.map($decodingKind))].join(" or ");
    return !t || $refused(e, $typeInvalid(p, v, kinds));
  }
  if (members.some((member) => $decoded(v, member, "", null, s, t, d + 1))) return true;
  return e === null ? false : $decoded(v, members[0]!, p, e, s, t, d + 1);
}

/** Records a refusal (when errors are collected) and says the value is refused. */
function $refused(e: FieldError[] | null, error: FieldError): false {
  if (e !== null) e.push(error);
  return false;
}

// specgen:strip-begin
// Internals of the generated file, exported here for this module's unit tests only.
export { $decodingKind, $jsonKind, $decoded, type $Decoding };
// specgen:strip-end
