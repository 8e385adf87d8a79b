import { describe, expect, it } from 'vitest';
import { formatText } from '../../generator/format.js';
import type { Property, Type } from '../../generator/ir.js';
import { printJsDoc } from '../../generator/print/doc.js';
import { printPropertyKey, printValue } from '../../generator/print/literal.js';
import { bundle } from '../../generator/bundle.js';
import { loadSpecFiles } from '../../generator/load.js';
import { normalize } from '../../generator/normalize.js';
import { parse } from '../../generator/parse/index.js';
import { brokenUnion, printType, spansLines, typeLaidOut } from '../../generator/print/type.js';
import { createRe2 } from '../../generator/re2.js';
import { upgrade } from '../../generator/upgrade.js';
import { repoPath } from '../support/pipeline.js';

const property = (name: string, type: Type, required = true, doc = {}): Property => ({
  name,
  type,
  required: { request: required, response: required },
  readOnly: false,
  nonNullInRequest: false,
  doc,
});
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

const table: [string, { given: Type; want: string }][] = [
  ['string', { given: { kind: 'string', format: 'date-time' }, want: 'string' }],
  ['int64 stays number', { given: { kind: 'number', integer: true, format: 'int64' }, want: 'number' }],
  ['literal with quotes', { given: { kind: 'literal', value: 'a"b' }, want: '"a\\"b"' }],
  [
    'enum union',
    {
      given: {
        kind: 'union',
        members: [
          { kind: 'literal', value: 'Local' },
          { kind: 'literal', value: 'Source' },
        ],
      },
      want: '"Local" | "Source"',
    },
  ],
  [
    'nullable ref',
    {
      given: { kind: 'union', members: [{ kind: 'ref', name: 'TagReference' }, { kind: 'null' }] },
      want: 'TagReference | null',
    },
  ],
  [
    'int-or-string',
    {
      given: { kind: 'union', members: [{ kind: 'number', integer: true }, { kind: 'string' }] },
      want: 'number | string',
    },
  ],
  [
    'array of union is parenthesised',
    {
      given: { kind: 'array', items: { kind: 'union', members: [{ kind: 'string' }, { kind: 'null' }] } },
      want: '(string | null)[]',
    },
  ],
  [
    'intersection of ref and union',
    {
      given: {
        kind: 'intersection',
        members: [
          { kind: 'ref', name: 'A' },
          {
            kind: 'union',
            members: [
              { kind: 'ref', name: 'B' },
              { kind: 'ref', name: 'C' },
            ],
          },
        ],
      },
      want: 'A & (B | C)',
    },
  ],
  [
    'array of a negative literal is parenthesised',
    { given: { kind: 'array', items: { kind: 'literal', value: -1e21 } }, want: '(-1e+21)[]' },
  ],
  ['empty union is never', { given: { kind: 'union', members: [] }, want: 'never' }],
  [
    'free-form object',
    {
      given: { kind: 'object', properties: [], additionalProperties: { kind: 'unknown' } },
      want: '{ [key: string]: unknown; }',
    },
  ],
  [
    'map of strings',
    {
      given: { kind: 'object', properties: [], additionalProperties: { kind: 'string' } },
      want: '{ [key: string]: string; }',
    },
  ],
  [
    'closed empty object',
    { given: { kind: 'object', properties: [], additionalProperties: false }, want: 'Record<string, never>' },
  ],
  [
    'properties with odd names are quoted',
    {
      given: {
        kind: 'object',
        properties: [
          property('a-b', { kind: 'string' }),
          property('__proto__', { kind: 'string' }, false),
          property('ok', { kind: 'boolean' }),
        ],
      },
      want: '{ "a-b": string; "__proto__"?: string; ok: boolean; }',
    },
  ],
  [
    'properties plus typed extras join the index signature',
    {
      given: {
        kind: 'object',
        properties: [property('a', { kind: 'number', integer: false }, false)],
        additionalProperties: { kind: 'string' },
      },
      want: '{ a?: number; [key: string]: string | number | undefined; }',
    },
  ],
  [
    'member docs are escaped',
    {
      given: { kind: 'object', properties: [property('a', { kind: 'string' }, true, { description: 'ends */ here' })] },
      want: '{ /** ends *\\/ here */ a: string; }',
    },
  ],
];

describe('printType', () => {
  it.each(table)('%s', (_name, { given, want }) => {
    expect(flat(printType(given))).toBe(want);
  });

  it('marks a property optional unless both directions require it', () => {
    const type: Type = {
      kind: 'object',
      properties: [
        { ...property('image', { kind: 'ref', name: 'Image' }), required: { request: true, response: false } },
      ],
    };
    expect(flat(printType(type))).toBe('{ image?: Image; }');
  });
});

describe('literals and docs', () => {
  it('prints values as inert literals', () => {
    expect(printValue('"); process.exit(1); ("')).toBe('"\\"); process.exit(1); (\\""');
    expect(printValue('a\u2028b')).toBe('"a\\u2028b"');
    expect(printPropertyKey('constructor')).toBe('constructor');
    expect(printPropertyKey('')).toBe('""');
    expect(printPropertyKey('1a')).toBe('"1a"');
  });

  it('prints JSDoc with tags and escapes', () => {
    expect(printJsDoc({})).toBe('');
    expect(printJsDoc({ description: 'one line' })).toBe('/** one line */');
    expect(printJsDoc({ description: 'a\n\nb */ c\n@evil', default: {}, format: 'int64', deprecated: true })).toBe(
      [
        '/**',
        ' * a',
        ' *',
        ' * b *\\/ c',
        ' * \\@evil',
        ' * @format int64',
        ' * @default {}',
        ' * @deprecated',
        ' */',
      ].join('\n'),
    );
  });
});

