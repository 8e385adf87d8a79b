// The JSON Schema keywords the validators once ignored (issue 19), one row each: the verdicts of the generated
// validators against Ajv's on samples, in both `jsonSchema` modes, and what the types say (checked by compiling
// assignments, `@ts-expect-error` where TypeScript must refuse). Also: references, and the errors' wording.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ts } from 'ts-morph';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Json, JsonObject } from '../generator/document.js';
import { generate, SpecgenError } from '../generator/index.js';
import type { TemplateSources } from '../generator/render.js';
import { loadTemplates } from '../generator/templates.js';
import { compileDiagnostics } from './support/compile.js';

type Mode = 'infer' | 'strict';
type Guard = (value: unknown) => boolean;
type Validate = (value: unknown) => {
  valid: boolean;
  errors?: readonly { type: string; path: string; message: string }[];
};

/** One construct: its schema (a model of a 3.1 document), samples, and where `infer` reads it otherwise than Ajv. */
interface Row {
  readonly schema: Json;
  readonly samples: readonly Json[];
  /** Samples `infer` mode judges otherwise than JSON Schema, because it infers the type from the keywords. */
  readonly inferred?: readonly Json[];
}

const ROWS: Readonly<Record<string, Row>> = {
  MaximumWithoutType: { schema: { maximum: 3 }, samples: [3, 3.5, 'x', null] },
  UniqueWithoutType: { schema: { uniqueItems: true }, samples: [[1, 2], [1, 1], [{ a: 1 }, { a: 1 }], 'x'] },
  PropertiesWithoutType: {
    schema: { properties: { a: { type: 'string' } } },
    samples: [{ a: 'x' }, { a: 1 }, 5],
    inferred: [5],
  },
  Not: { schema: { not: { type: 'string' } }, samples: ['x', 1, null] },
  IfThenElse: {
    schema: {
      if: { properties: { kind: { const: 'a' } }, required: ['kind'] },
      then: { required: ['x'] },
      else: { required: ['y'] },
    },
    samples: [{ kind: 'a', x: 1 }, { kind: 'a', y: 1 }, { kind: 'b', y: 1 }, { kind: 'b' }, 3],
    // infer reads a non-empty `required` without `type` as an object, as it reads `properties` (so that `required`
    // in an allOf branch of its own types the merged object): the branches reject 3.
    inferred: [3],
  },
  Tuple: {
    schema: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'number' }], items: false },
    samples: [['a', 1], ['a'], [], [1], ['a', 1, 2]],
  },
  PatternProperties: {
    schema: { type: 'object', patternProperties: { '^x-': { type: 'number' } }, additionalProperties: false },
    samples: [{ 'x-a': 1 }, { 'x-a': 'one' }, { y: 1 }, {}],
  },
  OneOf: { schema: { oneOf: [{ type: 'integer' }, { minimum: 2 }] }, samples: [1, 3, 2.5, 0.5, 'x'] },
  EnumOfObjects: { schema: { enum: [{ a: 1 }, [1, 2], 'x'] }, samples: [{ a: 1 }, { a: 2 }, [1, 2], [2, 1], 'x', 'y'] },
  Const: { schema: { const: 'x' }, samples: ['x', 'y', 1] },
  DependentRequired: {
    schema: { type: 'object', dependentRequired: { a: ['b'] } },
    samples: [{ a: 1, b: 2 }, { a: 1 }, { b: 1 }, {}],
  },
  DependentSchemas: {
    schema: { type: 'object', dependentSchemas: { a: { properties: { b: { type: 'string' } } } } },
    samples: [{ a: 1, b: 'x' }, { a: 1, b: 2 }, { b: 2 }],
  },
  Contains: {
    schema: { type: 'array', contains: { type: 'string' }, minContains: 2, maxContains: 3 },
    samples: [['a', 'b'], ['a', 1], ['a', 'b', 'c', 'd'], []],
  },
  PropertyNames: { schema: { type: 'object', propertyNames: { maxLength: 2 } }, samples: [{ ab: 1 }, { abc: 1 }, {}] },
  PropertyCounts: {
    schema: { type: 'object', minProperties: 1, maxProperties: 2 },
    samples: [{}, { a: 1 }, { a: 1, b: 2, c: 3 }],
  },
  RequiredNotListed: {
    schema: { type: 'object', properties: { a: { type: 'string' } }, required: ['b'] },
    samples: [{ b: null }, { a: 'x' }, {}],
  },
  Unevaluated: {
    schema: {
      type: 'object',
      properties: { a: true },
      allOf: [{ properties: { b: true } }],
      anyOf: [{ properties: { c: { const: 1 } }, required: ['c'] }, true],
      unevaluatedProperties: false,
    },
    samples: [{ a: 1, b: 2 }, { a: 1, c: 1 }, { c: 2 }, { d: 1 }],
  },
  UnevaluatedItems: {
    schema: {
      prefixItems: [{ type: 'string' }],
      allOf: [{ prefixItems: [true, { type: 'number' }] }],
      unevaluatedItems: false,
    },
    samples: [['a', 1], ['a'], ['a', 1, 2], [1], 'x'],
  },
  RefToAnchor: {
    schema: { $id: 'https://example.com/anchored', $defs: { s: { $anchor: 'short', maxLength: 2 } }, $ref: '#short' },
    samples: ['ab', 'abc', 5],
  },
  RefRelativeToId: {
    schema: {
      $id: 'https://example.com/root/base.json',
      $defs: { other: { $id: 'other.json', type: 'integer' } },
      properties: { n: { $ref: 'other.json' } },
    },
    samples: [{ n: 1 }, { n: 'x' }],
  },
  RefEscaped: {
    schema: {
      $id: 'urn:example:escaped',
      $defs: { 'a/b': { type: 'integer' }, 'c%d': { type: 'string' } },
      properties: { slash: { $ref: '#/$defs/a~1b' }, percent: { $ref: '#/$defs/c%25d' } },
    },
    samples: [{ slash: 1, percent: 'x' }, { slash: 'x' }, { percent: 1 }],
  },
  RefToBoolean: {
    schema: { $id: 'urn:example:bool', $defs: { no: false }, properties: { a: { $ref: '#/$defs/no' } } },
    samples: [{}, { a: 1 }],
  },
  RecursiveDefs: {
    schema: {
      $id: 'urn:example:tree',
      $ref: '#/$defs/node',
      $defs: {
        node: {
          type: 'object',
          properties: { value: { type: 'number' }, children: { type: 'array', items: { $ref: '#/$defs/node' } } },
        },
      },
    },
    samples: [
      { value: 1, children: [{ value: 2, children: [] }] },
      { value: 1, children: [{ value: 'x' }] },
    ],
  },
};

