import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  isImage,
  isImageTag,
  isImageTagList,
  validateImage,
  validateImageTag,
  validateImageTagList,
  type FieldError,
} from '../generated/imagetag/src/validators.js';
import { repoPath } from './support/pipeline.js';

const example = (name: string): unknown => {
  const text = readFileSync(repoPath(`test/fixtures/imagetag-reference/examples/${name}`), 'utf8');
  return name.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
};
const summary = (errors: readonly FieldError[]) => errors.map((error) => `${error.type} ${error.path}`);
const errorsOf = (result: { valid: true } | { valid: false; errors: readonly FieldError[] }) =>
  result.valid ? [] : result.errors;

describe('validators on the shared examples (verdicts from examples/README.md)', () => {
  it('accepts the create request in request mode', () => {
    const value = example('synthetic-imagetag-create-request.json');
    expect(validateImageTag(value)).toEqual({ valid: true, value });
    expect(isImageTag(value, { mode: 'request' })).toBe(true);
  });

  it('accepts the GET response, with its Go nulls, in response mode', () => {
    const value = example('synthetic-imagetag-get-response.json');
    expect(validateImageTag(value, { mode: 'response' })).toEqual({ valid: true, value });
  });

  it('accepts the LIST response (image: null in every item, a status-only tag with spec: null) in response mode', () => {
    const value = example('synthetic-imagetag-list-response.json');
    expect(validateImageTagList(value, { mode: 'response' })).toEqual({ valid: true, value });
    expect(isImageTagList(value, { mode: 'response' })).toBe(true);
  });

  it('accepts the origin test Image (creationTimestamp: null, RawExtension metadata, empty layers)', () => {
    const value = example('origin-test-image.json');
    expect(validateImage(value, { mode: 'response' })).toEqual({ valid: true, value });
  });

  it('accepts every Image of origin-stable-busybox.yaml', () => {
    const list = example('origin-stable-busybox.yaml') as { items: { kind: string }[] };
    const images = list.items.filter((item) => item.kind === 'Image');
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) expect(summary(errorsOf(validateImage(image, { mode: 'response' })))).toEqual([]);
    for (const image of images) expect(isImage(image, { mode: 'response' })).toBe(true);
  });

  const cases = (example('synthetic-imagetag-invalid-cases.json') as { cases: { why: string; object: unknown }[] })
    .cases;
  const expected: [string, string, string][] = [
    ['1 metadata.name without ":"', 'FieldValueInvalid', 'metadata.name'],
    ['2 spec.name differs from the tag', 'FieldValueInvalid', 'spec.name'],
    ['3 spec null on create', 'FieldValueRequired', 'spec'],
    ['4 referencePolicy.type Remote', 'FieldValueNotSupported', 'spec.referencePolicy.type'],
    ['5 importMode All', 'FieldValueNotSupported', 'spec.importPolicy.importMode'],
    ['6 from.kind Image', 'FieldValueNotSupported', 'spec.from.kind'],
    ['7 scheduled with a non-DockerImage source', 'FieldValueInvalid', 'spec.importPolicy.scheduled'],
    ['8 from.name empty', 'FieldValueRequired', 'spec.from.name'],
  ];
  it.each(expected.map((entry, index) => [...entry, index] as const))(
    'rejects invalid case %s in request mode',
    (_name, type, path, index) => {
      const value = cases[index]!.object;
      const result = validateImageTag(value, { mode: 'request' });
      expect(result.valid).toBe(false);
      expect(summary(errorsOf(result))).toEqual([`${type} ${path}`]);
      expect(isImageTag(value)).toBe(false);
    },
  );

  it('words errors as the API server does', () => {
    const result = validateImageTag(cases[3]!.object);
    expect(result.valid).toBe(false);
    expect(errorsOf(result)[0]).toEqual({
      path: 'spec.referencePolicy.type',
      type: 'FieldValueNotSupported',
      message: 'spec.referencePolicy.type: Unsupported value: "Remote": supported values: "Local", "Source"',
      value: 'Remote',
    });
  });
});
