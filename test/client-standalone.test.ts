// The generated client's standalone functions (one per method, taking the client) against a real HTTP server on
// loopback: the same requests as the methods, with a method-less core (what keeps a bundle to the operations it
// calls; test/scale.test.ts measures that on Kubernetes) or with a full client.
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as generated from '../generated/imagetag/src/client.js';
import {
  createClient,
  createClientCore,
  listAllNamespacedImageTag,
  readNamespacedImageTag,
  watchNamespacedImageTag,
} from '../generated/imagetag/src/client.js';
import type { ImageTag } from '../generated/imagetag/src/types.js';
import { json, startApiServer, type ApiServer } from './support/api-server.js';

const V1 = '/apis/image.openshift.io/v1';
const SECRET = 'sekret-Token-51c2e8';
const tag = (name: string): ImageTag => ({ apiVersion: 'image.openshift.io/v1', kind: 'ImageTag', metadata: { name } });

let server: ApiServer;
beforeAll(async () => {
  server = await startApiServer();
});
afterAll(() => server.close());

describe('standalone operation functions', () => {
  it('send what the methods send, from a core client and from a full one', async () => {
    const core = createClientCore({ baseUrl: server.url, token: SECRET });
    server.sequence(json(200, tag('ruby:3.1')), json(200, tag('ruby:3.2')));
    expect(await readNamespacedImageTag(core, { namespace: 'demo', name: 'ruby:3.1' })).toEqual(tag('ruby:3.1'));
    const client = createClient({ baseUrl: server.url, token: SECRET });
    expect(await readNamespacedImageTag(client, { namespace: 'demo', name: 'ruby:3.2' })).toEqual(tag('ruby:3.2'));
    await client.readNamespacedImageTag({ namespace: 'demo', name: 'ruby:3.2' });
    const [fromCore, fromClient, fromMethod] = server.requests;
    expect(fromCore?.rawPath).toBe(`${V1}/namespaces/demo/imagetags/ruby%3A3.1`);
    expect(fromCore?.headers['authorization']).toBe(`Bearer ${SECRET}`);
    expect(fromClient?.rawPath).toBe(fromMethod?.rawPath);
    expect(fromClient?.headers).toEqual(fromMethod?.headers);
  });

  it('exist for every method of the client, by the same name', () => {
    const methods = Object.keys(createClient({ baseUrl: server.url })).filter((key) => key !== 'withResponse');
    expect(methods.length).toBeGreaterThan(10);
    for (const method of methods)
      expect(typeof (generated as Record<string, unknown>)[method], method).toBe('function');
  });

  it('page through a list and stream a watch', async () => {
    const core = createClientCore({ baseUrl: server.url });
    server.sequence(
      json(200, { kind: 'ImageTagList', metadata: { continue: 'next' }, items: [tag('a:1')] }),
      json(200, { kind: 'ImageTagList', metadata: {}, items: [tag('b:1')] }),
    );
    const names: (string | undefined)[] = [];
    for await (const item of listAllNamespacedImageTag(core, { namespace: 'demo', limit: 1 }))
      names.push(item.metadata?.name);
    expect(names).toEqual(['a:1', 'b:1']);
    expect(server.requests.map((request) => request.query.get('continue'))).toEqual([null, 'next']);

    server.handle((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(`${JSON.stringify({ type: 'ADDED', object: tag('c:1') })}\n`);
    });
    const controller = new AbortController();
    for await (const event of watchNamespacedImageTag(core, { namespace: 'demo' }, { signal: controller.signal })) {
      expect(event.type).toBe('ADDED');
      if (event.type === 'ADDED') expect(event.object.metadata?.name).toBe('c:1');
      controller.abort();
      break;
    }
  });

  it('reject (never throw) a parameter refused while building the request', async () => {
    const core = createClientCore({ baseUrl: server.url });
    server.handle(json(200, {}));
    // Calling does not throw: it returns a promise that rejects.
    const pending = readNamespacedImageTag(core, { namespace: 'demo', name: '..' });
    expect(pending).toBeInstanceOf(Promise);
    await expect(pending).rejects.toThrow(/path parameter "name"/);
    expect(server.requests).toHaveLength(0);
  });

  it('validate nothing: response validation belongs to the methods of createClient', async () => {
    const malformed = { kind: 'ImageTag', metadata: { name: 42 } };
    const options = { baseUrl: server.url, validateResponses: 'response' as const };
    server.handle(json(200, malformed));
    expect(await readNamespacedImageTag(createClientCore(options), { namespace: 'demo', name: 'x' })).toEqual(
      malformed,
    );
    server.handle(json(200, malformed));
    await expect(createClient(options).readNamespacedImageTag({ namespace: 'demo', name: 'x' })).rejects.toThrow(
      /does not match its schema/,
    );
  });

  it('a logged or serialized client shows no credential (its configuration is not enumerable)', () => {
    for (const client of [
      createClient({ baseUrl: server.url, token: SECRET }),
      createClientCore({ baseUrl: server.url, token: SECRET }),
    ]) {
      expect(JSON.stringify(client)).not.toContain(SECRET);
      expect(inspect(client, { depth: 8 })).not.toContain(SECRET);
      expect(Object.keys(client)).not.toContain('$config');
    }
  });
});
