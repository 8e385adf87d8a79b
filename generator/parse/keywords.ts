/**
 * The type-specific keywords of a schema, one builder per JSON kind: strings, numbers, arrays, objects. Each reads
 * only its own keywords, so a schema without `type` can be checked kind by kind (JSON Schema applies `maximum` to
 * numbers only, `required` to objects only, and so on).
 */
import { isJsonObject, type Json, type JsonObject } from '../document.js';
import { escapePointerSegment } from '../errors.js';
import { NUMBER_FORMATS, STRING_FORMATS } from '../ir.js';
import type { ArrayType, JsonKind, NumberType, ObjectType, Property, RequestEnum, StringType, Type } from '../ir.js';
import { compareStrings } from '../names.js';
import { NON_NULL_IN_REQUEST, OPTIONAL_IN_RESPONSE } from '../normalize.js';
import { LIST_ATOMIC, LIST_CHECKED, OPTIONAL_IN_REQUEST } from '../go-decoding.js';
import { REQUEST_ENUM, REQUEST_ENUM_EMPTY } from '../kubernetes-enums.js';
import { checkRe2Pattern } from './re2.js';
import type { SchemaContext } from './schema.js';

/** Parses a subschema; passed in so that this module does not import the dispatcher. */
export type SubschemaParser = (schema: Json, pointer: string) => Type;

const UNKNOWN: Type = { kind: 'unknown' };

/** The keywords that concern each JSON kind. */
export const KIND_KEYWORDS: Readonly<Record<JsonKind, readonly string[]>> = {
  string: ['minLength', 'maxLength', 'pattern', 'format'],
  number: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'],
  array: ['items', 'prefixItems', 'additionalItems', 'minItems', 'maxItems', 'uniqueItems', 'contains'],
  object: [
    'properties',
    'additionalProperties',
    'patternProperties',
    'required',
    'minProperties',
    'maxProperties',
    'propertyNames',
    'dependentRequired',
    'dependentSchemas',
    'dependencies',
  ],
};

/** True when a schema uses a keyword of `kind` (`format` alone does not count: numbers have formats too). */
export function usesKind(schema: JsonObject, kind: JsonKind, context: SchemaContext): boolean {
  return KIND_KEYWORDS[kind].some((keyword) => {
    if (!(keyword in schema) || keyword === 'format') return false;
    if (keyword === 'dependencies' || keyword === 'additionalItems') return context.draft4;
    if (keyword === 'prefixItems' || keyword === 'dependentRequired' || keyword === 'dependentSchemas')
      return !context.draft4;
    return true;
  });
}

/** Warns, once per format and at its first place, about a format specgen does not know. */
export function checkFormat(
  schema: JsonObject,
  pointer: string,
  context: SchemaContext,
  known: ReadonlySet<string>,
): void {
  const format = schema['format'];
  if (typeof format !== 'string' || known.has(format) || context.formatWarnings.has(format)) return;
  context.formatWarnings.add(format);
  context.report({
    message: `format ${JSON.stringify(format)} is not checked: specgen does not know it (the job's formats option can add a pattern for it, or switch it off)`,
    pointer: `${pointer}/format`,
    severity: 'warning',
  });
}

/** A string type with its constraints. */
export function stringType(schema: JsonObject, pointer: string, context: SchemaContext): StringType {
  checkFormat(schema, pointer, context, STRING_FORMATS);
  if (context.re2) checkRe2Pattern(schema['pattern'], `${pointer}/pattern`, context.regex, context.report);
  return withDefined({
    kind: 'string' as const,
    format: stringOrUndefined(schema['format']),
    pattern: stringOrUndefined(schema['pattern']),
    minLength: numberOrUndefined(schema['minLength']),
    maxLength: numberOrUndefined(schema['maxLength']),
    requestEnum: requestEnumOf(schema),
  });
}

/** The request-only value set normalize marked on a string (kubernetes-enums.ts), if any. */
function requestEnumOf(schema: JsonObject): RequestEnum | undefined {
  const values = schema[REQUEST_ENUM];
  if (!Array.isArray(values) || values.length === 0) return undefined;
  const strings = values.filter((value): value is string => typeof value === 'string');
  return { values: strings, emptyPasses: schema[REQUEST_ENUM_EMPTY] === true };
}

