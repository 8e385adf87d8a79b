// runtime/request.ts, request-parts.ts, send.ts and calls.ts, imported directly: building requests (path, query, headers, patches), $config, retry delays,
// body decoding and paging.
import { describe, expect, it } from 'vitest';
import { $pages } from '../../runtime/calls.js';
import { $config, $isStatus, $param, $request } from '../../runtime/request.js';
import {
  $checkHeader,
  $headers,
  $patchBody,
  $queryString,
  $queryValue,
  $segment,
} from '../../runtime/request-parts.js';
import { $readBody, $retryDelay, $sleep } from '../../runtime/send.js';
import { $textReader } from '../../runtime/client-media.js';
import { $styles } from '../../runtime/client-params.js';
import { failure, getThing, json } from './fake-fetch.js';

describe('building a request', () => {
  it('fills the path, query and headers from the parameters, own properties only', () => {
    const spec = $request(getThing, { namespace: 'ns 1', name: 'a/b', pretty: true, trace: 7 });
    expect(spec.path).toBe('/apis/x/v1/namespaces/ns%201/things/a%2Fb');
    expect(spec.query).toEqual([
      ['pretty', true, true],
      ['labelSelector', undefined, true],
    ]);
    expect(spec.headers).toEqual([['X-Trace', 7]]);
    expect($param(Object.create({ inherited: 1 }) as object, 'inherited')).toBeUndefined();
    expect($param({}, 'constructor')).toBeUndefined();
  });

  it.each([undefined, null, '', '.', '..'])('refuses the path segment %j', (value) => {
    expect(() => $segment(value, 'name')).toThrow('path parameter "name" must be a non-empty name');
  });

  it('query values as the API server parses them; arrays exploded or joined', () => {
    expect([$queryValue('a'), $queryValue(1), $queryValue(false), $queryValue(2n), $queryValue({ a: 1 })]).toEqual([
      'a',
      '1',
      'false',
      '2',
      '{"a":1}',
    ]);
    expect(
      $queryString([
        ['a', ['x', 'y'], true],
        ['b', ['x', 'y'], false],
        ['c', undefined, true],
        ['d', null, true],
        ['e f', 'g&h', true],
      ]),
    ).toBe('?a=x&a=y&b=x%2Cy&e%20f=g%26h');
    expect($queryString([['a', undefined, true]])).toBe('');
  });

  it('path and query styles through the serializers the recipe names', () => {
    const styled = {
      ...getThing,
      path: ['/things/', 'id', ''],
      pathStyles: { id: ['label', true] as const },
      query: [['color', 'color', false, 'pipeDelimited'] as const],
      styles: $styles,
    };
    const spec = $request(styled, { id: ['a', 'b'], color: ['x', 'y'] });
    expect(spec.path + $queryString(spec.query, spec.styles)).toBe('/things/.a.b?color=x|y');
  });

  it('refuses CR, LF and NUL in header names and values (and ":" in names)', () => {
    expect($checkHeader('x', 'ok value')).toBe('ok value');
    for (const [name, value] of [
      ['x', 'a\r\nb'],
      ['x', 'a\0'],
      ['x:y', 'a'],
      ['x\n', 'a'],
    ] as const)
      expect(() => $checkHeader(name, value)).toThrow(/forbidden character/);
  });

  it('a typed patch picks its content type from the strategies the operation accepts', () => {
    const types = { json: 'application/json-patch+json', merge: 'application/merge-patch+json' };
    expect($patchBody({ type: 'json', operations: [{ op: 'remove', path: '/a' }] }, types)).toEqual({
      contentType: 'application/json-patch+json',
      body: '[{"op":"remove","path":"/a"}]',
    });
    expect($patchBody({ type: 'merge', body: { a: null } }, types)).toEqual({
      contentType: 'application/merge-patch+json',
      body: '{"a":null}',
    });
    expect(() => $patchBody({ type: 'apply', body: {} }, types)).toThrow('patch.type must be one of "json", "merge"');
    expect(() => $patchBody(undefined, types)).toThrow(TypeError);
  });
});

describe('$config', () => {
  it('moves user:password out of the URL into a Basic header and trims trailing slashes', () => {
    const config = $config({ baseUrl: 'https://al%20ice:s%C3%A9cret@h.example/base//', fetch: fetch });
    expect(config.baseUrl).toBe('https://h.example/base');
    expect(config.basic).toBe(`Basic ${Buffer.from('al ice:sécret').toString('base64')}`);
  });

  it.each([
    ['not a URL', '//user:hunter2@h', 'baseUrl is not an absolute URL'],
    ['another scheme', 'ftp://user:hunter2@h', 'baseUrl must be an http: or https: URL'],
    ['a query', 'https://user:hunter2@h/?a=1', 'baseUrl must not have a query or a fragment'],
    ['a fragment', 'https://user:hunter2@h/#x', 'baseUrl must not have a query or a fragment'],
  ])('refuses %s, without echoing the URL', (_, baseUrl, message) => {
    expect(() => $config({ baseUrl, fetch: fetch })).toThrow(new TypeError(message));
  });

  it('needs a fetch', () => {
    expect(() => $config({ baseUrl: 'https://h', fetch: 1 as unknown as typeof fetch })).toThrow(
      'no fetch available: pass options.fetch',
    );
    const saved = globalThis.fetch;
    try {
      (globalThis as { fetch?: unknown }).fetch = undefined;
      expect(() => $config({ baseUrl: 'https://h' })).toThrow('no fetch available: pass options.fetch');
    } finally {
      globalThis.fetch = saved;
    }
  });
});

