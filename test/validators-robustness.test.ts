/**
 * The generated validators never throw, whatever they are given, and `isX`, `validateX` and `assertX` always agree:
 * `isX(v) === validateX(v).valid`, an invalid value has at least one error, and `assertX` throws a ValidationError
 * carrying the errors validateX reports. Values: cyclic objects, own `__proto__`/`constructor` keys, huge arrays,
 * deep nesting, throwing getters and Proxy traps, null-prototype objects, class instances, symbols, bigints,
 * functions, NaN and infinities. Inherited properties are never read. Also: `unknownFields: 'reject'`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as validators from '../generated/imagetag/src/validators.js';
import { ValidationError, type FieldError } from '../generated/imagetag/src/validators.js';
import { SchemaArbitraries } from './support/validators-arbitraries.js';
import { CONFIGS, defName, imageTagOracle, type Config } from './support/validators-oracle.js';

type Options = { mode?: 'request' | 'response'; unknownFields?: 'ignore' | 'reject' };
type Result = { valid: true; value: unknown } | { valid: false; errors: readonly FieldError[] };
interface Functions {
  readonly is: (value: unknown, options?: Options) => boolean;
  readonly validate: (value: unknown, options?: Options) => Result;
  readonly assert: (value: unknown, options?: Options) => void;
}

const oracle = imageTagOracle();
const exported = validators as unknown as Record<string, unknown>;

function functionsOf(name: string): Functions {
  const [is, validate, assert] = ['is', 'validate', 'assert'].map((prefix) => exported[`${prefix}${name}`]);
  if (typeof is !== 'function' || typeof validate !== 'function' || typeof assert !== 'function')
    throw new Error(`no validators for ${name}`);
  return { is, validate, assert } as Functions;
}

/** Error fields compared without deep-reading `value` (it may be a throwing Proxy or a cyclic object). */
function shape(errors: readonly FieldError[]) {
  return errors.map((error) => ({
    path: error.path,
    type: error.type,
    message: error.message,
    hasValue: Object.prototype.hasOwnProperty.call(error, 'value'),
  }));
}

/**
 * Runs isX, validateX and assertX on a value and returns validateX's result, or a description of what went wrong:
 * one of them threw (assertX may only throw its ValidationError), they disagree, or an invalid value has no errors.
 */
function run(name: string, value: unknown, options?: Options): Result | string {
  const { is, validate, assert } = functionsOf(name);
  let fast: unknown;
  let result: Result;
  try {
    fast = is(value, options);
  } catch (error) {
    return `is${name} threw ${String(error)}`;
  }
  try {
    result = validate(value, options);
  } catch (error) {
    return `validate${name} threw ${String(error)}`;
  }
  if (typeof fast !== 'boolean') return `is${name} returned ${typeof fast}`;
  if (result.valid !== fast) return `is${name} says ${fast}, validate${name} says ${result.valid}`;
  if (result.valid) {
    if (result.value !== value) return `validate${name} returned another value`;
    try {
      assert(value, options);
    } catch (error) {
      return `assert${name} threw on a valid value: ${String(error)}`;
    }
    return result;
  }
  const errors = result.errors;
  if (errors.length === 0) return `validate${name} is invalid without errors`;
  for (const error of errors) {
    if (typeof error.path !== 'string' || typeof error.message !== 'string' || typeof error.type !== 'string')
      return `validate${name} returned a malformed error`;
    if (error.message.length > 2_000) return `validate${name} returned a ${error.message.length}-character message`;
  }
  let thrown: unknown;
  try {
    assert(value, options);
  } catch (error) {
    thrown = error;
  }
  if (!(thrown instanceof ValidationError)) return `assert${name} did not throw a ValidationError: ${String(thrown)}`;
  const same =
    thrown.errors.length === errors.length &&
    thrown.errors.every((error, index) => {
      const other = errors[index]!;
      return (
        error.path === other.path &&
        error.type === other.type &&
        error.message === other.message &&
        Object.is(error.value, other.value)
      );
    });
  return same ? result : `assert${name} threw other errors than validate${name} reports`;
}

/** `run`, as an assertion. */
function verdict(name: string, value: unknown, options?: Options): Result {
  const result = run(name, value, options);
  if (typeof result === 'string') expect.fail(result);
  return result;
}

function summary(result: Result): string[] {
  return result.valid ? [] : result.errors.map((error) => `${error.type} ${error.path}`);
}

