// The rules' fast path reads the fields a rule selects directly, with the schema defaults folded into the reads
// (generator/print/guard/cel-reads.ts), instead of evaluating the rule on a defaulted copy. This checks it against
// the exact semantics it replaces: each rule compiled exactly (test/support/cel.ts) and run on `defaultGizmo(value)`,
// over random values of every shape the schema allows (fields absent, null, set, defaulted or not).
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileCel } from './support/cel.js';
import { liveValidators, type LiveValidators } from './support/live-validators.js';
import { repoPath } from './support/pipeline.js';

/** The CRD's spec rules and message, in order (test/fixtures/cel-direct-reads/gizmos.crd.yaml). */
const SPEC_RULES: readonly (readonly [string, string])[] = [
  ["!has(self.tier) || self.tier != 'broken'", 'tier may not be broken'],
  ["self.tier == 'bronze' || self.size > 0", 'a tier above bronze needs a size'],
  ["!has(self.limits) || self.limits.cpu != 'none'", 'limits need a cpu'],
  ['has(self.limits.cpu) == has(self.limits.memory)', 'cpu and memory go together'],
  ["!has(self.ports) || self.ports.all(p, p.protocol != 'UDP')", 'no UDP ports'],
  ["!has(self.constructor) || self.constructor != 'x'", 'constructor may not be x'],
];
const PORT_RULE = ["self.protocol != 'SCTP' || self.name.startsWith('s')", 'SCTP ports are named s...'] as const;

/** What the server reports for a rule on a value: nothing, its message, or the evaluation error. */
function expectedError(rule: string, message: string, self: unknown, path: string): string | undefined {
  const run = compileCel(rule);
  if (typeof run !== 'function') throw new Error(run.error);
  try {
    return run(self) === true ? undefined : `${path}: Invalid value: "object": ${message}`;
  } catch (error) {
    return `${path}: Invalid value: "object": ${(error as Error).message} evaluating rule: ${message}`;
  }
}

/** A field absent, null, or one of `values`. */
const field = <T>(values: fc.Arbitrary<T>) =>
  fc.oneof(fc.constant(undefined), fc.constant(null), values) as fc.Arbitrary<T | null | undefined>;

/** An object of the given fields, each left out when undefined. */
const record = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  fc.record(fields).map((value) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)));

const word = fc.constantFrom('bronze', 'silver', 'broken', 'none', 'one', 'x', 'TCP', 'UDP', 'SCTP', 'sctp-a', '');
const spec = record({
  tier: field(word),
  size: field(fc.integer({ min: -2, max: 2 })),
  limits: field(record({ cpu: field(word), memory: field(word) })),
  ports: field(fc.array(record({ name: field(word), protocol: field(word) }), { maxLength: 3 })),
  constructor: field(word),
});
const gizmo = record({
  apiVersion: fc.constant('example.com/v1'),
  kind: fc.constant('Gizmo'),
  metadata: fc.constant({ name: 'g' }),
  spec: field(spec),
});

describe('CEL rules read defaulted fields directly', () => {
  let live: LiveValidators;
  let defaultGizmo: (value: unknown) => unknown;
  beforeAll(async () => {
    live = await liveValidators(repoPath('test/fixtures/cel-direct-reads/gizmos.crd.yaml'));
    defaultGizmo = live.exports['defaultGizmo'] as (value: unknown) => unknown;
  }, 120_000);

  it('reports what the rules report on the defaulted copy, for every shape of value', () => {
    fc.assert(
      fc.property(gizmo, (value) => {
        const result = live.validate('Gizmo', value, { mode: 'request' });
        const errors = result.valid ? [] : result.errors;
        // Rules run on values whose shape is valid: compare where no other error was reported.
        const messages = new Set([...SPEC_RULES, PORT_RULE].map(([, message]) => message));
        const ruleErrors = errors.filter((error) => [...messages].some((message) => error.message.endsWith(message)));
        fc.pre(ruleErrors.length === errors.length);
        const defaulted = defaultGizmo(value) as { spec?: { ports?: unknown } | null };
        const expected: string[] = [];
        const self = defaulted.spec;
        if (self !== undefined && self !== null) {
          if (Array.isArray(self.ports))
            self.ports.forEach((port, i) => {
              const error = expectedError(PORT_RULE[0], PORT_RULE[1], port, `spec.ports[${i}]`);
              if (error !== undefined) expected.push(error);
            });
          // A rule runs where the value's shape is valid, which includes the rules below it.
          if (expected.length === 0)
            for (const [rule, message] of SPEC_RULES) {
              const error = expectedError(rule, message, self, 'spec');
              if (error !== undefined) expected.push(error);
            }
        }
        expect(ruleErrors.map((error) => error.message).sort()).toEqual(expected.sort());
        expect(live.is('Gizmo', value, { mode: 'request' })).toBe(result.valid);
      }),
      { numRuns: 3000, seed: 1612 },
    );
  });

  it('leaves a field found only on the prototype to the exact evaluation', () => {
    const inherited = Object.assign(Object.create({ tier: 'broken' }) as object, { size: 1 });
    const exact = expectedError(SPEC_RULES[0]![0], SPEC_RULES[0]![1], defaultGizmo({ spec: inherited }), 'spec');
    const result = live.validate('Gizmo', { spec: inherited }, { mode: 'request' });
    const reported = result.valid ? [] : result.errors.map((error) => error.message);
    expect(reported.filter((error) => error.includes('tier may not be broken'))).toEqual(
      exact === undefined ? [] : [exact],
    );
  });
});
