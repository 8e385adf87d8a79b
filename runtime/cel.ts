// CEL runtime: the helpers that compiled `x-kubernetes-validations` rules call (generator/cel/compile.ts emits the
// calls). Values are JSON values; objects are CEL maps. A helper throws a plain Error wherever CEL reports an
// evaluation error (missing field, wrong type, division by zero): the caller treats a throw as "the rule could not be
// evaluated". Helpers read own properties only and never mutate their inputs.

const $cel_hasOwnProperty = Object.prototype.hasOwnProperty;

/** The rule holds only when its result is exactly `true`. */
function $cel_true(x: unknown): boolean {
  return x === true;
}

/** A rule's messageExpression result, or `fallback` when it fails or is not a non-empty string (as the server does). */
function $cel_message(evaluate: () => unknown, fallback: string): string {
  try {
    const message = evaluate();
    return typeof message === "string" && message.trim() !== "" ? message : fallback;
  } catch {
    return fallback;
  }
}

/** The value a failure quotes (a rule's `x-specgen-value-expression`): a JSON scalar, else the fallback. */
function $cel_quoted(evaluate: () => unknown, fallback: string): unknown {
  try {
    const value = evaluate();
    return typeof value === "string" ||
      typeof value === "boolean" ||
      (typeof value === "number" && Number.isFinite(value))
      ? value
      : fallback;
  } catch {
    return fallback;
  }
}

/**
 * A CEL value JSON has no form for (duration, timestamp, quantity, IP, CIDR, URL, optional, type, format): the
 * libraries in runtime/cel/ extend it, and the operators here ask the value itself, so they need none of them.
 */
abstract class $CelValue {
  /** CEL's name for the value's type (`google.protobuf.Duration`, `optional_type`, ...). */
  abstract celType(): string;
  /** `this == other`. */
  abstract celEquals(other: unknown): boolean;
  /** The order of `this` and `other` (negative, zero, positive), or undefined when CEL has no `<` for the pair. */
  celCompare(_other: unknown): number | undefined {
    return undefined;
  }
  /** `this + other` (`other + this` when `swapped`), or undefined when CEL has no such overload. */
  celAdd(_other: unknown, _swapped: boolean): unknown {
    return undefined;
  }
  /** `this - other` (`other - this` when `swapped`), or undefined when CEL has no such overload. */
  celSub(_other: unknown, _swapped: boolean): unknown {
    return undefined;
  }
  /** `string(this)`, or undefined when there is no such conversion. */
  celString(): string | undefined {
    return undefined;
  }
  /**
   * `this.k` (`has`: whether it is set; `index`: `this[k]`), or undefined when the value has no fields: optionals
   * answer for the value they hold.
   */
  celSelect(_k: unknown, _how: "get" | "has" | "index"): unknown {
    return undefined;
  }
  /** `int(this)`, or undefined when there is no such conversion. */
  celInt(): number | undefined {
    return undefined;
  }
}

function $cel_isMap(x: unknown): x is Readonly<Record<string, unknown>> {
  return typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof $CelValue);
}

function $cel_isList(x: unknown): x is readonly unknown[] {
  return Array.isArray(x);
}

function $cel_isInt(x: unknown): x is number {
  return typeof x === "number" && Number.isInteger(x);
}

/** CEL's name for a value's type, for error messages. */
function $cel_typeName(x: unknown): string {
  if (x === null) return "null_type";
  if (x instanceof $CelValue) return x.celType();
  if (Array.isArray(x)) return "list";
  if (typeof x === "number") return Number.isInteger(x) ? "int" : "double";
  if (typeof x === "boolean") return "bool";
  if (typeof x === "object") return "map";
  return typeof x;
}

function $cel_noOverload(name: string, ...args: unknown[]): Error {
  return new Error(`no such overload: ${name}(${args.map($cel_typeName).join(", ")})`);
}

/** `x.k`: an own property of a map; a missing key is an error, as in CEL. */
function $cel_get(x: unknown, k: string): unknown {
  if ($cel_isMap(x) && $cel_hasOwnProperty.call(x, k)) {
    const v = x[k];
    if (v !== undefined) return v;
  } else if (x instanceof $CelValue) {
    const v = x.celSelect(k, "get");
    if (v !== undefined) return v;
  }
  throw new Error(`no such key: ${k}`);
}

/** What a rule's direct read (a field the fast path reads itself) throws where `$cel_get` would: no such key. */
function $cel_absent(): never {
  throw new Error("no such key");
}

