// Broken input gets a clear error (issue 7): each broken spec below fails with exactly the error written beside it
// (message, file, line:column or JSON pointer) and exit code 1, through generate() and, for a few, through the CLI.
// Very deep and very large specs fail with a clear limit (or work), and random documents and random mutations of the
// ImageTag spec either generate code that compiles or fail with a SpecgenError: never with anything else.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json, JsonObject, SourceDocument } from '../generator/document.js';
import { MAX_NESTING } from '../generator/document.js';
import { SpecgenError, toPointer } from '../generator/errors.js';
import { generate, type GenerateResult, type OutputFile, type TemplateSources } from '../generator/index.js';
import { loadFile, MAX_SPEC_BYTES, parseSource } from '../generator/load.js';
import { normalize } from '../generator/normalize.js';
import { parse } from '../generator/parse/index.js';
import { loadTemplates } from '../generator/templates.js';
import { upgrade } from '../generator/upgrade.js';
import { buildViews } from '../generator/views/index.js';
import { compileDiagnostics } from './support/compile.js';
import { repoPath } from './support/pipeline.js';

let templates: TemplateSources;
let work: string;
beforeAll(async () => {
  templates = await loadTemplates();
  work = await mkdtemp(join(tmpdir(), 'specgen-broken-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

/** Generates from spec text (and overlay texts) as the CLI does, without the disk. */
async function run(file: string, text: string, overlays: readonly [string, string][] = []): Promise<GenerateResult> {
  const spec = parseSource(file, text);
  const overlayDocuments = overlays.map(([name, source]) => parseSource(name, source));
  return generate({ spec, overlays: overlayDocuments }, { templates, packageName: 'x' });
}

/** A document built in memory (no text, so no line:column): how a library caller hands specgen a spec. */
function inMemory(file: string, value: Json): SourceDocument {
  return { file, value, locate: () => undefined };
}

/** The SpecgenError a run fails with; any other outcome fails the test. */
async function failure(attempt: () => Promise<unknown> | unknown): Promise<SpecgenError> {
  try {
    await attempt();
  } catch (error) {
    if (error instanceof SpecgenError) return error;
    throw error;
  }
  throw new Error('expected a SpecgenError, but generation succeeded');
}

const HEAD = 'openapi: 3.0.3\ninfo: {title: broken, version: "1"}\n';

type Case = [string, { file: string; text: string; want: string }];
const BROKEN: Case[] = [
  [
    'invalid YAML',
    {
      file: 'bad.yaml',
      text: 'openapi: 3.0.3\ninfo:\n  title: x\n   version: "1"\npaths: {}\n',
      want: [
        'bad.yaml:3:10: invalid YAML: Nested mappings are not allowed in compact mappings',
        'bad.yaml:3:10: invalid YAML: Implicit keys need to be on a single line',
      ].join('\n'),
    },
  ],
  [
    'invalid JSON',
    {
      file: 'bad.json',
      text: '{\n  "openapi": "3.0.3",\n  "info": {"title": "x" "version": "1"}\n}\n',
      want: `bad.json:3:25: invalid JSON: unexpected character "\\"", expected ',' or '}'`,
    },
  ],
  ['an empty file', { file: 'empty.yaml', text: '', want: 'empty.yaml: the file is empty' }],
  ['only comments', { file: 'empty.yaml', text: '# TODO\n', want: 'empty.yaml: the file is empty (only comments)' }],
  [
    'a list at the root',
    {
      file: 'list.yaml',
      text: '- openapi: 3.0.3\n',
      want: 'list.yaml:1:1: the document root must be an object, found an array',
    },
  ],
  [
    'a string at the root',
    {
      file: 'string.json',
      text: '"openapi"',
      want: 'string.json:1:1: the document root must be an object, found a string',
    },
  ],
  [
    'an unknown openapi version',
    {
      file: 'v4.yaml',
      text: 'openapi: 4.0.0\ninfo: {title: x, version: "1"}\npaths: {}\n',
      want: 'v4.yaml:1:10 (#/openapi): unsupported OpenAPI version "4.0.0" (supported: Swagger 2.0, OpenAPI 3.0, 3.1)',
    },
  ],
  [
    'a numeric openapi version',
    {
      file: 'v3.yaml',
      text: 'openapi: 3.0\ninfo: {title: x, version: "1"}\npaths: {}\n',
      want: 'v3.yaml:1:10 (#/openapi): unsupported OpenAPI version "3" (supported: Swagger 2.0, OpenAPI 3.0, 3.1)',
    },
  ],
  [
    'an unknown swagger version',
    {
      file: 'v1.yaml',
      text: 'swagger: "1.2"\ninfo: {title: x, version: "1"}\npaths: {}\n',
      want: 'v1.yaml:1:10 (#/swagger): unsupported OpenAPI version "1.2" (supported: Swagger 2.0, OpenAPI 3.0, 3.1)',
    },
  ],
  [
    'neither openapi nor swagger',
    {
      file: 'none.yaml',
      text: 'info: {title: x, version: "1"}\npaths: {}\n',
      want: 'none.yaml:1:1: not an OpenAPI document: it has neither an `openapi` nor a `swagger` field (supported: Swagger 2.0, OpenAPI 3.0, 3.1)',
    },
  ],
  [
    'dangling $refs, every one listed at once',
    {
      file: 'dangling.yaml',
      text: `${HEAD}paths:
  /a:
    get:
      parameters: [{$ref: '#/components/parameters/Gone'}]
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: '#/components/schemas/Nowhere'}}}
components:
  schemas:
    A: {$ref: '#/components/schemas/Missing'}
    B: {type: object, properties: {b: {items: {$ref: '#/components/schemas/Lost'}, type: array}}}
`,
      want: [
        'dangling.yaml:13:15 (#/components/schemas/A/$ref): dangling $ref: #/components/schemas/Missing points nowhere',
        'dangling.yaml:14:54 (#/components/schemas/B/properties/b/items/$ref): dangling $ref: #/components/schemas/Lost points nowhere',
        'dangling.yaml:6:27 (#/paths/~1a/get/parameters/0/$ref): dangling $ref: #/components/parameters/Gone points nowhere',
        'dangling.yaml:10:55 (#/paths/~1a/get/responses/200/content/application~1json/schema/$ref): dangling $ref: #/components/schemas/Nowhere points nowhere',
      ].join('\n'),
    },
  ],
  [
    'a $ref cycle with no object in between',
    {
      file: 'cycle.yaml',
      text: `${HEAD}paths: {}
components:
  schemas:
    A: {$ref: '#/components/schemas/B'}
    B: {$ref: '#/components/schemas/A'}
    Fine: {type: object, properties: {next: {$ref: '#/components/schemas/Fine'}}}
    List: {type: array, items: {$ref: '#/components/schemas/List'}}
`,
      want: 'cycle.yaml:6:15 (#/components/schemas/A/$ref): $ref cycle with no object in between: A → B → A (a type cannot be defined as itself)',
    },
  ],
  [
    'a type that is a union with itself (nullable)',
    {
      file: 'self.yaml',
      text: `${HEAD}paths: {}
components:
  schemas:
    Self: {$ref: '#/components/schemas/Self', nullable: true}
`,
      want: 'self.yaml:6:18 (#/components/schemas/Self/$ref): $ref cycle with no object in between: Self → Self (a type cannot be defined as itself)',
    },
  ],
  [
    'an unknown type',
    {
      file: 'type.yaml',
      text: `${HEAD}paths: {}
components:
  schemas:
    A: {type: object, properties: {n: {type: strin}}}
`,
      want: 'type.yaml:6:46 (#/components/schemas/A/properties/n/type): unknown type "strin"',
    },
  ],
  [
    'duplicate operationIds',
    {
      file: 'ids.yaml',
      text: `${HEAD}paths:
  /a: {get: {operationId: same, responses: {"200": {description: ok}}}}
  /b: {get: {operationId: same, responses: {"200": {description: ok}}}}
`,
      want: 'ids.yaml:5:27 (#/paths/~1b/get/operationId): duplicate operationId "same" (also at #/paths/~1a/get)',
    },
  ],
  [
    'two paths that differ only in parameter names',
    {
      file: 'twins.yaml',
      text: `${HEAD}paths:
  /a/{x}: {get: {parameters: [{name: x, in: path, required: true, schema: {type: string}}], responses: {"200": {description: ok}}}}
  /a/{y}: {get: {parameters: [{name: y, in: path, required: true, schema: {type: string}}], responses: {"200": {description: ok}}}}
`,
      want: 'twins.yaml:5:11 (#/paths/~1a~1{y}): the paths "/a/{x}" and "/a/{y}" differ only in parameter names, so they are the same path',
    },
  ],
  [
    'malformed path templates, every one listed',
    {
      file: 'templates.yaml',
      text: `${HEAD}paths:
  /a/{}: {get: {responses: {"200": {description: ok}}}}
  /b/{x: {get: {responses: {"200": {description: ok}}}}
  /c/x}: {get: {responses: {"200": {description: ok}}}}
  /d/{{x}}: {get: {responses: {"200": {description: ok}}}}
  /e/{x}/{x}: {get: {responses: {"200": {description: ok}}}}
  f/{x}: {get: {responses: {"200": {description: ok}}}}
  /g{?q}: {get: {responses: {"200": {description: ok}}}}
  /h{#f}: {get: {responses: {"200": {description: ok}}}}
`,
      want: [
        'templates.yaml:4:10 (#/paths/~1a~1{}): the path "/a/{}" is not a valid path template: a parameter without a name ("{}") at character 4',
        'templates.yaml:5:10 (#/paths/~1b~1{x): the path "/b/{x" is not a valid path template: "{" without "}" at character 4',
        'templates.yaml:6:10 (#/paths/~1c~1x}): the path "/c/x}" is not a valid path template: "}" without "{" at character 5',
        'templates.yaml:7:13 (#/paths/~1d~1{{x}}): the path "/d/{{x}}" is not a valid path template: "{" inside a parameter at character 5',
        'templates.yaml:8:15 (#/paths/~1e~1{x}~1{x}): the path "/e/{x}/{x}" is not a valid path template: the parameter {x} appears twice',
        'templates.yaml:10:11 (#/paths/~1g{?q}): the path "/g{?q}" is not a valid path template: {?q} is a query expansion: declare a query parameter instead',
        'templates.yaml:11:11 (#/paths/~1h{#f}): the path "/h{#f}" is not a valid path template: the expression {#f} (operator "#") has no place in a request path',
        'templates.yaml:9:10 (#/paths/f~1{x}): the path "f/{x}" is not a valid path template: a path must start with "/"',
      ].join('\n'),
    },
  ],
  [
    'a header parameter whose name could split the request',
    {
      file: 'header.yaml',
      text: `${HEAD}paths:
  /a:
    get:
      parameters: [{name: "X-A\\r\\nX-Injected", in: header, schema: {type: string}}]
      responses: {"200": {description: ok}}
`,
      want: 'header.yaml:6:27 (#/paths/~1a/get/parameters/0/name): header parameter name "X-A\\r\\nX-Injected" is not a valid HTTP header name',
    },
  ],
  [
    'a number JSON cannot hold (YAML)',
    {
      file: 'inf.yaml',
      text: `${HEAD}paths: {}\ncomponents: {schemas: {A: {type: number, maximum: .inf}}}\n`,
      want: 'inf.yaml:4:51 (#/components/schemas/A/maximum): a number too large for JSON (Infinity or NaN): specs are JSON, whose numbers are finite',
    },
  ],
  [
    'a number JSON cannot hold (JSON)',
    {
      file: 'big.json',
      text: '{"openapi": "3.0.3", "info": {"title": "x", "version": "1"},\n "paths": {}, "components": {"schemas": {"A": {"enum": [1e400]}}}}',
      want: 'big.json:2:57 (#/components/schemas/A/enum/0): a number too large for JSON (Infinity or NaN): specs are JSON, whose numbers are finite',
    },
  ],
];

describe('broken specs fail with exactly this error, exit code 1', () => {
  it.each(BROKEN)('%s', async (_name, { file, text, want }) => {
    const error = await failure(() => run(file, text));
    expect(error.message).toBe(want);
    expect(error.exitCode).toBe(1);
  });
});

describe('questionable specs generate, with exactly these warnings', () => {
  type Warned = [string, { text: string; want: string[] }];
  const table: Warned[] = [
    [
      'required names a property that does not exist',
      {
        text: `${HEAD}paths: {}\ncomponents: {schemas: {A: {type: object, required: [nmae], properties: {name: {type: string}}}}}\n`,
        want: [
          'warn.yaml:4:52 (#/components/schemas/A/required): required property "nmae" is not defined in properties',
        ],
      },
    ],
    [
      'a path parameter that is not in the path',
      {
        text: `${HEAD}paths:\n  /a:\n    get:\n      parameters: [{name: id, in: path, required: true, schema: {type: string}}]\n      responses: {"200": {description: ok}}\n`,
        want: [
          'warn.yaml:6:20 (#/paths/~1a/get/parameters/0): path parameter "id" does not appear in the path "/a"; it is ignored',
        ],
      },
    ],
    [
      'a path parameter the operation does not declare (issue 13: typed string, as openapi-typescript does)',
      {
        text: `${HEAD}paths:
  /pets/{petId}:
    get:
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses: {"200": {description: ok}}
`,
        want: [
          'warn.yaml:6:20 (#/paths/~1pets~1{petId}/get/parameters/0): path parameter "id" does not appear in the path "/pets/{petId}"; it is ignored',
          'warn.yaml:6:7 (#/paths/~1pets~1{petId}/get): the path "/pets/{petId}" has the parameter {petId}, but the operation declares no path parameter "petId"; it is typed string',
        ],
      },
    ],
  ];
  it.each(table)('%s', async (_name, { text, want }) => {
    const result = await run('warn.yaml', text);
    expect(
      result.warnings.map((warning) => `${warning.location?.file}${place(warning.location)}: ${warning.message}`),
    ).toEqual(want);
    expect(compileDiagnostics(sourcesOf(result.files))).toEqual([]);
  });
});

/** `:line:column (#pointer)` as SpecgenError formats it. */
function place(location: { line?: number; column?: number; pointer: string } | undefined): string {
  if (!location) return '';
  const at = location.line === undefined ? '' : `:${location.line}:${location.column ?? 1}`;
  return `${at}${location.pointer === '' ? '' : ` (#${location.pointer})`}`;
}

/** The TypeScript files the in-memory compile checks (node.ts needs Node's types and undici), under a folder. */
function sourcesOf(files: readonly OutputFile[], folder = ''): Record<string, string> {
  return Object.fromEntries(
    files
      .filter(
        (file) => /^src\/.*\.ts$/.test(file.path) && file.path !== 'src/node.ts' && file.path !== 'src/testing.ts',
      )
      .map((file) => [`${folder}${file.path}`, file.contents]),
  );
}

describe('the CLI exits 1 and prints the same error', () => {
  const bin = repoPath('bin/specgen.js');
  const cli = async (spec: string): Promise<{ code: number; stdout: string; stderr: string }> => {
    try {
      const { stdout, stderr } = await promisify(execFile)(
        process.execPath,
        [bin, 'generate', '--spec', spec, '--out', 'out', '--name', 'x'],
        { cwd: work },
      );
      return { code: 0, stdout, stderr };
    } catch (error) {
      return error as { code: number; stdout: string; stderr: string };
    }
  };
  const byName = new Map(BROKEN);
  it.each(['invalid YAML', 'dangling $refs, every one listed at once', 'a $ref cycle with no object in between'])(
    '%s',
    async (name) => {
      const { file, text, want } = byName.get(name)!;
      await writeFile(join(work, file), text);
      const result = await cli(file);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(`specgen: ${want}\n`);
    },
  );
});

// ------------------------------------------------------------------------------------------------------ deep input

/** A schema nested `levels` deep through one keyword, around a string. */
function nested(levels: number, keyword: 'properties' | 'items' | 'allOf' | 'additionalProperties'): JsonObject {
  let schema: JsonObject = { type: 'string' };
  for (let level = 0; level < levels; level++) {
    if (keyword === 'properties') schema = { type: 'object', properties: { a: schema } };
    else if (keyword === 'items') schema = { type: 'array', items: schema };
    else if (keyword === 'allOf') schema = { allOf: [schema] };
    else schema = { type: 'object', additionalProperties: schema };
  }
  return schema;
}

/** The JSON text of `nested(levels, keyword)`, built without recursion (JSON.stringify would overflow the stack). */
function nestedText(levels: number, keyword: keyof typeof UNITS): string {
  const open = {
    properties: '{"type": "object", "properties": {"a": ',
    items: '{"type": "array", "items": ',
    allOf: '{"allOf": [',
    additionalProperties: '{"type": "object", "additionalProperties": ',
  }[keyword];
  const close = { properties: '}}', items: '}', allOf: ']}', additionalProperties: '}' }[keyword];
  return `${open.repeat(levels)}{"type": "string"}${close.repeat(levels)}`;
}

/** An OpenAPI document with one schema, `Deep`. */
function deepSpec(schema: JsonObject): JsonObject {
  return {
    openapi: '3.0.3',
    info: { title: 'deep', version: '1' },
    paths: {},
    components: { schemas: { Deep: schema } },
  };
}

/** The pointer of the first container past the limit, along `prefix` and then `unit` repeated. */
function deepPointer(prefix: readonly string[], unit: readonly string[]): string {
  const path = [...prefix];
  while (path.length < MAX_NESTING) path.push(...unit);
  return toPointer(path.slice(0, MAX_NESTING));
}

const UNITS = {
  properties: ['properties', 'a'],
  items: ['items'],
  allOf: ['allOf', '0'],
  additionalProperties: ['additionalProperties'],
};
const DEEP = ['components', 'schemas', 'Deep'];

const TOO_DEEP = `the document nests more than ${MAX_NESTING} levels deep here (specgen's limit)`;

describe('very deep nesting: a clear SpecgenError, never a stack overflow', () => {
  const KEYWORDS = ['properties', 'items', 'allOf', 'additionalProperties'] as const;

  it.each(KEYWORDS)('10,000 levels of %s in a JSON file: refused where the limit is crossed', async (keyword) => {
    const text = `{"openapi": "3.0.3", "info": {"title": "deep", "version": "1"}, "paths": {}, "components": {"schemas": {"Deep": ${nestedText(10_000, keyword)}}}}`;
    const error = await failure(() => run('deep.json', text));
    const pointer = deepPointer(DEEP, UNITS[keyword]);
    expect(error.diagnostics).toHaveLength(1);
    expect(error.diagnostics[0]!.message).toBe(TOO_DEEP);
    expect(error.diagnostics[0]!.location).toMatchObject({ file: 'deep.json', pointer, line: 1 });
  });

  it.each(KEYWORDS)('10,000 levels of %s in a YAML file: refused by the YAML parser, clearly', async (keyword) => {
    const text = `openapi: 3.0.3\ninfo: {title: deep, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n    Deep: ${nestedText(10_000, keyword)}\n`;
    const error = await failure(() => run('deep.yaml', text));
    expect(error.message).toMatch(
      /^deep\.yaml:6:\d+: the document is nested too deeply \(specgen's limit is 128 levels\)$/,
    );
  });

  it('130 levels in block YAML: refused at the line and column where the limit is crossed', async () => {
    const lines = [
      'openapi: 3.0.3',
      'info: {title: deep, version: "1"}',
      'paths: {}',
      'components:',
      '  schemas:',
      '    Deep:',
    ];
    for (let level = 0; level < 130; level++) lines.push(`${'  '.repeat(level + 3)}a:`);
    lines.push(`${'  '.repeat(133)}type: string`);
    const error = await failure(() => run('block.yaml', `${lines.join('\n')}\n`));
    const pointer = toPointer(['components', 'schemas', 'Deep', ...Array<string>(MAX_NESTING - 3).fill('a')]);
    // The first place past the limit is the mapping under the 125th `a:`, which starts at the 126th.
    expect(error.message).toBe(`block.yaml:${MAX_NESTING + 4}:${2 * MAX_NESTING + 1} (#${pointer}): ${TOO_DEEP}`);
  });

  it('10,000 levels handed to generate() in memory (no file): refused before any stage recurses', async () => {
    const cases: [JsonObject, string][] = [
      [deepSpec(nested(10_000, 'properties')), deepPointer(DEEP, UNITS.properties)],
      [
        {
          ...deepSpec({}),
          paths: {
            '/a': {
              post: {
                requestBody: { content: { 'application/json': { schema: nested(10_000, 'items') } } },
                responses: {},
              },
            },
          },
        },
        deepPointer(['paths', '/a', 'post', 'requestBody', 'content', 'application/json', 'schema'], UNITS.items),
      ],
      [
        {
          swagger: '2.0',
          info: { title: 'deep', version: '1' },
          paths: {},
          definitions: { Deep: nested(10_000, 'allOf') },
        },
        deepPointer(['definitions', 'Deep'], UNITS.allOf),
      ],
      [
        { ...deepSpec({}), 'x-extension': nested(10_000, 'additionalProperties') },
        deepPointer(['x-extension'], UNITS.additionalProperties),
      ],
    ];
    for (const [value, pointer] of cases) {
      const error = await failure(() =>
        generate({ spec: inMemory('memory.json', value) }, { templates, packageName: 'x' }),
      );
      expect(error.message).toBe(`memory.json (#${pointer}): ${TOO_DEEP}`);
    }
  });

  it('an overlay 10,000 levels deep, and an overlay that makes the spec too deep: refused', async () => {
    const spec = inMemory('spec.json', deepSpec(nested(60, 'properties')));
    const deepOverlay = inMemory('deep.overlay.json', {
      overlay: '1.0.0',
      info: { title: 'o', version: '1' },
      actions: [{ target: '$.components.schemas.Deep', update: nested(10_000, 'items') }],
    });
    const refused = await failure(() => generate({ spec, overlays: [deepOverlay] }, { templates, packageName: 'x' }));
    expect(refused.message).toBe(
      `deep.overlay.json (#${deepPointer(['actions', '0', 'update'], UNITS.items)}): ${TOO_DEEP}`,
    );
    // Each document alone is within the limit; the update lands 120 levels down and adds 60 more.
    let target = '$.components.schemas.Deep';
    for (let level = 0; level < 58; level++) target += '.properties.a';
    const stacking = inMemory('stack.overlay.json', {
      overlay: '1.0.0',
      info: { title: 'o', version: '1' },
      actions: [{ target, update: { properties: { b: nested(60, 'properties') } } }],
    });
    const stacked = await failure(() => generate({ spec, overlays: [stacking] }, { templates, packageName: 'x' }));
    // 119 levels to the target, `properties/b` makes 121: seven more of the update cross the limit.
    expect(stacked.message).toBe(
      `stack.overlay.json (#/actions/0/update/properties/b/properties/a/properties/a/properties/a/properties): ${TOO_DEEP}`,
    );
  });

  it('just under the limit, every stage works (60 levels of properties, 120 of items)', async () => {
    for (const schema of [nested(60, 'properties'), nested(MAX_NESTING - 5, 'items')]) {
      const result = await generate({ spec: inMemory('ok.json', deepSpec(schema)) }, { templates, packageName: 'x' });
      expect(result.files.find((file) => file.path === 'src/types.ts')!.contents).toMatch(
        /^export (interface|type) Deep\b/m,
      );
    }
  }, 60_000);

  it('a chain of 10,000 $refs: parse, the cycle check and the printers stay flat', () => {
    const schemas: JsonObject = {
      Top: { anyOf: [{ $ref: '#/components/schemas/A0' }, { type: 'string' }] },
      Both: { allOf: [{ $ref: '#/components/schemas/A0' }, { type: 'object', properties: { x: { type: 'string' } } }] },
    };
    for (let index = 0; index < 10_000; index++) schemas[`A${index}`] = { $ref: `#/components/schemas/A${index + 1}` };
    schemas.A10000 = { type: 'object', properties: { a: { type: 'string' } } };
    const spec = upgrade(inMemory('chain.json', deepSpec({}) as Json));
    const document = { ...spec.document, components: { schemas } };
    const { api } = parse(normalize({ ...spec, document }));
    expect(api.models).toHaveLength(10_003);
    const views = buildViews(api, { packageName: 'x' });
    expect(views.validators.functions.length).toBeGreaterThan(10_000);
  });
});

// ------------------------------------------------------------------------------------------------------- big input

describe('a 50 MB spec: refused with a clear limit, before it is parsed', () => {
  const big = (): string => {
    const description = 'x'.repeat(1_000_000);
    const schemas = Array.from(
      { length: 50 },
      (_, index) => `"S${index}": {"type": "string", "description": "${description}"}`,
    );
    return `{"openapi": "3.0.3", "info": {"title": "big", "version": "1"}, "paths": {}, "components": {"schemas": {${schemas.join(', ')}}}}`;
  };
  const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

  it('through generate()', async () => {
    const text = big();
    expect(text.length).toBeGreaterThan(50_000_000);
    const error = await failure(() => run('big.json', text));
    expect(error.message).toBe(
      `big.json: the file is ${mb(text.length)}; specgen reads specs of at most ${mb(MAX_SPEC_BYTES)}`,
    );
  });

  it('from a file, and through the CLI (exit code 1)', async () => {
    const path = join(work, 'big.json');
    const text = big();
    await writeFile(path, text);
    const error = await failure(() => loadFile(path));
    expect(error.message).toBe(
      `${path}: the file is ${mb(text.length)}; specgen reads specs of at most ${mb(MAX_SPEC_BYTES)}`,
    );
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [repoPath('bin/specgen.js'), 'generate', '--spec', 'big.json', '--out', 'out', '--name', 'x'],
        { cwd: work },
        (failed, _stdout, stderr) => resolve({ code: failed ? (failed.code as number) : 0, stderr }),
      );
    });
    expect(code).toBe(1);
    expect(stderr).toBe(
      `specgen: big.json: the file is ${mb(text.length)}; specgen reads specs of at most ${mb(MAX_SPEC_BYTES)}\n`,
    );
  });
});

// ------------------------------------------------------------------------------------------------ property-based

/** What one random input did: generated files, or failed with a SpecgenError. Anything else is thrown. */
async function outcome(document: SourceDocument): Promise<readonly OutputFile[] | SpecgenError> {
  try {
    return (await generate({ spec: document }, { templates, packageName: 'x' })).files;
  } catch (error) {
    if (error instanceof SpecgenError && error.message.length > 0) return error;
    throw error;
  }
}

const NAMES = fc.oneof(
  fc.constantFrom(
    'a',
    'A',
    'B',
    'id',
    'pet-store',
    '__proto__',
    'constructor',
    'toString',
    '',
    '0',
    'class',
    '$ref',
    'x y',
    '🎉',
    'a/b',
    'a~b',
    'body',
    'Client',
    'FieldError',
  ),
  fc.string({ maxLength: 6 }),
);
const JSON_VALUE = fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>;

/** A value that is right for its keyword most of the time, and any JSON value otherwise. */
function mostly<T>(right: fc.Arbitrary<T>): fc.Arbitrary<T | Json> {
  return fc.oneof({ arbitrary: right, weight: 12 }, { arbitrary: JSON_VALUE, weight: 1 });
}

/** Schemas: mostly well-formed shapes with real keywords, sometimes wrong values, sometimes not a schema at all. */
const { schema: SCHEMA } = fc.letrec((tie) => {
  const schema = tie('schema');
  const annotations = {
    nullable: fc.boolean(),
    readOnly: fc.boolean(),
    description: mostly(fc.string()),
    default: JSON_VALUE,
    example: JSON_VALUE,
    'x-kubernetes-validations': mostly(
      fc.array(
        fc.record({
          rule: fc.oneof(
            fc.constantFrom('self.a > 0', 'self == oldSelf', 'size(self) < 3', '('),
            fc.string({ maxLength: 8 }),
          ),
        }),
        { maxLength: 2 },
      ),
    ),
  };
  const shape = <T>(fields: { [K in keyof T]: fc.Arbitrary<T[K]> }, required: (keyof T)[]) =>
    fc.record({ ...fields, ...annotations } as { [K in keyof T]: fc.Arbitrary<T[K]> }, {
      requiredKeys: required as never[],
    });
  return {
    schema: fc.oneof(
      { maxDepth: 3, depthIdentifier: 'schema', withCrossShrink: true },
      {
        arbitrary: fc.constantFrom<Json>({ type: 'string' }, { type: 'integer', format: 'int64' }, {}, true),
        weight: 6,
      },
      { arbitrary: JSON_VALUE, weight: 1 },
      {
        arbitrary: shape(
          {
            type: mostly(fc.constantFrom('string', 'integer', 'number', 'boolean', 'null', 'file', 'strin')),
            format: fc.constantFrom('date-time', 'byte', 'int32', 'int64', 'int-or-string', '*/'),
            pattern: mostly(
              fc.oneof(
                fc.constantFrom('^a$', '(', '\\p{L}', '[[:alpha:]]', '\\-', '/', '*/'),
                fc.string({ maxLength: 5 }),
              ),
            ),
            maxLength: mostly(fc.nat({ max: 10 })),
            minimum: mostly(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }))),
            multipleOf: mostly(fc.integer({ min: 1, max: 5 })),
            enum: mostly(fc.array(JSON_VALUE, { maxLength: 4 })),
            'x-kubernetes-int-or-string': fc.boolean(),
          },
          ['type'],
        ),
        weight: 8,
      },
      {
        arbitrary: shape(
          {
            type: mostly(fc.constantFrom('object', ['object', 'null'])),
            properties: mostly(fc.dictionary(NAMES, schema, { maxKeys: 3 })),
            required: mostly(fc.array(NAMES, { maxLength: 2 })),
            additionalProperties: fc.oneof(fc.boolean(), schema),
            'x-kubernetes-preserve-unknown-fields': fc.boolean(),
          },
          ['properties'],
        ),
        weight: 6,
      },
      {
        arbitrary: shape(
          {
            type: mostly(fc.constant('array')),
            items: schema,
            minItems: mostly(fc.nat({ max: 3 })),
            uniqueItems: fc.boolean(),
          },
          ['type', 'items'],
        ),
        weight: 2,
      },
      {
        arbitrary: shape(
          {
            $ref: fc.oneof(
              {
                arbitrary: fc.constantFrom('#/components/schemas/A', '#/components/schemas/B'),
                weight: 12,
              },
              fc.constantFrom(
                '#/components/schemas/Missing',
                '#/components/schemas/A/properties/a',
                '#/paths',
                '#',
                'other.yaml#/X',
              ),
              fc.string({ maxLength: 8 }),
            ),
          },
          ['$ref'],
        ),
        weight: 3,
      },
      {
        arbitrary: shape(
          {
            kind: fc.constantFrom('allOf', 'anyOf', 'oneOf'),
            members: fc.array(schema, { minLength: 1, maxLength: 2 }),
          },
          ['kind', 'members'],
        ).map(({ kind, members, ...rest }) => ({ ...rest, [kind as string]: members })),
        weight: 2,
      },
      {
        arbitrary: shape({ enum: fc.array(JSON_VALUE, { minLength: 1, maxLength: 4 }), const: JSON_VALUE }, ['enum']),
        weight: 1,
      },
    ),
  };
});

