import { isJsonObject, type Json, type JsonObject } from '../document.js';
import { escapePointerSegment } from '../errors.js';
import {
  HTTP_METHODS,
  type HttpMethod,
  type MediaBody,
  type Parameter,
  type ParameterLocation,
  type ParameterStyle,
  type SecurityRequirement,
  type RequestBody,
  type Response,
} from '../ir.js';
import { camelCase, compareStrings } from '../names.js';
import { resolveInternal } from '../normalize.js';
import { propertyEncodings } from './encoding.js';
import { readSecurity } from './access.js';
import { docOf, schemaToType, type SchemaContext } from './schema.js';

/** An operation as read from the document, before it is named. */
export interface RawOperation {
  readonly operationId?: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly parameters: {
    readonly path: Parameter[];
    readonly query: Parameter[];
    readonly header: Parameter[];
    readonly cookie: Parameter[];
  };
  readonly body?: RequestBody;
  readonly responses: Response[];
  readonly summary?: string;
  readonly description?: string;
  readonly deprecated: boolean;
  readonly tags: string[];
  readonly kubernetesAction?: string;
  readonly gvk?: { group: string; version: string; kind: string };
  readonly source: string;
  readonly security?: SecurityRequirement[];
}

/** Follows a `$ref` to a component (parameter, request body, response), once or a few times. */
function deref(
  value: Json | undefined,
  context: SchemaContext,
  pointer: string,
): { node: JsonObject; pointer: string } | undefined {
  let node = value;
  let at = pointer;
  for (let hops = 0; hops < 8 && isJsonObject(node) && typeof node['$ref'] === 'string'; hops++) {
    const ref = node['$ref'];
    const target = resolveInternal(context.document, ref);
    if (!target) {
      context.report({ message: `dangling $ref: ${ref} points nowhere`, pointer: `${at}/$ref`, severity: 'error' });
      return undefined;
    }
    node = target;
    at = ref.slice(1);
  }
  return isJsonObject(node) ? { node, pointer: at } : undefined;
}

/** The schema of a parameter, response or body: `schema`, or the first media type of `content`. */
function schemaOf(node: JsonObject, pointer: string): { schema: Json; pointer: string } | undefined {
  if (node['schema'] !== undefined) return { schema: node['schema'], pointer: `${pointer}/schema` };
  const content = node['content'];
  if (isJsonObject(content)) {
    const first = Object.keys(content).sort(compareStrings)[0];
    const media = first === undefined ? undefined : content[first];
    if (isJsonObject(media) && media['schema'] !== undefined) {
      return { schema: media['schema'], pointer: `${pointer}/content/${escapePointerSegment(first!)}/schema` };
    }
  }
  return undefined;
}

/** One body per media type, sorted by media type. */
function mediaBodies(content: Json | undefined, pointer: string, context: SchemaContext): MediaBody[] {
  if (!isJsonObject(content)) return [];
  return Object.keys(content)
    .sort(compareStrings)
    .map((mediaType) => {
      const media = content[mediaType];
      const at = `${pointer}/${escapePointerSegment(mediaType)}`;
      const schema = isJsonObject(media) ? media['schema'] : undefined;
      const encoding = isJsonObject(media) ? propertyEncodings(media['encoding']) : [];
      return {
        mediaType,
        type: schema === undefined ? { kind: 'unknown' } : schemaToType(schema, `${at}/schema`, context),
        ...(encoding.length > 0 ? { encoding } : {}),
      };
    });
}

