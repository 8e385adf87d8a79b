// Spec text is data, never code (issue 7). Each spec under test/fixtures/hostile/ carries payloads that would set
// `globalThis.__pwned` or call `process.exit` if any of its text became code: the generated package must compile
// under strict, import and run without either happening, and every name and value must come through exactly.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Project, ts } from 'ts-morph';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Json, JsonObject, SourceDocument } from '../generator/document.js';
import { generate, type GenerateResult, type OutputFile } from '../generator/index.js';
import { parseSource } from '../generator/load.js';
import { loadTemplates } from '../generator/templates.js';
import { compileDiagnostics } from './support/compile.js';
import { generateFrom, repoPath } from './support/pipeline.js';

type Module = Record<string, unknown>;
type Validator = (value: unknown, options?: { mode?: 'request' | 'response' }) => boolean;
type Validate = (value: unknown) => { valid: boolean; errors?: readonly { path: string; message: string }[] };
type Pwned = typeof globalThis & { __pwned?: unknown };

const HOSTILE = 'test/fixtures/hostile';
const temporary: string[] = [];
let exitCalls: unknown[] = [];

beforeAll(() => {
  // A payload that reached `process.exit` must not end the test run: it is recorded and fails the checks below.
  vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
    exitCalls.push(code);
    throw new Error(`process.exit(${String(code)}) was called`);
  }) as typeof process.exit);
});

