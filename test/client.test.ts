// The generated ImageTag client against a real HTTP server on loopback (node:http, port 0): what goes on the wire
// for every operation, every error path as a typed error, retries, paging, and kubectl (required) as a second
// reference for what a Kubernetes client sends.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify, inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AbortError,
  ApiError,
  NetworkError,
  ResponseValidationError,
  TimeoutError,
  createClient,
  type Client,
  type ClientOptions,
} from '../generated/imagetag/src/client.js';
import type { DeleteOptions, ImageTag, ImageTagList } from '../generated/imagetag/src/types.js';
import { json, sendJson, startApiServer, statusBody, type ApiServer, type Handler } from './support/api-server.js';
import { requiredTool } from './support/tools.js';

const example = (name: string): unknown =>
  JSON.parse(
    readFileSync(new URL(`./fixtures/imagetag-reference/examples/synthetic-${name}.json`, import.meta.url), 'utf8'),
  );
const getResponse = example('imagetag-get-response') as ImageTag;
const listResponse = example('imagetag-list-response') as ImageTagList;
const createRequest = example('imagetag-create-request') as ImageTag;

const V1 = '/apis/image.openshift.io/v1';
const TAG = `${V1}/namespaces/demo/imagetags/ruby%3A3.1`;
const SECRET = 'sekret-Token-7f3a9c';

let server: ApiServer;
beforeAll(async () => {
  server = await startApiServer();
});
afterAll(() => server.close());

const client = (options: Partial<ClientOptions> = {}): Client => createClient({ baseUrl: server.url, ...options });

/** The error a promise rejects with (fails when it resolves). */
async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof Error)) throw new Error(`rejected with a non-Error: ${String(error)}`);
    return error;
  }
  throw new Error('expected a rejection');
}

/** Every way an error can be shown or serialised: none may contain the secret. */
function expectNotLeaked(error: unknown, secret: string): void {
  const views = [
    String(error),
    error instanceof Error ? (error.stack ?? '') : '',
    inspect(error, { depth: 8, showHidden: true }),
    JSON.stringify(error, error instanceof Error ? Object.getOwnPropertyNames(error) : undefined),
  ];
  for (const view of views) expect(view).not.toContain(secret);
}

/** A handler that never answers (for timeouts and aborts); the server closes the socket at the end. */
const hang: Handler = () => undefined;

