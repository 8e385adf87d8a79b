// What a bundle of a few standalone operations carries, and that it still works: each operation's recipe names its
// body encoder and response reader (runtime/client-media.ts), so esbuild, bundling as an application does (minified,
// tree-shaken), keeps only those; and a Kubernetes operation keeps none of the parameter styles, server template or
// response check that other APIs' recipes and createClient name. The bundles are then run with a recording fetch: a
// GET, a Kubernetes PATCH (ImageTag's shipped dist/), and a multipart upload with and without part headers (a fixture
// spec generated here). The multipart bodies are read back with undici's own parser (`Request.formData()`), which
// nobody here wrote.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleSize } from './support/bundle-size.js';
import { generateFrom, repoPath } from './support/pipeline.js';

/** One request as the recording fetch saw it. */
interface Seen {
  readonly url: string;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

/** What a bundle exports: `run(fetch)` calls its operations with a core client over that fetch. */
interface Bundle {
  run(fetch: typeof globalThis.fetch): Promise<unknown>;
}

/** Text only the encoders and readers a GET does not need have (their messages, media types and boundary). */
const UNNEEDED = {
  multipart: ['a multipart body must be an object', 'form-data; name=', '----specgen-'],
  form: ['a form body must be an object', 'application/x-www-form-urlencoded'],
  patch: ['patch.type must be one of'],
  binary: ['a binary body must be'],
  streams: ['text/event-stream', 'application/x-ndjson', 'application/json-seq'],
};

/** Text only what a Kubernetes operation never needs has: parameter styles, the server template, the response check. */
const NOT_KUBERNETES = ['deepObject', 'spaceDelimited', 'matrix', 'server variable {', 'does not match its schema'];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'specgen-shaking-'));
  const { files } = await generateFrom('test/fixtures/client/media-api.openapi.yaml');
  for (const file of files.filter((f) => /^src\/\w+\.ts$/.test(f.path)))
    await writeFile(join(dir, file.path.slice('src/'.length)), file.contents);
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Bundles `entry` from `resolveDir` as an application does, then imports the bundle. */
async function load(entry: string, resolveDir: string, name: string): Promise<{ code: string; module: Bundle }> {
  const { code } = await bundleSize(entry, resolveDir);
  const file = join(dir, `${name}.bundle.mjs`);
  await writeFile(file, code);
  return { code, module: (await import(pathToFileURL(file).href)) as Bundle };
}

/** A fetch answering every request with `answer`, recording each. */
function recording(answer: () => Response): { fetch: typeof globalThis.fetch; seen: Seen[] } {
  const seen: Seen[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    seen.push({ url, method: init.method ?? 'GET', headers: init.headers as Record<string, string>, body: init.body });
    return answer();
  }) as unknown as typeof globalThis.fetch;
  return { fetch, seen };
}

const tag = { apiVersion: 'image.openshift.io/v1', kind: 'ImageTag', metadata: { name: 'ruby:3.1' } };
const jsonAnswer = () => new Response(JSON.stringify(tag), { headers: { 'content-type': 'application/json' } });
const imageTagClient = JSON.stringify(repoPath('generated/imagetag/dist/client.js'));

describe('a bundle of standalone operations', () => {
  it('of one Kubernetes GET carries no encoder, stream reader, parameter style or response check; reads its JSON', async () => {
    const { code, module } = await load(
      `import { createClientCore, readNamespacedImageTag } from ${imageTagClient};
       export const run = (fetch) =>
         readNamespacedImageTag(createClientCore({ baseUrl: "https://k8s.example", fetch }), { namespace: "demo", name: "ruby:3.1" });`,
      dir,
      'get',
    );
    for (const text of [...Object.values(UNNEEDED).flat(), ...NOT_KUBERNETES]) expect(code, text).not.toContain(text);
    const { fetch, seen } = recording(jsonAnswer);
    expect(await module.run(fetch)).toEqual(tag);
    expect(seen).toMatchObject([
      { method: 'GET', url: 'https://k8s.example/apis/image.openshift.io/v1/namespaces/demo/imagetags/ruby%3A3.1' },
    ]);
    expect(seen[0]!.headers['accept']).toBe('application/json');
    expect(seen[0]!.body).toBeNull();
  });

  it('of one Kubernetes PATCH carries the patch encoder only, and sends the patch', async () => {
    const { code, module } = await load(
      `import { createClientCore, patchNamespacedImageTag } from ${imageTagClient};
       export const run = (fetch) =>
         patchNamespacedImageTag(createClientCore({ baseUrl: "https://k8s.example", fetch }), {
           namespace: "demo", name: "ruby:3.1", patch: { type: "merge", body: { spec: { reference: true } } },
         });`,
      dir,
      'patch',
    );
    expect(code).toContain(UNNEEDED.patch[0]);
    const { patch, ...others } = UNNEEDED;
    for (const text of [...Object.values(others).flat(), ...NOT_KUBERNETES]) expect(code, text).not.toContain(text);
    const { fetch, seen } = recording(jsonAnswer);
    expect(await module.run(fetch)).toEqual(tag);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.method).toBe('PATCH');
    expect(seen[0]!.headers['content-type']).toBe('application/merge-patch+json');
    expect(JSON.parse(seen[0]!.body as string)).toEqual({ spec: { reference: true } });
  });

  it('of one multipart operation carries the multipart encoder only, and sends its parts', async () => {
    const { code, module } = await load(
      `import { createClientCore, upload } from "./client.ts";
       export async function run(fetch) {
         const client = createClientCore({ baseUrl: "https://api.example", fetch });
         const image = new Blob(["png bytes"]);
         await upload(client, { body: { image, ids: [1, 2], note: "hi", meta: { source: "cam" } } });
         await upload(client, { body: { image }, partHeaders: { image: { "X-Image-Checksum": "c1" } } });
       }`,
      dir,
      'multipart',
    );
    expect(code).toContain(UNNEEDED.multipart[0]);
    const { multipart, ...others } = UNNEEDED;
    for (const text of Object.values(others).flat()) expect(code, text).not.toContain(text);
    const { fetch, seen } = recording(() => new Response(null, { status: 204 }));
    await module.run(fetch);
    expect(seen.map((request) => [request.method, request.url])).toEqual([
      ['POST', 'https://api.example/uploads'],
      ['POST', 'https://api.example/uploads'],
    ]);
    // FormData, whose content type (and boundary) fetch writes; then a body written out for the part's header.
    expect(seen[0]!.headers['content-type']).toBeUndefined();
    const plain = await new Request('http://parser.invalid/', {
      method: 'POST',
      body: seen[0]!.body as FormData,
    }).formData();
    expect([...plain.keys()]).toEqual(['image', 'ids', 'note', 'meta']);
    expect(plain.get('ids')).toBe('1,2');
    expect(await (plain.get('image') as Blob).text()).toBe('png bytes');
    expect((plain.get('image') as Blob).type).toBe('image/png');
    expect((plain.get('note') as Blob).type).toBe('text/markdown');
    expect(await (plain.get('meta') as Blob).text()).toBe('{"source":"cam"}');
    const contentType = seen[1]!.headers['content-type']!;
    expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
    const written = new Request('http://parser.invalid/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: seen[1]!.body as Blob,
    });
    const raw = await written.clone().text();
    expect(raw).toContain('X-Image-Checksum: c1\r\n');
    expect(await ((await written.formData()).get('image') as Blob).text()).toBe('png bytes');
  });
});
