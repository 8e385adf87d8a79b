// Swagger 2.0 → the OpenAPI 3 shape: servers, request bodies from body and form parameters, parameter schemas and
// styles, responses' content per produced media type, security schemes.
import type { Json, JsonObject } from '../document.js';
import { isJsonObject, setProperty } from '../document.js';
import { fromPointer } from '../errors.js';
import { assign, child, mapObject } from './copy.js';
import { convertSchema, rewriteRef } from './schema.js';

/** HTTP methods of a Swagger 2.0 path item. */
export const SWAGGER_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch']);
/** Swagger 2.0 parameter/header/items fields that describe the value, and so move into `schema`. */
const VALUE_FIELDS = new Set([
  'type',
  'format',
  'items',
  'enum',
  'default',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'multipleOf',
]);
/** Swagger 2.0 `collectionFormat` of query parameters → OpenAPI 3 `style` and `explode`. */
const QUERY_STYLES: Record<string, { style: string; explode: boolean }> = {
  csv: { style: 'form', explode: false },
  multi: { style: 'form', explode: true },
  ssv: { style: 'spaceDelimited', explode: false },
  pipes: { style: 'pipeDelimited', explode: false },
};
/** Swagger 2.0 OAuth2 flow names → OpenAPI 3 flow names. */
const OAUTH_FLOWS: Record<string, string> = {
  implicit: 'implicit',
  password: 'password',
  application: 'clientCredentials',
  accessCode: 'authorizationCode',
};
const FORM = 'application/x-www-form-urlencoded';
const MULTIPART = 'multipart/form-data';

/** What a Swagger 2.0 conversion needs to know about the whole document. */
interface Context {
  readonly root: JsonObject;
  readonly consumes: readonly string[];
  readonly produces: readonly string[];
}

/** A parameter with the pointer it came from (an operation's list or the global `parameters`, via `$ref`). */
export interface Located {
  readonly parameter: JsonObject;
  readonly pointer: string;
}

/** A non-body parameter as written (possibly a `$ref`, possibly malformed) with its pointer. */
export interface Listed {
  readonly parameter: Json;
  readonly pointer: string;
}

/** Converts a Swagger 2.0 document to the OpenAPI 3 shape. */
export function fromSwagger2(root: JsonObject): JsonObject {
  const context: Context = {
    root,
    consumes: mediaTypes(root.consumes) ?? ['application/json'],
    produces: mediaTypes(root.produces) ?? ['application/json'],
  };
  const out: JsonObject = { openapi: '3.1.0' };
  const components: JsonObject = {};
  for (const key of Object.keys(root)) {
    const value = root[key] as Json;
    switch (key) {
      case 'swagger':
      case 'consumes':
      case 'produces':
        break;
      case 'host':
      case 'basePath':
      case 'schemes':
        if (out.servers === undefined) assign(out, 'servers', servers(root));
        break;
      case 'paths':
        out.paths = isJsonObject(value) ? paths(value, context) : value;
        break;
      case 'definitions':
        components.schemas = mapObject(value, (schema) => convertSchema(schema, true));
        break;
      case 'parameters':
        if (isJsonObject(value)) components.parameters = globalParameters(value);
        break;
      case 'responses':
        components.responses = mapObject(value, (response) => convertResponse(response, context.produces));
        break;
      case 'securityDefinitions':
        components.securitySchemes = mapObject(value, securityScheme);
        break;
      default:
        setProperty(out, key, value);
    }
  }
  if (Object.keys(components).length > 0) out.components = components;
  return out;
}

/** Media types from a `consumes`/`produces` list, or undefined when it is absent or empty. */
function mediaTypes(value: Json | undefined): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const types = value.filter((item): item is string => typeof item === 'string');
  return types.length > 0 ? types : undefined;
}

