/**
 * Webhooks (3.1) and callbacks (issue 13): their payloads get types and validators, and `WebhookHandlers` /
 * `CallbackHandlers` type a server's handlers. They used to be dropped without a word.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ts } from 'ts-morph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GenerateResult } from '../generator/index.js';
import { generate } from '../generator/index.js';
import { parseSource } from '../generator/load.js';
import { loadTemplates } from '../generator/templates.js';
import { compileDiagnostics } from './support/compile.js';
import { generateFrom } from './support/pipeline.js';

const SPEC = `openapi: 3.1.0
info: {title: hooks, version: "1"}
paths:
  /subscriptions:
    post:
      operationId: subscribe
      requestBody: {content: {application/json: {schema: {type: object, properties: {url: {type: string}}}}}}
      responses: {"201": {description: ok}}
      callbacks:
        progress:
          '{$request.body#/url}':
            post:
              description: Progress of the job.
              requestBody:
                content:
                  application/json:
                    schema: {type: object, required: [percent], properties: {percent: {type: integer, minimum: 0, maximum: 100}}}
              responses: {"204": {description: ok}}
webhooks:
  petAdopted:
    post:
      requestBody:
        content:
          application/json:
            schema: {type: object, required: [petId, at], properties: {petId: {type: integer}, at: {type: string}}}
      responses: {"200": {description: ok}}
  ping:
    post:
      responses: {"200": {description: ok}}
  petChanged:
    put:
      requestBody: {content: {application/json: {schema: {$ref: "#/components/schemas/Pet"}}}}
      responses: {"200": {description: ok}}
components:
  schemas:
    Pet: {type: object, required: [id], properties: {id: {type: integer}}}
`;

/** The .ts files the in-memory compile checks. */
function sources(result: GenerateResult): Record<string, string> {
  return Object.fromEntries(
    result.files
      .filter((file) => file.path.endsWith('.ts') && file.path !== 'src/node.ts')
      .map((file) => [file.path, file.contents]),
  );
}

describe('webhooks and callbacks', () => {
  let result: GenerateResult;
  let dir: string;
  let validators: Record<string, (value: unknown) => { valid: boolean; errors?: unknown[] }>;
  beforeAll(async () => {
    result = await generate(
      { spec: parseSource('hooks.yaml', SPEC) },
      { templates: await loadTemplates(), packageName: '@specgen/hooks' },
    );
    dir = await mkdtemp(join(tmpdir(), 'specgen-hooks-'));
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
    validators = (await import(pathToFileURL(join(dir, 'src/validators.js')).href)) as typeof validators;
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('types every handler, with its payload model, and compiles under strict', () => {
    const use = [
      "import type { CallbackHandlers, Pet, WebhookHandlers } from './types.js';",
      'const hooks: WebhookHandlers = {',
      '  petAdopted: (payload) => void payload.petId.toFixed(),',
      '  petChanged: async (payload: Pet) => void payload.id,',
      '  ping: () => undefined,',
      '};',
      'const callbacks: CallbackHandlers = { subscribeProgress: (payload) => void payload.percent.toFixed() };',
      '// @ts-expect-error a webhook without its handler',
      'const missing: WebhookHandlers = { ping: () => undefined, petChanged: () => undefined };',
      '// @ts-expect-error the payload is a PetAdoptedPayload, whose petId is a number',
      'const wrong: WebhookHandlers = { ...hooks, petAdopted: (payload: { petId: string }) => undefined };',
      'void [callbacks, missing, wrong];',
    ].join('\n');
    expect(compileDiagnostics({ ...sources(result), 'src/use.ts': use })).toEqual([]);
    const types = result.files.find((file) => file.path === 'src/types.ts')!.contents;
    expect(types).toContain('export interface PetAdoptedPayload {');
    expect(types).toContain('export interface SubscribeProgressPayload {');
  });

  it('validates inline payloads', () => {
    expect(validators['validatePetAdoptedPayload']!({ petId: 1, at: 'now' }).valid).toBe(true);
    expect(validators['validatePetAdoptedPayload']!({ petId: '1' }).valid).toBe(false);
    expect(validators['validateSubscribeProgressPayload']!({ percent: 101 }).valid).toBe(false);
    expect(validators['validateSubscribeProgressPayload']!({ percent: 50 }).valid).toBe(true);
  });

  it("the OAI webhook example: newPet's handler takes a Pet", async () => {
    const oai = await generateFrom('test/fixtures/reference/specs-real/oai-webhook-example-31.json');
    const types = oai.files.find((file) => file.path === 'src/types.ts')!.contents;
    expect(types).toMatch(/export interface WebhookHandlers \{[^}]*newPet: \(payload: Pet\) => void \| Promise<void>;/);
    expect(compileDiagnostics(sources(oai))).toEqual([]);
  });
});
