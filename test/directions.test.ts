/**
 * Direction-aware types (issue 13 item 5): a schema with readOnly or writeOnly members has a response type (its own
 * name: readOnly members as declared, so a required one stays required; writeOnly members left out) and an input
 * type `<Name>Input` for requests (readOnly members left out, writeOnly members as declared), which the client's
 * request bodies use. Schemas without such members keep one type. The validators follow the same split: `isPet`
 * checks the response form, `isPetInput` the request form. JSON Schema leaves readOnly and writeOnly as annotations,
 * so Ajv is no oracle here; the rule is OpenAPI's ("required ... takes effect on the response only" / "request only").
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ts } from 'ts-morph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, type GenerateResult } from '../generator/index.js';
import { parseSource } from '../generator/load.js';
import { loadTemplates } from '../generator/templates.js';
import { compileDiagnostics } from './support/compile.js';

const SPEC = `
openapi: 3.1.0
info: {title: directions, version: "1"}
paths:
  /pets:
    post:
      operationId: createPet
      requestBody: {required: true, content: {application/json: {schema: {$ref: "#/components/schemas/Pet"}}}}
      responses: {"201": {description: created, content: {application/json: {schema: {$ref: "#/components/schemas/Pet"}}}}}
  /pets/{id}:
    get:
      operationId: getPet
      parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
      responses: {"200": {description: found, content: {application/json: {schema: {$ref: "#/components/schemas/Pet"}}}}}
    put:
      operationId: tagPet
      parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
      requestBody: {content: {application/json: {schema: {type: object, properties: {tag: {$ref: "#/components/schemas/Tag"}, owner: {$ref: "#/components/schemas/Owner"}}}}}}
      responses: {"204": {description: tagged}}
components:
  schemas:
    Pet:
      type: object
      required: [id, name, password]
      properties:
        id: {type: integer, readOnly: true}
        name: {type: string}
        password: {type: string, writeOnly: true}
        owner: {$ref: "#/components/schemas/Owner"}
        tags: {type: array, items: {$ref: "#/components/schemas/Tag"}}
    Owner:
      type: object
      required: [id, nick]
      properties:
        id: {type: integer, readOnly: true}
        nick: {type: string}
    Tag: {type: object, required: [label], properties: {label: {type: string}}}
`;

const TYPE_CASES = `
import type * as T from './types.js';
import { createClient } from './client.js';
export const a: T.Pet = { id: 1, name: 'n' };
// @ts-expect-error a required readOnly member stays required in responses
export const b: T.Pet = { name: 'n' };
// @ts-expect-error a writeOnly member is never in a response
export const c: T.Pet = { id: 1, name: 'n', password: 'p' };
export const d: T.PetInput = { name: 'n', password: 'p', owner: { nick: 'o' }, tags: [{ label: 'l' }] };
// @ts-expect-error a required writeOnly member is required in requests
export const e: T.PetInput = { name: 'n' };
// @ts-expect-error a readOnly member is not sent
export const f: T.PetInput = { id: 1, name: 'n', password: 'p' };
// @ts-expect-error nor inside a referenced schema's input form
export const g: T.PetInput = { name: 'n', password: 'p', owner: { id: 1, nick: 'o' } };
export const h: T.Pet = { id: 1, name: 'n', owner: { id: 2, nick: 'o' } };
// @ts-expect-error the response form of Owner requires its id
export const i: T.Pet = { id: 1, name: 'n', owner: { nick: 'o' } };
export const j: T.Tag = { label: 'l' };
// @ts-expect-error a schema without readOnly or writeOnly members has one type
export type K = T.TagInput;
export async function calls(client: ReturnType<typeof createClient>): Promise<void> {
  const created: T.Pet = await client.createPet({ body: { name: 'n', password: 'p' } });
  const found: T.Pet = await client.getPet({ id: created.id });
  void found;
  // @ts-expect-error request bodies take the input form: no id
  await client.createPet({ body: { id: 1, name: 'n', password: 'p' } });
  // @ts-expect-error and need the writeOnly password
  await client.createPet({ body: { name: 'n' } });
  await client.tagPet({ id: 1, body: { tag: { label: 'l' }, owner: { nick: 'o' } } });
  // @ts-expect-error inline request bodies use the input forms of the schemas they reference
  await client.tagPet({ id: 1, body: { owner: { id: 1, nick: 'o' } } });
}
`;

type Check = (
  value: unknown,
  options?: { mode?: 'request' | 'response' },
) => {
  valid: boolean;
  errors?: { message: string }[];
};

describe('direction-aware types', () => {
  let result: GenerateResult;
  let dir: string;
  let validators: Record<string, Check>;
  beforeAll(async () => {
    result = await generate(
      { spec: parseSource('directions.yaml', SPEC) },
      { templates: await loadTemplates(), packageName: '@specgen/directions' },
    );
    dir = await mkdtemp(join(tmpdir(), 'specgen-directions-'));
    await writeFile(join(dir, 'package.json'), '{ "type": "module" }\n');
    for (const file of result.files) {
      if (file.path !== 'src/validators.ts') continue;
      const { outputText } = ts.transpileModule(file.contents, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      });
      const target = join(dir, 'validators.js');
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, outputText);
    }
    validators = (await import(pathToFileURL(join(dir, 'validators.js')).href)) as Record<string, Check>;
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('types and the client: every expected assignment compiles and every @ts-expect-error is an error', () => {
    const sources = Object.fromEntries(
      result.files.filter((file) => file.path.endsWith('.ts')).map((file) => [file.path, file.contents]),
    );
    expect(compileDiagnostics({ ...sources, 'src/cases.ts': TYPE_CASES })).toEqual([]);
  });

  it.each([
    ['validatePet', { id: 1, name: 'n' }, undefined, []],
    ['validatePet', { name: 'n', password: 'p' }, undefined, ['id: Required value']],
    ['validatePet', { name: 'n' }, { mode: 'request' as const }, ['password: Required value']],
    ['validatePet', { id: 1, name: 'n', owner: { nick: 'o' } }, undefined, ['owner.id: Required value']],
    ['validatePetInput', { name: 'n', password: 'p', owner: { nick: 'o' } }, undefined, []],
    ['validatePetInput', { name: 'n' }, undefined, ['password: Required value']],
    // The server ignores a readOnly member in a request, but it must still be of its type if sent.
    [
      'validatePetInput',
      { id: 'x', name: 'n', password: 'p' },
      undefined,
      ['id: Invalid value: "x": must be an integer'],
    ],
    ['validatePetInput', { id: 1, name: 'n' }, { mode: 'response' as const }, []],
    ['validateTag', { label: 'l' }, undefined, []],
  ])('%s(%j, %j)', (name, value, options, messages) => {
    const checked = validators[name]!(value, options);
    expect((checked.errors ?? []).map((error) => error.message)).toEqual(messages);
    expect(checked.valid).toBe(messages.length === 0);
  });

  it('a schema without readOnly or writeOnly members has no input form', () => {
    expect(validators['validateTagInput']).toBeUndefined();
    expect(validators['isOwnerInput']).toBeTypeOf('function');
  });
});
