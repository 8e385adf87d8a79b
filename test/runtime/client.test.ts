// runtime/client.ts, imported directly: request building and sending, driven through an injected `fetch` that
// answers with real WHATWG `Response` objects (Node's own), so no server is needed.
import { describe, expect, it } from 'vitest';
import {
  $checkHeader,
  $config,
  $headers,
  $isStatus,
  $pages,
  $param,
  $patchBody,
  $queryString,
  $queryValue,
  $readBody,
  $request,
  $retryDelay,
  $segment,
  $send,
  $sleep,
  AbortError,
  ApiError,
  NetworkError,
  ResponseValidationError,
  TimeoutError,
  type $Operation,
  type ClientOptions,
} from '../../runtime/client.js';

/** One request as the fake fetch saw it. */
interface Seen {
  readonly url: string;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

/** A fetch that answers from a list of responses (or errors) in turn, recording what it was asked. */
function fakeFetch(answers: (Response | Error | (() => Promise<Response>))[]): { fetch: typeof fetch; seen: Seen[] } {
  const seen: Seen[] = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    seen.push({
      url,
      method: init.method ?? 'GET',
      headers: init.headers as Record<string, string>,
      body: init.body,
    });
    const answer = answers.shift();
    if (answer === undefined) throw new Error('no more answers');
    if (answer instanceof Error) throw answer;
    if (typeof answer === 'function') return answer();
    return answer;
  }) as unknown as typeof fetch;
  return { fetch: fetchImpl, seen };
}

const json = (value: unknown, status = 200, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(value), { status, headers: { 'content-type': 'application/json', ...headers } });

const getThing: $Operation = {
  method: 'GET',
  path: ['/apis/x/v1/namespaces/', 'namespace', '/things/', 'name'],
  query: [
    ['pretty', 'pretty', true],
    ['labelSelector', 'labelSelector', true],
  ],
  headers: [['X-Trace', 'trace']],
  bodyKind: 'none',
  bodyKey: undefined,
  contentType: undefined,
  patchTypes: undefined,
  responseKind: 'json',
  validate: undefined,
  safe: true,
};

const createThing: $Operation = {
  ...getThing,
  method: 'POST',
  path: ['/things'],
  query: [],
  headers: [],
  bodyKind: 'json',
  bodyKey: 'body',
  contentType: 'application/json',
  safe: false,
};

/** What a promise rejected with; fails the test when it resolves. */
function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

