import { isJsonObject, type Json, type JsonObject } from '../document.js';
import type { Diagnostic } from '../errors.js';
import { escapePointerSegment } from '../errors.js';
import type { ArrayType, Doc, LiteralType, Mode, ObjectType, Property, Type, ValidationRule } from '../ir.js';
import { LIST_CHECKED, NULL_IS_UNSET } from '../go-decoding.js';
import { compareStrings } from '../names.js';
import { DOC_KEYWORDS, NON_NULL_IN_REQUEST, ONLY_IN, OPTIONAL_IN_RESPONSE, resolveInternal } from '../normalize.js';

/** What schema parsing needs: the document, model names by schema key, and where to report problems. */
export interface SchemaContext {
  readonly document: JsonObject;
  readonly modelNames: ReadonlyMap<string, string>;
  readonly report: (diagnostic: { message: string; pointer: string; severity: 'error' | 'warning' }) => void;
}

/** A diagnostic with the pointer it concerns, before the location is resolved. */
export type PendingDiagnostic = Diagnostic & { readonly pointer: string; readonly severity: 'error' | 'warning' };

const SCHEMAS_PREFIX = '#/components/schemas/';
const UNKNOWN: Type = { kind: 'unknown' };
/** Inline (non-model) references are followed at most this deep; deeper means a reference cycle with no model in it. */
const MAX_INLINE_DEPTH = 64;

/** Documentation of a schema: description (or title), default, format, deprecated, examples. */
export function docOf(schema: Json): Doc {
  if (!isJsonObject(schema)) return {};
  const doc: { -readonly [K in keyof Doc]: Doc[K] } = {};
  const description = schema['description'] ?? schema['title'];
  if (typeof description === 'string' && description.trim().length > 0) doc.description = description;
  if ('default' in schema) doc.default = schema['default'];
  if (typeof schema['format'] === 'string') doc.format = schema['format'];
  if (schema['deprecated'] === true) doc.deprecated = true;
  if (Array.isArray(schema['examples'])) doc.examples = schema['examples'];
  else if ('example' in schema) doc.examples = [schema['example']];
  return doc;
}

/** Keywords beside a `$ref` that do not constrain the value: its docs, and annotations. */
const NON_CONSTRAINT = new Set([...DOC_KEYWORDS, 'xml', 'discriminator', '$schema', '$id', '$comment', 'nullable']);

/** True when a schema beside its `$ref` carries only docs and extensions (the common Kubernetes shape). */
function onlyDocsBesideRef(schema: JsonObject): boolean {
  return Object.keys(schema).every((key) => key === '$ref' || NON_CONSTRAINT.has(key) || key.startsWith('x-'));
}

/** Turns one schema into an IR type. `pointer` locates it in the document for diagnostics. */
export function schemaToType(schema: Json, pointer: string, context: SchemaContext, depth = 0): Type {
  const type = bareType(schema, pointer, context, depth);
  if (!isJsonObject(schema)) return type;
  const onlyIn = modeOf(schema[ONLY_IN]);
  const rules = validationRules(schema['x-kubernetes-validations'], `${pointer}/x-kubernetes-validations`, context);
  const nullIsUnset = schema[NULL_IS_UNSET] === true;
  if (onlyIn === undefined && rules.length === 0 && !nullIsUnset) return type;
  return {
    ...type,
    ...(onlyIn !== undefined ? { onlyIn } : {}),
    ...(rules.length > 0 ? { rules: [...(type.rules ?? []), ...rules] } : {}),
    ...(nullIsUnset ? { nullIsUnset } : {}),
  };
}

function modeOf(value: Json | undefined): Mode | undefined {
  return value === 'request' || value === 'response' ? value : undefined;
}

const RULE_REASONS = new Set(['FieldValueInvalid', 'FieldValueForbidden', 'FieldValueRequired', 'FieldValueDuplicate']);

/** The `x-kubernetes-validations` entries of a schema; malformed entries are reported and skipped. */
function validationRules(value: Json | undefined, pointer: string, context: SchemaContext): ValidationRule[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    context.report({ message: 'x-kubernetes-validations must be a list', pointer, severity: 'warning' });
    return [];
  }
  return value.flatMap((entry, index): ValidationRule[] => {
    const at = `${pointer}/${index}`;
    if (!isJsonObject(entry) || typeof entry['rule'] !== 'string') {
      context.report({ message: 'a validation rule needs a string "rule"', pointer: at, severity: 'warning' });
      return [];
    }
    const { message, messageExpression, fieldPath, reason } = entry;
    const onlyIn = modeOf(entry[ONLY_IN]);
    return [
      {
        rule: entry['rule'],
        ...(typeof message === 'string' ? { message } : {}),
        ...(typeof messageExpression === 'string' ? { messageExpression } : {}),
        ...(typeof fieldPath === 'string' ? { fieldPath } : {}),
        ...(typeof reason === 'string' && RULE_REASONS.has(reason)
          ? { reason: reason as ValidationRule['reason'] }
          : {}),
        ...(onlyIn !== undefined ? { onlyIn } : {}),
        source: at,
      },
    ];
  });
}

