// YAML specs: YAML 1.2 core schema, plain JSON values only, every syntax problem at its line:column. The common
// subset specs are written in is read by yaml-common.ts; the YAML library reads the rest, places every error, and
// locates pointers (loaded only then: it is most of a small spec's load time in a fresh process).
import { createRequire } from 'node:module';
import type { Document, LineCounter as LineCounterType, Node } from 'yaml';
import type { Json, Locator } from '../document.js';
import { MAX_NESTING } from '../document.js';
import { SpecgenError, fromPointer, type Diagnostic } from '../errors.js';
import { withinDepth } from './depth.js';
import { readCommonYaml } from './yaml-common.js';

/**
 * The YAML library, required when first needed (Node caches it). The bundled CLI keeps it outside the bundle
 * (generator/build-cli.ts), so a run that never needs it never loads or compiles it.
 */
function yamlLibrary(): typeof import('yaml') {
  return createRequire(import.meta.url)('yaml') as typeof import('yaml');
}

/** Expanded aliases beyond this count fail the load: a "billion laughs" document must not exhaust memory. */
const MAX_ALIAS_COUNT = 1000;

/** Explicit YAML tags that still yield plain JSON values; anything else (`!!binary`, `!custom`) is rejected. */
const PLAIN_TAGS = new Set([
  'tag:yaml.org,2002:str',
  'tag:yaml.org,2002:int',
  'tag:yaml.org,2002:float',
  'tag:yaml.org,2002:bool',
  'tag:yaml.org,2002:null',
  'tag:yaml.org,2002:map',
  'tag:yaml.org,2002:seq',
  // `!!merge <<: *base` is the explicit spelling of a merge key, which YAML 1.1 specs (and their tools) use.
  'tag:yaml.org,2002:merge',
]);

/**
 * Parses YAML 1.2 (core schema: plain JSON values only) and reports every syntax problem with its line:column. Text
 * in the common subset is read without the library, which parses it again only if a pointer is to be located.
 */
export function parseYaml(file: string, text: string): { value: Json; locate: Locator } {
  const common = readCommonYaml(text);
  if (common === undefined) return parseWithLibrary(file, text);
  let located: Locator | undefined;
  return { value: common, locate: (pointer) => (located ??= parseWithLibrary(file, text).locate)(pointer) };
}

/** Parses YAML with the YAML library: every error at its line:column, pointers located on its node tree. */
function parseWithLibrary(file: string, text: string): { value: Json; locate: Locator } {
  const { LineCounter, parseDocument } = yamlLibrary();
  const lines = new LineCounter();
  // The YAML library recurses per nesting level; it reports (or, in places, throws) a stack overflow.
  const document = withinDepth(file, () =>
    parseDocument(text, {
      schema: 'core',
      lineCounter: lines,
      prettyErrors: false,
      uniqueKeys: true,
      // Merge keys (`<<: *base`, also tagged `!!merge`) are YAML 1.1, but real specs use them to share fields.
      merge: true,
      // Without this, `!!binary` or `!!timestamp` would produce Buffers and Dates instead of JSON values.
      resolveKnownTags: false,
    }),
  );
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number, message: string): void => {
    const place = lines.linePos(offset);
    diagnostics.push({ message, location: { file, pointer: '', line: place.line, column: place.col } });
  };
  // A parser that ran out of stack says so once per level it unwinds: one diagnostic, at the first, is enough.
  const overflow = document.errors.find((error) => /maximum call stack/i.test(error.message));
  if (overflow) at(overflow.pos[0], `the document is nested too deeply (specgen's limit is ${MAX_NESTING} levels)`);
  else
    for (const error of document.errors)
      at(
        error.pos[0],
        error.code === 'MULTIPLE_DOCS'
          ? 'a second YAML document (`---`): a spec is one document; several are read only as CustomResourceDefinitions (apiextensions.k8s.io/v1)'
          : `invalid YAML: ${error.message}`,
      );
  if (diagnostics.length === 0) withinDepth(file, () => checkPlainJson(document, text, at));
  if (diagnostics.length > 0) throw new SpecgenError(diagnostics);
  let value: unknown;
  try {
    value = withinDepth(file, () => document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
  } catch (error) {
    if (error instanceof SpecgenError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new SpecgenError({
      message: `invalid YAML: ${message} (aliases expand beyond ${MAX_ALIAS_COUNT} nodes)`,
      location: { file, pointer: '', line: 1, column: 1 },
    });
  }
  if (value === null || value === undefined)
    throw new SpecgenError({ message: 'the file is empty (only comments)', location: { file, pointer: '' } });
  return { value: value as Json, locate: yamlLocator(document, lines) };
}

/** Rejects what JSON cannot hold: explicit non-JSON tags and collection-valued keys. */
function checkPlainJson(document: Document, text: string, at: (offset: number, message: string) => void): void {
  const { isMap, isSeq, visit } = yamlLibrary();
  visit(document, {
    Node(_key, node) {
      if (node.tag !== undefined && !PLAIN_TAGS.has(node.tag) && node.range) {
        const tag = node.tag.replace('tag:yaml.org,2002:', '!!');
        at(tagStart(text, node.range[0]), `invalid YAML: tag ${tag} is not supported (only plain JSON values are)`);
      }
    },
    Pair(_key, pair) {
      if ((isMap(pair.key) || isSeq(pair.key)) && pair.key.range)
        at(pair.key.range[0], 'invalid YAML: mapping keys must be scalars');
    },
  });
}

/** The offset of the tag written before a node's value (the node's range starts after it), else the value's. */
function tagStart(text: string, valueStart: number): number {
  let end = valueStart;
  while (end > 0 && /\s/.test(text[end - 1] as string)) end--;
  let start = end;
  while (start > 0 && !/\s/.test(text[start - 1] as string)) start--;
  return text[start] === '!' ? start : valueStart;
}

/** Locates pointers in a YAML document by walking its node tree (kept in this closure) on demand. */
function yamlLocator(document: Document, lines: LineCounterType): Locator {
  const { isAlias, isMap, isPair, isScalar, isSeq } = yamlLibrary();
  /** The key of a pair as the plain-JSON object key it became. */
  const keyString = (key: unknown): string | undefined =>
    isScalar(key) ? (key.value === null ? '' : String(key.value)) : undefined;
  /** The start offset of a node, unless it is an empty placeholder. */
  const rangeStart = (node: unknown): number | undefined => {
    if (node === null || node === undefined || typeof node !== 'object' || !('range' in node)) return undefined;
    const range = (node as Node).range;
    if (!range) return undefined;
    if (isScalar(node) && node.value === null && range[0] === range[1] && node.source === '') return undefined;
    return range[0];
  };
  return (pointer) => {
    let node: unknown = document.contents;
    let keyNode: unknown;
    for (const segment of fromPointer(pointer)) {
      if (isAlias(node)) node = node.resolve(document);
      keyNode = undefined;
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && keyString(item.key) === segment);
        if (!pair) return undefined;
        keyNode = pair.key;
        node = pair.value;
      } else if (isSeq(node)) {
        if (!/^(0|[1-9][0-9]*)$/.test(segment)) return undefined;
        node = node.items[Number(segment)];
        if (node === undefined) return undefined;
      } else {
        return undefined;
      }
    }
    // An empty value (`key:`) has no place of its own: point at its key.
    const place = rangeStart(node) ?? rangeStart(keyNode);
    if (place === undefined) return undefined;
    const position = lines.linePos(place);
    return { line: position.line, column: position.col };
  };
}
