// A generated client for a plain (non-Kubernetes) REST API against a real HTTP server on loopback: bodies and
// responses by media type, servers, security schemes, parameter styles and streams (issue #14). The server side
// parses with what nobody here wrote: undici's own multipart and form parsers (`Request.formData()`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileDiagnostics } from './support/compile.js';
import { importGeneratedClient, type GeneratedClient } from './support/generated-client.js';
import { json, startApiServer, type ApiServer, type RecordedRequest } from './support/api-server.js';

const SPEC = 'test/fixtures/client/plain-api.openapi.yaml';
const SECRET = 'sekret-Key-91c2';

// The generated module's surface, as this test uses it (the compile test below checks the real types).
type Method = (params?: object, options?: object) => Promise<unknown>;
type Stream = (params?: object, options?: object) => AsyncIterable<unknown>;
interface PlainClient {
  createFile: Method;
  submitForm: Method;
  putBlob: Method;
  getBlob: Method;
  getNote: Method;
  patchNote: Method;
  createChat: Method;
  createChatStream: Stream;
  listEvents: Stream;
  listLines: Stream;
  getColors: Method;
}
interface PlainModule {
  createClient(options: object): PlainClient;
  ApiError: new (...args: never[]) => Error & { status: number; body: unknown };
}

let server: ApiServer;
let generated: GeneratedClient<PlainModule>;
let module: PlainModule;

beforeAll(async () => {
  server = await startApiServer();
  generated = await importGeneratedClient<PlainModule>(SPEC);
  module = generated.module;
}, 120_000);

afterAll(async () => {
  await server.close();
  await generated.remove();
});

const client = (options: object = {}) => module.createClient({ baseUrl: server.url, ...options });

/** The request body as undici's own parser reads it, under the content type the client sent. */
function parsedForm(request: RecordedRequest): Promise<FormData> {
  return new Request('http://parser.invalid/', {
    method: 'POST',
    headers: { 'content-type': String(request.headers['content-type']) },
    body: new Uint8Array(request.bytes),
  }).formData();
}

const bytes = Uint8Array.from({ length: 256 }, (_, index) => index);

describe('the generated client compiles', () => {
  it('under strict with the DOM library, and types bodies by media type', () => {
    const use = [
      "import { createClient, type GetNoteError } from './client.js';",
      'export function title(error: GetNoteError): string | undefined { return error.status === 404 ? error.body.title : undefined; }',
      'export const withMeta: Promise<{ data: string; status: number; headers: Headers }> = createClient({}).withResponse.getNote({ id: 1 });',
      "const c = createClient({ baseUrl: 'http://127.0.0.1:1', auth: { apiKeyHeader: 'k', basicAuth: { username: 'u', password: 'p' }, bearerAuth: async () => 't' } });",
      "export const file = c.createFile({ body: { file: new Blob([]), purpose: 'fine-tune', attachments: [new Blob([])] } });",
      "export const form = c.submitForm({ body: { name: 'n', tags: ['a'] } });",
      "export const put = c.putBlob({ id: 'x', body: new Uint8Array(1) });",
      'export const blob: Promise<Blob> = c.getBlob({ id: "x" });',
      'export const text: Promise<string> = c.getNote({ id: 1 });',
      'export const none: Promise<void> = c.submitForm({ body: { name: "n" } });',
      'export const patched = c.patchNote({ id: 1, body: { text: null } });',
      'export const events: AsyncIterable<{ data: { delta: string } }> = c.listEvents();',
      "export const chat = c.createChatStream({ body: { prompt: 'p', stream: true } });",
      '// @ts-expect-error a multipart file part is a Blob, not a string',
      "c.createFile({ body: { file: 'text', purpose: 'x' } });",
      "// @ts-expect-error auth names only the spec's schemes",
      "createClient({ auth: { nope: 'x' } });",
    ].join('\n');
    expect(compileDiagnostics({ ...generated.sources, 'use.ts': use })).toEqual([]);
  });
});

