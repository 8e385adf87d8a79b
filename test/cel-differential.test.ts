// specgen's compiled CEL against @bufbuild/cel, a CEL evaluator written independently of ours, on random expressions
// and random `self` values (test/cel/differential-arbitraries.ts). The result must be the same value, or an error on
// both sides. Where @bufbuild/cel departs from cel-go (which the API server runs), specgen follows cel-go and the
// departure is written down in test/cel/bufbuild-deviations.md.
import { type CelInput, isCelError, isCelList, isCelMap, run } from '@bufbuild/cel';
import { strings } from '@bufbuild/cel/ext';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expressionArbitrary, selfArbitrary } from './cel/differential-arbitraries.js';
import { same } from './cel/conformance-runner.js';
import { compileCel } from './support/cel.js';

/** @bufbuild/cel's result as a JSON-like value (ints as numbers), or `error`. */
export function reference(expression: string, self: CelInput): { value: unknown } | 'error' {
  try {
    const result = run(expression, { self }, { funcs: strings });
    return isCelError(result) ? 'error' : { value: plain(result) };
  } catch {
    return 'error';
  }
}

function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (isCelList(value)) return [...value].map(plain);
  if (isCelMap(value)) return Object.fromEntries([...value].map(([k, v]) => [String(k), plain(v)]));
  return value;
}

/** specgen's result, run as validators run a rule: the fast form first, the exact form when it throws. */
export function ours(expression: string, self: unknown): { value: unknown } | 'error' {
  const exact = compileCel(expression);
  const fast = compileCel(expression, true);
  if (typeof exact !== 'function' || typeof fast !== 'function') throw new Error(`does not compile: ${expression}`);
  try {
    return { value: fast(self) };
  } catch {
    try {
      return { value: exact(self) };
    } catch {
      return 'error';
    }
  }
}

describe('CEL differential: specgen vs @bufbuild/cel', () => {
  it('gives the same value or an error on both sides', () => {
    fc.assert(
      fc.property(expressionArbitrary, selfArbitrary, (expression, self) => {
        const want = reference(expression, self.typed);
        const got = ours(expression, self.json);
        if (want === 'error' || got === 'error') {
          expect(got === 'error' ? 'error' : got, `${expression} on ${JSON.stringify(self.json)}`).toEqual(
            want === 'error' ? 'error' : want,
          );
          return;
        }
        expect(
          same(got.value, want.value),
          `${expression} on ${JSON.stringify(self.json)}: got ${JSON.stringify(got.value)}, want ${JSON.stringify(want.value)}`,
        ).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
