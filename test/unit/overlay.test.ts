import { describe, expect, it } from 'vitest';
import type { Json, JsonObject, Spec } from '../../generator/document.js';
import { SpecgenError } from '../../generator/errors.js';
import { parseSource } from '../../generator/load.js';
import { applyOverlay } from '../../generator/overlay.js';
import { upgrade } from '../../generator/upgrade.js';

/** Freezes a value and everything in it, so any mutation throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const specText = `openapi: 3.1.0
info: {title: Pets, version: "1"}
tags: [{name: a}, {name: b}, {name: c}]
paths:
  /pets:
    get:
      operationId: listPets
      tags: [a]
      responses: {"200": {description: ok}}
    post:
      operationId: createPet
      responses: {"201": {description: created}}
components:
  schemas:
    Pet:
      type: object
      required: [name]
      properties:
        name: {type: string}
        kind: {type: string, enum: [cat, dog]}
        age: {type: integer, x-internal: true}
    Owner: {type: object, x-internal: false, x-count: 2}
`;

/** A frozen spec from the text above (or another), so the overlay cannot write to it. */
function spec(text = specText): Spec {
  const upgraded = upgrade(parseSource('pets.yaml', text));
  deepFreeze(upgraded.document);
  return upgraded;
}

/** An overlay file with the given actions (YAML flow syntax), frozen. */
function overlayOf(actions: string, file = 'pets.overlay.yaml') {
  const document = parseSource(file, `overlay: 1.0.0\ninfo: {title: Enrich, version: "1"}\nactions:\n${actions}`);
  deepFreeze(document.value);
  return document;
}

/** Walks a JSON value by path. */
function at(value: Json, ...path: (string | number)[]): Json | undefined {
  let node: Json | undefined = value;
  for (const segment of path) node = (node as Record<string | number, Json> | undefined)?.[segment];
  return node;
}

/** Runs a function that must throw a SpecgenError and returns its message lines. */
function errorLines(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof SpecgenError) return error.message.split('\n');
    throw error;
  }
  throw new Error('expected a SpecgenError');
}