/** The type a schema describes, before mode gates and rules are attached. */
function bareType(schema: Json, pointer: string, context: SchemaContext, depth: number): Type {
  if (schema === true) return UNKNOWN;
  if (schema === false) return { kind: 'union', members: [] };
  if (!isJsonObject(schema)) {
    context.report({ message: 'a schema must be an object', pointer, severity: 'error' });
    return UNKNOWN;
  }
  const ref = schema['$ref'];
  if (typeof ref === 'string') {
    const target = refToType(ref, pointer, context, depth);
    if (onlyDocsBesideRef(schema)) return target;
    const { $ref: _ref, ...rest } = schema;
    return intersect([target, schemaToType(rest, pointer, context, depth)]);
  }
  if (Array.isArray(schema['enum'])) return enumType(schema['enum'], pointer, context);
  if ('const' in schema) return literal(schema['const']!, pointer, context);

  const parts: Type[] = [];
  const base = baseType(schema, pointer, context, depth);
  if (base) parts.push(base);
  const allOf = schema['allOf'];
  if (Array.isArray(allOf))
    allOf.forEach((member, index) => parts.push(schemaToType(member, `${pointer}/allOf/${index}`, context, depth)));
  for (const keyword of ['anyOf', 'oneOf'] as const) {
    const members = schema[keyword];
    if (Array.isArray(members)) {
      parts.push(
        union(members.map((member, index) => schemaToType(member, `${pointer}/${keyword}/${index}`, context, depth))),
      );
    }
  }
  if (parts.length === 0) return UNKNOWN;
  return intersect(parts);
}

/** The type a schema states directly (`type`, `properties`, `items`), or undefined when it states none. */
function baseType(schema: JsonObject, pointer: string, context: SchemaContext, depth: number): Type | undefined {
  const declared = schema['type'];
  if (Array.isArray(declared)) {
    return union(declared.map((type) => baseType({ ...schema, type }, pointer, context, depth) ?? UNKNOWN));
  }
  if (declared === undefined) {
    const looksLikeObject = isJsonObject(schema['properties']) || schema['additionalProperties'] !== undefined;
    return looksLikeObject ? objectType(schema, pointer, context, depth) : undefined;
  }
  switch (declared) {
    case 'string':
      return withDefined({
        kind: 'string' as const,
        format: stringOrUndefined(schema['format']),
        pattern: stringOrUndefined(schema['pattern']),
        minLength: numberOrUndefined(schema['minLength']),
        maxLength: numberOrUndefined(schema['maxLength']),
      });
    case 'integer':
    case 'number':
      return withDefined({
        kind: 'number' as const,
        integer: declared === 'integer',
        format: stringOrUndefined(schema['format']),
        minimum: numberOrUndefined(schema['minimum']),
        maximum: numberOrUndefined(schema['maximum']),
        exclusiveMinimum: numberOrUndefined(schema['exclusiveMinimum']),
        exclusiveMaximum: numberOrUndefined(schema['exclusiveMaximum']),
        multipleOf: numberOrUndefined(schema['multipleOf']),
      });
    case 'boolean':
      return { kind: 'boolean' };
    case 'null':
      return { kind: 'null' };
    case 'array':
      return withDefined({
        kind: 'array' as const,
        items:
          schema['items'] === undefined ? UNKNOWN : schemaToType(schema['items'], `${pointer}/items`, context, depth),
        minItems: numberOrUndefined(schema['minItems']),
        maxItems: numberOrUndefined(schema['maxItems']),
        uniqueItems: schema['uniqueItems'] === true ? true : undefined,
        unique: listUniqueness(schema),
      });
    case 'object':
      return objectType(schema, pointer, context, depth);
    default:
      context.report({
        message: `unknown type ${JSON.stringify(declared)}`,
        pointer: `${pointer}/type`,
        severity: 'error',
      });
      return UNKNOWN;
  }
}

