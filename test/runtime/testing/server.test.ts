// The fake server over HTTP on loopback, with a hand-written resource table: the server rules (status subresource,
// generation, finalizers, preconditions, dry run, field validation, paging) and failing safe on bad requests.
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeServer, type FakeServer, type FakeServerOptions } from '../../../runtime/testing/server.js';
import type { FakeFieldError, FakeValidate, ResourceSpec } from '../../../runtime/testing/types.js';

/** A small validator: `spec.size` must be a number; unknown `spec` fields are reported when asked. */
const validate: FakeValidate = (value, options) => {
  const errors: FakeFieldError[] = [];
  const spec = (value as { spec?: Record<string, unknown> }).spec ?? {};
  if (spec['size'] !== undefined && typeof spec['size'] !== 'number')
    errors.push({
      path: 'spec.size',
      type: 'FieldValueTypeInvalid',
      message: 'spec.size: Invalid value: "string": must be a number',
    });
  if (options?.unknownFields === 'reject')
    for (const key of Object.keys(spec))
      if (key !== 'size' && key !== 'tags')
        errors.push({
          path: `spec.${key}`,
          type: 'FieldValueNotSupported',
          message: `spec.${key}: Unsupported value: unknown field "spec.${key}"`,
        });
  return errors.length === 0 ? { valid: true } : { valid: false, errors };
};
const widgets: ResourceSpec = {
  group: 'example.com',
  version: 'v1',
  kind: 'Widget',
  plural: 'widgets',
  namespaced: true,
  verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
  subresources: ['status'],
  listKind: 'WidgetList',
  patchSchema: 'Widget',
  validate,
};
const nodes: ResourceSpec = {
  ...widgets,
  group: '',
  kind: 'Node',
  plural: 'nodes',
  namespaced: false,
  verbs: ['get', 'list', 'create'],
  subresources: [],
  listKind: 'NodeList',
};
const WIDGETS = '/apis/example.com/v1/namespaces/ns/widgets';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});
const start = async (options: FakeServerOptions = {}) => {
  server = await startFakeServer(
    {
      resources: [widgets, nodes],
      schemas: {
        Widget: { fields: { spec: { fields: { tags: { list: { listType: 'set', patchStrategy: 'merge' } } } } } },
      },
      openapi: () => ({ openapi: '3.0.0', paths: {} }),
    },
    { uid: () => 'uid', ...options },
  );
  return server;
};

/** One request: method, path, body (an object is sent as JSON), headers; the status, headers and parsed body. */
async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const init: RequestInit = {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
  };
  if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
  const response = await fetch(`${server!.url}${path}`, init);
  const text = await response.text();
  let parsed: any = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // plain text (healthz)
  }
  return { status: response.status, headers: response.headers, body: parsed };
}
const widget = (name: string, extra: Record<string, unknown> = {}) => ({
  apiVersion: 'example.com/v1',
  kind: 'Widget',
  metadata: { name },
  spec: { size: 1 },
  ...extra,
});

