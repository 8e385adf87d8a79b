// RFC 6902 (JSON Patch) behaviour, with cases from the RFC's appendix A.
import { describe, expect, it } from 'vitest';
import { applyJsonPatch, jsonEqual, parsePointer } from '../../../runtime/testing/json-patch.js';
import { StatusError } from '../../../runtime/testing/status.js';

/** The StatusError a call throws. */
function statusOf(call: () => unknown): StatusError {
  try {
    call();
  } catch (error) {
    if (error instanceof StatusError) return error;
    throw error;
  }
  throw new Error('expected a StatusError');
}

describe('applyJsonPatch', () => {
  it.each([
    [
      'A.1 add an object member',
      { foo: 'bar' },
      [{ op: 'add', path: '/baz', value: 'qux' }],
      { foo: 'bar', baz: 'qux' },
    ],
    [
      'A.2 add an array element',
      { foo: ['bar', 'baz'] },
      [{ op: 'add', path: '/foo/1', value: 'qux' }],
      { foo: ['bar', 'qux', 'baz'] },
    ],
    ['A.3 remove an object member', { baz: 'qux', foo: 'bar' }, [{ op: 'remove', path: '/baz' }], { foo: 'bar' }],
    [
      'A.4 remove an array element',
      { foo: ['bar', 'qux', 'baz'] },
      [{ op: 'remove', path: '/foo/1' }],
      { foo: ['bar', 'baz'] },
    ],
    [
      'A.5 replace a value',
      { baz: 'qux', foo: 'bar' },
      [{ op: 'replace', path: '/baz', value: 'boo' }],
      { baz: 'boo', foo: 'bar' },
    ],
    [
      'A.6 move a value',
      { foo: { bar: 'baz', waldo: 'fred' }, qux: { corge: 'grault' } },
      [{ op: 'move', from: '/foo/waldo', path: '/qux/thud' }],
      { foo: { bar: 'baz' }, qux: { corge: 'grault', thud: 'fred' } },
    ],
    [
      'A.7 move an array element',
      { foo: ['all', 'grass', 'cows', 'eat'] },
      [{ op: 'move', from: '/foo/1', path: '/foo/3' }],
      { foo: ['all', 'cows', 'eat', 'grass'] },
    ],
    [
      'A.10 add a nested member object',
      { foo: 'bar' },
      [{ op: 'add', path: '/child', value: { grandchild: {} } }],
      { foo: 'bar', child: { grandchild: {} } },
    ],
    [
      'A.16 add an array value',
      { foo: ['bar'] },
      [{ op: 'add', path: '/foo/-', value: ['abc', 'def'] }],
      { foo: ['bar', ['abc', 'def']] },
    ],
    ['A.14 ~ escape ordering', { '/': 9, '~1': 10 }, [{ op: 'test', path: '/~01', value: 10 }], { '/': 9, '~1': 10 }],
    ['copy', { a: { b: 1 } }, [{ op: 'copy', from: '/a', path: '/c' }], { a: { b: 1 }, c: { b: 1 } }],
    ['replace the root', { a: 1 }, [{ op: 'replace', path: '', value: { b: 2 } }], { b: 2 }],
  ])('%s', (_, document, patch, expected) => {
    const before = JSON.stringify(document);
    expect(applyJsonPatch(document, patch)).toEqual(expected);
    expect(JSON.stringify(document)).toBe(before);
  });

  it.each([
    ['A.9 a failing test', { baz: 'qux' }, [{ op: 'test', path: '/baz', value: 'bar' }], 422],
    ['A.12 adding to a nonexistent target', { foo: 'bar' }, [{ op: 'add', path: '/baz/bat', value: 'qux' }], 422],
    ['removing a missing member', { foo: 'bar' }, [{ op: 'remove', path: '/nope' }], 422],
    ['an index past the end', { foo: [1] }, [{ op: 'replace', path: '/foo/1', value: 2 }], 422],
    ['a leading-zero index', { foo: [1, 2] }, [{ op: 'remove', path: '/foo/01' }], 422],
    ['A.13 an unknown operation', { foo: 'bar' }, [{ op: 'frob', path: '/foo' }], 400],
    ['an operation without a value', { foo: 'bar' }, [{ op: 'add', path: '/x' }], 400],
    ['a patch that is not a list', { foo: 'bar' }, { op: 'add' }, 400],
  ])('%s is refused', (_, document, patch, code) => {
    expect(statusOf(() => applyJsonPatch(document, patch)).code).toBe(code);
  });

  it('applies operations in order and fails atomically (the input is unchanged)', () => {
    const document = { a: 1 };
    expect(() =>
      applyJsonPatch(document, [
        { op: 'add', path: '/b', value: 2 },
        { op: 'test', path: '/a', value: 2 },
      ]),
    ).toThrow(/test failed/);
    expect(document).toEqual({ a: 1 });
  });
});

describe('helpers', () => {
  it('parses pointers with ~0 and ~1', () => {
    expect(parsePointer('/a~1b/c~0d/')).toEqual(['a/b', 'c~d', '']);
    expect(() => parsePointer('a')).toThrow(/must start with/);
  });
  it('compares JSON regardless of key order', () => {
    expect(jsonEqual({ a: [1, { b: 2, c: 3 }] }, { a: [1, { c: 3, b: 2 }] })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(jsonEqual([1], { 0: 1 })).toBe(false);
  });
});
