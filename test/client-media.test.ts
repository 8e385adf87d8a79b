// Request bodies with several media types, selected by the `contentType` parameter (JSON by default, the body typed
// per media type), and the per-property `encoding` objects of form-urlencoded and multipart bodies (contentType,
// style, explode, allowReserved, part headers), against a real HTTP server on loopback. The server side parses with
// what nobody here wrote: WHATWG URLSearchParams and undici's multipart parser (`Request.formData()`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileDiagnostics } from './support/compile.js';
import { importGeneratedClient, type GeneratedClient } from './support/generated-client.js';
import { json, startApiServer, type ApiServer, type RecordedRequest } from './support/api-server.js';

type Method = (params?: object, options?: object) => Promise<unknown>;
interface MediaModule {
  createClient(options: object): { createThing: Method; search: Method; upload: Method };
}

let server: ApiServer;
let generated: GeneratedClient<MediaModule>;
beforeAll(async () => {
  server = await startApiServer();
  generated = await importGeneratedClient<MediaModule>('test/fixtures/client/media-api.openapi.yaml');
}, 120_000);
afterAll(async () => {
  await server.close();
  await generated.remove();
});

const client = () => generated.module.createClient({ baseUrl: server.url });
const text = (request: RecordedRequest | undefined) => new TextDecoder().decode(request!.bytes);

/** The request body as undici's own parser reads it, under the content type the client sent. */
function parsedForm(request: RecordedRequest | undefined): Promise<FormData> {
  return new Request('http://parser.invalid/', {
    method: 'POST',
    headers: { 'content-type': String(request!.headers['content-type']) },
    body: new Uint8Array(request!.bytes),
  }).formData();
}

/** One part of a multipart body as sent: its header lines and content, found by its name. */
function rawPart(request: RecordedRequest | undefined, name: string): { headers: string[]; content: string } {
  const boundary = /boundary=(.+)$/.exec(String(request!.headers['content-type']))![1]!;
  for (const part of text(request).split(`--${boundary}`)) {
    const [head = '', ...rest] = part.replace(/^\r\n/, '').split('\r\n\r\n');
    const headers = head.split('\r\n');
    if (
      headers.some((line) => line.toLowerCase().startsWith('content-disposition:') && line.includes(`name="${name}"`))
    )
      return { headers, content: rest.join('\r\n\r\n').replace(/\r\n$/, '') };
  }
  throw new Error(`no part ${name}`);
}