const PATH_KEYS = fc.oneof(
  { arbitrary: fc.constantFrom('/a', '/b/c', '/x y', '/é', '/c?d#e', '/%zz'), weight: 6 },
  fc.constantFrom('/a/{id}', '/a/{x}', '/b/{id}/c', '/{a}{b}', '/a/{}', 'a'),
  fc.string({ maxLength: 6 }),
);
const PARAMETER = fc.record(
  {
    name: NAMES,
    in: fc.oneof(
      { arbitrary: fc.constant('query'), weight: 4 },
      fc.constantFrom('path', 'header', 'cookie', 'body', 'formData'),
    ),
    required: fc.boolean(),
    schema: SCHEMA,
    type: fc.constantFrom('string', 'integer', 'array', 'file'),
  },
  { requiredKeys: ['name', 'in'] },
);
const OPERATION = fc.record(
  {
    operationId: fc.oneof({ arbitrary: fc.string({ minLength: 1, maxLength: 10 }), weight: 4 }, NAMES, JSON_VALUE),
    parameters: mostly(fc.array(PARAMETER, { maxLength: 3 })),
    requestBody: fc.record({
      content: fc.dictionary(
        fc.constantFrom('application/json', 'text/plain', 'application/merge-patch+json'),
        fc.record({ schema: SCHEMA }),
      ),
    }),
    responses: fc.dictionary(
      fc.constantFrom('200', '201', '204', 'default', '404'),
      fc.oneof(
        fc.record({
          description: fc.string(),
          content: fc.dictionary(
            fc.constantFrom('application/json', '*/*', 'text/plain'),
            fc.record({ schema: SCHEMA }),
          ),
        }),
        JSON_VALUE,
      ),
    ),
    summary: fc.string(),
  },
  { requiredKeys: [] },
);
const OPENAPI = fc.record({
  openapi: fc.constantFrom('3.0.3', '3.1.0'),
  info: fc.record({ title: fc.string(), version: fc.string() }),
  paths: fc.dictionary(
    PATH_KEYS,
    fc.dictionary(fc.constantFrom('get', 'put', 'post', 'delete', 'patch'), OPERATION, { maxKeys: 2 }),
    { maxKeys: 3 },
  ),
  components: fc.record({
    schemas: fc
      .tuple(SCHEMA, SCHEMA, fc.dictionary(NAMES, SCHEMA, { maxKeys: 3 }))
      .map(([a, b, more]) => ({ ...more, A: a, B: b })),
  }),
});
const SWAGGER = fc
  .record({
    swagger: fc.constant('2.0'),
    info: fc.record({ title: fc.string(), version: fc.string() }),
    paths: fc.dictionary(PATH_KEYS, fc.dictionary(fc.constantFrom('get', 'post'), OPERATION, { maxKeys: 2 }), {
      maxKeys: 2,
    }),
    definitions: fc
      .tuple(SCHEMA, SCHEMA, fc.dictionary(NAMES, SCHEMA, { maxKeys: 3 }))
      .map(([a, b, more]) => ({ ...more, A: a, B: b })),
  })
  .map(
    (document) => JSON.parse(JSON.stringify(document).replaceAll('#/components/schemas/', '#/definitions/')) as Json,
  );