/** Sends one operation with the given client options and answers. */
async function send(
  operation: $Operation,
  params: object,
  answers: Parameters<typeof fakeFetch>[0],
  options: Partial<ClientOptions> = {},
  request?: Parameters<typeof $send>[2],
): Promise<{ result: unknown; seen: Seen[] }> {
  const fake = fakeFetch(answers);
  const config = $config({ baseUrl: 'https://api.example.com:6443/prefix/', fetch: fake.fetch, ...options });
  const result = await $send(config, $request(operation, params), request);
  return { result, seen: fake.seen };
}

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
    expect((await $headers(basic, { ...spec, responseKind: 'text' }, undefined, undefined)).authorization).toBe(
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

describe('$send', () => {
  it('sends to the base URL plus path and query, and returns the decoded body', async () => {
    const { result, seen } = await send(getThing, { namespace: 'n', name: 'm', labelSelector: 'a=b' }, [
      json({ ok: 1 }),
    ]);
    expect(result).toEqual({ ok: 1 });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.url).toBe(
      'https://api.example.com:6443/prefix/apis/x/v1/namespaces/n/things/m?labelSelector=a%3Db',
    );
    expect(seen[0]!.method).toBe('GET');
    expect(seen[0]!.body).toBeNull();
  });

  it('a JSON body is serialized with its content type; raw bodies pass through', async () => {
    const { seen } = await send(createThing, { body: { a: 1 } }, [json({}, 201)]);
    expect(seen[0]!.body).toBe('{"a":1}');
    expect(seen[0]!.headers['content-type']).toBe('application/json');
    const raw = await send({ ...createThing, bodyKind: 'raw', contentType: 'text/plain' }, { body: 'x' }, [json({})]);
    expect(raw.seen[0]!.body).toBe('x');
    const patch = await send(
      { ...createThing, bodyKind: 'patch', patchTypes: { merge: 'application/merge-patch+json' } },
      { body: { type: 'merge', body: { a: 1 } } },
      [json({})],
    );
    expect(patch.seen[0]!.headers['content-type']).toBe('application/merge-patch+json');
    const none = await send(createThing, {}, [json({})]);
    expect(none.seen[0]!.headers['content-type']).toBeUndefined();
  });

  it('a non-2xx answer is an ApiError carrying the decoded Status', async () => {
    const status = { kind: 'Status', reason: 'NotFound', message: 'things "m" not found', code: 404 };
    const error = await failure(send(getThing, { namespace: 'n', name: 'm' }, [json(status, 404)]));
    expect(error).toBeInstanceOf(ApiError);
    const api = error as ApiError;
    expect([api.status, api.reason, api.apiStatus, api.method]).toEqual([404, 'NotFound', status, 'GET']);
    expect(api.message).toBe(
      'GET https://api.example.com:6443/prefix/apis/x/v1/namespaces/n/things/m: 404 NotFound: things "m" not found',
    );
    const text = (await failure(
      send(getThing, { namespace: 'n', name: 'm' }, [new Response('oops', { status: 500 })]),
    )) as ApiError;
    expect([text.apiStatus, text.reason, text.body, text.message.endsWith(': 500: oops')]).toEqual([
      undefined,
      undefined,
      'oops',
      true,
    ]);
  });

  it('a JSON operation answered with text is an ApiError', async () => {
    const error = await failure(send(getThing, { namespace: 'n', name: 'm' }, [new Response('<html>')]));
    expect(error).toBeInstanceOf(ApiError);
  });

  it('retries 429 and 503 on safe methods when asked, honouring Retry-After', async () => {
    const busy = () => new Response('', { status: 429, headers: { 'retry-after': '0' } });
    const { result, seen } = await send(
      getThing,
      { namespace: 'n', name: 'm' },
      [busy(), new Response('', { status: 503, headers: { 'retry-after': '0' } }), json({ done: true })],
      { retry: true },
    );
    expect(result).toEqual({ done: true });
    expect(seen).toHaveLength(3);
    const give = (await failure(
      send(getThing, { namespace: 'n', name: 'm' }, [busy(), busy()], { retry: { retries: 1 } }),
    )) as ApiError;
    expect(give.status).toBe(429);
  });

  it('does not retry writes unless methods is "all", nor anything when retry is off', async () => {
    const busy = () => new Response('', { status: 503, headers: { 'retry-after': '0' } });
    await expect(send(createThing, { body: {} }, [busy(), json({})], { retry: true })).rejects.toBeInstanceOf(ApiError);
    await expect(send(createThing, { body: {} }, [busy(), json({})], { retry: { methods: 'all' } })).resolves.toEqual({
      result: {},
      seen: expect.any(Array),
    });
    await expect(send(getThing, { namespace: 'n', name: 'm' }, [busy(), json({})])).rejects.toBeInstanceOf(ApiError);
  });

  it('a failed fetch is a NetworkError with its cause', async () => {
    const cause = new Error('ECONNREFUSED');
    const error = (await failure(send(getThing, { namespace: 'n', name: 'm' }, [cause]))) as Error;
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.cause).toBe(cause);
  });

  it('a body that fails mid-read is a NetworkError', async () => {
    const broken = new Response(
      new ReadableStream({
        pull(controller) {
          controller.error(new Error('reset'));
        },
      }),
    );
    await expect(send(getThing, { namespace: 'n', name: 'm' }, [broken])).rejects.toBeInstanceOf(NetworkError);
  });

  it('a request past its time limit is a TimeoutError', async () => {
    const hang = (): Promise<Response> => new Promise(() => undefined);
    const fake = fakeFetch([]);
    const hanging = (async (_url: string, init: RequestInit) => {
      fake.seen.push({ url: _url, method: 'GET', headers: {}, body: null });
      return new Promise<Response>((_, reject) => {
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        void hang();
      });
    }) as unknown as typeof fetch;
    const config = $config({ baseUrl: 'https://h', fetch: hanging, timeoutMs: 5 });
    const error = (await failure(
      $send(config, $request(getThing, { namespace: 'n', name: 'm' }), undefined),
    )) as TimeoutError;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.message).toContain('GET https://h/apis/x/v1/namespaces/n/things/m');
  });

  it("the caller's signal aborts: before sending, and while waiting to retry", async () => {
    const done = new AbortController();
    done.abort();
    await expect(
      send(getThing, { namespace: 'n', name: 'm' }, [json({})], {}, { signal: done.signal }),
    ).rejects.toBeInstanceOf(AbortError);
    const later = new AbortController();
    const waiting = send(
      getThing,
      { namespace: 'n', name: 'm' },
      [new Response('', { status: 429, headers: { 'retry-after': '60' } })],
      { retry: true },
      { signal: later.signal },
    );
    setTimeout(() => later.abort(), 10);
    await expect(waiting).rejects.toBeInstanceOf(AbortError);
  });

  it('validates success bodies in response mode when asked', async () => {
    const validate = (value: unknown) =>
      (value as { ok?: unknown }).ok === true
        ? { valid: true }
        : { valid: false, errors: [{ path: 'ok', type: 'FieldValueRequired', message: 'ok: Required value' }] };
    const operation = { ...getThing, validate };
    const options = { validateResponses: 'response' as const };
    await expect(send(operation, { namespace: 'n', name: 'm' }, [json({ ok: true })], options)).resolves.toMatchObject({
      result: { ok: true },
    });
    const error = (await failure(
      send(operation, { namespace: 'n', name: 'm' }, [json({})], options),
    )) as ResponseValidationError;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.message).toMatch(/the response does not match its schema:\n- ok: Required value$/);
    await expect(send(operation, { namespace: 'n', name: 'm' }, [json({})])).resolves.toMatchObject({ result: {} });
  });

  it('an operation with no response body reads none', async () => {
    const { result } = await send({ ...getThing, responseKind: 'none' }, { namespace: 'n', name: 'm' }, [json({})]);
    expect(result).toBeUndefined();
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
