/**
 * fast-check arbitraries for the differential test: mostly-valid values generated from the oracle's rewritten
 * (per-mode) schemas, and mutations of them. Generated values stay away from the deliberate differences listed in
 * test/validators-differential.test.ts: date-times are in Go's RFC 3339 shape, integers are safe, base64 has no line
 * breaks.
 */
import fc from 'fast-check';
import { isJsonObject, type Json, type JsonObject } from '../../generator/document.js';
import { DOC_KEYWORDS } from '../../generator/normalize.js';

const MAX_DEPTH = 24;

/** Any JSON value, small, with safe numbers only (an unsafe integer is a deliberate int64 difference). */
export const jsonValue: fc.Arbitrary<unknown> = fc.letrec<{ json: unknown }>((tie) => ({
  json: fc.oneof(
    { maxDepth: 2, depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    fc.string({ maxLength: 8 }),
    fc.array(tie('json'), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 6 }), tie('json'), { maxKeys: 3 }),
  ),
})).json;

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const two = (n: number): string => String(n).padStart(2, '0');

/** RFC 3339 date-times in the shape Go's time.Parse(time.RFC3339), ajv-formats and the validators all accept. */
export const dateTime: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 31 }),
    fc.integer({ min: 0, max: 23 }),
    fc.integer({ min: 0, max: 59 }),
    fc.integer({ min: 0, max: 59 }),
    fc.option(fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 999_999_999 })), { nil: undefined }),
    fc.option(fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })), {
      nil: undefined,
    }),
  )
  .map(([year, month, day, hour, minute, second, fraction, offset]) => {
    const date = `${String(year).padStart(4, '0')}-${two(month)}-${two(((day - 1) % daysIn(year, month)) + 1)}`;
    const digits = fraction === undefined ? '' : `.${String(fraction[1]).padStart(9, '0').slice(0, fraction[0])}`;
    const zone = offset === undefined ? 'Z' : `${offset[0]}${two(offset[1])}:${two(offset[2])}`;
    return `${date}T${two(hour)}:${two(minute)}:${two(second)}${digits}${zone}`;
  });

/** Date-times every parser rejects: impossible dates and times, a missing zone or separator. */
export const badDateTime: fc.Arbitrary<string> = fc.constantFrom(
  '2023-02-29T00:00:00Z',
  '2024-13-01T00:00:00Z',
  '2024-04-31T00:00:00Z',
  '2024-01-01T24:00:00Z',
  '2024-01-01T00:60:00Z',
  '2024-01-01T00:00:00',
  '2024-01-01',
  '2024-01-01T00:00:00+25:00',
  '20240101T000000Z',
  '',
);

/** Builds value arbitraries from the oracle's `$defs`. */
export class SchemaArbitraries {
  private readonly cache = new Map<string, fc.Arbitrary<unknown>>();

  constructor(private readonly defs: JsonObject) {}

  /** Mostly-valid values of a definition. */
  forDef(name: string): fc.Arbitrary<unknown> {
    let arbitrary = this.cache.get(name);
    if (arbitrary === undefined) {
      arbitrary = this.of(this.def(name), 0);
      this.cache.set(name, arbitrary);
    }
    return arbitrary;
  }

  private def(name: string): Json {
    const schema = this.defs[name];
    if (schema === undefined) throw new Error(`no definition ${name}`);
    return schema;
  }

  /** Follows `$ref`s and flattens `allOf`s into one schema (siblings beside a `$ref` are merged in). */
  private resolve(schema: Json, depth: number): Json {
    if (!isJsonObject(schema)) return schema;
    if (depth > MAX_DEPTH) throw new Error('recursive schema: the arbitraries need a depth bound');
    let result: JsonObject = {};
    let rest: JsonObject = schema;
    const ref = schema['$ref'];
    if (typeof ref === 'string') {
      const { $ref: _ref, ...siblings } = schema;
      const target = this.resolve(this.def(ref.slice('#/$defs/'.length)), depth + 1);
      if (!isJsonObject(target)) return target;
      result = target;
      rest = siblings;
    }
    const { allOf, ...own } = rest;
    result = merge(result, own);
    if (Array.isArray(allOf)) {
      for (const member of allOf) {
        const resolved = this.resolve(member, depth + 1);
        if (resolved === false) return false;
        if (isJsonObject(resolved)) result = merge(result, resolved);
      }
    }
    return result;
  }

