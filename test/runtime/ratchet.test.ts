// runtime/ratchet.ts: how an error's path is followed into the old value (correlation) and when it is ratcheted.
import { describe, expect, it } from 'vitest';
import { $jsonEqual, $jsonEqualOnce, $pathSegments, $ratcheted, type $Shape } from '../../runtime/ratchet.js';

describe('ratcheting', () => {
  it('splits field paths, map keys and list indexes alike', () => {
    expect($pathSegments('spec.rules[2].matches[0].path')).toEqual(['spec', 'rules', '2', 'matches', '0', 'path']);
    expect($pathSegments('metadata.labels[app.kubernetes.io/name]')).toEqual([
      'metadata',
      'labels',
      'app.kubernetes.io/name',
    ]);
    expect($pathSegments('')).toEqual([]);
  });

  it('compares JSON values as reflect.DeepEqual compares decoded JSON', () => {
    expect($jsonEqual({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toBe(true);
    expect($jsonEqual({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect($jsonEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect($jsonEqual([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect($jsonEqual(null, {})).toBe(false);
  });

  it('serialises each node once per update, however many errors compare it', () => {
    const equal = $jsonEqualOnce();
    const old = { spec: { a: 1 } };
    const next = { spec: { a: 1 } };
    expect(equal(old, next)).toBe(true);
    // A mutation after the first comparison goes unseen: the texts were remembered, not computed again.
    next.spec.a = 2;
    expect(equal(old, next)).toBe(true);
    expect($jsonEqualOnce()(old, next)).toBe(false);
    expect(equal(1, 1) && !equal(1, '1') && !equal(null, {})).toBe(true);
  });

  it('follows fields by name, map lists by key, plain lists by index, and stops at sets, atomics and new values', () => {
    const shape: $Shape = {
      f: [
        [
          'spec',
          {
            f: [
              ['ports', { k: ['name'], i: 0 }],
              ['hosts', { n: 1 }],
            ],
          },
        ],
      ],
    };
    const old = { spec: { ports: [{ name: 'a', port: 500 }], hosts: ['x'], steps: [{ n: 'B' }], size: 1 } };
    const moved = {
      spec: { ports: [{ name: 'b' }, { name: 'a', port: 500 }], hosts: ['x', 'y'], steps: [{ n: 'B' }] },
    };
    expect($ratcheted(old, moved, 'spec.ports[1].port', shape)).toBe(true);
    expect($ratcheted(old, moved, 'spec.ports[0].port', shape)).toBe(false);
    expect($ratcheted(old, moved, 'spec.hosts[0]', shape)).toBe(false);
    expect($ratcheted(old, moved, 'spec.steps[0].n', shape)).toBe(true);
    // The whole value unchanged: every error of it was the old object's.
    expect($ratcheted(old, structuredClone(old), 'spec.hosts[0]', shape)).toBe(true);
    // A required field missing in both: the object holding it changed, so the error stands.
    expect($ratcheted(old, moved, 'spec.name', shape)).toBe(false);
    // Lazily referenced tables (recursive models) are followed too.
    expect($ratcheted(old, moved, 'spec.ports[1].port', () => shape)).toBe(true);
  });
});
