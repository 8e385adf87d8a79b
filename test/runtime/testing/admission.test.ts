import { describe, expect, it } from 'vitest';
import { decodeFields, fieldPathSegments, validateWrite, writeOptions } from '../../../runtime/testing/admission.js';
import type { FakeValidate, ResourceSpec } from '../../../runtime/testing/types.js';

const validate: FakeValidate = (value, options) => {
  const errors = [];
  const object = value as { spec?: { size?: unknown; extra?: unknown } };
  if (typeof object.spec?.size !== 'number')
    errors.push({ path: 'spec.size', type: 'FieldValueRequired', message: 'spec.size: Required value' });
  if (options?.unknownFields === 'reject' && object.spec?.extra !== undefined)
    errors.push({
      path: 'spec.extra',
      type: 'FieldValueNotSupported',
      message: 'spec.extra: Unsupported value: unknown field "spec.extra"',
    });
  return errors.length ? { valid: false, errors } : { valid: true };
};
const resource: ResourceSpec = {
  group: 'example.com',
  version: 'v1',
  kind: 'Widget',
  plural: 'widgets',
  namespaced: true,
  verbs: [],
  subresources: [],
  listKind: 'WidgetList',
  validate,
};
const context = { resource, namespace: 'ns', name: 'w', dryRun: false };

describe('admission', () => {
  it('reads dryRun and fieldValidation (Warn by default) and refuses other values', () => {
    expect(writeOptions(new URLSearchParams())).toEqual({ dryRun: false, fieldValidation: 'Warn' });
    expect(writeOptions(new URLSearchParams('dryRun=All&fieldValidation=Strict'))).toEqual({
      dryRun: true,
      fieldValidation: 'Strict',
    });
    expect(() => writeOptions(new URLSearchParams('dryRun=Yes'))).toThrow(/Unsupported value: "Yes"/);
    expect(() => writeOptions(new URLSearchParams('fieldValidation=Loud'))).toThrow(
      /supported values: "Ignore", "Strict", "Warn"/,
    );
  });

  it('splits field paths', () => {
    expect(fieldPathSegments('spec.containers[0].name')).toEqual(['spec', 'containers', '0', 'name']);
    expect(fieldPathSegments('metadata.labels[app.kubernetes.io/name]')).toEqual([
      'metadata',
      'labels',
      'app.kubernetes.io/name',
    ]);
  });

  it('decodes unknown fields per fieldValidation', () => {
    const object = () => ({ spec: { size: 1, extra: true } });
    expect(() => decodeFields(resource, object(), { dryRun: false, fieldValidation: 'Strict' })).toThrow(
      'strict decoding error: unknown field "spec.extra"',
    );
    const warned = object();
    expect(decodeFields(resource, warned, { dryRun: false, fieldValidation: 'Warn' })).toEqual([
      'unknown field "spec.extra"',
    ]);
    expect(warned).toEqual({ spec: { size: 1 } });
    const ignored = object();
    expect(decodeFields(resource, ignored, { dryRun: false, fieldValidation: 'Ignore' })).toEqual([]);
    expect(ignored).toEqual({ spec: { size: 1, extra: true } });
  });

  it("refuses what Go's decoder refuses on a typed resource: 400 for a body, 422 on `patch` for a patch result", () => {
    const typed: ResourceSpec = {
      ...resource,
      typed: true,
      validate: (value) => {
        const size = (value as { spec?: { size?: unknown } }).spec?.size;
        const message = `spec.size: Invalid value: ${JSON.stringify(size)}: must be an integer`;
        return typeof size === 'number'
          ? { valid: true }
          : { valid: false, errors: [{ path: 'spec.size', type: 'FieldValueTypeInvalid', message }] };
      },
    };
    const status = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as { toStatus(): Record<string, unknown> }).toStatus();
      }
      return undefined;
    };
    const object = { spec: { size: 'big' } };
    // Whatever fieldValidation says: Go's decoder fails before strictness matters.
    for (const fieldValidation of ['Strict', 'Warn', 'Ignore'] as const)
      expect(status(() => decodeFields(typed, object, { dryRun: false, fieldValidation }))).toMatchObject({
        code: 400,
        reason: 'BadRequest',
        message:
          'Widget in version "v1" cannot be handled as a Widget: spec.size: Invalid value: "big": must be an integer',
      });
    expect(status(() => decodeFields(typed, object, { dryRun: false, fieldValidation: 'Warn' }, 'patch'))).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message:
        ' "" is invalid: patch: Invalid value: "{\\"spec\\":{\\"size\\":\\"big\\"}}": spec.size: Invalid value: "big": must be an integer',
      reason: 'Invalid',
      details: {
        name: '',
        group: '',
        kind: '',
        causes: [
          {
            reason: 'FieldValueInvalid',
            field: 'patch',
            message:
              'Invalid value: "{\\"spec\\":{\\"size\\":\\"big\\"}}": spec.size: Invalid value: "big": must be an integer',
          },
        ],
      },
      code: 422,
    });
    // A custom resource decodes to plain JSON: the same error is its schema's, reported by validation (422).
    expect(decodeFields({ ...typed, typed: false }, object, { dryRun: false, fieldValidation: 'Strict' })).toEqual([]);
  });

  it('answers a strict decoding error in a patch result as 422 on `patch`, as patch.go does', () => {
    let status: Record<string, unknown> | undefined;
    try {
      decodeFields(resource, { spec: { size: 1, extra: true } }, { dryRun: false, fieldValidation: 'Strict' }, 'patch');
    } catch (error) {
      status = (error as { toStatus(): Record<string, unknown> }).toStatus();
    }
    expect(status).toMatchObject({
      code: 422,
      reason: 'Invalid',
      message:
        ' "" is invalid: patch: Invalid value: "{\\"spec\\":{\\"size\\":1,\\"extra\\":true}}": strict decoding error: unknown field "spec.extra"',
    });
  });

  it('collects validator, transition and hook errors into one 422', () => {
    expect(() =>
      validateWrite(resource, undefined, { metadata: { name: 'w' }, spec: { size: 1 } }, context),
    ).not.toThrow();
    let status: unknown;
    try {
      validateWrite(
        {
          ...resource,
          // validateXUpdate checks the new object in full, then the transition rules: it stands for validate here.
          validate: () => {
            throw new Error('validate is not called on an update that has validateUpdate');
          },
          validateUpdate: (_old, value) => {
            const full = validate(value);
            const immutable = {
              path: 'spec',
              type: 'FieldValueInvalid',
              message: 'spec: Invalid value: "x": is immutable',
            };
            return { valid: false, errors: [...(full.valid ? [] : full.errors), immutable] };
          },
        },
        { validateUpdate: () => [{ path: 'status', type: 'FieldValueForbidden', message: 'status: Forbidden: no' }] },
        { metadata: { name: 'w' }, spec: {} },
        { ...context, old: { spec: { size: 1 } } },
      );
    } catch (error) {
      status = (error as { toStatus(): unknown }).toStatus();
    }
    expect(status).toMatchObject({
      code: 422,
      message:
        'Widget.example.com "w" is invalid: [spec.size: Required value, spec: Invalid value: "x": is immutable, status: Forbidden: no]',
    });
  });
});
