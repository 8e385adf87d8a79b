// The upgrade stage's entry: detects the version and hands the document to its converter (generator/upgrade/).
import { crdToSpec } from './crd.js';
import type { Json, JsonObject, SourceDocument, Spec } from './document.js';
import { isJsonObject, locationOf } from './document.js';
import { SpecgenError, fromPointer, toPointer } from './errors.js';
import { fromOpenApi30 } from './upgrade/oas30.js';
import { fromSwagger2 } from './upgrade/swagger2.js';
import { swagger2Source } from './upgrade/swagger2-source.js';

/** Input versions upgrade understands. */
type Version = '2.0' | '3.0' | '3.1';

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
    dialect: version === '3.1' ? 'draft2020-12' : 'draft4',
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

/** Keywords whose members normalize rules wrap a schema in (`nullable` → `anyOf: [X, {type: null}]`, ...). */
const WRAPPERS = new Set(['anyOf', 'oneOf', 'allOf']);

/**
 * Drops `anyOf/<n>`-style steps the input does not have: a normalize rule wrapped the input's schema there, and the
 * member is that schema itself, so what lies below it is still the input's (a dangling `$ref` in the items of a
 * nil-able list is then placed at its `$ref`, not at the list).
 */
function withoutWrappers(segments: readonly string[], exists: (segments: readonly string[]) => boolean): string[] {
  const kept: string[] = [];
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!;
    const next = segments[index + 1];
    if (WRAPPERS.has(segment) && next !== undefined && /^\d+$/.test(next) && !exists([...kept, segment, next])) {
      index++;
      continue;
    }
    kept.push(segment);
  }
  return kept;
}

/**
 * Maps output pointers back to the input, computed only when asked (upgrade itself records nothing); a place the
 * input text does not have falls back to its nearest ancestor that it does.
 */
function locator(
  document: SourceDocument,
  toSource: (segments: readonly string[]) => readonly string[],
): Spec['locate'] {
  const exists = (segments: readonly string[]) => document.locate(toPointer(toSource(segments))) !== undefined;
  return (pointer) => {
    const segments = withoutWrappers(fromPointer(pointer), exists);
    for (let length = segments.length; length >= 0; length--) {
      const source = toPointer(toSource(segments.slice(0, length)));
      if (document.locate(source)) return locationOf(document, source);
    }
    return { file: document.file, pointer: toPointer(toSource(segments)) };
  };
}
