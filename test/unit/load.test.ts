import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json } from '../../generator/document.js';
import { SpecgenError, fromPointer, toPointer } from '../../generator/errors.js';
import { bundle } from '../../generator/bundle.js';
import { MAX_NESTING } from '../../generator/document.js';
import { checkLimits, collectRefs, loadFile, loadSpecFiles, parseSource, withinDepth } from '../../generator/load.js';

/** Runs a function that must throw a SpecgenError and returns it. */
function specgenError(run: () => unknown): SpecgenError {
  try {
    run();
  } catch (error) {
    if (error instanceof SpecgenError) return error;
    throw error;
  }
  throw new Error('expected a SpecgenError');
}

describe('parseSource values', () => {
  type Case = [string, { given: { file: string; text: string }; want: Json }];
  const table: Case[] = [
    ['JSON by extension', { given: { file: 'a.json', text: '{"a": [1, true, null]}' }, want: { a: [1, true, null] } }],
    [
      'JSON by its first character, whatever the extension',
      { given: { file: 'a.yaml', text: '  {"a": 1}' }, want: { a: 1 } },
    ],
    [
      'YAML flow mapping that only looks like JSON',
      { given: { file: 'a.yaml', text: '{a: 1, b: [x]}' }, want: { a: 1, b: ['x'] } },
    ],
    [
      'YAML block',
      { given: { file: 'a.yaml', text: 'a:\n  b: [1, 2]\n  c: text\n' }, want: { a: { b: [1, 2], c: 'text' } } },
    ],
    ['a UTF-8 BOM is stripped (JSON)', { given: { file: 'a.json', text: '\ufeff{"a": 1}' }, want: { a: 1 } }],
    ['a UTF-8 BOM is stripped (YAML)', { given: { file: 'a.yaml', text: '\ufeffa: 1\n' }, want: { a: 1 } }],
    [
      'YAML timestamps stay strings',
      {
        given: { file: 'a.yaml', text: 'd: 2001-12-14\nt: 2001-12-14T21:59:43Z\n' },
        want: { d: '2001-12-14', t: '2001-12-14T21:59:43Z' },
      },
    ],
    [
      'YAML numeric keys become strings',
      { given: { file: 'a.yaml', text: 'responses:\n  200: ok\n' }, want: { responses: { '200': 'ok' } } },
    ],
    [
      'YAML 1.2 core: yes/no/on are strings',
      { given: { file: 'a.yaml', text: 'a: yes\nb: on\nc: true\n' }, want: { a: 'yes', b: 'on', c: true } },
    ],
    ['YAML explicit !!str', { given: { file: 'a.yaml', text: 'a: !!str 12\n' }, want: { a: '12' } }],
    ['YAML aliases expand', { given: { file: 'a.yaml', text: 'a: &x [1]\nb: *x\n' }, want: { a: [1], b: [1] } }],
    ['a quoted "<<" is a plain key', { given: { file: 'a.yaml', text: '"<<": {x: 1}\n' }, want: { '<<': { x: 1 } } }],
    [
      "YAML merge keys merge, the mapping's own keys win",
      {
        given: { file: 'a.yaml', text: 'base: &b {x: 1, y: 2}\nc:\n  <<: *b\n  y: 3\n' },
        want: { base: { x: 1, y: 2 }, c: { x: 1, y: 3 } },
      },
    ],
    [
      'YAML !!merge merge keys (issue 13)',
      {
        given: {
          file: 'a.yaml',
          text: 'base: &b {x: 1}\nc:\n  !!merge <<: *b\n  z: 2\nd:\n  !!merge <<: [*b, {w: 0}]\n',
        },
        want: { base: { x: 1 }, c: { x: 1, z: 2 }, d: { x: 1, w: 0 } },
      },
    ],
  ];
  it.each(table)('%s', (_name, { given, want }) => {
    expect(parseSource(given.file, given.text).value).toEqual(want);
  });

  it('keeps __proto__ as an ordinary key', () => {
    const value = parseSource('a.yaml', '__proto__: {x: 1}\n').value as Record<string, Json>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__']);
  });
});

