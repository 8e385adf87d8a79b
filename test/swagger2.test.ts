import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Api } from '../generator/ir.js';
import { parseSource } from '../generator/load.js';
import { normalize } from '../generator/normalize.js';
import { applyOverlay } from '../generator/overlay.js';
import { parse } from '../generator/parse/index.js';
import { upgrade } from '../generator/upgrade.js';
import { repoPath } from './support/pipeline.js';

const load = (path: string) => parseSource(path, readFileSync(repoPath(path), 'utf8'));

function apiOf(specPath: string): Api {
  const overlay = load('specs/imagetag.overlay.yaml');
  return parse(normalize(applyOverlay(upgrade(load(specPath)), overlay))).api;
}

describe('Swagger 2.0 input', () => {
  const v3 = apiOf('specs/imagetag.openapi.yaml');
  const v2 = apiOf('test/fixtures/imagetag-reference/openapi/imagetag.swagger.json');

  it('gives the same models as the OpenAPI 3 spec', () => {
    const v2Models = new Map(v2.models.map((model) => [model.name, model]));
    for (const model of v3.models) {
      const twin = v2Models.get(model.name);
      expect(twin, model.name).toBeDefined();
      expect({ ...twin!, source: '' }, model.name).toEqual({ ...model, source: '' });
    }
  });

  it('gives the same operations, parameters and bodies', () => {
    const strip = (api: Api) => api.operations.map(({ source: _source, ...operation }) => operation);
    expect(strip(v2)).toEqual(strip(v3));
    expect(v2.resources).toEqual(v3.resources);
  });
});
