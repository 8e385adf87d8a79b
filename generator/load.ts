import { readFile, stat } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import {
  LineCounter,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
  type Node,
} from 'yaml';
import { loadCrdInput } from './crd.js';
import type { Json, Locator, SourceDocument } from './document.js';
import { MAX_NESTING, findNonFinite, findTooDeep, isJsonObject, locationOf, setProperty } from './document.js';
import { SpecgenError, fromPointer, toPointer, type Diagnostic, type SourceLocation } from './errors.js';

/**
 * The largest spec file specgen reads, in bytes (UTF-16 code units for text handed to `parseSource`). Four times the
 * whole Kubernetes API; generating from a document this size already takes minutes, and a larger one is a mistake or
 * an attack, so it is refused before it is read.
 */
export const MAX_SPEC_BYTES = 32 * 1024 * 1024;

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
]);

/** A 1-based place in a text. */
type Place = { line: number; column: number };

/** Parses one spec file's text (JSON or YAML) into a plain JSON value that can map pointers back to line:column. */
export function parseSource(file: string, text: string): SourceDocument {
  if (text.length > MAX_SPEC_BYTES) throw tooLarge(file, text.length);
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') throw new SpecgenError({ message: 'the file is empty', location: { file, pointer: '' } });
  const start = source.trimStart()[0];
  const looksJson = file.toLowerCase().endsWith('.json') || start === '{' || start === '[';
  const parsed = looksJson ? parseJson(file, source) : parseYaml(file, source);
  if (!isJsonObject(parsed.value)) {
    const found =
      parsed.value === null ? 'null' : Array.isArray(parsed.value) ? 'an array' : `a ${typeof parsed.value}`;
    throw new SpecgenError({
      message: `the document root must be an object, found ${found}`,
      location: { file, pointer: '', line: 1, column: 1 },
    });
  }
  const document = { file, value: parsed.value, locate: parsed.locate };
  checkLimits(document.value, (pointer) => locationOf(document, pointer));
  return document;
}

/** The error for a spec over the size limit. */
function tooLarge(file: string, size: number): SpecgenError {
  const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return new SpecgenError({
    message: `the file is ${mb(size)}; specgen reads specs of at most ${mb(MAX_SPEC_BYTES)}`,
    location: { file, pointer: '' },
  });
}

/**
 * Refuses what no stage may be handed: containers nested deeper than MAX_NESTING, and numbers JSON cannot carry.
 * `parseSource` checks every file it reads; `generate` checks documents built in memory and the overlaid spec.
 */
export function checkLimits(value: Json, locate: (pointer: string) => SourceLocation): void {
  const deep = findTooDeep(value);
  if (deep) {
    throw new SpecgenError({
      message: `the document nests more than ${MAX_NESTING} levels deep here (specgen's limit)`,
      location: locate(toPointer(deep)),
    });
  }
  const number = findNonFinite(value);
  if (number) {
    throw new SpecgenError({
      message: 'a number too large for JSON (Infinity or NaN): specs are JSON, whose numbers are finite',
      location: locate(toPointer(number)),
    });
  }
}

/** Reads and parses one spec file; the only file-system access of the loading stage. */
export async function loadFile(path: string): Promise<SourceDocument> {
  let text: string;
  try {
    const { size } = await stat(path);
    if (size > MAX_SPEC_BYTES) throw tooLarge(path, size);
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof SpecgenError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'file not found'
        : code === 'EISDIR'
          ? 'is a directory'
          : `cannot read (${code ?? String(error)})`;
    throw new SpecgenError({ message: reason, location: { file: path, pointer: '' } });
  }
  return parseSource(path, text);
}

/**
 * Loads the root spec and, transitively, every file an external `$ref` names. Keys (and each document's `file`) are
 * normalized paths, so `./a.yaml` and `a.yaml` are one file.
 */
