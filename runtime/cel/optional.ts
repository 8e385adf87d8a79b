// specgen:strip-begin
// CEL optionals (cel-go ext "optional types", which Kubernetes enables): `optional.of/none/ofNonZeroValue`,
// `x.?field`, `x[?index]`, `[?a]`, `{?k: v}`, and the methods `hasValue`, `value`, `orValue`, `or`, `optMap`,
// `optFlatMap`. Other modules (transition rules' `optionalOldSelf`, the format library) make optionals with
// `$cel_optional(value)` and read them with `.hasValue` / `.value`.
import { $CelValue, $cel_eq, $cel_get, $cel_index, $cel_isList, $cel_isMap, $cel_noOverload } from "../cel.js";

// specgen:strip-end
/** `optional.of(value)` when `hasValue`, else `optional.none()`. */
class $CelOptional extends $CelValue {
  constructor(
    readonly hasValue: boolean,
    readonly value: unknown,
  ) {
    super();
  }
  override celType(): string {
    return "optional_type";
  }
  override celEquals(other: unknown): boolean {
    if (!(other instanceof $CelOptional) || other.hasValue !== this.hasValue) return false;
    return !this.hasValue || $cel_eq(this.value, other.value);
  }
  /** Selecting on an optional selects on its value, optionally: a missing field or index is `none`. */
  override celSelect(k: unknown, how: "get" | "has" | "index"): unknown {
    if (how === "has") return this.hasValue && $cel_has_entry(this.value, k);
    return this.hasValue ? $cel_optional_index(this.value, k) : this;
  }
}

const $cel_none = new $CelOptional(false, undefined);

/** `optional.of(x)`; `undefined` (a field that is not set) makes `none`. */
function $cel_optional(x: unknown): $CelOptional {
  return x === undefined ? $cel_none : new $CelOptional(true, x);
}

/** `optional.none()`. */
function $cel_optional_none(): $CelOptional {
  return $cel_none;
}

/** Whether a value is its type's zero value (`0`, `""`, `false`, `null`, `[]`, `{}`): `optional.ofNonZeroValue`. */
function $cel_isZero(x: unknown): boolean {
  if (x === null || x === 0 || x === "" || x === false) return true;
  if ($cel_isList(x)) return x.length === 0;
  if ($cel_isMap(x)) return Object.keys(x).length === 0;
  return x instanceof $CelOptional && !x.hasValue;
}

/** `optional.ofNonZeroValue(x)`. */
function $cel_optional_ofNonZero(x: unknown): $CelOptional {
  return $cel_isZero(x) ? $cel_none : new $CelOptional(true, x);
}

function $cel_asOptional(x: unknown, name: string): $CelOptional {
  if (!(x instanceof $CelOptional)) throw $cel_noOverload(name, x);
  return x;
}

/** Whether `x` has the field or index `k` (a map key, a list position). */
function $cel_has_entry(x: unknown, k: unknown): boolean {
  if ($cel_isMap(x)) return typeof k === "string" && Object.prototype.hasOwnProperty.call(x, k) && x[k] !== undefined;
  if ($cel_isList(x)) return typeof k === "number" && Number.isInteger(k) && k >= 0 && k < x.length;
  if (x instanceof $CelOptional) return x.hasValue && $cel_has_entry(x.value, k);
  // Values with no fields: cel-go reports the field as missing.
  throw new Error(`no such key: ${String(k)}`);
}

/** `x.?k` and `x[?k]`: `optional.of(x.k)` when `x` has it, else `none`; on an optional, on its value. */
function $cel_optional_index(x: unknown, k: unknown): $CelOptional {
  if (x instanceof $CelOptional) return x.hasValue ? $cel_optional_index(x.value, k) : x;
  return $cel_has_entry(x, k) ? new $CelOptional(true, $cel_index(x, k)) : $cel_none;
}

/** `x.?k` for a field name: a map's key (errors as `x.k` does on values with no fields). */
function $cel_optional_select(x: unknown, k: string): $CelOptional {
  if (x instanceof $CelOptional) return x.hasValue ? $cel_optional_select(x.value, k) : x;
  if (!$cel_isMap(x)) return new $CelOptional(true, $cel_get(x, k));
  return $cel_has_entry(x, k) ? new $CelOptional(true, x[k]) : $cel_none;
}

/** `o.hasValue()`. */
function $cel_hasValue(o: unknown): boolean {
  return $cel_asOptional(o, "hasValue").hasValue;
}

/** `o.value()`: an error on `none`. */
function $cel_value(o: unknown): unknown {
  const optional = $cel_asOptional(o, "value");
  if (!optional.hasValue) throw new Error("optional.none() dereference");
  return optional.value;
}

/** `o.orValue(fallback)`. */
function $cel_orValue(o: unknown, fallback: unknown): unknown {
  const optional = $cel_asOptional(o, "orValue");
  return optional.hasValue ? optional.value : fallback;
}

/** `o.or(other)`: `other` is evaluated only when `o` is `none`. */
function $cel_optional_or(o: unknown, other: () => unknown): $CelOptional {
  const optional = $cel_asOptional(o, "or");
  return optional.hasValue ? optional : $cel_asOptional(other(), "or");
}

/** `o.optMap(v, f)`: `optional.of(f(value))`, or `none`. */
function $cel_optMap(o: unknown, f: (v: unknown) => unknown): $CelOptional {
  const optional = $cel_asOptional(o, "optMap");
  return optional.hasValue ? new $CelOptional(true, f(optional.value)) : optional;
}

/** `o.optFlatMap(v, f)`: `f(value)` (an optional), or `none`. */
function $cel_optFlatMap(o: unknown, f: (v: unknown) => unknown): $CelOptional {
  const optional = $cel_asOptional(o, "optFlatMap");
  return optional.hasValue ? $cel_asOptional(f(optional.value), "optFlatMap") : optional;
}

/** A list literal with optional items (`[a, ?b]`): `optional` flags the items whose `none` is left out. */
function $cel_optional_list(items: readonly unknown[], optional: readonly boolean[]): unknown[] {
  const out: unknown[] = [];
  items.forEach((item, i) => {
    if (!optional[i]) out.push(item);
    else if ($cel_asOptional(item, "[?_]").hasValue) out.push((item as $CelOptional).value);
  });
  return out;
}

/** The entries of a map literal with optional entries (`{?k: v}`): a `none` value leaves its entry out. */
function $cel_optional_entries(
  entries: readonly (readonly [unknown, unknown, boolean])[],
): (readonly [unknown, unknown])[] {
  const out: (readonly [unknown, unknown])[] = [];
  for (const [k, v, optional] of entries) {
    if (!optional) out.push([k, v]);
    else if ($cel_asOptional(v, "{?_: _}").hasValue) out.push([k, (v as $CelOptional).value]);
  }
  return out;
}

// specgen:strip-begin
export {
  $CelOptional,
  $cel_none,
  $cel_optional,
  $cel_optional_none,
  $cel_isZero,
  $cel_optional_ofNonZero,
  $cel_asOptional,
  $cel_has_entry,
  $cel_optional_index,
  $cel_optional_select,
  $cel_hasValue,
  $cel_value,
  $cel_orValue,
  $cel_optional_or,
  $cel_optMap,
  $cel_optFlatMap,
  $cel_optional_list,
  $cel_optional_entries,
};
// specgen:strip-end
