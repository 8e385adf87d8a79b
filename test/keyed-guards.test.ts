// The key walk of wide object types (generator/print/guard/keyed.ts) against the declared reads it replaces: the
// Kubernetes 1.36 validators generated both ways give the same answer, errors and their order included, on every
// real object of the corpora, on every one-place mutation of each, and on hostile shapes of every nested record
// (null prototype, class instance, a non-enumerable own field, a polluted Object.prototype).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { liveValidators, type LiveOptions, type LiveValidators } from './support/live-validators.js';
import { hostileShapes, KUBERNETES_SPEC, mutations, objectsIn } from './support/kubernetes-corpus.js';
import { repoPath } from './support/pipeline.js';

const KUBERNETES = repoPath(KUBERNETES_SPEC);
const CORPORA = [
  repoPath('test/fixtures/kubernetes-objects'),
  repoPath('test/fixtures/reference/kubernetes-website-examples'),
  repoPath('test/fixtures/reference/kubernetes-server-responses'),
];

/** YAML and JSON files under a folder (JSON is read as YAML, which it is). */
function yamlFiles(path: string): string[] {
  if (statSync(path).isDirectory()) return readdirSync(path).flatMap((name) => yamlFiles(join(path, name)));
  return /\.(ya?ml|json)$/.test(path) ? [path] : [];
}

const corpus = CORPORA.flatMap(yamlFiles).flatMap((file) =>
  parseAllDocuments(readFileSync(file, 'utf8')).flatMap((document) =>
    document.errors.length > 0 ? [] : objectsIn(document.toJS() as unknown),
  ),
);

const OPTIONS: readonly LiveOptions[] = [
  { mode: 'request' },
  { mode: 'response' },
  { mode: 'request', unknownFields: 'reject' },
];

describe('object guards that walk the keys answer as the declared reads do', () => {
  let keyed: LiveValidators;
  let declared: LiveValidators;
  beforeAll(async () => {
    keyed = await liveValidators(KUBERNETES);
    declared = await liveValidators(KUBERNETES, [], { keyedMinFields: Number.POSITIVE_INFINITY });
  }, 300_000);

  /** How many values `differences` compared (an object whose kind has no model is not compared). */
  let compared = 0;
  /** The answers (`validateX`, errors and their order, and `isX`) that differ between the two packages on `value`. */
  const differences = (value: unknown, label: string): string[] => {
    const record = value as Record<string, unknown>;
    const model = keyed.kinds.get(`${String(record['apiVersion'])}/${String(record['kind'])}`);
    if (model === undefined) return [];
    compared++;
    return OPTIONS.flatMap((options) => {
      const [one, two] = [keyed.validate(model, value, options), declared.validate(model, value, options)];
      const [isOne, isTwo] = [keyed.is(model, value, options), declared.is(model, value, options)];
      return JSON.stringify(one) === JSON.stringify(two) && isOne === isTwo && isOne === one.valid
        ? []
        : [`${model} ${JSON.stringify(options)} ${label}: ${String(isOne)} ${JSON.stringify(one).slice(0, 300)}`];
    });
  };
  /** The differences `compare` finds, after checking it compared at least `least` values. */
  const comparing = (least: number, compare: () => string[]): string[] => {
    const before = compared;
    const found = compare();
    expect(compared - before).toBeGreaterThanOrEqual(least);
    return found;
  };

  it('is generated for the wide types and not for the narrow ones', () => {
    const walks = (guard: string, source: string): boolean => {
      const start = source.indexOf(`function ${guard}(`);
      const end = source.indexOf('\nfunction ', start + 1);
      return start >= 0 && source.slice(start, end).includes('Object.getOwnPropertyNames(v)');
    };
    for (const guard of ['$v_Container', '$v_PodSpec', '$v_Volume', '$v_ObjectMeta'])
      expect([guard, walks(guard, keyed.source), walks(guard, declared.source)]).toEqual([guard, true, false]);
    for (const guard of ['$v_ContainerPort', '$v_EnvVar', '$v_LabelSelector'])
      expect([guard, walks(guard, keyed.source)]).toEqual([guard, false]);
  });

  it('on every object of the corpora, and every one-place mutation of it', () => {
    expect(corpus.length).toBeGreaterThan(500);
    const found = comparing(50_000, () =>
      corpus.flatMap((object) => [
        ...differences(object, 'as is'),
        ...[...mutations(object)].flatMap((changed) => differences(changed, 'mutated')),
      ]),
    );
    expect(found.slice(0, 10)).toEqual([]);
  });

  it('on hostile shapes of every nested record: null prototype, class instance, non-enumerable own field', () => {
    const found = comparing(10_000, () =>
      corpus.flatMap((object) => hostileShapes(object).flatMap((value) => differences(value, 'hostile'))),
    );
    expect(found.slice(0, 10)).toEqual([]);
  });

  it('with field names added to Object.prototype: inherited values are never fields', () => {
    const names = ['containers', 'name', 'image', 'volumes', 'restartPolicy', 'labels', 'args', 'annotations'];
    const found: string[] = [];
    for (const name of names) {
      Object.defineProperty(Object.prototype, name, { value: 7, configurable: true, enumerable: true, writable: true });
      try {
        found.push(
          ...comparing(500, () => corpus.flatMap((object) => differences(object, `Object.prototype.${name} = 7`))),
        );
      } finally {
        delete (Object.prototype as Record<string, unknown>)[name];
      }
    }
    expect(found.slice(0, 10)).toEqual([]);
  });

  it('refuses an object whose own names cannot be listed, as it refuses one whose fields cannot be read', () => {
    const throwing = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('ownKeys');
        },
        get() {
          throw new Error('get');
        },
      },
    );
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a' }, spec: { containers: [throwing] } };
    // The error names what failed (listing the names, not reading a field): the same place and type.
    const unreadable = /^Invalid value: the value could not be read: (ownKeys|get)$/;
    for (const options of OPTIONS) {
      expect(keyed.is('Pod', pod, options)).toBe(false);
      for (const result of [keyed.validate('Pod', pod, options), declared.validate('Pod', pod, options)]) {
        expect(result.valid).toBe(false);
        const errors = result.valid ? [] : result.errors;
        expect(errors.map((error) => [error.path, error.type])).toEqual([['', 'FieldValueInvalid']]);
        expect(errors[0]?.message).toMatch(unreadable);
      }
    }
  });
});
