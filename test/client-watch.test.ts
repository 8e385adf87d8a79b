// The generated ImageTag client's watch methods against a real HTTP server on loopback: typed events streamed one by
// one (not buffered), bookmarks, resumption from the last resourceVersion after a dropped connection, and 410 Gone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, WatchExpiredError, createClient, type WatchEvent } from '../generated/imagetag/src/client.js';
import type { ImageTag } from '../generated/imagetag/src/types.js';
import { json, startApiServer, type ApiServer } from './support/api-server.js';

const V1 = '/apis/image.openshift.io/v1';
let server: ApiServer;
beforeAll(async () => {
  server = await startApiServer();
});
afterAll(() => server.close());

const tag = (name: string, resourceVersion: string): ImageTag => ({
  apiVersion: 'image.openshift.io/v1',
  kind: 'ImageTag',
  metadata: { name, namespace: 'demo', resourceVersion },
});
const line = (type: string, object: unknown) => `${JSON.stringify({ type, object })}\n`;

describe('watchNamespacedImageTag', () => {
  it('streams typed events as they arrive, then resumes from the last resourceVersion after a drop', async () => {
    let release: () => void = () => undefined;
    const firstSeen = new Promise<void>((resolve) => (release = resolve));
    server.sequence(
      (_request, response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.write(line('ADDED', tag('ruby:3.1', '100')));
        // The next event and the drop come only after the caller has seen the first: nothing is buffered.
        void firstSeen.then(() => {
          response.write(line('BOOKMARK', { kind: 'ImageTag', metadata: { resourceVersion: '105' } }));
          setTimeout(() => response.socket?.destroy(), 50);
        });
      },
      (_request, response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.write(line('MODIFIED', tag('ruby:3.1', '106')));
      },
    );
    const events: WatchEvent<ImageTag>[] = [];
    for await (const event of createClient({ baseUrl: server.url }).watchNamespacedImageTag({
      namespace: 'demo',
      allowWatchBookmarks: true,
    })) {
      events.push(event);
      if (events.length === 1) release();
      if (event.type === 'MODIFIED') {
        // Typed: the object of a MODIFIED event is an ImageTag.
        expect(event.object.metadata?.resourceVersion).toBe('106');
        break;
      }
    }
    expect(events.map((event) => event.type)).toEqual(['ADDED', 'BOOKMARK', 'MODIFIED']);
    expect(server.requests.map((request) => request.rawPath)).toEqual([
      `${V1}/namespaces/demo/imagetags`,
      `${V1}/namespaces/demo/imagetags`,
    ]);
    expect(server.requests.map((request) => request.query.get('watch'))).toEqual(['true', 'true']);
    expect(server.requests.map((request) => request.query.get('resourceVersion'))).toEqual([null, '105']);
  });

  it('410 Gone is a WatchExpiredError, so the caller can list again', async () => {
    server.handle(json(410, { kind: 'Status', status: 'Failure', reason: 'Expired', code: 410, message: 'too old' }));
    const drain = async () => {
      for await (const _event of createClient({ baseUrl: server.url }).watchImageTagForAllNamespaces({
        resourceVersion: '1',
      }))
        void _event;
    };
    const error = await drain().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WatchExpiredError);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 410, reason: 'Expired', resourceVersion: '1' });
  });
});
