// The load stage's entry: reads spec files (the root and every file an external `$ref` names) and parses them, JSON
// (generator/load/json.ts) or YAML (generator/load/yaml.ts), keeping line:column for errors.
import { readFile, stat } from 'node:fs/promises';
import { normalize } from 'node:path';
import { loadCrdOrParsed } from './crd.js';
import type { Json, SourceDocument } from './document.js';
import { MAX_NESTING, findNonFinite, findTooDeep, isJsonObject, locationOf } from './document.js';
import { SpecgenError, toPointer, type Diagnostic, type SourceLocation } from './errors.js';
import { withinDepth } from './load/depth.js';
import { inDocumentRefs } from './load/ids.js';
import { parseJson } from './load/json.js';
import { collectRefs, isRemote, refPointer, resolveRefFile, splitRef } from './load/refs.js';
import { parseYaml } from './load/yaml.js';

export { withinDepth } from './load/depth.js';
export {
  collectRefs,
  mapRefs,
  refPointer,
  resolveRefFile,
  splitRef,
  type FoundRef,
  type RefEdit,
} from './load/refs.js';

/**
 * The largest spec file specgen reads, in bytes (UTF-16 code units for text handed to `parseSource`). Four times the
 * whole Kubernetes API; generating from a document this size already takes minutes, and a larger one is a mistake or
 * an attack, so it is refused before it is read.
 */
export const MAX_SPEC_BYTES = 32 * 1024 * 1024;

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
  return { ...document, limitsChecked: true };
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
  if (plainlyWithinLimits(value)) return;
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

/**
 * One recursive pass that clears an ordinary document (a tree within the limits) at a fraction of the cost of the
 * two exact walks: no entry arrays, no memo tables. Anything it cannot clear (a container too deep, a cycle, which
 * shows as one, a non-finite number, or shared subtrees visited past the budget) is left to those walks, which
 * place the error. Recursion stops at MAX_NESTING, so the stack is bounded.
 */
function plainlyWithinLimits(root: Json): boolean {
  // Every container of the largest file, counted once; a document whose shared subtrees add up to more is checked
  // by the exact walks, which measure each shared subtree once.
  let budget = MAX_SPEC_BYTES / 2;
  const within = (value: Json, depth: number): boolean => {
    if (typeof value === 'number') return Number.isFinite(value);
    if (typeof value !== 'object' || value === null) return true;
    if (depth > MAX_NESTING || --budget < 0) return false;
    if (Array.isArray(value)) {
      for (const item of value) if (!within(item, depth + 1)) return false;
      return true;
    }
    // `for...in` reads the object's own keys without an array of them per object (JSON and YAML objects inherit
    // no enumerable key).
    for (const key in value) if (!within(value[key]!, depth + 1)) return false;
    return true;
  };
  return within(root, 1);
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
  const { crds, parsed } = await loadCrdOrParsed(normalize(rootPath));
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
      document = path === normalize(rootPath) && parsed !== undefined ? parsed : await loadFile(path);
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
    const inDocument = inDocumentRefs(document.value);
    for (const { ref, segments } of withinDepth(document.file, () => collectRefs(document.value))) {
      const target = splitRef(ref);
      if (target.file === '' || inDocument(ref, segments)) continue;
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