  private of(raw: Json, depth: number): fc.Arbitrary<unknown> {
    if (depth > MAX_DEPTH) throw new Error('recursive schema: the arbitraries need a depth bound');
    const schema = this.resolve(raw, depth);
    if (schema === true) return jsonValue;
    if (!isJsonObject(schema)) throw new Error('a schema that accepts nothing cannot be generated');
    const not = schema['not'];
    if (not !== undefined) {
      if (!(isJsonObject(not) && not['type'] === 'null' && Object.keys(not).length === 1))
        throw new Error(`unsupported "not": ${JSON.stringify(not)}`);
      const { not: _not, ...rest } = schema;
      return this.of(rest, depth).filter((value) => value !== null);
    }
    for (const keyword of ['anyOf', 'oneOf'] as const) {
      const members = schema[keyword];
      if (Array.isArray(members)) {
        const { [keyword]: _members, ...rest } = schema;
        // A member whose type contradicts the rest's (null beside `type: object`) accepts nothing: no values.
        const options = members
          .filter((member) => member !== false)
          .map((member) => merge(asObject(member), rest))
          .filter((merged) => !(Array.isArray(merged['type']) && merged['type'].length === 0))
          .map((merged) => this.of(merged, depth + 1));
        return fc.oneof(...options);
      }
    }
    if (Array.isArray(schema['enum'])) return fc.constantFrom(...(schema['enum'] as unknown[]));
    if ('const' in schema) return fc.constant(schema['const']);
    const type = schema['type'];
    if (Array.isArray(type)) {
      return fc.oneof(
        ...type.map((entry) => ({
          arbitrary: this.of({ ...schema, type: entry }, depth),
          weight: entry === 'null' ? 1 : 4,
        })),
      );
    }
    switch (type) {
      case 'string':
        return stringOf(schema);
      case 'integer':
      case 'number':
        return numberOf(schema, type === 'integer');
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'array': {
        const items = schema['items'] === undefined ? jsonValue : this.of(schema['items'], depth + 1);
        const minLength = numberOr(schema['minItems'], 0);
        const maxLength = Math.max(minLength, Math.min(numberOr(schema['maxItems'], 3), 3));
        return schema['uniqueItems'] === true
          ? fc.uniqueArray(items, { minLength, maxLength, selector: (item) => JSON.stringify(item) })
          : fc.array(items, { minLength, maxLength });
      }
      case 'object':
        return this.objectOf(schema, depth);
      case undefined:
        return isJsonObject(schema['properties']) || schema['additionalProperties'] !== undefined
          ? this.objectOf(schema, depth)
          : jsonValue;
      default:
        throw new Error(`unsupported type ${JSON.stringify(type)}`);
    }
  }

  private objectOf(schema: JsonObject, depth: number): fc.Arbitrary<unknown> {
    const properties = isJsonObject(schema['properties']) ? schema['properties'] : {};
    const required = Array.isArray(schema['required'])
      ? schema['required'].filter((name) => typeof name === 'string')
      : [];
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [name, property] of Object.entries(properties)) model[name] = this.of(property, depth + 1);
    for (const name of required) model[name] ??= jsonValue;
    const record = fc.record(model, { requiredKeys: required });
    const additional = schema['additionalProperties'];
    const listed = Object.keys(model).length > 0;
    const extras =
      additional === false || (additional === undefined && listed)
        ? undefined
        : additional === undefined ||
            additional === true ||
            (isJsonObject(additional) && Object.keys(additional).length === 0)
          ? jsonValue
          : this.of(additional, depth + 1);
    if (extras === undefined) return record;
    const keys = fc.string({ maxLength: 10 }).filter((key) => !(key in model));
    return fc
      .tuple(record, fc.dictionary(keys, extras, { maxKeys: 3 }))
      .map(([listedValues, extra]) => Object.assign(Object.create(null) as object, extra, listedValues))
      .map((value) => ({ ...value }));
  }
}

function asObject(schema: Json): JsonObject {
  return isJsonObject(schema) ? schema : schema === true ? {} : { not: {} };
}

function numberOr(value: Json | undefined, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}

