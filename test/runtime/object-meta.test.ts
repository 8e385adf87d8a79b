import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  $annotationsFit,
  $labelValueProblems,
  $nameProblems,
  $plainSegment,
  $createMeta,
  $qualifiedNameProblems,
  $simpleName,
  $utf8Length,
} from '../../runtime/object-meta.js';
import type { FieldError } from '../../runtime/validators.js';

describe('object-meta', () => {
  it('counts UTF-8 bytes as Go does (a lone surrogate is U+FFFD)', () => {
    expect(['a', 'é', '€', '😀', '\ud800', 'a\udc00b'].map($utf8Length)).toEqual([1, 2, 3, 4, 3, 5]);
  });

  it('qualified names: prefix and name parts', () => {
    expect($qualifiedNameProblems('app.kubernetes.io/name')).toBeUndefined();
    expect($qualifiedNameProblems('a')).toBeUndefined();
    expect($qualifiedNameProblems('a/')).toEqual([
      'name part must be non-empty',
      expect.stringMatching(/^name part must consist of alphanumeric/),
    ]);
    expect($qualifiedNameProblems('a_b/c')).toEqual([
      expect.stringMatching(/^prefix part a lowercase RFC 1123 subdomain/),
    ]);
  });

  it('label values may be empty, at most 63 characters', () => {
    expect($labelValueProblems('')).toBeUndefined();
    expect($labelValueProblems('v'.repeat(63))).toBeUndefined();
    expect($labelValueProblems('-a')).toEqual([expect.stringMatching(/^a valid label must be an empty string/)]);
  });

  it('names: path segments for built-in kinds, DNS subdomains (trailing dash masked for a prefix) for custom resources', () => {
    expect($nameProblems('.', true, false)).toBeUndefined();
    expect($nameProblems('.', false, false)).toEqual(["may not be '.'"]);
    expect($nameProblems('Web:1', false, false)).toBeUndefined();
    expect($nameProblems('web-', true, true)).toBeUndefined();
    expect($nameProblems('web-', false, true)).toHaveLength(1);
    expect($nameProblems('-', true, true)).toHaveLength(1);
  });

  it('annotation sizes in bytes, keys included', () => {
    expect($annotationsFit({ k: 'x'.repeat(262_143) })).toBe(true);
    expect($annotationsFit({ k: 'x'.repeat(262_144) })).toBe(false);
    expect($annotationsFit({ k: 'é'.repeat(131_072) })).toBe(false);
    expect($annotationsFit({ k: 1 })).toBe(true);
  });

  it('stops at the first problem without a list, reports every one with it', () => {
    const meta = { name: 'a/b', labels: { '-x': '-y' } };
    expect($createMeta({ metadata: meta }, false, '', null)).toBe(false);
    const errors: FieldError[] = [];
    expect($createMeta({ metadata: meta }, false, '', errors)).toBe(false);
    expect(errors.map((error) => error.path)).toEqual(['metadata.name', 'metadata.labels', 'metadata.labels']);
    expect(
      $createMeta({ metadata: { name: 'a', labels: { a: 'b' }, annotations: { 'A/B': '' } } }, true, 'x', null),
    ).toBe(true);
    const missing: FieldError[] = [];
    expect($createMeta({ metadata: { labels: { '-x': 'y' } } }, false, 'x', missing)).toBe(false);
    expect(missing.map((error) => `${error.path}: ${error.message}`)).toEqual([
      'x.metadata.name: x.metadata.name: Required value: name or generateName is required',
      expect.stringMatching(/^x\.metadata\.labels: /),
    ]);
    expect($createMeta({ metadata: null }, false, '', null)).toBe(false);
  });

  it('the quick accepts agree with the full checks: $simpleName with label keys and values, $plainSegment with names', () => {
    // Go's expression (apimachinery validation.go qualifiedNameFmt), independent of the runtime's own constant.
    const goQualifiedName = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
    const piece = fc.constantFrom('a', 'Z', '0', '9', '-', '_', '.', '/', '%', ' ', 'é', '\u{1F600}', '\n');
    const text = fc.oneof(
      fc.array(piece, { maxLength: 70 }).map((parts) => parts.join('')),
      fc.array(fc.constantFrom('a', 'b', '1'), { minLength: 60, maxLength: 66 }).map((parts) => parts.join('')),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(text, (s) => {
        const simple = $simpleName(s);
        expect(simple).toBe(s.length <= 63 && goQualifiedName.test(s));
        if (simple) expect([$qualifiedNameProblems(s), $labelValueProblems(s)]).toEqual([undefined, undefined]);
        if ($plainSegment(s)) expect($nameProblems(s, false, false)).toBeUndefined();
        if (s.length <= 64 && s !== '') expect($plainSegment(s)).toBe($nameProblems(s, false, false) === undefined);
      }),
      { numRuns: 20_000 },
    );
    expect(['.', '..', '...', '.a', 'a/b', 'a%'].map($plainSegment)).toEqual([false, false, true, true, false, false]);
  });
});
