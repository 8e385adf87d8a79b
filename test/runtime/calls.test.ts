// runtime/calls.ts, imported directly: one call as the generated functions and methods make it, through an injected
// fetch: a promise that rejects (never throws), the validator only when passed, and every item of a paged list.
import { describe, expect, it } from 'vitest';
import { $call, $iterate, $listAll } from '../../runtime/calls.js';
import { $config } from '../../runtime/request.js';
import { $ndjsonReader } from '../../runtime/client-media.js';
import { $checkResponse } from '../../runtime/send.js';
import { fakeFetch, getThing, json } from './fake-fetch.js';

/** A configuration as createClient makes it (with the response check), or as createClientCore does (`core`). */
const configWith = (answers: Parameters<typeof fakeFetch>[0], options = {}, core = false) => {
  const fake = fakeFetch(answers);
  const check = core ? undefined : $checkResponse;
  return {
    config: $config({ baseUrl: 'https://api.example.com', fetch: fake.fetch, ...options }, {}, check),
    seen: fake.seen,
  };
};

describe('$call', () => {
  it('rejects, never throws, when a parameter is refused; sends nothing', async () => {
    const { config, seen } = configWith([]);
    const pending = $call(config, getThing, { namespace: 'a', name: '' }, undefined);
    expect(pending).toBeInstanceOf(Promise);
    await expect(pending).rejects.toThrow(/path parameter "name"/);
    expect(seen).toEqual([]);
  });

  it('validates only with the validator it is given (the methods pass theirs)', async () => {
    const invalid = () => ({ valid: false, errors: [{ path: 'x', type: 'FieldValueInvalid', message: 'x: bad' }] });
    const { config } = configWith([json({ x: 1 }), json({ x: 1 })], { validateResponses: 'response' });
    expect(await $call(config, getThing, { namespace: 'a', name: 'b' }, undefined)).toEqual({ x: 1 });
    await expect($call(config, getThing, { namespace: 'a', name: 'b' }, undefined, invalid)).rejects.toThrow(
      /does not match its schema/,
    );
    // createClientCore's configuration names no response check: its calls never validate.
    const core = configWith([json({ x: 1 })], { validateResponses: 'response' }, true).config;
    expect(await $call(core, getThing, { namespace: 'a', name: 'b' }, undefined, invalid)).toEqual({ x: 1 });
  });
});

describe('$listAll and $iterate', () => {
  it('yields every item of every page, following continue', async () => {
    const { config, seen } = configWith([
      json({ metadata: { continue: 'p2' }, items: [1, 2] }),
      json({ metadata: {}, items: [3] }),
    ]);
    const list = { ...getThing, query: [['continue', 'continue', true]] as const };
    const items: unknown[] = [];
    for await (const item of $listAll(config, list, { namespace: 'a', name: 'b' }, undefined)) items.push(item);
    expect(items).toEqual([1, 2, 3]);
    expect(seen.map((request) => new URL(request.url).searchParams.get('continue'))).toEqual([null, 'p2']);
  });

  it('streams NDJSON lines of an operation read as a stream, without parameters', async () => {
    const stream = { ...getThing, path: ['/things'], reader: $ndjsonReader };
    const { config } = configWith([new Response('{"a":1}\n{"a":2}\n', { status: 200 })]);
    const events: unknown[] = [];
    for await (const event of $iterate(config, stream, undefined, undefined)) events.push(event);
    expect(events).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it('a stream that fails while read is a NetworkError; one the caller aborted meanwhile is an AbortError', async () => {
    const stream = { ...getThing, path: ['/things'], reader: $ndjsonReader };
    // One line, then the connection drops.
    const dropping = () => {
      let reads = 0;
      return new Response(
        new ReadableStream<Uint8Array>({
          pull(controller) {
            if (reads++ === 0) controller.enqueue(new TextEncoder().encode('{"a":1}\n'));
            else controller.error(new Error('connection reset'));
          },
        }),
      );
    };
    const read = async (controller?: AbortController) => {
      const events: unknown[] = [];
      const { config } = configWith([dropping()]);
      const options = controller === undefined ? undefined : { signal: controller.signal };
      try {
        for await (const event of $iterate(config, stream, undefined, options)) {
          events.push(event);
          controller?.abort(new Error('stop'));
        }
      } catch (error) {
        return { events, error };
      }
      return { events, error: undefined };
    };
    expect(await read()).toMatchObject({ events: [{ a: 1 }], error: { name: 'NetworkError', method: 'GET' } });
    expect(await read(new AbortController())).toMatchObject({ events: [{ a: 1 }], error: { name: 'AbortError' } });
  });
});
