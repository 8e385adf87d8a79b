// A custom resource's status on create (apiextensions-apiserver pkg/registry/customresource/strategy.go
// PrepareForCreate): with the status subresource the server deletes it before validating, after decoding the body to
// plain JSON (so no JSON kind can be wrong there) and pruning unknown fields (reported under strict field
// validation); without the subresource it is part of the object and validated with it.
import { beforeAll, describe, expect, it } from 'vitest';
import { liveValidators, type LiveOptions, type LiveValidators } from './support/live-validators.js';
import { repoPath } from './support/pipeline.js';

describe('custom resource status on create', () => {
  let live: LiveValidators;
  const messages = (kind: string, status: unknown, options: LiveOptions = {}): string[] => {
    const value = { apiVersion: 'example.com/v1', kind, metadata: { name: 'a' }, spec: { size: 1 }, status };
    const result = live.validate(kind, value, { mode: 'request', ...options });
    expect(live.is(kind, value, { mode: 'request', ...options })).toBe(result.valid);
    return result.valid ? [] : result.errors.map((error) => error.message);
  };
  beforeAll(async () => {
    live = await liveValidators(repoPath('test/fixtures/crd-status/widgets.crd.yaml'));
  }, 120_000);

  it('with the status subresource: ignored, unknown fields aside under strict field validation', () => {
    expect(messages('Widget', {})).toEqual([]);
    expect(messages('Widget', { phase: 'Gone', replicas: 'x' })).toEqual([]);
    expect(messages('Widget', 'x')).toEqual([]);
    expect(messages('Widget', { phase: 'Ready', extra: 1 }, { unknownFields: 'reject' })).toEqual([
      'status.extra: Unsupported value: unknown field "status.extra"',
    ]);
  });

  it('without it: validated with the object', () => {
    expect(messages('Gadget', { phase: 'Ready' })).toEqual([]);
    expect(messages('Gadget', { phase: 'Gone', replicas: 'x' })).toEqual([
      'status.phase: Unsupported value: "Gone": supported values: "Ready", "Pending"',
      'status.replicas: Invalid value: "x": must be an integer',
    ]);
    expect(messages('Gadget', {})).toEqual(['status.phase: Required value']);
  });

  it('responses check the status in full either way', () => {
    const result = live.validate(
      'Widget',
      { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'a' }, status: { phase: 'Gone' } },
      { mode: 'response' },
    );
    expect(result.valid ? [] : result.errors.map((error) => error.message)).toEqual([
      'status.phase: Unsupported value: "Gone": supported values: "Ready", "Pending"',
    ]);
  });
});