/** `host` + `basePath` + `schemes` → `servers` (https when no scheme is given). */
function servers(root: JsonObject): Json | undefined {
  const host = typeof root.host === 'string' ? root.host : undefined;
  const basePath = typeof root.basePath === 'string' ? root.basePath : '';
  if (host === undefined && basePath === '') return undefined;
  if (host === undefined) return [{ url: basePath }];
  const schemes = mediaTypes(root.schemes) ?? ['https'];
  return schemes.map((scheme) => ({ url: `${scheme}://${host}${basePath}` }));
}

/** Global parameters: body and form parameters become request bodies where they are used, so they are left out. */
function globalParameters(parameters: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [name, parameter] of Object.entries(parameters)) {
    if (isJsonObject(parameter) && (parameter.in === 'body' || parameter.in === 'formData')) continue;
    setProperty(out, name, convertParameter(parameter));
  }
  return out;
}

/** Converts every path item. */
function paths(value: JsonObject, context: Context): JsonObject {
  const out: JsonObject = {};
  for (const [path, item] of Object.entries(value)) {
    const pointer = child('/paths', path);
    setProperty(out, path, isJsonObject(item) && !path.startsWith('x-') ? pathItem(item, pointer, context) : item);
  }
  return out;
}

/** Converts a path item; its body/form parameters move into each operation that has none of its own. */
function pathItem(item: JsonObject, pointer: string, context: Context): JsonObject {
  const shared = splitParameters(item.parameters, child(pointer, 'parameters'), context.root);
  const out: JsonObject = {};
  for (const key of Object.keys(item)) {
    const value = item[key] as Json;
    if (key === 'parameters') {
      if (shared.other.length > 0) out.parameters = shared.other.map(({ parameter }) => convertParameter(parameter));
    } else if (SWAGGER_METHODS.has(key) && isJsonObject(value)) {
      setProperty(out, key, operation(value, child(pointer, key), shared, context));
    } else if (key === '$ref' && typeof value === 'string') {
      setProperty(out, key, rewriteRef(value));
    } else {
      setProperty(out, key, value);
    }
  }
  return out;
}

/** Parameters split by where they go in OpenAPI 3. */
export interface SplitParameters {
  readonly body: Located | undefined;
  readonly form: readonly Located[];
  readonly other: readonly Listed[];
}

/** Splits a parameter list into body, form and the rest, resolving refs to global body/form parameters. */
export function splitParameters(list: Json | undefined, pointer: string, root: JsonObject): SplitParameters {
  let body: Located | undefined;
  const form: Located[] = [];
  const other: Listed[] = [];
  if (!Array.isArray(list)) return { body, form, other };
  list.forEach((parameter, index) => {
    const located = resolveParameter(parameter, child(pointer, index), root);
    if (located?.parameter.in === 'body') body ??= located;
    else if (located?.parameter.in === 'formData') form.push(located);
    else other.push({ parameter, pointer: child(pointer, index) });
  });
  return { body, form, other };
}

/** A parameter itself, or the global parameter its `#/parameters/...` ref names. */
function resolveParameter(parameter: Json, pointer: string, root: JsonObject): Located | undefined {
  if (!isJsonObject(parameter)) return undefined;
  const ref = parameter.$ref;
  if (typeof ref !== 'string') return { parameter, pointer };
  if (!ref.startsWith('#/parameters/')) return { parameter, pointer };
  const name = fromPointer(ref.slice(1))[1] ?? '';
  const global = isJsonObject(root.parameters) ? root.parameters[name] : undefined;
  // A dangling ref stays a ref; parse reports it.
  return isJsonObject(global) ? { parameter: global, pointer: child('/parameters', name) } : { parameter, pointer };
}