const throwAll: ProxyHandler<object> = Object.fromEntries(
  ['get', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'defineProperty', 'set', 'apply'].map(
    (trap) => [
      trap,
      () => {
        throw new Error(`trap ${trap}`);
      },
    ],
  ),
);

function throwingGetter(key: string): object {
  return Object.defineProperty({}, key, {
    enumerable: true,
    get() {
      throw new Error(`getter ${key}`);
    },
  });
}

function cyclicObject(): Record<string, unknown> {
  const cycle: Record<string, unknown> = { name: 'x' };
  for (const key of ['self', 'spec', 'metadata', 'status', 'image', 'from', 'items', 'annotations']) cycle[key] = cycle;
  cycle['list'] = [cycle];
  return cycle;
}

function cyclicArray(): unknown[] {
  const cycle: unknown[] = [];
  cycle.push(cycle, { items: cycle });
  return cycle;
}

function deep(levels: number, wrap: (inner: unknown) => unknown): unknown {
  let value: unknown = {};
  for (let level = 0; level < levels; level++) value = wrap(value);
  return value;
}

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** Exotic values (built fresh on every call, as some are stateful). */
function exotics(): [string, unknown][] {
  return [
    ['undefined', undefined],
    ['null', null],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['-0', -0],
    ['Number.MAX_VALUE', Number.MAX_VALUE],
    ['2^53', 2 ** 53],
    ['a symbol', Symbol('s')],
    ['a bigint', 2n ** 64n],
    ['a function', () => 1],
    ['a function with properties', Object.assign(() => 1, { spec: {}, metadata: {} })],
    ['a class', class Spec {}],
    ['a cyclic object', cyclicObject()],
    ['a cyclic array', cyclicArray()],
    [
      'own __proto__ and constructor keys',
      JSON.parse('{"__proto__": {"spec": {}, "a": 1}, "constructor": {"prototype": {}}}'),
    ],
    ['own __proto__: null', JSON.parse('{"__proto__": null}')],
    ['a Proxy whose traps throw', new Proxy({}, throwAll)],
    ['an array Proxy whose traps throw', new Proxy([], throwAll)],
    ['a revoked Proxy', revokedProxy()],
    ['a getter that throws (spec)', throwingGetter('spec')],
    ['a getter that throws (metadata)', throwingGetter('metadata')],
    ['a getter that throws (items)', throwingGetter('items')],
    ['Object.create(null)', Object.create(null)],
    [
      'a class instance',
      new (class Tag {
        name = 'x';
        spec = {};
        kind = 'ImageTag';
      })(),
    ],
    ['a Date', new Date(0)],
    ['an invalid Date', new Date(Number.NaN)],
    ['a Map', new Map([['spec', {}]])],
    ['a Set', new Set([1])],
    ['a RegExp', /x/],
    ['an Error', new Error('x')],
    ['a Uint8Array', new Uint8Array(4)],
    ['a Promise', Promise.resolve(1)],
    ['a WeakMap', new WeakMap()],
    ['a String object', new String('ruby:3.1')],
    ['a Number object', new Number(1)],
    ['a sparse array', [, , 1]],
    ['an array with a symbol', [Symbol('s')]],
    ['an object with symbol keys', { [Symbol('spec')]: {}, [Symbol.iterator]: () => 1 }],
    ['300 nested objects', deep(300, (inner) => ({ spec: inner }))],
    ['300 nested arrays', deep(300, (inner) => [inner])],
    ['a long string', 'x'.repeat(100_000)],
    ['lone surrogates', '\ud800\udfff\udc00\ud800'],
  ];
}

/**
 * Valid values the arbitraries do not find: the Image write rules (semantics.md rules 21 and 22) want a conforming
 * digest and media type, and a signature name `<image>@<signature>`.
 */
const WRITTEN: Readonly<Record<string, unknown>> = {
  ImageManifest: {
    digest: `sha256:${'a'.repeat(64)}`,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    manifestSize: 1,
    architecture: 'amd64',
    os: 'linux',
  },
  ImageSignature: { metadata: { name: 'image@signature' }, type: 'AtomicImageV1', content: 'YQ==' },
};

