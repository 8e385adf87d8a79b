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
