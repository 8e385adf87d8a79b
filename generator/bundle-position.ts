/**
 * What an OpenAPI (or Swagger 2.0) document holds at a given path, read from the object grammar of the spec, so that
 * `bundle` treats an external `$ref` as what its position means: an operation is inlined where it stands, a response
 * becomes a component response, a description is plain text, and only schema positions hold schemas.
 */

/** The kind of object at a position of the document. */
export type Position =
  | 'root'
  | 'paths'
  | 'pathItem'
  | 'operation'
  | 'parameterList'
  | 'parameter'
  | 'parameterMap'
  | 'requestBody'
  | 'requestBodyMap'
  | 'responses'
  | 'response'
  | 'mediaMap'
  | 'media'
  | 'encodingMap'
  | 'encoding'
  | 'headerMap'
  | 'header'
  | 'exampleMap'
  | 'example'
  | 'linkMap'
  | 'link'
  | 'callbackMap'
  | 'callback'
  | 'securitySchemeMap'
  | 'securityScheme'
  | 'components'
  | 'schema'
  | 'schemaMap'
  | 'schemaList'
  | 'discriminator'
  | 'value';

/** The methods of a path item (OpenAPI 3; Swagger 2.0 has the same minus `trace`). */
const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
/** Schema keywords whose value maps names to schemas. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas']);
/** Schema keywords whose value is a list of schemas. */
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
/** Schema keywords whose value is one schema (`items` may also be a Draft 4 tuple: a list). */
const SCHEMA_KEYS = new Set([
  'items',
  'additionalProperties',
  'additionalItems',
  'not',
  'contains',
  'if',
  'then',
  'else',
  'propertyNames',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contentSchema',
]);

/** `components` sections and the position of their entries. */
const COMPONENT_SECTIONS: Readonly<Record<string, Position>> = {
  schemas: 'schemaMap',
  parameters: 'parameterMap',
  responses: 'responses',
  requestBodies: 'requestBodyMap',
  headers: 'headerMap',
  examples: 'exampleMap',
  links: 'linkMap',
  callbacks: 'callbackMap',
  securitySchemes: 'securitySchemeMap',
  pathItems: 'paths',
};

/** The position of a child under `key` of an object at position `parent`. */
export function childPosition(parent: Position, key: string): Position {
  switch (parent) {
    case 'root':
      if (key === 'paths' || key === 'webhooks') return 'paths';
      if (key === 'components') return 'components';
      // Swagger 2.0's sections.
      if (key === 'definitions') return 'schemaMap';
      if (key === 'parameters') return 'parameterMap';
      if (key === 'responses') return 'responses';
      if (key === 'securityDefinitions') return 'securitySchemeMap';
      return 'value';
    case 'components':
      return COMPONENT_SECTIONS[key] ?? 'value';
    case 'paths':
      return 'pathItem';
    case 'pathItem':
      if (METHODS.has(key)) return 'operation';
      return key === 'parameters' ? 'parameterList' : 'value';
    case 'operation':
      if (key === 'parameters') return 'parameterList';
      if (key === 'requestBody') return 'requestBody';
      if (key === 'responses') return 'responses';
      if (key === 'callbacks') return 'callbackMap';
      return 'value';
    case 'parameterList':
    case 'parameterMap':
      return 'parameter';
    case 'parameter':
    case 'header':
      if (key === 'schema' || key === 'items') return 'schema';
      if (key === 'content') return 'mediaMap';
      if (key === 'examples') return 'exampleMap';
      return 'value';
    case 'requestBodyMap':
      return 'requestBody';
    case 'requestBody':
      return key === 'content' ? 'mediaMap' : 'value';
    case 'responses':
      return 'response';
    case 'response':
      if (key === 'headers') return 'headerMap';
      if (key === 'content') return 'mediaMap';
      if (key === 'links') return 'linkMap';
      if (key === 'schema') return 'schema';
      return 'value';
    case 'mediaMap':
      return 'media';
    case 'media':
      if (key === 'schema') return 'schema';
      if (key === 'examples') return 'exampleMap';
      if (key === 'encoding') return 'encodingMap';
      return 'value';
    case 'encodingMap':
      return 'encoding';
    case 'encoding':
      return key === 'headers' ? 'headerMap' : 'value';
    case 'headerMap':
      return 'header';
    case 'exampleMap':
      return 'example';
    case 'linkMap':
      return 'link';
    case 'callbackMap':
      return 'callback';
    case 'callback':
      return 'pathItem';
    case 'securitySchemeMap':
      return 'securityScheme';
    case 'schemaMap':
    case 'schemaList':
      return 'schema';
    case 'schema':
      if (SCHEMA_MAPS.has(key)) return 'schemaMap';
      if (SCHEMA_LISTS.has(key)) return 'schemaList';
      if (SCHEMA_KEYS.has(key)) return 'schema';
      // A mapping's values name schemas (bundle-mapping.ts lifts those that are references into `$ref`s).
      if (key === 'discriminator') return 'discriminator';
      return 'value';
    case 'discriminator':
      return key === 'mapping' ? 'schemaMap' : 'value';
    case 'example':
    case 'link':
    case 'securityScheme':
    case 'value':
      return 'value';
  }
}

/** The position at a path from the document root. A numeric segment under `items` is a Draft 4 tuple entry. */
export function positionAt(path: readonly string[], start: Position = 'root'): Position {
  let position = start;
  for (let index = 0; index < path.length; index++) {
    const key = path[index] as string;
    // `items: [schema, ...]` (Draft 4 tuples): the index stays a schema.
    if (position === 'schema' && path[index - 1] === 'items' && /^(0|[1-9][0-9]*)$/.test(key)) continue;
    position = childPosition(position, key);
  }
  return position;
}
