import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Json, JsonObject, SourceDocument } from '../../generator/document.js';
import { SpecgenError } from '../../generator/errors.js';
import { parseSource } from '../../generator/load.js';
import { upgrade } from '../../generator/upgrade.js';

/** Freezes a value and everything in it, so any mutation throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Parses a spec and freezes it: upgrade must never write to its input. */
function frozen(file: string, text: string): SourceDocument {
  const document = parseSource(file, text);
  deepFreeze(document.value);
  return document;
}

/** Walks a JSON value by path. */
function at(value: Json, ...path: (string | number)[]): Json | undefined {
  let node: Json | undefined = value;
  for (const segment of path) node = (node as Record<string | number, Json> | undefined)?.[segment];
  return node;
}

const swagger = frozen(
  'petstore.swagger.yaml',
  `swagger: "2.0"
info: {title: Pets, version: "1"}
host: pets.example.com
basePath: /v1
schemes: [https, http]
consumes: [application/json]
produces: [application/json]
x-top: kept
securityDefinitions:
  basic: {type: basic}
  token: {type: apiKey, name: Authorization, in: header}
  oauth: {type: oauth2, flow: accessCode, authorizationUrl: "https://a", tokenUrl: "https://t", scopes: {read: Read}}
parameters:
  limit: {name: limit, in: query, type: integer, minimum: 1, exclusiveMinimum: true, maximum: 100}
  petBody: {name: body, in: body, required: true, schema: {$ref: "#/definitions/Pet"}}
responses:
  NotFound: {description: not found, schema: {$ref: "#/definitions/Error"}}
paths:
  /pets:
    parameters:
      - {name: X-Trace, in: header, type: string}
    get:
      operationId: listPets
      produces: [application/json, application/yaml]
      parameters:
        - $ref: "#/parameters/limit"
        - {name: tags, in: query, type: array, items: {type: string}, collectionFormat: multi}
        - {name: ids, in: query, type: array, items: {type: integer}}
        - {name: words, in: query, type: array, items: {type: string}, collectionFormat: ssv}
        - {name: bars, in: query, type: array, items: {type: string}, collectionFormat: pipes, uniqueItems: true}
      responses:
        "200":
          description: ok
          headers:
            X-Rate: {type: integer, format: int32, description: rate}
          schema: {type: array, items: {$ref: "#/definitions/Pet"}}
          examples: {application/json: [{name: rex}]}
        "404": {$ref: "#/responses/NotFound"}
    post:
      operationId: createPet
      consumes: [application/json, application/yaml]
      parameters:
        - {name: body, in: body, required: true, description: the pet, schema: {$ref: "#/definitions/Pet"}, x-body-ext: yes}
        - {name: dryRun, in: query, type: boolean}
      responses:
        "201": {description: created, schema: {$ref: "#/definitions/Pet"}}
  /pets/{id}:
    put:
      parameters:
        - $ref: "#/parameters/petBody"
        - {name: id, in: path, required: true, type: string}
      responses:
        default: {description: error}
  /pets/{id}/photo:
    post:
      consumes: [multipart/form-data]
      produces: [image/png]
      parameters:
        - {name: id, in: path, required: true, type: string}
        - {name: file, in: formData, type: file, required: true, description: the photo}
        - {name: caption, in: formData, type: string}
      responses:
        "200": {description: the photo, schema: {type: file}}
  /search:
    get:
      parameters:
        - {name: q, in: formData, type: string}
      responses:
        "204": {description: nothing}
definitions:
  Pet:
    type: object
    required: [name]
    discriminator: kind
    properties:
      name: {type: string, x-nullable: true}
      kind: {type: string}
      owner: {$ref: "#/definitions/Owner", description: the owner, default: {}}
      age: {type: integer, minimum: 0, exclusiveMinimum: false}
      tags: {type: array, items: {$ref: "#/definitions/Tag"}}
      extra: {type: object, additionalProperties: {$ref: "#/definitions/Tag"}}
      any: {allOf: [{$ref: "#/definitions/Tag"}, {x-nullable: true}]}
  Owner: {type: object, x-nullable: true, x-kubernetes-kind: Owner}
  Tag: {type: string, enum: [a, b], example: {$ref: "#/definitions/NotARef"}}
  Error: {type: object}
`,
);