describe('$headers', () => {
  const spec = $request({ ...getThing, headers: [['X-Trace', 'trace']] }, { namespace: 'n', name: 'm', trace: 1 });

  it('client, then request, then parameter headers; lower-cased; token over Basic', async () => {
    const config = $config({
      baseUrl: 'https://u:p@h',
      fetch: fetch,
      headers: { 'X-A': 'client', 'X-B': 'client' },
      userAgent: 'me/1',
      token: async () => 'tok',
    });
    expect(await $headers(config, spec, { headers: { 'x-b': 'request' } }, 'application/json')).toEqual({
      accept: 'application/json',
      'x-a': 'client',
      'x-b': 'request',
      'x-trace': '1',
      'content-type': 'application/json',
      'user-agent': 'me/1',
      authorization: 'Bearer tok',
    });
    const basic = $config({ baseUrl: 'https://u:p@h', fetch: fetch, token: '' });
    expect((await $headers(basic, { ...spec, reader: $textReader }, undefined, undefined)).authorization).toBe(
      `Basic ${btoa('u:p')}`,
    );
  });

  it('refuses a token with a line break without echoing it', async () => {
    const config = $config({ baseUrl: 'https://h', fetch: fetch, token: 'se\ncret' });
    const error = await failure($headers(config, spec, undefined, undefined));
    expect(String(error)).toBe('TypeError: the token contains a forbidden character');
  });
});

describe('$retryDelay and $sleep', () => {
  const response = (retryAfter?: string): Response =>
    new Response(null, { status: 429, headers: retryAfter === undefined ? {} : { 'retry-after': retryAfter } });

  it('Retry-After in seconds or as a date, else doubling backoff; capped', () => {
    expect($retryDelay(response('2'), 0, {})).toBe(2000);
    expect($retryDelay(response('1000'), 0, {})).toBe(30_000);
    expect($retryDelay(response('1000'), 0, { maxDelayMs: 50 })).toBe(50);
    expect($retryDelay(response(new Date(0).toUTCString()), 0, {})).toBe(0);
    const later = $retryDelay(response(new Date(Date.now() + 60_000).toUTCString()), 0, { maxDelayMs: 120_000 });
    expect(later).toBeGreaterThan(50_000);
    expect($retryDelay(response(), 0, {})).toBe(500);
    expect($retryDelay(response(), 3, { baseDelayMs: 10 })).toBe(80);
    expect($retryDelay(response('soon'), 1, { baseDelayMs: 10 })).toBe(20);
  });

  it('$sleep resolves, or rejects with the signal reason', async () => {
    await expect($sleep(1, new AbortController().signal)).resolves.toBeUndefined();
    const aborted = new AbortController();
    aborted.abort('early');
    await expect($sleep(1000, aborted.signal)).rejects.toBe('early');
    const later = new AbortController();
    const sleeping = $sleep(10_000, later.signal);
    later.abort('late');
    await expect(sleeping).rejects.toBe('late');
  });
});

describe('$readBody and $isStatus', () => {
  it('decodes JSON by content type or by shape; text otherwise; nothing for an empty body', async () => {
    expect(await $readBody(json({ a: 1 }))).toEqual({ a: 1 });
    expect(await $readBody(new Response(' [1]', { headers: { 'content-type': 'text/plain' } }))).toEqual([1]);
    expect(await $readBody(new Response('{broken', { headers: { 'content-type': 'application/json' } }))).toBe(
      '{broken',
    );
    expect(await $readBody(new Response('hello'))).toBe('hello');
    expect(await $readBody(new Response(''))).toBeUndefined();
  });

  it('a Status is an object of kind Status', () => {
    expect([{ kind: 'Status' }, { kind: 'Pod' }, null, 'Status'].map($isStatus)).toEqual([true, false, false, false]);
  });
});

describe('$pages', () => {
  it("follows continue from page to page, starting from the caller's token", async () => {
    const pages: Record<string, { metadata: { continue?: string }; items: number[] }> = {
      start: { metadata: { continue: 'b' }, items: [1, 2] },
      b: { metadata: { continue: '' }, items: [3] },
    };
    const asked: (string | undefined)[] = [];
    const list = async (params: { continue?: string | undefined; limit: number }) => {
      asked.push(params.continue);
      return pages[params.continue ?? 'start']!;
    };
    const items: number[] = [];
    for await (const item of $pages(list, { limit: 2 }, undefined)) items.push(item);
    expect(items).toEqual([1, 2, 3]);
    expect(asked).toEqual([undefined, 'b']);
    const fromB: number[] = [];
    for await (const item of $pages(list, { limit: 2, continue: 'b' }, undefined)) fromB.push(item);
    expect(fromB).toEqual([3]);
  });
});
