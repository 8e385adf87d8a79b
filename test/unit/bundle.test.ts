import { describe, expect, it } from 'vitest';
import { bundle } from '../../generator/bundle.js';
import type { Json, SourceDocument } from '../../generator/document.js';
import { SpecgenError } from '../../generator/errors.js';
import { locationOf } from '../../generator/document.js';
import { parseSource } from '../../generator/load.js';

/** Parses in-memory files (YAML unless the name ends in .json) into the map loadSpecFiles would return. */
function files(texts: Record<string, string>): Map<string, SourceDocument> {
  return new Map(Object.entries(texts).map(([file, text]) => [file, parseSource(file, text)]));
}

/** Freezes a value and everything in it, so any mutation throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

describe('bundle', () => {
  type Case = [string, { given: Record<string, string>; want: Json }];
  const table: Case[] = [
    [
      'an external schema becomes a component named after its last pointer segment; internal refs stay',
      {
        given: {
          'specs/root.yaml': [
            'openapi: 3.1.0',
            'components:',
            '  schemas:',
            '    Owner: {properties: {pet: {$ref: "pets.yaml#/definitions/Pet"}, self: {$ref: "#/components/schemas/Owner"}}}',
          ].join('\n'),
          'specs/pets.yaml': 'definitions:\n  Pet: {type: object, properties: {name: {type: string}}}\n',
        },
        want: {
          openapi: '3.1.0',
          components: {
            schemas: {
              Owner: {
                properties: { pet: { $ref: '#/components/schemas/Pet' }, self: { $ref: '#/components/schemas/Owner' } },
              },
              Pet: { type: 'object', properties: { name: { type: 'string' } } },
            },
          },
        },
      },
    ],
    [
      'a whole-file ref is named after the file',
      {
        given: {
          'root.yaml':
            'openapi: 3.1.0\npaths: {}\ncomponents: {schemas: {A: {items: {$ref: "./common/error-body.yaml"}}}}\n',
          'common/error-body.yaml': 'type: object\n',
        },
        want: {
          openapi: '3.1.0',
          paths: {},
          components: {
            schemas: { A: { items: { $ref: '#/components/schemas/error-body' } }, 'error-body': { type: 'object' } },
          },
        },
      },
    ],
    [
      'collisions: the root keeps its name, the others get _2, _3 in sorted order of their source',
      {
        given: {
          'root.yaml': [
            'openapi: 3.1.0',
            'components:',
            '  schemas:',
            '    Pet: {type: string}',
            '    B: {$ref: "b.yaml#/Pet"}',
            '    A: {$ref: "a.yaml#/Pet"}',
          ].join('\n'),
          'a.yaml': 'Pet: {title: from a}\n',
          'b.yaml': 'Pet: {title: from b}\n',
        },
        want: {
          openapi: '3.1.0',
          components: {
            schemas: {
              Pet: { type: 'string' },
              B: { $ref: '#/components/schemas/Pet_3' },
              A: { $ref: '#/components/schemas/Pet_2' },
              Pet_2: { title: 'from a' },
              Pet_3: { title: 'from b' },
            },
          },
        },
      },
    ],
    [
      'refs inside an external file are followed: its internal refs and refs back into the root',
      {
        given: {
          'root.yaml':
            'openapi: 3.0.3\ncomponents:\n  schemas:\n    Root: {type: string}\n    A: {$ref: "lib/a.yaml#/A"}\n',
          'lib/a.yaml':
            'A:\n  properties:\n    b: {$ref: "#/B"}\n    root: {$ref: "../root.yaml#/components/schemas/Root"}\nB: {type: integer}\n',
        },
        want: {
          openapi: '3.0.3',
          components: {
            schemas: {
              Root: { type: 'string' },
              A: { $ref: '#/components/schemas/A_2' },
              A_2: {
                properties: { b: { $ref: '#/components/schemas/B' }, root: { $ref: '#/components/schemas/Root' } },
              },
              B: { type: 'integer' },
            },
          },
        },
      },
    ],
    [
      'Swagger 2.0 roots collect schemas under definitions and parameters under parameters',
      {
        given: {
          'root.json': JSON.stringify({
            swagger: '2.0',
            paths: {
              '/x': {
                get: {
                  parameters: [{ $ref: 'params.yaml#/limit' }],
                  responses: { '200': { description: 'ok', schema: { $ref: 'types.yaml#/Thing' } } },
                },
              },
            },
          }),
          'params.yaml': 'limit: {name: limit, in: query, type: integer}\n',
          'types.yaml': 'Thing: {type: object}\n',
        },
        want: {
          swagger: '2.0',
          paths: {
            '/x': {
              get: {
                parameters: [{ $ref: '#/parameters/limit' }],
                responses: { '200': { description: 'ok', schema: { $ref: '#/definitions/Thing' } } },
              },
            },
          },
          definitions: { Thing: { type: 'object' } },
          parameters: { limit: { name: 'limit', in: 'query', type: 'integer' } },
        },
      },
    ],
    [
      'OpenAPI 3 parameters, responses and request bodies go to their components; path items are inlined',
      {
        given: {
          'root.yaml': [
            'openapi: 3.1.0',
            'paths:',
            '  /pets: {$ref: "paths.yaml#/pets"}',
            '  /owners:',
            '    post:',
            '      parameters: [{$ref: "common.yaml#/parameters/limit"}]',
            '      requestBody: {$ref: "common.yaml#/bodies/Owner"}',
            '      responses: {default: {$ref: "common.yaml#/responses/Error"}}',
          ].join('\n'),
          'paths.yaml':
            'pets:\n  get:\n    responses: {"200": {description: ok, content: {application/json: {schema: {$ref: "#/Pet"}}}}}\nPet: {type: object}\n',
          'common.yaml':
            'parameters: {limit: {name: limit, in: query}}\nbodies: {Owner: {content: {}}}\nresponses: {Error: {description: error}}\n',
        },
        want: {
          openapi: '3.1.0',
          paths: {
            '/pets': {
              get: {
                responses: {
                  '200': {
                    description: 'ok',
                    content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } },
                  },
                },
              },
            },
            '/owners': {
              post: {
                parameters: [{ $ref: '#/components/parameters/limit' }],
                requestBody: { $ref: '#/components/requestBodies/Owner' },
                responses: { default: { $ref: '#/components/responses/Error' } },
              },
            },
          },
          components: {
            schemas: { Pet: { type: 'object' } },
            parameters: { limit: { name: 'limit', in: 'query' } },
            requestBodies: { Owner: { content: {} } },
            responses: { Error: { description: 'error' } },
          },
        },
      },
    ],
    [
      'a property named $ref is a name, not a reference; example values are data',
      {
        given: {
          'root.yaml': [
            'openapi: 3.1.0',
            'components:',
            '  schemas:',
            '    Props:',
            '      properties:',
            '        $ref: {type: string}',
            '        $schema: {$ref: "other.yaml#/S"}',
            '      example: {$ref: not-a-file.yaml}',
          ].join('\n'),
          'other.yaml': 'S: {type: string}\n',
        },
        want: {
          openapi: '3.1.0',
          components: {
            schemas: {
              Props: {
                properties: { $ref: { type: 'string' }, $schema: { $ref: '#/components/schemas/S' } },
                example: { $ref: 'not-a-file.yaml' },
              },
              S: { type: 'string' },
            },
          },
        },
      },
    ],
    [
      'a ref cycle across files ends in named components',
      {
        given: {
          'root.yaml': 'openapi: 3.1.0\ncomponents: {schemas: {Start: {$ref: "a.yaml#/Node"}}}\n',
          'a.yaml': 'Node: {properties: {next: {$ref: "b.yaml#/Other"}}}\n',
          'b.yaml': 'Other: {properties: {back: {$ref: "a.yaml#/Node"}}}\n',
        },
        want: {
          openapi: '3.1.0',
          components: {
            schemas: {
              Start: { $ref: '#/components/schemas/Node' },
              Node: { properties: { next: { $ref: '#/components/schemas/Other' } } },
              Other: { properties: { back: { $ref: '#/components/schemas/Node' } } },
            },
          },
        },
      },
    ],
    [
      'discriminator mapping values that reference other files point at the components; schema names stay',
      {
        given: {
          'specs/root.yaml': [
            'openapi: 3.0.0',
            'components:',
            '  schemas:',
            '    Action:',
            '      anyOf: [{$ref: "models.yml#/assign"}]',
            '      discriminator: {propertyName: type, mapping: {assign: "models.yml#/assign", other: Other}}',
            '    Other: {type: object}',
          ].join('\n'),
          'specs/models.yml': [
            'type: {type: object, discriminator: {propertyName: type, mapping: {assign: "#/assign"}}}',
            'assign: {allOf: [{$ref: "#/type"}]}',
          ].join('\n'),
        },
        want: {
          openapi: '3.0.0',
          components: {
            schemas: {
              Action: {
                anyOf: [{ $ref: '#/components/schemas/assign' }],
                discriminator: {
                  propertyName: 'type',
                  mapping: { assign: '#/components/schemas/assign', other: 'Other' },
                },
              },
              Other: { type: 'object' },
              assign: { allOf: [{ $ref: '#/components/schemas/type' }] },
              type: {
                type: 'object',
                discriminator: { propertyName: 'type', mapping: { assign: '#/components/schemas/assign' } },
              },
            },
          },
        },
      },
    ],
  ];
  it.each(table)('%s', (_name, { given, want }) => {
    const loaded = files(given);
    for (const document of loaded.values()) deepFreeze(document.value);
    const root = Object.keys(given)[0] as string;
    const result = bundle(loaded, root);
    expect(result.value).toEqual(want);
    expect(result.file).toBe(root);
  });

  it('returns the root itself when there is nothing external', () => {
    const loaded = files({
      'root.yaml': 'openapi: 3.1.0\ncomponents: {schemas: {A: {$ref: "#/components/schemas/Missing"}}}\n',
    });
    const root = loaded.get('root.yaml');
    expect(bundle(loaded, 'root.yaml')).toBe(root);
  });

  it('keeps locating the root pointers', () => {
    const loaded = files({
      'root.yaml': 'openapi: 3.1.0\ncomponents:\n  schemas:\n    A:\n      $ref: "a.yaml#/A"\n',
      'a.yaml': 'A: {type: string}\n',
    });
    const result = bundle(loaded, 'root.yaml');
    expect(result.locate('/components/schemas/A')).toEqual({ line: 5, column: 7 });
  });

  it('accepts the root path as the caller spelled it', () => {
    const loaded = files({
      'specs/root.yaml':
        'openapi: 3.1.0\npaths: {/a: {get: {responses: {"200": {description: A, content: {application/json: {schema: {$ref: "a.yaml#/A"}}}}}}}}\n',
      'specs/a.yaml': 'A: {type: string}\n',
    });
    expect(bundle(loaded, './specs/root.yaml').value).toEqual({
      openapi: '3.1.0',
      paths: {
        '/a': {
          get: {
            responses: {
              '200': {
                description: 'A',
                content: { 'application/json': { schema: { $ref: '#/components/schemas/A' } } },
              },
            },
          },
        },
      },
      components: { schemas: { A: { type: 'string' } } },
    });
  });

  it('reports every dangling external ref at once, each where it is written', () => {
    const loaded = files({
      'root.yaml': [
        'openapi: 3.1.0',
        'components:',
        '  schemas:',
        '    A: {$ref: "missing.yaml#/A"}',
        '    B: {$ref: "other.yaml#/Nope"}',
        '    C: {$ref: "other.yaml#/C"}',
        '    D: {$ref: "#/components/schemas/NotCheckedHere"}',
      ].join('\n'),
      'other.yaml': 'C:\n  items:\n    $ref: "#/Gone"\n',
    });
    let error: unknown;
    try {
      bundle(loaded, 'root.yaml');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SpecgenError);
    expect((error as SpecgenError).message.split('\n')).toEqual([
      'root.yaml:4:15 (#/components/schemas/A/$ref): $ref "missing.yaml#/A" names missing.yaml, which was not loaded',
      'root.yaml:5:15 (#/components/schemas/B/$ref): $ref "other.yaml#/Nope" points at /Nope, which does not exist in other.yaml',
      'other.yaml:3:11 (#/C/items/$ref): $ref "#/Gone" points at /Gone, which does not exist in other.yaml',
    ]);
  });

  describe('by position (issue 13: DigitalOcean refers to operations, path items and plain text)', () => {
    const loaded = files({
      'root.yaml': [
        'openapi: 3.1.0',
        'info: {title: T, version: "1", description: {$ref: "text.yaml#/intro"}}',
        'paths:',
        '  /things/{id}:',
        '    parameters: [{$ref: "params.yaml#/id"}]',
        '    get: {$ref: "ops/get.yaml"}',
        'webhooks:',
        '  changed: {$ref: "hooks.yaml#/changed"}',
        'components:',
        '  securitySchemes: {token: {$ref: "security.yaml#/token"}}',
      ].join('\n'),
      'text.yaml': 'intro: Read me first.\n',
      'params.yaml': 'id: {name: id, in: path, required: true, schema: {type: string}}\n',
      'ops/get.yaml': [
        'operationId: getThing',
        'description: {$ref: "../text.yaml#/intro"}',
        'responses:',
        '  "200":',
        '    description: ok',
        '    headers: {rate: {$ref: "../common.yaml#/headers/rate"}}',
        '    links: {self: {$ref: "../common.yaml#/links/self"}}',
        '    content:',
        '      application/json:',
        '        schema: {$ref: "../thing.yaml"}',
        '        examples: {one: {$ref: "../common.yaml#/examples/one"}}',
        'callbacks: {done: {$ref: "../common.yaml#/callbacks/done"}}',
        'x-codeSamples: [{$ref: "../common.yaml#/samples/curl"}]',
      ].join('\n'),
      'thing.yaml': 'type: object\nproperties: {id: {type: string}, next: {$ref: "thing.yaml"}}\n',
      'common.yaml': [
        'headers: {rate: {schema: {type: integer}}}',
        'links: {self: {operationId: getThing}}',
        'examples: {one: {value: {id: a, $ref: not-a-reference}}}',
        'callbacks: {done: {"{$request.body#/url}": {post: {responses: {"200": {description: ok}}}}}}',
        'samples: {curl: {lang: cURL, source: curl https://example.com}}',
      ].join('\n'),
      'hooks.yaml': 'changed: {post: {requestBody: {content: {application/json: {schema: {$ref: "thing.yaml"}}}}}}\n',
      'security.yaml': 'token: {type: http, scheme: bearer}\n',
    });
    const value = bundle(loaded, 'root.yaml').value as Record<string, Json>;

    it('inlines operations, path items and plain values where they stand', () => {
      expect(value['info']).toEqual({ title: 'T', version: '1', description: 'Read me first.' });
      const item = (value['paths'] as Record<string, Record<string, Json>>)['/things/{id}']!;
      const get = item['get'] as Record<string, Json>;
      expect(get['operationId']).toBe('getThing');
      expect(get['description']).toBe('Read me first.');
      expect(get['x-codeSamples']).toEqual([{ lang: 'cURL', source: 'curl https://example.com' }]);
      expect(item['parameters']).toEqual([{ $ref: '#/components/parameters/id' }]);
      expect((value['webhooks'] as Record<string, Json>)['changed']).toEqual({
        post: { requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/thing' } } } } },
      });
    });

    it('registers each other kind in its components section, and keeps example values as data', () => {
      expect(value['components']).toEqual({
        // A component that is itself an external ref stays a ref, to the registered copy (as for schemas).
        securitySchemes: {
          token: { $ref: '#/components/securitySchemes/token_2' },
          token_2: { type: 'http', scheme: 'bearer' },
        },
        schemas: {
          thing: {
            type: 'object',
            properties: { id: { type: 'string' }, next: { $ref: '#/components/schemas/thing' } },
          },
        },
        parameters: { id: { name: 'id', in: 'path', required: true, schema: { type: 'string' } } },
        headers: { rate: { schema: { type: 'integer' } } },
        links: { self: { operationId: 'getThing' } },
        examples: { one: { value: { id: 'a', $ref: 'not-a-reference' } } },
        callbacks: { done: { '{$request.body#/url}': { post: { responses: { '200': { description: 'ok' } } } } } },
      });
    });

    it('locates a bundled pointer in the file that holds it', () => {
      const bundled = bundle(loaded, 'root.yaml');
      expect(locationOf(bundled, '/paths/~1things~1{id}/get/responses/200/headers')).toEqual({
        file: 'ops/get.yaml',
        pointer: '/responses/200/headers',
        line: 6,
        column: 14,
      });
      expect(locationOf(bundled, '/components/schemas/thing/properties/next')).toMatchObject({
        file: 'thing.yaml',
        pointer: '/properties/next',
      });
    });
  });

  it('refuses a ref to text where an object is expected, located where the ref is written', () => {
    const loaded = files({
      'root.yaml': 'openapi: 3.1.0\ncomponents:\n  schemas:\n    A: {$ref: "text.yaml#/intro"}\n',
      'text.yaml': 'intro: Read me first.\n',
    });
    expect(() => bundle(loaded, 'root.yaml')).toThrow(
      'root.yaml:4:15 (#/components/schemas/A/$ref): $ref "text.yaml#/intro" points at a string in text.yaml, where a schema is expected',
    );
  });
});