/** Merges two schemas that must both hold (an approximation good enough to generate mostly-valid values). */
function merge(a: JsonObject, b: JsonObject): JsonObject {
  const result: JsonObject = { ...a };
  for (const [keyword, value] of Object.entries(b)) {
    const existing = result[keyword];
    if (existing === undefined || keyword.startsWith('x-') || DOC_KEYWORDS.has(keyword)) {
      if (existing === undefined) result[keyword] = value;
      continue;
    }
    switch (keyword) {
      case 'properties': {
        const merged: JsonObject = { ...(existing as JsonObject) };
        for (const [name, property] of Object.entries(value as JsonObject)) {
          merged[name] = merged[name] === undefined ? property : { allOf: [merged[name]!, property] };
        }
        result[keyword] = merged;
        break;
      }
      case 'required':
        result[keyword] = [...new Set([...(existing as string[]), ...(value as string[])])];
        break;
      case 'type': {
        const left = Array.isArray(existing) ? existing : [existing];
        const right = Array.isArray(value) ? value : [value];
        const both = left.filter((entry) => right.includes(entry));
        result[keyword] = both.length === 1 ? both[0]! : both;
        break;
      }
      case 'enum':
        result[keyword] = (existing as Json[]).filter((entry) => (value as Json[]).includes(entry));
        break;
      case 'minLength':
      case 'minItems':
      case 'minimum':
        result[keyword] = Math.max(existing as number, value as number);
        break;
      case 'maxLength':
      case 'maxItems':
      case 'maximum':
        result[keyword] = Math.min(existing as number, value as number);
        break;
      default:
        // Two different constraints of one kind (two patterns, two item schemas): keep both for the oracle to judge;
        // the generated value satisfies the first, which is all "mostly valid" needs.
        break;
    }
  }
  return result;
}

function stringOf(schema: JsonObject): fc.Arbitrary<string> {
  const format = schema['format'];
  if (format === 'date-time') return dateTime;
  if (format === 'byte') return fc.base64String({ maxLength: 24 });
  const minLength = numberOr(schema['minLength'], 0);
  const maxLength = Math.max(minLength, numberOr(schema['maxLength'], minLength + 12));
  const pattern = schema['pattern'];
  if (typeof pattern === 'string') return fc.stringMatching(new RegExp(pattern, 'u'), { maxLength });
  return fc.oneof(
    { arbitrary: fc.string({ minLength, maxLength, unit: 'grapheme-ascii' }), weight: 3 },
    { arbitrary: fc.string({ minLength, maxLength, unit: 'binary' }), weight: 1 },
  );
}

const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };

function numberOf(schema: JsonObject, integer: boolean): fc.Arbitrary<number> {
  const format = schema['format'];
  let min = numberOr(schema['minimum'], format === 'int32' ? INT32.min : Number.MIN_SAFE_INTEGER);
  let max = numberOr(schema['maximum'], format === 'int32' ? INT32.max : Number.MAX_SAFE_INTEGER);
  if (typeof schema['exclusiveMinimum'] === 'number')
    min = Math.max(min, schema['exclusiveMinimum'] + (integer ? 1 : 1e-9));
  if (typeof schema['exclusiveMaximum'] === 'number')
    max = Math.min(max, schema['exclusiveMaximum'] - (integer ? 1 : 1e-9));
  if (!integer) return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  const small = fc.integer({ min: Math.max(min, -1000), max: Math.min(max, 1000) });
  return fc.oneof(small, fc.integer({ min: Math.ceil(min), max: Math.floor(max) }));
}

/** What a mutation does to a value. */
export type MutationKind = 'drop' | 'null' | 'wrongType' | 'string' | 'number' | 'extraKey' | 'empty' | 'arrayItem';

/** One mutation: a kind, which node it hits (an index modulo the candidates), and a payload. */
export interface Mutation {
  readonly kind: MutationKind;
  readonly at: number;
  readonly pick: number;
  readonly text: string;
  readonly key: string;
  readonly json: unknown;
}

/** Mutations of a value; `enumStrings` and `propertyNames` come from the spec so near misses are likely. */
export function mutation(enumStrings: readonly string[], propertyNames: readonly string[]): fc.Arbitrary<Mutation> {
  const text = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom(...enumStrings, 'v1', 'image.openshift.io/v1', 'true', 'DockerImage', 'ImageTag'),
    badDateTime,
    dateTime,
    fc.base64String({ maxLength: 8 }),
    fc.constantFrom('a', 'A', '', ' '),
  );
  return fc.record({
    kind: fc.constantFrom<MutationKind>(
      'drop',
      'null',
      'wrongType',
      'string',
      'number',
      'extraKey',
      'empty',
      'arrayItem',
    ),
    at: fc.nat(),
    pick: fc.nat(),
    text,
    key: fc.oneof(
      fc.constantFrom(...propertyNames, '__proto__', 'constructor', 'toString'),
      fc.string({ maxLength: 6 }),
    ),
    json: jsonValue,
  });
}

