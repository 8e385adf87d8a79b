// The key walk of wide object types (generator/print/guard/keyed.ts) against the declared reads it replaces: the
// Kubernetes 1.36 validators generated both ways give the same answer, errors and their order included, on every
// real object of the corpora, on every one-place mutation of each, and on hostile shapes of every nested record
// (null prototype, class instance, a non-enumerable own field, a polluted Object.prototype).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { liveValidators, type LiveOptions, type LiveValidators } from './support/live-validators.js';
import { repoPath } from './support/pipeline.js';

const KUBERNETES = repoPath('test/fixtures/reference/specs-at-scale/kubernetes.swagger.json');
const CORPORA = [
  repoPath('test/fixtures/kubernetes-objects'),
  repoPath('test/fixtures/reference/kubernetes-website-examples'),
];

/** YAML files under a folder. */
function yamlFiles(path: string): string[] {
  if (statSync(path).isDirectory()) return readdirSync(path).flatMap((name) => yamlFiles(join(path, name)));
  return /\.ya?ml$/.test(path) ? [path] : [];
}

/** Every object with an apiVersion and a kind anywhere in a parsed document (the fixtures nest them in cases). */
function objectsIn(value: unknown, found: Record<string, unknown>[]): Record<string, unknown>[] {
  if (Array.isArray(value)) value.forEach((item) => objectsIn(item, found));
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record['kind'] === 'string' && typeof record['apiVersion'] === 'string') found.push(record);
    Object.values(record).forEach((item) => objectsIn(item, found));
  }
  return found;
}

const corpus = CORPORA.flatMap(yamlFiles).flatMap((file) =>
  parseAllDocuments(readFileSync(file, 'utf8')).flatMap((document) =>
    document.errors.length > 0 ? [] : objectsIn(document.toJS() as unknown, []),
  ),
);

/** Copies of `value` with one change at one place, for every place: removed, replaced, or an unknown field added. */
function* mutations(value: unknown): Generator<unknown> {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++)
      for (const changed of mutations(value[i])) yield value.map((item, j) => (j === i ? changed : item));
    return;
  }
  const record = value as Record<string, unknown>;
  yield { ...record, notAField: 1 };
  for (const key of Object.keys(record)) {
    const { [key]: removed, ...rest } = record;
    yield rest;
    for (const replacement of [null, 7, 'x', {}, []]) yield { ...record, [key]: replacement };
    for (const changed of mutations(removed)) yield { ...record, [key]: changed };
  }
}

/** A class whose instances carry the fields as own properties, with a method on the prototype. */
class Instance {
  constructor(fields: Record<string, unknown>) {
    Object.assign(this, fields);
  }
  describe(): string {
    return 'an instance';
  }
}

/** Hostile shapes of a record: a null prototype, a class instance, each field made a non-enumerable own field. */
function shapes(record: Record<string, unknown>): unknown[] {
  const out: unknown[] = [Object.assign(Object.create(null) as object, record), new Instance(record)];
  for (const key of Object.keys(record)) {
    const copy = { ...record };
    delete copy[key];
    out.push(Object.defineProperty(copy, key, { value: record[key], enumerable: false }));
  }
  return out;
}

/** `value` with one nested record (any depth) replaced by each of its hostile shapes, one record at a time. */
function hostile(value: unknown, rebuild: (changed: unknown) => unknown = (changed) => changed): unknown[] {
  if (typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value))
    return value.flatMap((item, i) =>
      hostile(item, (changed) => rebuild(value.map((o, j) => (j === i ? changed : o)))),
    );
  const record = value as Record<string, unknown>;
  return [
    ...shapes(record).map(rebuild),
    ...Object.keys(record).flatMap((key) => hostile(record[key], (changed) => rebuild({ ...record, [key]: changed }))),
  ];
}

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

  /** The answers that differ between the two packages on `value`, one line each. */
  const differences = (value: unknown, label: string): string[] => {
    const record = value as Record<string, unknown>;
    const model = keyed.kinds.get(`${String(record['apiVersion'])}/${String(record['kind'])}`);
    if (model === undefined) return [];
    return OPTIONS.flatMap((options) => {
      const [one, two] = [keyed.validate(model, value, options), declared.validate(model, value, options)];
      return JSON.stringify(one) === JSON.stringify(two)
        ? []
        : [`${model} ${JSON.stringify(options)} ${label}: ${JSON.stringify(one).slice(0, 300)}`];
    });
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
    expect(corpus.length).toBeGreaterThan(400);
    const found: string[] = [];
    let compared = 0;
    for (const object of corpus) {
      found.push(...differences(object, 'as is'));
      for (const changed of mutations(object)) {
        compared++;
        found.push(...differences(changed, 'mutated'));
      }
    }
    expect(compared).toBeGreaterThan(50_000);
    expect(found.slice(0, 10)).toEqual([]);
  });

  it('on hostile shapes of every nested record: null prototype, class instance, non-enumerable own field', () => {
    const found = corpus.flatMap((object) => hostile(object).flatMap((value) => differences(value, 'hostile')));
    expect(found.slice(0, 10)).toEqual([]);
  });

  it('with field names added to Object.prototype: inherited values are never fields', () => {
    const names = ['containers', 'name', 'image', 'volumes', 'restartPolicy', 'labels', 'args', 'annotations'];
    const found: string[] = [];
    for (const name of names) {
      Object.defineProperty(Object.prototype, name, { value: 7, configurable: true, enumerable: true, writable: true });
      try {
        for (const object of corpus) found.push(...differences(object, `Object.prototype.${name} = 7`));
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
