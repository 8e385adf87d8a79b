// runtime/client-watch.ts, imported directly, against a real HTTP server on loopback: events streamed one by one,
// bookmarks, resumption from the last resourceVersion after a dropped connection, and 410 Gone as a typed error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../runtime/client.js';
import { $config, type $Operation } from '../../runtime/request.js';
import { $watch, WatchExpiredError, type WatchEvent } from '../../runtime/client-watch.js';
import { $jsonReader } from '../../runtime/client-media.js';
import { json, startApiServer, type ApiServer } from '../support/api-server.js';

const listThings: $Operation = {
  method: 'GET',
  path: ['/apis/x/v1/namespaces/', 'namespace', '/things'],
  query: [
    ['allowWatchBookmarks', 'allowWatchBookmarks', true],
    ['resourceVersion', 'resourceVersion', true],
    ['watch', 'watch', true],
  ],
  headers: [],
  encode: undefined,
  bodyKey: undefined,
  contentType: undefined,
  patchTypes: undefined,
  reader: $jsonReader,
  validate: undefined,
  safe: true,
};

interface Thing {
  metadata: { name?: string; resourceVersion: string };
}
const thing = (name: string, resourceVersion: string): Thing => ({ metadata: { name, resourceVersion } });
const line = (type: string, object: unknown) => `${JSON.stringify({ type, object })}\n`;

let server: ApiServer;
beforeAll(async () => {
  server = await startApiServer();
});
afterAll(() => server.close());

describe('$watch', () => {
  it('streams each event as it arrives (the next is sent only after the first was seen)', async () => {
    let release: () => void = () => undefined;
    const seenFirst = new Promise<void>((resolve) => (release = resolve));
    server.handle((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write(line('ADDED', thing('a', '10')));
      void seenFirst.then(() => response.end(line('MODIFIED', thing('a', '11'))));
    });
    const controller = new AbortController();
    const config = $config({ baseUrl: server.url });
    const events: WatchEvent<Thing>[] = [];
    for await (const event of $watch<Thing>(config, listThings, { namespace: 'ns' }, { signal: controller.signal })) {
      events.push(event);
      if (events.length === 1) release();
      if (events.length === 2) break;
    }
    expect(events.map((event) => event.type)).toEqual(['ADDED', 'MODIFIED']);
    expect(server.requests[0]!.query.get('watch')).toBe('true');
  });

  it('resumes from the last resourceVersion (a bookmark included) after the connection drops', async () => {
    server.sequence(
      (_request, response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.write(line('ADDED', thing('a', '10')));
        response.write(line('BOOKMARK', { metadata: { resourceVersion: '12' } }));
        // Drop the connection mid-stream, after the events were flushed.
        setTimeout(() => response.socket?.destroy(), 50);
      },
      (_request, response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(line('DELETED', thing('a', '13')));
      },
      (_request, response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
      },
    );
    const config = $config({ baseUrl: server.url });
    const events: WatchEvent<Thing>[] = [];
    for await (const event of $watch<Thing>(config, listThings, { namespace: 'ns', allowWatchBookmarks: true }, {})) {
      events.push(event);
      if (events.length === 3) break;
    }
    expect(events.map((event) => event.type)).toEqual(['ADDED', 'BOOKMARK', 'DELETED']);
    expect(server.requests.map((request) => request.query.get('resourceVersion'))).toEqual([null, '12']);
    expect(server.requests[1]!.query.get('allowWatchBookmarks')).toBe('true');
  });

  it('an ERROR event with 410 Expired, or a 410 answer, is a WatchExpiredError (an ApiError)', async () => {
    const expired = { kind: 'Status', status: 'Failure', reason: 'Expired', code: 410, message: 'too old' };
    server.handle((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(line('ERROR', expired));
    });
    const config = $config({ baseUrl: server.url });
    const drain = async (params: object) => {
      for await (const _event of $watch<Thing>(config, listThings, params, {})) void _event;
    };
    const error = await drain({ namespace: 'ns', resourceVersion: '5' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WatchExpiredError);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 410, resourceVersion: '5', reason: 'Expired' });
    server.handle(json(410, expired));
    await expect(drain({ namespace: 'ns' })).rejects.toBeInstanceOf(WatchExpiredError);
  });
});
