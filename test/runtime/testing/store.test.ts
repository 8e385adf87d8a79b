import { describe, expect, it } from 'vitest';
import { FakeStore, type StoreEvent } from '../../../runtime/testing/store.js';

const object = (name: string, value: number) => ({ metadata: { name, namespace: 'ns' }, value });

describe('FakeStore', () => {
  it('stamps one monotonic revision across every resource, and returns copies', () => {
    const store = new FakeStore();
    const a = store.put('/v1/configmaps', 'ns', 'a', object('a', 1));
    const b = store.put('apps/v1/deployments', 'ns', 'b', object('b', 1));
    expect([a['metadata'], b['metadata']]).toMatchObject([{ resourceVersion: '1' }, { resourceVersion: '2' }]);
    (a['metadata'] as Record<string, unknown>)['name'] = 'changed';
    expect(store.get('/v1/configmaps', 'ns', 'a')?.['metadata']).toMatchObject({ name: 'a' });
    expect(store.currentRevision).toBe(2);
  });

  it('uses the revision generator it is given', () => {
    const store = new FakeStore({ nextRevision: (current) => current + 100 });
    expect(store.put('r', 'ns', 'a', object('a', 1))['metadata']).toMatchObject({ resourceVersion: '100' });
  });

  it('lists by namespace in key order, and rebuilds the list at a past revision', () => {
    const store = new FakeStore();
    store.put('r', 'ns', 'b', object('b', 1));
    store.put('r', 'other', 'a', object('a', 1));
    store.put('r', 'ns', 'a', object('a', 1));
    const before = store.currentRevision;
    store.put('r', 'ns', 'a', object('a', 2));
    store.delete('r', 'ns', 'b');
    store.put('r', 'ns', 'c', object('c', 1));
    expect(store.list('r').map((o) => o['value'])).toEqual([2, 1, 1]);
    expect(store.list('r', 'ns').map((o) => (o['metadata'] as { name: string }).name)).toEqual(['a', 'c']);
    const past = store.listAt('r', before, 'ns')!;
    expect(past.map((o) => [(o['metadata'] as { name: string }).name, o['value']])).toEqual([
      ['a', 1],
      ['b', 1],
    ]);
  });

  it('keeps a bounded history: older revisions are gone for events and snapshots', () => {
    const store = new FakeStore({ historyLimit: 2 });
    for (let index = 0; index < 5; index++) store.put('r', 'ns', `o${index}`, object(`o${index}`, index));
    expect(store.eventsSince(1)).toBeUndefined();
    expect(store.listAt('r', 1)).toBeUndefined();
    expect(store.eventsSince(3)?.map((event) => event.revision)).toEqual([4, 5]);
  });

  it('tells subscribers every change in order, with the object before it', () => {
    const store = new FakeStore();
    const seen: StoreEvent[] = [];
    const stop = store.subscribe((event) => seen.push(event));
    store.put('r', 'ns', 'a', object('a', 1));
    store.put('r', 'ns', 'a', object('a', 2));
    store.delete('r', 'ns', 'a');
    stop();
    store.put('r', 'ns', 'b', object('b', 1));
    expect(seen.map((event) => [event.type, event.revision, event.previous?.['value']])).toEqual([
      ['ADDED', 1, undefined],
      ['MODIFIED', 2, 1],
      ['DELETED', 3, 2],
    ]);
    expect(seen[2]!.object['metadata']).toMatchObject({ resourceVersion: '3' });
    expect(store.delete('r', 'ns', 'missing')).toBeUndefined();
  });
});