describe('every operation sends the right request', () => {
  it('listImageTagForAllNamespaces: GET, query serialised (booleans, integers, strings)', async () => {
    server.handle(json(200, listResponse));
    const list = await client().listImageTagForAllNamespaces({
      labelSelector: 'app=ruby,tier in (web)',
      fieldSelector: 'metadata.name=ruby:3.1',
      limit: 500,
      timeoutSeconds: 0,
      watch: false,
      allowWatchBookmarks: true,
      resourceVersion: '',
    });
    expect(list).toEqual(listResponse);
    const [request] = server.requests;
    expect(request?.method).toBe('GET');
    expect(request?.rawPath).toBe(`${V1}/imagetags`);
    expect(Object.fromEntries(request!.query)).toEqual({
      labelSelector: 'app=ruby,tier in (web)',
      fieldSelector: 'metadata.name=ruby:3.1',
      limit: '500',
      timeoutSeconds: '0',
      watch: 'false',
      allowWatchBookmarks: 'true',
      resourceVersion: '',
    });
    // Undefined parameters are left out, not sent as "undefined".
    expect(request?.target).not.toMatch(/undefined|null/);
    expect(request?.headers.accept).toBe('application/json');
    expect(request?.headers['content-type']).toBeUndefined();
    expect(request?.body).toBe('');
  });

  it('listImageTagForAllNamespaces without parameters sends no query', async () => {
    server.handle(json(200, listResponse));
    await client().listImageTagForAllNamespaces();
    expect(server.requests[0]?.target).toBe(`${V1}/imagetags`);
  });

  it('listNamespacedImageTag: GET in the namespace', async () => {
    server.handle(json(200, listResponse));
    await client().listNamespacedImageTag({ namespace: 'demo', sendInitialEvents: true, limit: 1 });
    expect(server.requests[0]?.method).toBe('GET');
    expect(server.requests[0]?.target).toBe(`${V1}/namespaces/demo/imagetags?limit=1&sendInitialEvents=true`);
  });

  it('createNamespacedImageTag: POST, JSON body, application/json', async () => {
    server.handle(json(201, getResponse));
    const created = await client().createNamespacedImageTag({
      namespace: 'demo',
      body: createRequest,
      dryRun: 'All',
      fieldManager: 'specgen',
      fieldValidation: 'Strict',
    });
    expect(created).toEqual(getResponse);
    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.rawPath).toBe(`${V1}/namespaces/demo/imagetags`);
    expect(Object.fromEntries(request!.query)).toEqual({
      dryRun: 'All',
      fieldManager: 'specgen',
      fieldValidation: 'Strict',
    });
    expect(request?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request!.body)).toEqual(createRequest);
  });

  it('readNamespacedImageTag: GET the named tag', async () => {
    server.handle(json(200, getResponse));
    const tag = await client().readNamespacedImageTag({ namespace: 'demo', name: 'ruby:3.1', pretty: 'true' });
    expect(tag).toEqual(getResponse);
    expect(server.requests[0]?.method).toBe('GET');
    expect(server.requests[0]?.target).toBe(`${TAG}?pretty=true`);
    expect(server.requests[0]?.body).toBe('');
  });

  it('replaceNamespacedImageTag: PUT, JSON body', async () => {
    server.handle(json(200, getResponse));
    await client().replaceNamespacedImageTag({ namespace: 'demo', name: 'ruby:3.1', body: getResponse });
    const [request] = server.requests;
    expect(request?.method).toBe('PUT');
    expect(request?.target).toBe(TAG);
    expect(request?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request!.body)).toEqual(getResponse);
  });

  const patches = [
    {
      type: 'json',
      contentType: 'application/json-patch+json',
      params: {
        patch: { type: 'json', operations: [{ op: 'replace', path: '/spec/name', value: '3.1' }] },
        fieldManager: 'me',
      },
      body: [{ op: 'replace', path: '/spec/name', value: '3.1' }],
      query: { fieldManager: 'me' },
    },
    {
      type: 'merge',
      contentType: 'application/merge-patch+json',
      params: { patch: { type: 'merge', body: { spec: { annotations: null } } } },
      body: { spec: { annotations: null } },
      query: {},
    },
    {
      type: 'strategic-merge',
      contentType: 'application/strategic-merge-patch+json',
      params: { patch: { type: 'strategic-merge', body: { metadata: { labels: { a: 'b' } } } }, dryRun: 'All' },
      body: { metadata: { labels: { a: 'b' } } },
      query: { dryRun: 'All' },
    },
    {
      type: 'apply',
      contentType: 'application/apply-patch+yaml',
      params: {
        patch: {
          type: 'apply',
          body: { apiVersion: 'image.openshift.io/v1', kind: 'ImageTag', spec: { name: '3.1' } },
        },
        fieldManager: 'me',
        force: true,
      },
      body: { apiVersion: 'image.openshift.io/v1', kind: 'ImageTag', spec: { name: '3.1' } },
      query: { fieldManager: 'me', force: 'true' },
    },
  ] as const;
  it.each(patches)('patchNamespacedImageTag ($type): PATCH with $contentType', async (patch) => {
    server.handle(json(200, getResponse));
    const result = await client().patchNamespacedImageTag({ namespace: 'demo', name: 'ruby:3.1', ...patch.params });
    expect(result).toEqual(getResponse);
    const [request] = server.requests;
    expect(request?.method).toBe('PATCH');
    expect(request?.rawPath).toBe(TAG);
    expect(Object.fromEntries(request!.query)).toEqual(patch.query);
    expect(request?.headers['content-type']).toBe(patch.contentType);
    expect(JSON.parse(request!.body)).toEqual(patch.body);
  });

  it('patchNamespacedImageTag refuses an unknown patch type before sending', async () => {
    server.handle(json(200, getResponse));
    const patch = { type: 'yaml', body: {} } as unknown as { type: 'merge'; body: object };
    const error = await failure(client().patchNamespacedImageTag({ namespace: 'demo', name: 'x:y', patch }));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toMatch(/patch\.type must be one of/);
    expect(server.requests).toEqual([]);
  });

  it('deleteNamespacedImageTag: DELETE with a DeleteOptions body and query', async () => {
    const status = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', details: { name: 'ruby:3.1' } };
    server.handle(json(200, status));
    const body: DeleteOptions = {
      kind: 'DeleteOptions',
      apiVersion: 'v1',
      propagationPolicy: 'Foreground',
      preconditions: { resourceVersion: '48213' },
    };
    const result = await client().deleteNamespacedImageTag({
      namespace: 'demo',
      name: 'ruby:3.1',
      gracePeriodSeconds: 0,
      orphanDependents: false,
      body,
    });
    expect(result).toEqual(status);
    const [request] = server.requests;
    expect(request?.method).toBe('DELETE');
    expect(request?.rawPath).toBe(TAG);
    expect(Object.fromEntries(request!.query)).toEqual({ gracePeriodSeconds: '0', orphanDependents: 'false' });
    expect(request?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request!.body)).toEqual(body);
  });

  it('deleteNamespacedImageTag without a body sends none and no content type', async () => {
    server.handle(json(200, { kind: 'Status', apiVersion: 'v1', status: 'Success' }));
    await client().deleteNamespacedImageTag({ namespace: 'demo', name: 'ruby:3.1' });
    expect(server.requests[0]?.body).toBe('');
    expect(server.requests[0]?.headers['content-type']).toBeUndefined();
  });
});