/** Converts one Swagger 2.0 operation. */
function operation(op: JsonObject, pointer: string, shared: SplitParameters, context: Context): JsonObject {
  const own = splitParameters(op.parameters, child(pointer, 'parameters'), context.root);
  const { body, form } = requestParameters(own, shared);
  const consumes = mediaTypes(op.consumes) ?? context.consumes;
  const produces = mediaTypes(op.produces) ?? context.produces;
  const out: JsonObject = {};
  const addBody = (): void => {
    if (body) out.requestBody = bodyRequest(body.parameter, consumes);
    else if (form.length > 0) out.requestBody = formRequest(form, consumes);
  };
  for (const key of Object.keys(op)) {
    const value = op[key] as Json;
    switch (key) {
      case 'consumes':
      case 'produces':
      case 'schemes':
        break;
      case 'parameters':
        if (own.other.length > 0) out.parameters = own.other.map(({ parameter }) => convertParameter(parameter));
        addBody();
        break;
      case 'responses':
        out.responses = mapObject(value, (response) => convertResponse(response, produces));
        break;
      default:
        setProperty(out, key, value);
    }
  }
  if (!('parameters' in op)) addBody();
  return out;
}

/** The body or form parameters of an operation: its own, else those its path item shares. */
export function requestParameters(
  own: SplitParameters,
  shared: SplitParameters,
): { body: Located | undefined; form: readonly Located[] } {
  if (own.body || own.form.length > 0) return { body: own.body, form: own.body ? [] : own.form };
  return { body: shared.body, form: shared.body ? [] : shared.form };
}

/** A body parameter → `requestBody` with one content entry per consumed media type; its extensions stay with it. */
function bodyRequest(parameter: JsonObject, consumes: readonly string[]): JsonObject {
  const schema = convertSchema(parameter.schema ?? {}, true);
  const out: JsonObject = {};
  assign(out, 'description', parameter.description);
  const content: JsonObject = {};
  for (const mediaType of consumes) {
    setProperty(content, mediaType, { schema });
  }
  out.content = content;
  if (parameter.required === true) out.required = true;
  copyExtensions(parameter, out);
  return out;
}

/** `formData` parameters → a `requestBody` whose object schema has one property per parameter. */
function formRequest(form: readonly Located[], consumes: readonly string[]): JsonObject {
  const properties: JsonObject = {};
  const required: string[] = [];
  const hasFile = form.some(({ parameter }) => parameter.type === 'file');
  const declared = consumes.filter((type) => type === MULTIPART || type === FORM);
  const types = declared.length > 0 ? declared : [hasFile ? MULTIPART : FORM];
  for (const { parameter } of form) {
    const name = typeof parameter.name === 'string' ? parameter.name : '';
    const schema = valueSchema(parameter);
    if (typeof parameter.description === 'string') schema.description = parameter.description;
    setProperty(properties, name, schema);
    if (parameter.required === true) required.push(name);
  }
  const schema: JsonObject = { type: 'object', properties };
  if (required.length > 0) schema.required = required;
  const content: JsonObject = {};
  for (const type of types) setProperty(content, type, { schema });
  const out: JsonObject = { content };
  if (required.length > 0) out.required = true;
  return out;
}

/** Converts one non-body parameter: value fields move into `schema`, `collectionFormat` becomes `style`/`explode`. */
function convertParameter(parameter: Json): Json {
  if (!isJsonObject(parameter)) return parameter;
  if (typeof parameter.$ref === 'string') return { ...parameter, $ref: rewriteRef(parameter.$ref) };
  const out: JsonObject = {};
  for (const key of Object.keys(parameter)) {
    if (!VALUE_FIELDS.has(key) && key !== 'collectionFormat' && key !== 'x-nullable')
      setProperty(out, key, parameter[key] as Json);
  }
  if (!('type' in parameter) && !('schema' in parameter)) return out;
  out.schema = 'schema' in parameter ? convertSchema(parameter.schema as Json, true) : valueSchema(parameter);
  if (parameter.type === 'array') Object.assign(out, arrayStyle(parameter));
  return out;
}

