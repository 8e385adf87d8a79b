// runtime/re2-linear.ts (the linear-time matcher) and runtime/re2-risk.ts (which patterns need it), imported
// directly. The matcher runs the translation of runtime/re2.ts; re2js (a port of Go's regexp) is the oracle for both
// whether a pattern matches and where the leftmost-first match is.
import fc from 'fast-check';
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { $re2_compile } from '../../runtime/re2-compile.js';
import { $re2_translate } from '../../runtime/re2.js';
import { $re2_linear, type $Re2Matcher } from '../../runtime/re2-matcher.js';
import { $re2_backtracks } from '../../runtime/re2-risk.js';
import { char, input, pattern } from './re2-grammar.js';

/** The linear matcher of a RE2 pattern (which must translate). */
function linear(re: string): $Re2Matcher {
  const translated = $re2_translate(re);
  if (!translated.ok) throw new Error(translated.message);
  return $re2_linear(translated.source);
}

/** Whether a RE2 pattern's translation takes the linear matcher. */
function backtracks(re: string): boolean {
  const translated = $re2_translate(re);
  if (!translated.ok) throw new Error(translated.message);
  return $re2_backtracks(translated.source);
}

/** re2js's leftmost-first match of `re` in `s` from `from`, or undefined. */
function oracleMatch(re: RE2JS, s: string, from: number): [number, number] | undefined {
  const m = re.matcher(s);
  return m.find(from) ? [m.start(), m.end()] : undefined;
}

/** Asserts that the linear matcher agrees with re2js on every input: match or not, and the match's place. */
function agree(re: string, inputs: readonly string[]): void {
  let oracle: RE2JS;
  try {
    oracle = RE2JS.compile(re);
  } catch {
    return; // Refused patterns are runtime/re2.ts's business (test/runtime/re2.test.ts).
  }
  const matcher = linear(re);
  for (const s of inputs) {
    const want = oracleMatch(oracle, s, 0);
    expect(matcher.test(s), `${JSON.stringify(re)}.test(${JSON.stringify(s)})`).toBe(want !== undefined);
    expect(matcher.match(s, 0), `${JSON.stringify(re)} in ${JSON.stringify(s)}`).toEqual(want);
  }
}

/** Gateway API's HTTPRoute header value pattern: V8 takes ~0.7 s on 26 letters and a newline, twice that per letter. */
const HEADER_VALUE = '^[!-~]+([\\t ]?[!-~]+)*$';

