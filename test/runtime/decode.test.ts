// runtime/decode.ts: the refusals the generated decode functions report (generator/print/guard/decode.ts; end to end
// in test/decode.test.ts).
import { describe, expect, it } from 'vitest';
import { $dList, $dMap, $dRefused, $notFormat, $notInteger } from '../../runtime/decode.js';
import {
  $knownOnly,
  $namesOf,
  $pathText,
  $typeInvalid,
  type $Path,
  type FieldError,
} from '../../runtime/validators.js';

/** A decode function that takes strings, recording where it was called and at which depth. */
function strings(calls: string[]) {
  return (v: unknown, p: $Path, e: FieldError[] | null, _r: boolean, s: number, d: number): boolean => {
    calls.push(`${$pathText(p)} s=${s} d=${d}`);
    if (typeof v === 'string' || v === null) return true;
    e?.push($typeInvalid(p, v, 'string'));
    return false;
  };
}

describe('decode refusals', () => {
  it('an int32 or int64 field: not an integer is a type error, out of range an invalid value', () => {
    expect($notInteger('status.n', 1.5, 32).message).toBe('status.n: Invalid value: 1.5: must be an integer');
    expect($notInteger('status.n', '1', 64).message).toBe('status.n: Invalid value: "1": must be an integer');
    expect($notInteger('status.n', 2 ** 31, 32).message).toBe(
      'status.n: Invalid value: 2147483648: must fit in a 32-bit integer',
    );
    expect($notInteger('n', 2 ** 53, 64).message).toBe(
      'n: Invalid value: 9007199254740992: must be an integer within ±(2^53 - 1), the range JavaScript represents exactly',
    );
  });

  it('a string a field type parses: another kind is a type error, a bad string an invalid value', () => {
    expect($notFormat('t', 1, 'must be a time').message).toBe('t: Invalid value: 1: must be a string');
    expect($notFormat('t', 'x', 'must be a time')).toEqual({
      path: 't',
      type: 'FieldValueInvalid',
      message: 't: Invalid value: "x": must be a time',
      value: 'x',
    });
  });

  it('a list or a map of a model: each item at its path and depth; absent and null decode; stops at the first without errors', () => {
    const calls: string[] = [];
    const errors: FieldError[] = [];
    expect($dList(['a', 1, null, 2], strings(calls), 'status', 'items', errors, false, 1, 9)).toBe(false);
    expect(errors.map((error) => error.message)).toEqual([
      'status.items[1]: Invalid value: 1: must be a string',
      'status.items[3]: Invalid value: 2: must be a string',
    ]);
    expect(calls).toEqual([
      'status.items[0] s=1 d=9',
      'status.items[1] s=1 d=9',
      'status.items[2] s=1 d=9',
      'status.items[3] s=1 d=9',
    ]);
    expect($dList(['a', 1, 2], strings([]), '', 'items', null, false, 0, 0)).toBe(false);
    expect($dList(undefined, strings([]), '', 'items', null, false, 0, 0)).toBe(true);
    expect($dList(null, strings([]), '', 'items', null, false, 0, 0)).toBe(true);
    const notList: FieldError[] = [];
    expect($dList({}, strings([]), 'status', 'items', notList, false, 0, 0)).toBe(false);
    expect(notList.map((error) => error.message)).toEqual(['status.items: Invalid value: {}: must be an array']);

    const inherited = Object.assign(Object.create({ z: 1 }) as object, { a: 'x', b: 2 });
    const mapErrors: FieldError[] = [];
    expect($dMap(inherited, strings([]), 'status', 'sizes', mapErrors, false, 0, 3)).toBe(false);
    expect(mapErrors.map((error) => error.message)).toEqual(['status.sizes[b]: Invalid value: 2: must be a string']);
    const notMap: FieldError[] = [];
    expect($dMap([], strings([]), 'status', 'sizes', notMap, false, 0, 3)).toBe(false);
    expect(notMap.map((error) => error.message)).toEqual(['status.sizes: Invalid value: []: must be an object']);
    expect($dMap(null, strings([]), '', 'sizes', null, false, 0, 0)).toBe(true);
  });

  it('what a decode function does not walk: null decodes; too deep or not an object is refused', () => {
    const errors: FieldError[] = [];
    expect($dRefused(null, 'status', errors, 300)).toBe(true);
    expect($dRefused('x', 'status', errors, 1)).toBe(false);
    expect($dRefused({}, 'status', errors, 257)).toBe(false);
    expect($dRefused([], 'status', null, 1)).toBe(false);
    expect(errors.map((error) => error.message)).toEqual([
      'status: Invalid value: "x": must be an object',
      'status: Invalid value: {}: is nested too deeply',
    ]);
  });

  it('unknown fields: every key that is no field, in key order', () => {
    const names = $namesOf((o) => o['a'] === undefined && o['b'] === undefined);
    const errors: FieldError[] = [];
    expect($knownOnly({ a: 1, b: 2 }, names, 'status', errors)).toBe(true);
    expect($knownOnly({ z: 1, a: 1, constructor: 2, y: 3 }, names, 'status', errors, ['constructor'])).toBe(false);
    expect($knownOnly({ z: 1 }, names, '', null)).toBe(false);
    expect(errors.map((error) => error.path)).toEqual(['status.z', 'status.y']);
  });
});
