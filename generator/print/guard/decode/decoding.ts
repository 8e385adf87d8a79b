/**
 * The decoder's reading of a type (`Decoding`), built from the IR: what ./code.ts prints as each model's decode
 * function.
 */
import { assertNever } from '../../../errors.js';
import type { Model, ObjectType, Type } from '../../../ir.js';
import { nonNullMembers, type Emitter } from '../context.js';
import { formatCheck } from '../formats.js';
import { QUANTITY_MESSAGE } from '../string.js';
import { decodeBody } from './code.js';

/** The decode function of a model. */
export function decodingName(model: string): string {
  return `$dd_${model}`;
}

/**
 * How the decoder reads a value: anything; a JSON kind; a Go integer (`int32`, `int64`); a string a field type parses
 * (`test`, refused with `message`); an array; an object (its fields, and the values of other keys, which are unknown
 * fields when `extra` is absent); a union by JSON kind; a model's decode function.
 */
export type Decoding =
  | { readonly kind: 'any' | 'string' | 'boolean' | 'number' | 'integer' | 'int32' | 'int64' }
  | { readonly kind: 'format'; readonly test: (value: string) => string; readonly message: string }
  | { readonly kind: 'array'; readonly items: Decoding }
  | {
      readonly kind: 'object';
      readonly fields: readonly (readonly [string, Decoding])[];
      readonly extra: Decoding | undefined;
    }
  | { readonly kind: 'union'; readonly members: readonly Decoding[] }
  | { readonly kind: 'model'; readonly name: string };

/** The decoding that takes anything (no check). */
export const ANY: Decoding = { kind: 'any' };

/** The decoding of a type. */
export function decoding(type: Type, emitter: Emitter, seen: ReadonlySet<string>): Decoding {
  switch (type.kind) {
    case 'unknown':
    case 'null':
      return ANY;
    case 'boolean':
      return { kind: 'boolean' };
    case 'literal':
      // An enum value or a kind's `kind` is a plain Go string (number, bool) to the decoder.
      return type.value === null ? ANY : { kind: typeof type.value as 'string' | 'number' | 'boolean' };
    case 'string':
      return stringDecoding(type.format, emitter);
    case 'number':
      if (!type.integer) return { kind: 'number' };
      return { kind: type.format === 'int32' || type.format === 'int64' ? type.format : 'integer' };
    case 'array':
      return { kind: 'array', items: decoding(type.items, emitter, seen) };
    case 'object':
      return objectDecoding(type, emitter, seen);
    case 'union': {
      const members: Decoding[] = [];
      const keys = new Set<string>();
      for (const member of nonNullMembers(type.members)) {
        const found = decoding(member, emitter, seen);
        if (found.kind === 'any') return ANY;
        const key = decodingKey(found);
        if (!keys.has(key)) members.push(found);
        keys.add(key);
      }
      if (members.length === 0) return ANY;
      return members.length === 1 ? members[0]! : { kind: 'union', members };
    }
    case 'intersection':
      return intersectionDecoding(type.members, emitter, seen);
    case 'ref': {
      const model = emitter.models.get(type.name);
      if (model === undefined) return ANY;
      // Scalars are inlined; objects and lists get a function of their own, which may call each other.
      if (isScalar(model, emitter.models, seen)) return decoding(model.type, emitter, new Set([...seen, type.name]));
      return modelDecoding(model, emitter, seen);
    }
    default:
      return assertNever(type);
  }
}

/** Whether a model's decoding is a plain value (inlined where it is used) rather than a function. */
function isScalar(model: Model, models: ReadonlyMap<string, Model>, seen: ReadonlySet<string>): boolean {
  const type = model.type;
  if (type.kind === 'ref') {
    const target = models.get(type.name);
    return target !== undefined && !seen.has(model.name) && isScalar(target, models, new Set([...seen, model.name]));
  }
  return type.kind !== 'object' && type.kind !== 'array' && type.kind !== 'intersection' && type.kind !== 'union';
}

/**
 * A model's decoding: its function (`$dd_<Model>`), registered once, or anything when it takes anything. A model met
 * again while its own function is being built is only called (so recursive models end); its function is kept then.
 */
function modelDecoding(model: Model, emitter: Emitter, seen: ReadonlySet<string>): Decoding {
  const done = emitter.memo('decode-models', () => new Map<string, Decoding>());
  const existing = done.get(model.name);
  if (existing !== undefined) return existing;
  const called: Decoding = { kind: 'model', name: decodingName(model.name) };
  if (seen.has(model.name)) {
    emitter.memo('decode-recursive', () => new Set<string>()).add(model.name);
    return called;
  }
  const found = decoding(model.type, emitter, new Set([...seen, model.name]));
  const recursive = emitter.memo('decode-recursive', () => new Set<string>()).has(model.name);
  const result = found.kind === 'any' && !recursive ? ANY : called;
  done.set(model.name, result);
  emitter.memo('decode-kinds', () => new Map<string, string | undefined>()).set(called.name, jsonKind(found, emitter));
  if (result !== ANY) emitter.helpers.push({ name: called.name, ...decodeBody(found, emitter) });
  return result;
}

