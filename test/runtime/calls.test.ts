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
});