export async function loadSpecFiles(rootPath: string): Promise<Map<string, SourceDocument>> {
  const crds = await loadCrdInput(normalize(rootPath));
  if (crds !== undefined) return new Map([[normalize(rootPath), crds]]);
  const files = new Map<string, SourceDocument>();
  const pending: string[] = [normalize(rootPath)];
  // Where each file was first referenced, so a missing file is reported at the $ref, not as a bare path.
  const referrers = new Map<string, Diagnostic['location']>();
  while (pending.length > 0) {
    const path = pending.shift() as string;
    if (files.has(path)) continue;
    let document: SourceDocument;
    try {
      document = await loadFile(path);
    } catch (error) {
      // A file that cannot be read is reported where it is referenced; a broken file is reported inside itself.
      const location = referrers.get(path);
      const unread = error instanceof SpecgenError && error.diagnostics.every((d) => d.location?.line === undefined);
      if (!location || !unread) throw error;
      throw new SpecgenError({
        message: `$ref names ${path}, which cannot be read: ${error.diagnostics.map((d) => d.message).join('; ')}`,
        location,
      });
    }
    files.set(path, document);
    for (const { ref, segments } of withinDepth(document.file, () => collectRefs(document.value))) {
      const target = splitRef(ref);
      if (target.file === '') continue;
      const pointer = refPointer(segments);
      if (isRemote(target.file)) {
        throw new SpecgenError({
          message: `remote $ref "${ref}" is not supported (download it and refer to the local file)`,
          location: locationOf(document, pointer),
        });
      }
      const resolved = resolveRefFile(path, target.file);
      if (!files.has(resolved) && !referrers.has(resolved)) {
        referrers.set(resolved, locationOf(document, pointer));
        pending.push(resolved);
      }
    }
  }
  return files;
}

/** Runs a recursive walk over a document, turning a stack overflow (hostile nesting depth) into a diagnostic. */
export function withinDepth<T>(file: string, walk: () => T): T {
  try {
    return walk();
  } catch (error) {
    if (error instanceof RangeError)
      throw new SpecgenError({ message: 'the document is nested too deeply', location: { file, pointer: '' } });
    throw error;
  }
}

/** The file and pointer parts of a `$ref` (`other.yaml#/a/b` → `other.yaml`, `/a/b`); file is `''` for internal refs. */
export function splitRef(ref: string): { file: string; pointer: string } {
  const hash = ref.indexOf('#');
  if (hash < 0) return { file: ref, pointer: '' };
  return { file: ref.slice(0, hash), pointer: decodeFragment(ref.slice(hash + 1)) };
}

/** Resolves a `$ref`'s file part relative to the file that contains it. */
export function resolveRefFile(fromFile: string, refFile: string): string {
  return normalize(join(dirname(fromFile), refFile));
}

/** A `$ref` found in a document: its value and the path of the object that holds it. */
export interface FoundRef {
  readonly ref: string;
  readonly segments: readonly string[];
}

/** What a ref visitor wants done with one `$ref` holder: keep it, point it elsewhere, or replace the holder. */
export type RefEdit = undefined | { readonly ref: string } | { readonly inline: Json };

/** Lists every `$ref` in reference position (see `mapRefs`), in document order. */
export function collectRefs(value: Json): FoundRef[] {
  const found: FoundRef[] = [];
  mapRefs(value, (ref, segments) => {
    found.push({ ref, segments });
    return undefined;
  });
  return found;
}

/**
 * Walks every `$ref` in reference position and applies the visitor's edits, copying only the objects on the way to an
 * edit (untouched subtrees are shared). Names in maps (property names, response codes, ...) are not keywords, and
 * example/enum/default/const values are data, so a `$ref` there is not a reference.
 */
