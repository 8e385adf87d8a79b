// A read-only member of a request is only decoded (generator/print/guard/decode.ts, runtime/decode.ts): what the API
// server's JSON decoder refuses, and nothing its validation would, on a small Kubernetes-style kind whose `status`
// holds each shape the decoder reads (test/fixtures/decode/gizmos.openapi.yaml).
import { beforeAll, describe, expect, it } from 'vitest';
import { liveValidators, type LiveOptions, type LiveValidators } from './support/live-validators.js';
import { repoPath } from './support/pipeline.js';

let live: LiveValidators;
beforeAll(async () => {
  live = await liveValidators(repoPath('test/fixtures/decode/gizmos.openapi.yaml'));
}, 120_000);

/** The messages of a create request carrying `status`; isGizmo must agree with validateGizmo. */
function refusals(status: unknown, options: LiveOptions = {}): string[] {
  const value = { apiVersion: 'example.com/v1', kind: 'Gizmo', spec: { size: 1 }, status };
  const result = live.validate('Gizmo', value, { mode: 'request', ...options });
  expect(live.is('Gizmo', value, { mode: 'request', ...options })).toBe(result.valid);
  return result.valid ? [] : result.errors.map((error) => error.message);
}

const TIME = 'must be an RFC 3339 date-time, e.g. 2006-01-02T15:04:05Z';

describe('decode-only checks of a read-only status', () => {
  it('null decodes into anything; missing fields, enums, required fields and lengths are validation, not decoding', () => {
    expect(refusals(null)).toEqual([]);
    expect(
      refusals({ items: [null, {}, { created: null, generation: null, image: 'x' }], tag: 'Not An Enum' }),
    ).toEqual([]);
    expect(refusals({ raw: [1, { a: 'b' }], tree: { child: { child: null, name: 'n' } } })).toEqual([]);
    // The same status as a response is validated in full.
    const response = live.validate('Gizmo', { spec: {}, status: { items: [{}], tag: 'c' } }, { mode: 'response' });
    expect(response.valid).toBe(false);
  });

  it('refuses JSON kinds the Go field cannot hold, fractions and out-of-range integers, unparsable strings', () => {
    expect(refusals('x')).toEqual(['status: Invalid value: "x": must be an object']);
    expect(refusals({ items: 'x', tag: 1 })).toEqual([
      'status.items: Invalid value: "x": must be an array',
      'status.tag: Invalid value: 1: must be a string',
    ]);
    expect(refusals({ items: [{ generation: 1.5, created: 'then' }] })).toEqual([
      `status.items[0].created: Invalid value: "then": ${TIME}`,
      'status.items[0].generation: Invalid value: 1.5: must be an integer',
    ]);
    expect(refusals({ items: [{ created: 5, generation: 2 ** 53, image: 1 }, 'x'] })).toEqual([
      'status.items[0].created: Invalid value: 5: must be a string',
      'status.items[0].generation: Invalid value: 9007199254740992: must be an integer within ±(2^53 - 1), the range JavaScript represents exactly',
      'status.items[0].image: Invalid value: 1: must be a string',
      'status.items[1]: Invalid value: "x": must be an object',
    ]);
    expect(refusals({ replicas: 2 ** 31 })).toEqual([
      'status.replicas: Invalid value: 2147483648: must fit in a 32-bit integer',
    ]);
    expect(refusals({ replicas: -(2 ** 31), ratio: 0.5, ready: false })).toEqual([]);
    expect(refusals({ replicas: '1', ratio: true, ready: 'yes' })).toEqual([
      'status.ratio: Invalid value: true: must be a number',
      'status.ready: Invalid value: "yes": must be a boolean',
      'status.replicas: Invalid value: "1": must be an integer',
    ]);
    expect(refusals({ labels: { a: 1, b: 'c', d: null } })).toEqual([
      'status.labels[a]: Invalid value: 1: must be a string',
    ]);
    expect(refusals({ labels: [] })).toEqual(['status.labels: Invalid value: []: must be an object']);
  });

  it('unions take the member of the value kind (int-or-string)', () => {
    expect(refusals({ size: 1 })).toEqual([]);
    expect(refusals({ size: '1' })).toEqual([]);
    expect(refusals({ size: 1.5 })).toEqual(['status.size: Invalid value: 1.5: must be an integer']);
    expect(refusals({ size: true })).toEqual(['status.size: Invalid value: true: must be a number or string']);
  });

  it('unknown fields only under strict field validation, at every level below', () => {
    expect(refusals({ tag: 't', extra: 1 })).toEqual([]);
    expect(refusals({ tag: 't', extra: 1, items: [{ more: 2 }] }, { unknownFields: 'reject' })).toEqual([
      'status.items[0].more: Unsupported value: unknown field "status.items[0].more"',
      'status.extra: Unsupported value: unknown field "status.extra"',
    ]);
    expect(refusals(JSON.parse('{"constructor": 2}'), { unknownFields: 'reject' })).toEqual([
      'status.constructor: Unsupported value: unknown field "status.constructor"',
    ]);
  });

  it('reads own properties only', () => {
    const inherited = Object.create({ tag: 1, items: 'x' }) as Record<string, unknown>;
    inherited['ready'] = true;
    expect(refusals(inherited)).toEqual([]);
    expect(refusals(Object.assign(Object.create(null) as object, { tag: 2 }))).toEqual([
      'status.tag: Invalid value: 2: must be a string',
    ]);
  });

  it('ends on cyclic values of recursive models', () => {
    const node: Record<string, unknown> = { name: 'n' };
    node['child'] = node;
    expect(refusals({ tree: node })).toEqual([
      expect.stringMatching(/^status\.tree(\.child)+: .*is nested too deeply$/),
    ]);
  });
});