describe('upgrade: version detection', () => {
  type Case = [string, { given: { file: string; text: string }; want: string }];
  const table: Case[] = [
    [
      'OpenAPI 4',
      {
        given: { file: 'a.yaml', text: 'openapi: 4.0.0\ninfo: {}\n' },
        want: 'a.yaml:1:10 (#/openapi): unsupported OpenAPI version "4.0.0" (supported: Swagger 2.0, OpenAPI 3.0, 3.1)',
      },
    ],
    [
      'OpenAPI 3.2',
      {
        given: { file: 'a.json', text: '{\n  "openapi": "3.2.0"\n}' },
        want: 'a.json:2:14 (#/openapi): unsupported OpenAPI version "3.2.0" (supported: Swagger 2.0, OpenAPI 3.0, 3.1)',
      },
    ],
    [
      'an unquoted YAML number',
      {
        given: { file: 'a.yaml', text: 'info: {}\nopenapi: 3.1\n' },
        want: 'a.yaml:2:10 (#/openapi): unsupported OpenAPI version "3.1" (supported: Swagger 2.0, OpenAPI 3.0, 3.1)',
      },
    ],
    [
      'Swagger 1.2',
      {
        given: { file: 'a.yaml', text: 'swagger: "1.2"\n' },
        want: 'a.yaml:1:10 (#/swagger): unsupported OpenAPI version "1.2" (supported: Swagger 2.0, OpenAPI 3.0, 3.1)',
      },
    ],
    [
      'no version at all',
      {
        given: { file: 'a.yaml', text: 'info: {}\n' },
        want: 'a.yaml:1:1: not an OpenAPI document: it has neither an `openapi` nor a `swagger` field (supported: Swagger 2.0, OpenAPI 3.0, 3.1)',
      },
    ],
  ];
  it.each(table)('%s', (_name, { given, want }) => {
    let error: unknown;
    try {
      upgrade(parseSource(given.file, given.text));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SpecgenError);
    expect((error as SpecgenError).message).toBe(want);
  });

  it.each([
    ['3.0.3', '3.0'],
    ['3.0.0-rc2', '3.0'],
    ['3.1.0', '3.1'],
    ['3.1.1', '3.1'],
  ])('accepts openapi %s', (version) => {
    expect(upgrade(parseSource('a.yaml', `openapi: "${version}"\n`)).document.openapi).toBe('3.1.0');
  });
});