type Path = readonly (string | number)[];

function nodesOf(value: unknown): { path: Path; node: unknown }[] {
  const nodes: { path: Path; node: unknown }[] = [];
  const walk = (node: unknown, path: Path): void => {
    nodes.push({ path, node });
    if (Array.isArray(node)) node.forEach((item, index) => walk(item, [...path, index]));
    else if (isPlainObject(node)) for (const key of Object.keys(node)) walk(node[key], [...path, key]);
  };
  walk(value, []);
  return nodes;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sets an own property (also `__proto__`, which assignment would treat as the prototype). */
function setOwn(target: Record<string, unknown> | unknown[], key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

function replaceAt(root: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  let parent = root as Record<string, unknown>;
  for (const segment of path.slice(0, -1)) parent = parent[segment as string] as Record<string, unknown>;
  setOwn(parent, path[path.length - 1]!, replacement);
  return root;
}

const WRONG_TYPES: readonly unknown[] = ['x', 7, 1.5, true, [], {}, ['x'], null];

function jsonKind(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/** Applies mutations to a copy of a value. */
export function mutate(value: unknown, mutations: readonly Mutation[]): unknown {
  let result = structuredClone(value);
  for (const change of mutations) result = applyOne(result, change);
  return result;
}

function applyOne(value: unknown, change: Mutation): unknown {
  const all = nodesOf(value);
  const pickFrom = <T>(list: readonly T[]): T | undefined =>
    list.length === 0 ? undefined : list[change.at % list.length];
  switch (change.kind) {
    case 'drop': {
      const target = pickFrom(all.filter(({ node }) => isPlainObject(node) && Object.keys(node).length > 0));
      if (target === undefined) return value;
      const node = target.node as Record<string, unknown>;
      const keys = Object.keys(node);
      delete node[keys[change.pick % keys.length]!];
      return value;
    }
    case 'null':
      return replaceAt(value, pickFrom(all)!.path, null);
    case 'wrongType': {
      const target = pickFrom(all)!;
      const candidates = WRONG_TYPES.filter((candidate) => jsonKind(candidate) !== jsonKind(target.node));
      return replaceAt(value, target.path, structuredClone(candidates[change.pick % candidates.length]));
    }
    case 'string': {
      const target = pickFrom(all.filter(({ node }) => typeof node === 'string'));
      if (target === undefined) return replaceAt(value, pickFrom(all)!.path, change.text);
      const original = target.node as string;
      const variants = [
        change.text,
        original.toLowerCase(),
        original.toUpperCase(),
        `${original}${change.text}`,
        original.slice(1),
      ];
      return replaceAt(value, target.path, variants[change.pick % variants.length]);
    }
    case 'number': {
      const target = pickFrom(all.filter(({ node }) => typeof node === 'number'));
      const n = typeof target?.node === 'number' ? target.node : 0;
      const variants = [
        n + 0.5,
        -n - 1,
        2 ** 31,
        -(2 ** 31) - 1,
        2 ** 31 - 1,
        Number.MAX_SAFE_INTEGER,
        -Number.MAX_SAFE_INTEGER,
        0,
        -1,
        1e-7,
      ];
      return replaceAt(value, (target ?? pickFrom(all)!).path, variants[change.pick % variants.length]);
    }
    case 'extraKey': {
      const target = pickFrom(all.filter(({ node }) => isPlainObject(node)));
      if (target === undefined) return value;
      setOwn(target.node as Record<string, unknown>, change.key, structuredClone(change.json));
      return value;
    }
    case 'empty': {
      const target = pickFrom(all.filter(({ node }) => typeof node === 'object' && node !== null));
      if (target === undefined) return value;
      return replaceAt(value, target.path, Array.isArray(target.node) === (change.pick % 4 !== 0) ? [] : {});
    }
    case 'arrayItem': {
      const target = pickFrom(all.filter(({ node }) => Array.isArray(node)));
      if (target === undefined) return value;
      const items = target.node as unknown[];
      if (change.pick % 3 === 0 && items.length > 0) items.push(structuredClone(items[change.pick % items.length]));
      else if (change.pick % 3 === 1 && items.length > 0)
        items[change.pick % items.length] = structuredClone(change.json);
      else items.push(structuredClone(change.json));
      return value;
    }
  }
}
