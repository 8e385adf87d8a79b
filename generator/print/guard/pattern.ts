/**
 * How generated code tests a spec's `pattern` (and `patternProperties` keys, and patterns a job's `formats` gives):
 * as RE2 on Kubernetes APIs, where the API server runs Go's regexp, translated to JavaScript by generator/re2.ts; as
 * ECMA-262 elsewhere (JSON Schema's dialect). A RE2 pattern with no JavaScript equivalent, or one Go refuses, fails
 * closed: every value is reported invalid, never silently accepted (parse warns at its place: generator/parse/re2.ts).
 * A RE2 translation V8 could backtrack on for more than linear time (runtime/re2-risk.ts) runs on the linear-time
 * matcher instead (`$re2_linear`, runtime/re2-linear.ts, which validators.hbs then includes), as RE2 promises.
 */
import { createRe2 } from '../../re2.js';
import { printString } from '../literal.js';
import type { Emitter } from './context.js';
import { plainRegexSource } from './plain-regex.js';

/** A pattern test: a module constant holding the RegExp, a refusal (fail closed), or unchecked (ECMA, warned). */
export type PatternTest =
  | { readonly kind: 'regex'; readonly name: string }
  | { readonly kind: 'refused'; readonly message: string }
  | { readonly kind: 'unchecked' };

/** The runtime function a constant of the linear-time matcher calls (the one a RegExp would backtrack on). */
export const LINEAR_MATCHER = '$re2_linear';

/** The test of `pattern` for this API's dialect. */
export function patternTest(pattern: string, emitter: Emitter): PatternTest {
  if (emitter.options.kubernetes !== true) {
    const regex = compilePattern(pattern);
    return regex === undefined ? { kind: 'unchecked' } : { kind: 'regex', name: emitter.constant('re', regex) };
  }
  const translated = (emitter.options.regex ?? createRe2()).translate(pattern);
  if (translated.ok)
    return {
      kind: 'regex',
      name: emitter.constant(
        're',
        translated.backtracks
          ? `${LINEAR_MATCHER}(${printString(translated.source)})`
          : regexConstant(translated.source),
      ),
    };
  return {
    kind: 'refused',
    message: `cannot be checked: the pattern ${pattern} ${translated.invalid ? 'is not valid RE2' : 'has no JavaScript equivalent'} (${translated.message})`,
  };
}

/**
 * The RegExp of a translation: without flags where that matches the same strings (plain-regex.ts; V8 tests it faster),
 * else with the `v` flag the translation is written for.
 */
function regexConstant(source: string): string {
  const plain = plainRegexSource(source);
  return plain === undefined ? `new RegExp(${printString(source)}, "v")` : `new RegExp(${printString(plain)})`;
}

/** A JavaScript regular expression literal for an ECMA-262 spec pattern, or undefined when it does not compile. */
export function compilePattern(pattern: string): string | undefined {
  for (const flags of ['u', '']) {
    try {
      new RegExp(pattern, flags);
      return `new RegExp(${printString(pattern)}, ${printString(flags)})`;
    } catch {
      // Try the next flag set: some valid ECMA-262 patterns (e.g. `\-` escapes) are rejected only in unicode mode.
    }
  }
  return undefined;
}