/** One valid value per model and mode, from the schema arbitraries (objects where the model is an object). */
function validSamples(): Map<string, unknown> {
  const arbitraries = new SchemaArbitraries(oracle.defs);
  const found = new Map<string, unknown>();
  for (const model of oracle.models) {
    if (WRITTEN[model.name] !== undefined) {
      found.set(model.name, WRITTEN[model.name]);
      continue;
    }
    const { is } = functionsOf(model.name);
    const candidates = fc.sample(arbitraries.forDef(defName(model.key, 'request')), { numRuns: 200, seed: 7 });
    const value =
      candidates.find(
        (candidate) =>
          is(candidate) && is(candidate, { mode: 'response' }) && typeof candidate === 'object' && candidate !== null,
      ) ?? candidates.find((candidate) => is(candidate) && is(candidate, { mode: 'response' }));
    found.set(model.name, value);
  }
  return found;
}

const valid = validSamples();

const createRequest = () => ({
  apiVersion: 'image.openshift.io/v1',
  kind: 'ImageTag',
  metadata: { name: 'ruby:3.1', namespace: 'demo', annotations: { 'openshift.io/display-name': 'Ruby' } },
  spec: {
    name: '3.1',
    from: { kind: 'DockerImage', name: 'registry.access.redhat.com/ubi8/ruby-31:latest' },
    importPolicy: { scheduled: true, importMode: 'Legacy' },
    referencePolicy: { type: 'Source' },
  },
});

const getResponse = () => ({
  ...createRequest(),
  status: {
    tag: '3.1',
    items: [
      { created: '2024-05-02T09:14:05Z', dockerImageReference: 'r@sha256:5b1c', image: 'sha256:5b1c', generation: 2 },
    ],
    conditions: null,
  },
  image: null,
});