describe('typeLaidOut', () => {
  // Shapes Prettier prints as printType does (checked against Prettier by test/prettier-oracle.test.ts on GitHub's
  // API): objects joined by `&` (never indented), and an index signature whose value is one object type.
  const object = (name: string): Type => ({ kind: 'object', properties: [property(name, { kind: 'string' })] });
  it('vouches for {...} & {...} and [key: string]: {...}', () => {
    expect(typeLaidOut({ kind: 'intersection', members: [object('a'), object('b')] }, true)).toBe(true);
    expect(typeLaidOut({ kind: 'object', properties: [], additionalProperties: object('a') })).toBe(true);
  });
  it('still leaves a union of objects, and an index signature joined with listed properties, to Prettier', () => {
    expect(typeLaidOut({ kind: 'union', members: [object('a'), object('b')] })).toBe(false);
    expect(
      typeLaidOut({ kind: 'object', properties: [property('b', object('c'))], additionalProperties: object('a') }),
    ).toBe(false);
  });
});

describe('an object joined with a union of objects (`{...} & (| {...} | {...})`)', () => {
  // A request body that must hold one of several properties; it went to Prettier on Stripe-/OpenAI-sized specs.
  const object = (...names: string[]): Type => ({
    kind: 'object',
    properties: names.map((name) => property(name, { kind: 'unknown' })),
  });
  const choice: Type = {
    kind: 'intersection',
    members: [object('a', 'b'), { kind: 'union', members: [object('a'), object('b'), object('c', 'd')] }],
  };

  it('as a type alias, as Prettier prints it', async () => {
    expect(typeLaidOut(choice)).toBe(true);
    const alias = `export type X = ${printType(choice)};\n`;
    expect(await formatText(alias, 'babel-ts')).toBe(alias);
  });

  it('as a member of an object type, two levels in, as Prettier prints it', async () => {
    const outer: Type = { kind: 'object', properties: [property('body', choice, false)] };
    expect(typeLaidOut(outer)).toBe(true);
    // printType leaves the lines after the first to the caller to indent (here by the member's two spaces).
    const alias = `export type X = {\n  inner: ${printType(outer, 2).replace(/\n/g, '\n  ')};\n};\n`;
    expect(await formatText(alias, 'babel-ts')).toBe(alias);
  });

  it('a union with a member other than an object is still left to Prettier', () => {
    const mixed: Type = {
      kind: 'intersection',
      members: [object('a'), { kind: 'union', members: [object('a'), { kind: 'string' }] }],
    };
    expect(typeLaidOut(mixed)).toBe(false);
  });
});

describe('a union with a `Name & {...}` member', () => {
  // `| (SimpleUser & {` … `})`, one member a line: it sent the whole alias to Prettier.
  const object = (...names: string[]): Type => ({
    kind: 'object',
    properties: names.map((name) => property(name, { kind: 'string' })),
  });
  const union: Type = {
    kind: 'union',
    members: [
      { kind: 'intersection', members: [{ kind: 'ref', name: 'SimpleUser' }, object('actor_type', 'role')] },
      object('actor_type', 'slug'),
    ],
  };

  it('is broken one member a line as Prettier breaks it', async () => {
    const alias = `export type X =\n  ${brokenUnion(union, '  ')};\n`;
    expect(await formatText(alias, 'babel-ts')).toBe(alias);
  });
});

describe('spansLines', () => {
  // typeLaidOut asks whether a type spans lines at every level of a nested type; it printed each level to find out
  // (quadratic in the nesting) and now reads the structure. Held to the printer on every type of real specs.
  const specs = [
    'test/fixtures/reference/specs-real/twilio_api_v2010.yaml',
    'test/fixtures/reference/specs-real/oai-webhook-example-31.json',
    'test/fixtures/reference/specs-at-scale/kubernetes.swagger.json',
    'specs/imagetag.openapi.yaml',
  ];
  /** Every type below `type`, itself included. */
  function* types(type: Type): Generator<Type> {
    yield type;
    if (type.kind === 'array') {
      for (const item of type.prefixItems ?? []) yield* types(item);
      yield* types(type.items);
    } else if (type.kind === 'object') {
      for (const each of type.properties) yield* types(each.type);
      if (typeof type.additionalProperties === 'object') yield* types(type.additionalProperties);
      for (const entry of type.patternProperties ?? []) yield* types(entry.type);
    } else if (type.kind === 'union' || type.kind === 'intersection')
      for (const member of type.members) yield* types(member);
  }

  for (const spec of specs)
    it(`agrees with printType on every type of ${spec.split('/').pop()!}`, { timeout: 120_000 }, async () => {
      const path = repoPath(spec);
      const document = upgrade(bundle(await loadSpecFiles(path), path));
      const options = { kubernetes: 'auto' as const, allowDanglingRefs: true };
      const { api } = parse(normalize(document, options), options, createRe2());
      let checked = 0;
      for (const model of api.models)
        for (const type of types(model.type)) {
          expect(spansLines(type), printType(type).slice(0, 200)).toBe(printType(type).includes('\n'));
          checked++;
        }
      expect(checked).toBeGreaterThan(api.models.length);
    });
});
