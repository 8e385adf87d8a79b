// A Kubernetes-style API's client (review findings of session 8). Query parameters: their recipes carry no style
// (queryRecipe), and a parameter with `allowReserved: true` must still be sent, its reserved characters kept as
// OpenAPI says (the recipe put `true` where the style goes and the call threw). A log read: the operation offers
// text/plain and JSON with a string schema, as readNamespacedPodLog does, and the server answers text/plain (the
// JSON reader asked for JSON and failed on the text).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importGeneratedClient, type GeneratedClient } from './support/generated-client.js';

interface Module {
  createClientCore(options: { baseUrl: string; fetch: typeof fetch }): unknown;
  listWidgets(client: unknown, params: { filter?: string; limit?: number }): Promise<unknown>;
  readWidgetLog(client: unknown, params: { name: string }): Promise<string>;
}

let generated: GeneratedClient<Module>;
beforeAll(async () => {
  generated = await importGeneratedClient<Module>('test/fixtures/client/kubernetes-style.openapi.yaml');
}, 120_000);
afterAll(async () => {
  await generated.remove();
});

describe('Kubernetes-style query parameters', () => {
  it('sends an allowReserved parameter with its reserved characters, and a plain one as before', async () => {
    const urls: string[] = [];
    const recording = (async (input: RequestInfo | URL) => {
      urls.push(String(input));
      return new Response('{"name":"w"}', { status: 200, headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
    const client = generated.module.createClientCore({ baseUrl: 'https://k8s.test', fetch: recording });
    await expect(generated.module.listWidgets(client, { filter: 'a/b:c', limit: 5 })).resolves.toEqual({ name: 'w' });
    expect(urls).toEqual(['https://k8s.test/api/v1/widgets?filter=a/b:c&limit=5']);
  });

  it('reads a log answered as text/plain as the text it is', async () => {
    const accepts: (string | null)[] = [];
    const answering = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      accepts.push(new Headers(init?.headers).get('accept'));
      return new Response('line 1\n{"not": "json"}\n', { status: 200, headers: { 'content-type': 'text/plain' } });
    }) as typeof fetch;
    const client = generated.module.createClientCore({ baseUrl: 'https://k8s.test', fetch: answering });
    await expect(generated.module.readWidgetLog(client, { name: 'w' })).resolves.toBe('line 1\n{"not": "json"}\n');
    expect(accepts).toEqual(['*/*']);
  });
});
