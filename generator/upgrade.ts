import { crdToSpec } from './crd.js';
import type { Json, JsonObject, SourceDocument, Spec } from './document.js';
import { isJsonObject, locationOf, setProperty } from './document.js';
import { SpecgenError, escapePointerSegment, fromPointer, toPointer } from './errors.js';
import { SCHEMA_KEYWORDS, SCHEMA_LIST_KEYWORDS, SCHEMA_MAP_KEYWORDS } from './walk.js';

/** Input versions upgrade understands. */
type Version = '2.0' | '3.0' | '3.1';

/** HTTP methods of a Swagger 2.0 path item. */
const SWAGGER_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch']);
/** HTTP methods of an OpenAPI 3 path item. */
const OPENAPI_METHODS = new Set([...SWAGGER_METHODS, 'trace']);
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
const SUBSCHEMA_KEYS: ReadonlySet<string> = new Set(SCHEMA_KEYWORDS);
const SUBSCHEMA_LISTS: ReadonlySet<string> = new Set(SCHEMA_LIST_KEYWORDS);
// Swagger 2.0 documents have no `definitions` inside schemas; `properties` is walked here like the other maps.
const SUBSCHEMA_MAPS: ReadonlySet<string> = new Set([
  'properties',
  ...SCHEMA_MAP_KEYWORDS.filter((key) => key !== 'definitions'),
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

/**
 * Brings Swagger 2.0, OpenAPI 3.0 and 3.1 documents into one canonical OpenAPI 3.1-like shape, so later stages read
 * one format. Never mutates the input; untouched subtrees are shared with it.
 */
export function upgrade(document: SourceDocument): Spec {
  const crds = crdToSpec(document);
  if (crds !== undefined) return crds;
  const root = document.value;
  if (!isJsonObject(root))
    throw new SpecgenError({ message: 'the document root must be an object', location: locationOf(document, '') });
  const version = detectVersion(document, root);
  let output: JsonObject;
  try {
    output =
      version === '2.0' ? fromSwagger2(root) : version === '3.0' ? fromOpenApi30(root) : { ...root, openapi: '3.1.0' };
  } catch (error) {
    // Schemas are walked recursively; a hostile nesting depth must still end as a diagnostic.
    if (error instanceof RangeError)
      throw new SpecgenError({ message: 'the document is nested too deeply', location: locationOf(document, '') });
    throw error;
  }
  return {
    document: output,
    file: document.file,
    locate: locator(
      document,
      version === '2.0' ? (segments) => swagger2Source(root, segments) : (segments) => segments,
    ),
  };
}

/** Reads `swagger`/`openapi` and rejects versions specgen does not support, at the field's line:column. */
function detectVersion(document: SourceDocument, root: JsonObject): Version {
  const unsupported = (field: string, value: Json | undefined): SpecgenError =>
    new SpecgenError({
      message: `unsupported OpenAPI version ${JSON.stringify(typeof value === 'string' ? value : String(value))} (supported: Swagger 2.0, OpenAPI 3.0, 3.1)`,
      location: locationOf(document, `/${field}`),
    });
  if ('swagger' in root) {
    if (root.swagger === '2.0') return '2.0';
    throw unsupported('swagger', root.swagger);
  }
  if ('openapi' in root) {
    const value = typeof root.openapi === 'string' ? root.openapi : '';
    if (/^3\.0(\.\d+)?(-[\w.]+)?$/.test(value)) return '3.0';
    if (/^3\.1(\.\d+)?(-[\w.]+)?$/.test(value)) return '3.1';
    throw unsupported('openapi', root.openapi);
  }
  throw new SpecgenError({
    message:
      'not an OpenAPI document: it has neither an `openapi` nor a `swagger` field (supported: Swagger 2.0, OpenAPI 3.0, 3.1)',
    location: locationOf(document, ''),
  });
}

/**
 * Maps output pointers back to the input, computed only when asked (upgrade itself records nothing); a place the
 * input text does not have falls back to its nearest ancestor that it does.
 */
function locator(
  document: SourceDocument,
  toSource: (segments: readonly string[]) => readonly string[],
): Spec['locate'] {
  return (pointer) => {
    const segments = fromPointer(pointer);
    for (let length = segments.length; length >= 0; length--) {
      const source = toPointer(toSource(segments.slice(0, length)));
      if (document.locate(source)) return locationOf(document, source);
    }
    return { file: document.file, pointer: toPointer(toSource(segments)) };
  };
}

// ------------------------------------------------------------------------------------------------------- schemas

/**
 * Upgrades one schema and everything nested in it; returns the input object itself when nothing changed. Swagger 2.0
 * schemas (`v2`) also get refs, `x-nullable`, `type: file` and string discriminators converted.
 */
function convertSchema(schema: Json, v2: boolean): Json {
  if (!isJsonObject(schema)) return schema;
  let out: JsonObject | undefined;
  const set = (key: string, value: Json): void => {
    out ??= { ...schema };
    setProperty(out, key, value);
  };
  const remove = (key: string): void => {
    out ??= { ...schema };
    delete out[key];
  };
  for (const key of Object.keys(schema)) {
    const value = schema[key] as Json;
    let next = value;
    if (SUBSCHEMA_KEYS.has(key)) {
      next = Array.isArray(value) ? mapArray(value, (item) => convertSchema(item, v2)) : convertSchema(value, v2);
    } else if (SUBSCHEMA_LISTS.has(key)) {
      next = mapArray(value, (item) => convertSchema(item, v2));
    } else if (SUBSCHEMA_MAPS.has(key)) {
      next = mapObject(value, (item) => convertSchema(item, v2));
    } else if (key === 'exclusiveMinimum' || key === 'exclusiveMaximum') {
      // 3.0's boolean form qualifies minimum/maximum; 3.1's numeric form is the bound itself.
      if (typeof value === 'boolean') {
        const bound = key === 'exclusiveMinimum' ? 'minimum' : 'maximum';
        const limit = schema[bound];
        if (value && typeof limit === 'number') {
          set(key, limit);
          remove(bound);
        } else {
          remove(key);
        }
      }
      continue;
    } else if (v2 && key === '$ref' && typeof value === 'string') {
      next = rewriteRef(value);
    } else if (v2 && key === 'x-nullable') {
      remove(key);
      if (value === true && schema.nullable === undefined) set('nullable', true);
      continue;
    } else if (v2 && key === 'type' && value === 'file') {
      set('type', 'string');
      set('format', 'binary');
      continue;
    } else if (v2 && key === 'discriminator' && typeof value === 'string') {
      next = { propertyName: value };
    }
    if (next !== value) set(key, next);
  }
  return out ?? schema;
}

/** Points Swagger 2.0 internal refs at their OpenAPI 3 homes. */
function rewriteRef(ref: string): string {
  if (ref.startsWith('#/definitions/')) return '#/components/schemas/' + ref.slice('#/definitions/'.length);
  if (ref.startsWith('#/parameters/')) return '#/components/parameters/' + ref.slice('#/parameters/'.length);
  if (ref.startsWith('#/responses/')) return '#/components/responses/' + ref.slice('#/responses/'.length);
  return ref;
}

/** Maps an object's values, returning the object itself when no value changed. */
function mapObject<T extends Json | undefined>(value: T, map: (item: Json, key: string) => Json): T {
  if (!isJsonObject(value)) return value;
  let out: JsonObject | undefined;
  for (const key of Object.keys(value)) {
    const item = value[key] as Json;
    const next = map(item, key);
    if (next !== item) {
      out ??= { ...value };
      setProperty(out, key, next);
    }
  }
  return (out ?? value) as T;
}

/** Maps an array's items, returning the array itself when no item changed. */
function mapArray<T extends Json | undefined>(value: T, map: (item: Json, index: number) => Json): T {
  if (!Array.isArray(value)) return value;
  let out: Json[] | undefined;
  for (let index = 0; index < value.length; index++) {
    const item = value[index] as Json;
    const next = map(item, index);
    if (next !== item) {
      out ??= value.slice();
      out[index] = next;
    }
  }
  return (out ?? value) as T;
}

/** Copies defined entries only, so optional fields stay absent instead of becoming `undefined`. */
function assign(target: JsonObject, key: string, value: Json | undefined): void {
  if (value !== undefined) setProperty(target, key, value);
}

/** A pointer from a parent pointer and one more segment. */
function child(pointer: string, segment: string | number): string {
  return `${pointer}/${escapePointerSegment(segment)}`;
}

// --------------------------------------------------------------------------------------------------- OpenAPI 3.0

/** OpenAPI 3.0 keeps its shape; only schemas change (exclusive bounds), wherever they occur. */
function fromOpenApi30(root: JsonObject): JsonObject {
  const out: JsonObject = { ...root, openapi: '3.1.0' };
  assign(out, 'paths', mapObject(root.paths, pathItem30));
  if (isJsonObject(root.components)) {
    const components = root.components;
    out.components = {
      ...components,
      ...defined({
        schemas: mapObject(components.schemas, (schema) => convertSchema(schema, false)),
        parameters: mapObject(components.parameters, parameter30),
        headers: mapObject(components.headers, parameter30),
        responses: mapObject(components.responses, response30),
        requestBodies: mapObject(components.requestBodies, requestBody30),
        callbacks: mapObject(components.callbacks, callback30),
      }),
    };
  }
  return out;
}

/** Drops undefined entries. */
function defined(entries: Record<string, Json | undefined>): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(entries)) assign(out, key, value);
  return out;
}

