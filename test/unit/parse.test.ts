import { describe, expect, it } from 'vitest';
import type { JsonObject, Spec } from '../../generator/document.js';
import { SpecgenError } from '../../generator/errors.js';
import type { Type } from '../../generator/ir.js';
import { parse } from '../../generator/parse/index.js';
import { parsePathTemplate } from '../../generator/parse/operations.js';
import { parseKubernetesPath } from '../../generator/parse/resources.js';
import { createSchemaContext, schemaToType, type SchemaContext } from '../../generator/parse/schema.js';

const context = (reports: string[] = []): SchemaContext =>
  createSchemaContext({
    document: { components: { schemas: { Pet: { type: 'object' } } }, other: { inline: { type: 'boolean' } } },
    modelNames: new Map([['Pet', 'Pet']]),
    report: ({ message, severity }) => reports.push(`${severity}: ${message}`),
  });

const table: [string, { given: JsonObject; want: Type }][] = [
  [
    '$ref to a model',
    { given: { $ref: '#/components/schemas/Pet', description: 'docs only' }, want: { kind: 'ref', name: 'Pet' } },
  ],
  ['$ref elsewhere is inlined', { given: { $ref: '#/other/inline' }, want: { kind: 'boolean' } }],
  [
    'enum',
    {
      given: { type: 'string', enum: ['a', 'b'] },
      want: {
        kind: 'union',
        members: [
          { kind: 'literal', value: 'a' },
          { kind: 'literal', value: 'b' },
        ],
      },
    },
  ],
  ['const', { given: { const: 3 }, want: { kind: 'literal', value: 3 } }],
  [
    'type array',
    {
      given: { type: ['string', 'null'], maxLength: 3 },
      want: { kind: 'union', members: [{ kind: 'string', maxLength: 3 }, { kind: 'null' }] },
    },
  ],
  [
    'integer with bounds',
    {
      given: { type: 'integer', format: 'int32', minimum: 0 },
      want: { kind: 'number', integer: true, format: 'int32', minimum: 0 },
    },
  ],
  ['array without items', { given: { type: 'array' }, want: { kind: 'array', items: { kind: 'unknown' } } }],
  ['empty schema', { given: {}, want: { kind: 'unknown' } }],
  [
    'free-form object',
    { given: { type: 'object' }, want: { kind: 'object', properties: [], additionalProperties: { kind: 'unknown' } } },
  ],
  [
    'closed object',
    {
      given: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false },
      want: {
        kind: 'object',
        properties: [
          {
            name: 'a',
            type: { kind: 'string' },
            required: { request: false, response: false },
            readOnly: false,
            nonNullInRequest: false,
            doc: {},
          },
        ],
        additionalProperties: false,
      },
    },
  ],
  [
    'properties are sorted, presence per mode',
    {
      given: {
        type: 'object',
        required: ['z', 'a', 'ro'],
        properties: {
          z: { type: 'string' },
          ro: { type: 'string', readOnly: true },
          a: { type: 'string', 'x-specgen-optional-in-response': true, 'x-specgen-non-null-in-request': true },
        },
      },
      want: {
        kind: 'object',
        properties: [
          {
            name: 'a',
            type: { kind: 'string' },
            required: { request: true, response: false },
            readOnly: false,
            nonNullInRequest: true,
            doc: {},
          },
          {
            name: 'ro',
            type: { kind: 'string' },
            required: { request: false, response: true },
            readOnly: true,
            nonNullInRequest: false,
            doc: {},
          },
          {
            name: 'z',
            type: { kind: 'string' },
            required: { request: true, response: true },
            readOnly: false,
            nonNullInRequest: false,
            doc: {},
          },
        ],
      },
    },
  ],
  [
    'allOf is an intersection',
    {
      given: { allOf: [{ $ref: '#/components/schemas/Pet' }, { type: 'object', properties: {} }] },
      want: {
        kind: 'intersection',
        members: [
          { kind: 'ref', name: 'Pet' },
          { kind: 'object', properties: [], additionalProperties: { kind: 'unknown' } },
        ],
      },
    },
  ],
  [
    'anyOf is a union',
    {
      given: { anyOf: [{ type: 'integer' }, { type: 'string' }] },
      want: { kind: 'union', members: [{ kind: 'number', integer: true }, { kind: 'string' }] },
    },
  ],
];