describe('upgrade: Swagger 2.0', () => {
  const spec = upgrade(swagger);
  const document = spec.document;
  const pets = at(document, 'paths', '/pets') as JsonObject;

  type Case = [string, { given: (string | number)[]; want: Json | undefined }];
  const table: Case[] = [
    ['openapi is 3.1.0, swagger is gone', { given: ['swagger'], want: undefined }],
    [
      'host, basePath and schemes become servers',
      { given: ['servers'], want: [{ url: 'https://pets.example.com/v1' }, { url: 'http://pets.example.com/v1' }] },
    ],
    ['extensions stay', { given: ['x-top'], want: 'kept' }],
    ['global consumes/produces leave', { given: ['consumes'], want: undefined }],
    ['definitions become components.schemas', { given: ['components', 'schemas', 'Error'], want: { type: 'object' } }],
    [
      'refs to definitions are rewritten, even nested',
      {
        given: ['components', 'schemas', 'Pet', 'properties', 'tags', 'items'],
        want: { $ref: '#/components/schemas/Tag' },
      },
    ],
    [
      'additionalProperties are walked',
      {
        given: ['components', 'schemas', 'Pet', 'properties', 'extra', 'additionalProperties'],
        want: { $ref: '#/components/schemas/Tag' },
      },
    ],
    [
      'allOf members are walked, x-nullable becomes nullable',
      {
        given: ['components', 'schemas', 'Pet', 'properties', 'any'],
        want: { allOf: [{ $ref: '#/components/schemas/Tag' }, { nullable: true }] },
      },
    ],
    [
      'x-nullable on a property becomes nullable',
      { given: ['components', 'schemas', 'Pet', 'properties', 'name'], want: { type: 'string', nullable: true } },
    ],
    [
      'x-nullable beside other extensions',
      {
        given: ['components', 'schemas', 'Owner'],
        want: { type: 'object', nullable: true, 'x-kubernetes-kind': 'Owner' },
      },
    ],
    [
      'description and default beside $ref stay',
      {
        given: ['components', 'schemas', 'Pet', 'properties', 'owner'],
        want: { $ref: '#/components/schemas/Owner', description: 'the owner', default: {} },
      },
    ],
    [
      'exclusiveMinimum: false disappears',
      { given: ['components', 'schemas', 'Pet', 'properties', 'age'], want: { type: 'integer', minimum: 0 } },
    ],
    [
      'a string discriminator becomes an object',
      { given: ['components', 'schemas', 'Pet', 'discriminator'], want: { propertyName: 'kind' } },
    ],
    [
      'enum and example values are data',
      {
        given: ['components', 'schemas', 'Tag'],
        want: { type: 'string', enum: ['a', 'b'], example: { $ref: '#/definitions/NotARef' } },
      },
    ],
    [
      'global parameters: value fields move into schema, boolean exclusiveMinimum becomes numeric',
      {
        given: ['components', 'parameters'],
        want: { limit: { name: 'limit', in: 'query', schema: { type: 'integer', exclusiveMinimum: 1, maximum: 100 } } },
      },
    ],
    [
      'global responses: schema becomes content for the global produces',
      {
        given: ['components', 'responses', 'NotFound'],
        want: {
          description: 'not found',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      },
    ],
    [
      'security definitions become security schemes',
      {
        given: ['components', 'securitySchemes'],
        want: {
          basic: { type: 'http', scheme: 'basic' },
          token: { type: 'apiKey', name: 'Authorization', in: 'header' },
          oauth: {
            type: 'oauth2',
            flows: {
              authorizationCode: { authorizationUrl: 'https://a', tokenUrl: 'https://t', scopes: { read: 'Read' } },
            },
          },
        },
      },
    ],
    [
      'path-level parameters stay at the path level',
      {
        given: ['paths', '/pets', 'parameters'],
        want: [{ name: 'X-Trace', in: 'header', schema: { type: 'string' } }],
      },
    ],
    [
      'query arrays: refs, multi, csv (the default), ssv and pipes',
      {
        given: ['paths', '/pets', 'get', 'parameters'],
        want: [
          { $ref: '#/components/parameters/limit' },
          {
            name: 'tags',
            in: 'query',
            schema: { type: 'array', items: { type: 'string' } },
            style: 'form',
            explode: true,
          },
          {
            name: 'ids',
            in: 'query',
            schema: { type: 'array', items: { type: 'integer' } },
            style: 'form',
            explode: false,
          },
          {
            name: 'words',
            in: 'query',
            schema: { type: 'array', items: { type: 'string' } },
            style: 'spaceDelimited',
            explode: false,
          },
          {
            name: 'bars',
            in: 'query',
            schema: { type: 'array', items: { type: 'string' }, uniqueItems: true },
            style: 'pipeDelimited',
            explode: false,
          },
        ],
      },
    ],
    [
      'responses: schema and examples become content per operation produces, headers get a schema, refs are rewritten',
      {
        given: ['paths', '/pets', 'get', 'responses'],
        want: {
          '200': {
            description: 'ok',
            headers: { 'X-Rate': { description: 'rate', schema: { type: 'integer', format: 'int32' } } },
            content: {
              'application/json': {
                schema: { type: 'array', items: { $ref: '#/components/schemas/Pet' } },
                example: [{ name: 'rex' }],
              },
              'application/yaml': { schema: { type: 'array', items: { $ref: '#/components/schemas/Pet' } } },
            },
          },
          '404': { $ref: '#/components/responses/NotFound' },
        },
      },
    ],
    [
      'a body parameter becomes requestBody for each consumed media type, keeping its extensions',
      {
        given: ['paths', '/pets', 'post'],
        want: {
          operationId: 'createPet',
          parameters: [{ name: 'dryRun', in: 'query', schema: { type: 'boolean' } }],
          requestBody: {
            description: 'the pet',
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/Pet' } },
              'application/yaml': { schema: { $ref: '#/components/schemas/Pet' } },
            },
            required: true,
            'x-body-ext': 'yes',
          },
          responses: {
            '201': {
              description: 'created',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } },
            },
          },
        },
      },
    ],
    [
      'a ref to a global body parameter becomes a requestBody with the global consumes',
      {
        given: ['paths', '/pets/{id}', 'put'],
        want: {
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: {
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } },
            required: true,
          },
          responses: { default: { description: 'error' } },
        },
      },
    ],
    [
      'formData parameters become a multipart object schema; type file is binary',
      {
        given: ['paths', '/pets/{id}/photo', 'post'],
        want: {
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: {
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: {
                    file: { type: 'string', format: 'binary', description: 'the photo' },
                    caption: { type: 'string' },
                  },
                  required: ['file'],
                },
              },
            },
            required: true,
          },
          responses: {
            '200': {
              description: 'the photo',
              content: { 'image/png': { schema: { type: 'string', format: 'binary' } } },
            },
          },
        },
      },
    ],
    [
      'formData without a form media type is urlencoded',
      {
        given: ['paths', '/search', 'get', 'requestBody'],
        want: {
          content: {
            'application/x-www-form-urlencoded': { schema: { type: 'object', properties: { q: { type: 'string' } } } },
          },
        },
      },
    ],
  ];
  it.each(table)('%s', (_name, { given, want }) => {
    expect(at(document, ...given)).toEqual(want);
  });

  it('writes the canonical header', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(pets)).toEqual(['parameters', 'get', 'post']);
    expect(spec.file).toBe('petstore.swagger.yaml');
  });

  it('does not list body parameters among the global parameters', () => {
    expect(Object.keys(at(document, 'components', 'parameters') as JsonObject)).toEqual(['limit']);
  });

  it('shares untouched subtrees with the input instead of copying them', () => {
    expect(document.info).toBe((swagger.value as JsonObject).info);
  });

  type LocateCase = [string, { given: string; want: { pointer: string; line?: number; column?: number } }];
  const locations: LocateCase[] = [
    [
      'a schema property maps back to definitions',
      {
        given: '/components/schemas/Pet/properties/name',
        want: { pointer: '/definitions/Pet/properties/name', line: 76, column: 13 },
      },
    ],
    [
      'a parameter schema maps to the parameter',
      { given: '/components/parameters/limit/schema', want: { pointer: '/parameters/limit', line: 14, column: 10 } },
    ],
    [
      'the requestBody maps to the body parameter',
      {
        given: '/paths/~1pets/post/requestBody',
        want: { pointer: '/paths/~1pets/post/parameters/0', line: 43, column: 11 },
      },
    ],
    [
      'the request schema maps to the body parameter schema',
      {
        given: '/paths/~1pets/post/requestBody/content/application~1yaml/schema',
        want: { pointer: '/paths/~1pets/post/parameters/0/schema', line: 43, column: 80 },
      },
    ],
    [
      'parameter indices shift once the body leaves',
      {
        given: '/paths/~1pets/post/parameters/0',
        want: { pointer: '/paths/~1pets/post/parameters/1', line: 44, column: 11 },
      },
    ],
    [
      'a ref to a global body parameter maps to it',
      { given: '/paths/~1pets~1{id}/put/requestBody', want: { pointer: '/parameters/petBody', line: 15, column: 12 } },
    ],
    [
      'a form property maps to its parameter',
      {
        given: '/paths/~1pets~1{id}~1photo/post/requestBody/content/multipart~1form-data/schema/properties/caption',
        want: { pointer: '/paths/~1pets~1{id}~1photo/post/parameters/2', line: 61, column: 11 },
      },
    ],
    [
      'a response schema maps to the response schema',
      {
        given: '/paths/~1pets/get/responses/200/content/application~1json/schema/items',
        want: { pointer: '/paths/~1pets/get/responses/200/schema/items', line: 36, column: 40 },
      },
    ],
    [
      'a header schema maps to the header',
      {
        given: '/paths/~1pets/get/responses/200/headers/X-Rate/schema',
        want: { pointer: '/paths/~1pets/get/responses/200/headers/X-Rate', line: 35, column: 21 },
      },
    ],
    ['servers map to host', { given: '/servers/1/url', want: { pointer: '/host', line: 3, column: 7 } }],
    [
      'security schemes map to securityDefinitions',
      {
        given: '/components/securitySchemes/oauth/flows',
        want: { pointer: '/securityDefinitions/oauth', line: 12, column: 10 },
      },
    ],
    [
      'a place the input lacks falls back to its nearest ancestor',
      {
        given: '/components/schemas/Pet/properties/name/nullable',
        want: { pointer: '/definitions/Pet/properties/name', line: 76, column: 13 },
      },
    ],
  ];
  it.each(locations)('locate: %s', (_name, { given, want }) => {
    expect(spec.locate(given)).toEqual({ file: 'petstore.swagger.yaml', ...want });
  });
});

