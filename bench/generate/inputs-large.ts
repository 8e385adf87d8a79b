// The Stripe-sized and OpenAI-sized inputs of the generation benchmark, and its growth series, derived from a real
// spec the repository already installs (GitHub's REST API description, the `@octokit/openapi` dev dependency) so
// that nothing large is vendored:
// - "Stripe-sized": GitHub's OpenAPI 3.0.3 description without its example payloads (GitHub's ~13 MB is mostly
//   `examples`): ~970 schemas, ~810 paths, about Stripe's 4 MB / 812 schemas, OpenAPI 3.0 `nullable` as Stripe's is;
// - "OpenAI-sized": the first 70% of its paths (with every component they reach) turned into OpenAPI 3.1 the way
//   3.1 specs such as OpenAI's write it (`type: [T, "null"]` for `nullable`, `examples` arrays): about 3 MB;
// - growth series: the OpenAI-sized spec with every schema, parameter, response and path copied 2× and 4× under
//   renamed keys (references rewritten within each copy), so the cost of the same shapes can be read per size.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** One prepared large input: its path and size. */
export interface LargeInput {
  readonly path: string;
  readonly bytes: number;
  readonly schemas: number;
  readonly paths: number;
}

/** The large inputs, or undefined when `@octokit/openapi` is not installed. */
export interface LargeInputs {
  readonly stripeSized: LargeInput;
  readonly openaiSized: LargeInput;
  /** The growth series: 1×, 2×, 4× the OpenAI-sized spec. */
  readonly growth: readonly (LargeInput & { readonly factor: number })[];
}

const isObject = (value: Json | undefined): value is JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A copy of `value` without example payloads (`example`, `examples` outside maps of names). */
function withoutExamples(value: Json, parentKey = ''): Json {
  if (Array.isArray(value)) return value.map((item) => withoutExamples(item));
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  const isMap = parentKey === 'properties' || parentKey === 'schemas' || parentKey === 'paths';
  for (const [key, child] of Object.entries(value)) {
    if (!isMap && (key === 'example' || key === 'examples')) continue;
    out[key] = withoutExamples(child, key);
  }
  return out;
}

/** Every `#/components/<kind>/<name>` a value refers to. */
function collectRefs(value: Json, into: Set<string>): void {
  if (Array.isArray(value)) for (const item of value) collectRefs(item, into);
  else if (isObject(value))
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') into.add(child);
      else collectRefs(child, into);
    }
}

/** The document with only the first `fraction` of its paths and the components they reach (transitively). */
function slice(document: JsonObject, fraction: number): JsonObject {
  const paths = document['paths'] as JsonObject;
  const keys = Object.keys(paths).slice(0, Math.ceil(Object.keys(paths).length * fraction));
  const kept: JsonObject = Object.fromEntries(keys.map((key) => [key, paths[key]!]));
  const components = document['components'] as Record<string, JsonObject>;
  const reached = new Set<string>();
  const pending = new Set<string>();
  collectRefs(kept, pending);
  while (pending.size > 0) {
    const [ref] = pending;
    pending.delete(ref!);
    if (reached.has(ref!)) continue;
    reached.add(ref!);
    const [, , kind, name] = ref!.split('/');
    const target = components[kind!]?.[name!];
    if (target !== undefined) collectRefs(target, pending);
  }
  const sliced: Record<string, JsonObject> = {};
  for (const [kind, entries] of Object.entries(components))
    sliced[kind] = Object.fromEntries(
      Object.entries(entries).filter(([name]) => reached.has(`#/components/${kind}/${name}`)),
    );
  return { ...document, paths: kept, components: sliced };
}

