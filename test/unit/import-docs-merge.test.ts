// The pieces of import-docs that make several pages one API: which definition wins, how differences read, what a
// served operation declares that the page may leave out, the list kinds derived, and the dashed anchors of the
// current docs layout.
import { describe, expect, it } from 'vitest';
import { apimachinerySchema } from '../../generator/apimachinery/index.js';
import type { JsonObject } from '../../generator/document.js';
import { completeDocument, DERIVED_EXTENSION } from '../../generator/import-docs/complete.js';
import { describeDifferences, mergeCandidates, type Candidate } from '../../generator/import-docs/merge.js';
import { hoistCommonParameters, tagOf } from '../../generator/import-docs/paths.js';
import { prettyParameter, servedPathParameters, servedQueryParameters } from '../../generator/import-docs/served.js';
import { dashedSchemaKey } from '../../generator/import-docs/shared.js';

const at = { line: 3, column: 5 };
const page = (file: string, complete: boolean, layout: number, order: number) => ({ file, complete, layout, order });
const schema = (...names: string[]): JsonObject => ({
  type: 'object',
  properties: Object.fromEntries(names.map((name) => [name, { type: 'string' }])),
});

describe('merging definitions from several pages', () => {
  type Case = [string, { given: Candidate[]; want: string }];
  const table: Case[] = [
    [
      'a complete page beats a cut-off one with more fields',
      {
        given: [
          { value: schema('a', 'b', 'c'), page: page('cut.txt', false, 0, 0), place: at },
          { value: schema('a'), page: page('whole.adoc', true, 1, 1), place: at },
        ],
        want: 'whole.adoc',
      },
    ],
    [
      'then more fields (an API grows): the page with importMode is the newer one',
      {
        given: [
          { value: schema('insecure'), page: page('old.adoc', true, 2, 0), place: at },
          { value: schema('insecure', 'importMode'), page: page('new.adoc', true, 1, 1), place: at },
        ],
        want: 'new.adoc',
      },
    ],
    [
      'then the current layout over the older one',
      {
        given: [
          { value: { ...schema('a'), description: 'old' }, page: page('older.adoc', true, 1, 0), place: at },
          { value: { ...schema('a'), description: 'new' }, page: page('current.adoc', true, 2, 1), place: at },
        ],
        want: 'current.adoc',
      },
    ],
    [
      'then the page given first',
      {
        given: [
          { value: { ...schema('a'), description: 'x' }, page: page('first.adoc', true, 1, 0), place: at },
          { value: { ...schema('a'), description: 'y' }, page: page('second.adoc', true, 1, 1), place: at },
        ],
        want: 'first.adoc',
      },
    ],
  ];
  it.each(table)('%s', (_name, { given, want }) => {
    expect(mergeCandidates('K', given).chosen.page.file).toBe(want);
    expect(mergeCandidates('K', [...given].reverse()).chosen.page.file).toBe(want);
  });

  it('lists every difference with both places, and none for equal definitions', () => {
    const kept: Candidate = { value: schema('a', 'b'), page: page('new.adoc', true, 2, 0), place: at };
    const other: Candidate = {
      value: { ...schema('a', 'c'), required: ['a'] },
      page: page('old.txt', true, 0, 1),
      place: { line: 9, column: 1 },
    };
    expect(mergeCandidates('K', [other, kept]).differences).toEqual([
      'K.b only in the kept one: kept new.adoc:3:5, not old.txt:9:1',
      'K.c only in the dropped one: kept new.adoc:3:5, not old.txt:9:1',
      'K required only in the dropped one: kept new.adoc:3:5, not old.txt:9:1',
    ]);
    expect(mergeCandidates('K', [kept, { ...kept, page: page('same.adoc', true, 1, 1) }]).differences).toEqual([]);
  });

  it('compares operations parameter by parameter', () => {
    const parameter = (name: string, description: string): JsonObject => ({ name, in: 'query', description });
    expect(
      describeDifferences(
        { parameters: [parameter('pretty', 'new'), parameter('limit', 'l')] },
        { parameters: [parameter('pretty', 'old'), parameter('watch', 'w')] },
      ),
    ).toEqual([
      ' parameter query pretty description differs',
      ' parameter query limit only in the kept one',
      ' parameter query watch only in the dropped one',
    ]);
  });
});