export function mapRefs(value: Json, visit: (ref: string, segments: readonly string[]) => RefEdit): Json {
  const path: string[] = [];
  const walk = (node: Json, context: Context): Json => {
    if (Array.isArray(node)) {
      let copy: Json[] | undefined;
      for (let index = 0; index < node.length; index++) {
        const item = node[index] as Json;
        path.push(String(index));
        const next = walk(item, 'node');
        path.pop();
        if (next !== item) {
          copy ??= node.slice();
          copy[index] = next;
        }
      }
      return copy ?? node;
    }
    if (!isJsonObject(node)) return node;
    let result: { [key: string]: Json } | undefined;
    if (context === 'node' && typeof node.$ref === 'string') {
      const edit = visit(node.$ref, path.slice());
      if (edit && 'inline' in edit) return edit.inline;
      if (edit && 'ref' in edit) result = { ...node, $ref: edit.ref };
    }
    for (const key of Object.keys(node)) {
      const child = node[key] as Json;
      const childContext = childContextOf(context, key, child);
      if (childContext === 'skip') continue;
      path.push(key);
      const next = walk(child, childContext);
      path.pop();
      if (next !== child) {
        result ??= { ...node };
        setProperty(result, key, next);
      }
    }
    return result ?? node;
  };
  return walk(value, 'node');
}

/**
 * Keys whose value maps names to objects: the names are data, so one spelled `$ref`, `default` or `enum` (a property
 * named `$ref`, the `default` response) is neither a reference nor a data keyword.
 */
const NAME_MAPS = new Set([
  'properties',
  'patternProperties',
  'definitions',
  '$defs',
  'dependentSchemas',
  'paths',
  'webhooks',
  'schemas',
  'parameters',
  'responses',
  'headers',
  'requestBodies',
  'securitySchemes',
  'securityDefinitions',
  'links',
  'callbacks',
  'pathItems',
  'content',
  'encoding',
  'variables',
]);

/** How the walker treats an object: a normal node, a map of names (no keywords), or a map of Example objects. */
type Context = 'node' | 'names' | 'examples';

/** Decides how to walk a child: which keys hold data (skipped) and which hold maps of names. */
function childContextOf(context: Context, key: string, child: Json): Context | 'skip' {
  if (context === 'names') return 'node';
  if (context === 'examples') {
    // An entry of an `examples` map is an Example object (its `value` is data) or a reference to one.
    return isJsonObject(child) && typeof child.$ref === 'string' ? 'node' : 'skip';
  }
  if (key === '$ref') return 'skip';
  if (NAME_MAPS.has(key)) return 'names';
  if (key === 'example' || key === 'enum' || key === 'default' || key === 'const') return 'skip';
  if (key === 'examples') return isJsonObject(child) ? 'examples' : 'skip';
  return 'node';
}

/** The JSON pointer of a `$ref` found at `segments`. */
export function refPointer(segments: readonly string[]): string {
  return toPointer([...segments, '$ref']);
}

/** True for refs to URLs, which specgen does not fetch. */
function isRemote(refFile: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(refFile);
}

/** Decodes a URI fragment (`%7B` etc.) into a JSON pointer. */
function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

// ---------------------------------------------------------------------------------------------------------- JSON

/** Parses JSON with the fast native parser; only on failure (or when asked to locate) is the text scanned again. */
function parseJson(file: string, text: string): { value: Json; locate: Locator } {
  let value: Json;
  try {
    value = JSON.parse(text) as Json;
  } catch (error) {
    // A `.yaml` file that merely starts with `{` may be a YAML flow mapping: give YAML its chance.
    if (!file.toLowerCase().endsWith('.json')) return parseYaml(file, text);
    throw jsonSyntaxError(file, text, error);
  }
  return { value, locate: jsonLocator(text) };
}

/** Turns a JSON.parse failure into a diagnostic at the exact offending line:column. */
function jsonSyntaxError(file: string, text: string, error: unknown): SpecgenError {
  const problem = findJsonError(text);
  const native = error instanceof Error ? error.message : String(error);
  const offset = problem?.offset ?? Number(/position (\d+)/.exec(native)?.[1] ?? 0);
  const place = placeAt(lineStarts(text), offset);
  return new SpecgenError({
    message: `invalid JSON: ${problem?.message ?? native}`,
    location: { file, pointer: '', line: place.line, column: place.column },
  });
}

/** A syntax problem found by the scanner. */
interface JsonProblem {
  readonly offset: number;
  readonly message: string;
}