describe('applyOverlay semantics', () => {
  type Case = [string, { given: { actions: string; path: (string | number)[] }; want: Json | undefined }];
  const table: Case[] = [
    [
      'update merges objects recursively',
      {
        given: { actions: '  - {target: $.info, update: {description: d, x-logo: {url: u}}}\n', path: ['info'] },
        want: { title: 'Pets', version: '1', description: 'd', 'x-logo': { url: 'u' } },
      },
    ],
    [
      'update replaces primitives',
      {
        given: {
          actions: '  - {target: "$.paths[\'/pets\'].get", update: {operationId: listAll}}\n',
          path: ['paths', '/pets', 'get', 'operationId'],
        },
        want: 'listAll',
      },
    ],
    [
      'update appends the items of an array to an array member',
      {
        given: {
          actions: '  - {target: $.components.schemas.Pet, update: {required: [kind]}}\n',
          path: ['components', 'schemas', 'Pet', 'required'],
        },
        want: ['name', 'kind'],
      },
    ],
    [
      'update on an array target appends the update',
      {
        given: { actions: '  - {target: $.tags, update: {name: d}}\n', path: ['tags'] },
        want: [{ name: 'a' }, { name: 'b' }, { name: 'c' }, { name: 'd' }],
      },
    ],
    [
      'update with an array on an array target appends its items',
      {
        given: {
          actions: '  - {target: $.components.schemas.Pet.properties.kind.enum, update: [fish, bird]}\n',
          path: ['components', 'schemas', 'Pet', 'properties', 'kind', 'enum'],
        },
        want: ['cat', 'dog', 'fish', 'bird'],
      },
    ],
    [
      'update on a primitive target replaces it',
      { given: { actions: '  - {target: $.info.title, update: Cats}\n', path: ['info', 'title'] }, want: 'Cats' },
    ],
    [
      'update reaches every node a wildcard selects',
      {
        given: {
          actions: '  - {target: "$.paths[\'/pets\'].*", update: {x-audited: true}}\n',
          path: ['paths', '/pets'],
        },
        want: {
          get: { operationId: 'listPets', tags: ['a'], responses: { '200': { description: 'ok' } }, 'x-audited': true },
          post: { operationId: 'createPet', responses: { '201': { description: 'created' } }, 'x-audited': true },
        },
      },
    ],
    ['update on the root', { given: { actions: '  - {target: $, update: {x-root: 1}}\n', path: ['x-root'] }, want: 1 }],
    [
      'remove an object member',
      {
        given: { actions: '  - {target: $.components.schemas.Owner, remove: true}\n', path: ['components', 'schemas'] },
        want: { Pet: at(spec().document, 'components', 'schemas', 'Pet') as Json },
      },
    ],
    [
      'remove array items selected by a filter, several at once',
      {
        given: { actions: '  - {target: "$.tags[?@.name != \'b\']", remove: true}\n', path: ['tags'] },
        want: [{ name: 'b' }],
      },
    ],
    [
      'remove by index, negative from the end',
      {
        given: { actions: '  - {target: "$.tags[-1]", remove: true}\n', path: ['tags'] },
        want: [{ name: 'a' }, { name: 'b' }],
      },
    ],
    [
      'remove wins over update',
      { given: { actions: '  - {target: $.tags, remove: true, update: [x]}\n', path: ['tags'] }, want: undefined },
    ],
    [
      'filter on a member selects matching children',
      {
        given: {
          actions: '  - {target: "$.components.schemas.*.properties[?@[\'x-internal\'] == true]", remove: true}\n',
          path: ['components', 'schemas', 'Pet', 'properties'],
        },
        want: { name: { type: 'string' }, kind: { type: 'string', enum: ['cat', 'dog'] } },
      },
    ],
    [
      'filter on the node itself',
      {
        given: {
          actions: '  - {target: "$.components.schemas.Pet.properties.kind.enum[?@ == \'dog\']", remove: true}\n',
          path: ['components', 'schemas', 'Pet', 'properties', 'kind', 'enum'],
        },
        want: ['cat'],
      },
    ],
    [
      'filter with a number literal',
      {
        given: {
          actions: `  - {target: "$.components.schemas[?@['x-count'] == 2]", update: {x-seen: yes}}\n`,
          path: ['components', 'schemas', 'Owner', 'x-seen'],
        },
        want: 'yes',
      },
    ],
    [
      'filter with false',
      {
        given: {
          actions: `  - {target: "$.components.schemas[?@['x-internal'] == false]", update: {x-seen: 1}}\n`,
          path: ['components', 'schemas', 'Owner', 'x-seen'],
        },
        want: 1,
      },
    ],
    [
      'bracketed names with escapes',
      {
        given: {
          actions: '  - {target: "$[\'components\'][\\"schemas\\"][\'P\\\\u0065t\']", update: {title: escaped}}\n',
          path: ['components', 'schemas', 'Pet', 'title'],
        },
        want: 'escaped',
      },
    ],
    [
      '[*] on an array',
      {
        given: { actions: '  - {target: "$.tags[*]", update: {x-tag: true}}\n', path: ['tags', 2] },
        want: { name: 'c', 'x-tag': true },
      },
    ],
    [
      'actions apply in order',
      {
        given: {
          actions: '  - {target: $.info, update: {x-a: 1}}\n  - {target: $.info.x-a, update: 2}\n'.replace(
            '$.info.x-a',
            '"$.info[\'x-a\']"',
          ),
          path: ['info', 'x-a'],
        },
        want: 2,
      },
    ],
  ];
  it.each(table)('%s', (_name, { given, want }) => {
    const result = applyOverlay(spec(), overlayOf(given.actions));
    expect(at(result.document, ...given.path)).toEqual(want);
  });

  it('does not mutate the spec or the overlay (both are frozen), and shares untouched subtrees', () => {
    const input = spec();
    const result = applyOverlay(
      input,
      overlayOf('  - {target: $.info, update: {description: d}}\n  - {target: "$.tags[0]", remove: true}\n'),
    );
    expect(result.document).not.toBe(input.document);
    expect(result.document.paths).toBe(input.document.paths);
    expect(at(input.document, 'info', 'description')).toBeUndefined();
    expect(at(input.document, 'tags')).toHaveLength(3);
  });

  it('rejects .name with a dash but accepts the bracket form', () => {
    const result = applyOverlay(
      spec(),
      overlayOf('  - {target: "$.components.schemas.Owner[\'x-count\']", update: 3}\n'),
    );
    expect(at(result.document, 'components', 'schemas', 'Owner', 'x-count')).toBe(3);
  });

  it('works on an upgraded Swagger 2.0 spec through the OpenAPI 3 shape', () => {
    const swagger = spec(
      'swagger: "2.0"\ninfo: {title: t, version: "1"}\npaths: {}\ndefinitions:\n  Pet: {type: object}\n',
    );
    const result = applyOverlay(
      swagger,
      overlayOf('  - {target: "$.components.schemas[\'Pet\']", update: {x-kind: Pet}}\n'),
    );
    expect(at(result.document, 'components', 'schemas', 'Pet')).toEqual({ type: 'object', 'x-kind': 'Pet' });
  });
});