let templates: TemplateSources;
beforeAll(async () => {
  templates = await loadTemplates();
});

/** Generates a 3.1 document with every row as a model, in one mode, and imports its validators. */
async function generateRows(mode: Mode): Promise<{ module: Record<string, unknown>; sources: Record<string, string> }> {
  const schemas = Object.fromEntries(Object.entries(ROWS).map(([name, row]) => [name, row.schema]));
  const value: JsonObject = {
    openapi: '3.1.0',
    info: { title: 'keywords', version: '1' },
    paths: {},
    components: { schemas },
  };
  const result = await generate(
    { spec: { file: 'keywords.json', value, locate: () => undefined } },
    { templates, packageName: '@specgen/keywords', jsonSchema: mode },
  );
  const sources = Object.fromEntries(
    result.files
      .filter((file) => /^src\/(types|validators)\.ts$/.test(file.path))
      .map((file) => [file.path, file.contents]),
  );
  const { outputText } = ts.transpileModule(sources['src/validators.ts']!, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const dir = mkdtempSync(join(tmpdir(), 'specgen-keywords-'));
  try {
    writeFileSync(join(dir, 'validators.mjs'), outputText);
    return {
      module: (await import(pathToFileURL(join(dir, 'validators.mjs')).href)) as Record<string, unknown>,
      sources,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.each(['strict', 'infer'] as const)('jsonSchema: %s', (mode) => {
  let module: Record<string, unknown>;
  let sources: Record<string, string>;
  const ajv = new Ajv2020({ strict: false });

  beforeAll(async () => {
    ({ module, sources } = await generateRows(mode));
  });

  it.each(Object.keys(ROWS))('%s: isX and validateX give Ajv verdicts (infer: but for what it infers)', (name) => {
    const row = ROWS[name]!;
    const validate = ajv.compile(row.schema as object);
    const is = module[`is${name}`] as Guard;
    const full = module[`validate${name}`] as Validate;
    const disagreements = row.samples.filter((sample) => {
      const ours = is(sample);
      expect(full(sample).valid, JSON.stringify(sample)).toBe(ours);
      return ours !== validate(sample);
    });
    expect(disagreements).toEqual(mode === 'infer' ? (row.inferred ?? []) : []);
  });

  it('types follow what TypeScript can say, and every validator is a sound guard for its type', () => {
    const checks = [
      "import type * as T from './types.js';",
      "const tuple: T.Tuple = ['a', 1];",
      "const short: T.Tuple = ['a'];",
      '// @ts-expect-error the first item is a string',
      'const wrong: T.Tuple = [1];',
      '// @ts-expect-error nothing after the prefix (items: false)',
      "const long: T.Tuple = ['a', 1, 2];",
      "const patterned: T.PatternProperties = { 'x-a': 1 };",
      '// @ts-expect-error pattern properties are numbers',
      "const notNumber: T.PatternProperties = { 'x-a': 'one' };",
      "const constant: T.Const = 'x';",
      '// @ts-expect-error a const is its literal type',
      "const other: T.Const = 'y';",
      // `not` and `if` do not narrow: the type stays what the rest of the schema says.
      'const anything: T.Not = 42;',
      'const conditional: T.IfThenElse = 3;',
      'const tree: T.RecursiveDefs = { value: 1, children: [{ children: [] }] };',
      'export { tuple, short, wrong, long, patterned, notNumber, constant, other, anything, conditional, tree };',
    ];
    expect(compileDiagnostics({ ...sources, 'src/check.ts': checks.join('\n') })).toEqual([]);
  });
});

describe('errors for the new keywords, in the Kubernetes field-error format', () => {
  it('name the failing property', async () => {
    const { module } = await generateRows('strict');
    const errors = (name: string, value: unknown) =>
      ((module[`validate${name}`] as Validate)(value).errors ?? []).map((error) => `${error.type} ${error.path}`);
    expect(errors('DependentRequired', { a: 1 })).toEqual(['FieldValueRequired b']);
    expect(errors('PatternProperties', { y: 1 })).toEqual(['FieldValueNotSupported y']);
    expect(errors('PatternProperties', { 'x-a': 'one' })).toEqual(['FieldValueTypeInvalid [x-a]']);
    expect(errors('EnumOfObjects', { a: 2 })).toEqual(['FieldValueNotSupported ']);
    expect(errors('Unevaluated', { d: 1 })).toEqual(['FieldValueNotSupported d']);
    expect(errors('Contains', [])).toEqual(['FieldValueInvalid ']);
  });
});

describe('references that cannot resolve, or are not references', () => {
  it('report a $ref that is not a string, and a dangling one, at their place', async () => {
    const value: JsonObject = {
      openapi: '3.1.0',
      info: { title: 'refs', version: '1' },
      paths: {},
      components: { schemas: { A: { $ref: 5 }, B: { properties: { b: { $ref: '#nowhere' } } } } },
    };
    const failure = await generate(
      { spec: { file: 'refs.json', value, locate: () => undefined } },
      { templates, packageName: 'x' },
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SpecgenError);
    expect(String((failure as Error).message)).toContain('#/components/schemas/A/$ref');
    expect(String((failure as Error).message)).toContain('a $ref must be a string');
    expect(String((failure as Error).message)).toContain('#/components/schemas/B/properties/b/$ref');
  });
});
