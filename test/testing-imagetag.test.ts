// The ImageTag fake (generated/imagetag/src/testing.ts) driven by two clients nobody wrote for it: the generated
// ImageTag client and @kubernetes/client-node. Deterministic options (clock, uids, resourceVersions, name suffixes)
// make every stamped value checkable; the ImageTag server rules are hooks (test/support/imagetag-hooks.ts).
import * as k8s from '@kubernetes/client-node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, createClient, type Client } from '../generated/imagetag/src/client.js';
import { createFakeServer, type FakeServer } from '../generated/imagetag/src/testing.js';
import type { ImageTag } from '../generated/imagetag/src/types.js';
import { imageTagHooks } from './support/imagetag-hooks.js';

const NOW = new Date('2026-01-02T03:04:05.678Z');
const tag = (name: string, labels: Record<string, string> = {}): ImageTag => ({
  metadata: { name, labels },
  spec: { name: name.split(':')[1]!, from: { kind: 'DockerImage', name: `quay.io/x/${name}` } },
});

/** The error a promise rejects with. */
async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

let server: FakeServer;
let client: Client;
beforeEach(async () => {
  let uid = 0;
  server = await createFakeServer({
    now: () => NOW,
    uid: () => `uid-${++uid}`,
    nextResourceVersion: (current) => current + 10,
    nameSuffix: () => 'abcde',
    hooks: imageTagHooks,
    objects: [
      {
        apiVersion: 'image.openshift.io/v1',
        kind: 'ImageTag',
        metadata: { name: 'preloaded:1', namespace: 'demo' },
        spec: { name: '1', from: { kind: 'DockerImage', name: 'quay.io/x/p:1' } },
      },
    ],
  });
  client = createClient({ baseUrl: server.url });
});
afterEach(async () => {
  await server.close();
});

