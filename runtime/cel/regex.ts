// specgen:strip-begin
// cel-go's regex extension as Kubernetes enables it (apiserver pkg/cel/library/regex.go): `s.find(re)`,
// `s.findAll(re)`, `s.findAll(re, n)`. Patterns are RE2, translated by runtime/re2.ts (which validators.hbs includes
// with the CEL runtime), as `matches` does.
import { $cel_noOverload } from "../cel.js";
import { $re2_compile } from "../re2-compile.js";

// specgen:strip-end
/** `s.find(re)`: the leftmost match, or `""`. */
function $cel_find_regex(s: unknown, re: unknown): string {
  if (typeof s !== "string" || typeof re !== "string") throw $cel_noOverload("find", s, re);
  const found = $re2_compile(re).match(s, 0);
  return found === undefined ? "" : s.slice(found[0], found[1]);
}

/** `s.findAll(re)`, `s.findAll(re, n)`: the non-overlapping matches, at most `n` when `n >= 0`. */
function $cel_findAll(s: unknown, re: unknown, n: unknown = -1): string[] {
  if (typeof s !== "string" || typeof re !== "string" || typeof n !== "number" || !Number.isInteger(n))
    throw $cel_noOverload("findAll", s, re, n);
  const out: string[] = [];
  const matcher = $re2_compile(re);
  for (let at = 0; (n < 0 || out.length < n) && at <= s.length;) {
    const found = matcher.match(s, at);
    if (found === undefined) break;
    out.push(s.slice(found[0], found[1]));
    // An empty match must not match again at the same place (RE2 moves on by one code point).
    at = found[1] > found[0] ? found[1] : found[1] + ((s.codePointAt(found[1]) ?? 0) > 0xffff ? 2 : 1);
  }
  return out;
}

// specgen:strip-begin
export { $cel_find_regex, $cel_findAll };
// specgen:strip-end