/** Parameters of path level and operation level merged (the operation's win), grouped by location, sorted by name. */
function parameters(
  pathItem: JsonObject,
  operation: JsonObject,
  pointer: { path: string; operation: string },
  template: { readonly path: string; readonly names: readonly string[] },
  context: SchemaContext,
) {
  const merged = new Map<string, { node: JsonObject; pointer: string }>();
  for (const [list, at] of [
    [pathItem['parameters'], `${pointer.path}/parameters`],
    [operation['parameters'], `${pointer.operation}/parameters`],
  ] as const) {
    if (!Array.isArray(list)) continue;
    list.forEach((entry, index) => {
      const resolved = deref(entry, context, `${at}/${index}`);
      if (!resolved) return;
      const name = resolved.node['name'];
      const location = resolved.node['in'];
      if (typeof name !== 'string' || typeof location !== 'string') {
        context.report({
          message: 'a parameter needs a string name and in',
          pointer: `${at}/${index}`,
          severity: 'error',
        });
        return;
      }
      merged.set(`${location}\u0000${name}`, resolved);
    });
  }
  const grouped: Record<ParameterLocation, Parameter[]> = { path: [], query: [], header: [], cookie: [] };
  // The client takes every parameter as one property of one object. A name used in two locations (Kubernetes proxy
  // paths have a `{path}` and a `?path=`) keeps it for the path parameter; the other becomes `queryPath`.
  const locations = new Map<string, { location: string; pointer: string }>();
  const ordered = [...merged.values()].sort(
    (a, b) => LOCATION_ORDER.indexOf(String(a.node['in'])) - LOCATION_ORDER.indexOf(String(b.node['in'])),
  );
  const keys = new Set<string>();
  for (const { node, pointer: at } of ordered) {
    const location = node['in'] as ParameterLocation;
    if (location !== 'path' && location !== 'query' && location !== 'header' && location !== 'cookie') continue;
    const name = node['name'] as string;
    if (location === 'path') locations.set(name, { location, pointer: at });
    let key = name;
    if (keys.has(key)) key = camelCase(`${location} ${name}`);
    for (let index = 2; keys.has(key); index++) key = `${camelCase(`${location} ${name}`)}${index}`;
    keys.add(key);
    if (location === 'path' && !template.names.includes(name)) {
      context.report({
        message: `path parameter "${name}" does not appear in the path "${template.path}"; it is ignored`,
        pointer: at,
        severity: 'warning',
      });
      continue;
    }
    if (location === 'header' && !HEADER_NAME.test(name)) {
      context.report({
        message: `header parameter name ${JSON.stringify(name)} is not a valid HTTP header name`,
        pointer: `${at}/name`,
        severity: 'error',
      });
      continue;
    }
    const schema = schemaOf(node, at);
    const style = node['style'];
    grouped[location].push({
      name: node['name'] as string,
      key,
      in: location,
      required: location === 'path' || node['required'] === true,
      type: schema ? schemaToType(schema.schema, schema.pointer, context) : { kind: 'string' },
      doc: { ...docOf(schema?.schema ?? {}), ...docOf(node) },
      explode: node['explode'] === undefined ? style === undefined || style === 'form' : node['explode'] === true,
      style: parameterStyle(style, location),
      allowReserved: node['allowReserved'] === true,
    });
  }
  for (const name of template.names) {
    if (locations.has(name)) continue;
    // openapi-typescript and servers read such a parameter as a string; refusing the whole spec would help nobody.
    context.report({
      message: `the path "${template.path}" has the parameter {${name}}, but the operation declares no path parameter "${name}"; it is typed string`,
      pointer: pointer.operation,
      severity: 'warning',
    });
    let key = name;
    for (let index = 2; keys.has(key); index++) key = `${name}${index}`;
    keys.add(key);
    grouped.path.push({ name, key, in: 'path', required: true, type: { kind: 'string' }, doc: {}, explode: false });
  }
  for (const list of Object.values(grouped)) list.sort((a, b) => compareStrings(a.name, b.name));
  return grouped;
}

/** A parameter's style: the one given when OpenAPI allows it in this location, else the location's default. */
function parameterStyle(style: Json | undefined, location: ParameterLocation): ParameterStyle {
  const allowed: Record<ParameterLocation, readonly ParameterStyle[]> = {
    path: ['simple', 'label', 'matrix'],
    query: ['form', 'spaceDelimited', 'pipeDelimited', 'deepObject'],
    header: ['simple'],
    cookie: ['form'],
  };
  const match = allowed[location].find((candidate) => candidate === style);
  return match ?? allowed[location][0]!;
}