/** `has(x.k)`: Kubernetes treats a null (nullable) field as absent. */
function $cel_has(x: unknown, k: string): boolean {
  if (x instanceof $CelValue) {
    const v = x.celSelect(k, "has");
    if (typeof v === "boolean") return v;
  }
  if (!$cel_isMap(x)) throw $cel_noOverload("has", x);
  return $cel_hasOwnProperty.call(x, k) && x[k] !== null && x[k] !== undefined;
}

/** `x[i]`: a list by integer position, a map by string key. */
function $cel_index(x: unknown, i: unknown): unknown {
  if ($cel_isList(x) && $cel_isInt(i)) {
    if (i < 0 || i >= x.length) throw new Error(`index out of range: ${i}`);
    return x[i];
  }
  if ($cel_isMap(x) && typeof i === "string") return $cel_get(x, i);
  const v = x instanceof $CelValue ? x.celSelect(i, "index") : undefined;
  if (v !== undefined) return v;
  throw $cel_noOverload("_[_]", x, i);
}

/** A map literal; `Object.fromEntries` defines own properties, so a `__proto__` key is an ordinary key. */
function $cel_map(entries: readonly (readonly [unknown, unknown])[]): Record<string, unknown> {
  const checked: [string, unknown][] = [];
  const seen = new Set<string>();
  for (const [k, v] of entries) {
    if (typeof k !== "string") throw $cel_noOverload("map key", k);
    if (seen.has(k)) throw new Error(`duplicate map key: ${k}`);
    seen.add(k);
    checked.push([k, v]);
  }
  return Object.fromEntries(checked);
}

/** `==`: deep equality of JSON values; numbers by value, values of different types are unequal. */
function $cel_eq(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof $CelValue) return a.celEquals(b);
  if (b instanceof $CelValue) return b.celEquals(a);
  if ($cel_isList(a)) {
    if (!$cel_isList(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!$cel_eq(a[i], b[i])) return false;
    return true;
  }
  if ($cel_isMap(a)) {
    if (!$cel_isMap(b)) return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    for (const k of keys) if (!$cel_hasOwnProperty.call(b, k) || !$cel_eq(a[k], b[k])) return false;
    return true;
  }
  return false;
}

/** Ordering for `< <= > >=`: negative, zero, positive, or NaN (never ordered) for NaN operands. */
function $cel_cmp(a: unknown, b: unknown): number {
  if (typeof a === "number" && typeof b === "number") return a < b ? -1 : a > b ? 1 : a === b ? 0 : NaN;
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  if (typeof a === "string" && typeof b === "string") {
    // Code-point order, as Go compares UTF-8, not JavaScript's UTF-16 code-unit order.
    for (let i = 0; i < a.length && i < b.length;) {
      const x = a.codePointAt(i)!;
      const y = b.codePointAt(i)!;
      if (x !== y) return x < y ? -1 : 1;
      i += x > 0xffff ? 2 : 1;
    }
    return a.length - b.length;
  }
  const order = a instanceof $CelValue ? a.celCompare(b) : undefined;
  if (order !== undefined) return order;
  throw $cel_noOverload("_<_", a, b);
}

/** `x in c`: membership (by `==`) in a list, or an own key of a map. */
function $cel_in(x: unknown, c: unknown): boolean {
  if ($cel_isList(c)) return c.some((item) => $cel_eq(x, item));
  if ($cel_isMap(c)) return typeof x === "string" && $cel_hasOwnProperty.call(c, x);
  throw $cel_noOverload("@in", x, c);
}

/** `!x`. */
function $cel_not(x: unknown): boolean {
  return !$cel_bool(x);
}

/** A value that must be a bool (conditions, predicates). */
function $cel_bool(x: unknown): boolean {
  if (typeof x !== "boolean") throw $cel_noOverload("bool", x);
  return x;
}

/** `a && b && …`, CEL's way: any false wins, even when another operand fails; evaluated left to right. */
function $cel_and(operands: readonly (() => unknown)[]): boolean {
  let failure: { readonly error: unknown } | undefined;
  for (const operand of operands) {
    try {
      const value = operand();
      if (value === false) return false;
      if (value !== true) throw $cel_noOverload("_&&_", value);
    } catch (error) {
      failure ??= { error };
    }
  }
  if (failure !== undefined) throw failure.error;
  return true;
}

/** `a || b || …`, CEL's way: any true wins, even when another operand fails; evaluated left to right. */
function $cel_or(operands: readonly (() => unknown)[]): boolean {
  let failure: { readonly error: unknown } | undefined;
  for (const operand of operands) {
    try {
      const value = operand();
      if (value === true) return true;
      if (value !== false) throw $cel_noOverload("_||_", value);
    } catch (error) {
      failure ??= { error };
    }
  }
  if (failure !== undefined) throw failure.error;
  return false;
}