describe('the linear-time RE2 matcher', () => {
  it('is what a pattern that backtracks exponentially gets, and answers at once on the input that hangs V8', () => {
    // 60 letters: V8's backtracking would take 0.7 s × 2^34 (failed before: no linear matcher, the test timed out).
    const hostile = 'a'.repeat(60) + '\n';
    expect(backtracks(HEADER_VALUE)).toBe(true);
    const compiled = $re2_compile(HEADER_VALUE);
    expect(compiled).not.toBeInstanceOf(RegExp);
    expect(compiled.test(hostile)).toBe(false);
    expect(compiled.test('a b\tc')).toBe(true);
    expect(linear('(a+)+$').test('a'.repeat(5000) + '!')).toBe(false);
    expect(linear('(?:a|a)*b').test('a'.repeat(5000))).toBe(false);
  });

  it.each([
    [HEADER_VALUE, true],
    ['(a+)+', true],
    ['(a*)*', true],
    ['(?:a|ab)*c', true],
    ['^a*a*$', true],
    ['^(?:(?:|)a)*$', true],
    ['^([a-z0-9]+\\.)*[a-z0-9]+$', false],
    ['^(?i:k+)(?i:K+)$', true],
    ['[a-z]+x', true],
    ['^\\p{L}*\\p{Lu}*$', true],
    ['^[a-z]*[a-z0-9]*$', true],
    ['^\\p{L}+\\p{Lu}$', false],
    ['^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$', false],
    ['^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$', false],
    ['^[a-z0-9]+(?:[._-][a-z0-9]+)*:[^:@/%]+$', false],
    ['^[a-z]+$', false],
    ['[a-z]{1,63}', false],
    ['^\\s*[a-z]+\\s*$', false],
    ['^(?:[0-9]+[a-z])*$', false],
    ['abc|def', false],
    ['^.*$', false],
    ["^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$", false],
    ['(?:a{1,3})*b', true],
    ['^' + 'a?'.repeat(30) + 'a'.repeat(30) + '$', true],
    ['^(?:(?:a|a){8}){8}$', true],
    ['^([0-9]{1,5}(h|m|s|ms)){1,4}$', false],
    ['^(?:a{2})*$', false],
    ['^.{2,}|[^./]$', false],
    ['^.{2,}|[^./]+$', true],
    ['^[^/?#]*[^?#]*$', true],
    ['^(([a-z0-9]+\\.)*[a-z0-9]+|\\*)(:[0-9]{1,5})?$', false],
  ] as const)('%s takes the linear matcher: %s', (re, want) => {
    expect(backtracks(re)).toBe(want);
  });

  it.each([
    ['a|ab', ['ab', 'xab', 'b']],
    ['(?U)a+', ['aaa']],
    ['a+?b', ['aab']],
    ['(|a)*', ['aa']],
    ['(|a)+', ['aa']],
    ['(a|)*b', ['aab', 'b']],
    ['(?:a*)+?$', ['aa']],
    ['x*', ['😀x', '']],
    ['\\b', ['ab cd', '', '!']],
    ['\\B', ['ab', '😀', '']],
    ['(?m)^b$', ['a\nb\nc', 'a\r\nb']],
    ['[^a]', ['\ud800', '😀']],
    ['.', ['\ud83d\ude00', '\ud800a']],
    ['a{2,4}?', ['aaaaa']],
    ['(?:a{0,2}b?){2}', ['aabab']],
    [HEADER_VALUE, ['a b', 'a  b', 'a\tb\t', '\u00e9']],
  ] as const)('%s finds what re2js finds', (re, inputs) => agree(re, inputs));

  it('answers as re2js where its cached states would pass their bound (the Pike VM takes over)', () => {
    // (a|b)*a(a|b){11}: a DFA needs 2^12 states for the last 12 letters; the bound is 2,000.
    const letters = Array.from({ length: 6000 }, (_, i) => ((i * 7919) % 13 < 6 ? 'a' : 'b')).join('');
    agree('(?:a|b)*a(?:a|b){11}$', [letters, `${letters}c`, letters.slice(0, 11), `a${'b'.repeat(11)}`]);
    agree('(?:a|b)*a(?:a|b){11}$', [letters]);
  });

  it('agrees with re2js on patterns from a small RE2 grammar and random strings', () => {
    fc.assert(
      fc.property(pattern, fc.array(input(), { minLength: 1, maxLength: 6 }), (re, inputs) => agree(re, inputs)),
      { numRuns: 1500 },
    );
  });

  it('agrees with re2js on long repeats of a few characters', () => {
    const repeated = fc
      .tuple(fc.array(char, { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 40 }), input(3))
      .map(([unit, times, tail]) => unit.join('').repeat(times) + tail);
    fc.assert(
      fc.property(pattern, fc.array(repeated, { minLength: 1, maxLength: 3 }), (re, inputs) => agree(re, inputs)),
      { numRuns: 400 },
    );
  });

  it('leaves no pattern V8 backtracks on long to the RegExp: $re2_compile on long repeats answers (and as re2js)', () => {
    // A pattern the analysis wrongly left to V8 would hang here (60 repeats), failing by the test's timeout.
    const repeated = fc
      .tuple(fc.array(char, { minLength: 1, maxLength: 3 }), fc.integer({ min: 20, max: 60 }), input(2))
      .map(([unit, times, tail]) => unit.join('').repeat(times) + tail);
    fc.assert(
      fc.property(pattern, fc.array(repeated, { minLength: 1, maxLength: 3 }), (re, inputs) => {
        let oracle: RE2JS;
        try {
          oracle = RE2JS.compile(re);
        } catch {
          return;
        }
        const compiled = $re2_compile(re);
        for (const s of inputs) expect(compiled.test(s), `${re} on ${s}`).toBe(oracle.matcher(s).find());
      }),
      { numRuns: 1000 },
    );
  });

  it('finds every match from a given offset as re2js does', () => {
    fc.assert(
      fc.property(pattern, input(10), fc.nat(10), (re, s, from) => {
        let oracle: RE2JS;
        try {
          oracle = RE2JS.compile(re);
        } catch {
          return;
        }
        // Offsets inside a surrogate pair are never asked for (CEL's findAll moves by code points).
        if (from > s.length || (from > 0 && from < s.length && /[\udc00-\udfff]/.test(s[from]!))) return;
        expect(linear(re).match(s, from)).toEqual(oracleMatch(oracle, s, from));
      }),
      { numRuns: 500 },
    );
  });
});