/** Validates the whole text; returns the first syntax problem, or undefined when the text is valid JSON. */
function findJsonError(text: string): JsonProblem | undefined {
  try {
    const end = skipWhitespace(text, skipValue(text, skipWhitespace(text, 0)));
    if (end < text.length)
      return { offset: end, message: `unexpected ${describe(text, end)} after the end of the document` };
    return undefined;
  } catch (error) {
    if (isJsonProblem(error)) return error;
    throw error;
  }
}

/** Type guard for problems thrown by the scanner. */
function isJsonProblem(value: unknown): value is JsonProblem {
  return (
    typeof value === 'object' && value !== null && 'offset' in value && 'message' in value && !(value instanceof Error)
  );
}

/** Describes the character at an offset for a message. */
function describe(text: string, offset: number): string {
  return offset >= text.length ? 'end of input' : `character ${JSON.stringify(text[offset])}`;
}

/** Skips JSON whitespace. */
function skipWhitespace(text: string, offset: number): number {
  let at = offset;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) break;
    at++;
  }
  return at;
}

/** Skips one string starting at its opening quote; returns the offset after the closing quote. */
function skipString(text: string, offset: number): number {
  let at = offset + 1;
  for (;;) {
    if (at >= text.length) throw { offset: at, message: 'unterminated string' } satisfies JsonProblem;
    const code = text.charCodeAt(at);
    if (code === 0x22) return at + 1;
    if (code < 0x20) throw { offset: at, message: 'control character in string (escape it)' } satisfies JsonProblem;
    if (code === 0x5c) {
      const escape = text[at + 1];
      if (escape === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6)))
          throw { offset: at, message: 'invalid \\u escape' } satisfies JsonProblem;
        at += 6;
        continue;
      }
      if (escape === undefined || !'"\\/bfnrt'.includes(escape))
        throw { offset: at, message: 'invalid escape in string' } satisfies JsonProblem;
      at += 2;
      continue;
    }
    at++;
  }
}

/** Skips a JSON number; returns the offset after it, or -1 when none starts here. */
function skipNumber(text: string, offset: number): number {
  const digits = (from: number): number => {
    let at = from;
    while (at < text.length && text.charCodeAt(at) >= 0x30 && text.charCodeAt(at) <= 0x39) at++;
    return at;
  };
  let at = text[offset] === '-' ? offset + 1 : offset;
  if (text[at] === '0') at++;
  else if (digits(at) > at) at = digits(at);
  else return -1;
  if (text[at] === '.') {
    if (digits(at + 1) === at + 1) return -1;
    at = digits(at + 1);
  }
  if (text[at] === 'e' || text[at] === 'E') {
    const sign = text[at + 1] === '+' || text[at + 1] === '-' ? at + 2 : at + 1;
    if (digits(sign) === sign) return -1;
    at = digits(sign);
  }
  return at;
}

/**
 * Skips one JSON value starting at `offset` (no leading whitespace) and validates it; iterative, so a hostile
 * nesting depth cannot overflow the stack. Throws a JsonProblem on bad syntax.
 */
function skipValue(text: string, offset: number): number {
  // The stack holds the closing bracket of each open container.
  const stack: string[] = [];
  let at = offset;
  for (;;) {
    at = skipWhitespace(text, at);
    const char = text[at];
    // Read one value (or open a container).
    if (char === '{' || char === '[') {
      const close = char === '{' ? '}' : ']';
      at = skipWhitespace(text, at + 1);
      if (text[at] === close) {
        at++;
      } else {
        stack.push(close);
        if (close === '}') at = skipKey(text, at);
        continue;
      }
    } else if (char === '"') {
      at = skipString(text, at);
    } else if (text.startsWith('true', at)) {
      at += 4;
    } else if (text.startsWith('false', at)) {
      at += 5;
    } else if (text.startsWith('null', at)) {
      at += 4;
    } else {
      const end = skipNumber(text, at);
      if (end < 0)
        throw { offset: at, message: `unexpected ${describe(text, at)}, expected a value` } satisfies JsonProblem;
      at = end;
    }
    // After a value: close containers or move to the next member.
    for (;;) {
      const close = stack[stack.length - 1];
      if (close === undefined) return at;
      at = skipWhitespace(text, at);
      if (text[at] === close) {
        stack.pop();
        at++;
        continue;
      }
      if (text[at] !== ',') {
        throw {
          offset: at,
          message: `unexpected ${describe(text, at)}, expected ',' or '${close}'`,
        } satisfies JsonProblem;
      }
      at = skipWhitespace(text, at + 1);
      if (close === '}') at = skipKey(text, at);
      break;
    }
  }
}