afterAll(async () => {
  vi.restoreAllMocks();
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** The spec as loaded, to compare the output with what the spec says. */
async function specValue(fixture: string): Promise<JsonObject> {
  const path = repoPath(`${HOSTILE}/${fixture}`);
  return parseSource(path, await readFile(path, 'utf8')).value as JsonObject;
}

/** The generated TypeScript files the in-memory compile checks (node.ts needs Node's types and undici: not here). */
function typescriptSources(files: readonly OutputFile[], extra: Record<string, string> = {}): Record<string, string> {
  const sources = files.filter((file) => /^src\/.*\.ts$/.test(file.path) && file.path !== 'src/node.ts');
  return { ...Object.fromEntries(sources.map((file) => [file.path, file.contents])), ...extra };
}

/** Writes the package to a temporary folder as JavaScript (transpiled from the generated TypeScript) and imports it. */
async function importPackage(files: readonly OutputFile[]): Promise<Module> {
  const dir = await mkdtemp(join(tmpdir(), 'specgen-hostile-'));
  temporary.push(dir);
  await writeFile(join(dir, 'package.json'), '{ "type": "module" }\n');
  for (const file of files) {
    if (!/^src\/.*\.ts$/.test(file.path) || file.path === 'src/node.ts') continue;
    const { outputText } = ts.transpileModule(file.contents, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    const target = join(dir, file.path.replace(/\.ts$/, '.js'));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, outputText);
  }
  return (await import(pathToFileURL(join(dir, 'src/index.js')).href)) as Module;
}

/** Every identifier in the code of a file (comments and string literals are not code, so payloads there are inert). */
function identifiers(path: string, text: string): Set<string> {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const found = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) found.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Expects that no payload ran: nothing set `globalThis.__pwned`, nothing called `process.exit`. */
function expectNothingRan(): void {
  expect((globalThis as Pwned).__pwned).toBeUndefined();
  expect(exitCalls).toEqual([]);
}

function fn<T>(module: Module, name: string): T {
  const value = module[name];
  if (typeof value !== 'function') throw new Error(`${name} is not exported as a function`);
  return value as T;
}

/** Type-level equality, for the compile checks of exact literal types. */
const EQUAL = 'type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;';

const FIXTURES = ['text.openapi.yaml', 'names.openapi.json', 'operations.swagger.yaml'] as const;

describe.each(FIXTURES)('%s', (fixture) => {
  let result: GenerateResult;
  let module: Module;
  beforeAll(async () => {
    result = await generateFrom(`${HOSTILE}/${fixture}`);
    module = await importPackage(result.files);
  });

  it('compiles under strict with no diagnostic', () => {
    expect(compileDiagnostics(typescriptSources(result.files))).toEqual([]);
  });

  it('puts no payload in code: the payloads are only in comments and string literals', () => {
    for (const file of result.files.filter((candidate) => /^src\/.*\.ts$/.test(candidate.path))) {
      const names = identifiers(file.path, file.contents);
      expect(names.has('__pwned'), file.path).toBe(false);
      expect(names.has('exit'), file.path).toBe(false);
    }
  });

  it('keeps the title in its one-line banner comment, in every file', () => {
    for (const file of result.files.filter((candidate) => /^src\/.*\.ts$/.test(candidate.path))) {
      const [banner, next] = file.contents.split('\n');
      expect(banner, file.path).toMatch(/^\/\/ Generated by specgen from ".*"\. Do not edit/);
      expect(banner, file.path).not.toMatch(/[\r\u2028\u2029]/);
      expect(next, file.path).not.toContain('pwned');
    }
    const packageJson = JSON.parse(result.files.find((file) => file.path === 'package.json')!.contents) as {
      description: string;
    };
    expect(packageJson.description).not.toMatch(/[\r\n]/);
  });

  it('runs no payload on import', () => {
    expect(Object.keys(module).length).toBeGreaterThan(0);
    expectNothingRan();
  });

  it('runs no payload when every validator is called, in both modes', () => {
    const probes: unknown[] = [undefined, null, 0, '', '"); process.exit(1); ("', [], {}, { __proto__: { x: 1 } }];
    for (const [name, value] of Object.entries(module)) {
      if (typeof value !== 'function' || !/^(is|validate)[A-Z]/.test(name)) continue;
      for (const probe of probes) {
        for (const mode of ['request', 'response'] as const) (value as Validator)(probe, { mode });
      }
    }
    expectNothingRan();
  });
});

describe('text.openapi.yaml: comments and literals', () => {
  let result: GenerateResult;
  let module: Module;
  let spec: JsonObject;
  const schema = (name: string): JsonObject =>
    ((spec.components as JsonObject).schemas as JsonObject)[name] as JsonObject;
  beforeAll(async () => {
    result = await generateFrom(`${HOSTILE}/text.openapi.yaml`);
    module = await importPackage(result.files);
    spec = await specValue('text.openapi.yaml');
  });
  const types = (): string => result.files.find((file) => file.path === 'src/types.ts')!.contents;

  it('warns once for each pattern JavaScript cannot compile, and leaves it unchecked (the documented fallback)', () => {
    expect(result.warnings.map((warning) => warning.message)).toEqual([
      // An unknown format is named (as data) and left unchecked too.
      'format "*/ globalThis.__pwned = true; /*" is not checked: specgen does not know it (the job\'s formats option can add a pattern for it, or switch it off)',
      'pattern "(?<name" is not a valid JavaScript regular expression; not checked',
      'pattern "/); process.exit(1); (/" is not a valid JavaScript regular expression; not checked',
      'pattern "^(abc$" is not a valid JavaScript regular expression; not checked',
    ]);
    const isPatterns = fn<Validator>(module, 'isPatterns');
    for (const property of ['unbalanced', 'lookbehindName', 'payload'])
      expect(isPatterns({ [property]: 'anything at all' }), property).toBe(true);
  });

  it('checks the patterns JavaScript can compile, with their quotes, slashes and escapes intact', () => {
    const isPatterns = fn<Validator>(module, 'isPatterns');
    const cases: [string, string, boolean][] = [
      ['slashes', 'a/b*/"\'`', true],
      ['slashes', 'a/b*/"\'', false],
      ['unicodeOnly', 'ÉCOLE', true],
      ['unicodeOnly', 'école', false],
      ['nonUnicodeOnly', 'a-b_c', true],
      ['nonUnicodeOnly', 'a b', false],
    ];
    for (const [property, value, valid] of cases) expect(isPatterns({ [property]: value }), value).toBe(valid);
  });

  it('round-trips every enum value exactly through the validators', () => {
    const values = schema('Payloads').enum as string[];
    const isPayloads = fn<Validator>(module, 'isPayloads');
    const validatePayloads = fn<Validate>(module, 'validatePayloads');
    for (const value of values) expect(isPayloads(value), JSON.stringify(value)).toBe(true);
    for (const value of values) {
      if (!values.includes(`${value}x`)) expect(isPayloads(`${value}x`), JSON.stringify(value)).toBe(false);
    }
    const listed = values.filter((value) => value !== '').map((value) => JSON.stringify(value));
    const result = validatePayloads('none of them');
    expect(result.errors?.[0]?.message).toBe(
      `Unsupported value: "none of them": supported values: ${listed.join(', ')}`,
    );
    const isSingle = fn<Validator>(module, 'isSingle');
    expect(isSingle('"); process.exit(1); ("')).toBe(true);
    expect(isSingle('"); process.exit(1); (')).toBe(false);
    const isMixed = fn<Validator>(module, 'isMixed');
    for (const value of [...(schema('Mixed').enum as Json[]), null]) expect(isMixed(value), String(value)).toBe(true);
    for (const value of [2, '1.5', 'false', 0, -0.5, {}]) expect(isMixed(value), String(value)).toBe(false);
    expectNothingRan();
  });

  it('round-trips every enum value exactly through the types (checked by the compiler)', () => {
    // JSON.stringify is an independent printer of the same literals (it leaves U+2028 raw, specgen escapes it).
    const union = (values: readonly Json[]): string => values.map((value) => JSON.stringify(value)).join(' | ');
    const check = [
      'import type { Mixed, Payloads, Single } from "./types.js";',
      EQUAL,
      `export const payloads: Equal<Payloads, ${union(schema('Payloads').enum as Json[])}> = true;`,
      `export const mixed: Equal<Mixed, ${union([...(schema('Mixed').enum as Json[]), null])}> = true;`,
      `export const single: Equal<Single, ${union(schema('Single').enum as Json[])}> = true;`,
    ].join('\n');
    expect(compileDiagnostics(typescriptSources(result.files, { 'src/check.ts': check }))).toEqual([]);
  });

  it('keeps every description and default whole in the JSDoc, escaped only where a comment needs it', () => {
    const project = new Project({ useInMemoryFileSystem: true });
    const source = project.createSourceFile('/types.ts', types());
    const described = source.getInterfaceOrThrow('Described');
    // The JSDoc text with specgen's comment escapes undone is the spec's text (line separators become line breaks).
    const unescape = (text: string): string =>
      text
        .replace(/\*\\\//g, '*/')
        .replace(/\/\\\*/g, '/*')
        .replace(/^(\s*)\\@/gm, '$1@');
    const doc = described.getJsDocs()[0]!.getInnerText();
    const description = (schema('Described').description as string)
      .replace(/[\u2028\u2029]/g, '\n')
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n');
    expect(unescape(doc)).toBe(description);
    const properties = schema('Described').properties as JsonObject;
    for (const property of described.getProperties()) {
      const tag = property
        .getJsDocs()
        .flatMap((jsdoc) => jsdoc.getTags())
        .find((candidate) => candidate.getTagName() === 'default');
      const want = (properties[property.getName()] as JsonObject).default;
      if (want === undefined) continue;
      expect(JSON.parse(unescape(tag!.getCommentText()!)), property.getName()).toEqual(want);
    }
  });
});

describe('names.openapi.json: identifiers and keys', () => {
  let result: GenerateResult;
  let module: Module;
  let spec: JsonObject;
  beforeAll(async () => {
    result = await generateFrom(`${HOSTILE}/names.openapi.json`);
    module = await importPackage(result.files);
    spec = await specValue('names.openapi.json');
  });
  const schemas = (): JsonObject => (spec.components as JsonObject).schemas as JsonObject;
  /** A valid Names value: every property present as an own property, `__proto__` included. */
  const validNames = (): Record<string, unknown> => {
    const value: Record<string, unknown> = {};
    const properties = (schemas().Names as JsonObject).properties as JsonObject;
    for (const [name, property] of Object.entries(properties)) {
      const type = (property as JsonObject).type;
      const field = type === 'integer' ? 7 : type === 'boolean' ? true : type === 'object' ? { polluted: true } : 's';
      Object.defineProperty(value, name, { value: field, enumerable: true, writable: true, configurable: true });
    }
    return value;
  };

  it('gives every schema key exactly one declaration, under a distinct name', () => {
    // Each of these schemas is an enum of its own key (or a stand-in), so the declaration says which key it came from.
    const declared = [
      ...result.files
        .find((file) => file.path === 'src/types.ts')!
        .contents.matchAll(/^export type (\S+) = ("[^\n]*");$/gm),
    ];
    const byValue = new Map(declared.map(([, name, literal]) => [JSON.parse(literal!) as string, name!]));
    const names = new Set(byValue.values());
    expect(names.size).toBe(byValue.size);
    for (const [key, schema] of Object.entries(schemas())) {
      const values = (schema as JsonObject).enum;
      if (Array.isArray(values)) expect(byValue.has(values[0] as string), key).toBe(true);
    }
    expect(Object.fromEntries([...byValue].filter(([key]) => /pet|Pet/.test(key)))).toEqual({
      Pet: 'Pet',
      PetStore: 'PetStore',
      'io.example.v1.Pet': 'V1Pet',
      'io.example.v2.Pet': 'V2Pet',
      'pet store': 'PetStore2',
      'pet-store': 'PetStore3',
      // Named by the whole key, as every key that is not a Kubernetes kind (issue 13: stable names).
      'pet.store': 'PetStore4',
      petStore: 'PetStore5',
      pet_store: 'PetStore6',
    });
  });

  it('keeps model names off reserved words, globals and the names the generated modules declare', () => {
    const declared = result.files.find((file) => file.path === 'src/types.ts')!.contents;
    for (const name of ['Class', 'String_', 'Error_', 'Record_', 'Promise_', 'Schema123', 'Schema1st', 'Proto'])
      expect(declared).toContain(`export type ${name} = `);
    for (const name of ['FieldError_', 'ValidationResult_', 'Client_', 'ApiError_', 'RequestInit_'])
      expect(declared).toContain(`export type ${name} = `);
    // A model named like another's GVK constant, and one named like an operation's parameters type.
    expect(declared).toContain('export type ThingGVK = "ThingGVK";');
    expect(module.ThingGVK_).toEqual({
      group: 'example.io',
      version: 'v1',
      kind: 'Thing',
      apiVersion: 'example.io/v1',
    });
    const client = result.files.find((file) => file.path === 'src/client.ts')!.contents;
    expect(client).toContain('export type ListThingsParams_ = {');
    expect(client).toContain(
      'listThings(params?: ListThingsParams_, options?: RequestOptions): Promise<ListThingsParams>;',
    );
  });

  it('validators find every property by its exact name, as an own property', () => {
    const isNames = fn<Validator>(module, 'isNames');
    const validateNames = fn<Validate>(module, 'validateNames');
    expect(validateNames(validNames())).toMatchObject({ valid: true });
    for (const name of (schemas().Names as JsonObject).required as string[]) {
      const value = validNames();
      delete value[name];
      expect(isNames(value), JSON.stringify(name)).toBe(false);
      const errors = validateNames(value).errors ?? [];
      expect(
        errors.map((error) => error.message),
        JSON.stringify(name),
      ).toEqual([`${name === '' ? '' : `${name}: `}Required value`]);
    }
    // Closed object: a key that is not listed is refused, even one that only differs in case.
    expect(isNames({ ...validNames(), Class: 's' })).toBe(false);
    // `__proto__` is checked as a property, never followed as the prototype.
    const wrong = validNames();
    Object.defineProperty(wrong, '__proto__', { value: { polluted: 'no' }, enumerable: true });
    expect(isNames(wrong)).toBe(false);
    expectNothingRan();
  });

  it('resolves $refs to keys that need escaping (~1, ~0, percent-encoding, __proto__)', () => {
    const isRefs = fn<Validator>(module, 'isRefs');
    expect(isRefs({ slash: 'a/b', tilde: 'a~b', space: 'pet store', emoji: '🎉', proto: '__proto__' })).toBe(true);
    for (const property of ['slash', 'tilde', 'space', 'emoji', 'proto'])
      expect(isRefs({ [property]: 'other' }), property).toBe(false);
  });
});

describe('operations.swagger.yaml: the client', () => {
  let module: Module;
  const requests: { url: string; method: string; headers: Record<string, string>; body: unknown }[] = [];
  const fakeFetch = async (url: string, init: RequestInit): Promise<Response> => {
    requests.push({
      url,
      method: init.method ?? '',
      headers: init.headers as Record<string, string>,
      body: init.body,
    });
    return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
  };
  type Method = (params?: Record<string, unknown>) => Promise<unknown>;
  let client: Record<string, Method>;
  beforeAll(async () => {
    const result = await generateFrom(`${HOSTILE}/operations.swagger.yaml`);
    module = await importPackage(result.files);
    const createClient = fn<(options: object) => Record<string, Method>>(module, 'createClient');
    client = createClient({ baseUrl: 'http://api.test/base', fetch: fakeFetch });
  });
  /** The one request a call sent. */
  const send = async (method: string, params: Record<string, unknown>) => {
    requests.length = 0;
    await client[method]!(params);
    expect(requests).toHaveLength(1);
    return requests[0]!;
  };

  it('names the methods safely and deterministically', () => {
    expect(Object.keys(client).sort()).toEqual([
      'delete_',
      'getItemGlobalThisPwnedTrue',
      'getNames',
      'getNames2',
      'getNames3',
      'postOddPath',
      'putLiteralNotQueryNotFragment4150ByQ',
      // The same methods resolving to { data, status, headers }.
      'withResponse',
    ]);
  });

  it('encodes path parameters as single segments and literal path text as path text', async () => {
    const odd = await send('postOddPath', {
      x: 'a/b?c#d',
      'y-z': 7,
      ünï: 'ü',
      'globalThis.__pwned = true': '${globalThis.__pwned = true}',
      body: 'query named body',
      requestBody: { class: 'c' },
    });
    expect(odd.method).toBe('POST');
    expect(odd.url).toBe(
      'http://api.test/base/odd%20path/a%2Fb%3Fc%23d/7/%C3%A9/%C3%BC/%24%7BglobalThis.__pwned%20%3D%20true%7D?body=query%20named%20body',
    );
    expect(odd.body).toBe('{"class":"c"}');
    // `?`, `#` and a stray `%` in the spec's path stay in the path; `%41` is already an escape.
    const literal = await send('putLiteralNotQueryNotFragment4150ByQ', { 'q\'"': 'q' });
    expect(literal.url).toBe('http://api.test/base/literal%3Fnot=query%23not-fragment/%41/50%25/q');
    const templated = await send('delete_', { file: 'f', 'globalThis.__pwned = true': '`' });
    expect(templated.url).toBe('http://api.test/base/$%60/%60x%60/f.json');
    await expect(client.putLiteralNotQueryNotFragment4150ByQ!({ 'q\'"': '..' })).rejects.toThrow(TypeError);
    expectNothingRan();
  });

  it('sends only the parameters given: names Object.prototype has are never read from it', async () => {
    const plain = await send('getItemGlobalThisPwnedTrue', { id: '1' });
    expect(plain.url).toBe('http://api.test/base/items/1');
    const own: Record<string, unknown> = { id: '1', 'a b': '"); process.exit(1); ("', constructor: 'c' };
    Object.defineProperty(own, '__proto__', { value: 'p', enumerable: true });
    Object.defineProperty(own, 'toString', { value: ['x', 'y'], enumerable: true });
    const sent = await send('getItemGlobalThisPwnedTrue', own);
    expect(sent.url).toBe(
      'http://api.test/base/items/1?__proto__=p&a%20b=%22)%3B%20process.exit(1)%3B%20(%22&constructor=c&toString=x&toString=y',
    );
    expectNothingRan();
  });

  it('sends header parameters under their exact names and refuses CR/LF in their values', async () => {
    const sent = await send('getItemGlobalThisPwnedTrue', { id: '1', "X-Token'!#": 'v', 'x-count': 3 });
    expect(sent.headers["x-token'!#"]).toBe('v');
    expect(sent.headers['x-count']).toBe('3');
    requests.length = 0;
    await expect(client.getItemGlobalThisPwnedTrue!({ id: '1', "X-Token'!#": 'v\r\nX-Injected: 1' })).rejects.toThrow(
      TypeError,
    );
    expect(requests).toEqual([]);
  });

  it('keeps same-named operations apart: each method sends its own HTTP method', async () => {
    expect((await send('getNames', {})).method).toBe('GET');
    expect((await send('getNames2', {})).method).toBe('POST');
    expect((await send('getNames3', {})).method).toBe('PUT');
  });
});

describe('names the generated modules use', () => {
  /** A spec whose client uses every part of the runtime: a Kubernetes-style list with paging. */
  const runtimeSpec = (schemas: JsonObject): SourceDocument => {
    const properties = Object.fromEntries(
      Object.keys(schemas).map((key) => [key, { $ref: `#/components/schemas/${encodeURIComponent(key)}` }]),
    );
    const value: JsonObject = {
      openapi: '3.0.3',
      info: { title: 'runtime', version: '1' },
      paths: {
        '/all': {
          get: {
            operationId: 'readAll',
            responses: {
              '200': {
                description: 'ok',
                content: { 'application/json': { schema: { type: 'object', properties } } },
              },
            },
          },
          post: {
            operationId: 'createAll',
            requestBody: {
              content: { 'application/json': { schema: { type: 'object', properties } } },
            },
            responses: { '201': { description: 'created' } },
          },
        },
      },
      components: { schemas },
    };
    return { file: 'runtime.json', value, locate: () => undefined };
  };

  it('no schema name clashes with them: a model named after each still compiles', async () => {
    const templates = await loadTemplates();
    const plain = await generate({ spec: runtimeSpec({ A: { type: 'string' } }) }, { templates, packageName: 'x' });
    // Every capitalised word of the runtime (declarations, globals, and harmless words from comments) names a model.
    const runtime = plain.files
      .filter((file) => file.path === 'src/validators.ts' || file.path === 'src/client.ts')
      .map((file) => file.contents)
      .join('\n');
    const words = [...new Set(runtime.match(/\b[A-Z][A-Za-z0-9_]*\b/g))].sort();
    expect(words).toEqual(expect.arrayContaining(['FieldError', 'ValidationResult', 'Client', 'ApiError', 'Set']));
    const schemas = Object.fromEntries(words.map((word) => [word, { type: 'string', enum: [word] }]));
    const named = await generate({ spec: runtimeSpec(schemas) }, { templates, packageName: 'x' });
    expect(compileDiagnostics(typescriptSources(named.files))).toEqual([]);
  });
});
