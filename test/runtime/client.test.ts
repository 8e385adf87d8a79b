// runtime/client.ts and runtime/request.ts and send.ts, imported directly: $send end to end through an injected fetch, and the
// typed errors of runtime/client.ts it throws.
import { describe, expect, it } from 'vitest';
import { AbortError, ApiError, NetworkError, ResponseValidationError, TimeoutError } from '../../runtime/client.js';
import { $config, $request } from '../../runtime/request.js';
import { $send } from '../../runtime/send.js';
import { $encodeText, $noneReader } from '../../runtime/client-media.js';
import { $encodePatch } from '../../runtime/request-parts.js';
import { createThing, failure, getThing, json, send } from './fake-fetch.js';

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

  it('a JSON body is serialized with its content type; text bodies pass through', async () => {
    const { seen } = await send(createThing, { body: { a: 1 } }, [json({}, 201)]);
    expect(seen[0]!.body).toBe('{"a":1}');
    expect(seen[0]!.headers['content-type']).toBe('application/json');
    const raw = await send({ ...createThing, encode: $encodeText, contentType: 'text/plain' }, { body: 'x' }, [
      json({}),
    ]);
    expect(raw.seen[0]!.body).toBe('x');
    const patch = await send(
      { ...createThing, encode: $encodePatch, patchTypes: { merge: 'application/merge-patch+json' } },
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
    // A server that never answers: only the abort signal ends the request.
    const hanging = ((_url: string, init: RequestInit) =>
      new Promise<Response>((_, reject) => {
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      })) as unknown as typeof fetch;
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
    const { result } = await send({ ...getThing, reader: $noneReader }, { namespace: 'n', name: 'm' }, [json({})]);
    expect(result).toBeUndefined();
  });
});