/** A string: the formats whose Go types parse them when decoded (Kubernetes APIs), else any string. */
function stringDecoding(format: string | undefined, emitter: Emitter): Decoding {
  const plain: Decoding = { kind: 'string' };
  if (emitter.options.kubernetes !== true || emitter.options.customResources === true) return plain;
  if (format === 'quantity') {
    emitter.usesQuantity = true;
    return { kind: 'format', test: (x) => `$isQuantity(${x})`, message: QUANTITY_MESSAGE };
  }
  // metav1.Time and MicroTime (UnmarshalJSON: time.Parse), []byte (base64.StdEncoding).
  if (format !== 'date-time' && format !== 'byte') return plain;
  const check = formatCheck(format, emitter, emitter.options);
  return check === undefined ? plain : { kind: 'format', test: check.test, message: check.message };
}

/** An object: its listed fields, then the other keys' values (a map) or nothing (unknown fields). */
function objectDecoding(type: ObjectType, emitter: Emitter, seen: ReadonlySet<string>): Decoding {
  // A free-form object of a Kubernetes API is a Go type that keeps its raw JSON, whatever it is (RawExtension,
  // FieldsV1, apiextensions JSON: UnmarshalJSON stores the bytes).
  const additional = type.additionalProperties;
  if (
    emitter.options.kubernetes === true &&
    type.properties.length === 0 &&
    type.patternProperties === undefined &&
    additional !== undefined &&
    additional !== false &&
    additional.kind === 'unknown'
  )
    return ANY;
  const fields = type.properties.map((property) => [property.name, decoding(property.type, emitter, seen)] as const);
  // Keys a pattern or a map takes are no unknown fields.
  const extra =
    type.patternProperties !== undefined
      ? ANY
      : additional === undefined || additional === false
        ? undefined
        : decoding(additional, emitter, seen);
  return { kind: 'object', fields, extra };
}

/** All of the members (`allOf`): their fields together when they are objects, else the first member that says anything. */
function intersectionDecoding(members: readonly Type[], emitter: Emitter, seen: ReadonlySet<string>): Decoding {
  const resolve = (type: Type): Type | undefined => {
    let current: Type | undefined = type;
    for (let hops = 0; current?.kind === 'ref' && hops < 64; hops++) current = emitter.models.get(current.name)?.type;
    return current;
  };
  const objects = members.map(resolve);
  if (objects.every((member): member is ObjectType => member?.kind === 'object')) {
    const properties = new Map<string, Type>();
    for (const object of objects)
      for (const property of object.properties) properties.set(property.name, property.type);
    const open = objects.some(
      (object) => object.additionalProperties !== undefined && object.additionalProperties !== false,
    );
    return objectDecoding(
      {
        kind: 'object',
        properties: [...properties].map(([name, type]) => ({
          name,
          type,
          required: { request: false, response: false },
          readOnly: false,
          nonNullInRequest: false,
          doc: {},
        })),
        ...(open ? { additionalProperties: { kind: 'unknown' } } : {}),
      },
      emitter,
      seen,
    );
  }
  return members.map((member) => decoding(member, emitter, seen)).find((member) => member.kind !== 'any') ?? ANY;
}

/** A decoding as text, to tell equal ones apart (union members, shared functions). */
export function decodingKey(found: Decoding): string {
  switch (found.kind) {
    case 'format':
      return `format:${found.test('s')}`;
    case 'array':
      return `[${decodingKey(found.items)}]`;
    case 'object':
      return `{${found.fields.map(([name, field]) => `${JSON.stringify(name)}:${decodingKey(field)}`).join(',')}${found.extra === undefined ? '' : `;${decodingKey(found.extra)}`}}`;
    case 'union':
      return `(${found.members.map(decodingKey).join('|')})`;
    case 'model':
      return found.name;
    default:
      return found.kind;
  }
}

/** The JSON kind a decoding takes, or undefined for any (a model's as its function was built, `modelDecoding`). */
export function jsonKind(found: Decoding, emitter: Emitter): string | undefined {
  switch (found.kind) {
    case 'any':
      return undefined;
    case 'string':
    case 'format':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'number':
    case 'integer':
    case 'int32':
    case 'int64':
      return 'number';
    case 'array':
      return 'array';
    case 'object':
      return 'object';
    case 'union': {
      const kinds = new Set(found.members.map((member) => jsonKind(member, emitter)));
      return kinds.size === 1 ? [...kinds][0] : undefined;
    }
    case 'model':
      return emitter.memo('decode-kinds', () => new Map<string, string | undefined>()).get(found.name);
    default:
      return assertNever(found);
  }
}