/** Path parameters claim their names first, then query, then header parameters. */
const LOCATION_ORDER = ['path', 'query', 'header', 'cookie'];

/** An HTTP header name (RFC 9110 `token`): anything else could split or corrupt the request. */
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/**
 * How an RFC 6570 expression operator writes each variable into a path, as a level-1 template: `{.label}` becomes
 * `.{label}`, `{;matrix}` becomes `;matrix={matrix}`, `{/segment}` becomes `/{segment}` (exact for the single
 * values path parameters carry). `{+name}` is written as `{name}` (the client percent-encodes reserved characters).
 */
const OPERATORS: Readonly<Record<string, (name: string) => string>> = {
  '': (name) => `{${name}}`,
  '+': (name) => `{${name}}`,
  '.': (name) => `.{${name}}`,
  '/': (name) => `/{${name}}`,
  ';': (name) => `;${name}={${name}}`,
};
/** Separators between the variables of one expression (`{a,b}`, `{.a,b}`), by operator. */
const SEPARATORS: Readonly<Record<string, string>> = { '': ',', '+': ',', '.': '', '/': '', ';': '' };

/**
 * The parameter names of a path template, and the template with RFC 6570 expressions (`{name*}`, `{.label}`,
 * `{;matrix}`, `{/segments}`, `{a,b}`) rewritten as plain `{name}` parameters between literal text; or why it is
 * malformed (OpenAPI: `/literal/{name}/...`).
 */
export function parsePathTemplate(
  path: string,
): { readonly names: readonly string[]; readonly simple: string } | { readonly problem: string } {
  if (!path.startsWith('/')) return { problem: 'a path must start with "/"' };
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(path))
    return { problem: 'it holds a lone surrogate, which is not text a URL can carry' };
  const names: string[] = [];
  let simple = '';
  for (let at = 0; at < path.length; at++) {
    if (path[at] === '}') return { problem: `"}" without "{" at character ${at + 1}` };
    if (path[at] !== '{') {
      simple += path[at];
      continue;
    }
    const end = path.indexOf('}', at);
    const expression = path.slice(at + 1, end < 0 ? path.length : end);
    if (expression.includes('{'))
      return { problem: `"{" inside a parameter at character ${at + 2 + expression.indexOf('{')}` };
    if (end < 0) return { problem: `"{" without "}" at character ${at + 1}` };
    if (expression === '') return { problem: `a parameter without a name ("{}") at character ${at + 1}` };
    const operator = /^[+#./;?&=,!@|]/.test(expression) ? expression[0]! : '';
    const write = OPERATORS[operator];
    if (write === undefined) {
      return {
        problem:
          operator === '?' || operator === '&'
            ? `{${expression}} is a query expansion: declare a query parameter instead`
            : `the expression {${expression}} (operator "${operator}") has no place in a request path`,
      };
    }
    const variables = expression.slice(operator.length).split(',');
    const written: string[] = [];
    for (const variable of variables) {
      // The explode (`*`) and prefix (`:3`) modifiers change how lists, maps and long values are written; a path
      // parameter is one value, written whole.
      const name = variable.replace(/(\*|:[1-9][0-9]{0,3})$/, '');
      if (name === '') return { problem: `a parameter without a name ("{${expression}}") at character ${at + 1}` };
      if (names.includes(name)) return { problem: `the parameter {${name}} appears twice` };
      names.push(name);
      written.push(write(name));
    }
    simple += written.join(SEPARATORS[operator]);
    at = end;
  }
  return { names, simple };
}