describe('path parameters', () => {
  it.each(['ruby:3.1', '../x', 'a/b', 'a?b#c', '%2F..%2F', 'spaces and ünïcode', '..%2f'])(
    'name %j stays one percent-encoded segment',
    async (name) => {
      server.handle(json(200, getResponse));
      await client().readNamespacedImageTag({ namespace: 'demo', name });
      const path = server.requests[0]!.rawPath;
      const prefix = `${V1}/namespaces/demo/imagetags/`;
      expect(path.startsWith(prefix)).toBe(true);
      const segment = path.slice(prefix.length);
      expect(segment).not.toMatch(/[/?#]/);
      expect(decodeURIComponent(segment)).toBe(name);
      expect(server.requests[0]?.query.size).toBe(0);
    },
  );

  it.each([
    ['name', '.'],
    ['name', '..'],
    ['name', ''],
    ['namespace', '..'],
    ['namespace', ''],
  ])('%s %j is refused before sending', async (which, value) => {
    server.handle(json(200, getResponse));
    const params = { namespace: 'demo', name: 'ruby:3.1', [which]: value };
    const error = await failure(client().readNamespacedImageTag(params));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toContain(`"${which}"`);
    expect(server.requests).toEqual([]);
  });
});

describe('credentials and headers', () => {
  it('sends a string token as a bearer token', async () => {
    server.handle(json(200, getResponse));
    await client({ token: SECRET }).readNamespacedImageTag({ namespace: 'demo', name: 'ruby:3.1' });
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${SECRET}`);
  });

  it('calls a token function before each request, so tokens rotate', async () => {
    server.handle(json(200, getResponse));
    let calls = 0;
    const c = client({
      token: async () => {
        await Promise.resolve();
        return `rotated-${++calls}`;
      },
    });
    await c.readNamespacedImageTag({ namespace: 'demo', name: 'a:b' });
    await c.readNamespacedImageTag({ namespace: 'demo', name: 'a:b' });
    await c.listNamespacedImageTag({ namespace: 'demo' });
    expect(server.requests.map((request) => request.headers.authorization)).toEqual([
      'Bearer rotated-1',
      'Bearer rotated-2',
      'Bearer rotated-3',
    ]);
  });

  it('sends client-wide and per-request headers, and the user agent', async () => {
    server.handle(json(200, getResponse));
    await client({
      headers: { 'X-Team': 'a', 'X-Both': 'client' },
      userAgent: 'specgen-test/1.0',
    }).readNamespacedImageTag({ namespace: 'demo', name: 'a:b' }, { headers: { 'X-Both': 'request' } });
    const headers = server.requests[0]!.headers;
    expect(headers['x-team']).toBe('a');
    expect(headers['x-both']).toBe('request');
    expect(headers['user-agent']).toBe('specgen-test/1.0');
  });

  it.each([
    ['client header', { headers: { 'X-Evil': 'a\r\nX-Injected: 1' } }, undefined],
    ['request header', {}, { headers: { 'X-Evil': 'a\nb' } }],
    ['header name', {}, { headers: { 'X-Evil\r\nX-Injected': 'a' } }],
    ['user agent', { userAgent: 'ua\r\nX-Injected: 1' }, undefined],
    ['token', { token: `${SECRET}\r\nX-Injected: 1` }, undefined],
    ['token function', { token: () => `${SECRET}\n` }, undefined],
  ] as const)('refuses CR/LF in a %s before sending', async (_what, options, request) => {
    server.handle(json(200, getResponse));
    const error = await failure(
      client(options as Partial<ClientOptions>).readNamespacedImageTag({ namespace: 'demo', name: 'a:b' }, request),
    );
    expect(error).toBeInstanceOf(TypeError);
    expectNotLeaked(error, SECRET);
    expect(server.requests).toEqual([]);
  });

  it('keeps a path prefix of the base URL', async () => {
    server.handle(json(200, getResponse));
    await createClient({ baseUrl: `${server.url}/k8s/cluster-1/` }).readNamespacedImageTag({
      namespace: 'demo',
      name: 'ruby:3.1',
    });
    expect(server.requests[0]?.target).toBe(`/k8s/cluster-1${TAG}`);
  });

  it('sends user:password of the base URL as basic auth and never shows it', async () => {
    const password = 'p@ss:w0rd-Secret';
    const baseUrl = `http://alice:${encodeURIComponent(password)}@127.0.0.1:${server.port}/prefix`;
    server.handle(json(404, statusBody(404, 'NotFound', 'imagetags.image.openshift.io "ruby:3.1" not found')));
    const error = await failure(
      createClient({ baseUrl }).readNamespacedImageTag({ namespace: 'demo', name: 'ruby:3.1' }),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).url).toBe(`http://127.0.0.1:${server.port}/prefix${TAG}`);
    expect(server.requests[0]?.headers.authorization).toBe(
      `Basic ${Buffer.from(`alice:${password}`).toString('base64')}`,
    );
    expect(server.requests[0]?.rawPath).toBe(`/prefix${TAG}`);
    expectNotLeaked(error, password);
    expectNotLeaked(error, encodeURIComponent(password));
  });

  it('prefers a token over user:password', async () => {
    server.handle(json(200, getResponse));
    await createClient({ baseUrl: `http://alice:pw@127.0.0.1:${server.port}`, token: SECRET }).readNamespacedImageTag({
      namespace: 'demo',
      name: 'ruby:3.1',
    });
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${SECRET}`);
  });

  it('refuses a malformed base URL without echoing it', () => {
    expect(() => createClient({ baseUrl: `http://alice:${SECRET}@[::1` })).toThrow(TypeError);
    try {
      createClient({ baseUrl: `http://alice:${SECRET}@[::1` });
    } catch (error) {
      expectNotLeaked(error, SECRET);
    }
    expect(() => createClient({ baseUrl: 'file:///etc/passwd' })).toThrow(/http: or https:/);
    expect(() => createClient({ baseUrl: `${server.url}/?x=1` })).toThrow(/query/);
  });
});

describe('every error path yields a typed error', () => {
  it('404 NotFound Status → ApiError with the decoded Status', async () => {
    const body = statusBody(404, 'NotFound', 'imagetags.image.openshift.io "ruby:3.1" not found', {
      name: 'ruby:3.1',
      group: 'image.openshift.io',
      kind: 'imagetags',
    });
    server.handle(json(404, body));
    const error = await failure(client().readNamespacedImageTag({ namespace: 'demo', name: 'ruby:3.1' }));
    expect(error).toBeInstanceOf(ApiError);
    const api = error as ApiError;
    expect(api.name).toBe('ApiError');
    expect(api.status).toBe(404);
    expect(api.reason).toBe('NotFound');
    expect(api.method).toBe('GET');
    expect(api.url).toBe(`${server.url}${TAG}`);
    expect(api.apiStatus).toEqual(body);
    expect(api.apiStatus?.details?.name).toBe('ruby:3.1');
    expect(api.message).toBe(
      `GET ${server.url}${TAG}: 404 NotFound: imagetags.image.openshift.io "ruby:3.1" not found`,
    );
  });

  it('409 Conflict → ApiError with reason Conflict', async () => {
    server.handle(json(409, statusBody(409, 'AlreadyExists', 'imagetags "ruby:3.1" already exists')));
    const exists = await failure(client().createNamespacedImageTag({ namespace: 'demo', body: createRequest }));
    expect((exists as ApiError).reason).toBe('AlreadyExists');
    const message = 'Operation cannot be fulfilled on imagetags "ruby:3.1": the object has been modified';
    server.handle(json(409, statusBody(409, 'Conflict', message)));
    const error = await failure(
      client().replaceNamespacedImageTag({ namespace: 'demo', name: 'ruby:3.1', body: getResponse }),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(409);
    expect((error as ApiError).reason).toBe('Conflict');
    expect(error.message).toContain(message);
  });

  it('422 Invalid with causes → ApiError whose apiStatus lists the causes', async () => {
    const causes = [
      { reason: 'FieldValueInvalid', message: 'Invalid value: "ruby": must be <stream>:<tag>', field: 'metadata.name' },
      { reason: 'FieldValueRequired', message: 'Required value', field: 'spec.from.name' },
    ];
    server.handle(
      json(422, statusBody(422, 'Invalid', 'ImageTag.image.openshift.io "ruby" is invalid', { name: 'ruby', causes })),
    );
    const error = await failure(client().createNamespacedImageTag({ namespace: 'demo', body: createRequest }));
    expect(error).toBeInstanceOf(ApiError);
    const api = error as ApiError;
    expect(api.status).toBe(422);
    expect(api.reason).toBe('Invalid');
    expect(api.apiStatus?.details?.causes).toEqual(causes);
    expect(api.apiStatus?.details?.causes?.map((cause) => cause.field)).toEqual(['metadata.name', 'spec.from.name']);
  });

  it('500 with a non-JSON body → ApiError with the text as body', async () => {
    server.handle((_request, response) => {
      response.writeHead(500, { 'content-type': 'text/html' });
      response.end('<html><body>upstream connect error</body></html>');
    });
    const error = await failure(client().listNamespacedImageTag({ namespace: 'demo' }));
    expect(error).toBeInstanceOf(ApiError);
    const api = error as ApiError;
    expect(api.status).toBe(500);
    expect(api.apiStatus).toBeUndefined();
    expect(api.reason).toBeUndefined();
    expect(api.body).toBe('<html><body>upstream connect error</body></html>');
    expect(api.message).toContain('500: <html>');
  });

  it('500 claiming JSON with a broken body → ApiError with the text', async () => {
    server.handle((_request, response) => {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end('{"kind": "Status", truncated');
    });
    const error = await failure(client().listNamespacedImageTag({ namespace: 'demo' }));
    expect((error as ApiError).status).toBe(500);
    expect((error as ApiError).body).toBe('{"kind": "Status", truncated');
  });

  it('a 2xx that is not JSON where JSON is expected → ApiError', async () => {
    server.handle((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end('hello from a proxy');
    });
    const error = await failure(client().readNamespacedImageTag({ namespace: 'demo', name: 'a:b' }));
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(200);
  });

  it('no answer within timeoutMs → TimeoutError (client-wide and per request)', async () => {
    server.handle(hang);
    const started = Date.now();
    const error = await failure(client({ timeoutMs: 50 }).readNamespacedImageTag({ namespace: 'demo', name: 'a:b' }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(50);
    expect(Date.now() - started).toBeLessThan(2000);
    const perRequest = await failure(
      client({ timeoutMs: 60_000 }).readNamespacedImageTag({ namespace: 'demo', name: 'a:b' }, { timeoutMs: 30 }),
    );
    expect(perRequest).toBeInstanceOf(TimeoutError);
    expect(perRequest.message).toMatch(/timed out after 30 ms/);
  });

  it('a body that stalls past timeoutMs → TimeoutError', async () => {
    server.handle((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      response.write('{"kind":"ImageTag",');
    });
    const error = await failure(client({ timeoutMs: 80 }).readNamespacedImageTag({ namespace: 'demo', name: 'a:b' }));
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it("the caller's signal → AbortError, with the reason as cause", async () => {
    const controller = new AbortController();
    const reason = new Error('user navigated away');
    server.handle(() => controller.abort(reason));
    const error = await failure(
      client().readNamespacedImageTag({ namespace: 'demo', name: 'a:b' }, { signal: controller.signal }),
    );
    expect(error).toBeInstanceOf(AbortError);
    expect(error.cause).toBe(reason);
    expect(server.requests).toHaveLength(1);
  });

  it('an already aborted signal → AbortError without sending', async () => {
    server.handle(json(200, getResponse));
    const error = await failure(
      client().readNamespacedImageTag({ namespace: 'demo', name: 'a:b' }, { signal: AbortSignal.abort() }),
    );
    expect(error).toBeInstanceOf(AbortError);
    expect(server.requests).toEqual([]);
  });

  it('a dropped connection → NetworkError (before the answer and in the middle of the body)', async () => {
    server.handle((_request, _response, raw) => raw.socket.destroy());
    const before = await failure(client().readNamespacedImageTag({ namespace: 'demo', name: 'a:b' }));
    expect(before).toBeInstanceOf(NetworkError);
    expect(before.cause).toBeDefined();
    expect((before as NetworkError).method).toBe('GET');
    server.handle((_request, response, raw) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      response.write('{"kind":"ImageTag",', () => setTimeout(() => raw.socket.destroy(), 10));
    });
    const during = await failure(client().readNamespacedImageTag({ namespace: 'demo', name: 'a:b' }));
    expect(during).toBeInstanceOf(NetworkError);
  });

  it('a refused connection → NetworkError', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const error = await failure(
      createClient({ baseUrl: `http://127.0.0.1:${port}` }).readNamespacedImageTag({ namespace: 'demo', name: 'a:b' }),
    );
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.message).toContain(`GET http://127.0.0.1:${port}/`);
  });

  it('the token never appears in any error, message, property or thrown text', async () => {
    const errors: unknown[] = [];
    const scenarios: Handler[] = [
      json(404, statusBody(404, 'NotFound', 'not found')),
      json(401, statusBody(401, 'Unauthorized', 'Unauthorized')),
      (_request, response) => response.writeHead(500, { 'content-type': 'text/plain' }).end('oops'),
      (_request, _response, raw) => raw.socket.destroy(),
      hang,
      json(200, { kind: 'ImageTag', metadata: { name: 42 } }),
      json(503, statusBody(503, 'ServiceUnavailable', 'busy'), { 'retry-after': '0' }),
    ];
    for (const scenario of scenarios) {
      server.handle(scenario);
      for (const token of [SECRET, async () => SECRET]) {
        const c = client({ token, timeoutMs: 100, validateResponses: 'response', retry: { retries: 1 } });
        errors.push(await failure(c.readNamespacedImageTag({ namespace: 'demo', name: 'a:b' })));
      }
    }
    server.handle(hang);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    errors.push(
      await failure(
        client({ token: SECRET }).readNamespacedImageTag(
          { namespace: 'demo', name: 'a:b' },
          { signal: controller.signal },
        ),
      ),
    );
    expect(errors.map((error) => (error as Error).name)).toEqual([
      ...['ApiError', 'ApiError', 'ApiError', 'ApiError', 'ApiError', 'ApiError'],
      ...['NetworkError', 'NetworkError', 'TimeoutError', 'TimeoutError'],
      ...['ResponseValidationError', 'ResponseValidationError', 'ApiError', 'ApiError', 'AbortError'],
    ]);
    for (const error of errors) expectNotLeaked(error, SECRET);
  });
});

describe('validateResponses', () => {
  it("'response' accepts real responses with Go nulls (the synthetic examples)", async () => {
    const c = client({ validateResponses: 'response' });
    server.handle(json(200, getResponse));
    expect(await c.readNamespacedImageTag({ namespace: 'demo', name: 'ruby:3.1' })).toEqual(getResponse);
    server.handle(json(200, listResponse));
    expect(await c.listNamespacedImageTag({ namespace: 'demo' })).toEqual(listResponse);
    expect(await c.listImageTagForAllNamespaces()).toEqual(listResponse);
    server.handle(json(201, getResponse));
    expect(await c.createNamespacedImageTag({ namespace: 'demo', body: createRequest })).toEqual(getResponse);
  });

  it("'response' rejects a malformed body with ResponseValidationError", async () => {
    const malformed = { ...getResponse, metadata: { name: 42 }, spec: { from: { kind: 7 } } };
    server.handle(json(200, malformed));
    const error = await failure(
      client({ validateResponses: 'response' }).readNamespacedImageTag({ namespace: 'demo', name: 'ruby:3.1' }),
    );
    expect(error).toBeInstanceOf(ResponseValidationError);
    const invalid = error as ResponseValidationError;
    expect(invalid.status).toBe(200);
    expect(invalid.body).toEqual(malformed);
    expect(invalid.errors.map((fieldError) => fieldError.path)).toEqual(
      expect.arrayContaining(['metadata.name', 'spec.from.kind']),
    );
    expect(invalid.message).toContain('does not match its schema');
  });

  it("'off' (the default) returns the body as sent", async () => {
    const malformed = { kind: 'ImageTag', metadata: { name: 42 } };
    server.handle(json(200, malformed));
    expect(await client().readNamespacedImageTag({ namespace: 'demo', name: 'ruby:3.1' })).toEqual(malformed);
  });
});

describe('retries', () => {
  const busy = (status: 429 | 503, retryAfter?: string): Handler =>
    json(
      status,
      statusBody(status, status === 429 ? 'TooManyRequests' : 'ServiceUnavailable', 'try again'),
      retryAfter === undefined ? {} : { 'retry-after': retryAfter },
    );

  it('retries a GET on 429 and 503, honouring Retry-After in seconds and as a date', async () => {
    server.sequence(busy(503, '0'), busy(429, new Date(Date.now() - 60_000).toUTCString()), json(200, getResponse));
    let tokens = 0;
    // A backoff of a minute: the test only finishes in time because Retry-After (0, a past date) wins.
    const c = client({ retry: { baseDelayMs: 60_000 }, token: () => `t${++tokens}` });
    const started = Date.now();
    expect(await c.readNamespacedImageTag({ namespace: 'demo', name: 'a:b' })).toEqual(getResponse);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(server.requests.map((request) => request.method)).toEqual(['GET', 'GET', 'GET']);
    // The token is fetched again for each attempt.
    expect(server.requests.map((request) => request.headers.authorization)).toEqual([
      'Bearer t1',
      'Bearer t2',
      'Bearer t3',
    ]);
  });

  it('waits as long as Retry-After says, capped by maxDelayMs', async () => {
    server.sequence(busy(503, '1'), json(200, getResponse));
    const started = Date.now();
    await client({ retry: { maxDelayMs: 60 } }).readNamespacedImageTag({ namespace: 'demo', name: 'a:b' });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(50);
    expect(elapsed).toBeLessThan(900);
    expect(server.requests).toHaveLength(2);
  });

  it('backs off exponentially from baseDelayMs without Retry-After', async () => {
    server.sequence(busy(429), busy(429), json(200, getResponse));
    const started = Date.now();
    await client({ retry: { baseDelayMs: 20 } }).readNamespacedImageTag({ namespace: 'demo', name: 'a:b' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(55); // 20 + 40
    expect(server.requests).toHaveLength(3);
  });

  it('bounds the number of retries, then reports the last answer', async () => {
    server.handle(busy(503, '0'));
    const error = await failure(client({ retry: { retries: 2 } }).listNamespacedImageTag({ namespace: 'demo' }));
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(503);
    expect(server.requests).toHaveLength(3);
    server.handle(busy(503, '0'));
    await failure(client({ retry: true }).listNamespacedImageTag({ namespace: 'demo' }));
    expect(server.requests).toHaveLength(4); // the default: 3 retries
  });

  it('does not retry without the option, or on other statuses', async () => {
    server.handle(busy(503, '0'));
    await failure(client().readNamespacedImageTag({ namespace: 'demo', name: 'a:b' }));
    expect(server.requests).toHaveLength(1);
    server.handle(json(500, statusBody(500, 'InternalError', 'boom'), { 'retry-after': '0' }));
    await failure(client({ retry: true }).readNamespacedImageTag({ namespace: 'demo', name: 'a:b' }));
    expect(server.requests).toHaveLength(1);
  });

  it('retries writes only with methods: "all", resending the same body', async () => {
    server.handle(busy(429, '0'));
    const once = await failure(
      client({ retry: { baseDelayMs: 1 } }).createNamespacedImageTag({ namespace: 'demo', body: createRequest }),
    );
    expect((once as ApiError).status).toBe(429);
    expect(server.requests).toHaveLength(1);
    for (const method of ['PATCH', 'DELETE'] as const) {
      server.handle(busy(503, '0'));
      const c = client({ retry: { baseDelayMs: 1 } });
      await failure(
        method === 'PATCH'
          ? c.patchNamespacedImageTag({ namespace: 'demo', name: 'a:b', patch: { type: 'merge', body: {} } })
          : c.deleteNamespacedImageTag({ namespace: 'demo', name: 'a:b' }),
      );
      expect(server.requests.map((request) => request.method)).toEqual([method]);
    }
    server.sequence(busy(503, '0'), json(201, getResponse));
    const created = await client({ retry: { methods: 'all', baseDelayMs: 1 } }).createNamespacedImageTag({
      namespace: 'demo',
      body: createRequest,
    });
    expect(created).toEqual(getResponse);
    expect(server.requests.map((request) => request.method)).toEqual(['POST', 'POST']);
    expect(server.requests[1]?.body).toBe(server.requests[0]?.body);
    expect(JSON.parse(server.requests[1]!.body)).toEqual(createRequest);
  });

  it('an abort while waiting to retry → AbortError', async () => {
    server.handle(busy(503, '30'));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const error = await failure(
      client({ retry: true }).readNamespacedImageTag({ namespace: 'demo', name: 'a:b' }, { signal: controller.signal }),
    );
    expect(error).toBeInstanceOf(AbortError);
    expect(server.requests).toHaveLength(1);
  });

  it('a timeout while waiting to retry → TimeoutError', async () => {
    server.handle(busy(503, '30'));
    const error = await failure(
      client({ retry: true, timeoutMs: 40 }).readNamespacedImageTag({ namespace: 'demo', name: 'a:b' }),
    );
    expect(error).toBeInstanceOf(TimeoutError);
  });
});

describe('listAll follows continue', () => {
  const tag = (name: string): ImageTag => ({ ...getResponse, metadata: { ...getResponse.metadata, name } });
  const pages: Handler = (request, response) => {
    const token = request.query.get('continue');
    const page =
      token === null
        ? { items: [tag('a:1'), tag('a:2')], next: 'c1' }
        : token === 'c1'
          ? { items: [tag('a:3')], next: 'c2 with/odd&chars' }
          : token === 'c2 with/odd&chars'
            ? { items: null, next: 'c3' } // Go's nil slice
            : { items: [tag('a:4')], next: undefined };
    sendJson(response, 200, {
      kind: 'ImageTagList',
      apiVersion: 'image.openshift.io/v1',
      metadata: { resourceVersion: '1', ...(page.next === undefined ? {} : { continue: page.next }) },
      items: page.items,
    });
  };

  it('listAllNamespacedImageTag yields every item of every page, keeping the other parameters', async () => {
    server.handle(pages);
    const names: string[] = [];
    for await (const item of client().listAllNamespacedImageTag({
      namespace: 'demo',
      limit: 2,
      labelSelector: 'a=b',
    })) {
      names.push(item.metadata?.name ?? '');
    }
    expect(names).toEqual(['a:1', 'a:2', 'a:3', 'a:4']);
    expect(server.requests.map((request) => request.query.get('continue'))).toEqual([
      null,
      'c1',
      'c2 with/odd&chars',
      'c3',
    ]);
    for (const request of server.requests) {
      expect(request.rawPath).toBe(`${V1}/namespaces/demo/imagetags`);
      expect(request.query.get('limit')).toBe('2');
      expect(request.query.get('labelSelector')).toBe('a=b');
    }
  });

  it('listAllImageTagForAllNamespaces pages too, and stops on an empty continue', async () => {
    server.handle(json(200, { ...listResponse, metadata: { continue: '' } }));
    const items = [];
    for await (const item of client().listAllImageTagForAllNamespaces()) items.push(item);
    expect(items).toEqual(listResponse.items);
    expect(server.requests).toHaveLength(1);
  });

  it('a failing page rejects the iteration with the typed error', async () => {
    server.sequence(pages, json(410, statusBody(410, 'Expired', 'the continue token has expired')));
    const names: string[] = [];
    const iterate = async () => {
      for await (const item of client().listAllNamespacedImageTag({ namespace: 'demo', limit: 2 })) {
        names.push(item.metadata?.name ?? '');
      }
    };
    const error = await failure(iterate());
    expect((error as ApiError).reason).toBe('Expired');
    expect(names).toEqual(['a:1', 'a:2']);
  });
});

// Never called: the `@ts-expect-error` lines are checked by `npm run typecheck` (vitest does not type-check).
export function typeLevelTests(c: Client): void {
  const at = { namespace: 'demo', name: 'ruby:3.1' };
  // @ts-expect-error server-side apply requires a fieldManager
  void c.patchNamespacedImageTag({ ...at, patch: { type: 'apply', body: {} } });
  // @ts-expect-error force is for server-side apply only
  void c.patchNamespacedImageTag({ ...at, force: true, patch: { type: 'merge', body: {} } });
  // @ts-expect-error force is for server-side apply only, with a fieldManager as well
  void c.patchNamespacedImageTag({ ...at, fieldManager: 'me', force: false, patch: { type: 'json', operations: [] } });
  // @ts-expect-error the namespace is required
  void c.readNamespacedImageTag({ name: 'ruby:3.1' });
  // @ts-expect-error a create needs a body
  void c.createNamespacedImageTag({ namespace: 'demo' });
  // @ts-expect-error not a patch type
  void c.patchNamespacedImageTag({ ...at, patch: { type: 'yaml', body: {} } });
  // @ts-expect-error a JSON Patch "add" needs a value
  void c.patchNamespacedImageTag({ ...at, patch: { type: 'json', operations: [{ op: 'add', path: '/a' }] } });
  // @ts-expect-error limit is an integer, not a string
  void c.listNamespacedImageTag({ namespace: 'demo', limit: '5' });
  // @ts-expect-error a merge patch is a partial ImageTag: spec.name is a string
  void c.patchNamespacedImageTag({ ...at, patch: { type: 'merge', body: { spec: { name: 3 } } } });
  // Allowed: apply with a fieldManager and force; merge patches may delete with null.
  void c.patchNamespacedImageTag({ ...at, fieldManager: 'me', force: true, patch: { type: 'apply', body: {} } });
  void c.patchNamespacedImageTag({ ...at, patch: { type: 'merge', body: { spec: { annotations: null } } } });
  void c.listImageTagForAllNamespaces();
}

// kubectl as a second reference: for the same patch, it and our client must send the same method, path (decoded:
// kubectl does not escape ':'), content type and body.
describe('kubectl agrees on what goes on the wire', () => {
  const kubectl = requiredTool('kubectl', 'test/client.test.ts');
  const discovery: Record<string, unknown> = {
    '/version': { major: '1', minor: '32', gitVersion: 'v1.32.0' },
    '/api': { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [] },
    '/api/v1': { kind: 'APIResourceList', groupVersion: 'v1', resources: [] },
    '/apis': {
      kind: 'APIGroupList',
      apiVersion: 'v1',
      groups: [
        {
          name: 'image.openshift.io',
          versions: [{ groupVersion: 'image.openshift.io/v1', version: 'v1' }],
          preferredVersion: { groupVersion: 'image.openshift.io/v1', version: 'v1' },
        },
      ],
    },
    [V1]: {
      kind: 'APIResourceList',
      apiVersion: 'v1',
      groupVersion: 'image.openshift.io/v1',
      resources: [
        {
          name: 'imagetags',
          singularName: 'imagetag',
          namespaced: true,
          kind: 'ImageTag',
          verbs: ['create', 'delete', 'get', 'list', 'patch', 'update'],
        },
      ],
    },
  };
  const serve: Handler = (request, response) =>
    sendJson(
      response,
      200,
      discovery[request.rawPath] ?? (request.method === 'DELETE' ? { kind: 'Status' } : getResponse),
    );
  let home: string;
  beforeAll(() => {
    home = mkdtempSync(join(tmpdir(), 'specgen-kubectl-'));
  });
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  /** Runs kubectl against the loopback server and returns its non-discovery requests. */
  async function viaKubectl(...args: string[]) {
    server.handle(serve);
    await promisify(execFile)(kubectl, ['--server', server.url, '--cache-dir', join(home, 'cache'), ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: home, KUBECONFIG: join(home, 'none') },
      timeout: 10_000,
    });
    return server.requests.filter((request) => !(request.rawPath in discovery));
  }

  async function viaClient(call: (c: Client) => Promise<unknown>) {
    server.handle(serve);
    await call(client());
    return server.requests;
  }

  const wire = (requests: { method: string; rawPath: string; headers: { 'content-type'?: string }; body: string }[]) =>
    requests.map((request) => ({
      method: request.method,
      path: decodeURIComponent(request.rawPath),
      contentType: request.headers['content-type'],
      body: request.body === '' ? undefined : (JSON.parse(request.body) as unknown),
    }));

  const at = { namespace: 'demo', name: 'ruby:3.1', fieldManager: 'kubectl-patch' };
  it.each([
    ['merge', '{"spec":{"annotations":null}}'],
    ['json', '[{"op":"replace","path":"/spec/name","value":"3.1"}]'],
    ['strategic', '{"metadata":{"labels":{"a":"b"}}}'],
  ] as const)('kubectl patch --type %s', async (type, patch) => {
    const theirs = await viaKubectl('patch', 'imagetags', 'ruby:3.1', '-n', 'demo', '--type', type, '-p', patch);
    const patchRequests = theirs.filter((request) => request.method === 'PATCH');
    expect(patchRequests).toHaveLength(1);
    const body = JSON.parse(patch) as never;
    const ours = await viaClient((c) =>
      c.patchNamespacedImageTag({
        ...at,
        patch:
          type === 'json'
            ? { type: 'json', operations: body }
            : { type: type === 'merge' ? 'merge' : 'strategic-merge', body },
      }),
    );
    expect(wire(ours)).toEqual(wire(patchRequests));
    expect(Object.fromEntries(ours[0]!.query)).toEqual(Object.fromEntries(patchRequests[0]!.query));
  });

  it('kubectl delete sends DeleteOptions as a JSON body, as we do', async () => {
    const theirs = await viaKubectl('delete', 'imagetags', 'ruby:3.1', '-n', 'demo', '--wait=false');
    const ours = await viaClient((c) =>
      c.deleteNamespacedImageTag({ namespace: 'demo', name: 'ruby:3.1', body: { propagationPolicy: 'Background' } }),
    );
    expect(wire(ours)).toEqual(wire(theirs.filter((request) => request.method === 'DELETE')));
  });

  it('kubectl get --raw reads the same path', async () => {
    const theirs = await viaKubectl('get', '--raw', `${V1}/namespaces/demo/imagetags/ruby:3.1`);
    const ours = await viaClient((c) => c.readNamespacedImageTag({ namespace: 'demo', name: 'ruby:3.1' }));
    expect(wire(ours)).toEqual(wire(theirs));
  });
});