describe('writes', () => {
  it('drops status on create and keeps it on spec updates when the status subresource exists; status updates only status', async () => {
    await start();
    const created = await call('POST', WIDGETS, widget('a', { status: { ready: true } }));
    expect(created.status).toBe(201);
    expect(created.body.status).toBeUndefined();
    const status = await call('PUT', `${WIDGETS}/a/status`, {
      ...created.body,
      spec: { size: 9 },
      status: { ready: true },
    });
    expect(status.body).toMatchObject({ spec: { size: 1 }, status: { ready: true }, metadata: { generation: 1 } });
    const spec = await call('PUT', `${WIDGETS}/a`, { ...status.body, spec: { size: 2 }, status: { ready: false } });
    expect(spec.body).toMatchObject({ spec: { size: 2 }, status: { ready: true }, metadata: { generation: 2 } });
    const noop = await call('PUT', `${WIDGETS}/a`, spec.body);
    expect(noop.body.metadata.resourceVersion).toBe(spec.body.metadata.resourceVersion);
  });

  it('honours dryRun=All (nothing stored) and refuses other dry run values', async () => {
    await start();
    expect((await call('POST', `${WIDGETS}?dryRun=All`, widget('dry'))).status).toBe(201);
    expect((await call('GET', `${WIDGETS}/dry`)).status).toBe(404);
    expect((await call('POST', `${WIDGETS}?dryRun=Some`, widget('dry'))).status).toBe(400);
  });

  it('applies fieldValidation: Strict fails, Warn warns and drops, Ignore drops silently', async () => {
    await start();
    const strict = await call(
      'POST',
      `${WIDGETS}?fieldValidation=Strict`,
      widget('s', { spec: { size: 1, colour: 'red' } }),
    );
    // As kubectl shows a real server's answer: `Deployment in version "v1" cannot be handled as a Deployment: strict
    // decoding error: unknown field "spec.replica"` (create.go transformDecodeError), custom resources alike.
    expect([strict.status, strict.body.message]).toEqual([
      400,
      'Widget in version "v1" cannot be handled as a Widget: strict decoding error: unknown field "spec.colour"',
    ]);
    const warn = await call('POST', WIDGETS, widget('w', { spec: { size: 1, colour: 'red' } }));
    expect(warn.status).toBe(201);
    expect(warn.headers.get('warning')).toBe('299 - "unknown field \\"spec.colour\\""');
    expect(warn.body.spec).toEqual({ size: 1 });
    const ignore = await call(
      'POST',
      `${WIDGETS}?fieldValidation=Ignore`,
      widget('i', { spec: { size: 1, colour: 'red' } }),
    );
    expect([ignore.status, ignore.headers.get('warning'), ignore.body.spec]).toEqual([
      201,
      null,
      { size: 1, colour: 'red' },
    ]);
  });

  it('refuses a body for another namespace, kind or name, and invalid values with 422', async () => {
    await start();
    expect((await call('POST', WIDGETS, widget('a', { metadata: { name: 'a', namespace: 'x' } }))).status).toBe(400);
    expect((await call('POST', WIDGETS, { ...widget('a'), kind: 'Gadget' })).status).toBe(400);
    await call('POST', WIDGETS, widget('a'));
    expect((await call('PUT', `${WIDGETS}/a`, widget('b'))).body.message).toBe(
      'the name of the object (b) does not match the name on the URL (a)',
    );
    const invalid = await call('POST', WIDGETS, widget('bad', { spec: { size: 'big' } }));
    expect(invalid.status).toBe(422);
    expect(invalid.body).toMatchObject({
      reason: 'Invalid',
      message: 'Widget.example.com "bad" is invalid: spec.size: Invalid value: "string": must be a number',
    });
    const missing = await call('POST', WIDGETS, { ...widget(''), metadata: {} });
    expect(missing.body.details.causes).toEqual([
      {
        field: 'metadata.name',
        reason: 'FieldValueRequired',
        message: 'Required value: name or generateName is required',
      },
    ]);
  });

  it('keeps an object with finalizers until they are removed, and checks delete preconditions', async () => {
    await start({ now: () => new Date('2026-05-05T05:05:05Z') });
    const created = await call(
      'POST',
      WIDGETS,
      widget('f', { metadata: { name: 'f', finalizers: ['example.com/hold'] } }),
    );
    const wrongUid = await call('DELETE', `${WIDGETS}/f`, { preconditions: { uid: 'other' } });
    expect([wrongUid.status, wrongUid.body.message]).toEqual([
      409,
      'Precondition failed: UID in precondition: other, UID in object meta: uid',
    ]);
    const marked = await call('DELETE', `${WIDGETS}/f`);
    expect(marked.body.metadata.deletionTimestamp).toBe('2026-05-05T05:05:05Z');
    expect((await call('GET', `${WIDGETS}/f`)).status).toBe(200);
    const released = await call(
      'PATCH',
      `${WIDGETS}/f`,
      { metadata: { finalizers: null } },
      { 'content-type': 'application/merge-patch+json' },
    );
    expect(released.status).toBe(200);
    expect((await call('GET', `${WIDGETS}/f`)).status).toBe(404);
    void created;
  });

  it('creates on apply, merges sets on strategic patches, and requires a field manager for apply', async () => {
    await start();
    const apply = (body: unknown, query = '?fieldManager=me') =>
      call('PATCH', `${WIDGETS}/ap${query}`, body, { 'content-type': 'application/apply-patch+yaml' });
    expect((await apply(widget('ap', { spec: { size: 1, tags: ['a'] } }), '')).status).toBe(400);
    const created = await apply(widget('ap', { spec: { size: 1, tags: ['a'] } }));
    expect(created.status).toBe(201);
    const patched = await call(
      'PATCH',
      `${WIDGETS}/ap`,
      { spec: { tags: ['b'] } },
      { 'content-type': 'application/strategic-merge-patch+json' },
    );
    expect(patched.body.spec.tags).toEqual(['a', 'b']);
    expect((await call('PATCH', `${WIDGETS}/ap`, {}, { 'content-type': 'text/plain' })).status).toBe(415);
  });
});