describe('parseSource errors', () => {
  const bomb = [
    'a: &a [x, x, x, x, x, x, x, x, x]',
    ...'bcdefgh'.split('').map(
      (name, index) =>
        `${name}: &${name} [${Array(9)
          .fill('*' + 'abcdefgh'[index])
          .join(', ')}]`,
    ),
  ].join('\n');
  type Case = [string, { given: { file: string; text: string }; want: string }];
  const table: Case[] = [
    [
      'JSON: missing value',
      {
        given: { file: 'x.json', text: '{"a": 1,\n "b": }' },
        want: 'x.json:2:7: invalid JSON: unexpected character "}", expected a value',
      },
    ],
    [
      'JSON: unexpected end',
      {
        given: { file: 'x.json', text: '{"a": 1' },
        want: "x.json:1:8: invalid JSON: unexpected end of input, expected ',' or '}'",
      },
    ],
    [
      'JSON: trailing comma',
      {
        given: { file: 'x.json', text: '{\n  "a": 1,\n}' },
        want: 'x.json:3:1: invalid JSON: unexpected character "}", expected a property name in double quotes',
      },
    ],
    [
      'JSON: single quotes',
      {
        given: { file: 'x.json', text: "{\n  'a': 1}" },
        want: 'x.json:2:3: invalid JSON: unexpected character "\'", expected a property name in double quotes',
      },
    ],
    [
      'JSON: bad escape',
      { given: { file: 'x.json', text: '{"a": "\\q"}' }, want: 'x.json:1:8: invalid JSON: invalid escape in string' },
    ],
    [
      'JSON: garbage after the document',
      {
        given: { file: 'x.json', text: '{"a": 1}\n\n  x' },
        want: 'x.json:3:3: invalid JSON: unexpected character "x" after the end of the document',
      },
    ],
    [
      'JSON: leading zero',
      {
        given: { file: 'x.json', text: '{"a": 01}' },
        want: "x.json:1:8: invalid JSON: unexpected character \"1\", expected ',' or '}'",
      },
    ],
    [
      'JSON: raw newline in a string',
      {
        given: { file: 'x.json', text: '{"a": "b\nc"}' },
        want: 'x.json:1:9: invalid JSON: control character in string (escape it)',
      },
    ],
    [
      'YAML: bad indentation',
      {
        given: { file: 'x.yaml', text: 'a:\n  b: 1\n   c: 2\n' },
        want: 'x.yaml:2:6: invalid YAML: Nested mappings are not allowed in compact mappings',
      },
    ],
    [
      'YAML: unclosed flow sequence',
      {
        given: { file: 'x.yaml', text: 'a:\n  b: [1, 2\nc: 3\n' },
        want: 'x.yaml:3:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      },
    ],
    [
      'YAML: duplicate keys',
      {
        given: { file: 'x.yaml', text: 'a: 1\nb:\n  c: 1\n  c: 2\n' },
        want: 'x.yaml:4:3: invalid YAML: Map keys must be unique',
      },
    ],
    [
      'YAML: custom tag',
      {
        given: { file: 'x.yaml', text: 'a: 1\nb: !include other.yaml\n' },
        want: 'x.yaml:2:4: invalid YAML: tag !include is not supported (only plain JSON values are)',
      },
    ],
    [
      'YAML: !!binary would not be JSON',
      {
        given: { file: 'x.yaml', text: 'a: !!binary aGk=\n' },
        want: 'x.yaml:1:4: invalid YAML: tag !!binary is not supported (only plain JSON values are)',
      },
    ],
    [
      'YAML: several documents',
      {
        given: { file: 'x.yaml', text: 'a: 1\n---\nb: 2\n' },
        want: 'x.yaml:2:1: a second YAML document (`---`): a spec is one document; several are read only as CustomResourceDefinitions (apiextensions.k8s.io/v1)',
      },
    ],
    [
      'YAML: collection keys',
      {
        given: { file: 'x.yaml', text: '? [a, b]\n: 1\n' },
        want: 'x.yaml:1:3: invalid YAML: mapping keys must be scalars',
      },
    ],
    ['empty file', { given: { file: 'x.yaml', text: '' }, want: 'x.yaml: the file is empty' }],
    [
      'whitespace and a BOM only',
      { given: { file: 'x.json', text: '\ufeff \n\t\n' }, want: 'x.json: the file is empty' },
    ],
    [
      'comments only',
      { given: { file: 'x.yaml', text: '# nothing here\n' }, want: 'x.yaml: the file is empty (only comments)' },
    ],
    [
      'root is an array',
      {
        given: { file: 'x.json', text: '[1, 2]' },
        want: 'x.json:1:1: the document root must be an object, found an array',
      },
    ],
    [
      'root is a string',
      {
        given: { file: 'x.yaml', text: 'just text\n' },
        want: 'x.yaml:1:1: the document root must be an object, found a string',
      },
    ],
  ];
  it.each(table)('%s', (_name, { given, want }) => {
    const error = specgenError(() => parseSource(given.file, given.text));
    expect(error.message.split('\n')[0]).toBe(want);
    expect(error.diagnostics[0]?.location?.file).toBe(given.file);
  });

  it('stops an alias bomb with a clear message', () => {
    const error = specgenError(() => parseSource('bomb.yaml', bomb));
    expect(error.message).toMatch(/^bomb\.yaml:1:1: invalid YAML: .*alias/i);
  });

  it('reports every YAML problem at once', () => {
    const error = specgenError(() => parseSource('x.yaml', 'a: 1\na: 2\nb: !x 1\nb: 3\n'));
    expect(error.diagnostics.length).toBeGreaterThanOrEqual(2);
  });
});

describe('locate', () => {
  const yaml = [
    'paths:',
    '  /pets/{id}:',
    '    get:',
    '      parameters:',
    '        - name: id',
    '        - {name: "a~b", in: query}',
    '  empty:',
    'x: [1, {y: z}]',
    '',
  ].join('\n');
  const json = [
    '{',
    '  "paths": {',
    '    "/pets/{id}": {"get": {"parameters": [{"name": "id"}, {"name": "a~b", "in": "query"}]}},',
    '    "a~b": {"c/d": 1}',
    '  },',
    '  "x": [1, {"y": "z"}]',
    '}',
  ].join('\n');
  type Case = [
    string,
    { given: { file: string; text: string; pointer: string }; want: { line: number; column: number } | undefined },
  ];
  const table: Case[] = [
    ['YAML root', { given: { file: 'a.yaml', text: yaml, pointer: '' }, want: { line: 1, column: 1 } }],
    [
      'YAML ~1 escapes a slash',
      { given: { file: 'a.yaml', text: yaml, pointer: '/paths/~1pets~1{id}' }, want: { line: 3, column: 5 } },
    ],
    [
      'YAML array item',
      {
        given: { file: 'a.yaml', text: yaml, pointer: '/paths/~1pets~1{id}/get/parameters/1' },
        want: { line: 6, column: 11 },
      },
    ],
    [
      'YAML value inside a flow map',
      {
        given: { file: 'a.yaml', text: yaml, pointer: '/paths/~1pets~1{id}/get/parameters/1/in' },
        want: { line: 6, column: 29 },
      },
    ],
    [
      'YAML key without a value points at the key',
      { given: { file: 'a.yaml', text: yaml, pointer: '/paths/empty' }, want: { line: 7, column: 3 } },
    ],
    [
      'YAML flow sequence item',
      { given: { file: 'a.yaml', text: yaml, pointer: '/x/1/y' }, want: { line: 8, column: 12 } },
    ],
    ['YAML missing key', { given: { file: 'a.yaml', text: yaml, pointer: '/paths/nope' }, want: undefined }],
    ['YAML index past the end', { given: { file: 'a.yaml', text: yaml, pointer: '/x/2' }, want: undefined }],
    ['JSON root', { given: { file: 'a.json', text: json, pointer: '' }, want: { line: 1, column: 1 } }],
    [
      'JSON ~1 escapes a slash',
      { given: { file: 'a.json', text: json, pointer: '/paths/~1pets~1{id}' }, want: { line: 3, column: 19 } },
    ],
    [
      'JSON nested array item',
      {
        given: { file: 'a.json', text: json, pointer: '/paths/~1pets~1{id}/get/parameters/1/in' },
        want: { line: 3, column: 81 },
      },
    ],
    [
      'JSON ~0 and ~1 together',
      { given: { file: 'a.json', text: json, pointer: '/paths/a~0b/c~1d' }, want: { line: 4, column: 20 } },
    ],
    ['JSON array item', { given: { file: 'a.json', text: json, pointer: '/x/1/y' }, want: { line: 6, column: 18 } }],
    ['JSON missing key', { given: { file: 'a.json', text: json, pointer: '/paths/nope' }, want: undefined }],
    [
      'JSON leading-zero index is not an index',
      { given: { file: 'a.json', text: json, pointer: '/x/01' }, want: undefined },
    ],
    ['JSON through a scalar', { given: { file: 'a.json', text: json, pointer: '/x/0/y' }, want: undefined }],
  ];
  it.each(table)('%s', (_name, { given, want }) => {
    expect(parseSource(given.file, given.text).locate(given.pointer)).toEqual(want);
  });

  it('answers repeated JSON questions from its cache', () => {
    const document = parseSource('a.json', json);
    expect(document.locate('/x/1')).toEqual({ line: 6, column: 12 });
    expect(document.locate('/x/1')).toEqual({ line: 6, column: 12 });
    expect(document.locate('/x')).toEqual({ line: 6, column: 8 });
  });
});

describe('collectRefs', () => {
  it('finds references but not property names, examples or enum values that look like them', () => {
    const value: Json = {
      a: { $ref: 'x.yaml#/A' },
      schema: {
        properties: { $ref: { type: 'string' }, $schema: { $ref: '#/B' }, normal: { items: { $ref: 'y.yaml' } } },
        example: { $ref: 'not-a-ref.yaml' },
        enum: [{ $ref: 'nope.yaml' }],
        default: { $ref: 'nope.yaml' },
        const: { $ref: 'nope.yaml' },
      },
      content: {
        'application/json': { examples: { one: { $ref: 'ex.yaml' }, two: { value: { $ref: 'data.yaml' } } } },
      },
      list: { examples: [{ $ref: 'data.yaml' }] },
      responses: { default: { $ref: 'errors.yaml#/Default' } },
      schemas: { enum: { $ref: 'enum.yaml' } },
    };
    expect(collectRefs(value)).toEqual([
      { ref: 'x.yaml#/A', segments: ['a'] },
      { ref: '#/B', segments: ['schema', 'properties', '$schema'] },
      { ref: 'y.yaml', segments: ['schema', 'properties', 'normal', 'items'] },
      { ref: 'ex.yaml', segments: ['content', 'application/json', 'examples', 'one'] },
      { ref: 'errors.yaml#/Default', segments: ['responses', 'default'] },
      { ref: 'enum.yaml', segments: ['schemas', 'enum'] },
    ]);
  });

  it('turns a stack overflow on hostile nesting into a diagnostic', () => {
    const error = specgenError(() =>
      withinDepth('deep.json', () => {
        throw new RangeError('Maximum call stack size exceeded');
      }),
    );
    expect(error.message).toBe('deep.json: the document is nested too deeply');
  });
});

describe('loadFile and loadSpecFiles', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'specgen-load-'));
    await mkdir(join(dir, 'schemas'));
    await writeFile(
      join(dir, 'root.yaml'),
      [
        'openapi: 3.1.0',
        'components:',
        '  schemas:',
        '    Pet:',
        "      $ref: './schemas/pet.yaml#/Pet'",
        '    Props:',
        '      properties:',
        '        $ref: {type: string}',
        '      example: {$ref: not-loaded.yaml}',
        '',
      ].join('\n'),
    );
    await writeFile(
      join(dir, 'schemas', 'pet.yaml'),
      "Pet:\n  properties:\n    id: {$ref: '../common.json#/Id'}\n    self: {$ref: '#/Pet'}\n",
    );
    await writeFile(join(dir, 'common.json'), '{"Id": {"type": "string"}}');
    await writeFile(join(dir, 'broken.yaml'), "openapi: 3.1.0\nx:\n  $ref: 'missing.yaml#/X'\n");
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('loads one file', async () => {
    const document = await loadFile(join(dir, 'common.json'));
    expect(document.value).toEqual({ Id: { type: 'string' } });
    expect(document.file).toBe(join(dir, 'common.json'));
  });

  it('names the path of a missing file', async () => {
    const path = join(dir, 'nope.yaml');
    const error = await loadFile(path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpecgenError);
    expect((error as SpecgenError).message).toBe(`${path}: file not found`);
  });

  it('loads every file reachable through external refs, once each', async () => {
    const files = await loadSpecFiles(join(dir, 'root.yaml'));
    expect([...files.keys()].sort()).toEqual(
      [join(dir, 'common.json'), join(dir, 'root.yaml'), join(dir, 'schemas', 'pet.yaml')].sort(),
    );
  });

  it("reads no file for a ref that names a schema of the document by its $id or $anchor (3.1's Petstore)", async () => {
    const root = join(dir, 'ids.yaml');
    await writeFile(
      root,
      [
        'openapi: 3.1.0',
        'components:',
        '  schemas:',
        '    Pet:',
        '      properties:',
        '        petDetailsId: {$ref: /api/v31/components/schemas/petdetails#pet_details_id}',
        '        petDetails: {$ref: /api/v31/components/schemas/petdetails}',
        "        owner: {$ref: './schemas/pet.yaml#/Pet'}",
        '    PetDetails:',
        '      $id: /api/v31/components/schemas/petdetails',
        '      properties: {id: {$anchor: pet_details_id, type: integer}}',
        '',
      ].join('\n'),
    );
    const files = await loadSpecFiles(root);
    expect([...files.keys()].sort()).toEqual([join(dir, 'common.json'), root, join(dir, 'schemas', 'pet.yaml')].sort());
    const bundled = bundle(files, root).value as { components: { schemas: Record<string, { properties: object }> } };
    expect(bundled.components.schemas['Pet']!.properties).toEqual({
      petDetailsId: { $ref: '/api/v31/components/schemas/petdetails#pet_details_id' },
      petDetails: { $ref: '/api/v31/components/schemas/petdetails' },
      owner: { $ref: '#/components/schemas/Pet_2' },
    });
  });

  it('reports a missing referenced file at the $ref', async () => {
    const error = await loadSpecFiles(join(dir, 'broken.yaml')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpecgenError);
    expect((error as SpecgenError).diagnostics[0]?.location).toEqual({
      file: join(dir, 'broken.yaml'),
      pointer: '/x/$ref',
      line: 3,
      column: 9,
    });
    expect((error as SpecgenError).message).toContain('missing.yaml');
  });
});