describe('the generated ImageTag client against the fake', () => {
  it('creates with the server-set fields, from the options given', async () => {
    const created = await client.createNamespacedImageTag({ namespace: 'demo', body: tag('ruby:3.1', { team: 'a' }) });
    expect(created.metadata).toMatchObject({
      name: 'ruby:3.1',
      namespace: 'demo',
      uid: 'uid-2',
      creationTimestamp: '2026-01-02T03:04:05Z',
      resourceVersion: '20',
      generation: 1,
    });
    const read = await client.readNamespacedImageTag({ namespace: 'demo', name: 'ruby:3.1' });
    expect(read).toEqual(created);
    expect(
      server.objects('image.openshift.io/v1/imagetags').map((object) => (object['metadata'] as { name: string }).name),
    ).toEqual(['preloaded:1', 'ruby:3.1']);
  });

  it('generateName gets the suffix; rule 6 fills spec.name from the tag; rule 17 drops status on create', async () => {
    const created = await client.createNamespacedImageTag({
      namespace: 'demo',
      body: {
        metadata: { name: 'web:v2' },
        spec: { from: { kind: 'DockerImage', name: 'quay.io/x/web:2' } } as ImageTag['spec'],
        status: { tag: 'v2', items: [] },
      } as ImageTag,
    });
    expect(created.spec?.name).toBe('v2');
    expect(created.status).toBeUndefined();
  });

  it("refuses duplicates, stale updates, missing objects and invalid bodies with the server's Status", async () => {
    await client.createNamespacedImageTag({ namespace: 'demo', body: tag('ruby:3.1') });
    const duplicate = await failure(client.createNamespacedImageTag({ namespace: 'demo', body: tag('ruby:3.1') }));
    expect([duplicate.status, duplicate.reason]).toEqual([409, 'AlreadyExists']);
    const current = await client.readNamespacedImageTag({ namespace: 'demo', name: 'ruby:3.1' });
    await client.replaceNamespacedImageTag({
      namespace: 'demo',
      name: 'ruby:3.1',
      body: { ...current, spec: { ...current.spec!, reference: true } },
    });
    const stale = await failure(
      client.replaceNamespacedImageTag({ namespace: 'demo', name: 'ruby:3.1', body: current }),
    );
    expect([stale.status, stale.reason]).toEqual([409, 'Conflict']);
    const missing = await failure(client.readNamespacedImageTag({ namespace: 'demo', name: 'gone:1' }));
    expect([missing.status, missing.reason, missing.message]).toEqual([
      404,
      'NotFound',
      expect.stringContaining('imagetags.image.openshift.io "gone:1" not found'),
    ]);
    const invalid = await failure(
      client.createNamespacedImageTag({
        namespace: 'demo',
        body: {
          metadata: { name: 'bad:1' },
          spec: { name: '1', from: { kind: 'Nope', name: 'x' } },
        } as unknown as ImageTag,
      }),
    );
    expect([invalid.status, invalid.reason]).toEqual([422, 'Invalid']);
    // openshift-apiserver decodes into Go's ImageTag struct first: a value of the wrong JSON kind, or a time
    // metav1.Time cannot parse (even in a field the server then resets), fails decoding with a 400 in Go's words.
    for (const [body, detail] of [
      [
        { ...tag('bad:2'), spec: { ...tag('bad:2').spec!, generation: 'two' } },
        'json: cannot unmarshal string into Go struct field TagReference.spec.generation of type int64',
      ],
      [
        { ...tag('bad:3'), metadata: { name: 'bad:3', creationTimestamp: 'yesterday' } },
        'parsing time "yesterday" as "2006-01-02T15:04:05Z07:00": cannot parse "yesterday" as "2006"',
      ],
    ] as const) {
      const undecodable = await failure(
        client.createNamespacedImageTag({ namespace: 'demo', body: body as unknown as ImageTag }),
      );
      expect([undecodable.status, undecodable.reason]).toEqual([400, 'BadRequest']);
      expect(undecodable.message).toContain(`ImageTag in version "v1" cannot be handled as a ImageTag: ${detail}`);
    }
    // Go reads a number by its text: 2.0 is not an int64, though JSON.parse makes 2 of it; and of a repeated
    // name it reads both values, the first one's error kept.
    const spec = '{"name":"5","from":{"kind":"DockerImage","name":"quay.io/x/bad:5"}';
    for (const [text, detail] of [
      [
        `${spec},"generation":2.0}`,
        'json: cannot unmarshal number 2.0 into Go struct field TagReference.spec.generation of type int64',
      ],
      [
        `${spec},"generation":"x","generation":1}`,
        'json: cannot unmarshal string into Go struct field TagReference.spec.generation of type int64',
      ],
    ]) {
      const response = await fetch(`${server.url}/apis/image.openshift.io/v1/namespaces/demo/imagetags`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: `{"apiVersion":"image.openshift.io/v1","kind":"ImageTag","metadata":{"name":"bad:5"},"spec":${text}}`,
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { message: string }).message).toContain(
        `ImageTag in version "v1" cannot be handled as a ImageTag: ${detail}`,
      );
    }
    // A repeated field: Go's strict decoding (sigs.k8s.io/json DisallowDuplicateFields) refuses it under Strict and
    // warns under Warn, in the words of Kubernetes' field_validation_test.go.
    const repeated = `{"apiVersion":"image.openshift.io/v1","kind":"ImageTag","metadata":{"name":"dup:7"},"spec":{"name":"7","name":"7","from":{"kind":"DockerImage","name":"quay.io/x/dup:7"}}}`;
    const post = (query: string) =>
      fetch(`${server.url}/apis/image.openshift.io/v1/namespaces/demo/imagetags?${query}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: repeated,
      });
    const strict = await post('fieldValidation=Strict');
    expect(strict.status).toBe(400);
    expect(((await strict.json()) as { message: string }).message).toContain(
      'ImageTag in version "v1" cannot be handled as a ImageTag: strict decoding error: duplicate field "spec.name"',
    );
    const warned = await post('fieldValidation=Warn');
    expect(warned.status).toBe(201);
    expect(warned.headers.get('warning')).toContain('duplicate field \\"spec.name\\"');
    expect(invalid.apiStatus?.details?.causes).toEqual([
      {
        reason: 'FieldValueNotSupported',
        field: 'spec.from.kind',
        message: expect.stringContaining('Unsupported value: "Nope"'),
      },
    ]);
  });

  it('lists with selectors, and pages with limit/continue over one snapshot', async () => {
    for (const name of ['a:1', 'b:1', 'c:1'])
      await client.createNamespacedImageTag({ namespace: 'demo', body: tag(name, { app: name[0]! }) });
    const selected = await client.listNamespacedImageTag({ namespace: 'demo', labelSelector: 'app in (a,c)' });
    expect(selected.items!.map((item) => item.metadata?.name)).toEqual(['a:1', 'c:1']);
    const first = await client.listNamespacedImageTag({ namespace: 'demo', limit: 2 });
    expect(first.items!.map((item) => item.metadata?.name)).toEqual(['a:1', 'b:1']);
    expect(first.metadata?.remainingItemCount).toBe(2);
    // A change after the first page does not show in the next one: the pages read the first page's snapshot.
    await client.createNamespacedImageTag({ namespace: 'demo', body: tag('bb:1') });
    const second = await client.listNamespacedImageTag({
      namespace: 'demo',
      limit: 2,
      continue: first.metadata!.continue!,
    });
    expect(second.items!.map((item) => item.metadata?.name)).toEqual(['c:1', 'preloaded:1']);
    expect(second.metadata?.resourceVersion).toBe(first.metadata?.resourceVersion);
    const all: string[] = [];
    for await (const item of client.listAllImageTagForAllNamespaces({ limit: 1 })) all.push(item.metadata!.name!);
    expect(all).toEqual(['a:1', 'b:1', 'bb:1', 'c:1', 'preloaded:1']);
  });

  it('patches (merge, JSON, apply) and deletes with a Status (rule 33)', async () => {
    await client.createNamespacedImageTag({ namespace: 'demo', body: tag('ruby:3.1') });
    const merged = await client.patchNamespacedImageTag({
      namespace: 'demo',
      name: 'ruby:3.1',
      patch: { type: 'merge', body: { spec: { reference: true } } },
    });
    expect(merged.spec?.reference).toBe(true);
    const json = await client.patchNamespacedImageTag({
      namespace: 'demo',
      name: 'ruby:3.1',
      patch: { type: 'json', operations: [{ op: 'replace', path: '/spec/from/name', value: 'quay.io/y/ruby:3.1' }] },
    });
    expect(json.spec?.from?.name).toBe('quay.io/y/ruby:3.1');
    const apply = (manager: string, reference: boolean, force?: boolean) =>
      client.patchNamespacedImageTag({
        namespace: 'demo',
        name: 'ruby:3.1',
        fieldManager: manager,
        ...(force !== undefined ? { force } : {}),
        patch: {
          type: 'apply',
          body: {
            apiVersion: 'image.openshift.io/v1',
            kind: 'ImageTag',
            metadata: { name: 'ruby:3.1' },
            spec: { reference },
          },
        },
      });
    expect((await apply('ci', true)).spec?.reference).toBe(true);
    const conflict = await failure(apply('other', false));
    expect([conflict.status, conflict.reason]).toEqual([409, 'Conflict']);
    expect(conflict.message).toContain('.spec.reference');
    expect((await apply('other', false, true)).spec?.reference).toBe(false);
    const status = await client.deleteNamespacedImageTag({ namespace: 'demo', name: 'ruby:3.1' });
    expect(status).toMatchObject({ kind: 'Status', status: 'Success', details: { name: 'ruby:3.1' } });
    expect((await failure(client.readNamespacedImageTag({ namespace: 'demo', name: 'ruby:3.1' }))).status).toBe(404);
  });
});

describe('@kubernetes/client-node against the fake', () => {
  const api = (): k8s.CustomObjectsApi => {
    const config = new k8s.KubeConfig();
    config.loadFromOptions({
      clusters: [{ name: 'fake', server: server.url, skipTLSVerify: true }],
      users: [{ name: 'tester', token: 'unused' }],
      contexts: [{ name: 'fake', cluster: 'fake', user: 'tester', namespace: 'demo' }],
      currentContext: 'fake',
    });
    return config.makeApiClient(k8s.CustomObjectsApi);
  };
  const where = { group: 'image.openshift.io', version: 'v1', namespace: 'demo', plural: 'imagetags' };

  it('creates, reads, lists by label and deletes', async () => {
    const objects = api();
    const created = (await objects.createNamespacedCustomObject({
      ...where,
      body: { apiVersion: 'image.openshift.io/v1', kind: 'ImageTag', ...tag('go:1.22', { lang: 'go' }) },
    })) as ImageTag;
    expect(created.metadata?.uid).toBe('uid-2');
    const read = (await objects.getNamespacedCustomObject({ ...where, name: 'go:1.22' })) as ImageTag;
    expect(read.spec?.from?.name).toBe('quay.io/x/go:1.22');
    const list = (await objects.listNamespacedCustomObject({ ...where, labelSelector: 'lang=go' })) as {
      items: ImageTag[];
    };
    expect(list.items.map((item) => item.metadata?.name)).toEqual(['go:1.22']);
    await objects.deleteNamespacedCustomObject({ ...where, name: 'go:1.22' });
    const error = await objects.getNamespacedCustomObject({ ...where, name: 'go:1.22' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(k8s.ApiException);
    expect((error as k8s.ApiException<string>).code).toBe(404);
  });

  it('gets 409 on a duplicate and 422 on an invalid object', async () => {
    const objects = api();
    const body = { apiVersion: 'image.openshift.io/v1', kind: 'ImageTag', ...tag('preloaded:1') };
    const duplicate = await objects.createNamespacedCustomObject({ ...where, body }).catch((e: unknown) => e);
    expect((duplicate as k8s.ApiException<string>).code).toBe(409);
    const invalid = await objects
      .createNamespacedCustomObject({
        ...where,
        body: { ...body, metadata: { name: 'x:1' }, spec: { name: '1', from: { kind: 'DockerImage' } } },
      })
      .catch((e: unknown) => e);
    expect((invalid as k8s.ApiException<string>).code).toBe(422);
    expect(JSON.parse((invalid as k8s.ApiException<string>).body)).toMatchObject({
      reason: 'Invalid',
      details: { causes: [{ field: 'spec.from.name', reason: 'FieldValueRequired' }] },
    });
  });
});