/** Upgrades the schemas of a 3.0 path item (its parameters and operations). */
function pathItem30(item: Json): Json {
  return mapObject(item, (value, key) => {
    if (key === 'parameters') return mapArray(value, parameter30);
    if (!OPENAPI_METHODS.has(key) || !isJsonObject(value)) return value;
    return mapObject(value, (part, field) => {
      if (field === 'parameters') return mapArray(part, parameter30);
      if (field === 'requestBody') return requestBody30(part);
      if (field === 'responses') return mapObject(part, response30);
      if (field === 'callbacks') return mapObject(part, callback30);
      return part;
    });
  });
}

/** A 3.0 parameter or header: `schema` and `content`. */
function parameter30(parameter: Json): Json {
  return mapObject(parameter, (value, key) =>
    key === 'schema' ? convertSchema(value, false) : key === 'content' ? content30(value) : value,
  );
}

/** A 3.0 request body: its `content`. */
function requestBody30(body: Json): Json {
  return mapObject(body, (value, key) => (key === 'content' ? content30(value) : value));
}

/** A 3.0 response: `headers` and `content`. */
function response30(response: Json): Json {
  return mapObject(response, (value, key) => {
    if (key === 'headers') return mapObject(value, parameter30);
    return key === 'content' ? content30(value) : value;
  });
}

