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

function $cel_isMap(x: unknown): x is Readonly<Record<string, unknown>> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
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
  }
  throw new Error(`no such key: ${k}`);
}

/** `has(x.k)`: Kubernetes treats a null (nullable) field as absent. */
function $cel_has(x: unknown, k: string): boolean {
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
  throw $cel_noOverload("_+_", a, b);
}

/** `a - b`. */
function $cel_sub(a: unknown, b: unknown): number {
  if (typeof a !== "number" || typeof b !== "number") throw $cel_noOverload("_-_", a, b);
  return a - b;
}

/** `a * b`. */
function $cel_mul(a: unknown, b: unknown): number {
  if (typeof a !== "number" || typeof b !== "number") throw $cel_noOverload("_*_", a, b);
  return a * b;
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

/** A string as code points (CEL strings are sequences of code points, not UTF-16 units). */
function $cel_chars(s: string): string[] {
  return Array.from(s);
}

/** True when a string has surrogate pairs: only then do code points and UTF-16 units differ, and need the slow path. */
function $cel_wide(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

/** `size(x)`: code points of a string, items of a list, keys of a map. */
function $cel_size(x: unknown): number {
  if (typeof x === "string") return $cel_wide(x) ? $cel_chars(x).length : x.length;
  if ($cel_isList(x)) return x.length;
  if ($cel_isMap(x)) return Object.keys(x).length;
  throw $cel_noOverload("size", x);
}

/** `s.startsWith(t)`. */
function $cel_startsWith(s: unknown, t: unknown): boolean {
  if (typeof s !== "string" || typeof t !== "string") throw $cel_noOverload("startsWith", s, t);
  return s.startsWith(t);
}

/** `s.endsWith(t)`. */
function $cel_endsWith(s: unknown, t: unknown): boolean {
  if (typeof s !== "string" || typeof t !== "string") throw $cel_noOverload("endsWith", s, t);
  return s.endsWith(t);
}

/** `s.contains(t)`. */
function $cel_contains(s: unknown, t: unknown): boolean {
  if (typeof s !== "string" || typeof t !== "string") throw $cel_noOverload("contains", s, t);
  return s.includes(t);
}

/** `s.matches(re)`: an unanchored RE2 search; a leading `(?ims)` flag group becomes JavaScript flags. */
function $cel_matches(s: unknown, re: unknown): boolean {
  if (typeof s !== "string" || typeof re !== "string") throw $cel_noOverload("matches", s, re);
  const flags = /^\(\?([ims]+)\)/.exec(re);
  const pattern = flags === null ? re : re.slice(flags[0].length);
  return new RegExp(pattern, `u${[...new Set(flags?.[1] ?? "")].join("")}`).test(s);
}

/** The first position of `sub` in `chars` at or after `from` (`step` 1) or at or before it (`step` -1), or -1. */
function $cel_find(chars: readonly string[], sub: readonly string[], from: number, step: 1 | -1): number {
  // Searching backwards starts where a match still fits; forwards, `from` past that point simply finds nothing.
  const start = step === -1 ? Math.min(from, chars.length - sub.length) : from;
  for (let i = start; i >= 0 && i + sub.length <= chars.length; i += step) {
    let found = true;
    for (let j = 0; j < sub.length && found; j++) found = chars[i + j] === sub[j];
    if (found) return i;
  }
  return -1;
}

/** `s.indexOf(t)`, `s.indexOf(t, from)`, in code points. */
function $cel_indexOf(s: unknown, t: unknown, from: unknown = 0): number {
  if (typeof s !== "string" || typeof t !== "string" || !$cel_isInt(from)) throw $cel_noOverload("indexOf", s, t, from);
  if (!$cel_wide(s) && !$cel_wide(t)) {
    // Without surrogates a code point is one UTF-16 unit: the native search gives the same answer, with no copies.
    if (from < 0 || from > s.length) throw new Error(`index out of range: ${from}`);
    return s.indexOf(t, from);
  }
  const chars = $cel_chars(s);
  if (from < 0 || from > chars.length) throw new Error(`index out of range: ${from}`);
  return $cel_find(chars, $cel_chars(t), from, 1);
}

/** `s.lastIndexOf(t)`, `s.lastIndexOf(t, from)`, in code points. */
function $cel_lastIndexOf(s: unknown, t: unknown, from?: unknown): number {
  if (typeof s !== "string" || typeof t !== "string") throw $cel_noOverload("lastIndexOf", s, t, from);
  const chars = $cel_chars(s);
  const start = from === undefined ? chars.length : from;
  if (!$cel_isInt(start)) throw $cel_noOverload("lastIndexOf", s, t, from);
  if (start < 0 || start > chars.length) throw new Error(`index out of range: ${start}`);
  return $cel_find(chars, $cel_chars(t), start, -1);
}

/** `s.substring(start)`, `s.substring(start, end)`, in code points; out of range is an error. */
function $cel_substring(s: unknown, start: unknown, end?: unknown): string {
  if (typeof s !== "string") throw $cel_noOverload("substring", s, start, end);
  const chars = $cel_wide(s) ? $cel_chars(s) : s;
  const stop = end === undefined ? chars.length : end;
  if (!$cel_isInt(start) || !$cel_isInt(stop)) throw $cel_noOverload("substring", s, start, end);
  if (start < 0 || start > chars.length) throw new Error(`index out of range: ${start}`);
  if (stop < 0 || stop > chars.length) throw new Error(`index out of range: ${stop}`);
  if (start > stop) throw new Error(`invalid substring range. start: ${start}, end: ${stop}`);
  return typeof chars === "string" ? chars.slice(start, stop) : chars.slice(start, stop).join("");
}

/** `s.split(sep)`, `s.split(sep, n)`, as Go's strings.SplitN (an empty separator splits into code points). */
function $cel_split(s: unknown, sep: unknown, n: unknown = -1): string[] {
  if (typeof s !== "string" || typeof sep !== "string" || !$cel_isInt(n)) throw $cel_noOverload("split", s, sep, n);
  if (n === 0) return [];
  const parts = sep === "" ? $cel_chars(s) : s.split(sep);
  if (n < 0 || parts.length <= n) return parts;
  return [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
}

/** `s.lowerAscii()`: only A-Z change. */
function $cel_lowerAscii(s: unknown): string {
  if (typeof s !== "string") throw $cel_noOverload("lowerAscii", s);
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/** `s.upperAscii()`: only a-z change. */
function $cel_upperAscii(s: unknown): string {
  if (typeof s !== "string") throw $cel_noOverload("upperAscii", s);
  return s.replace(/[a-z]+/g, (m) => m.toUpperCase());
}

/** `s.trim()`: Unicode white space as Go's unicode.IsSpace has it (JavaScript's trim also strips U+FEFF, Go's does not). */
function $cel_trim(s: unknown): string {
  if (typeof s !== "string") throw $cel_noOverload("trim", s);
  return s.replace(
    /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g,
    "",
  );
}

/** `s.replace(old, new)`, `s.replace(old, new, n)`, as Go's strings.Replace; no `$` patterns in the replacement. */
function $cel_replace(s: unknown, from: unknown, to: unknown, n: unknown = -1): string {
  if (typeof s !== "string" || typeof from !== "string" || typeof to !== "string" || !$cel_isInt(n))
    throw $cel_noOverload("replace", s, from, to, n);
  if (from === "") {
    // An empty pattern matches before every code point and at the end.
    const chars = $cel_chars(s);
    let out = "";
    for (let i = 0; i <= chars.length; i++) out += (n < 0 || i < n ? to : "") + (chars[i] ?? "");
    return out;
  }
  const parts = s.split(from);
  if (n < 0 || n >= parts.length - 1) return parts.join(to);
  return `${parts.slice(0, n + 1).join(to)}${from}${parts.slice(n + 1).join(from)}`;
}

/** `list.join()`, `list.join(sep)`: a list of strings only. */
function $cel_join(x: unknown, sep: unknown = ""): string {
  if (!$cel_isList(x) || typeof sep !== "string") throw $cel_noOverload("join", x, sep);
  return x
    .map((item) => {
      if (typeof item !== "string") throw $cel_noOverload("join", item);
      return item;
    })
    .join(sep);
}

/** `int(x)`: a number truncated toward zero, or a base-10 string; out of range is an error. */
function $cel_int(x: unknown): number {
  const n =
    typeof x === "number" ? Math.trunc(x) : typeof x === "string" && /^[+-]?[0-9]+$/.test(x) ? Number(x) : undefined;
  if (n === undefined) throw $cel_noOverload("int", x);
  if (!Number.isSafeInteger(n)) throw new Error("int conversion out of range");
  return n + 0;
}

/** `double(x)`: a number, or a string as Go's strconv.ParseFloat reads decimal, Inf and NaN. */
function $cel_double(x: unknown): number {
  if (typeof x === "number") return x;
  if (typeof x === "string") {
    if (/^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/.test(x)) {
      const n = Number(x);
      if (Number.isFinite(n)) return n;
      throw new Error("double conversion out of range");
    }
    if (/^[+-]?inf(?:inity)?$/i.test(x)) return x.startsWith("-") ? -Infinity : Infinity;
    if (/^nan$/i.test(x)) return NaN;
    throw new Error(`cannot convert "${x}" to double`);
  }
  throw $cel_noOverload("double", x);
}

/** `string(x)`; `double` says the rule typed it as a double, which Go formats with %g (`1e+06`). */
function $cel_string(x: unknown, double: boolean): string {
  if (typeof x === "string") return x;
  if (typeof x === "boolean") return x ? "true" : "false";
  if (typeof x !== "number") throw $cel_noOverload("string", x);
  if (!double && Number.isSafeInteger(x)) return String(x + 0);
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "+Inf" : "-Inf";
  if (x === 0) return Object.is(x, -0) ? "-0" : "0";
  // The shortest digits that round-trip, with Go's %g rule: exponent form when the exponent is below -4 or at least 6.
  const [digits = "", power = "0"] = x.toExponential().split("e");
  const exponent = Number(power);
  if (exponent >= -4 && exponent < 6) return String(x);
  return `${digits}e${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
}

/** The items a comprehension ranges over: a list's items or a map's keys. */
function $cel_range(x: unknown, name: string): readonly unknown[] {
  if ($cel_isList(x)) return x;
  if ($cel_isMap(x)) return Object.keys(x);
  throw $cel_noOverload(name, x);
}

/** `x.all(v, p)`: any false wins over errors, as with `&&`. */
function $cel_all(x: unknown, p: (v: unknown) => unknown): boolean {
  return $cel_and($cel_range(x, "all").map((v) => () => p(v)));
}

/** `x.exists(v, p)`: any true wins over errors, as with `||`. */
function $cel_exists(x: unknown, p: (v: unknown) => unknown): boolean {
  return $cel_or($cel_range(x, "exists").map((v) => () => p(v)));
}

/** `x.exists_one(v, p)`: exactly one true; an error anywhere is an error. */
function $cel_exists_one(x: unknown, p: (v: unknown) => unknown): boolean {
  let count = 0;
  for (const v of $cel_range(x, "exists_one")) if ($cel_bool(p(v))) count++;
  return count === 1;
}

/** `x.map(v, f)`: a new list. */
function $cel_map_list(x: unknown, f: (v: unknown) => unknown): unknown[] {
  return $cel_range(x, "map").map((v) => f(v));
}

/** `x.filter(v, p)`: a new list of the items for which `p` is true. */
function $cel_filter(x: unknown, p: (v: unknown) => unknown): unknown[] {
  return $cel_range(x, "filter").filter((v) => $cel_bool(p(v)));
}

/** `x.map(v, p, f)`: filter by `p`, then map by `f`. */
function $cel_filter_map(x: unknown, p: (v: unknown) => unknown, f: (v: unknown) => unknown): unknown[] {
  return $cel_filter(x, p).map((v) => f(v));
}

// specgen:strip-begin
// Internals of the generated file, exported here for this module's unit tests only.
export {
  $cel_hasOwnProperty,
  $cel_true,
  $cel_isMap,
  $cel_isList,
  $cel_isInt,
  $cel_typeName,
  $cel_noOverload,
  $cel_get,
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
  $cel_idiv,
  $cel_fdiv,
  $cel_div,
  $cel_mod,
  $cel_chars,
  $cel_wide,
  $cel_size,
  $cel_startsWith,
  $cel_endsWith,
  $cel_contains,
  $cel_matches,
  $cel_find,
  $cel_indexOf,
  $cel_lastIndexOf,
  $cel_substring,
  $cel_split,
  $cel_lowerAscii,
  $cel_upperAscii,
  $cel_trim,
  $cel_replace,
  $cel_join,
  $cel_int,
  $cel_double,
  $cel_string,
  $cel_range,
  $cel_all,
  $cel_exists,
  $cel_exists_one,
  $cel_map_list,
  $cel_filter,
  $cel_filter_map,
  $cel_message,
};
// specgen:strip-end
