import { describe, expect, it } from 'vitest';
import type { JsonObject, Spec } from '../../generator/document.js';
import { RULES, addNull, normalize, type RuleContext } from '../../generator/normalize.js';
import type { SchemaPosition } from '../../generator/walk.js';

const rule = (name: string) => {
  const found = RULES.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no rule ${name}`);
  return found;
};

const schemas: Record<string, JsonObject> = {
  '#/components/schemas/Time': { type: 'string', format: 'date-time' },
  '#/components/schemas/Struct': { type: 'object', properties: { a: { type: 'string' } } },
  '#/components/schemas/Free': { type: 'object' },
};
const k8s: RuleContext = { kubernetes: true, resolve: (ref) => schemas[ref] };
const plain: RuleContext = { kubernetes: false, resolve: (ref) => schemas[ref] };
const optional: SchemaPosition = { kind: 'property', name: 'p', required: false };
const required: SchemaPosition = { kind: 'property', name: 'p', required: true };
const other: SchemaPosition = { kind: 'other' };

type Case = [
  string,
  { rule: string; given: JsonObject; position?: SchemaPosition; context?: RuleContext; want: JsonObject },
];

const crd: RuleContext = { ...k8s, customResources: true };
const named: RuleContext = { ...k8s, namedModels: new Set(['io.k8s.api.core.v1.Pod']) };
const metaRef = { $ref: '#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' };
const podGvk = [{ group: '', version: 'v1', kind: 'Pod' }];

const table: Case[] = [
  [
    'quantity model: a number or a string in the quantity grammar, docs kept',
    {
      rule: 'quantity-number-or-string',
      given: { type: 'string', description: 'q' },
      position: { kind: 'model', key: 'io.k8s.apimachinery.pkg.api.resource.Quantity' },
      context: k8s,
      want: { description: 'q', anyOf: [{ type: 'number' }, { type: 'string', format: 'quantity' }] },
    },
  ],
  [
    'format: quantity anywhere',
    {
      rule: 'quantity-number-or-string',
      given: { type: 'string', format: 'quantity' },
      position: optional,
      context: k8s,
      want: { anyOf: [{ type: 'number' }, { type: 'string', format: 'quantity' }] },
    },
  ],
  [
    'quantity: not outside Kubernetes',
    {
      rule: 'quantity-number-or-string',
      given: { type: 'string' },
      position: { kind: 'model', key: 'io.k8s.apimachinery.pkg.api.resource.Quantity' },
      context: plain,
      want: { type: 'string' },
    },
  ],
  [
    'Go null: an optional field of a built-in type is unset by null',
    {
      rule: 'go-null-is-unset',
      given: { $ref: '#/components/schemas/Struct' },
      position: optional,
      context: k8s,
      want: { $ref: '#/components/schemas/Struct', 'x-specgen-null-is-unset': true },
    },
  ],
  [
    'Go null: a required field is unset by null too, so it is then missing',
    {
      rule: 'go-null-is-unset',
      given: { type: 'string' },
      position: required,
      context: k8s,
      want: { type: 'string', 'x-specgen-null-is-unset': true },
    },
  ],
  [
    'Go null: an overlay that forbids null in requests wins',
    {
      rule: 'go-null-is-unset',
      given: { type: 'object', 'x-specgen-non-null-in-request': true },
      position: optional,
      context: k8s,
      want: { type: 'object', 'x-specgen-non-null-in-request': true },
    },
  ],
  [
    'Go null: not for custom resources (the server drops null there, by its own rule)',
    { rule: 'go-null-is-unset', given: { type: 'string' }, position: optional, context: crd, want: { type: 'string' } },
  ],
  [
    'Go zero values: a required bool of a Go-backed model may be left out of a request',
    {
      rule: 'go-zero-value-is-valid',
      given: { type: 'object', properties: { served: { type: 'boolean' } }, required: ['served'] },
      position: {
        kind: 'model',
        key: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionVersion',
      },
      context: k8s,
      want: {
        type: 'object',
        properties: { served: { type: 'boolean', 'x-specgen-optional-in-request': true } },
        required: ['served'],
      },
    },
  ],
  [
    'Go zero values: not for a model that is not a Go struct, though the document is Kubernetes-style',
    {
      rule: 'go-zero-value-is-valid',
      given: { type: 'object', properties: { on: { type: 'boolean' } }, required: ['on'] },
      position: { kind: 'model', key: 'Names' },
      context: k8s,
      want: { type: 'object', properties: { on: { type: 'boolean' } }, required: ['on'] },
    },
  ],
  [
    'Go zero values: not for custom resources (a required field stays required)',
    {
      rule: 'go-zero-value-is-valid',
      given: { type: 'object', properties: { on: { type: 'boolean' } }, required: ['on'] },
      position: { kind: 'model', key: 'io.k8s.api.core.v1.Widget' },
      context: crd,
      want: { type: 'object', properties: { on: { type: 'boolean' } }, required: ['on'] },
    },
  ],
  [
    'Go zero values: a required integer only where the kind accepts 0',
    {
      rule: 'go-zero-value-is-valid',
      given: { type: 'object', properties: { containerPort: { type: 'integer' } }, required: ['containerPort'] },
      position: { kind: 'model', key: 'io.k8s.api.core.v1.ContainerPort' },
      context: k8s,
      want: { type: 'object', properties: { containerPort: { type: 'integer' } }, required: ['containerPort'] },
    },
  ],
  [
    'Go null: a scalar map value is the zero value',
    {
      rule: 'go-null-map-value-is-zero',
      given: { type: 'object', additionalProperties: { type: 'string' } },
      position: other,
      context: k8s,
      want: { type: 'object', additionalProperties: { type: 'string', 'x-specgen-null-is-unset': true } },
    },
  ],
  [
    'Go null: a struct map value is not',
    {
      rule: 'go-null-map-value-is-zero',
      given: { type: 'object', additionalProperties: { $ref: '#/components/schemas/Struct' } },
      position: other,
      context: k8s,
      want: { type: 'object', additionalProperties: { $ref: '#/components/schemas/Struct' } },
    },
  ],
  [
    'a stored kind needs a name on create',
    {
      rule: 'name-required-on-create',
      given: { 'x-kubernetes-group-version-kind': podGvk, properties: { metadata: metaRef } },
      position: { kind: 'model', key: 'io.k8s.api.core.v1.Pod' },
      context: named,
      want: {
        'x-kubernetes-group-version-kind': podGvk,
        properties: { metadata: metaRef },
        'x-specgen-name-required': true,
      },
    },
  ],
  [
    'a kind without a /{name} path (a review) does not',
    {
      rule: 'name-required-on-create',
      given: { 'x-kubernetes-group-version-kind': podGvk, properties: { metadata: metaRef } },
      position: { kind: 'model', key: 'io.k8s.api.authorization.v1.SubjectAccessReview' },
      context: named,
      want: { 'x-kubernetes-group-version-kind': podGvk, properties: { metadata: metaRef } },
    },
  ],
  [
    'nullable on a typed schema becomes a type array',
    { rule: 'nullable-to-null-union', given: { type: 'string', nullable: true }, want: { type: ['string', 'null'] } },
  ],
  [
    'nullable enum also lists null',
    {
      rule: 'nullable-to-null-union',
      given: { type: 'string', enum: ['a'], nullable: true },
      want: { type: ['string', 'null'], enum: ['a', null] },
    },
  ],
  [
    'nullable beside $ref wraps the ref and keeps the docs outside',
    {
      rule: 'nullable-to-null-union',
      given: { $ref: '#/components/schemas/X', description: 'd', nullable: true },
      want: { description: 'd', anyOf: [{ $ref: '#/components/schemas/X' }, { type: 'null' }] },
    },
  ],
  [
    'nullable: false is dropped',
    { rule: 'nullable-to-null-union', given: { type: 'string', nullable: false }, want: { type: 'string' } },
  ],
  [
    'int-or-string by format',
    {
      rule: 'int-or-string',
      given: { type: 'string', format: 'int-or-string', description: 'd' },
      want: { description: 'd', anyOf: [{ type: 'integer' }, { type: 'string' }] },
    },
  ],
  [
    'int-or-string by extension',
    {
      rule: 'int-or-string',
      given: { 'x-kubernetes-int-or-string': true },
      want: { 'x-kubernetes-int-or-string': true, anyOf: [{ type: 'integer' }, { type: 'string' }] },
    },
  ],
  [
    'allOf wrapper of one $ref is the $ref',
    {
      rule: 'allof-ref-wrapper',
      given: { allOf: [{ $ref: '#/components/schemas/X' }], description: 'd', default: {} },
      want: { $ref: '#/components/schemas/X', description: 'd', default: {} },
    },
  ],
  [
    'allOf with constraints stays',
    {
      rule: 'allof-ref-wrapper',
      given: { allOf: [{ $ref: '#/components/schemas/X' }], properties: { a: {} } },
      want: { allOf: [{ $ref: '#/components/schemas/X' }], properties: { a: {} } },
    },
  ],
  [
    'Go nil: a zero Time may be null even when optional',
    {
      rule: 'go-nil-is-null',
      given: { $ref: '#/components/schemas/Time' },
      position: optional,
      context: k8s,
      want: { $ref: '#/components/schemas/Time', nullable: true },
    },
  ],
  [
    'Go nil: an optional struct pointer is omitted, not null',
    {
      rule: 'go-nil-is-null',
      given: { $ref: '#/components/schemas/Struct' },
      position: optional,
      context: k8s,
      want: { $ref: '#/components/schemas/Struct' },
    },
  ],
  [
    'Go nil: a required struct pointer may be null or absent in a response, and is missing when null in a request',
    {
      rule: 'go-nil-is-null',
      given: { $ref: '#/components/schemas/Struct' },
      position: required,
      context: k8s,
      want: {
        'x-specgen-optional-in-response': true,
        anyOf: [{ $ref: '#/components/schemas/Struct' }, { type: 'null', 'x-specgen-only-in': 'response' }],
      },
    },
  ],
  [
    'Go nil: maps and slices may be null',
    {
      rule: 'go-nil-is-null',
      given: { type: 'object', additionalProperties: { type: 'string' } },
      position: optional,
      context: k8s,
      want: { type: 'object', additionalProperties: { type: 'string' }, nullable: true },
    },
  ],
  [
    'Go nil: bytes may be null',
    {
      rule: 'go-nil-is-null',
      given: { type: 'string', format: 'byte' },
      position: optional,
      context: k8s,
      want: { type: 'string', format: 'byte', nullable: true },
    },
  ],
  [
    'Go nil: RawExtension (free-form) may be null',
    {
      rule: 'go-nil-is-null',
      given: { $ref: '#/components/schemas/Free' },
      position: optional,
      context: k8s,
      want: { $ref: '#/components/schemas/Free', nullable: true },
    },
  ],
  [
    'Go nil: strings are never null',
    { rule: 'go-nil-is-null', given: { type: 'string' }, position: required, context: k8s, want: { type: 'string' } },
  ],
  [
    'Go nil: not outside Kubernetes',
    {
      rule: 'go-nil-is-null',
      given: { type: 'array', items: {} },
      position: optional,
      context: plain,
      want: { type: 'array', items: {} },
    },
  ],
  [
    'Go nil: only properties',
    {
      rule: 'go-nil-is-null',
      given: { type: 'array', items: {} },
      position: other,
      context: k8s,
      want: { type: 'array', items: {} },
    },
  ],
  [
    'preserve-unknown-fields opens the object',
    {
      rule: 'preserve-unknown-fields',
      given: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
      want: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true, additionalProperties: {} },
    },
  ],
  [
    'kind literals from the single GVK',
    {
      rule: 'kind-literals',
      given: {
        'x-kubernetes-group-version-kind': [{ group: 'image.openshift.io', version: 'v1', kind: 'ImageTag' }],
        properties: { apiVersion: { type: 'string' }, kind: { type: 'string' } },
      },
      position: { kind: 'model', key: 'k' },
      want: {
        'x-kubernetes-group-version-kind': [{ group: 'image.openshift.io', version: 'v1', kind: 'ImageTag' }],
        properties: {
          apiVersion: { type: 'string', enum: ['image.openshift.io/v1'] },
          kind: { type: 'string', enum: ['ImageTag'] },
        },
      },
    },
  ],
  [
    'core group apiVersion is the bare version',
    {
      rule: 'kind-literals',
      given: {
        'x-kubernetes-group-version-kind': [{ group: '', version: 'v1', kind: 'Status' }],
        properties: { apiVersion: { type: 'string' } },
      },
      position: { kind: 'model', key: 'k' },
      want: {
        'x-kubernetes-group-version-kind': [{ group: '', version: 'v1', kind: 'Status' }],
        properties: { apiVersion: { type: 'string', enum: ['v1'] } },
      },
    },
  ],
  [
    'no literals for shared option types with several GVKs',
    {
      rule: 'kind-literals',
      given: {
        'x-kubernetes-group-version-kind': [
          { group: 'a', version: 'v1', kind: 'DeleteOptions' },
          { group: 'b', version: 'v1', kind: 'DeleteOptions' },
        ],
        properties: { kind: { type: 'string' } },
      },
      position: { kind: 'model', key: 'k' },
      want: {
        'x-kubernetes-group-version-kind': [
          { group: 'a', version: 'v1', kind: 'DeleteOptions' },
          { group: 'b', version: 'v1', kind: 'DeleteOptions' },
        ],
        properties: { kind: { type: 'string' } },
      },
    },
  ],
  [
    'OpenShift GVK derived from the key',
    {
      rule: 'derive-openshift-gvk',
      given: { properties: { apiVersion: {}, kind: {}, metadata: {} } },
      position: { kind: 'model', key: 'com.github.openshift.api.image.v1.ImageTag' },
      context: k8s,
      want: {
        properties: { apiVersion: {}, kind: {}, metadata: {} },
        'x-kubernetes-group-version-kind': [{ group: 'image.openshift.io', kind: 'ImageTag', version: 'v1' }],
      },
    },
  ],
  [
    'status of a kind is read-only',
    {
      rule: 'kubernetes-status-read-only',
      given: { 'x-kubernetes-group-version-kind': [], properties: { status: { type: 'object' } } },
      context: k8s,
      want: { 'x-kubernetes-group-version-kind': [], properties: { status: { type: 'object', readOnly: true } } },
    },
  ],
];

describe('normalize rules', () => {
  it.each(table)('%s', (_name, { rule: name, given, position = other, context = plain, want }) => {
    const frozen = structuredClone(given);
    expect(rule(name).apply(given, position, context)).toEqual(want);
    expect(given).toEqual(frozen);
  });

  it('every rule has a name and a one-line reason', () => {
    for (const candidate of RULES) {
      expect(candidate.name).toMatch(/^[a-z0-9-]+$/);
      expect(candidate.reason).not.toMatch(/\n/);
    }
    expect(new Set(RULES.map((candidate) => candidate.name)).size).toBe(RULES.length);
  });

  it('addNull is idempotent', () => {
    const once = addNull({ type: 'string', nullable: true });
    expect(addNull(once)).toEqual(once);
  });
});

describe('normalize', () => {
  const spec = (document: JsonObject): Spec => ({
    document,
    file: 'x.yaml',
    locate: (pointer) => ({ file: 'x.yaml', pointer }),
  });

  it('detects Kubernetes specs and applies the rules bottom-up, without mutating the input', () => {
    const document: JsonObject = {
      openapi: '3.1.0',
      components: {
        schemas: {
          'io.k8s.apimachinery.pkg.apis.meta.v1.Time': { type: 'string', format: 'date-time' },
          'io.k8s.x.v1.Thing': {
            type: 'object',
            required: ['list'],
            properties: {
              created: { $ref: '#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.Time', description: 'when' },
              list: { type: 'array', items: { type: 'string' } },
            },
          },
        },
      },
    };
    const before = structuredClone(document);
    const result = normalize(spec(document));
    expect(result.kubernetes).toBe(true);
    expect(document).toEqual(before);
    const thing = (result.document['components'] as JsonObject)['schemas'] as JsonObject;
    expect(thing['io.k8s.x.v1.Thing']).toEqual({
      type: 'object',
      required: ['list'],
      properties: {
        created: {
          description: 'when',
          anyOf: [{ $ref: '#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.Time' }, { type: 'null' }],
          'x-specgen-null-is-unset': true,
        },
        list: {
          anyOf: [
            { type: 'array', items: { type: 'string' } },
            { type: 'null', 'x-specgen-only-in': 'response' },
          ],
          'x-specgen-optional-in-response': true,
          'x-specgen-null-is-unset': true,
        },
      },
    });
  });

  it('leaves non-Kubernetes specs alone', () => {
    const document: JsonObject = {
      openapi: '3.1.0',
      components: { schemas: { Pet: { type: 'object', properties: { tags: { type: 'array' } } } } },
    };
    const result = normalize(spec(document));
    expect(result.kubernetes).toBe(false);
    expect(result.document).toEqual(document);
  });
});
