/**
 * Composition as JSON Schema means it (issue 13): each construct, its type (checked with `@ts-expect-error` cases)
 * and its validator's verdicts, with Ajv (draft 2020-12) as the oracle for every verdict.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ts } from 'ts-morph';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json } from '../generator/document.js';
import { generate, type GenerateResult } from '../generator/index.js';
import { parseSource } from '../generator/load.js';
import { loadTemplates } from '../generator/templates.js';
import { compileDiagnostics } from './support/compile.js';

const SCHEMAS = `
Base: {type: object, properties: {name: {type: string}, size: {type: string}}}
RequiredBeside: {type: object, allOf: [{$ref: "#/components/schemas/Base"}], required: [name, size]}
RequiredInBranch: {allOf: [{$ref: "#/components/schemas/Base"}, {required: [name]}]}
RequiredInline: {allOf: [{type: object, properties: {id: {type: integer}}}, {type: object, required: [id]}]}
ClosedEmpty: {type: object, additionalProperties: false}
FreeForm: {type: object}
WithFreeFormMember: {type: object, properties: {meta: {}}}
ObjectBesideOneOf: {type: object, oneOf: [{$ref: "#/components/schemas/Base"}, {$ref: "#/components/schemas/RequiredInline"}]}
Image: {type: object, required: [type, url], properties: {type: {type: string, enum: [image, text]}, url: {type: string}}}
Text: {type: object, required: [type, text], properties: {type: {type: string}, text: {type: string}}}
Content: {oneOf: [{$ref: "#/components/schemas/Image"}, {$ref: "#/components/schemas/Text"}], discriminator: {propertyName: type, mapping: {image: "#/components/schemas/Image"}}}
Pet: {type: object, required: [petType, name], properties: {petType: {type: string}, name: {type: string}}, discriminator: {propertyName: petType, mapping: {dog: "#/components/schemas/Dog"}}}
Dog: {allOf: [{$ref: "#/components/schemas/Pet"}, {type: object, required: [bark], properties: {bark: {type: boolean}}}]}
Cat: {allOf: [{$ref: "#/components/schemas/Pet"}, {type: object, properties: {lives: {type: integer}}}]}
Owner: {type: object, properties: {pet: {$ref: "#/components/schemas/Pet"}}}
Shape: {oneOf: [{type: object, required: [radius], properties: {radius: {type: number}}}, {type: object, required: [width, height], properties: {width: {type: number}, height: {type: number}}}]}
`;

/** Each model, values, and the verdict expected of both our validator and Ajv. */
const VERDICTS: readonly [string, Json, boolean][] = [
  ['RequiredBeside', {}, false],
  ['RequiredBeside', { name: 'a' }, false],
  ['RequiredBeside', { name: 'a', size: 'b' }, true],
  ['RequiredBeside', { name: 1, size: 'b' }, false],
  ['RequiredInBranch', {}, false],
  ['RequiredInBranch', { name: 'a' }, true],
  ['RequiredInline', {}, false],
  ['RequiredInline', { id: 1 }, true],
  ['RequiredInline', { id: 'x' }, false],
  ['ClosedEmpty', {}, true],
  ['ClosedEmpty', { a: 1 }, false],
  ['ClosedEmpty', 42, false],
  ['ClosedEmpty', 'a string', false],
  ['FreeForm', { a: 1 }, true],
  ['FreeForm', 42, false],
  ['WithFreeFormMember', { meta: { any: [1] } }, true],
  ['WithFreeFormMember', { meta: 'text' }, true],
  ['ObjectBesideOneOf', { id: 'x' }, true],
  ['ObjectBesideOneOf', 'x', false],
  ['Dog', { petType: 'dog', name: 'a', bark: true }, true],
  ['Dog', { petType: 'dog', name: 'a' }, false],
  ['Dog', {}, false],
  ['Cat', { petType: 'Cat', name: 'c', lives: 9 }, true],
  ['Cat', { petType: 'Cat', name: 'c', lives: 'x' }, false],
  ['Owner', { pet: { petType: 'Cat', name: 'c' } }, true],
  ['Owner', { pet: { name: 'c' } }, false],
  ['Shape', { radius: 1 }, true],
  ['Shape', { width: 1, height: 2 }, true],
  ['Shape', { radius: 'x' }, false],
  ['Shape', 'x', false],
];