/** A 3.0 callback: a map of path items. */
function callback30(callback: Json): Json {
  return mapObject(callback, pathItem30);
}

/** A 3.0 content map: each media type's `schema` and its encodings' headers. */
function content30(content: Json): Json {
  return mapObject(content, (media) =>
    mapObject(media, (value, key) => {
      if (key === 'schema') return convertSchema(value, false);
      if (key === 'encoding')
        return mapObject(value, (encoding) =>
          mapObject(encoding, (part, field) => (field === 'headers' ? mapObject(part, parameter30) : part)),
        );
      return value;
    }),
  );
}

// ------------------------------------------------------------------------------------------------------ Swagger 2

/** What a Swagger 2.0 conversion needs to know about the whole document. */
interface Context {
  readonly root: JsonObject;
  readonly consumes: readonly string[];
  readonly produces: readonly string[];
}

/** A parameter with the pointer it came from (an operation's list or the global `parameters`, via `$ref`). */
interface Located {
  readonly parameter: JsonObject;
  readonly pointer: string;
}

/** A non-body parameter as written (possibly a `$ref`, possibly malformed) with its pointer. */
interface Listed {
  readonly parameter: Json;
  readonly pointer: string;
}

/** Converts a Swagger 2.0 document to the OpenAPI 3 shape. */
function fromSwagger2(root: JsonObject): JsonObject {
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
interface SplitParameters {
  readonly body: Located | undefined;
  readonly form: readonly Located[];
  readonly other: readonly Listed[];
}

/** Splits a parameter list into body, form and the rest, resolving refs to global body/form parameters. */
function splitParameters(list: Json | undefined, pointer: string, root: JsonObject): SplitParameters {
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
function requestParameters(
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

// -------------------------------------------------------------------------------------------- Swagger 2 locations

/** Where a piece of the upgraded Swagger 2.0 document came from, as input pointer segments (derived on demand). */
function swagger2Source(root: JsonObject, segments: readonly string[]): readonly string[] {
  const [head, section, name, ...tail] = segments;
  if (head === 'openapi') return ['swagger'];
  if (head === 'servers') return [typeof root.host === 'string' ? 'host' : 'basePath'];
  if (head === 'components') {
    if (section === 'schemas') return ['definitions', ...segments.slice(2)];
    if (section === 'securitySchemes') return ['securityDefinitions', ...segments.slice(2)];
    if (section === 'parameters') return name === undefined ? ['parameters'] : ['parameters', name, ...valueTail(tail)];
    if (section === 'responses') return name === undefined ? ['responses'] : responseSource(['responses', name], tail);
    return segments;
  }
  if (head !== 'paths' || section === undefined || name === undefined) return segments;
  const item = isJsonObject(root.paths) ? root.paths[section] : undefined;
  if (!isJsonObject(item)) return segments;
  const pointer = child('/paths', section);
  const shared = splitParameters(item.parameters, child(pointer, 'parameters'), root);
  if (name === 'parameters') return listedSource(shared, tail) ?? segments;
  const op = item[name];
  if (!SWAGGER_METHODS.has(name) || !isJsonObject(op)) return segments;
  const [field, ...more] = tail;
  const own = splitParameters(op.parameters, `${child(pointer, name)}/parameters`, root);
  if (field === 'parameters') return listedSource(own, more) ?? segments;
  if (field === 'responses' && more[0] !== undefined)
    return responseSource(['paths', section, name, 'responses', more[0]], more.slice(1));
  if (field !== 'requestBody') return segments;
  const { body, form } = requestParameters(own, shared);
  // requestBody/content/{type}/schema/... came from the body parameter's schema, or from one form parameter.
  const [content, , schema, properties, property, ...rest] = more;
  const inSchema = content === 'content' && schema === 'schema';
  if (body) return [...fromPointer(body.pointer), ...(inSchema ? ['schema', ...more.slice(3)] : [])];
  const named =
    inSchema && properties === 'properties' ? form.find(({ parameter }) => parameter.name === property) : undefined;
  if (named) return [...fromPointer(named.pointer), ...valueTail(rest)];
  return form[0] ? fromPointer(form[0].pointer) : segments;
}

/** The source of `parameters/{index}/...` in an upgraded parameter list (indices shift once body parameters leave). */
function listedSource(split: SplitParameters, tail: readonly string[]): readonly string[] | undefined {
  const [index, ...rest] = tail;
  const listed = index === undefined ? undefined : split.other[Number(index)];
  return listed ? [...fromPointer(listed.pointer), ...valueTail(rest)] : undefined;
}

/** A parameter's or header's `schema/...` came from fields on the parameter itself. */
function valueTail(tail: readonly string[]): readonly string[] {
  if (tail[0] === 'schema') return tail.slice(1);
  if (tail[0] === 'style' || tail[0] === 'explode') return ['collectionFormat'];
  return tail;
}

/** The source of a place inside an upgraded response (`content/{type}/schema` came from `schema`). */
function responseSource(base: readonly string[], tail: readonly string[]): readonly string[] {
  const [field, name, part, ...rest] = tail;
  if (field === 'content') {
    if (part === 'schema') return [...base, 'schema', ...rest];
    if (part === 'example' && name !== undefined) return [...base, 'examples', name, ...rest];
    return [...base, 'schema'];
  }
  if (field === 'headers' && name !== undefined) return [...base, 'headers', name, ...valueTail(tail.slice(2))];
  return [...base, ...tail];
}
