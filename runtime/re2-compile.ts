// specgen:strip-begin
// How CEL's `matches`, `find` and `findAll` get their matcher (runtime/cel-functions.ts, runtime/cel/regex.ts): the
// literal patterns of the API's rules were translated by the generator and are constants of the generated module
// (`$re2_literals`, print/guard.ts); any other pattern is translated when the rule runs (`$re2_dynamic`: from
// runtime/re2.ts where some rule computes its pattern, else runtime/re2-static.ts). Nothing is cached at run time.
import { $re2_dynamic, $re2_translate } from "./re2.js";
import { $re2_linear, $re2_regexMatcher, type $Re2Matcher } from "./re2-matcher.js";
import { $re2_backtracks } from "./re2-risk.js";

// Stand-in for the constant validators.ts declares (print/guard.ts): each literal pattern of the API's rules as the
// generator prepares it (the analysis of runtime/re2-risk.ts, which generated packages do not carry, chooses the
// RegExp or the linear-time matcher). Here every pattern is prepared that way when asked.
const $re2_literals = {
  get: (pattern: string): $Re2Matcher | string => {
    const translated = $re2_translate(pattern);
    if (!translated.ok) return translated.message;
    return $re2_backtracks(translated.source) ? $re2_linear(translated.source) : $re2_regexMatcher(translated.source);
  },
};
// specgen:strip-end

/**
 * How the generator left a literal pattern: for a RegExp (0), for the linear-time matcher (1), or refused (2); for a
 * RegExp, also the source without flags where that tests the same strings (generator/print/guard/plain-regex.ts).
 */
type $Re2Literal = readonly [pattern: string, use: 0 | 1 | 2, sourceOrMessage: string, plain?: string];

/**
 * The matchers of the literal patterns of the API's rules, by pattern: what `$re2_literals` is made from when the
 * generated module loads (from the generator's table, `$re2_literalTable`), never changed afterwards.
 */
function $re2_prepare(table: readonly $Re2Literal[]): ReadonlyMap<string, $Re2Matcher | string> {
  return new Map(
    table.map(([pattern, use, text, plain]) => [
      pattern,
      use === 0 ? $re2_regexMatcher(text, plain) : use === 1 ? $re2_linear(text) : text,
    ]),
  );
}

/**
 * A RE2 pattern as a matcher: the generator's for a literal pattern of the API's rules (an equivalent JavaScript
 * RegExp with the `v` flag where V8 cannot backtrack on it for long, else the linear-time matcher), else translated
 * now to the linear-time matcher; throws an Error with Go's message for a pattern Go refuses, or one saying why it has
 * no JavaScript equivalent.
 */
function $re2_compile(pattern: string): $Re2Matcher {
  const compiled = $re2_literals.get(pattern) ?? $re2_dynamic(pattern);
  if (typeof compiled === "string") throw new Error(compiled);
  return compiled;
}

// specgen:strip-begin
// Internals of the generated file, exported here for the unit tests only.
export { $re2_compile, $re2_prepare, type $Re2Literal };
// specgen:strip-end