describe('applyOverlay locations', () => {
  const input = spec();
  const overlay = overlayOf(
    [
      '  - target: "$.tags[0]"',
      '    remove: true',
      '  - target: $.info',
      '    update:',
      '      x-logo: {url: u}',
      '      description: added',
      '',
    ].join('\n'),
  );
  const result = applyOverlay(input, overlay);
  type Case = [string, { given: string; want: { file: string; pointer: string; line?: number; column?: number } }];
  const table: Case[] = [
    [
      'an unchanged node maps to the spec',
      {
        given: '/components/schemas/Pet/properties/name',
        want: { file: 'pets.yaml', pointer: '/components/schemas/Pet/properties/name', line: 19, column: 15 },
      },
    ],
    [
      'an array item that moved maps to where it was',
      { given: '/tags/0', want: { file: 'pets.yaml', pointer: '/tags/1', line: 3, column: 19 } },
    ],
    [
      'an edited object maps to the spec',
      { given: '/info/title', want: { file: 'pets.yaml', pointer: '/info/title', line: 2, column: 15 } },
    ],
    [
      'an added object maps to the overlay',
      {
        given: '/info/x-logo/url',
        want: { file: 'pets.overlay.yaml', pointer: '/actions/1/update/x-logo/url', line: 8, column: 21 },
      },
    ],
    [
      'an added primitive maps to the overlay',
      {
        given: '/info/description',
        want: { file: 'pets.overlay.yaml', pointer: '/actions/1/update/description', line: 9, column: 20 },
      },
    ],
  ];
  it.each(table)('%s', (_name, { given, want }) => {
    expect(result.locate(given)).toEqual(want);
  });
});