/** The `x-kubernetes-list-type` uniqueness normalize marked as checked by the server, if any. */
function listUniqueness(schema: JsonObject): ArrayType['unique'] {
  const checked = schema[LIST_CHECKED];
  if (checked === undefined) return undefined;
  const reportAt = typeof checked === 'string' ? { reportAt: checked } : {};
  if (schema['x-kubernetes-list-type'] === 'set') return reportAt;
  const keys = schema['x-kubernetes-list-map-keys'];
  const names = Array.isArray(keys) ? keys.filter((key): key is string => typeof key === 'string') : [];
  return names.length > 0 ? { keys: names, ...reportAt } : undefined;
}

/** An object type: properties sorted by name (canonical order), presence per mode, extra keys as the spec says. */
function objectType(schema: JsonObject, pointer: string, context: SchemaContext, depth: number): ObjectType {
  const properties = isJsonObject(schema['properties']) ? schema['properties'] : {};
  const requiredList = Array.isArray(schema['required'])
    ? schema['required'].filter((name): name is string => typeof name === 'string')
    : [];
  const required = new Set(requiredList);
  for (const name of required) {
    if (!(name in properties) && schema['additionalProperties'] === undefined && isJsonObject(schema['properties'])) {
      context.report({
        message: `required property "${name}" is not defined in properties`,
        pointer: `${pointer}/required`,
        severity: 'warning',
      });
    }
  }
  const list: Property[] = Object.keys(properties)
    .sort(compareStrings)
    .map((name) => {
      const propertySchema = properties[name]!;
      const propertyPointer = `${pointer}/properties/${escapePointerSegment(name)}`;
      const flags = isJsonObject(propertySchema) ? propertySchema : {};
      const readOnly = flags['readOnly'] === true;
      return {
        name,
        type: schemaToType(propertySchema, propertyPointer, context, depth),
        required: {
          request: required.has(name) && !readOnly,
          response: required.has(name) && flags[OPTIONAL_IN_RESPONSE] !== true,
        },
        readOnly,
        nonNullInRequest: flags[NON_NULL_IN_REQUEST] === true,
        doc: docOf(propertySchema),
      };
    });
  const additional = schema['additionalProperties'];
  const hasProperties = list.length > 0;
  let additionalProperties: Type | false | undefined;
  if (additional === false) additionalProperties = false;
  else if (additional === true || (isJsonObject(additional) && Object.keys(additional).length === 0))
    additionalProperties = UNKNOWN;
  else if (isJsonObject(additional))
    additionalProperties = schemaToType(additional, `${pointer}/additionalProperties`, context, depth);
  // An object with no properties and nothing said about extra keys is free-form: any JSON object.
  else if (!hasProperties) additionalProperties = UNKNOWN;
  return withDefined({
    kind: 'object' as const,
    properties: list,
    additionalProperties,
    minProperties: numberOrUndefined(schema['minProperties']),
    maxProperties: numberOrUndefined(schema['maxProperties']),
  });
}

/** The schema key a `$ref` to a model names (`#/components/schemas/<key>`), or undefined for any other ref. */
function modelKeyOf(ref: string): string | undefined {
  if (!ref.startsWith(SCHEMAS_PREFIX) || ref.slice(SCHEMAS_PREFIX.length).includes('/')) return undefined;
  let key = ref.slice(SCHEMAS_PREFIX.length);
  try {
    key = decodeURIComponent(key);
  } catch {
    // Not percent-encoded after all: the key is the text as written.
  }
  return key.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** A `$ref`: a model reference by name, or the inlined target for references into other parts of the document. */
function refToType(ref: string, pointer: string, context: SchemaContext, depth: number): Type {
  const key = modelKeyOf(ref);
  if (key !== undefined) {
    const name = context.modelNames.get(key);
    if (name !== undefined) return { kind: 'ref', name };
  } else {
    const target = resolveInternal(context.document, ref);
    if (target !== undefined) {
      if (depth >= MAX_INLINE_DEPTH) {
        context.report({
          message: `$ref cycle with no named schema in it: ${ref}`,
          pointer: `${pointer}/$ref`,
          severity: 'error',
        });
        return UNKNOWN;
      }
      return schemaToType(target, ref.slice(1), context, depth + 1);
    }
  }
  context.report({ message: `dangling $ref: ${ref} points nowhere`, pointer: `${pointer}/$ref`, severity: 'error' });
  return UNKNOWN;
}

/** An enum: one literal, or a union of literals in the spec's order. */
function enumType(values: readonly Json[], pointer: string, context: SchemaContext): Type {
  const members = values.map((value, index) => literal(value, `${pointer}/enum/${index}`, context));
  return members.length === 1 ? members[0]! : { kind: 'union', members };
}

/** One literal value; objects and arrays in enums are reported and typed as unknown. */
function literal(value: Json, pointer: string, context: SchemaContext): Type {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return { kind: 'literal', value } satisfies LiteralType;
  }
  context.report({
    message: 'enum and const values must be strings, numbers, booleans or null',
    pointer,
    severity: 'warning',
  });
  return UNKNOWN;
}