describe('request bodies by media type', () => {
  it('multipart: fetch writes the boundary, the server parses every part, file bytes intact', async () => {
    server.handle(json(200, { id: 'file-1', bytes: 256 }));
    const result = await client({ auth: { apiKeyHeader: SECRET } }).createFile({
      body: {
        file: new Blob([bytes], { type: 'application/octet-stream' }),
        purpose: 'fine-tune',
        attachments: [new Blob(['a']), new Blob(['b'])],
      },
    });
    expect(result).toEqual({ id: 'file-1', bytes: 256 });
    const [request] = server.requests;
    expect(request!.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    const form = await parsedForm(request!);
    const file = form.get('file') as File;
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(bytes);
    expect(form.get('purpose')).toBe('fine-tune');
    expect(await Promise.all(form.getAll('attachments').map((part) => (part as File).text()))).toEqual(['a', 'b']);
  });

  it('form-urlencoded: arrays as repeated keys, objects as key[sub], the content type set', async () => {
    server.handle((_request, response) => response.writeHead(204).end());
    const result = await client({ auth: { apiKeyQuery: SECRET } }).submitForm({
      body: { name: 'a b&c', tags: ['x', 'y'], metadata: { plan: 'pro' } },
    });
    expect(result).toBeUndefined();
    const [request] = server.requests;
    expect(request!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    const form = await parsedForm(request!);
    expect(form.get('name')).toBe('a b&c');
    expect(form.getAll('tags')).toEqual(['x', 'y']);
    expect(form.get('metadata[plan]')).toBe('pro');
  });

  it('binary: the bytes go as they are, with the declared content type', async () => {
    server.handle((_request, response) => response.writeHead(204).end());
    await client({ auth: { apiKeyCookie: SECRET } }).putBlob({ id: 'b1', body: bytes });
    const [request] = server.requests;
    expect(request!.headers['content-type']).toBe('application/octet-stream');
    expect(new Uint8Array(request!.bytes)).toEqual(bytes);
  });
});

describe('responses by media type', () => {
  it('binary: a Blob byte-identical to what the server sent', async () => {
    server.handle((_request, response) =>
      response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(Buffer.from(bytes)),
    );
    const blob = (await client().getBlob({ id: 'b1' })) as Blob;
    expect(blob).toBeInstanceOf(Blob);
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);
  });

  it('text: a string, even when it looks like JSON', async () => {
    server.handle((_request, response) => response.writeHead(200, { 'content-type': 'text/plain' }).end('{"a":1}'));
    expect(await client().getNote({ id: 1 })).toBe('{"a":1}');
  });

  it('server-sent events: iterated as they come, event/id/retry kept, [DONE] ends the stream', async () => {
    server.handle((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.write(': comment\n\nevent: chunk\nid: 1\nretry: 500\ndata: {"delta":"Hel"}\n\n');
      response.write('data: {"delta":\ndata: "lo"}\r\n\r\n');
      response.end('data: [DONE]\n\ndata: {"delta":"never"}\n\n');
    });
    const events = [];
    for await (const event of client().listEvents()) events.push(event);
    expect(events).toEqual([
      { data: { delta: 'Hel' }, event: 'chunk', id: '1', retry: 500 },
      { data: { delta: 'lo' }, event: undefined, id: '1', retry: undefined },
    ]);
    expect(server.requests[0]!.headers.accept).toBe('text/event-stream');
  });

  it('JSON beside event-stream: the method returns JSON, <method>Stream the events', async () => {
    server.handle(json(200, { delta: 'all' }));
    expect(await client().createChat({ body: { prompt: 'p' } })).toEqual({ delta: 'all' });
    server.handle((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      response.end('data: {"delta":"x"}\n\n');
    });
    const events = [];
    for await (const event of client().createChatStream({ body: { prompt: 'p', stream: true } })) events.push(event);
    expect(events).toEqual([{ data: { delta: 'x' }, event: undefined, id: undefined, retry: undefined }]);
  });

  it('a 200 error status on a stream is still an ApiError before any event', async () => {
    server.handle(json(500, { title: 'boom' }));
    const iterate = async () => {
      for await (const _event of client().listEvents()) void _event;
    };
    await expect(iterate()).rejects.toMatchObject({ name: 'ApiError', status: 500 });
  });

  it('NDJSON: one value per line', async () => {
    server.handle((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/x-ndjson' });
      response.end('{"id":1,"text":"a"}\n\n{"id":2,"text":"b"}\n');
    });
    const lines = [];
    for await (const line of client().listLines()) lines.push(line);
    expect(lines).toEqual([
      { id: 1, text: 'a' },
      { id: 2, text: 'b' },
    ]);
  });
});

describe('servers', () => {
  it('a relative server URL (with its variable) joins a base URL without a path', async () => {
    server.handle((_request, response) => response.writeHead(204).end());
    await client().submitForm({ body: { name: 'n' } });
    expect(server.requests[0]!.rawPath).toBe('/api/v1/forms');
    await client({ serverVariables: { version: 'v2' } }).submitForm({ body: { name: 'n' } });
    expect(server.requests[1]!.rawPath).toBe('/api/v2/forms');
  });

  it('a base URL with a path of its own is taken as it is', async () => {
    server.handle((_request, response) => response.writeHead(204).end());
    await module.createClient({ baseUrl: `${server.url}/proxy` }).submitForm({ body: { name: 'n' } });
    expect(server.requests[0]!.rawPath).toBe('/proxy/forms');
  });
});

describe('security schemes', () => {
  it("apiKey in a header, or basic, by the operation's own requirement", async () => {
    server.handle(json(200, { id: 'f', bytes: 0 }));
    const body = { file: new Blob([]), purpose: 'p' };
    await client({ auth: { apiKeyHeader: SECRET, bearerAuth: 'unused' } }).createFile({ body });
    expect(server.requests[0]!.headers['x-api-key']).toBe(SECRET);
    expect(server.requests[0]!.headers.authorization).toBeUndefined();
    await client({ auth: { basicAuth: { username: 'ann', password: 'pä:ss' } } }).createFile({ body });
    expect(server.requests[1]!.headers.authorization).toBe(`Basic ${Buffer.from('ann:pä:ss').toString('base64')}`);
  });

  it('apiKey in the query and in a cookie', async () => {
    server.handle((_request, response) => response.writeHead(204).end());
    await client({ auth: { apiKeyQuery: SECRET } }).submitForm({ body: { name: 'n' } });
    expect(server.requests[0]!.query.get('api_key')).toBe(SECRET);
    await client({ auth: { apiKeyCookie: SECRET } }).putBlob({ id: 'x', body: new Uint8Array(1) });
    expect(server.requests[1]!.headers.cookie).toBe(`key=${SECRET}`);
  });

  it('bearer from the API-wide requirement, a function called per request; none where security is []', async () => {
    let calls = 0;
    const bearerAuth = async () => `tok-${++calls}`;
    server.handle(json(200, { delta: '' }));
    await client({ auth: { bearerAuth } }).createChat({ body: { prompt: 'p' } });
    await client({ auth: { bearerAuth } }).createChat({ body: { prompt: 'p' } });
    expect(server.requests.map((request) => request.headers.authorization)).toEqual(['Bearer tok-1', 'Bearer tok-2']);
    server.handle((_request, response) => response.writeHead(200, { 'content-type': 'text/plain' }).end('n'));
    await client({ auth: { bearerAuth } }).getNote({ id: 1 });
    expect(server.requests[0]!.headers.authorization).toBeUndefined();
  });

  it('a query credential never appears in an error', async () => {
    server.handle(json(500, { title: 'boom' }));
    const error = await client({ auth: { apiKeyQuery: SECRET } })
      .submitForm({ body: { name: 'n' } })
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );
    expect(error).toBeInstanceOf(module.ApiError);
    expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain(SECRET);
    expect(String((error as Error).stack)).not.toContain(SECRET);
  });
});