describe('schemaToType', () => {
  it.each(table)('%s', (_name, { given, want }) => {
    const reports: string[] = [];
    expect(schemaToType(given, '', context(reports))).toEqual(want);
    expect(reports).toEqual([]);
  });

  it('reports dangling refs, unknown types and required names that do not exist', () => {
    const reports: string[] = [];
    schemaToType({ $ref: '#/components/schemas/Nope' }, '', context(reports));
    schemaToType({ type: 'strnig' }, '', context(reports));
    schemaToType({ type: 'object', required: ['b'], properties: { a: {} } }, '', context(reports));
    expect(reports).toEqual([
      'error: dangling $ref: #/components/schemas/Nope points nowhere',
      'error: unknown type "strnig"',
      'warning: required property "b" is not defined in properties',
    ]);
  });
});

describe('parse', () => {
  const spec = (document: JsonObject): Spec & { kubernetes: boolean } => ({
    document,
    file: 'api.yaml',
    kubernetes: false,
    locate: (pointer) => ({ file: 'api.yaml', pointer }),
  });

  it('lists every dangling $ref at once, with its place', () => {
    const document: JsonObject = {
      components: {
        schemas: {
          A: { $ref: '#/components/schemas/Missing1' },
          B: { properties: { x: { $ref: '#/components/schemas/Missing2' } } },
        },
      },
    };
    expect(() => parse(spec(document))).toThrow(SpecgenError);
    try {
      parse(spec(document));
    } catch (error) {
      expect((error as SpecgenError).message).toBe(
        [
          'api.yaml (#/components/schemas/A/$ref): dangling $ref: #/components/schemas/Missing1 points nowhere',
          'api.yaml (#/components/schemas/B/properties/x/$ref): dangling $ref: #/components/schemas/Missing2 points nowhere',
        ].join('\n'),
      );
    }
  });

  it('turns dangling refs into warnings when allowed', () => {
    const document: JsonObject = { components: { schemas: { A: { $ref: '#/components/schemas/Missing' } } } };
    const result = parse(spec(document), { allowDanglingRefs: true });
    expect(result.api.models[0]!.type).toEqual({ kind: 'unknown' });
    expect(result.warnings).toHaveLength(1);
  });

  it('rejects duplicate operationIds', () => {
    const document: JsonObject = {
      paths: { '/a': { get: { operationId: 'x', responses: {} } }, '/b': { get: { operationId: 'x', responses: {} } } },
    };
    expect(() => parse(spec(document))).toThrow(/duplicate operationId "x"/);
  });

  it('merges path-level parameters, sorts them, and names operations', () => {
    const document: JsonObject = {
      paths: {
        '/pets/{id}': {
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'z', in: 'query', schema: { type: 'string' } },
          ],
          get: {
            parameters: [{ name: 'a', in: 'query', required: true, schema: { type: 'integer' } }],
            responses: { '200': { description: 'ok' } },
          },
        },
      },
    };
    const [operation] = parse(spec(document)).api.operations;
    expect(operation!.name).toBe('getPetsById');
    expect(operation!.parameters.path.map((p) => p.name)).toEqual(['id']);
    expect(operation!.parameters.query.map((p) => [p.name, p.required])).toEqual([
      ['a', true],
      ['z', false],
    ]);
  });
});

