// runtime/client-forms.ts, imported directly: form-urlencoded and multipart bodies by their encoding entries, and
// the body written out when parts carry headers; and $request choosing among several media types.
import { describe, expect, it } from 'vitest';
import {
  $encodingOf,
  $formBody,
  $multipartBody,
  $multipartWithHeaders,
  $namesJson,
  $quotedName,
} from '../../runtime/client-forms.js';
import { $request, type $Operation } from '../../runtime/request.js';
import { $encodeJson, $encodeMultipart } from '../../runtime/client-media.js';
import { createThing } from './fake-fetch.js';

describe('$formBody', () => {
  it('writes plain properties with repeated keys and key[sub], styled ones as their query style', () => {
    expect($formBody({ a: ['x', 'y'], o: { p: 1 }, n: null })).toBe('a=x&a=y&o%5Bp%5D=1');
    expect(
      $formBody(
        { a: ['x', 'y'], o: { p: 1, q: 2 }, r: '/x?y', j: { k: true } },
        {
          a: { style: 'pipeDelimited', explode: false },
          o: { style: 'form', explode: true },
          r: { style: 'form', explode: true, allowReserved: true },
          j: { contentType: 'application/json' },
        },
      ),
    ).toBe('a=x|y&p=1&q=2&r=/x?y&j=%7B%22k%22%3Atrue%7D');
  });

  it('refuses a body that is not an object', () => {
    expect(() => $formBody('x')).toThrow(/must be an object/);
  });
});

describe('$multipartBody', () => {
  it('types parts by their encoding and writes styled parts as text', async () => {
    const form = $multipartBody(
      { file: new Blob(['x']), ids: [1, 2], note: 'n', meta: { a: 1 } },
      {
        file: { contentType: 'image/png, image/jpeg' },
        ids: { style: 'form', explode: false },
        note: { contentType: 'text/markdown' },
        meta: { contentType: 'application/vnd.x+json' },
      },
    );
    expect((form.get('file') as File).type).toBe('image/png');
    expect(form.getAll('ids')).toEqual(['1,2']);
    expect((form.get('note') as File).type).toBe('text/markdown');
    expect((form.get('meta') as File).type).toBe('application/vnd.x+json');
    expect(JSON.parse(await (form.get('meta') as File).text())).toEqual({ a: 1 });
  });
});

describe('$multipartWithHeaders', () => {
  it('writes every part with its declared headers, parsed back by undici', async () => {
    const form = new FormData();
    form.append('name', 'a "b"');
    form.append('file', new Blob([Uint8Array.from([0, 255])], { type: 'image/png' }), 'f.png');
    const { body, contentType } = $multipartWithHeaders(form, { file: { 'X-Sum': 'abc', 'X-None': undefined } });
    const text = await body.text();
    expect(text).toContain('X-Sum: abc\r\n');
    expect(text).not.toContain('X-None');
    const parsed = await new Request('http://x.invalid/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body,
    }).formData();
    expect(parsed.get('name')).toBe('a "b"');
    expect(new Uint8Array(await (parsed.get('file') as File).arrayBuffer())).toEqual(Uint8Array.from([0, 255]));
  });

  it('refuses CR and LF in a part header', () => {
    const form = new FormData();
    form.append('f', 'x');
    expect(() => $multipartWithHeaders(form, { f: { 'X-A': 'a\nb' } })).toThrow(/forbidden character/);
  });
});

describe('helpers', () => {
  it('read own encoding entries only, recognize JSON media types, quote names', () => {
    expect($encodingOf(Object.create({ a: {} }) as object as Record<string, never>, 'a')).toBeUndefined();
    expect([
      $namesJson('application/json'),
      $namesJson('application/vnd.a+json; v=1'),
      $namesJson('text/json'),
    ]).toEqual([true, true, false]);
    expect($quotedName('a"b\r\n')).toBe('"a%22b%0D%0A"');
  });
});

describe('$request with several media types', () => {
  const offered: $Operation = {
    ...createThing,
    contentTypes: { 'application/json': $encodeJson, 'multipart/form-data': $encodeMultipart },
    contentTypeKey: 'contentType',
    encodings: { 'multipart/form-data': { f: { contentType: 'image/png' } } },
  };

  it('sends the default unless the parameter selects another, with that media type encodings', () => {
    expect($request(offered, { body: {} })).toMatchObject({ encode: $encodeJson, contentType: 'application/json' });
    expect($request(offered, { contentType: 'multipart/form-data', body: {} })).toMatchObject({
      encode: $encodeMultipart,
      contentType: 'multipart/form-data',
      encoding: { f: { contentType: 'image/png' } },
    });
    expect(() => $request(offered, { contentType: 'text/xml' })).toThrow(
      'contentType must be one of "application/json", "multipart/form-data"',
    );
  });
});