/** OpenAPI 3.0 schemas written as 3.1 writes them: `nullable` into the type array, `example` into `examples`. */
function toOpenApi31(value: Json, parentKey = ''): Json {
  if (Array.isArray(value)) return value.map((item) => toOpenApi31(item));
  if (!isObject(value)) return value;
  const isMap = parentKey === 'properties' || parentKey === 'schemas' || parentKey === 'paths';
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) out[key] = toOpenApi31(child, key);
  if (!isMap && out['nullable'] === true) {
    delete out['nullable'];
    if (typeof out['type'] === 'string') out['type'] = [out['type'], 'null'];
    else if (out['$ref'] === undefined) out['type'] = out['type'] ?? null;
    else return { anyOf: [{ $ref: out['$ref'] }, { type: 'null' }] };
    if (out['type'] === null) delete out['type'];
    if (Array.isArray(out['enum']) && !out['enum'].includes(null)) out['enum'] = [...out['enum'], null];
  } else if (!isMap && out['nullable'] === false) delete out['nullable'];
  return out;
}

/** The document with every component and path present `factor` times, copies under suffixed names. */
function multiply(document: JsonObject, factor: number): JsonObject {
  if (factor === 1) return document;
  const components = document['components'] as Record<string, JsonObject>;
  const paths = document['paths'] as JsonObject;
  const outComponents: Record<string, JsonObject> = Object.fromEntries(Object.keys(components).map((k) => [k, {}]));
  const outPaths: JsonObject = {};
  for (let copy = 0; copy < factor; copy++) {
    const suffix = copy === 0 ? '' : `-copy${copy}`;
    const rename = (value: Json): Json => {
      if (Array.isArray(value)) return value.map(rename);
      if (!isObject(value)) return value;
      const out: JsonObject = {};
      for (const [key, child] of Object.entries(value))
        out[key] =
          key === '$ref' && typeof child === 'string' && child.startsWith('#/components/')
            ? `${child}${suffix}`
            : key === 'operationId' && typeof child === 'string'
              ? `${child}${suffix}`
              : rename(child);
      return out;
    };
    for (const [kind, entries] of Object.entries(components))
      for (const [name, entry] of Object.entries(entries)) outComponents[kind]![`${name}${suffix}`] = rename(entry);
    for (const [path, item] of Object.entries(paths))
      outPaths[copy === 0 ? path : `/copy${copy}${path}`] = rename(item);
  }
  return { ...document, paths: outPaths, components: outComponents };
}

function write(path: string, document: JsonObject): LargeInput {
  const text = JSON.stringify(document);
  writeFileSync(path, text);
  return {
    path,
    bytes: Buffer.byteLength(text),
    schemas: Object.keys((document['components'] as JsonObject)['schemas'] as JsonObject).length,
    paths: Object.keys(document['paths'] as JsonObject).length,
  };
}

/**
 * Prepares the large inputs under `dir` from `@octokit/openapi`, or returns undefined when it is not installed.
 * `fraction` below 1 keeps that share of the paths (tests use a small slice of the same shapes; no growth series).
 */
export function prepareLargeInputs(root: string, dir: string, fraction = 1): LargeInputs | undefined {
  const source = join(root, 'node_modules', '@octokit', 'openapi', 'generated', 'api.github.com.json');
  if (!existsSync(source)) return undefined;
  const full = withoutExamples(JSON.parse(readFileSync(source, 'utf8')) as Json) as JsonObject;
  const github = fraction < 1 ? slice(full, fraction) : full;
  const stripeSized = write(join(dir, 'stripe-sized.openapi30.json'), github);
  const openai = toOpenApi31(slice(full, 0.7 * fraction)) as JsonObject;
  const openai31 = { ...openai, openapi: '3.1.0' };
  const openaiSized = write(join(dir, 'openai-sized.openapi31.json'), openai31);
  const growth = (fraction < 1 ? [1] : [1, 2, 4]).map((factor) => ({
    factor,
    ...(factor === 1 ? openaiSized : write(join(dir, `openai-sized.x${factor}.json`), multiply(openai31, factor))),
  }));
  return { stripeSized, openaiSized, growth };
}