describe('parameter styles on the wire', () => {
  it('label and matrix path parameters, deepObject and pipeDelimited query, a cookie parameter', async () => {
    server.handle((_request, response) => response.writeHead(204).end());
    await client().getColors({
      label: ['blue', 'black'],
      matrix: { R: 100, G: 200 },
      created: { gte: 1, lt: 5 },
      ids: [1, 2, 3],
      session: 's 1',
    });
    const [request] = server.requests;
    expect(request!.rawPath).toBe('/api/v1/colors/.blue.black/;matrix=R,100,G,200');
    expect(request!.target.split('?')[1]).toBe('created[gte]=1&created[lt]=5&ids=1|2|3');
    expect(request!.headers.cookie).toBe('session=s%201');
  });
});

describe('plain APIs stay plain', () => {
  it("PATCH takes the spec's body schema and media type, not a Kubernetes patch", async () => {
    server.handle(json(200, { id: 1, text: 't' }));
    await client().patchNote({ id: 1, body: { text: null } });
    const [request] = server.requests;
    expect(request!.headers['content-type']).toBe('application/merge-patch+json');
    expect(JSON.parse(request!.body)).toEqual({ text: null });
  });

  it('withResponse resolves to { data, status, headers }', async () => {
    server.handle((_request, response) =>
      response.writeHead(200, { 'content-type': 'text/plain', etag: '"v1"', 'x-ratelimit-remaining': '9' }).end('n'),
    );
    const result = (await (client() as unknown as { withResponse: PlainClient }).withResponse.getNote({ id: 1 })) as {
      data: unknown;
      status: number;
      headers: Headers;
    };
    expect(result.data).toBe('n');
    expect(result.status).toBe(200);
    expect(result.headers.get('etag')).toBe('"v1"');
    expect(result.headers.get('x-ratelimit-remaining')).toBe('9');
  });

  it('an error body is decoded JSON on ApiError, whatever its shape', async () => {
    server.handle(json(404, { title: 'no such note' }));
    await expect(client().getNote({ id: 9 })).rejects.toMatchObject({ status: 404, body: { title: 'no such note' } });
  });
});
