// CEL rules in generated validators: the Kubernetes libraries work end to end (runtime/cel/*.ts included as the rules
// need them), and no rule is ever skipped silently: a rule the compiler refuses is a warning naming its JSON
// pointer and the reason.
import { beforeAll, describe, expect, it } from 'vitest';
import { type LiveValidators, liveValidators } from './support/live-validators.js';

const SPEC = 'test/fixtures/cel/libraries.openapi.yaml';

describe('CEL libraries in generated validators', () => {
  let live: LiveValidators;
  beforeAll(async () => {
    live = await liveValidators(SPEC);
  });

  const messages = (value: unknown) => {
    const result = live.validate('Workload', value);
    return result.valid ? [] : result.errors.map((error) => error.message);
  };

  it('passes a valid object', () => {
    expect(
      messages({
        cpu: '500m',
        limit: '1',
        podCIDR: '10.0.0.0/16',
        nodeIP: '10.0.3.4',
        endpoint: 'https://example.com/x',
        name: 'web',
        created: '2024-01-01T00:00:00Z',
        ttl: '24h',
        expires: '2024-01-02T00:00:00Z',
        tags: ['a', 'b'],
        replicas: 2,
      }),
    ).toEqual([]);
  });

  it('reports every failing library rule, with messageExpression', () => {
    expect(
      messages({
        cpu: '2',
        limit: '1500m',
        podCIDR: '10.0.0.0/16',
        nodeIP: '10.1.0.1',
        endpoint: 'http://example.com',
        name: 'Web',
        created: '2024-01-01T00:00:00Z',
        ttl: '48h',
        expires: '2024-01-02T00:00:00Z',
        tags: ['b', 'a'],
        replicas: 'two',
      }),
    ).toEqual(
      [
        'cpu must not exceed limit',
        'nodeIP must be in podCIDR',
        'endpoint must be an https URL',
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name', or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
        'expires too early',
        'tags must be sorted',
        'replicas must be an int',
      ].map((message) => `Invalid value: "object": ${message}`),
    );
  });

  it('a library call that fails to evaluate is an error, never a pass', () => {
    expect(messages({ cpu: 'lots', limit: '1' })).toEqual([
      expect.stringMatching(
        /^Invalid value: "object": quantities must match .* evaluating rule: cpu must not exceed limit$/,
      ),
    ]);
  });

  it("warns, with the rule's JSON pointer, for each rule it cannot compile: no rule is skipped silently", () => {
    const pointer = '#/components/schemas/Workload/x-kubernetes-validations';
    expect(live.warnings.filter((warning) => warning.includes('x-kubernetes-validations'))).toEqual([
      `x-kubernetes-validations rule at ${pointer}/7 is not checked: bytes literals are not supported at 0`,
      `x-kubernetes-validations rule at ${pointer}/8 is not checked: unexpected character "=" at 12`,
      `x-kubernetes-validations rule at ${pointer}/9 is not checked: unsupported CEL function "frobnicate" at 14`,
    ]);
  });
});

describe('a failing rule quotes the schema type of its value (sts.Type), "" where the schema has none', () => {
  let probes: LiveValidators;
  beforeAll(async () => {
    probes = await liveValidators('test/fixtures/cel/schema-types.crd.yaml');
  });

  it('object, string, integer, number, boolean, array; int-or-string and untyped preserve-unknown-fields are ""', () => {
    const result = probes.validate('Probe', {
      apiVersion: 'example.com/v1',
      kind: 'Probe',
      metadata: { name: 'p' },
      spec: { never: 'x', port: 'http', ratio: 2, enabled: false, tags: ['a', 'a', 'b'], extra: { bad: 1 } },
    });
    expect(probes.warnings).toEqual([]);
    expect(result.valid ? [] : result.errors.map((error) => error.message)).toEqual([
      'spec.enabled: Invalid value: "boolean": must be enabled',
      'spec.extra: Invalid value: "": no bad',
      'spec.port: Invalid value: "": must be a number',
      'spec.ratio: Invalid value: "number": must be below one',
      'spec.tags: Invalid value: "array": too many tags',
      'spec.tags: Duplicate value: "array"',
    ]);
    const never = probes.validate('Probe', {
      apiVersion: 'example.com/v1',
      kind: 'Probe',
      metadata: { name: 'p' },
      spec: { never: 'x' },
    });
    expect(never.valid ? [] : never.errors.map((error) => error.message)).toEqual([
      'spec: Invalid value: "object": never is not allowed',
    ]);
  });

  it('an untyped x-kubernetes-preserve-unknown-fields value is any JSON value', () => {
    for (const extra of ['str', 1, [1], { a: 1 }, null])
      expect(
        probes.is('Probe', {
          apiVersion: 'example.com/v1',
          kind: 'Probe',
          metadata: { name: 'p' },
          spec: { free: extra },
        }),
      ).toBe(true);
  });
});