/** The types: assignments that must compile and `@ts-expect-error` lines that must not. */
const TYPE_CASES = `
import type * as T from './types.js';
export const a: T.RequiredBeside = { name: 'a', size: 'b' };
// @ts-expect-error size is required beside allOf
export const b: T.RequiredBeside = { name: 'a' };
// @ts-expect-error name is a string (from Base)
export const c: T.RequiredBeside = { name: 1, size: 'b' };
export const d: T.RequiredInBranch = { name: 'a' };
// @ts-expect-error name is required by an allOf branch
export const e: T.RequiredInBranch = {};
export const f: T.RequiredInline = { id: 1 };
// @ts-expect-error id is required by the second branch
export const g: T.RequiredInline = {};
export const h: T.ClosedEmpty = {};
// @ts-expect-error a closed empty object is not a number
export const i: T.ClosedEmpty = 42;
// @ts-expect-error nor a string
export const j: T.ClosedEmpty = 'a string';
// @ts-expect-error nor an object with keys
export const k: T.ClosedEmpty = { a: 1 };
export const l: T.FreeForm = { a: 1, b: 'x' };
export const m: T.WithFreeFormMember = { meta: 'anything' };
// \`type: object\` beside oneOf adds no index signature that the members' interfaces would lack.
declare const base: T.Base;
export const o: T.Content = { type: 'image', url: 'u' };
export const p: T.Content = { type: 'Text', text: 't' };
// @ts-expect-error the explicit mapping names Image "image" only, so "text" is no Image
export const q: T.Content = { type: 'text', url: 'u' };
// @ts-expect-error Text is mapped implicitly, by its schema name
export const r: T.Content = { type: 'text', text: 't' };
export const n: T.ObjectBesideOneOf = base;
// allOf inheritance from a parent that declares the discriminator: each child narrows it to its own values.
export const s: T.Dog = { petType: 'dog', name: 'a', bark: true };
// @ts-expect-error the explicit mapping names Dog "dog", not "Cat"
export const t: T.Dog = { petType: 'Cat', name: 'a', bark: true };
export const u: T.Cat = { petType: 'Cat', name: 'c' };
// @ts-expect-error Cat is mapped implicitly, by its schema name
export const v: T.Cat = { petType: 'dog', name: 'c' };
// The parent used as a type is the union of its children.
export const w: T.Pet = { petType: 'dog', name: 'a', bark: true };
export const x: T.Owner = { pet: { petType: 'Cat', name: 'c' } };
// @ts-expect-error "dog" selects Dog, which requires bark
export const y: T.Pet = { petType: 'dog', name: 'a' };
// @ts-expect-error no child is mapped to "fish"
export const z: T.Owner = { pet: { petType: 'fish', name: 'a' } };
`;

type Validate = (value: unknown) => { valid: boolean; errors?: { path: string; message: string }[] };

