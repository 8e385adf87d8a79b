import { isJsonObject, type Json, type JsonObject } from './document.js';
import { escapePointerSegment } from './errors.js';

/** Where a schema sits: a model, a property of an object (with its required flag), or anywhere else. */
export type SchemaPosition =
  | { readonly kind: 'model'; readonly key: string }
  | { readonly kind: 'property'; readonly name: string; readonly required: boolean }
  | { readonly kind: 'other' };

/** Rewrites one schema node after its children were rewritten; returns the node itself when nothing changes. */
export type SchemaMapper = (schema: JsonObject, position: SchemaPosition, pointer: string) => JsonObject;

const OTHER: SchemaPosition = { kind: 'other' };
/** Schema keywords whose value is a list of schemas. */
export const SCHEMA_LIST_KEYWORDS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;
/** Schema keywords whose value is one schema. */
export const SCHEMA_KEYWORDS = [
  'items',
  'additionalProperties',
  'additionalItems',
  'not',
  'contains',
  'propertyNames',
  'if',
  'then',
  'else',
  'unevaluatedItems',
  'unevaluatedProperties',
  'contentSchema',
] as const;
/** Schema keywords whose value maps names to schemas (the names are data, never keywords); `properties` aside. */
export const SCHEMA_MAP_KEYWORDS = ['patternProperties', '$defs', 'definitions', 'dependentSchemas'] as const;

/**
 * Maps every schema node below `schema` bottom-up. Keys of `properties` are property names, never keywords, so a
 * property called `$ref` is walked as a schema and not mistaken for a reference. Unchanged subtrees are shared.
 */
export function mapSchema(schema: Json, position: SchemaPosition, pointer: string, mapper: SchemaMapper): Json {
  if (!isJsonObject(schema)) return schema;
  let node: JsonObject = schema;
  const replace = (key: string, value: Json): void => {
    if (value !== node[key])
      node = node === schema ? { ...schema, [key]: value } : Object.assign(node, { [key]: value });
  };
  const properties = schema['properties'];
  if (isJsonObject(properties)) {
    const required = new Set(
      Array.isArray(schema['required']) ? schema['required'].filter((r) => typeof r === 'string') : [],
    );
    replace(
      'properties',
      mapObject(properties, (name, value) =>
        mapSchema(
          value,
          { kind: 'property', name, required: required.has(name) },
          `${pointer}/properties/${escapePointerSegment(name)}`,
          mapper,
        ),
      ),
    );
  }
  for (const keyword of SCHEMA_KEYWORDS) {
    const child = schema[keyword];
    if (isJsonObject(child)) replace(keyword, mapSchema(child, OTHER, `${pointer}/${keyword}`, mapper));
    else if (keyword === 'items' && Array.isArray(child)) {
      replace(
        keyword,
        mapArray(child, (item, index) => mapSchema(item, OTHER, `${pointer}/items/${index}`, mapper)),
      );
    }
  }
  for (const keyword of SCHEMA_LIST_KEYWORDS) {
    const list = schema[keyword];
    if (Array.isArray(list)) {
      replace(
        keyword,
        mapArray(list, (item, index) => mapSchema(item, OTHER, `${pointer}/${keyword}/${index}`, mapper)),
      );
    }
  }
  for (const keyword of SCHEMA_MAP_KEYWORDS) {
    const map = schema[keyword];
    if (isJsonObject(map)) {
      replace(
        keyword,
        mapObject(map, (name, value) =>
          mapSchema(value, OTHER, `${pointer}/${keyword}/${escapePointerSegment(name)}`, mapper),
        ),
      );
    }
  }
  return mapper(node, position, pointer);
}

/** Maps the values of an object, returning the same object when no value changed. */
export function mapObject(object: JsonObject, fn: (key: string, value: Json) => Json): JsonObject {
  let result: JsonObject | undefined;
  for (const key of Object.keys(object)) {
    const value = object[key]!;
    const mapped = fn(key, value);
    if (mapped !== value) {
      result ??= { ...object };
      result[key] = mapped;
    }
  }
  return result ?? object;
}

/** Maps the items of an array, returning the same array when no item changed. */
export function mapArray(array: readonly Json[], fn: (item: Json, index: number) => Json): Json[] {
  let result: Json[] | undefined;
  array.forEach((item, index) => {
    const mapped = fn(item, index);
    if (mapped !== item) {
      result ??= [...array];
      result[index] = mapped;
    }
  });
  return result ?? (array as Json[]);
}

/**
 * Maps every schema in an OpenAPI 3 document: component schemas (as models), and the schemas of parameters,
 * headers, request bodies and responses wherever they are declared.
 */
