import { describe, expect, it } from 'vitest';
import { generate } from '../generator/index.js';
import { parseSource } from '../generator/load.js';
import { loadTemplates } from '../generator/templates.js';
import type { Json, SourceDocument } from '../generator/document.js';
import { isJsonObject } from '../generator/document.js';
import { readFileSync } from 'node:fs';
import { repoPath } from './support/pipeline.js';

/** Reverses the key order of the maps whose order must not matter: schemas, paths, properties (deeply). */
function reverseKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (!isJsonObject(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .reverse()
      .map((key) => [key, reverseKeys(value[key]!)]),
  );
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

const load = (path: string): SourceDocument => parseSource(path, readFileSync(repoPath(path), 'utf8'));

describe('determinism', () => {
  it('gives byte-identical output twice, does not mutate its input, and ignores input key order', async () => {
    const templates = await loadTemplates();
    const spec = load('specs/imagetag.openapi.yaml');
    const overlay = load('specs/imagetag.overlay.yaml');
    deepFreeze(spec.value);
    deepFreeze(overlay.value);
    const options = { templates, packageName: '@specgen/imagetag' };
    const first = await generate({ spec, overlays: [overlay] }, options);
    const second = await generate({ spec, overlays: [overlay] }, options);
    expect(second.files).toEqual(first.files);

    const reversed: SourceDocument = { ...spec, value: reverseKeys(spec.value) };
    expect(JSON.stringify(reversed.value)).not.toBe(JSON.stringify(spec.value));
    const third = await generate({ spec: reversed, overlays: [overlay] }, options);
    expect(third.files).toEqual(first.files);
  });
});