/** A number (or integer) type with its constraints. */
export function numberType(schema: JsonObject, integer: boolean, pointer: string, context: SchemaContext): NumberType {
  checkFormat(schema, pointer, context, NUMBER_FORMATS);
  return withDefined({
    kind: 'number' as const,
    integer,
    format: stringOrUndefined(schema['format']),
    minimum: numberOrUndefined(schema['minimum']),
    maximum: numberOrUndefined(schema['maximum']),
    exclusiveMinimum: numberOrUndefined(schema['exclusiveMinimum']),
    exclusiveMaximum: numberOrUndefined(schema['exclusiveMaximum']),
    multipleOf: numberOrUndefined(schema['multipleOf']),
  });
}

/** An array type: `prefixItems` (draft 4: `items` as a list, then `additionalItems`), `items`, bounds, `contains`. */
export function arrayType(
  schema: JsonObject,
  pointer: string,
  context: SchemaContext,
  parse: SubschemaParser,
): ArrayType {
  const items = schema['items'];
  let prefixItems: Type[] | undefined;
  let rest: Type = UNKNOWN;
  const prefix = context.draft4 ? items : schema['prefixItems'];
  if (Array.isArray(prefix)) {
    const keyword = context.draft4 ? 'items' : 'prefixItems';
    prefixItems = prefix.map((item, index) => parse(item, `${pointer}/${keyword}/${index}`));
    if (context.draft4) {
      const additional = schema['additionalItems'];
      if (additional !== undefined) rest = parse(additional, `${pointer}/additionalItems`);
    }
  }
  if (items !== undefined && !Array.isArray(items)) rest = parse(items, `${pointer}/items`);
  let contains: ArrayType['contains'];
  if (schema['contains'] !== undefined) {
    const min = context.draft4 ? undefined : numberOrUndefined(schema['minContains']);
    const max = context.draft4 ? undefined : numberOrUndefined(schema['maxContains']);
    contains = {
      type: parse(schema['contains'], `${pointer}/contains`),
      min: min ?? 1,
      ...(max !== undefined ? { max } : {}),
    };
  }
  return withDefined({
    kind: 'array' as const,
    items: rest,
    minItems: numberOrUndefined(schema['minItems']),
    maxItems: numberOrUndefined(schema['maxItems']),
    uniqueItems: schema['uniqueItems'] === true ? true : undefined,
    prefixItems,
    contains,
    unique: listUniqueness(schema),
    atomic: schema[LIST_ATOMIC] === true ? true : undefined,
  });
}

/** An object type: properties sorted by name (canonical order), presence per mode, extra keys as the spec says. */
export function objectType(
  schema: JsonObject,
  pointer: string,
  context: SchemaContext,
  parse: SubschemaParser,
): ObjectType {
  const properties = isJsonObject(schema['properties']) ? schema['properties'] : {};
  const requiredList = Array.isArray(schema['required'])
    ? schema['required'].filter((name): name is string => typeof name === 'string')
    : [];
  const required = new Set(requiredList);
  const undeclared = [...required].filter((name) => !Object.hasOwn(properties, name));
  if (!context.strict && schema['additionalProperties'] === undefined && isJsonObject(schema['properties'])) {
    for (const name of undeclared) {
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
      const flags = isJsonObject(propertySchema) ? propertySchema : {};
      const readOnly = flags['readOnly'] === true;
      const writeOnly = flags['writeOnly'] === true;
      return {
        name,
        type: parse(propertySchema, `${pointer}/properties/${escapePointerSegment(name)}`),
        required: {
          request: required.has(name) && !readOnly && flags[OPTIONAL_IN_REQUEST] !== true,
          response: required.has(name) && !writeOnly && flags[OPTIONAL_IN_RESPONSE] !== true,
        },
        readOnly,
        ...(writeOnly ? { writeOnly } : {}),
        nonNullInRequest: flags[NON_NULL_IN_REQUEST] === true,
        doc: docOf(propertySchema),
      };
    });
  // JSON Schema requires a listed name whatever `properties` says: it must be present, with any value.
  for (const name of undeclared.sort(compareStrings))
    list.push({
      name,
      type: UNKNOWN,
      required: { request: true, response: true },
      readOnly: false,
      nonNullInRequest: false,
      doc: {},
    });
  list.sort((a, b) => compareStrings(a.name, b.name));
  const additional = schema['additionalProperties'];
  const patterns = isJsonObject(schema['patternProperties']) ? Object.entries(schema['patternProperties']) : [];
  let additionalProperties: Type | false | undefined;
  if (additional === false) additionalProperties = false;
  else if (additional === true || (isJsonObject(additional) && Object.keys(additional).length === 0))
    additionalProperties = UNKNOWN;
  else if (additional !== undefined) additionalProperties = parse(additional, `${pointer}/additionalProperties`);
  // An object with no properties and nothing said about extra keys is free-form: any JSON object.
  else if (list.length === 0 && patterns.length === 0) additionalProperties = UNKNOWN;
  return withDefined({
    kind: 'object' as const,
    properties: list,
    additionalProperties,
    minProperties: numberOrUndefined(schema['minProperties']),
    maxProperties: numberOrUndefined(schema['maxProperties']),
    patternProperties:
      patterns.length === 0
        ? undefined
        : patterns.map(([pattern, value]) => {
            if (context.re2)
              checkRe2Pattern(
                pattern,
                `${pointer}/patternProperties/${escapePointerSegment(pattern)}`,
                context.regex,
                context.report,
              );
            return {
              pattern,
              type: parse(value, `${pointer}/patternProperties/${escapePointerSegment(pattern)}`),
            };
          }),
    propertyNames:
      schema['propertyNames'] === undefined ? undefined : parse(schema['propertyNames'], `${pointer}/propertyNames`),
    ...dependencies(schema, pointer, context, parse),
  });
}