/** Skips `"key" :` and returns the offset of the member's value. */
function skipKey(text: string, offset: number): number {
  if (text[offset] !== '"')
    throw {
      offset,
      message: `unexpected ${describe(text, offset)}, expected a property name in double quotes`,
    } satisfies JsonProblem;
  const at = skipWhitespace(text, skipString(text, offset));
  if (text[at] !== ':')
    throw { offset: at, message: `unexpected ${describe(text, at)}, expected ':'` } satisfies JsonProblem;
  return skipWhitespace(text, at + 1);
}

/**
 * Locates pointers in JSON text. Containers are scanned on demand, one level at a time, and their member offsets
 * cached in this closure, so a file that never reports an error is never scanned.
 */
function jsonLocator(text: string): Locator {
  // Container start offset → member name (or index) → the offset of the member's value.
  const containers = new Map<number, Map<string, number>>();
  let starts: number[] | undefined;
  const membersAt = (offset: number): Map<string, number> => {
    let members = containers.get(offset);
    if (members) return members;
    members = new Map();
    const isObject = text[offset] === '{';
    let at = skipWhitespace(text, offset + 1);
    let index = 0;
    while (at < text.length && text[at] !== '}' && text[at] !== ']') {
      let key = String(index++);
      if (isObject) {
        const keyEnd = skipString(text, at);
        key = JSON.parse(text.slice(at, keyEnd)) as string;
        at = skipKey(text, at);
      }
      // Later duplicates win, as in JSON.parse.
      members.set(key, at);
      at = skipWhitespace(text, skipValue(text, at));
      if (text[at] === ',') at = skipWhitespace(text, at + 1);
    }
    containers.set(offset, members);
    return members;
  };
  return (pointer) => {
    try {
      let offset = skipWhitespace(text, 0);
      for (const segment of fromPointer(pointer)) {
        if (text[offset] !== '{' && text[offset] !== '[') return undefined;
        const member = membersAt(offset).get(segment);
        if (member === undefined) return undefined;
        offset = member;
      }
      starts ??= lineStarts(text);
      return placeAt(starts, offset);
    } catch {
      return undefined;
    }
  };
}

/** Offsets where each line starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/** The 1-based line and column of an offset, by binary search over line starts. */
function placeAt(starts: readonly number[], offset: number): Place {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (starts[low] as number) + 1 };
}

// ---------------------------------------------------------------------------------------------------------- YAML

/** Parses YAML 1.2 (core schema: plain JSON values only) and reports every syntax problem with its line:column. */
function parseYaml(file: string, text: string): { value: Json; locate: Locator } {
  const lines = new LineCounter();
  // The YAML library recurses per nesting level; it reports (or, in places, throws) a stack overflow.
  const document = withinDepth(file, () =>
    parseDocument(text, {
      schema: 'core',
      lineCounter: lines,
      prettyErrors: false,
      uniqueKeys: true,
      merge: false,
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
  else for (const error of document.errors) at(error.pos[0], `invalid YAML: ${error.message}`);
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
function yamlLocator(document: Document, lines: LineCounter): Locator {
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

/** The key of a pair as the plain-JSON object key it became. */
function keyString(key: unknown): string | undefined {
  if (isScalar(key)) return key.value === null ? '' : String(key.value);
  return undefined;
}

/** The start offset of a node, unless it is an empty placeholder. */
function rangeStart(node: unknown): number | undefined {
  if (node === null || node === undefined || typeof node !== 'object' || !('range' in node)) return undefined;
  const range = (node as Node).range;
  if (!range) return undefined;
  if (isScalar(node) && node.value === null && range[0] === range[1] && node.source === '') return undefined;
  return range[0];
}