/** Every place in a JSON value, as paths (the root excluded). */
function places(value: Json, path: readonly string[] = [], into: string[][] = []): string[][] {
  if (typeof value !== 'object' || value === null) return into;
  for (const key of Array.isArray(value) ? value.map((_, index) => String(index)) : Object.keys(value)) {
    into.push([...path, key]);
    places((value as Record<string, Json>)[key]!, [...path, key], into);
  }
  return into;
}

/** Applies one mutation to a copy-on-write clone: replace, delete or rename the member at a place. */
function mutate(
  root: Json,
  path: readonly string[],
  kind: 'replace' | 'delete' | 'rename' | 'wrap',
  value: Json,
  name: string,
): Json {
  const copy = structuredClone(root);
  let parent = copy as Record<string, Json>;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string, Json>;
  const key = path[path.length - 1]!;
  if (kind === 'replace') parent[key] = value;
  else if (kind === 'wrap') parent[key] = [parent[key]!];
  else if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else {
    const old = parent[key]!;
    delete parent[key];
    if (kind === 'rename')
      Object.defineProperty(parent, name, { value: old, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

describe('random input: generated code that compiles, or a SpecgenError, never anything else', () => {
  const generated: (readonly OutputFile[])[] = [];
  // Fixed so CI is repeatable; SPECGEN_FC_SEED=<n> explores other inputs.
  const SEED = Number(process.env['SPECGEN_FC_SEED'] ?? 20261129);
  const check = async (value: unknown): Promise<void> => {
    const result = await outcome(inMemory('random.json', value as Json));
    if (!(result instanceof SpecgenError)) generated.push(result);
  };

  it('random JSON documents (50 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          fc.dictionary(fc.constantFrom('openapi', 'swagger', 'info', 'paths', 'components'), fc.jsonValue()),
        ),
        check,
      ),
      { numRuns: 50, seed: SEED },
    );
  });

  it('random OpenAPI 3 and Swagger 2.0 documents (110 runs)', async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(OPENAPI, OPENAPI, SWAGGER) as fc.Arbitrary<Json>, check), {
      numRuns: 110,
      seed: SEED + 1,
    });
  }, 60_000);

  it('random mutations of the ImageTag spec (40 runs)', async () => {
    const text = await readFile(repoPath('specs/imagetag.openapi.yaml'), 'utf8');
    const imagetag: Json = parseSource('imagetag.openapi.yaml', text).value;
    const all = places(imagetag);
    const mutation = fc.record({
      at: fc.nat({ max: all.length - 1 }),
      kind: fc.constantFrom('replace', 'delete', 'rename', 'wrap') as fc.Arbitrary<
        'replace' | 'delete' | 'rename' | 'wrap'
      >,
      value: fc.oneof(JSON_VALUE, SCHEMA as fc.Arbitrary<Json>),
      name: NAMES,
    });
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        let value = imagetag;
        for (const { at, kind, value: replacement, name } of mutations) {
          const targets = places(value);
          if (targets.length === 0) break;
          value = mutate(value, targets[at % targets.length]!, kind, replacement, name);
        }
        await check(value);
      }),
      { numRuns: 40, seed: SEED + 2 },
    );
  }, 60_000);

  it('a sample of what generated compiles under strict', () => {
    expect(generated.length).toBeGreaterThan(10);
    const sample = generated.filter((_, index) => index % Math.ceil(generated.length / 12) === 0);
    const sources = Object.assign({}, ...sample.map((files, index) => sourcesOf(files, `case${index}/`))) as Record<
      string,
      string
    >;
    expect(compileDiagnostics(sources)).toEqual([]);
  }, 60_000);
});