describe('upgrade: the $ref-named property trap', () => {
  const text = JSON.stringify({
    swagger: '2.0',
    info: { title: 't', version: '1' },
    paths: {},
    definitions: {
      JSONSchemaProps: {
        type: 'object',
        properties: {
          $ref: { type: 'string' },
          $schema: { type: 'string' },
          'x-nullable': { type: 'boolean' },
          default: { $ref: '#/definitions/JSON' },
          properties: { type: 'object', additionalProperties: { $ref: '#/definitions/JSONSchemaProps' } },
        },
      },
      JSON: { description: 'any JSON' },
    },
  });
  const document = upgrade(frozen('k.json', text)).document;
  it('keeps properties named $ref, $schema and x-nullable as properties and still rewrites real refs', () => {
    expect(at(document, 'components', 'schemas', 'JSONSchemaProps', 'properties')).toEqual({
      $ref: { type: 'string' },
      $schema: { type: 'string' },
      'x-nullable': { type: 'boolean' },
      default: { $ref: '#/components/schemas/JSON' },
      properties: { type: 'object', additionalProperties: { $ref: '#/components/schemas/JSONSchemaProps' } },
    });
  });
});

describe('upgrade: OpenAPI 3.0', () => {
  const input = frozen(
    'api.yaml',
    `openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /a:
    parameters:
      - {name: n, in: query, schema: {type: number, maximum: 5, exclusiveMaximum: true}}
    post:
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {x: {type: integer, minimum: 1, exclusiveMinimum: true}}}
      responses:
        default:
          description: d
          headers: {H: {schema: {type: integer, minimum: 0, exclusiveMinimum: false}}}
          content: {application/json: {schema: {$ref: "#/components/schemas/S"}}}
      callbacks:
        cb: {"{$request.body#/url}": {post: {responses: {"200": {description: ok, content: {text/plain: {schema: {type: number, minimum: 2, exclusiveMinimum: true}}}}}}}}
components:
  schemas:
    S: {type: string, nullable: true}
    R: {$ref: "#/components/schemas/S", nullable: true}
    N: {type: object, properties: {$ref: {type: number, maximum: 1, exclusiveMaximum: true}}}
`,
  );
  const document = upgrade(input).document;
  type Case = [string, { given: (string | number)[]; want: Json | undefined }];
  const table: Case[] = [
    [
      'path parameter schema',
      { given: ['paths', '/a', 'parameters', 0, 'schema'], want: { type: 'number', exclusiveMaximum: 5 } },
    ],
    [
      'request body schema',
      {
        given: ['paths', '/a', 'post', 'requestBody', 'content', 'application/json', 'schema', 'properties', 'x'],
        want: { type: 'integer', exclusiveMinimum: 1 },
      },
    ],
    [
      'response header schema',
      {
        given: ['paths', '/a', 'post', 'responses', 'default', 'headers', 'H', 'schema'],
        want: { type: 'integer', minimum: 0 },
      },
    ],
    [
      'callback schemas',
      {
        given: [
          'paths',
          '/a',
          'post',
          'callbacks',
          'cb',
          '{$request.body#/url}',
          'post',
          'responses',
          '200',
          'content',
          'text/plain',
          'schema',
        ],
        want: { type: 'number', exclusiveMinimum: 2 },
      },
    ],
    [
      'nullable stays for normalize',
      { given: ['components', 'schemas', 'S'], want: { type: 'string', nullable: true } },
    ],
    [
      'nullable beside $ref stays',
      { given: ['components', 'schemas', 'R'], want: { $ref: '#/components/schemas/S', nullable: true } },
    ],
    [
      'a property named $ref is a schema',
      { given: ['components', 'schemas', 'N', 'properties', '$ref'], want: { type: 'number', exclusiveMaximum: 1 } },
    ],
    ['the version is canonical', { given: ['openapi'], want: '3.1.0' }],
  ];
  it.each(table)('%s', (_name, { given, want }) => {
    expect(at(document, ...given)).toEqual(want);
  });

  it('shares untouched schemas with the input', () => {
    const schemas = at(input.value, 'components', 'schemas') as JsonObject;
    expect(at(document, 'components', 'schemas', 'S')).toBe(schemas.S);
  });

  it('returns the very same subtrees when a 3.0 document needs no change', () => {
    const plain = frozen(
      'p.yaml',
      'openapi: 3.0.0\npaths: {/a: {get: {responses: {"200": {description: ok}}}}}\ncomponents: {schemas: {A: {type: string}}}\n',
    );
    const result = upgrade(plain).document;
    expect(result.paths).toBe((plain.value as JsonObject).paths);
    expect(at(result, 'components', 'schemas')).toBe(at(plain.value, 'components', 'schemas'));
  });

  it('locates pointers in place', () => {
    expect(upgrade(input).locate('/components/schemas/S')).toEqual({
      file: 'api.yaml',
      pointer: '/components/schemas/S',
      line: 21,
      column: 8,
    });
  });
});