/** `-x`. */
function $cel_neg(x: unknown): number {
  if (typeof x !== "number") throw $cel_noOverload("-_", x);
  return 0 - x;
}

/** `a + b`: numbers, strings, or lists (a new list). */
function $cel_add(a: unknown, b: unknown): unknown {
  if (typeof a === "number" && typeof b === "number") return a + b;
  if (typeof a === "string" && typeof b === "string") return a + b;
  if ($cel_isList(a) && $cel_isList(b)) return [...a, ...b];
  const sum = a instanceof $CelValue ? a.celAdd(b, false) : b instanceof $CelValue ? b.celAdd(a, true) : undefined;
  if (sum !== undefined) return sum;
  throw $cel_noOverload("_+_", a, b);
}

/** `a - b`: numbers, or library values (timestamps, durations). */
function $cel_sub(a: unknown, b: unknown): unknown {
  if (typeof a === "number" && typeof b === "number") return a - b;
  const difference =
    a instanceof $CelValue ? a.celSub(b, false) : b instanceof $CelValue ? b.celSub(a, true) : undefined;
  if (difference !== undefined) return difference;
  throw $cel_noOverload("_-_", a, b);
}

/** `a * b`. */
function $cel_mul(a: unknown, b: unknown): number {
  if (typeof a !== "number" || typeof b !== "number") throw $cel_noOverload("_*_", a, b);
  return a * b;
}

/** An int or uint result the compiler knows is one: past what a number holds exactly (or a negative uint) is an error. */
function $cel_checkInt(x: unknown, unsigned: boolean): unknown {
  if (typeof x === "number" && (!Number.isSafeInteger(x) || (unsigned && x < 0))) throw new Error("integer overflow");
  return x;
}

/** `compareTo`, `isLessThan`, `isGreaterThan` on library values that have an order (quantities, versions). */
function $cel_orderMethod(name: string, x: unknown, y: unknown): unknown {
  const order =
    x instanceof $CelValue && y instanceof $CelValue && x.celType() === y.celType() ? x.celCompare(y) : undefined;
  if (order === undefined) throw $cel_noOverload(name, x, y);
  return name === "compareTo" ? order : name === "isLessThan" ? order < 0 : order > 0;
}

/** Integer `a / b`, truncated toward zero. */
function $cel_idiv(a: unknown, b: unknown): number {
  if (!$cel_isInt(a) || !$cel_isInt(b)) throw $cel_noOverload("_/_", a, b);
  if (b === 0) throw new Error("division by zero");
  return Math.trunc(a / b) + 0;
}

/** Double `a / b` (IEEE: division by zero is an infinity, not an error). */
function $cel_fdiv(a: unknown, b: unknown): number {
  if (typeof a !== "number" || typeof b !== "number") throw $cel_noOverload("_/_", a, b);
  return a / b;
}

/** `a / b` when the rule does not say int or double: integer division when both values are integers. */
function $cel_div(a: unknown, b: unknown): number {
  return $cel_isInt(a) && $cel_isInt(b) ? $cel_idiv(a, b) : $cel_fdiv(a, b);
}

/** `a % b`: integers only, the sign of `a` (truncated division). */
function $cel_mod(a: unknown, b: unknown): number {
  if (!$cel_isInt(a) || !$cel_isInt(b)) throw $cel_noOverload("_%_", a, b);
  if (b === 0) throw new Error("modulus by zero");
  return (a % b) + 0;
}

// specgen:strip-begin
// Internals of the generated file, exported here for this module's unit tests only.
export {
  $CelValue,
  $cel_hasOwnProperty,
  $cel_true,
  $cel_message,
  $cel_quoted,
  $cel_isMap,
  $cel_isList,
  $cel_isInt,
  $cel_typeName,
  $cel_noOverload,
  $cel_get,
  $cel_absent,
  $cel_has,
  $cel_index,
  $cel_map,
  $cel_eq,
  $cel_cmp,
  $cel_in,
  $cel_not,
  $cel_bool,
  $cel_and,
  $cel_or,
  $cel_neg,
  $cel_add,
  $cel_sub,
  $cel_mul,
  $cel_checkInt,
  $cel_orderMethod,
  $cel_idiv,
  $cel_fdiv,
  $cel_div,
  $cel_mod,
};
// specgen:strip-end
