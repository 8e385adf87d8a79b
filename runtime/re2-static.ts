// specgen:strip-begin
// `$re2_dynamic` for the packages whose CEL rules pass only literal patterns to `matches`, `find` and `findAll`: the
// generator translated every one (`$re2_literals`), so the package carries no translator (runtime/re2.ts and its
// case-folding table) and this is never reached; were it reached, the rule fails to evaluate rather than pass.
import type { $Re2Matcher } from "./re2-matcher.js";

// specgen:strip-end
/** No translator here: a pattern that is no literal of the API's rules is an evaluation error (never a pass). */
function $re2_dynamic(pattern: string): $Re2Matcher | string {
  return `the pattern ${JSON.stringify(pattern)} is not a literal of the API's rules and this package has no RE2 translator`;
}

// specgen:strip-begin
export { $re2_dynamic };
// specgen:strip-end
