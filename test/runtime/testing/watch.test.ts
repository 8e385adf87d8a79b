import { describe, expect, it } from 'vitest';
import { FakeStore } from '../../../runtime/testing/store.js';
import type { ResourceSpec } from '../../../runtime/testing/types.js';
import { startWatch } from '../../../runtime/testing/watch.js';

const resource: ResourceSpec = {
  group: '',
  version: 'v1',
  kind: 'ConfigMap',
  plural: 'configmaps',
  namespaced: true,
  verbs: ['watch'],
  subresources: [],
  listKind: 'ConfigMapList',
};
const KEY = '/v1/configmaps';
const object = (name: string, labels: Record<string, string> = {}, namespace = 'ns') => ({
  metadata: { name, namespace, labels },
});

/** A sink that records what a watch sends. */
function recorder() {
  const events: { type: string; name: unknown; rv: unknown }[] = [];
  let ended = false;
  return {
    events,
    ended: () => ended,
    sink: {
      send: (event: { type: string; object: Record<string, any> }) =>
        events.push({
          type: event.type,
          name: event.object['metadata']?.name ?? event.object['message'],
          rv: event.object['metadata']?.resourceVersion ?? event.object['code'],
        }),
      end: () => (ended = true),
    },
  };
}

const watch = (store: FakeStore, query: string, scope: { namespace?: string; name?: string } = { namespace: 'ns' }) => {
  const record = recorder();
  const stop = startWatch(
    store,
    {
      resource,
      namespace: scope.namespace,
      ...(scope.name ? { name: scope.name } : {}),
      query: new URLSearchParams(query),
      bookmarkIntervalMs: 5,
    },
    record.sink,
  );
  return { ...record, stop };
};

describe('startWatch', () => {
  it('starts with the current objects as ADDED, then streams changes in this namespace', () => {
    const store = new FakeStore();
    store.put(KEY, 'ns', 'a', object('a'));
    store.put(KEY, 'other', 'x', object('x', {}, 'other'));
    const seen = watch(store, '');
    store.put(KEY, 'ns', 'a', object('a', { v: '2' }));
    store.put(KEY, 'other', 'y', object('y', {}, 'other'));
    store.delete(KEY, 'ns', 'a');
    seen.stop();
    expect(seen.events.map((e) => [e.type, e.name])).toEqual([
      ['ADDED', 'a'],
      ['MODIFIED', 'a'],
      ['DELETED', 'a'],
    ]);
    expect(seen.ended()).toBe(true);
  });

  it('replays the changes after a resourceVersion, and reports 410 Expired past the history', () => {
    const store = new FakeStore({ historyLimit: 3 });
    store.put(KEY, 'ns', 'a', object('a'));
    store.put(KEY, 'ns', 'b', object('b'));
    const replay = watch(store, 'resourceVersion=1');
    expect(replay.events).toEqual([{ type: 'ADDED', name: 'b', rv: '2' }]);
    replay.stop();
    for (const name of ['c', 'd', 'e']) store.put(KEY, 'ns', name, object(name));
    const old = watch(store, 'resourceVersion=1');
    expect(old.events).toEqual([{ type: 'ERROR', name: 'too old resource version: 1 (3)', rv: 410 }]);
    expect(old.ended()).toBe(true);
  });

  it('applies label selectors: an object that stops matching is DELETED for this watcher, one that starts is ADDED', () => {
    const store = new FakeStore();
    const seen = watch(store, 'labelSelector=app%3Dweb');
    store.put(KEY, 'ns', 'a', object('a', { app: 'db' }));
    store.put(KEY, 'ns', 'a', object('a', { app: 'web' }));
    store.put(KEY, 'ns', 'a', object('a', { app: 'db' }));
    seen.stop();
    expect(seen.events.map((e) => e.type)).toEqual(['ADDED', 'DELETED']);
  });

  it('watches one object on the legacy /watch/.../{name} path, and across namespaces without one', () => {
    const store = new FakeStore();
    const one = watch(store, '', { namespace: 'ns', name: 'b' });
    const all = watch(store, '', {});
    store.put(KEY, 'ns', 'a', object('a'));
    store.put(KEY, 'ns', 'b', object('b'));
    store.put(KEY, 'other', 'c', object('c', {}, 'other'));
    one.stop();
    all.stop();
    expect(one.events.map((e) => e.name)).toEqual(['b']);
    expect(all.events.map((e) => e.name)).toEqual(['a', 'b', 'c']);
  });

  it('marks the end of initial events with a BOOKMARK, and sends bookmarks when allowed', async () => {
    const store = new FakeStore();
    store.put(KEY, 'ns', 'a', object('a'));
    const seen = watch(store, 'sendInitialEvents=true&allowWatchBookmarks=true&resourceVersionMatch=NotOlderThan');
    expect(seen.events.map((e) => e.type)).toEqual(['ADDED', 'BOOKMARK']);
    for (let attempt = 0; attempt < 200 && seen.events.length < 3; attempt++)
      await new Promise((resolve) => setTimeout(resolve, 5));
    seen.stop();
    expect(seen.events[2]).toMatchObject({ type: 'BOOKMARK', rv: '1' });
  });

  it('refuses a malformed resourceVersion and ends after timeoutSeconds', async () => {
    const store = new FakeStore();
    expect(watch(store, 'resourceVersion=abc').events[0]).toMatchObject({ type: 'ERROR', rv: 400 });
    const timed = watch(store, 'timeoutSeconds=0.01');
    for (let attempt = 0; attempt < 200 && !timed.ended(); attempt++)
      await new Promise((resolve) => setTimeout(resolve, 5));
    expect(timed.ended()).toBe(true);
  });
});
