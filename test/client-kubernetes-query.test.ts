// A Kubernetes-style API's query parameters: their recipes carry no style (queryRecipe), and a parameter with
// `allowReserved: true` must still be sent, its reserved characters kept as OpenAPI says (review finding of session
// 8: the recipe put `true` where the style goes and the call threw, `styles` being named only beyond Kubernetes).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importGeneratedClient, type GeneratedClient } from './support/generated-client.js';

interface Module {
  createClientCore(options: { baseUrl: string; fetch: typeof fetch }): unknown;
  listWidgets(client: unknown, params: { filter?: string; limit?: number }): Promise<unknown>;
}

let generated: GeneratedClient<Module>;
beforeAll(async () => {
  generated = await importGeneratedClient<Module>('test/fixtures/client/kubernetes-allow-reserved.openapi.yaml');
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
});
