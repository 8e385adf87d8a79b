// runtime/decode.ts: what the API server's JSON decoder refuses in a read-only member of a request.
import { describe, expect, it } from 'vitest';
import { $decoded, $decodingKind, type $Decoding } from '../../runtime/decode.js';
import type { FieldError } from '../../runtime/validators.js';

function refusals(value: unknown, decoding: $Decoding, strict = 0, typed = true): string[] {
  const errors: FieldError[] = [];
  const fast = $decoded(value, decoding, '', null, strict, typed, 0);
  const full = $decoded(value, decoding, 'status', errors, strict, typed, 0);
  expect(fast).toBe(full);
  expect(full).toBe(errors.length === 0);
  return errors.map((error) => error.message);
}

const time: $Decoding = { f: (s) => /^\d{4}-\d\d-\d\dT/.test(s), m: 'must be a time' };
const event: $Decoding = {
  o: [
    ['created', time],
    ['generation', 'int64'],
    ['image', 'string'],
  ],
};
const list: $Decoding = {
  o: [
    ['items', { a: (): $Decoding => event }],
    ['tag', 'string'],
    ['labels', { o: [], x: 'string' }],
  ],
};

describe('decode', () => {
  it('null decodes into anything; missing fields and any string value are fine', () => {
    expect(refusals(null, list)).toEqual([]);
    expect(refusals({ items: [null, {}, { created: null, generation: null }], tag: 'Not An Enum' }, list)).toEqual([]);
  });

  it('refuses JSON kinds the Go field cannot hold, fractions and out-of-range integers, unparsable strings', () => {
    expect(refusals('x', list)).toEqual(['status: Invalid value: "x": must be an object']);
    expect(refusals({ items: 'x', tag: 1 }, list)).toEqual([
      'status.items: Invalid value: "x": must be an array',
      'status.tag: Invalid value: 1: must be a string',
    ]);
    expect(refusals({ items: [{ generation: 1.5, created: 'then' }] }, list)).toEqual([
      'status.items[0].created: Invalid value: "then": must be a time',
      'status.items[0].generation: Invalid value: 1.5: must be an integer',
    ]);
    expect(refusals(2 ** 31, 'int32')).toEqual(['status: Invalid value: 2147483648: must fit in a 32-bit integer']);
    expect(refusals(true, 'number')).toEqual(['status: Invalid value: true: must be a number']);
    expect(refusals({ labels: { a: 1 } }, list)).toEqual(['status.labels[a]: Invalid value: 1: must be a string']);
  });

  it('unions take the member of the value kind (int-or-string, quantities)', () => {
    const intOrString: $Decoding = { u: ['integer', 'string'] };
    expect($decodingKind(intOrString)).toBeUndefined();
    expect(refusals(1, intOrString)).toEqual([]);
    expect(refusals('1', intOrString)).toEqual([]);
    expect(refusals(1.5, intOrString)).toEqual(['status: Invalid value: 1.5: must be an integer']);
    expect(refusals(true, intOrString)).toEqual(['status: Invalid value: true: must be a number or string']);
  });

  it('unknown fields only under strict field validation, at every level below', () => {
    expect(refusals({ tag: 't', extra: 1 }, list)).toEqual([]);
    expect(refusals({ tag: 't', extra: 1, items: [{ more: 2 }] }, list, 1)).toEqual([
      'status.items[0].more: Unsupported value: unknown field "status.items[0].more"',
      'status.extra: Unsupported value: unknown field "status.extra"',
    ]);
    expect(refusals({ extra: 1, items: [{ more: 2 }] }, list, 2)).toEqual([
      'status.items[0].more: Unsupported value: unknown field "status.items[0].more"',
    ]);
    expect(refusals({ __proto__: 1, constructor: 2 }, { o: [] }, 1)).toHaveLength(1);
  });

  it('custom resources (untyped): only unknown fields count', () => {
    expect(refusals({ items: 'x', tag: 1 }, list, 1, false)).toEqual([]);
    expect(refusals({ items: [{ more: 2 }] }, list, 1, false)).toEqual([
      'status.items[0].more: Unsupported value: unknown field "status.items[0].more"',
    ]);
  });

  it('ends on cyclic values and recursive tables', () => {
    const tree: $Decoding = { o: [['child', (): $Decoding => tree]] };
    const value: Record<string, unknown> = {};
    value['child'] = value;
    expect(refusals(value, tree)).toEqual([expect.stringMatching(/is nested too deeply$/)]);
  });
});