/** A union, flattened; one member is that member. */
export function union(members: readonly Type[]): Type {
  const flat = members.flatMap((member) =>
    member.kind === 'union' && member.onlyIn === undefined ? member.members : [member],
  );
  return flat.length === 1 ? flat[0]! : { kind: 'union', members: flat };
}

/** An intersection, flattened, dropping `unknown` members; one member is that member. */
export function intersect(members: readonly Type[]): Type {
  const flat = members
    .flatMap((member) => (member.kind === 'intersection' ? member.members : [member]))
    .filter((member) => member.kind !== 'unknown');
  if (flat.length === 0) return UNKNOWN;
  return flat.length === 1 ? flat[0]! : { kind: 'intersection', members: flat };
}

function stringOrUndefined(value: Json | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function numberOrUndefined(value: Json | undefined): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

/** Drops keys whose value is undefined, so IR objects compare and snapshot cleanly. */
function withDefined<T extends object>(object: T): T {
  for (const key of Object.keys(object) as (keyof T)[]) if (object[key] === undefined) delete object[key];
  return object;
}

/** A reference from one model to another that defines it directly, with the pointer of the `$ref`. */
export interface DirectRef {
  readonly key: string;
  readonly pointer: string;
}

/**
 * The models a schema is directly defined as: `$ref`s reached through `allOf`/`anyOf`/`oneOf` and inline references,
 * never through `properties`, `additionalProperties` or `items`. TypeScript rejects a type alias that is itself (or a
 * union with itself), so a cycle of these is an error, while a cycle through an object or an array is recursion.
 */
export function directRefs(schema: Json, pointer: string, context: SchemaContext, depth = 0): DirectRef[] {
  if (!isJsonObject(schema)) return [];
  const found: DirectRef[] = [];
  const ref = schema['$ref'];
  if (typeof ref === 'string') {
    const key = modelKeyOf(ref);
    if (key !== undefined && context.modelNames.has(key)) found.push({ key, pointer: `${pointer}/$ref` });
    else if (key === undefined && depth < MAX_INLINE_DEPTH) {
      const target = resolveInternal(context.document, ref);
      if (target !== undefined) found.push(...directRefs(target, ref.slice(1), context, depth + 1));
    }
  }
  for (const keyword of ['allOf', 'anyOf', 'oneOf'] as const) {
    const members = schema[keyword];
    if (Array.isArray(members))
      members.forEach((member, index) =>
        found.push(...directRefs(member, `${pointer}/${keyword}/${index}`, context, depth)),
      );
  }
  return found;
}

/**
 * Every cycle of direct references between models (see `directRefs`), each once, as the keys around it (the first
 * key again at the end) and the pointer of its first `$ref`. Iterative: a chain of any length is safe.
 */
export function directRefCycles(
  edges: ReadonlyMap<string, readonly DirectRef[]>,
): { readonly keys: readonly string[]; readonly pointer: string }[] {
  const state = new Map<string, 'open' | 'done'>();
  const cycles: { keys: string[]; pointer: string }[] = [];
  for (const start of [...edges.keys()].sort(compareStrings)) {
    if (state.has(start)) continue;
    // The path from `start`: each entry is a key and the index of its next edge to follow.
    const stack: { key: string; next: number; via: string }[] = [{ key: start, next: 0, via: '' }];
    state.set(start, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const edge = edges.get(top.key)?.[top.next++];
      if (edge === undefined) {
        state.set(top.key, 'done');
        stack.pop();
        continue;
      }
      const seen = state.get(edge.key);
      if (seen === 'open') {
        const from = stack.findIndex((entry) => entry.key === edge.key);
        const around = stack.slice(from);
        const pointer = around[1]?.via ?? edge.pointer;
        cycles.push({ keys: [...around.map((entry) => entry.key), edge.key], pointer });
      } else if (seen === undefined) {
        state.set(edge.key, 'open');
        stack.push({ key: edge.key, next: 0, via: edge.pointer });
      }
    }
  }
  return cycles;
}