describe('what a served operation declares', () => {
  it('declares the path template parameters, as the API server describes them', () => {
    expect(
      servedPathParameters('/apis/image.openshift.io/v1/namespaces/{namespace}/imagetags/{name}', 'ImageTag'),
    ).toEqual([
      {
        name: 'namespace',
        in: 'path',
        description: 'object name and auth scope, such as for teams and projects',
        required: true,
        schema: { type: 'string' },
      },
      { name: 'name', in: 'path', description: 'name of the ImageTag', required: true, schema: { type: 'string' } },
    ]);
    expect(prettyParameter()).toMatchObject({ name: 'pretty', in: 'query', schema: { type: 'string' } });
  });

  type Case = [string, string[]];
  const table: Case[] = [
    ['get', []],
    [
      'list',
      [
        'allowWatchBookmarks',
        'continue',
        'fieldSelector',
        'labelSelector',
        'limit',
        'resourceVersion',
        'resourceVersionMatch',
        'sendInitialEvents',
        'timeoutSeconds',
        'watch',
      ],
    ],
    ['post', ['dryRun', 'fieldManager', 'fieldValidation']],
    ['put', ['dryRun', 'fieldManager', 'fieldValidation']],
    ['patch', ['dryRun', 'fieldManager', 'fieldValidation', 'force']],
    [
      'delete',
      [
        'dryRun',
        'gracePeriodSeconds',
        'ignoreStoreReadErrorWithClusterBreakingPotential',
        'orphanDependents',
        'propagationPolicy',
      ],
    ],
    [
      'deletecollection',
      [
        'continue',
        'dryRun',
        'fieldSelector',
        'gracePeriodSeconds',
        'ignoreStoreReadErrorWithClusterBreakingPotential',
        'labelSelector',
        'limit',
        'orphanDependents',
        'propagationPolicy',
        'resourceVersion',
        'resourceVersionMatch',
        'sendInitialEvents',
        'timeoutSeconds',
      ],
    ],
  ];
  it.each(table)('%s takes the query parameters of its options object', (action, names) => {
    const parameters = servedQueryParameters(action);
    expect(parameters.map((parameter) => parameter['name'])).toEqual(names);
    for (const parameter of parameters) {
      const sources = { post: ['CreateOptions'], put: ['UpdateOptions'], patch: ['PatchOptions'] }[action] ?? [
        'DeleteOptions',
        'ListOptions',
      ];
      const options = sources
        .map((name) => apimachinerySchema(`io.k8s.apimachinery.pkg.apis.meta.v1.${name}`)!.schema['properties'])
        .map((properties) => (properties as Record<string, JsonObject>)[String(parameter['name'])])
        .find((field) => field !== undefined)!;
      expect(parameter['description']).toBe(options['description']);
    }
    // dryRun is a []string field, served as a string parameter (repeated in the query).
    if (names.includes('dryRun'))
      expect(parameters.find((parameter) => parameter['name'] === 'dryRun')!['schema']).toEqual({ type: 'string' });
  });
});