describe('lists', () => {
  it("pages with limit/continue over the first page's snapshot; refuses bad and expired tokens", async () => {
    await start({ historyLimit: 4 });
    for (const name of ['a', 'b', 'c']) await call('POST', WIDGETS, widget(name));
    const first = await call('GET', `${WIDGETS}?limit=2`);
    expect(first.body.items.map((item: any) => item.metadata.name)).toEqual(['a', 'b']);
    expect(first.body.metadata.remainingItemCount).toBe(1);
    await call('DELETE', `${WIDGETS}/c`);
    const second = await call('GET', `${WIDGETS}?limit=2&continue=${first.body.metadata.continue}`);
    expect(second.body.items.map((item: any) => item.metadata.name)).toEqual(['c']);
    expect(second.body.metadata.continue).toBeUndefined();
    expect((await call('GET', `${WIDGETS}?continue=garbage`)).status).toBe(400);
    for (const name of ['d', 'e', 'f', 'g']) await call('POST', WIDGETS, widget(name));
    const expired = await call('GET', `${WIDGETS}?limit=2&continue=${first.body.metadata.continue}`);
    expect([expired.status, expired.body.reason]).toEqual([410, 'Expired']);
  });

  it('lists across namespaces, as a Table for kubectl, and deletes a collection by selector', async () => {
    await start();
    await call('POST', WIDGETS, widget('a', { metadata: { name: 'a', labels: { x: '1' } } }));
    await call('POST', '/apis/example.com/v1/namespaces/other/widgets', widget('b'));
    const all = await call('GET', '/apis/example.com/v1/widgets');
    expect(all.body.items.map((item: any) => item.metadata.namespace)).toEqual(['ns', 'other']);
    const table = await call('GET', WIDGETS, undefined, { accept: 'application/json;as=Table;v=v1;g=meta.k8s.io' });
    expect(table.body).toMatchObject({ kind: 'Table', rows: [{ cells: ['a', expect.any(String)] }] });
    const deleted = await call('DELETE', `${WIDGETS}?labelSelector=x%3D1`);
    expect(deleted.body.items.map((item: any) => item.metadata.name)).toEqual(['a']);
    expect((await call('GET', WIDGETS)).body.items).toEqual([]);
  });
});

describe('watch over HTTP', () => {
  it('streams events as lines on ?watch=true and on the legacy /watch/ path', async () => {
    await start();
    await call('POST', WIDGETS, widget('a'));
    const lines: any[] = [];
    const done = new Promise<void>((resolve) => {
      const req = request(`${server!.url}/apis/example.com/v1/watch/namespaces/ns/widgets?timeoutSeconds=30`, (res) => {
        let buffer = '';
        res.on('data', (chunk: Buffer) => {
          buffer += chunk.toString('utf8');
          for (let index = buffer.indexOf('\n'); index >= 0; index = buffer.indexOf('\n')) {
            lines.push(JSON.parse(buffer.slice(0, index)));
            buffer = buffer.slice(index + 1);
          }
          if (lines.length >= 2) req.destroy();
        });
        res.on('close', resolve);
      });
      req.on('error', () => resolve());
      req.end();
    });
    for (let attempt = 0; attempt < 200 && lines.length === 0; attempt++)
      await new Promise((resolve) => setTimeout(resolve, 10));
    await call('POST', WIDGETS, widget('b'));
    await done;
    expect(lines.map((line) => [line.type, line.object.metadata.name])).toEqual([
      ['ADDED', 'a'],
      ['ADDED', 'b'],
    ]);
  });
});

describe('fails safe', () => {
  it('answers bad requests with the Status a server gives', async () => {
    await start({ maxBodyBytes: 64 });
    const cases = [
      await call('POST', WIDGETS, '{"apiVersion":', {}),
      await call('POST', WIDGETS, '{}', { 'content-type': 'application/vnd.kubernetes.protobuf' }),
      await call('POST', WIDGETS, JSON.stringify(widget('x'.repeat(100)))),
      await call('PUT', WIDGETS, widget('a')),
      await call('POST', '/api/v1/nodes/n', {}),
      await call('GET', '/apis/nothing/v1/things'),
      await call('GET', `${WIDGETS}/a/scale`),
      await call('GET', `${WIDGETS}?labelSelector=a%20in%20b`),
    ];
    expect(cases.map((response) => [response.status, response.body.reason])).toEqual([
      [400, 'BadRequest'],
      [415, 'UnsupportedMediaType'],
      [413, 'RequestEntityTooLarge'],
      [405, 'MethodNotAllowed'],
      [405, 'MethodNotAllowed'],
      [404, 'NotFound'],
      [404, 'NotFound'],
      [400, 'BadRequest'],
    ]);
    expect((await call('GET', '/healthz')).body).toBe('ok');
  });

  it('listens on 127.0.0.1 only, serves discovery and OpenAPI, and preloads objects', async () => {
    await start({ objects: [widget('pre', { metadata: { name: 'pre', namespace: 'ns' } })], serverVersion: 'v1.31.4' });
    expect(new URL(server!.url).hostname).toBe('127.0.0.1');
    expect((await call('GET', '/version')).body.gitVersion).toBe('v1.31.4');
    expect((await call('GET', `${WIDGETS}/pre`)).body.metadata.uid).toBe('uid');
    expect((await call('GET', '/apis')).body.groups.map((group: any) => group.name)).toEqual(['example.com']);
    const aggregated = await call('GET', '/apis', undefined, {
      accept: 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList',
    });
    expect(aggregated.headers.get('content-type')).toBe(
      'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList',
    );
    expect((await call('GET', '/api/v1')).body.resources.map((resource: any) => resource.name)).toEqual(['nodes']);
    expect((await call('GET', '/openapi/v3')).body.paths).toHaveProperty('apis/example.com/v1');
    expect((await call('GET', '/openapi/v2')).body).toEqual({ openapi: '3.0.0', paths: {} });
  });
});
