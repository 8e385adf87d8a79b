// specgen:strip-begin
// cel-go's regex extension as Kubernetes enables it (apiserver pkg/cel/library/regex.go): `s.find(re)`,
// `s.findAll(re)`, `s.findAll(re, n)`. Patterns are RE2, translated by runtime/re2.ts (which validators.hbs includes
// with the CEL runtime), as `matches` does.
import { $cel_noOverload } from "../cel.js";
import { $re2_compile } from "../re2.js";

// specgen:strip-end
/** A CEL (RE2) pattern as a global JavaScript RegExp, for successive matches. */
function $cel_regex(re: string): RegExp {
  const compiled = $re2_compile(re);
  return new RegExp(compiled.source, `g${compiled.flags}`);
}

/** `s.find(re)`: the leftmost match, or `""`. */
function $cel_find_regex(s: unknown, re: unknown): string {
  if (typeof s !== "string" || typeof re !== "string") throw $cel_noOverload("find", s, re);
  return $cel_regex(re).exec(s)?.[0] ?? "";
}

/** `s.findAll(re)`, `s.findAll(re, n)`: the non-overlapping matches, at most `n` when `n >= 0`. */
function $cel_findAll(s: unknown, re: unknown, n: unknown = -1): string[] {
  if (typeof s !== "string" || typeof re !== "string" || typeof n !== "number" || !Number.isInteger(n))
    throw $cel_noOverload("findAll", s, re, n);
  const out: string[] = [];
  const pattern = $cel_regex(re);
  for (let m = pattern.exec(s); m !== null && (n < 0 || out.length < n); m = pattern.exec(s)) {
    out.push(m[0]);
    // An empty match must not match again at the same place (RE2 moves on by one code point).
    if (m[0] === "") pattern.lastIndex += (s.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return out;
}

// specgen:strip-begin
export { $cel_regex, $cel_find_regex, $cel_findAll };
// specgen:strip-end
