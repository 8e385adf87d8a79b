import { describe, expect, it } from 'vitest';
import { apimachinerySchema } from '../../generator/apimachinery/index.js';
import type { Json } from '../../generator/document.js';
import { parseDocType } from '../../generator/import-docs/doc-types.js';
import type { DocObject, DocType, Place } from '../../generator/import-docs/model.js';
import { operationId } from '../../generator/import-docs/paths.js';
import { buildSchemas, nameSections, pathTypeName, sectionTypeName } from '../../generator/import-docs/schemas.js';
import { groupKeyPrefix, pageAnchorGroupVersion } from '../../generator/import-docs/shared.js';
import { typeSchema, type TypeContext } from '../../generator/import-docs/type-schema.js';
import { parseKubernetesPath } from '../../generator/parse/resources.js';

const at: Place = { line: 1, column: 1 };
const PREFIX = 'com.example.v1';

/** A context for a page of kind Widget whose sections are named as given; references and warnings are collected. */
function context(keyOfPath: Record<string, string> = {}) {
  const references: string[] = [];
  const warnings: string[] = [];
  const value: TypeContext = {
    pageId: 'widget-example-com-v1',
    kind: 'Widget',
    rootKey: `${PREFIX}.Widget`,
    keyOfPath: new Map(Object.entries(keyOfPath)),
    reference: (key) => void references.push(key),
    warn: (_place, message) => void warnings.push(message),
  };
  return { value, references, warnings };
}

