// runtime/client-params.ts, imported directly: the serialization table of the OpenAPI Specification ("Style
// Examples", https://spec.openapis.org/oas/v3.1.0#style-examples), row by row, for the parameter `color` holding
// the empty string, the string "blue", the array ["blue", "black", "brown"] and the object {R: 100, G: 200, B: 150}.
import { describe, expect, it } from 'vitest';
import {
  $cookiePairs,
  $headerValue,
  $pathParam,
  $queryPairs,
  $simplePath,
  type $Style,
} from '../../runtime/client-params.js';

const string = 'blue';
const array = ['blue', 'black', 'brown'];
const object = { R: 100, G: 200, B: 150 };

/** [style, explode, empty, string, array, object]: the spec's table (n/a rows left undefined). */
const pathTable: [$Style, boolean, string | undefined, string, string, string][] = [
  ['matrix', false, ';color', ';color=blue', ';color=blue,black,brown', ';color=R,100,G,200,B,150'],
  ['matrix', true, ';color', ';color=blue', ';color=blue;color=black;color=brown', ';R=100;G=200;B=150'],
  ['label', false, '.', '.blue', '.blue,black,brown', '.R,100,G,200,B,150'],
  ['label', true, '.', '.blue', '.blue.black.brown', '.R=100.G=200.B=150'],
  ['simple', false, undefined, 'blue', 'blue,black,brown', 'R,100,G,200,B,150'],
  ['simple', true, undefined, 'blue', 'blue,black,brown', 'R=100,G=200,B=150'],
];

const queryTable: [$Style, boolean, string | undefined, string | undefined, string | undefined, string][] = [
  ['form', false, 'color=', 'color=blue', 'color=blue,black,brown', 'color=R,100,G,200,B,150'],
  ['form', true, 'color=', 'color=blue', 'color=blue&color=black&color=brown', 'R=100&G=200&B=150'],
  ['spaceDelimited', false, undefined, undefined, 'color=blue%20black%20brown', 'color=R%20100%20G%20200%20B%20150'],
  ['pipeDelimited', false, undefined, undefined, 'color=blue|black|brown', 'color=R|100|G|200|B|150'],
  ['deepObject', true, undefined, undefined, undefined, 'color[R]=100&color[G]=200&color[B]=150'],
];

describe('path parameters as the spec table shows', () => {
  it.each(pathTable)('%s, explode %s', (style, explode, empty, forString, forArray, forObject) => {
    if (empty !== undefined) expect($pathParam('', 'color', style, explode)).toBe(empty);
    expect($pathParam(string, 'color', style, explode)).toBe(forString);
    expect($pathParam(array, 'color', style, explode)).toBe(forArray);
    expect($pathParam(object, 'color', style, explode)).toBe(forObject);
  });

  it('a simple value is one segment: encoded, and never empty, "." or ".."', () => {
    expect($pathParam('a/b c', 'x')).toBe('a%2Fb%20c');
    for (const value of ['', '.', '..', undefined, null]) expect(() => $pathParam(value, 'x')).toThrow(TypeError);
  });

  it('$simplePath (what a recipe without path styles uses) is the simple style without explode', () => {
    expect([string, array, object, 'a/b c', 7].map((value) => $simplePath(value, 'color'))).toEqual([
      'blue',
      'blue,black,brown',
      'R,100,G,200,B,150',
      'a%2Fb%20c',
      '7',
    ]);
    for (const value of ['', '.', '..', undefined, null])
      expect(() => $simplePath(value, 'x')).toThrow('path parameter "x" must be a non-empty name other than');
  });
});

describe('query parameters as the spec table shows', () => {
  it.each(queryTable)('%s, explode %s', (style, explode, empty, forString, forArray, forObject) => {
    const query = (value: unknown) => $queryPairs('color', value, style, explode).join('&');
    if (empty !== undefined) expect(query('')).toBe(empty);
    if (forString !== undefined) expect(query(string)).toBe(forString);
    if (forArray !== undefined) expect(query(array)).toBe(forArray);
    expect(query(object)).toBe(forObject);
  });

  it('deepObject nests (Stripe-style created[gte]=1) and leaves undefined members out', () => {
    expect($queryPairs('created', { gte: 1, lt: undefined, in: { a: 'x y' } }, 'deepObject', true)).toEqual([
      'created[gte]=1',
      'created[in][a]=x%20y',
    ]);
  });

  it('allowReserved keeps reserved characters (but # which would end the URL); otherwise they are encoded', () => {
    expect($queryPairs('q', 'a/b?c=d&e#f', 'form', true, true)).toEqual(['q=a/b?c=d&e%23f']);
    expect($queryPairs('q', 'a/b?c=d&e#f', 'form', true, false)).toEqual(['q=a%2Fb%3Fc%3Dd%26e%23f']);
  });

  it('an absent value sends nothing', () => {
    expect($queryPairs('q', undefined)).toEqual([]);
    expect($queryPairs('q', null)).toEqual([]);
  });
});

describe('header and cookie parameters', () => {
  it('headers are simple: arrays and objects comma-joined, explode writes name=value', () => {
    expect($headerValue(string)).toBe('blue');
    expect($headerValue(array)).toBe('blue,black,brown');
    expect($headerValue(object)).toBe('R,100,G,200,B,150');
    expect($headerValue(object, true)).toBe('R=100,G=200,B=150');
  });

  it('cookies are form style, values percent-encoded', () => {
    expect($cookiePairs('color', 'blue; x')).toEqual(['color=blue%3B%20x']);
    expect($cookiePairs('color', array, false)).toEqual(['color=blue,black,brown']);
    expect($cookiePairs('color', array, true)).toEqual(['color=blue', 'color=black', 'color=brown']);
  });
});