/** `dependentRequired` and `dependentSchemas` (draft 4: `dependencies`, whose values are lists or schemas). */
function dependencies(
  schema: JsonObject,
  pointer: string,
  context: SchemaContext,
  parse: SubschemaParser,
): Pick<ObjectType, 'dependentRequired' | 'dependentSchemas'> {
  const required: { property: string; required: string[] }[] = [];
  const schemas: { property: string; type: Type }[] = [];
  const read = (keyword: string, lists: boolean, schemasToo: boolean): void => {
    const map = schema[keyword];
    if (!isJsonObject(map)) return;
    for (const [property, value] of Object.entries(map)) {
      if (lists && Array.isArray(value))
        required.push({ property, required: value.filter((name): name is string => typeof name === 'string') });
      else if (schemasToo && !Array.isArray(value))
        schemas.push({ property, type: parse(value, `${pointer}/${keyword}/${escapePointerSegment(property)}`) });
    }
  };
  if (context.draft4) read('dependencies', true, true);
  else {
    read('dependentRequired', true, false);
    read('dependentSchemas', false, true);
  }
  return {
    ...(required.length > 0 ? { dependentRequired: required } : {}),
    ...(schemas.length > 0 ? { dependentSchemas: schemas } : {}),
  };
}

/** Documentation of a schema: description (or title), default, format, deprecated, examples. */
export function docOf(schema: Json): Property['doc'] {
  if (!isJsonObject(schema)) return {};
  const doc: { -readonly [K in keyof Property['doc']]: Property['doc'][K] } = {};
  const description = schema['description'] ?? schema['title'];
  if (typeof description === 'string' && description.trim().length > 0) doc.description = description;
  if ('default' in schema) doc.default = schema['default'];
  if (typeof schema['format'] === 'string') doc.format = schema['format'];
  if (schema['deprecated'] === true) doc.deprecated = true;
  if (Array.isArray(schema['examples'])) doc.examples = schema['examples'];
  else if ('example' in schema) doc.examples = [schema['example']];
  return doc;
}

function stringOrUndefined(value: Json | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A number keyword's value; anything else is not a constraint. */
export function numberOrUndefined(value: Json | undefined): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

/** Drops keys whose value is undefined, so IR objects compare and snapshot cleanly. */
export function withDefined<T extends object>(object: T): T {
  for (const key of Object.keys(object) as (keyof T)[]) if (object[key] === undefined) delete object[key];
  return object;
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

/** An object type that says nothing but "an object" (no properties, nothing said about other keys). */
export function isImplicitFreeForm(type: Type, schema: JsonObject): boolean {
  return (
    type.kind === 'object' &&
    type.properties.length === 0 &&
    schema['additionalProperties'] === undefined &&
    schema['patternProperties'] === undefined &&
    type.minProperties === undefined &&
    type.maxProperties === undefined &&
    type.rules === undefined &&
    type.assertions === undefined
  );
}