describe('documented type cells', () => {
  type Case = [string, { given: string; want: DocType }];
  const table: Case[] = [
    ['a primitive', { given: '`string`', want: { kind: 'name', name: 'string' } }],
    [
      'an array of a primitive',
      { given: '`array (string)`', want: { kind: 'array', items: { kind: 'name', name: 'string' } } },
    ],
    ['a map', { given: '`object (string)`', want: { kind: 'map', values: { kind: 'name', name: 'string' } } }],
    [
      'a cross-reference',
      {
        given: 'xref:../objects/index.adoc#io.k8s.apimachinery.pkg.apis.meta.v1.Time[`Time`]',
        want: { kind: 'xref', anchor: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time', label: 'Time' },
      },
    ],
    [
      'a response body: a cross-reference followed by "schema"',
      {
        given:
          'xref:../image_apis/imagetag-image-openshift-io-v1.adoc#imagetag-image-openshift-io-v1[`ImageTag`] schema',
        want: { kind: 'xref', anchor: 'imagetag-image-openshift-io-v1', label: 'ImageTag' },
      },
    ],
    [
      'an array of linked objects (one link labelled "array (X)")',
      {
        given: 'xref:../objects/index.adoc#io.k8s.api.core.v1.Container[`array (Container)`]',
        want: { kind: 'array', items: { kind: 'xref', anchor: 'io.k8s.api.core.v1.Container', label: 'Container' } },
      },
    ],
    ['a plain-text shared name', { given: 'ObjectMeta_v3', want: { kind: 'name', name: 'ObjectMeta_v3' } }],
  ];
  it.each(table)('%s', (_name, { given, want }) => expect(parseDocType(given)).toEqual(want));
});

describe('documented types → schemas', () => {
  type Case = [
    string,
    { given: string; path?: string; sections?: Record<string, string>; want: Json; refs?: string[] },
  ];
  const table: Case[] = [
    ['string', { given: '`string`', want: { type: 'string' } }],
    ['integer', { given: '`integer`', want: { type: 'integer' } }],
    ['boolean', { given: '`boolean`', want: { type: 'boolean' } }],
    ['array (string)', { given: '`array (string)`', want: { type: 'array', items: { type: 'string' } } }],
    [
      'object (string)',
      { given: '`object (string)`', want: { type: 'object', additionalProperties: { type: 'string' } } },
    ],
    ['a free-form object (no section documents it)', { given: '`object`', want: { type: 'object' } }],
    ['an array without documented items', { given: '`array`', want: { type: 'array', items: {} } }],
    ['integer-or-string', { given: '`integer-or-string`', want: { 'x-kubernetes-int-or-string': true } }],
    [
      'an object its section documents',
      {
        given: '`object`',
        path: '.spec',
        sections: { '.spec': `${PREFIX}.WidgetSpec` },
        want: { $ref: `#/components/schemas/${PREFIX}.WidgetSpec` },
        refs: [`${PREFIX}.WidgetSpec`],
      },
    ],
    [
      'an array whose items section documents them',
      {
        given: '`array`',
        path: '.items',
        sections: { '.items[]': `${PREFIX}.Item` },
        want: { type: 'array', items: { $ref: `#/components/schemas/${PREFIX}.Item` } },
        refs: [`${PREFIX}.Item`],
      },
    ],
    [
      'ObjectMeta (xref) → its upstream key',
      {
        given: 'xref:../objects/index.adoc#io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta[`ObjectMeta`]',
        want: { $ref: '#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
        refs: ['io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta'],
      },
    ],
    [
      'a variant anchor (_v2) → the plain key',
      {
        given: 'xref:../objects/index.adoc#io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta_v2[`ObjectMeta_v2`]',
        want: { $ref: '#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
        refs: ['io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta'],
      },
    ],
    [
      'plain-text shared names: ObjectMeta_v3, Time, RawExtension, FieldsV1',
      {
        given: '`array (ObjectMeta_v3)`',
        want: {
          type: 'array',
          items: { $ref: '#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
        },
        refs: ['io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta'],
      },
    ],
    [
      'Time',
      {
        given: 'Time',
        want: { $ref: '#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.Time' },
        refs: ['io.k8s.apimachinery.pkg.apis.meta.v1.Time'],
      },
    ],
    [
      'RawExtension',
      {
        given: 'RawExtension',
        want: { $ref: '#/components/schemas/io.k8s.apimachinery.pkg.runtime.RawExtension' },
        refs: ['io.k8s.apimachinery.pkg.runtime.RawExtension'],
      },
    ],
    [
      'FieldsV1',
      {
        given: 'FieldsV1',
        want: { $ref: '#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1' },
        refs: ['io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1'],
      },
    ],
    [
      'the page itself (its anchor) → the page object',
      {
        given: 'xref:widget.adoc#widget-example-com-v1[`Widget`] schema',
        want: { $ref: `#/components/schemas/${PREFIX}.Widget` },
        refs: [`${PREFIX}.Widget`],
      },
    ],
    [
      "another page's object → that group/version's key",
      {
        given:
          'xref:../image_apis/imagestream-image-openshift-io-v1.adoc#imagestream-image-openshift-io-v1[`ImageStream`]',
        want: { $ref: '#/components/schemas/com.github.openshift.api.image.v1.ImageStream' },
        refs: ['com.github.openshift.api.image.v1.ImageStream'],
      },
    ],
  ];
  it.each(table)('%s', (_name, { given, path = '.x', sections = {}, want, refs = [] }) => {
    const { value, references, warnings } = context(sections);
    expect(typeSchema(parseDocType(given), path, at, value)).toEqual(want);
    expect(references).toEqual(refs);
    expect(warnings).toEqual([]);
  });

  it('types an unknown name as any JSON, with a warning', () => {
    const { value, warnings } = context();
    expect(typeSchema(parseDocType('`Gizmo`'), '.x', at, value)).toEqual({});
    expect(warnings).toEqual(['unknown type "Gizmo"; typed unknown']);
  });
});

describe('names of documented objects', () => {
  type Case = [string, { path: string; description: string; want: string | undefined }];
  const table: Case[] = [
    [
      'a CamelCase type name',
      { path: '.spec', description: 'TagReference specifies optional annotations', want: 'TagReference' },
    ],
    [
      'the property name capitalised',
      { path: '.image', description: 'Image is an immutable representation', want: 'Image' },
    ],
    [
      'an item section',
      { path: '.status.items[]', description: 'TagEvent is used by ImageStreamStatus', want: 'TagEvent' },
    ],
    [
      'a sentence, not a type',
      { path: '.spec.importPolicy', description: 'If specified, how to import', want: undefined },
    ],
    [
      'a one-hump word that is not the property',
      { path: '.spec.policy', description: 'Controls how images are imported', want: undefined },
    ],
    ['an acronym', { path: '.os', description: 'OS specifies the operating system', want: undefined }],
    ['no description', { path: '.spec', description: '', want: undefined }],
  ];
  it.each(table)('%s', (_name, { path, description, want }) => expect(sectionTypeName(path, description)).toBe(want));

  it('falls back to a name from the path', () => {
    expect(pathTypeName('ImageTag', '.spec.importPolicy')).toBe('ImageTag_spec_importPolicy');
    expect(pathTypeName('ImageTag', '.status.conditions[]')).toBe('ImageTag_status_conditions');
  });

  const object = (path: string, description: string, rows: string[] = []): DocObject => ({
    path,
    description,
    type: { kind: 'name', name: 'object' },
    required: [],
    properties: rows.map((name) => ({ name, type: { kind: 'name', name: 'string' }, description: '', place: at })),
    place: at,
  });
  const key = (name: string): string => `${PREFIX}.${name}`;

  it('shares one name between sections that document the same type, and names clashing ones by path', () => {
    const warnings: string[] = [];
    const names = nameSections(
      [
        object('', 'Widget is a thing.'),
        object('.from', 'ObjectReference contains enough information', ['kind']),
        object('.to', 'ObjectReference contains enough information', ['kind']),
        object('.spec', 'WidgetPolicy holds one thing', ['a']),
        object('.status.policy', 'WidgetPolicy holds one thing', ['b']),
        { ...object('.items', 'The items.'), type: { kind: 'name', name: 'array' } },
        object('.items[]', 'Describes an item'),
      ],
      'Widget',
      key,
      (_place, message) => void warnings.push(message),
    );
    expect(Object.fromEntries(names)).toEqual({
      '': `${PREFIX}.Widget`,
      // A section with a shared name that does not document the library's fields is the group's own type.
      '.from': `${PREFIX}.ObjectReference`,
      '.to': `${PREFIX}.ObjectReference`,
      '.spec': `${PREFIX}.Widget_spec`,
      '.status.policy': `${PREFIX}.Widget_status_policy`,
      '.items[]': `${PREFIX}.Widget_items`,
    });
    expect(warnings).toEqual([
      `.spec and another section both describe ${PREFIX}.WidgetPolicy differently; named ${PREFIX}.Widget_spec`,
      `.status.policy and another section both describe ${PREFIX}.WidgetPolicy differently; named ${PREFIX}.Widget_status_policy`,
    ]);
  });

  it("names a section by a shared object's upstream key only when it documents the library's fields", () => {
    const core = apimachinerySchema('io.k8s.api.core.v1.LocalObjectReference')!.schema;
    const coreName = (core['properties'] as Record<string, { description: string }>)['name']!.description;
    const section = (path: string, description: string): DocObject => ({
      ...object(path, 'LocalObjectReference contains enough information to let you locate the referenced object.'),
      properties: [{ name: 'name', type: { kind: 'name', name: 'string' }, description, place: at }],
    });
    const names = nameSections(
      [
        object('', 'Widget is a thing.'),
        section('.secret', coreName),
        section('.route', 'name is the name of the secret'),
      ],
      'Widget',
      key,
      () => undefined,
    );
    // core/v1's LocalObjectReference, documented inline, is the shared object (the library supplies it) ...
    expect(names.get('.secret')).toBe('io.k8s.api.core.v1.LocalObjectReference');
    // ... while route.openshift.io's own LocalObjectReference (other field docs) stays in the page's group.
    expect(names.get('.route')).toBe(`${PREFIX}.LocalObjectReference`);
  });

  it('builds object schemas: the row repeating its section description leaves it to the named schema', () => {
    const objects: DocObject[] = [
      {
        ...object('', 'Widget is a thing.'),
        required: ['spec'],
        properties: [
          { name: 'spec', type: { kind: 'name', name: 'object' }, description: 'WidgetSpec is the spec.', place: at },
          { name: 'tags', type: { kind: 'name', name: 'array' }, description: 'Tags.', place: at },
          { name: 'tags[]', type: { kind: 'name', name: 'string' }, description: '', place: at },
        ],
      },
      object('.spec', 'WidgetSpec is the spec.', ['size']),
    ];
    const { value } = context({ '': `${PREFIX}.Widget`, '.spec': `${PREFIX}.WidgetSpec` });
    const schemas = buildSchemas(objects, value, { group: 'example.com', version: 'v1' });
    expect(Object.fromEntries(schemas)).toEqual({
      [`${PREFIX}.Widget`]: {
        type: 'object',
        description: 'Widget is a thing.',
        properties: {
          spec: { $ref: `#/components/schemas/${PREFIX}.WidgetSpec` },
          tags: { type: 'array', items: { type: 'string' }, description: 'Tags.' },
        },
        required: ['spec'],
        'x-kubernetes-group-version-kind': [{ group: 'example.com', kind: 'Widget', version: 'v1' }],
      },
      [`${PREFIX}.WidgetSpec`]: {
        type: 'object',
        description: 'WidgetSpec is the spec.',
        properties: { size: { type: 'string' } },
      },
    });
  });
});

describe('key prefixes and operationIds', () => {
  type Case = [string, { group: string; version: string; want: string }];
  const table: Case[] = [
    ['an OpenShift group', { group: 'image.openshift.io', version: 'v1', want: 'com.github.openshift.api.image.v1' }],
    ['the core group', { group: '', version: 'v1', want: 'io.k8s.api.core.v1' }],
    ['a Kubernetes group', { group: 'apps', version: 'v1', want: 'io.k8s.api.apps.v1' }],
    ['a *.k8s.io group', { group: 'networking.k8s.io', version: 'v1', want: 'io.k8s.api.networking.v1' }],
    [
      'apiextensions',
      {
        group: 'apiextensions.k8s.io',
        version: 'v1',
        want: 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1',
      },
    ],
    ['any other group', { group: 'monitoring.coreos.com', version: 'v1', want: 'com.coreos.monitoring.v1' }],
  ];
  it.each(table)('%s', (_name, { group, version, want }) => expect(groupKeyPrefix(group, version)).toBe(want));

  it('reads group and version from another page anchor', () => {
    expect(pageAnchorGroupVersion('imagestream-image-openshift-io-v1', 'ImageStream')).toEqual({
      group: 'image.openshift.io',
      version: 'v1',
    });
    expect(pageAnchorGroupVersion('pod-v1', 'Pod')).toEqual({ group: '', version: 'v1' });
    expect(pageAnchorGroupVersion('something-else', 'Pod')).toBeUndefined();
  });

  type IdCase = [string, { path: string; action: string; want: string }];
  const ids: IdCase[] = [
    [
      'list across namespaces',
      {
        path: '/apis/image.openshift.io/v1/imagetags',
        action: 'list',
        want: 'listImageOpenshiftIoV1ImageTagForAllNamespaces',
      },
    ],
    [
      'read',
      {
        path: '/apis/image.openshift.io/v1/namespaces/{namespace}/imagetags/{name}',
        action: 'get',
        want: 'readImageOpenshiftIoV1NamespacedImageTag',
      },
    ],
    [
      'create',
      {
        path: '/apis/image.openshift.io/v1/namespaces/{namespace}/imagetags',
        action: 'post',
        want: 'createImageOpenshiftIoV1NamespacedImageTag',
      },
    ],
    [
      'deletecollection',
      {
        path: '/apis/image.openshift.io/v1/namespaces/{namespace}/imagetags',
        action: 'deletecollection',
        want: 'deleteImageOpenshiftIoV1CollectionNamespacedImageTag',
      },
    ],
    [
      'a subresource',
      {
        path: '/apis/image.openshift.io/v1/namespaces/{namespace}/imagetags/{name}/status',
        action: 'put',
        want: 'replaceImageOpenshiftIoV1NamespacedImageTagStatus',
      },
    ],
    [
      'a core watch list',
      { path: '/api/v1/watch/namespaces/{namespace}/pods', action: 'watchlist', want: 'watchCoreV1NamespacedPodList' },
    ],
    [
      'a Kubernetes group without its .k8s.io suffix (as kubernetes.swagger.json names it)',
      {
        path: '/apis/networking.k8s.io/v1/namespaces/{namespace}/ingresses',
        action: 'list',
        want: 'listNetworkingV1NamespacedIngress',
      },
    ],
  ];
  it.each(ids)('%s', (_name, { path, action, want }) => {
    const kind = path.includes('pods') ? 'Pod' : path.includes('ingresses') ? 'Ingress' : 'ImageTag';
    expect(operationId(parseKubernetesPath(path)!, action, kind, true)).toBe(want);
  });
});