describe('completing an imported document', () => {
  const KIND = 'com.example.v1.Widget';
  const document = (extra: JsonObject = {}): JsonObject => ({
    openapi: '3.0.3',
    paths: {},
    components: {
      schemas: {
        [KIND]: {
          type: 'object',
          properties: {
            apiVersion: { type: 'string', description: 'the version' },
            kind: { type: 'string' },
            metadata: { $ref: '#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta' },
          },
          'x-kubernetes-group-version-kind': [{ group: 'example.com', kind: 'Widget', version: 'v1' }],
        },
        Holder: {
          type: 'object',
          properties: {
            list: { $ref: `#/components/schemas/${KIND}List` },
            other: { $ref: '#/components/schemas/com.example.v1.Unknown' },
          },
        },
        ...extra,
      },
    },
  });

  it('derives the list kind of a documented kind, links the library, and names what is still missing', () => {
    const { document: completed, derived, linked, missing } = completeDocument(document());
    expect(derived).toEqual([`${KIND}List`]);
    expect(linked).toContain('io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta');
    expect(linked).toContain('io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta');
    expect(missing).toEqual(['com.example.v1.Unknown']);
    const list = (completed['components'] as { schemas: Record<string, JsonObject> }).schemas[`${KIND}List`]!;
    expect(list).toMatchObject({
      required: ['items'],
      properties: {
        apiVersion: { type: 'string', description: 'the version' },
        items: { type: 'array', items: { $ref: `#/components/schemas/${KIND}` } },
        metadata: { $ref: '#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
      },
      'x-kubernetes-group-version-kind': [{ group: 'example.com', kind: 'WidgetList', version: 'v1' }],
    });
    expect(list[DERIVED_EXTENSION]).toMatch(/Kubernetes list convention/);
  });

  it('never replaces a list the pages document', () => {
    const own: JsonObject = { type: 'object', description: 'documented' };
    const { derived, document: completed } = completeDocument(document({ [`${KIND}List`]: own }));
    expect(derived).toEqual([]);
    expect((completed['components'] as { schemas: Record<string, JsonObject> }).schemas[`${KIND}List`]).toBe(own);
  });
});

describe('dashed anchors of the current docs layout', () => {
  type Case = [string, string | undefined];
  const table: Case[] = [
    ['io-k8s-apimachinery-pkg-apis-meta-v1-ObjectMeta_v2', 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta_v2'],
    ['com-github-openshift-api-image-v1-ImageTagList', 'com.github.openshift.api.image.v1.ImageTagList'],
    [
      'io-k8s-apiextensions-apiserver-pkg-apis-apiextensions-v1-JSONSchemaProps',
      'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps',
    ],
    ['imagetag-image-openshift-io-v1', undefined],
    ['io.k8s.api.core.v1.ObjectReference', undefined],
  ];
  it.each(table)('%s', (anchor, want) => expect(dashedSchemaKey(anchor)).toBe(want));
});

describe('the shape of a served document', () => {
  it.each([
    ['image.openshift.io', 'v1', 'imageOpenshiftIo_v1'],
    ['', 'v1', 'core_v1'],
    ['networking.k8s.io', 'v1', 'networking_v1'],
    ['rbac.authorization.k8s.io', 'v1', 'rbacAuthorization_v1'],
    ['apps', 'v1beta2', 'apps_v1beta2'],
  ])('tags %s/%s operations %s', (group, version, want) => expect(tagOf(group, version)).toBe(want));

  it('hoists the parameters all operations of a path declare alike, and only those', () => {
    const query = (name: string, type = 'string'): JsonObject => ({ name, in: 'query', schema: { type } });
    const path: JsonObject = { name: 'namespace', in: 'path', required: true, schema: { type: 'string' } };
    expect(
      hoistCommonParameters({
        parameters: [path],
        get: { operationId: 'list', parameters: [query('limit', 'integer'), query('pretty')] },
        post: { operationId: 'create', parameters: [query('dryRun'), query('pretty')] },
      }),
    ).toEqual({
      parameters: [path, query('pretty')],
      get: { operationId: 'list', parameters: [query('limit', 'integer')] },
      post: { operationId: 'create', parameters: [query('dryRun')] },
    });
    // A lone operation's parameters all go to its path item.
    expect(hoistCommonParameters({ get: { operationId: 'list', parameters: [query('watch', 'boolean')] } })).toEqual({
      parameters: [query('watch', 'boolean')],
      get: { operationId: 'list' },
    });
  });
});
