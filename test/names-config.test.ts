/** The config's `names` map (issue 13): checked when the config is read, and applied by parse. */
import { describe, expect, it } from 'vitest';
import { loadConfigObject } from '../generator/config.js';
import { SpecgenError } from '../generator/errors.js';
import { parseSource } from '../generator/load.js';
import { normalize } from '../generator/normalize.js';
import { parse } from '../generator/parse/index.js';
import { upgrade } from '../generator/upgrade.js';

const SPEC = `openapi: 3.0.3
info: {title: names, version: "1"}
paths: {}
components:
  schemas:
    issuing.authorization: {type: object}
    authorization: {type: string}
`;

/** The model names parse gives with these overrides. */
function modelNames(names: Record<string, string>): Record<string, string> {
  const spec = normalize(upgrade(parseSource('names.yaml', SPEC)), {});
  const { api } = parse({ ...spec, kubernetes: false }, { names });
  return Object.fromEntries(api.models.map((model) => [model.key, model.name]));
}

describe('names', () => {
  it('a job keeps its names map', () => {
    const [job] = loadConfigObject(
      { spec: 'a.yaml', out: 'out', name: 'x', names: { 'issuing.authorization': 'IssuingAuth' } },
      '/work',
      '/work/specgen.config.json',
    );
    expect(job!.names).toEqual({ 'issuing.authorization': 'IssuingAuth' });
  });

  it.each([
    [{ a: 'not a name' }, 'jobs[0].names["a"]: "not a name" is not a TypeScript identifier'],
    [
      { a: 'Record' },
      'jobs[0].names["a"]: "Record" is reserved (a keyword, a global, or a name the generated code declares)',
    ],
    [{ a: 3 }, 'jobs[0].names["a"]: it is not a string'],
    [['a'], 'jobs[0].names must map schema keys to names'],
  ])('refuses %j', (names, message) => {
    expect(() => loadConfigObject({ spec: 'a.yaml', out: 'out', name: 'x', names }, '/work', '/work/c.json')).toThrow(
      message,
    );
  });

  it('parse names the keys as the map says', () => {
    expect(modelNames({})).toEqual({ authorization: 'Authorization', 'issuing.authorization': 'IssuingAuthorization' });
    expect(modelNames({ authorization: 'AuthorizationCode', 'issuing.authorization': 'Authorization' })).toEqual({
      authorization: 'AuthorizationCode',
      'issuing.authorization': 'Authorization',
    });
  });

  it('a key the spec lacks, or two keys with one name, is an error', () => {
    expect(() => modelNames({ nope: 'Nope', authorization: 'X', 'issuing.authorization': 'X' })).toThrow(SpecgenError);
    try {
      modelNames({ nope: 'Nope', authorization: 'X', 'issuing.authorization': 'X' });
    } catch (error) {
      expect((error as SpecgenError).diagnostics.map((d) => d.message)).toEqual([
        'names: "authorization" and "issuing.authorization" are both named X',
        'names: the spec has no schema "nope" to name Nope',
      ]);
    }
  });
});
