// In-document refs resolve as the URL parser resolves them: resolveRef takes a shortcut for plain fragments against
// the document's own base (it no longer parses a URL per ref), which must agree with `new URL(ref, base)` for every
// character a key may hold, the ones URL parsing percent-encodes or strips (spaces and tabs at the end) included.
import { describe, expect, it } from 'vitest';
import { escapePointerSegment } from '../../generator/errors.js';
import { DOCUMENT_BASE, indexRefs, resolveRef } from '../../generator/parse/refs.js';

/** What resolveRef answered before the shortcut: the ref resolved by URL parsing, its fragment decoded. */
function byUrl(ref: string, document: Record<string, unknown>): string | undefined {
  const href = new URL(ref, DOCUMENT_BASE).href;
  let fragment = href.slice(href.indexOf('#') + 1);
  try {
    fragment = decodeURIComponent(fragment);
  } catch {
    // Not valid percent-encoding: read as written.
  }
  const pointer = fragment
    .split('/')
    .map((segment, index) =>
      index === 0 ? segment : escapePointerSegment(segment.replace(/~1/g, '/').replace(/~0/g, '~')),
    )
    .join('/');
  const name = pointer.split('/').pop()!.replace(/~1/g, '/').replace(/~0/g, '~');
  const schemas = (document['components'] as { schemas: Record<string, unknown> }).schemas;
  return Object.hasOwn(schemas, name) ? pointer : undefined;
}

describe('resolveRef', () => {
  const keys = [
    ...Array.from({ length: 0x7f - 0x20 }, (_, at) => `a${String.fromCharCode(0x20 + at)}b`),
    'é',
    'a%20b',
    'b ',
    ' b',
    'b\t',
    'b\n',
  ];
  const document = {
    openapi: '3.1.0',
    components: { schemas: Object.fromEntries(keys.map((key) => [key, { type: 'string' }])) },
  };
  const index = indexRefs(document, false);

  it('agrees with URL parsing on a ref to a key holding any printable character', () => {
    for (const key of keys) {
      const segment = escapePointerSegment(key);
      for (const ref of [`#/components/schemas/${segment}`, `#/components/schemas/${encodeURIComponent(segment)}`]) {
        expect(resolveRef(index, ref, '/components/schemas/a', document), ref).toBe(byUrl(ref, document));
      }
    }
  });

  it('finds the schema a plain ref names, and nothing for a dangling one', () => {
    expect(resolveRef(index, '#/components/schemas/a-b', '', document)).toBe('/components/schemas/a-b');
    expect(resolveRef(index, '#/components/schemas/missing', '', document)).toBeUndefined();
  });
});