describe('composition', () => {
  let result: GenerateResult;
  let dir: string;
  let validators: Record<string, Validate>;
  beforeAll(async () => {
    const spec = `openapi: 3.1.0\ninfo: {title: composition, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n${SCHEMAS.trim()
      .split('\n')
      .map((line) => `    ${line}`)
      .join('\n')}\n`;
    result = await generate(
      { spec: parseSource('composition.yaml', spec) },
      { templates: await loadTemplates(), packageName: '@specgen/composition' },
    );
    dir = await mkdtemp(join(tmpdir(), 'specgen-composition-'));
    await writeFile(join(dir, 'package.json'), '{ "type": "module" }\n');
    for (const file of result.files) {
      if (!file.path.endsWith('.ts') || file.path === 'src/node.ts') continue;
      const { outputText } = ts.transpileModule(file.contents, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      });
      const target = join(dir, file.path.replace(/\.ts$/, '.js'));
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, outputText);
    }
    validators = (await import(pathToFileURL(join(dir, 'src/validators.js')).href)) as Record<string, Validate>;
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('types: every expected assignment compiles and every @ts-expect-error is an error', () => {
    const sources = Object.fromEntries(
      result.files
        .filter((file) => file.path.endsWith('.ts') && file.path !== 'src/node.ts')
        .map((file) => [file.path, file.contents]),
    );
    expect(compileDiagnostics({ ...sources, 'src/cases.ts': TYPE_CASES })).toEqual([]);
  });

  const ajv = new Ajv2020({ strict: false });
  const defs = JSON.parse(JSON.stringify(parseYaml(SCHEMAS)).replaceAll('#/components/schemas/', '#/$defs/')) as Record<
    string,
    Json
  >;
  ajv.addSchema({ $id: 'https://specgen.test/composition', $defs: defs });
  it.each(VERDICTS)('%s %j: valid is %s, as Ajv says', (model, value, want) => {
    expect(ajv.validate(`https://specgen.test/composition#/$defs/${model}`, value), 'Ajv').toBe(want);
    expect(validators[`validate${model}`]!(value).valid, 'ours').toBe(want);
  });

  it('a oneOf without a discriminator reports the closest branch, not "must be an object"', () => {
    const result = validators['validateShape']!({ radius: 'x' });
    expect(result.errors?.map((error) => error.path)).toEqual(['radius']);
    expect(result.errors?.[0]?.message).not.toMatch(/must be an object/);
    // Equally close branches: the first one's errors.
    expect(validators['validateShape']!({ width: 1 }).errors?.map((error) => error.path)).toEqual(['radius']);
  });

  // Discriminators are OpenAPI's, not JSON Schema's: Ajv's plain oneOf would accept { type: 'text', url } as an Image.
  it.each([
    [{ type: 'image', url: 'u' }, []],
    [{ type: 'Text', text: 't' }, []],
    [{ type: 'image', url: 5 }, ['url: Invalid value: 5: must be a string']],
    [{ type: 'text', url: 'u' }, ['type: Unsupported value: "text": supported values: "image", "Text"']],
    [{ type: 'video' }, ['type: Unsupported value: "video": supported values: "image", "Text"']],
  ])('the discriminator picks the branch: %j', (value, messages) => {
    const result = validators['validateContent']!(value);
    expect(result.valid).toBe(messages.length === 0);
    expect((result.errors ?? []).map((error) => error.message)).toEqual(messages);
  });

  // allOf inheritance from a discriminating parent, which JSON Schema does not define (Ajv accepts each below).
  it.each([
    ['Dog', { petType: 'Cat', name: 'a', bark: true }, ['petType: Unsupported value: "Cat": supported values: "dog"']],
    ['Cat', { petType: 'dog', name: 'c' }, ['petType: Unsupported value: "dog": supported values: "Cat"']],
    ['Pet', { petType: 'dog', name: 'a' }, ['bark: Required value']],
    ['Pet', { petType: 'Cat', name: 'c', lives: 'x' }, ['lives: Invalid value: "x": must be an integer']],
    ['Pet', { petType: 'fish', name: 'a' }, ['petType: Unsupported value: "fish": supported values: "dog", "Cat"']],
    ['Pet', { petType: 'dog', name: 'a', bark: true }, []],
    ['Owner', { pet: { petType: 'dog', name: 'a' } }, ['pet.bark: Required value']],
  ])('a parent that declares the discriminator selects the child: %s %j', (model, value, messages) => {
    const result = validators[`validate${model}`]!(value);
    expect(result.valid).toBe(messages.length === 0);
    expect((result.errors ?? []).map((error) => error.message)).toEqual(messages);
  });
});
