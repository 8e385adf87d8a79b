// runtime/cel.ts and runtime/cel-functions.ts, imported directly. The compiler's end-to-end table (test/unit/cel.test.ts) evaluates rules against
// this same module; these cases call helpers alone, with independent oracles where one exists (UTF-8 byte order for
// string comparison, as Go compares strings).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  $cel_chars,
  $cel_double,
  $cel_find,
  $cel_indexOf,
  $cel_int,
  $cel_lastIndexOf,
  $cel_replace,
  $cel_size,
  $cel_string,
  $cel_wide,
} from '../../runtime/cel-functions.js';
import { $cel_cmp, $cel_eq, $cel_in, $cel_quoted, $cel_typeName } from '../../runtime/cel.js';

describe('CEL runtime helpers', () => {
  it('quotes a JSON scalar a value expression gives, else the schema type (x-specgen-value-expression)', () => {
    expect([
      $cel_quoted(() => 'v1', 'object'),
      $cel_quoted(() => -1, 'object'),
      $cel_quoted(() => true, 'object'),
    ]).toEqual(['v1', -1, true]);
    expect([
      $cel_quoted(() => ['a'], 'object'),
      $cel_quoted(() => undefined, 'object'),
      $cel_quoted(() => NaN, ''),
    ]).toEqual(['object', 'object', '']);
    expect(
      $cel_quoted(() => {
        throw new Error('no such key');
      }, 'object'),
    ).toBe('object');
  });

  it('orders strings as Go does: by UTF-8 bytes, not UTF-16 code units', () => {
    const samples = ['', 'a', 'ab', 'b', 'é', '\uffff', '😀', '😀a', '\ud7ff', 'Z', 'a\u0000'];
    for (const a of samples)
      for (const b of samples) {
        const want = Math.sign(Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')));
        expect(Math.sign($cel_cmp(a, b)), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`).toBe(want);
      }
  });

  it('compares numbers and bools; NaN is never ordered; mixed types have no overload', () => {
    expect([$cel_cmp(1, 2), $cel_cmp(2, 2), $cel_cmp(3, 2), $cel_cmp(false, true)]).toEqual([-1, 0, 1, -1]);
    expect($cel_cmp(NaN, 1)).toBeNaN();
    expect(() => $cel_cmp(1, '1')).toThrow(/no such overload/);
  });

  it('equality is deep, by value, and never across types', () => {
    expect($cel_eq({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect($cel_eq({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect($cel_eq({ a: 1 }, { b: 1 })).toBe(false);
    expect($cel_eq([1], [1, 2])).toBe(false);
    expect($cel_eq([1], { 0: 1 })).toBe(false);
    expect($cel_eq(1, '1')).toBe(false);
    expect($cel_in('a', { a: 1 })).toBe(true);
    expect($cel_in(1, { 1: 1 })).toBe(false);
    expect(() => $cel_in(1, 'abc')).toThrow(/no such overload/);
  });

  it('replace with a count, as Go strings.Replace', () => {
    expect($cel_replace('aaaa', 'a', 'b', 2)).toBe('bbaa');
    expect($cel_replace('aaaa', 'a', 'b', 9)).toBe('bbbb');
    expect($cel_replace('abc', '', '-', 2)).toBe('-a-bc');
    expect($cel_replace('a$b', '$', '$&')).toBe('a$&b');
    expect(() => $cel_replace('a', 'a', 1)).toThrow(/no such overload/);
  });

  it('conversions: int truncates and stays in range; double reads Go float syntax', () => {
    expect([$cel_int(-2.7), $cel_int('42'), $cel_int(-0)]).toEqual([-2, 42, 0]);
    expect(Object.is($cel_int(-0.5), 0)).toBe(true);
    expect(() => $cel_int('9007199254740993')).toThrow('int conversion out of range');
    expect(() => $cel_int('1.5')).toThrow(/no such overload/);
    expect([$cel_double('1.5e3'), $cel_double('.5'), $cel_double('-Inf'), $cel_double('infinity')]).toEqual([
      1500,
      0.5,
      -Infinity,
      Infinity,
    ]);
    expect($cel_double('NaN')).toBeNaN();
    expect(() => $cel_double('1e400')).toThrow('double conversion out of range');
    expect(() => $cel_double('0x10')).toThrow('cannot convert "0x10" to double');
    expect(() => $cel_double(true)).toThrow(/no such overload/);
  });

  it('string() prints doubles with Go %g and ints in decimal', () => {
    expect([$cel_string(1e6, true), $cel_string(1e6, false), $cel_string(0.0001, true), $cel_string(-0, true)]).toEqual(
      ['1e+06', '1000000', '0.0001', '-0'],
    );
    expect([$cel_string(NaN, true), $cel_string(-Infinity, true), $cel_string(true, false)]).toEqual([
      'NaN',
      '-Inf',
      'true',
    ]);
  });

  it('size counts code points, items or keys; type names are CEL names', () => {
    expect([$cel_size('😀a'), $cel_size([1, 2]), $cel_size({ a: 1 })]).toEqual([2, 2, 1]);
    expect([1, 1.5, 'x', true, null, [], {}].map($cel_typeName)).toEqual([
      'int',
      'double',
      'string',
      'bool',
      'null_type',
      'list',
      'map',
    ]);
  });
});

describe('CEL string search: the native fast path answers as the code-point search does', () => {
  it('indexOf and lastIndexOf agree with $cel_find over code points, with and without surrogates', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ':', '/', '😀', '\ud800'), maxLength: 8 });
    const outcome = (run: () => number): number | string => {
      try {
        return run();
      } catch (error) {
        return (error as Error).message;
      }
    };
    const slow = (s: string, t: string, from: number, step: 1 | -1): number | string => {
      const chars = $cel_chars(s);
      if (from < 0 || from > chars.length) return `index out of range: ${from}`;
      return $cel_find(chars, $cel_chars(t), from, step);
    };
    fc.assert(
      fc.property(text, text, fc.integer({ min: -1, max: 9 }), (s, t, from) => {
        expect(outcome(() => $cel_indexOf(s, t, from))).toEqual(slow(s, t, from, 1));
        expect(outcome(() => $cel_lastIndexOf(s, t, from))).toEqual(slow(s, t, from, -1));
        expect(outcome(() => $cel_lastIndexOf(s, t))).toEqual(slow(s, t, $cel_chars(s).length, -1));
      }),
      { numRuns: 3000, seed: 1611 },
    );
    expect([$cel_wide('abc'), $cel_wide('a😀'), $cel_wide('\udc00')]).toEqual([false, true, true]);
  });
});