describe('upgrade: OpenAPI 3.1', () => {
  it('keeps the document as it is', () => {
    const input = frozen(
      'a.yaml',
      'openapi: 3.1.1\ncomponents:\n  schemas:\n    A: {type: [string, "null"], $defs: {B: {exclusiveMinimum: 3}}}\n',
    );
    const document = upgrade(input).document;
    expect(document).toEqual({
      openapi: '3.1.0',
      components: { schemas: { A: { type: ['string', 'null'], $defs: { B: { exclusiveMinimum: 3 } } } } },
    });
    expect(document.components).toBe((input.value as JsonObject).components);
  });
});

describe('upgrade: the ImageTag reference spec', () => {
  const input = frozen(
    'imagetag.swagger.json',
    readFileSync(new URL('../fixtures/imagetag-reference/openapi/imagetag.swagger.json', import.meta.url), 'utf8'),
  );
  const document = upgrade(input).document;
  const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
  const operations = Object.values(document.paths as JsonObject).flatMap((item) =>
    Object.keys(item as JsonObject).filter((key) => methods.includes(key)),
  );

  it('has 34 schemas and 7 operations', () => {
    expect(Object.keys(at(document, 'components', 'schemas') as JsonObject)).toHaveLength(34);
    expect(operations).toHaveLength(7);
  });

  it('gives PATCH a requestBody with the four patch media types', () => {
    const patch = at(
      document,
      'paths',
      '/apis/image.openshift.io/v1/namespaces/{namespace}/imagetags/{name}',
      'patch',
    ) as JsonObject;
    expect(Object.keys(at(patch, 'requestBody', 'content') as JsonObject)).toEqual([
      'application/json-patch+json',
      'application/merge-patch+json',
      'application/strategic-merge-patch+json',
      'application/apply-patch+yaml',
    ]);
    expect(at(patch, 'requestBody', 'required')).toBe(true);
    expect((patch.parameters as Json[]).map((parameter) => at(parameter, 'name'))).toEqual([
      'dryRun',
      'fieldManager',
      'fieldValidation',
      'force',
    ]);
  });

  it('leaves no Swagger 2.0 refs behind', () => {
    expect(JSON.stringify(document)).not.toMatch(/"#\/(definitions|parameters|responses)\//);
  });
});