/** The `schema` of a Swagger 2.0 parameter, header or items object (its value fields, nested items too). */
function valueSchema(parameter: JsonObject): JsonObject {
  const schema: JsonObject = {};
  for (const key of Object.keys(parameter)) {
    if (!VALUE_FIELDS.has(key)) continue;
    const value = parameter[key] as Json;
    setProperty(schema, key, key === 'items' && isJsonObject(value) ? valueSchema(value) : value);
  }
  if (parameter['x-nullable'] === true) schema.nullable = true;
  return convertSchema(schema, true) as JsonObject;
}

/** `collectionFormat` → `style`/`explode` (csv, the Swagger 2.0 default, is `form` without explode in a query). */
function arrayStyle(parameter: JsonObject): JsonObject {
  const format = typeof parameter.collectionFormat === 'string' ? parameter.collectionFormat : 'csv';
  if (parameter.in === 'query' || parameter.in === 'formData') {
    const style = QUERY_STYLES[format];
    return style ? { ...style } : { style: 'form', explode: false, 'x-collectionFormat': format };
  }
  // Path and header arrays are comma-separated (`simple`) in both versions; other formats have no OpenAPI 3 form.
  return format === 'csv'
    ? { style: 'simple', explode: false }
    : { style: 'simple', explode: false, 'x-collectionFormat': format };
}

/** Converts one response: `schema` → `content` per produced media type, `examples` → `example`, headers. */
function convertResponse(response: Json, produces: readonly string[]): Json {
  if (!isJsonObject(response)) return response;
  if (typeof response.$ref === 'string') return { ...response, $ref: rewriteRef(response.$ref) };
  const out: JsonObject = {};
  const content: JsonObject = {};
  if ('schema' in response) {
    const schema = convertSchema(response.schema as Json, true);
    for (const type of produces) {
      setProperty(content, type, { schema });
    }
  }
  if (isJsonObject(response.examples)) {
    for (const [type, example] of Object.entries(response.examples)) {
      setProperty(content, type, { ...(isJsonObject(content[type]) ? content[type] : {}), example });
    }
  }
  for (const key of Object.keys(response)) {
    const value = response[key] as Json;
    if (key === 'schema' || key === 'examples') {
      if (out.content === undefined && Object.keys(content).length > 0) out.content = content;
    } else if (key === 'headers') {
      out.headers = mapObject(value, convertHeader);
    } else {
      setProperty(out, key, value);
    }
  }
  return out;
}

/** A Swagger 2.0 header (value fields at the top) → an OpenAPI 3 header with a `schema`. */
function convertHeader(header: Json): Json {
  if (!isJsonObject(header)) return header;
  const out: JsonObject = {};
  for (const key of Object.keys(header)) {
    if (!VALUE_FIELDS.has(key) && key !== 'collectionFormat' && key !== 'x-nullable')
      setProperty(out, key, header[key] as Json);
  }
  out.schema = valueSchema(header);
  return out;
}

/** A Swagger 2.0 security definition → an OpenAPI 3 security scheme. */
function securityScheme(definition: Json): Json {
  if (!isJsonObject(definition)) return definition;
  if (definition.type === 'basic') {
    const out: JsonObject = { type: 'http', scheme: 'basic' };
    assign(out, 'description', definition.description);
    copyExtensions(definition, out);
    return out;
  }
  if (definition.type !== 'oauth2') return definition;
  const flow: JsonObject = {};
  assign(flow, 'authorizationUrl', definition.authorizationUrl);
  assign(flow, 'tokenUrl', definition.tokenUrl);
  flow.scopes = definition.scopes ?? {};
  const out: JsonObject = { type: 'oauth2' };
  assign(out, 'description', definition.description);
  out.flows = { [OAUTH_FLOWS[String(definition.flow)] ?? String(definition.flow)]: flow };
  copyExtensions(definition, out);
  return out;
}

/** Copies `x-*` extensions from one object to another. */
function copyExtensions(from: JsonObject, to: JsonObject): void {
  for (const key of Object.keys(from)) if (key.startsWith('x-')) setProperty(to, key, from[key] as Json);
}
