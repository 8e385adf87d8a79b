// generator/print/guard/plain-regex.ts: a translated RE2 pattern runs without the `v` flag only where both RegExps
// accept the same strings. Held on every pattern of the vendored Kubernetes material (and the ImageTag overlay)
// that qualifies, against random strings over the pattern's own characters, non-ASCII letters, astral characters and
// lone surrogates; and the shapes where the two would differ keep the flag.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { plainRegexSource } from '../../generator/print/guard/plain-regex.js';
import { createRe2 } from '../../generator/re2.js';
import { repoPath } from '../support/pipeline.js';

/** Every `pattern` of a schema file. */
function patternsOf(file: string): string[] {
  const text = readFileSync(repoPath(file), 'utf8');
  const documents = file.endsWith('.json')
    ? [JSON.parse(text) as unknown]
    : parseAllDocuments(text).map((document) => document.toJS() as unknown);
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null)
      for (const [key, member] of Object.entries(value)) {
        if (key === 'pattern' && typeof member === 'string') found.add(member);
        walk(member);
      }
  };
  documents.forEach(walk);
  return [...found];
}

const FILES = [
  'specs/imagetag.overlay.yaml',
  'specs/imagetag.openapi.yaml',
  'test/fixtures/reference/specs-at-scale/kubernetes.swagger.json',
  'test/fixtures/reference/specs-at-scale/openshift-api.swagger.json',
  'test/fixtures/reference/crds/gateway-api-experimental/crds/gateway.networking.k8s.io_httproutes.yaml',
  'test/fixtures/reference/crds/others/cert-manager.io_certificates.yaml',
];

const re2 = createRe2();
/** Each pattern with its translation (`v` flag) and flagless source, where it has one. */
const translations = [...new Set(FILES.flatMap(patternsOf))].flatMap((pattern) => {
  const translated = re2.translate(pattern);
  if (!translated.ok) return [];
  return [{ pattern, source: translated.source, plain: plainRegexSource(translated.source) }];
});

describe('RE2 translations without the v flag', () => {
  it('qualify where they should (the ImageTag name pattern) and keep the flag elsewhere', () => {
    const tagName = translations.find((one) => one.pattern === '^[a-z0-9]+(?:[._-][a-z0-9]+)*:[^:@/%]+$');
    expect(tagName?.plain).toBe('^[a-z0-9]+(?:[\\._\\-][a-z0-9]+)*:[^\\:\\@\\/\\%]+$');
    expect(translations.filter((one) => one.plain !== undefined).length).toBeGreaterThan(1);
    // Shapes where matching by UTF-16 units differs from matching by code points, or that this does not read.
    for (const source of [
      '^[[^a]]b$',
      '^[[^a]]{2}$',
      '^[[^a]]+[[^b]]+$',
      '^(?:[[^a]]+)$',
      '^a|[[^b]]+$',
      '^[[^a]]+?$',
      '^[[^a]]+',
      '^x\\D+y$',
      '^.+$',
      '^[\\p{L}]+$',
      '^é+$',
      '^(a)\\1$',
      '^(?=a)a$',
      '^[a-z--b]+$',
      '\\bword\\b',
    ])
      expect(plainRegexSource(source), source).toBeUndefined();
    expect(plainRegexSource('^x\\D+$')).toBe('^x\\D+$');
  });

  it('accept exactly the strings the v-flag RegExp accepts', () => {
    // The vendored patterns that qualify, and v-mode sources of each shape that does.
    const written = ['^[a-z]+:[[^\\:]]*$', '^x\\D*$', '^(?:ab|c)+[[^\\/]]+$', '[0-9]{2,3}\\W+$', '^a\\.b?[\\w\\-]*$'];
    const qualified = [
      ...translations.filter((one) => one.plain !== undefined),
      ...written.map((source) => ({ pattern: source, source, plain: plainRegexSource(source) })),
    ];
    expect(qualified.every((one) => one.plain !== undefined)).toBe(true);
    for (const { pattern, source, plain } of qualified) {
      const wide = new RegExp(source, 'v');
      const narrow = new RegExp(plain!);
      const own = [...new Set(pattern.replace(/\\./g, '').split(''))].filter((c) => c.trim() !== '');
      const character = fc.constantFrom(
        ...own,
        'a',
        'z',
        '0',
        '9',
        '-',
        '.',
        ':',
        '/',
        '@',
        'é',
        '😀',
        '\ud800',
        '\udc00',
        ' ',
      );
      fc.assert(
        fc.property(fc.array(character, { maxLength: 24 }), (parts) => {
          const text = parts.join('');
          expect(narrow.test(text), `${pattern} on ${JSON.stringify(text)}`).toBe(wide.test(text));
        }),
        { numRuns: 400, seed: 1604 },
      );
    }
  });
});