describe('the contentType parameter', () => {
  it('types the body per selected media type, JSON by default', () => {
    const use = [
      "import { createClient } from './client.js';",
      "const c = createClient({ baseUrl: 'http://127.0.0.1:1' });",
      "export const byDefault = c.createThing({ body: { name: 'n', tags: ['a'] } });",
      "export const asJson = c.createThing({ contentType: 'application/json', body: { name: 'n' } });",
      "export const asForm = c.createThing({ contentType: 'application/x-www-form-urlencoded', body: { name: 'n' } });",
      "export const asParts = c.createThing({ contentType: 'multipart/form-data', body: { name: 'n', picture: new Blob([]) } });",
      "export const asText = c.createThing({ contentType: 'text/plain', body: 'n' });",
      '// @ts-expect-error a multipart picture is a Blob',
      "c.createThing({ contentType: 'multipart/form-data', body: { name: 'n', picture: 'x' } });",
      '// @ts-expect-error a text/plain body is a string',
      "c.createThing({ contentType: 'text/plain', body: { name: 'n' } });",
      '// @ts-expect-error a media type the operation does not offer',
      "c.createThing({ contentType: 'application/xml', body: 'n' });",
      "export const withHeaders = c.upload({ body: { image: new Blob([]) }, partHeaders: { image: { 'X-Image-Checksum': 'c' } } });",
      "// @ts-expect-error the image part's headers are the ones its encoding declares",
      "c.upload({ body: { image: new Blob([]) }, partHeaders: { image: { 'X-Other': 'c' } } });",
    ].join('\n');
    expect(compileDiagnostics({ ...generated.sources, 'use.ts': use })).toEqual([]);
  });

  it('sends JSON by default and each other media type when selected', async () => {
    server.handle(json(200, { name: 'ok' }));
    const create = client().createThing;
    await create({ body: { name: 'a b', tags: ['x', 'y'] } });
    await create({ contentType: 'application/x-www-form-urlencoded', body: { name: 'a b', tags: ['x', 'y'] } });
    const picture = new Blob([Uint8Array.from([0, 1, 2, 255])], { type: 'image/png' });
    await create({ contentType: 'multipart/form-data', body: { name: 'a b', picture } });
    await create({ contentType: 'text/plain', body: 'just text' });
    const [asJson, asForm, asParts, asText] = server.requests;
    expect(asJson!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(text(asJson))).toEqual({ name: 'a b', tags: ['x', 'y'] });
    expect(asForm!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    const form = new URLSearchParams(text(asForm));
    expect([form.get('name'), form.getAll('tags')]).toEqual(['a b', ['x,y']]);
    expect(asParts!.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    const parts = await parsedForm(asParts);
    expect(parts.get('name')).toBe('a b');
    expect(new Uint8Array(await (parts.get('picture') as File).arrayBuffer())).toEqual(Uint8Array.from([0, 1, 2, 255]));
    expect(asText!.headers['content-type']).toBe('text/plain');
    expect(text(asText)).toBe('just text');
  });

  it('rejects a media type the operation does not offer, before sending', async () => {
    server.handle(json(200, {}));
    await expect(client().createThing({ contentType: 'application/xml', body: '<a/>' })).rejects.toThrow(
      /contentType must be one of "application\/json", /,
    );
    expect(server.requests).toHaveLength(0);
  });
});

describe('form-urlencoded encoding objects', () => {
  it('serialize each property by its style, explode, allowReserved and contentType', async () => {
    server.handle((_request, response) => response.writeHead(204).end());
    await client().search({
      body: {
        filter: { color: 'red', size: 2 },
        ids: [1, 2, 3],
        words: ['a', 'b'],
        spaced: ['a', 'b'],
        point: { x: 1, y: 2 },
        path: '/a/b?c',
        meta: { source: 'x y' },
      },
    });
    const [request] = server.requests;
    expect(request!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    const body = text(request);
    const form = new URLSearchParams(body);
    expect([form.get('filter[color]'), form.get('filter[size]')]).toEqual(['red', '2']);
    expect(form.getAll('ids')).toEqual(['1|2|3']);
    expect(form.getAll('words')).toEqual(['a,b']);
    expect(form.getAll('spaced')).toEqual(['a b']);
    // form + explode on an object: its properties are fields of their own.
    expect([form.get('x'), form.get('y'), form.has('point')]).toEqual(['1', '2', false]);
    expect(body).toContain('path=/a/b?c');
    expect(JSON.parse(form.get('meta')!)).toEqual({ source: 'x y' });
  });
});

describe('multipart encoding objects', () => {
  it('give parts their content types, styles and declared headers', async () => {
    server.handle((_request, response) => response.writeHead(204).end());
    await client().upload({
      body: {
        image: new Blob([Uint8Array.from([137, 80, 78, 71])]),
        ids: [1, 2],
        note: '# Title',
        meta: { source: 'camera' },
      },
      partHeaders: { image: { 'X-Image-Checksum': 'sha-1', 'X-Image-Origin': 'camera' } },
    });
    const [request] = server.requests;
    expect(request!.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    const parts = await parsedForm(request);
    expect(new Uint8Array(await (parts.get('image') as File).arrayBuffer())).toEqual(
      Uint8Array.from([137, 80, 78, 71]),
    );
    expect(parts.getAll('ids')).toEqual(['1,2']);
    const image = rawPart(request, 'image');
    // The first of the listed types for a Blob without one; the declared headers as given.
    expect(image.headers).toEqual(expect.arrayContaining(['Content-Type: image/png', 'X-Image-Checksum: sha-1']));
    expect(image.headers).toContain('X-Image-Origin: camera');
    const note = rawPart(request, 'note');
    expect([note.headers, note.content]).toEqual([expect.arrayContaining(['Content-Type: text/markdown']), '# Title']);
    const meta = rawPart(request, 'meta');
    expect(meta.headers).toContain('Content-Type: application/vnd.acme+json');
    expect(JSON.parse(meta.content)).toEqual({ source: 'camera' });
  });

  it('refuse a part header value that could split the body (CR, LF)', async () => {
    server.handle((_request, response) => response.writeHead(204).end());
    await expect(
      client().upload({
        body: { image: new Blob(['x']) },
        partHeaders: { image: { 'X-Image-Checksum': 'a\r\nX-Evil: 1' } },
      }),
    ).rejects.toThrow(/forbidden character/);
    expect(server.requests).toHaveLength(0);
  });
});
