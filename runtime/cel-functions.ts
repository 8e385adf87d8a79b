// specgen:strip-begin
// The CEL runtime's functions and macros (strings, conversions, comprehensions), included after runtime/cel.ts.
import {
  $CelValue,
  $cel_and,
  $cel_bool,
  $cel_eq,
  $cel_isInt,
  $cel_isList,
  $cel_isMap,
  $cel_noOverload,
  $cel_or,
  $cel_typeName,
} from "./cel.js";
import { $re2_compile } from "./re2-compile.js";

// specgen:strip-end
/** A string as code points (CEL strings are sequences of code points, not UTF-16 units). */
function $cel_chars(s: string): string[] {
  return Array.from(s);
}

/** Any surrogate code unit (a regular expression scans about three times faster than a charCodeAt loop). */
const $cel_surrogate = /[\ud800-\udfff]/;

/** True when a string has surrogate pairs: only then do code points and UTF-16 units differ, and need the slow path. */
function $cel_wide(s: string): boolean {
  return $cel_surrogate.test(s);
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

/** `s.matches(re)`: an unanchored RE2 search (runtime/re2.ts translates Go's syntax and semantics). */
function $cel_matches(s: unknown, re: unknown): boolean {
  if (typeof s !== "string" || typeof re !== "string") throw $cel_noOverload("matches", s, re);
  return $re2_compile(re).test(s);
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

/** `s.indexOf(t)`, `s.indexOf(t, from)`, in code points; `list.indexOf(x)` (Kubernetes' list library). */
function $cel_indexOf(s: unknown, t: unknown, from: unknown = 0): number {
  if ($cel_isList(s) && from === 0) return s.findIndex((item) => $cel_eq(item, t));
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

/** `s.lastIndexOf(t)`, `s.lastIndexOf(t, from)`, in code points; `list.lastIndexOf(x)`. */
function $cel_lastIndexOf(s: unknown, t: unknown, from?: unknown): number {
  if ($cel_isList(s) && from === undefined) {
    for (let i = s.length - 1; i >= 0; i--) if ($cel_eq(s[i], t)) return i;
    return -1;
  }
  if (typeof s !== "string" || typeof t !== "string") throw $cel_noOverload("lastIndexOf", s, t, from);
  if (!$cel_wide(s) && !$cel_wide(t)) {
    // As indexOf: without surrogates the native search gives the same answer, with no copies.
    const at = from === undefined ? s.length : from;
    if (!$cel_isInt(at)) throw $cel_noOverload("lastIndexOf", s, t, from);
    if (at < 0 || at > s.length) throw new Error(`index out of range: ${at}`);
    return s.lastIndexOf(t, at);
  }
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

/** `int(x)`: a number truncated toward zero, a base-10 string, a timestamp's seconds; out of range is an error. */
function $cel_int(x: unknown): number {
  if (x instanceof $CelValue) {
    const n = x.celInt();
    if (n === undefined) throw $cel_noOverload("int", x);
    return n;
  }
  const n =
    typeof x === "number" ? Math.trunc(x) : typeof x === "string" && /^[+-]?[0-9]+$/.test(x) ? Number(x) : undefined;
  if (n === undefined) throw $cel_noOverload("int", x);
  if (!Number.isSafeInteger(n)) throw new Error("int conversion out of range");
  return n + 0;
}

/** `uint(x)`: as `int(x)`, never negative. */
function $cel_uint(x: unknown): number {
  const n = $cel_int(x);
  if (n < 0) throw new Error("uint conversion out of range");
  return n;
}

/** `bool(x)`: a bool, or a string as Go's strconv.ParseBool reads it. */
function $cel_toBool(x: unknown): boolean {
  if (typeof x === "boolean") return x;
  if (typeof x === "string") {
    if (["1", "t", "T", "TRUE", "true", "True"].includes(x)) return true;
    if (["0", "f", "F", "FALSE", "false", "False"].includes(x)) return false;
    throw new Error(`cannot convert "${x}" to bool`);
  }
  throw $cel_noOverload("bool", x);
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
  const text = x instanceof $CelValue ? x.celString() : undefined;
  if (text !== undefined) return text;
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
  $cel_uint,
  $cel_toBool,
  $cel_double,
  $cel_string,
  $cel_range,
  $cel_all,
  $cel_exists,
  $cel_exists_one,
  $cel_map_list,
  $cel_filter,
  $cel_filter_map,
};
// specgen:strip-end