describe('checkLimits: the quick pass and the exact walks agree', () => {
  const locate = (pointer: string) => ({ file: 'x.json', pointer });
  const nested = (levels: number): Json => (levels <= 1 ? {} : { a: nested(levels - 1) });

  it('a document exactly at the nesting limit passes; one level more is refused at the level that crosses it', () => {
    expect(() => checkLimits(nested(MAX_NESTING), locate)).not.toThrow();
    const error = specgenError(() => checkLimits(nested(MAX_NESTING + 1), locate));
    expect(error.diagnostics[0]!.location!.pointer).toBe(
      `/${Array.from({ length: MAX_NESTING }, () => 'a').join('/')}`,
    );
  });

  it('a non-finite number is refused at its pointer, in an array or an object', () => {
    const value = { a: [1, { b: Number.POSITIVE_INFINITY }], c: Number.NaN } as unknown as Json;
    expect(specgenError(() => checkLimits(value, locate)).diagnostics[0]!.location!.pointer).toBe('/a/1/b');
  });

  it('a cycle is refused as too deep, where it closes', () => {
    const root: Record<string, unknown> = { a: { b: {} } };
    (root.a as Record<string, unknown>).b = root;
    const error = specgenError(() => checkLimits(root as Json, locate));
    expect(error.diagnostics[0]!.message).toMatch(/nests more than/);
    expect(error.diagnostics[0]!.location!.pointer).toBe('/a/b');
  });

  it('shared subtrees (YAML aliases) are measured once: 2^60 paths through 60 levels are accepted', () => {
    let value: Json = { leaf: 1 };
    for (let level = 0; level < 60; level++) value = [value, value];
    expect(() => checkLimits(value, locate)).not.toThrow();
  });
});

describe('JSON pointers (RFC 6901)', () => {
  it('escape ~ and / in segments, and read them back; plain segments pass unchanged', () => {
    const segments = ['paths', '/a/{b}', '~x~1', 'plain', '0', '~0/~1'];
    expect(toPointer(segments)).toBe('/paths/~1a~1{b}/~0x~01/plain/0/~00~1~01');
    expect(fromPointer(toPointer(segments))).toEqual(segments);
    expect(toPointer([])).toBe('');
    expect(fromPointer('/a~1b/c~0d/e')).toEqual(['a/b', 'c~d', 'e']);
  });
});