export function mapDocumentSchemas(document: JsonObject, mapper: SchemaMapper): JsonObject {
  const mapMediaMap = (content: Json, pointer: string): Json =>
    isJsonObject(content)
      ? mapObject(content, (mediaType, media) =>
          isJsonObject(media) && 'schema' in media
            ? withKey(
                media,
                'schema',
                mapSchema(media['schema']!, OTHER, `${pointer}/${escapePointerSegment(mediaType)}/schema`, mapper),
              )
            : media,
        )
      : content;
  const mapParameterLike = (parameter: Json, pointer: string): Json => {
    if (!isJsonObject(parameter)) return parameter;
    let result = parameter;
    if ('schema' in parameter)
      result = withKey(result, 'schema', mapSchema(parameter['schema']!, OTHER, `${pointer}/schema`, mapper));
    if ('content' in parameter)
      result = withKey(result, 'content', mapMediaMap(parameter['content']!, `${pointer}/content`));
    return result;
  };
  const mapHeaders = (headers: Json, pointer: string): Json =>
    isJsonObject(headers)
      ? mapObject(headers, (name, header) => mapParameterLike(header, `${pointer}/${escapePointerSegment(name)}`))
      : headers;
  const mapResponse = (response: Json, pointer: string): Json => {
    if (!isJsonObject(response)) return response;
    let result = response;
    if ('content' in response)
      result = withKey(result, 'content', mapMediaMap(response['content']!, `${pointer}/content`));
    if ('headers' in response)
      result = withKey(result, 'headers', mapHeaders(response['headers']!, `${pointer}/headers`));
    return result;
  };
  const mapParameters = (parameters: Json, pointer: string): Json =>
    Array.isArray(parameters)
      ? mapArray(parameters, (parameter, index) => mapParameterLike(parameter, `${pointer}/${index}`))
      : parameters;
  const mapOperation = (operation: Json, pointer: string): Json => {
    if (!isJsonObject(operation)) return operation;
    let result = operation;
    if ('parameters' in operation)
      result = withKey(result, 'parameters', mapParameters(operation['parameters']!, `${pointer}/parameters`));
    const body = operation['requestBody'];
    if (isJsonObject(body) && 'content' in body) {
      result = withKey(
        result,
        'requestBody',
        withKey(body, 'content', mapMediaMap(body['content']!, `${pointer}/requestBody/content`)),
      );
    }
    const responses = operation['responses'];
    if (isJsonObject(responses)) {
      result = withKey(
        result,
        'responses',
        mapObject(responses, (status, response) =>
          mapResponse(response, `${pointer}/responses/${escapePointerSegment(status)}`),
        ),
      );
    }
    const callbacks = operation['callbacks'];
    if (isJsonObject(callbacks)) {
      result = withKey(
        result,
        'callbacks',
        mapObject(callbacks, (name, callback) => {
          const at = `${pointer}/callbacks/${escapePointerSegment(name)}`;
          return isJsonObject(callback)
            ? mapObject(callback, (expression, item) => mapPathItem(item, `${at}/${escapePointerSegment(expression)}`))
            : callback;
        }),
      );
    }
    return result;
  };
  function mapPathItem(item: Json, pointer: string): Json {
    if (!isJsonObject(item)) return item;
    return mapObject(item, (key, value) =>
      key === 'parameters'
        ? mapParameters(value, `${pointer}/parameters`)
        : key.startsWith('x-')
          ? value
          : mapOperation(value, `${pointer}/${escapePointerSegment(key)}`),
    );
  }

  let result = document;
  const components = document['components'];
  if (isJsonObject(components)) {
    let mapped = components;
    const schemas = components['schemas'];
    if (isJsonObject(schemas)) {
      mapped = withKey(
        mapped,
        'schemas',
        mapObject(schemas, (key, schema) =>
          mapSchema(schema, { kind: 'model', key }, `/components/schemas/${escapePointerSegment(key)}`, mapper),
        ),
      );
    }
    for (const [section, fn] of [
      ['parameters', mapParameterLike],
      ['headers', mapParameterLike],
      ['responses', mapResponse],
    ] as const) {
      const entries = components[section];
      if (isJsonObject(entries)) {
        mapped = withKey(
          mapped,
          section,
          mapObject(entries, (name, entry) => fn(entry, `/components/${section}/${escapePointerSegment(name)}`)),
        );
      }
    }
    const bodies = components['requestBodies'];
    if (isJsonObject(bodies)) {
      mapped = withKey(
        mapped,
        'requestBodies',
        mapObject(bodies, (name, body) =>
          isJsonObject(body) && 'content' in body
            ? withKey(
                body,
                'content',
                mapMediaMap(body['content']!, `/components/requestBodies/${escapePointerSegment(name)}/content`),
              )
            : body,
        ),
      );
    }
    result = withKey(result, 'components', mapped);
  }
  // Paths, webhooks (3.1) and each operation's callbacks are maps of path items.
  for (const section of ['paths', 'webhooks'] as const) {
    const items = document[section];
    if (isJsonObject(items)) {
      result = withKey(
        result,
        section,
        mapObject(items, (name, item) => mapPathItem(item, `/${section}/${escapePointerSegment(name)}`)),
      );
    }
  }
  return result;
}

/** Returns `object` with `key` set to `value`, or `object` itself when the value is already there. */
export function withKey(object: JsonObject, key: string, value: Json): JsonObject {
  return object[key] === value ? object : { ...object, [key]: value };
}
