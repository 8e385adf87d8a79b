/**
 * A spec of DigitalOcean's shape (one folder per resource, external `$ref`s in every position: operations, path
 * items, parameters, request bodies, responses, headers, examples, links, callbacks, security schemes, webhooks,
 * discriminator mappings, schemas and plain values) bundles and generates as it is, and the result compiles under
 * `strict`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle } from '../generator/bundle.js';
import { isJsonObject, type JsonObject } from '../generator/document.js';
import { generate, type GenerateResult } from '../generator/index.js';
import { loadSpecFiles } from '../generator/load.js';
import { loadTemplates } from '../generator/templates.js';
import { compileDiagnostics } from './support/compile.js';
import { writeMultiFileSpec } from './support/multifile-spec.js';

const RESOURCES = Number(process.env['MULTIFILE_RESOURCES'] ?? 173);

describe(`a DigitalOcean-shaped spec in ${RESOURCES * 15 + 12} files`, () => {
  let dir: string;
  let root: string;
  let files: Awaited<ReturnType<typeof loadSpecFiles>>;
  let bundled: JsonObject;
  let result: GenerateResult;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'specgen-multifile-'));
    root = await writeMultiFileSpec(dir, RESOURCES);
    files = await loadSpecFiles(root);
    const spec = bundle(files, root);
    bundled = spec.value as JsonObject;
    result = await generate({ spec }, { templates: await loadTemplates(), packageName: '@specgen/multifile' });
  }, 600_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads every file', () => {
    expect(files.size).toBe(RESOURCES * 15 + 12);
  });

  it('inlines operations, path items and plain values in place; registers the rest as components', () => {
    const paths = bundled['paths'] as JsonObject;
    const list = (paths['/v2/res0000'] as JsonObject)['get'] as JsonObject;
    expect(list['operationId']).toBe('res0000_list');
    expect((bundled['info'] as JsonObject)['description']).toMatch(/^# Introduction/);
    expect(list['x-codeSamples']).toEqual([expect.objectContaining({ lang: 'cURL' })]);
    const item = paths['/v2/res0000/{res0000_id}'] as JsonObject;
    expect((item['get'] as JsonObject)['operationId']).toBe('res0000_get');
    const components = bundled['components'] as JsonObject;
    for (const section of [
      'schemas',
      'parameters',
      'responses',
      'requestBodies',
      'headers',
      'examples',
      'links',
      'callbacks',
      'securitySchemes',
    ])
      expect(Object.keys(components[section] as JsonObject).length, section).toBeGreaterThan(0);
    expect(isJsonObject((bundled['webhooks'] as JsonObject)['resourceChanged'])).toBe(true);
    const schemas = components['schemas'] as JsonObject;
    expect((schemas['change'] as JsonObject)['discriminator']).toEqual({
      propertyName: 'type',
      mapping: { created: '#/components/schemas/change_created', deleted: '#/components/schemas/change_deleted' },
    });
    expect(JSON.stringify(bundled)).not.toMatch(/\.yml/);
  });

  it('generates one client method per operation, and the output compiles under strict', () => {
    const client = result.files.find((file) => file.path === 'src/client.ts')!;
    // Each operation is a standalone function and a member of the object createClient returns.
    expect(client.contents).toContain('export function res0000_list(');
    expect(client.contents).toContain('res0000_list: (params, options)');
    expect(client.contents).toContain(`res${String(RESOURCES - 1).padStart(4, '0')}_delete(`);
    const sources = Object.fromEntries(
      result.files
        .filter((file) => file.path.endsWith('.ts') && file.path !== 'src/node.ts')
        .map((file) => [file.path, file.contents]),
    );
    expect(compileDiagnostics(sources)).toEqual([]);
    // The mapping, bundled, still narrows each child: the parent is the union of its children.
    expect(sources['src/types.ts']).toContain('export type Change = ChangeCreated | ChangeDeleted;');
    expect(sources['src/types.ts']).toMatch(/export type ChangeCreated = \{\n\s+type: "created";/);
  }, 600_000);
});
