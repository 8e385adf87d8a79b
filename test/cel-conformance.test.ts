// CEL's own conformance data (cel-spec's simple tests, from @bufbuild/cel-spec) against specgen's CEL compiler and
// runtime. Which cases apply, and why the rest do not, is written in test/cel/conformance-skips.md.
import { describe, expect, it } from 'vitest';
import { conformanceCases, readSkipList, ruleSkip, runCase, SUITES } from './cel/conformance-runner.js';

const cases = conformanceCases();
const skips = readSkipList();
const applicable = cases.filter((test) => ruleSkip(test) === undefined && !skips.named.has(test.id));

describe('CEL conformance (cel-spec v0.25.1 via @bufbuild/cel-spec)', () => {
  it('loads every suite it runs', () => {
    for (const suite of SUITES)
      expect(
        cases.some((test) => test.id.startsWith(`${suite}/`)),
        suite,
      ).toBe(true);
    expect(applicable.length).toBeGreaterThan(950);
  });

  it('passes every applicable case', () => {
    const failures = applicable.flatMap((test) => {
      const outcome = runCase(test);
      return outcome.kind === 'fail' ? [`${test.id}: ${test.expr} → ${outcome.detail}`] : [];
    });
    expect(failures).toEqual([]);
  });

  it('skips by name only cases that exist and still fail', () => {
    const byId = new Map(cases.map((test) => [test.id, test]));
    for (const [id] of skips.named) {
      const test = byId.get(id);
      expect(test, `${id} is not a conformance case`).toBeDefined();
      expect(ruleSkip(test!), `${id} is already kept out by a rule`).toBeUndefined();
      expect(runCase(test!).kind, `${id} passes now: take it off the skip list`).toBe('fail');
    }
  });
});