describe('validators never throw and always agree', () => {
  it('has a valid sample of every model', () => {
    for (const model of oracle.models) expect(valid.get(model.name), model.name).toBeDefined();
  });

  describe.each(oracle.models.map((model) => [model.name, model] as const))('%s', (name, model) => {
    it('on exotic values at the root, in every property, and in a valid value', () => {
      const base = valid.get(name);
      const problems: string[] = [];
      const values = exotics();
      for (const config of CONFIGS) {
        const options = { mode: config.mode, unknownFields: config.unknownFields };
        expect(verdict(name, base, options).valid, `the valid sample in ${config.mode}`).toBe(true);
        const check = (label: string, value: unknown): void => {
          const result = run(name, value, options);
          if (typeof result === 'string')
            problems.push(`${label} (${config.mode}, ${config.unknownFields}): ${result}`);
        };
        for (const [label, value] of values) {
          check(label, value);
          for (const property of model.properties) {
            check(`{ ${property}: ${label} }`, { [property]: value });
            if (typeof base === 'object' && base !== null)
              check(`valid with ${property}: ${label}`, { ...base, [property]: value });
          }
        }
      }
      expect(problems).toEqual([]);
    });
  });

  it('treats an own __proto__ key as a field, never as the prototype', () => {
    const tag = JSON.parse(
      '{"apiVersion": "image.openshift.io/v1", "kind": "ImageTag", "metadata": {"name": "ruby:3.1"}, ' +
        '"__proto__": {"spec": {"name": "3.1"}}}',
    ) as object;
    expect(Object.getPrototypeOf(tag)).toBe(Object.prototype);
    expect(summary(verdict('ImageTag', tag))).toEqual(['FieldValueRequired spec']);
    expect(summary(verdict('ImageTag', tag, { unknownFields: 'reject' }))).toEqual([
      'FieldValueRequired spec',
      'FieldValueNotSupported __proto__',
    ]);
    const annotations = JSON.parse('{"__proto__": "x", "constructor": "y", "hasOwnProperty": "z"}') as object;
    expect(verdict('ObjectMeta', { annotations }, { unknownFields: 'reject' }).valid).toBe(true);
    const badAnnotations = JSON.parse('{"__proto__": 1}') as object;
    expect(summary(verdict('ObjectMeta', { annotations: badAnnotations }))).toEqual([
      'FieldValueTypeInvalid annotations[__proto__]',
    ]);
  });

  it('accepts valid content in null-prototype objects, frozen objects and class instances', () => {
    const nullPrototype = Object.assign(Object.create(null) as object, createRequest(), {
      metadata: Object.assign(Object.create(null) as object, createRequest().metadata),
    });
    expect(verdict('ImageTag', nullPrototype).valid).toBe(true);
    expect(verdict('ImageTag', Object.freeze(createRequest())).valid).toBe(true);
    class Tag {
      apiVersion = 'image.openshift.io/v1';
      kind = 'ImageTag';
      metadata = { name: 'ruby:3.1' };
      spec = { from: { kind: 'DockerImage', name: 'quay.io/x/y:1' } };
      describe(): string {
        return this.kind;
      }
    }
    expect(verdict('ImageTag', new Tag(), { unknownFields: 'reject' }).valid).toBe(true);
  });

  it('reads no throwing accessor or Proxy trap into an exception, and reports the value as unreadable', () => {
    const tag = { ...createRequest(), spec: new Proxy({}, throwAll) };
    expect(verdict('ImageTag', tag).valid).toBe(false);
    const getter = Object.defineProperty(createRequest(), 'spec', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(verdict('ImageTag', getter).valid).toBe(false);
    expect(verdict('ImageTag', revokedProxy()).valid).toBe(false);
  });

  it('stays bounded and consistent on cyclic values, in both modes and with unknown fields rejected', () => {
    const cycle = cyclicObject();
    const tag = { ...createRequest(), extra: cycle, spec: { ...createRequest().spec, annotations: { a: 'b' } } };
    expect(verdict('ImageTag', tag).valid).toBe(true);
    const strict = verdict('ImageTag', tag, { unknownFields: 'reject' });
    expect(summary(strict)).toEqual(['FieldValueNotSupported extra']);
    const list: Record<string, unknown> = { items: [] };
    (list['items'] as unknown[]).push(list);
    expect(verdict('ImageTagList', list, { mode: 'response' }).valid).toBe(true);
    expect(summary(verdict('ImageTagList', list, { mode: 'response', unknownFields: 'reject' }))).toEqual([
      'FieldValueNotSupported items[0].items',
    ]);
    const image: Record<string, unknown> = { dockerImageMetadata: {} };
    (image['dockerImageMetadata'] as Record<string, unknown>)['self'] = image;
    expect(verdict('Image', image, { mode: 'response' }).valid).toBe(true);
  });
});

describe('inherited properties are never read', () => {
  it('does not count a spec on the prototype as present', () => {
    const { spec, ...rest } = createRequest();
    const inherited = Object.assign(Object.create({ spec }) as object, rest);
    expect(summary(verdict('ImageTag', inherited))).toEqual(['FieldValueRequired spec']);
    expect(summary(verdict('ImageTag', Object.assign(Object.create({ spec: 42 }) as object, createRequest())))).toEqual(
      [],
    );
  });

  it('does not count an inherited first field (the one a guard reads before asking the prototype)', () => {
    // $v_ImageTag reads apiVersion from the object itself, then again through the own-properties view when the
    // object is not plain (print/guard/object.ts ownReads): an inherited value, data or accessor, is dropped.
    const { apiVersion, ...rest } = createRequest();
    expect(apiVersion).toBeDefined();
    const fromPrototype = Object.assign(Object.create({ apiVersion: 'wrong/v1' }) as object, rest);
    class WithAccessor {
      get apiVersion(): string {
        return 'wrong/v1';
      }
    }
    const fromClass = Object.assign(new WithAccessor(), rest);
    for (const value of [fromPrototype, fromClass])
      expect(summary(verdict('ImageTag', value))).toEqual(summary(verdict('ImageTag', rest)));
  });

  it.each([true, false])('ignores properties added to Object.prototype (enumerable: %s)', (enumerable) => {
    const { spec, ...rest } = createRequest();
    const prototype = Object.prototype as Record<string, unknown>;
    Object.defineProperty(prototype, 'spec', { value: spec, enumerable, configurable: true, writable: true });
    Object.defineProperty(prototype, 'polluted', { value: 1, enumerable, configurable: true, writable: true });
    let missing: string[];
    let strict: string[];
    let nested: string[];
    try {
      missing = summary(verdict('ImageTag', { ...rest }));
      strict = summary(verdict('ImageTag', createRequest(), { unknownFields: 'reject' }));
      nested = summary(verdict('ImageTagList', { items: [{ ...rest }] }));
    } finally {
      delete prototype['spec'];
      delete prototype['polluted'];
    }
    expect(missing).toEqual(['FieldValueRequired spec']);
    expect(strict).toEqual([]);
    expect(nested).toEqual(['FieldValueRequired items[0].spec']);
  });
});

describe('huge and deep values', () => {
  it('checks a list field with 1e6 items, valid or with one bad item at the end', () => {
    const finalizers = Array.from({ length: 1_000_000 }, (_, index) => `example.com/f${index % 10}`);
    expect(verdict('ObjectMeta', { finalizers }).valid).toBe(true);
    finalizers.push(7 as unknown as string);
    expect(summary(verdict('ObjectMeta', { finalizers }))).toEqual(['FieldValueTypeInvalid finalizers[1000000]']);
  });

  it('checks 1e5 list items that are objects, and reports every bad one', () => {
    const items = new Array<unknown>(100_000).fill(getResponse());
    expect(verdict('ImageTagList', { items }, { mode: 'response' }).valid).toBe(true);
    items.push(42);
    expect(summary(verdict('ImageTagList', { items }, { mode: 'response' }))).toEqual([
      'FieldValueTypeInvalid items[100000]',
    ]);
    const bad = new Array<unknown>(100_000).fill(42);
    const result = verdict('ImageTagList', { items: bad }, { mode: 'response' });
    expect(result.valid ? 0 : result.errors.length).toBe(100_000);
  });

  it('checks 1e6 base64 signatures', () => {
    const signatures = new Array<string>(1_000_000).fill('QUJD');
    expect(verdict('Image', { dockerImageSignatures: signatures }).valid).toBe(true);
  });

  it.each(['ImageTag', 'ImageTagList', 'ObjectMeta', 'RawExtension', 'Time'])(
    'takes 10,000 levels of nesting at the root of %s',
    (name) => {
      const objects = deep(10_000, (inner) => ({ spec: inner, metadata: inner, items: [inner], status: inner }));
      const arrays = deep(10_000, (inner) => [inner]);
      for (const config of CONFIGS) {
        verdict(name, objects, config);
        expect(verdict(name, arrays, config).valid).toBe(false);
      }
    },
  );

  it('accepts 10,000 levels of nesting in free-form fields and reports them as values elsewhere', () => {
    const nested = deep(10_000, (inner) => ({ a: inner }));
    expect(verdict('Image', { dockerImageMetadata: nested }).valid).toBe(true);
    expect(verdict('ManagedFieldsEntry', { fieldsV1: nested }, { unknownFields: 'reject' }).valid).toBe(true);
    expect(summary(verdict('ObjectMeta', { annotations: { a: nested } }))).toEqual([
      'FieldValueTypeInvalid annotations[a]',
    ]);
    expect(summary(verdict('ImageTag', { ...createRequest(), deep: nested }, { unknownFields: 'reject' }))).toEqual([
      'FieldValueNotSupported deep',
    ]);
    // Deep enough that JSON.stringify overflows the stack while the message quotes the value.
    const deeper = deep(200_000, (inner) => [inner]);
    expect(summary(verdict('ImageTag', { ...createRequest(), spec: deeper }))).toEqual(['FieldValueTypeInvalid spec']);
  });

  // A value that shares its parts (22 objects here, each referring twice to the next) is small, but JSON.stringify
  // walks it as a tree of 2^22 leaves. Quoting it in an error message must not take seconds (at 40 levels: days).
  it('reports a small value with shared parts quickly', () => {
    let shared: unknown = 'x';
    for (let level = 0; level < 22; level++) shared = { a: shared, b: shared };
    const started = performance.now();
    expect(summary(verdict('ObjectMeta', { annotations: { x: shared } }))).toEqual([
      'FieldValueTypeInvalid annotations[x]',
    ]);
    expect(performance.now() - started).toBeLessThan(250);
  });
});

describe("unknownFields: 'reject'", () => {
  const strict = { unknownFields: 'reject' } as const;

  it('reports FieldValueNotSupported with the Kubernetes field path, at every depth', () => {
    const tag = createRequest() as Record<string, unknown> & ReturnType<typeof createRequest>;
    const withExtras = {
      ...tag,
      foo: 1,
      metadata: { ...tag.metadata, foo: 1 },
      spec: { ...tag.spec, foo: 1, from: { ...tag.spec.from, foo: 1 }, importPolicy: { foo: 1 } },
    };
    const result = verdict('ImageTag', withExtras, strict);
    expect(summary(result).sort()).toEqual(
      [
        'FieldValueNotSupported foo',
        'FieldValueNotSupported metadata.foo',
        'FieldValueNotSupported spec.foo',
        'FieldValueNotSupported spec.from.foo',
        'FieldValueNotSupported spec.importPolicy.foo',
      ].sort(),
    );
    expect(result.valid ? [] : result.errors.find((error) => error.path === 'spec.foo')?.message).toBe(
      'spec.foo: Unsupported value: unknown field "spec.foo"',
    );
    expect(verdict('ImageTag', withExtras).valid).toBe(true);
  });

  it('reports unknown fields inside status items and lists, in response mode', () => {
    const tag = getResponse();
    const value = { ...tag, status: { ...tag.status, items: [{ ...tag.status.items[0], foo: 1 }] } };
    expect(summary(verdict('ImageTag', value, { mode: 'response', ...strict }))).toEqual([
      'FieldValueNotSupported status.items[0].foo',
    ]);
    expect(summary(verdict('ImageTagList', { items: [value] }, { mode: 'response', ...strict }))).toEqual([
      'FieldValueNotSupported items[0].status.items[0].foo',
    ]);
  });

  it('never treats maps (annotations, labels) or free-form objects as unknown-field containers', () => {
    const tag = createRequest();
    const value = {
      ...tag,
      metadata: {
        ...tag.metadata,
        annotations: { foo: 'x', 'example.com/bar': 'y', spec: 'z', ['__proto__']: 'w' },
        labels: { app: 'ruby' },
        managedFields: [{ manager: 'kubectl', fieldsV1: { 'f:metadata': { 'f:labels': {} } } }],
      },
      spec: { ...tag.spec, annotations: { anything: 'goes' } },
    };
    // An own `__proto__` key is an annotation like any other: no unknown field. It is no qualified name, though, so a
    // stored kind's request is refused for it, as the API server refuses it (ValidateAnnotations, IsQualifiedName).
    expect(summary(verdict('ImageTag', value, strict))).toEqual(['FieldValueInvalid metadata.annotations']);
    expect(verdict('ImageTag', value, { ...strict, mode: 'response' }).valid).toBe(true);
    expect(verdict('ObjectMeta', value.metadata, strict).valid).toBe(true);
    expect(verdict('Image', { dockerImageMetadata: { Id: 'x', Anything: { nested: true } } }, strict).valid).toBe(true);
  });

  // Kubernetes strict field validation rejects an unknown field at any depth. ImageTag's metadata is an allOf (the
  // overlay's name pattern over ObjectMeta); the keys directly in it are checked, so must be those of the objects
  // below it, as they are for Image, whose metadata is a plain ObjectMeta.
  it.each([
    [
      'ownerReferences',
      { ownerReferences: [{ apiVersion: 'v1', kind: 'ImageStream', name: 'ruby', uid: 'u', foo: 1 }] },
    ],
    ['managedFields', { managedFields: [{ manager: 'kubectl', foo: 1 }] }],
  ])('reports unknown fields below metadata.%s, in ImageTag as in Image', (field, metadata) => {
    const expected = [`FieldValueNotSupported metadata.${field}[0].foo`];
    expect(summary(verdict('Image', { metadata }, strict))).toEqual(expected);
    const tag = createRequest();
    expect(summary(verdict('ImageTag', { ...tag, metadata: { ...tag.metadata, ...metadata } }, strict))).toEqual(
      expected,
    );
  });

  it('accepts options it does not know as the defaults', () => {
    const tag = createRequest();
    for (const options of [{}, { mode: 'bogus' }, { unknownFields: 'bogus' }] as Options[])
      expect(verdict('ImageTag', tag, options).valid).toBe(true);
    expect(verdict('ImageTag', { ...tag, foo: 1 }, { unknownFields: 'ignore' }).valid).toBe(true);
  });
});

describe('the default options', () => {
  it('are request mode with unknown fields ignored', () => {
    const response = getResponse();
    const nullSpec = { ...response, spec: null };
    expect(verdict('ImageTag', nullSpec).valid).toBe(false);
    expect(verdict('ImageTag', nullSpec, { mode: 'response' }).valid).toBe(true);
    expect(verdict('ImageTag', { ...createRequest(), foo: 1 }).valid).toBe(true);
  });

  it('may be passed as null from JavaScript without throwing', () => {
    for (const config of [null, 0, 'response'] as unknown as (Config | undefined)[]) {
      expect(() => validators.isImageTag(createRequest(), config as Options)).not.toThrow();
      expect(() => validators.validateImageTag(createRequest(), config as Options)).not.toThrow();
    }
  });
});
