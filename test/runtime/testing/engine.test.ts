// The write operations and collections called directly (no HTTP): what each stamps, checks and stores.
import { describe, expect, it } from 'vitest';
import { deleteCollection, deleteObject, listObjects } from '../../../runtime/testing/collection.js';
import {
  createObject,
  patchObject,
  readObject,
  replaceObject,
  type EngineConfig,
  type Target,
} from '../../../runtime/testing/engine.js';
import { FakeStore } from '../../../runtime/testing/store.js';
import type { ResourceSpec } from '../../../runtime/testing/types.js';

const resource: ResourceSpec = {
  group: '',
  version: 'v1',
  kind: 'ConfigMap',
  plural: 'configmaps',
  namespaced: true,
  verbs: [],
  subresources: [],
  listKind: 'ConfigMapList',
  patchSchema: 'ConfigMap',
};
const config = (): EngineConfig => {
  let uid = 0;
  return {
    store: new FakeStore(),
    schemas: {},
    hooks: {},
    now: () => new Date('2026-02-03T04:05:06.789Z'),
    uid: () => `u${++uid}`,
    nameSuffix: () => 'xyz12',
  };
};
const target: Target = { resource, namespace: 'ns' };
const named = (name: string): Target => ({ ...target, name });
const q = (text = '') => new URLSearchParams(text);

describe('engine', () => {
  it('creates with generateName and the server-set fields, ignoring what the client set for them', () => {
    const engine = config();
    const outcome = createObject(
      engine,
      target,
      { metadata: { generateName: 'cm-', uid: 'mine', resourceVersion: '99' }, data: { a: '1' } },
      q(),
      'tests',
    );
    expect(outcome.status).toBe(201);
    expect(outcome.body).toMatchObject({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: {
        name: 'cm-xyz12',
        namespace: 'ns',
        uid: 'u1',
        resourceVersion: '1',
        generation: 1,
        creationTimestamp: '2026-02-03T04:05:06Z',
      },
    });
    expect((outcome.body['metadata'] as any).managedFields[0]).toMatchObject({
      manager: 'tests',
      operation: 'Update',
      fieldsV1: { 'f:data': { 'f:a': {} } },
    });
  });

  it('replaces with a resourceVersion precondition, keeping uid and creationTimestamp', () => {
    const engine = config();
    const created = createObject(engine, target, { metadata: { name: 'a' }, data: { a: '1' } }, q(), 'm').body;
    const replaced = replaceObject(
      engine,
      named('a'),
      { metadata: { name: 'a', uid: 'forged' }, data: { a: '2' } },
      q(),
      'm',
    ).body;
    expect(replaced['metadata']).toMatchObject({ uid: 'u1', resourceVersion: '2', generation: 2 });
    expect(() => replaceObject(engine, named('a'), created, q(), 'm')).toThrow(/has been modified/);
    expect(() => replaceObject(engine, named('gone'), { metadata: { name: 'gone' } }, q(), 'm')).toThrow(
      'configmaps "gone" not found',
    );
  });

  it('patches by content type and refuses unknown ones', () => {
    const engine = config();
    createObject(engine, target, { metadata: { name: 'a' }, data: { a: '1' } }, q(), 'm');
    patchObject(engine, named('a'), { data: { b: '2' } }, 'application/merge-patch+json', q(), 'm');
    patchObject(engine, named('a'), [{ op: 'remove', path: '/data/a' }], 'application/json-patch+json', q(), 'm');
    patchObject(engine, named('a'), { data: { c: '3' } }, 'application/strategic-merge-patch+json', q(), 'm');
    expect(readObject(engine, named('a'))['data']).toEqual({ b: '2', c: '3' });
    expect(() => patchObject(engine, named('a'), {}, 'application/xml', q(), 'm')).toThrow(/unknown format/);
    expect(() =>
      patchObject(engine, named('a'), { metadata: { resourceVersion: '1' } }, 'application/merge-patch+json', q(), 'm'),
    ).toThrow(/has been modified/);
  });

  it('lists, deletes one with a Status when asked, and deletes a collection by selector', () => {
    const engine = config();
    for (const [name, tier] of [
      ['a', 'x'],
      ['b', 'y'],
      ['c', 'x'],
    ] as const)
      createObject(engine, target, { metadata: { name, labels: { tier } } }, q(), 'm');
    expect(
      (listObjects(engine, target, q('labelSelector=tier%3Dx'))['items'] as any[]).map((i) => i.metadata.name),
    ).toEqual(['a', 'c']);
    expect(deleteObject(engine, named('b'), undefined, q(), 'status').body).toMatchObject({
      kind: 'Status',
      status: 'Success',
      details: { name: 'b', kind: 'configmaps', uid: 'u2' },
    });
    const removed = deleteCollection(engine, target, undefined, q('labelSelector=tier%3Dx'), 'object').body;
    expect((removed['items'] as any[]).map((i) => i.metadata.name)).toEqual(['a', 'c']);
    expect(listObjects(engine, target, q())['items']).toEqual([]);
  });
});