describe('parseKubernetesPath', () => {
  it.each([
    [
      '/apis/image.openshift.io/v1/namespaces/{namespace}/imagetags/{name}',
      { group: 'image.openshift.io', version: 'v1', plural: 'imagetags', namespaced: true, named: true, watch: false },
    ],
    [
      '/apis/image.openshift.io/v1/imagetags',
      {
        group: 'image.openshift.io',
        version: 'v1',
        plural: 'imagetags',
        namespaced: false,
        named: false,
        watch: false,
      },
    ],
    [
      '/api/v1/namespaces/{name}',
      { group: '', version: 'v1', plural: 'namespaces', namespaced: false, named: true, watch: false },
    ],
    [
      '/api/v1/namespaces/{namespace}/pods/{name}/log',
      { group: '', version: 'v1', plural: 'pods', namespaced: true, named: true, subresource: 'log', watch: false },
    ],
    [
      '/apis/apps/v1/watch/namespaces/{namespace}/deployments',
      { group: 'apps', version: 'v1', plural: 'deployments', namespaced: true, named: false, watch: true },
    ],
  ] as const)('%s', (path, want) => {
    expect(parseKubernetesPath(path)).toEqual(want);
  });

  it('is undefined for other paths', () => {
    expect(parseKubernetesPath('/pets')).toBeUndefined();
  });
});

describe('one parameter name in two locations', () => {
  it('keeps the name for the path parameter and gives the other a location-qualified key (Kubernetes proxy paths)', () => {
    const document: JsonObject = {
      paths: {
        '/api/v1/namespaces/{namespace}/pods/{name}/proxy/{path}': {
          parameters: [
            { name: 'path', in: 'query', schema: { type: 'string' } },
            { name: 'path', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'name', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'namespace', in: 'path', required: true, schema: { type: 'string' } },
          ],
          get: { operationId: 'connectGetNamespacedPodProxyWithPath', responses: { '200': { description: 'ok' } } },
        },
      },
    };
    const [operation] = parse({
      document,
      file: 'k.yaml',
      kubernetes: false,
      locate: (pointer) => ({ file: 'k.yaml', pointer }),
    }).api.operations;
    expect(operation!.parameters.path.map((p) => [p.name, p.key])).toEqual([
      ['name', 'name'],
      ['namespace', 'namespace'],
      ['path', 'path'],
    ]);
    expect(operation!.parameters.query.map((p) => [p.name, p.key])).toEqual([['path', 'queryPath']]);
  });
});

describe('parsePathTemplate (RFC 6570 expressions, issue 13)', () => {
  const table: [string, { given: string; want: ReturnType<typeof parsePathTemplate> }][] = [
    ['plain parameters', { given: '/a/{x}/b/{y}', want: { names: ['x', 'y'], simple: '/a/{x}/b/{y}' } }],
    ['explode modifier', { given: '/files/{name*}', want: { names: ['name'], simple: '/files/{name}' } }],
    ['prefix modifier', { given: '/short/{id:8}', want: { names: ['id'], simple: '/short/{id}' } }],
    ['label expansion', { given: '/v{.label}', want: { names: ['label'], simple: '/v.{label}' } }],
    ['path-style (matrix) expansion', { given: '/m{;color}', want: { names: ['color'], simple: '/m;color={color}' } }],
    ['path segment expansion', { given: '/root{/seg}', want: { names: ['seg'], simple: '/root/{seg}' } }],
    ['reserved expansion', { given: '/raw/{+path}', want: { names: ['path'], simple: '/raw/{path}' } }],
    [
      'variable lists',
      { given: '/p/{x,y}{;a,b}', want: { names: ['x', 'y', 'a', 'b'], simple: '/p/{x},{y};a={a};b={b}' } },
    ],
    [
      'query expansion',
      { given: '/q{?x}', want: { problem: '{?x} is a query expansion: declare a query parameter instead' } },
    ],
  ];
  it.each(table)('%s', (_name, { given, want }) => {
    expect(parsePathTemplate(given)).toEqual(want);
  });
});
