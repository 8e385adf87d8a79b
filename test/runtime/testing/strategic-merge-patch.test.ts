// Strategic merge patch as k8s.io/apimachinery/pkg/util/strategicpatch applies it, on a hand-written schema table
// shaped like the Pod schema (containers merged by name, ports by containerPort, finalizers a merged set).
import { describe, expect, it } from 'vitest';
import { mergeStrategic } from '../../../runtime/testing/strategic-merge-patch.js';
import type { PatchSchemas } from '../../../runtime/testing/types.js';

const schemas: PatchSchemas = {
  Pod: { fields: { metadata: { ref: 'ObjectMeta' }, spec: { ref: 'PodSpec' } } },
  ObjectMeta: { fields: { finalizers: { list: { listType: 'set', patchStrategy: 'merge' } } } },
  PodSpec: {
    fields: {
      containers: { items: { ref: 'Container' }, list: { patchStrategy: 'merge', patchMergeKey: 'name' } },
      volumes: { list: { patchStrategy: 'merge,retainKeys', patchMergeKey: 'name' } },
      nodeSelector: { mapType: 'atomic' },
    },
  },
  Container: {
    fields: {
      ports: { list: { patchStrategy: 'merge', patchMergeKey: 'containerPort' } },
      args: { list: { listType: 'atomic' } },
    },
  },
};
const pod = {
  metadata: { name: 'p', finalizers: ['a'] },
  spec: {
    containers: [
      { name: 'app', image: 'nginx:1', ports: [{ containerPort: 80 }], args: ['x'] },
      { name: 'side', image: 'busybox' },
    ],
    nodeSelector: { zone: 'a', disk: 'ssd' },
  },
};
const patch = (body: unknown) => mergeStrategic(pod, body, { ref: 'Pod' }, schemas) as typeof pod & Record<string, any>;

describe('mergeStrategic', () => {
  it('merges list items by their merge key, keeping the others', () => {
    const result = patch({
      spec: {
        containers: [
          { name: 'app', image: 'nginx:2' },
          { name: 'new', image: 'n' },
        ],
      },
    });
    expect(result.spec.containers).toEqual([
      { name: 'app', image: 'nginx:2', ports: [{ containerPort: 80 }], args: ['x'] },
      { name: 'side', image: 'busybox' },
      { name: 'new', image: 'n' },
    ]);
    expect(pod.spec.containers[0]!.image).toBe('nginx:1');
  });

  it('merges nested lists by their own keys, and replaces lists without a merge strategy', () => {
    const result = patch({ spec: { containers: [{ name: 'app', ports: [{ containerPort: 443 }], args: ['y'] }] } });
    expect(result.spec.containers[0]).toEqual({
      name: 'app',
      image: 'nginx:1',
      ports: [{ containerPort: 80 }, { containerPort: 443 }],
      args: ['y'],
    });
  });

  it('deletes a list item with $patch: delete and a map key with null', () => {
    const result = patch({ spec: { containers: [{ name: 'side', $patch: 'delete' }], nodeSelector: null } });
    expect(result.spec.containers.map((container: { name: string }) => container.name)).toEqual(['app']);
    expect(result.spec).not.toHaveProperty('nodeSelector');
  });

  it('replaces a whole list with a $patch: replace item, and a map with $patch: replace', () => {
    expect(patch({ spec: { containers: [{ name: 'only' }, { $patch: 'replace' }] } }).spec.containers).toEqual([
      { name: 'only' },
    ]);
    expect(patch({ metadata: { $patch: 'replace', name: 'q' } }).metadata).toEqual({ name: 'q' });
  });

  it('treats atomic maps as values: replaced, not merged', () => {
    expect(patch({ spec: { nodeSelector: { zone: 'b' } } }).spec.nodeSelector).toEqual({ zone: 'b' });
  });

  it('merges primitive lists with a merge strategy as sets, and removes with $deleteFromPrimitiveList', () => {
    expect(patch({ metadata: { finalizers: ['b', 'a'] } }).metadata.finalizers).toEqual(['a', 'b']);
    expect(patch({ metadata: { '$deleteFromPrimitiveList/finalizers': ['a'] } }).metadata.finalizers).toEqual([]);
  });

  it('orders a list as $setElementOrder says', () => {
    const result = patch({ spec: { '$setElementOrder/containers': [{ name: 'side' }, { name: 'app' }] } });
    expect(result.spec.containers.map((container: { name: string }) => container.name)).toEqual(['side', 'app']);
  });

  it('keeps only $retainKeys', () => {
    const result = patch({ spec: { $retainKeys: ['containers'] } });
    expect(Object.keys(result.spec)).toEqual(['containers']);
  });

  it('refuses malformed patches with 400', () => {
    expect(() => patch(['x'])).toThrow(/must be a JSON object/);
    expect(() => patch({ spec: { containers: [{ image: 'no-name' }] } })).toThrow(
      /does not contain declared merge key: name/,
    );
    expect(() => patch({ $patch: 'explode' })).toThrow(/Unknown patch type/);
  });

  it('without a schema, merges maps and replaces lists (the JSON merge patch fallback)', () => {
    const result = mergeStrategic({ a: { b: 1, c: [1, 2] } }, { a: { c: [3], d: 4 } }, undefined, {});
    expect(result).toEqual({ a: { b: 1, c: [3], d: 4 } });
  });
});
