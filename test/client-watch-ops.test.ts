// The spec's own watch operations (Kubernetes' deprecated `/watch/` paths, `x-kubernetes-action: watch|watchlist`)
// as typed event streams, like the watch methods generated for list operations: typed `WatchEvent<T>`, streamed one
// by one, resumed from the last resourceVersion after a dropped connection. The fixture is the ConfigMap subset of
// the Kubernetes 1.36 spec (test/fixtures/client/README.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileDiagnostics } from './support/compile.js';
import { importGeneratedClient, type GeneratedClient } from './support/generated-client.js';
import { startApiServer, type ApiServer } from './support/api-server.js';

type Events = (params?: object, options?: object) => AsyncIterable<{ type: string; object: unknown }>;
interface WatchModule {
  createClient(options: object): Record<string, Events>;
  createClientCore(options: object): object;
  [name: string]: unknown;
}

let server: ApiServer;
let generated: GeneratedClient<WatchModule>;
beforeAll(async () => {
  server = await startApiServer();
  generated = await importGeneratedClient<WatchModule>('test/fixtures/client/kubernetes-watch.swagger.json');
}, 120_000);
afterAll(async () => {
  await server.close();
  await generated.remove();
});

const configMap = (name: string, resourceVersion: string) => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace: 'demo', resourceVersion },
});
const line = (type: string, object: unknown) => `${JSON.stringify({ type, object })}\n`;

describe("the spec's own watch operations", () => {
  it('are typed AsyncGenerator<WatchEvent<ConfigMap>>, the list watch and the single-object watch alike', () => {
    const use = [
      "import type { ConfigMap } from './types.js';",
      "import { createClient, createClientCore, watchNamespacedConfigMap, type WatchEvent } from './client.js';",
      "const client = createClient({ baseUrl: 'http://127.0.0.1:1' });",
      "export const list: AsyncGenerator<WatchEvent<ConfigMap>, void, undefined> = client.watchNamespacedConfigMapList({ namespace: 'demo' });",
      "export const one: AsyncGenerator<WatchEvent<ConfigMap>, void, undefined> = watchNamespacedConfigMap(createClientCore({}), { namespace: 'demo', name: 'a' });",
      'export async function names(): Promise<string[]> {',
      '  const seen: string[] = [];',
      "  for await (const event of client.watchNamespacedConfigMapList({ namespace: 'demo' })) {",
      '    // The type union is closed; ERROR carries a Status (unknown here: the subset has no Status), the others the object.',
      "    if (event.type === 'ERROR') seen.push('error');",
      "    else if (event.type !== 'BOOKMARK') seen.push(event.object.data?.['key'] ?? '');",
      '  }',
      '  return seen;',
      '}',
      "// @ts-expect-error 'UPDATED' is not a watch event type",
      "export const wrong = (event: WatchEvent<ConfigMap>) => event.type === 'UPDATED';",
    ].join('\n');
    // The Node-only entries (node.ts, testing.ts) need @types/node, which this in-memory compile leaves out.
    const { 'node.ts': _node, 'testing.ts': _testing, ...sources } = generated.sources;
    expect(compileDiagnostics({ ...sources, 'use.ts': use })).toEqual([]);
  });

  it('stream events one by one from the /watch/ path and resume from the last resourceVersion after a drop', async () => {
    let release: () => void = () => undefined;
    const firstSeen = new Promise<void>((resolve) => (release = resolve));
    server.sequence(
      (_request, response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.write(line('ADDED', configMap('a', '10')));
        // The next event comes only after the caller has seen the first: nothing is buffered.
        void firstSeen.then(() => {
          response.write(line('MODIFIED', configMap('a', '11')));
          setTimeout(() => response.socket?.destroy(), 50);
        });
      },
      (_request, response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.write(line('DELETED', configMap('a', '12')));
      },
    );
    const client = generated.module.createClient({ baseUrl: server.url });
    const seen: string[] = [];
    for await (const event of client.watchNamespacedConfigMapList!({ namespace: 'demo' })) {
      seen.push(
        `${event.type} ${(event.object as { metadata: { resourceVersion: string } }).metadata.resourceVersion}`,
      );
      if (seen.length === 1) release();
      if (event.type === 'DELETED') break;
    }
    expect(seen).toEqual(['ADDED 10', 'MODIFIED 11', 'DELETED 12']);
    expect(server.requests.map((request) => request.rawPath)).toEqual([
      '/api/v1/watch/namespaces/demo/configmaps',
      '/api/v1/watch/namespaces/demo/configmaps',
    ]);
    expect(server.requests.map((request) => request.query.get('resourceVersion'))).toEqual([null, '11']);
  });

  it('watch one object by name, as a standalone function too', async () => {
    server.handle((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(line('ADDED', configMap('one', '5')));
    });
    const watch = generated.module['watchNamespacedConfigMap'] as (client: object, params: object) => Events;
    const controller = new AbortController();
    const events: string[] = [];
    const stream = (watch as unknown as (client: object, params: object, options: object) => ReturnType<Events>)(
      generated.module.createClientCore({ baseUrl: server.url }),
      { namespace: 'demo', name: 'one' },
      { signal: controller.signal },
    );
    for await (const event of stream) {
      events.push(event.type);
      controller.abort();
      break;
    }
    expect(events).toEqual(['ADDED']);
    expect(server.requests[0]?.rawPath).toBe('/api/v1/watch/namespaces/demo/configmaps/one');
  });

  it('leave the list operation without a second, generated watch method (its name would clash)', () => {
    const methods = Object.keys(generated.module.createClient({ baseUrl: server.url })).sort();
    expect(methods).toEqual([
      'listAllNamespacedConfigMap',
      'listNamespacedConfigMap',
      'readNamespacedConfigMap',
      'watchNamespacedConfigMap',
      'watchNamespacedConfigMapList',
      'withResponse',
    ]);
  });
});