describe('applyOverlay errors', () => {
  type Case = [string, { given: string; want: string[] }];
  const table: Case[] = [
    [
      'a target that selects nothing, named with its index and place',
      {
        given: '  - {target: $.info, update: {x: 1}}\n  - {target: "$.paths[\'/gone\'].get", update: {x: 1}}\n',
        want: [
          'pets.overlay.yaml:5:14 (#/actions/1/target): action 1 (target "$.paths[\'/gone\'].get"): the target selects nothing (has the spec changed?)',
        ],
      },
    ],
    [
      'every unsupported JSONPath at once',
      {
        given:
          '  - {target: "$..name", remove: true}\n  - {target: "$.tags[0:2]", remove: true}\n  - {target: "$.tags[0,1]", remove: true}\n  - {target: "$.x-y", remove: true}\n  - {target: "info", remove: true}\n  - {target: "$.tags[?@.name > 1]", remove: true}\n',
        want: [
          "pets.overlay.yaml:4:14 (#/actions/0/target): action 0 (target \"$..name\"): unsupported JSONPath at character 2: descendant segments (..) are not supported (supported: $, .name, ['name'], [n], [*], .*, [?@ == 'value'], [?@.key == 'value'])",
          "pets.overlay.yaml:5:14 (#/actions/1/target): action 1 (target \"$.tags[0:2]\"): unsupported JSONPath at character 9: slices ([a:b]) are not supported (supported: $, .name, ['name'], [n], [*], .*, [?@ == 'value'], [?@.key == 'value'])",
          "pets.overlay.yaml:6:14 (#/actions/2/target): action 2 (target \"$.tags[0,1]\"): unsupported JSONPath at character 9: unions ([a,b]) are not supported (supported: $, .name, ['name'], [n], [*], .*, [?@ == 'value'], [?@.key == 'value'])",
          "pets.overlay.yaml:7:14 (#/actions/3/target): action 3 (target \"$.x-y\"): unsupported JSONPath at character 4: '-' cannot appear in a .name; write ['x-...'] instead (supported: $, .name, ['name'], [n], [*], .*, [?@ == 'value'], [?@.key == 'value'])",
          "pets.overlay.yaml:8:14 (#/actions/4/target): action 4 (target \"info\"): unsupported JSONPath at character 1: a JSONPath starts with '$' (supported: $, .name, ['name'], [n], [*], .*, [?@ == 'value'], [?@.key == 'value'])",
          "pets.overlay.yaml:9:14 (#/actions/5/target): action 5 (target \"$.tags[?@.name > 1]\"): unsupported JSONPath at character 16: expected '==' or '!=' (other filter expressions are not supported) (supported: $, .name, ['name'], [n], [*], .*, [?@ == 'value'], [?@.key == 'value'])",
        ],
      },
    ],
    [
      'removing the root',
      {
        given: '  - {target: $, remove: true}\n',
        want: ['pets.overlay.yaml:4:14 (#/actions/0/target): action 0 (target "$"): cannot remove the document root'],
      },
    ],
  ];
  it.each(table)('%s', (_name, { given, want }) => {
    expect(errorLines(() => applyOverlay(spec(), overlayOf(given)))).toEqual(want);
  });

  type ShapeCase = [string, { given: string; want: string[] }];
  const shapes: ShapeCase[] = [
    [
      'a wrong overlay version',
      {
        given: 'overlay: 2.0.0\ninfo: {}\nactions: [{target: $, remove: false}]\n',
        want: [
          'o.yaml:1:10 (#/overlay): not an OpenAPI Overlay 1.0 document: `overlay` must be "1.0.0", found "2.0.0"',
        ],
      },
    ],
    [
      'no version, no info, no actions',
      {
        given: 'extends: x.yaml\n',
        want: [
          'o.yaml:1:1 (#/overlay): not an OpenAPI Overlay 1.0 document: `overlay` must be "1.0.0", found nothing',
          'o.yaml:1:1 (#/info): the overlay needs an `info` object (title, version)',
          'o.yaml:1:1 (#/actions): the overlay needs a non-empty `actions` list',
        ],
      },
    ],
    [
      'an action without a target',
      {
        given: 'overlay: 1.0.0\ninfo: {}\nactions:\n  - {update: {}}\n',
        want: ['o.yaml:4:5 (#/actions/0): action 0 needs a string `target` (a JSONPath)'],
      },
    ],
  ];
  it.each(shapes)('%s', (_name, { given, want }) => {
    expect(errorLines(() => applyOverlay(spec(), parseSource('o.yaml', given)))).toEqual(want);
  });

  it('keeps the result document an object', () => {
    expect(errorLines(() => applyOverlay(spec(), overlayOf('  - {target: $, update: [1]}\n')))).toEqual([
      'pets.overlay.yaml:4:14 (#/actions/0/target): action 0 (target "$"): the update replaced the document root with a non-object',
    ]);
  });

  it('returns a plain object document', () => {
    const result = applyOverlay(spec(), overlayOf('  - {target: $.info, update: {x: 1}}\n'));
    expect(Object.getPrototypeOf(result.document as JsonObject)).toBe(Object.prototype);
  });
});