/** Reads every operation of the document, in canonical order: by path, then by method in OpenAPI's order. */
export function readOperations(context: SchemaContext): RawOperation[] {
  const paths = context.document['paths'];
  if (!isJsonObject(paths)) return [];
  const result: RawOperation[] = [];
  // Paths that differ only in parameter names are one path to a server (OpenAPI forbids them).
  const shapes = new Map<string, { path: string; methods: string[] }>();
  for (const path of Object.keys(paths).sort(compareStrings)) {
    if (path.startsWith('x-')) continue;
    const pathPointer = `/paths/${escapePointerSegment(path)}`;
    const template = parsePathTemplate(path);
    if ('problem' in template) {
      context.report({
        message: `the path ${JSON.stringify(path)} is not a valid path template: ${template.problem}`,
        pointer: pathPointer,
        severity: 'error',
      });
      continue;
    }
    const shape = template.simple.replace(/\{[^}]*\}/g, '{}');
    const resolvedItem = deref(paths[path], context, pathPointer);
    if (!resolvedItem) continue;
    const pathItem = resolvedItem.node;
    const methods = HTTP_METHODS.filter((method) => isJsonObject(pathItem[method]));
    const twin = shapes.get(shape);
    if (twin !== undefined) {
      const shared = methods.filter((method) => twin.methods.includes(method));
      // Real specs (GitHub's) have such twins with different methods: each operation keeps its own template, so
      // that is only a warning; the same method on both is one endpoint described twice.
      context.report({
        message:
          shared.length > 0
            ? `the paths ${JSON.stringify(twin.path)} and ${JSON.stringify(path)} differ only in parameter names, so they are the same path`
            : `the paths ${JSON.stringify(twin.path)} and ${JSON.stringify(path)} differ only in parameter names (OpenAPI forbids it); their methods differ, so each keeps its own`,
        pointer: pathPointer,
        severity: shared.length > 0 ? 'error' : 'warning',
      });
      if (shared.length > 0) continue;
      twin.methods.push(...methods);
    } else shapes.set(shape, { path, methods: [...methods] });
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!isJsonObject(operation)) continue;
      const pointer = `${pathPointer}/${method}`;
      const body = deref(operation['requestBody'], context, `${pointer}/requestBody`);
      const responses = isJsonObject(operation['responses']) ? operation['responses'] : {};
      const gvk = operation['x-kubernetes-group-version-kind'];
      result.push({
        ...(typeof operation['operationId'] === 'string' ? { operationId: operation['operationId'] } : {}),
        method,
        // RFC 6570 expressions are written out as plain parameters, so later stages see one template form.
        path: template.simple,
        parameters: parameters(
          pathItem,
          operation,
          { path: pathPointer, operation: pointer },
          { path, names: template.names },
          context,
        ),
        ...(body
          ? {
              body: {
                required: body.node['required'] === true,
                content: mediaBodies(body.node['content'], `${body.pointer}/content`, context),
                doc: docOf(body.node),
              },
            }
          : {}),
        responses: Object.keys(responses)
          .sort(compareStrings)
          .flatMap((status) => {
            const response = deref(responses[status], context, `${pointer}/responses/${escapePointerSegment(status)}`);
            if (!response) return [];
            return [
              {
                status,
                content: mediaBodies(response.node['content'], `${response.pointer}/content`, context),
                doc: docOf(response.node),
              },
            ];
          }),
        ...(typeof operation['summary'] === 'string' ? { summary: operation['summary'] } : {}),
        ...(typeof operation['description'] === 'string' ? { description: operation['description'] } : {}),
        deprecated: operation['deprecated'] === true,
        tags: Array.isArray(operation['tags'])
          ? operation['tags'].filter((tag): tag is string => typeof tag === 'string')
          : [],
        ...(typeof operation['x-kubernetes-action'] === 'string'
          ? { kubernetesAction: operation['x-kubernetes-action'] }
          : {}),
        ...(isJsonObject(gvk) && typeof gvk['kind'] === 'string' && typeof gvk['version'] === 'string'
          ? {
              gvk: {
                group: typeof gvk['group'] === 'string' ? gvk['group'] : '',
                version: gvk['version'],
                kind: gvk['kind'],
              },
            }
          : {}),
        source: pointer,
        ...(Array.isArray(operation['security']) ? { security: readSecurity(operation['security'])! } : {}),
      });
    }
  }
  return result;
}
