// The per-spec table of the fake API server (generator/views/testing.ts), on a hand-made IR and document.
import { describe, expect, it } from 'vitest';
import type { Api, Operation } from '../../generator/ir.js';
import { testingView } from '../../generator/views/testing.js';

const operation = (name: string, method: Operation['method'], path: string, query: string[] = []): Operation => ({
  name,
  method,
  path,
  parameters: {
    path: [],
    query: query.map((key) => ({
      name: key,
      key,
      in: 'query',
      required: false,
      type: { kind: 'boolean' },
      doc: {},
      explode: true,
    })),
    header: [],
  },
  responses: [],
  doc: {},
  tags: [],
  source: '',
});
const api: Api = {
  title: 'T',
  version: '1',
  kubernetes: true,
  models: [
    {
      name: 'Widget',
      key: 'com.example.Widget',
      type: { kind: 'unknown' },
      doc: {},
      source: '',
      gvk: { group: 'example.com', version: 'v1', kind: 'Widget' },
    },
    { name: 'Part', key: 'com.example.Part', type: { kind: 'unknown' }, doc: {}, source: '' },
    { name: 'Props', key: 'com.example.Props', type: { kind: 'unknown' }, doc: {}, source: '' },
    { name: 'Plain', key: 'com.example.Plain', type: { kind: 'unknown' }, doc: {}, source: '' },
  ],
  operations: [
    operation('listWidgets', 'get', '/apis/example.com/v1/namespaces/{namespace}/widgets', ['watch']),
    operation('readWidgetStatus', 'get', '/apis/example.com/v1/namespaces/{namespace}/widgets/{name}/status'),
  ],
  resources: [
    {
      gvk: { group: 'example.com', version: 'v1', kind: 'Widget' },
      plural: 'widgets',
      namespaced: true,
      verbs: ['get', 'list'],
      operations: ['listWidgets'],
    },
  ],
};
const document = {
  components: {
    schemas: {
      'com.example.Widget': {
        type: 'object',
        properties: {
          parts: {
            type: 'array',
            items: { $ref: '#/components/schemas/com.example.Part' },
            'x-kubernetes-list-type': 'map',
            'x-kubernetes-list-map-keys': ['id'],
            'x-kubernetes-patch-strategy': 'merge',
            'x-kubernetes-patch-merge-key': 'id',
          },
          props: { allOf: [{ $ref: '#/components/schemas/com.example.Props' }] },
          plain: { $ref: '#/components/schemas/com.example.Plain' },
          selector: { type: 'object', 'x-kubernetes-map-type': 'atomic' },
        },
      },
      'com.example.Part': {
        type: 'object',
        properties: { tags: { type: 'array', items: { type: 'string' }, 'x-kubernetes-list-type': 'set' } },
      },
      // Recursive, like JSONSchemaProps: finite through refs.
      'com.example.Props': {
        type: 'object',
        properties: {
          items: { $ref: '#/components/schemas/com.example.Props' },
          required: { type: 'array', items: { type: 'string' }, 'x-kubernetes-list-type': 'atomic' },
        },
      },
      'com.example.Plain': { type: 'object', properties: { name: { type: 'string' } } },
    },
  },
};

describe('testingView', () => {
  const view = testingView(api, 'T', document)!;

  it('prints one resource entry with watch (from the list parameter), subresources and the validator', () => {
    // Laid out as Prettier prints it two spaces in: too long for one line, so one entry a line.
    expect(view.resources).toEqual([
      [
        '{',
        '    group: "example.com",',
        '    version: "v1",',
        '    kind: "Widget",',
        '    plural: "widgets",',
        '    namespaced: true,',
        '    verbs: ["get", "list", "watch"],',
        '    subresources: ["status"],',
        '    listKind: "WidgetList",',
        '    patchSchema: "Widget",',
        '    validate: validators.validateWidget,',
        '    typed: true,',
        '  }',
      ].join('\n'),
    ]);
    expect(view.tablesCanonical).toBe(true);
  });

  it('marks built-in kinds typed (decoded into Go structs) and custom resources not', () => {
    expect(testingView({ ...api, customResources: true }, 'T', document)!.resources[0]).not.toContain('typed');
  });

  it('gives the fake server validateXUpdate for a kind with transition rules', () => {
    expect(testingView(api, 'T', document, new Set(['Widget']))!.resources[0]).toMatch(
      /validate: validators\.validateWidget,\n {4}validateUpdate: validators\.validateWidgetUpdate,\n {4}typed: true,\n {2}\}$/,
    );
  });

  it('keeps only the models that lead to merge metadata, with refs for recursion', () => {
    expect(view.patchSchemas).toEqual([
      'Part: { fields: { tags: { list: { listType: "set" } } } }',
      'Props: { fields: { items: { ref: "Props" }, required: { list: { listType: "atomic" } } } }',
      [
        'Widget: {',
        '    fields: {',
        '      parts: {',
        '        items: { ref: "Part" },',
        '        list: { listType: "map", mapKeys: ["id"], patchStrategy: "merge", patchMergeKey: "id" },',
        '      },',
        '      props: { ref: "Props" },',
        '      selector: { mapType: "atomic" },',
        '    },',
        '  }',
      ].join('\n'),
    ]);
  });

  it('embeds the document with sorted keys, and is absent for APIs without Kubernetes resources', () => {
    expect(view.openapi.startsWith('\'{"components":{"schemas":{"com.example.Part"')).toBe(true);
    expect(testingView({ ...api, kubernetes: false }, 'T', document)).toBeUndefined();
    expect(testingView({ ...api, resources: [] }, 'T', document)).toBeUndefined();
  });
});
