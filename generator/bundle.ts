import { basename, extname, normalize } from 'node:path';
import type { Json, JsonObject, SourceDocument } from './document.js';
import { isJsonObject, locationOf } from './document.js';
import { liftMappings, lowerMappings } from './bundle-mapping.js';
import { positionAt, type Position } from './bundle-position.js';
import { inDocumentRefs } from './load/ids.js';
import { SpecgenError, fromPointer, toPointer, type Diagnostic, type SourceLocation } from './errors.js';
import { collectRefs, mapRefs, refPointer, resolveRefFile, splitRef, withinDepth, type RefEdit } from './load.js';

/** One external object that the root needs, keyed by where it goes and `file#pointer`. */
interface Target {
  readonly key: string;
  readonly file: string;
  readonly pointer: string;
  readonly value: Json;
  /** The components section it goes to; `undefined` means it is inlined in place (operations, path items, text). */
  readonly section: string | undefined;
  /** What the target's content is, for judging the position of the refs inside it. */
  readonly position: Position;
}

/** The components section (Swagger 2.0: top-level section) that holds objects of a position, if any. */
const SECTIONS_3: Partial<Record<Position, string>> = {
  schema: 'schemas',
  parameter: 'parameters',
  response: 'responses',
  requestBody: 'requestBodies',
  header: 'headers',
  example: 'examples',
  link: 'links',
  callback: 'callbacks',
  securityScheme: 'securitySchemes',
};
const SECTIONS_2: Partial<Record<Position, string>> = {
  schema: 'definitions',
  parameter: 'parameters',
  response: 'responses',
};

/**
 * Inlines every external `$ref` into the root document, by what its position holds: schemas, parameters, responses,
 * request bodies, headers, examples, links, callbacks and security schemes become named components (Swagger 2.0:
 * definitions, parameters, responses) and the refs point at them; operations, path items and plain values (a
 * description, an extension) are inlined where they stand. Internal refs are kept as they are. The result locates
 * every pointer in the file that holds it.
 */
export function bundle(loaded: ReadonlyMap<string, SourceDocument>, rootPath: string): SourceDocument {
  // loadSpecFiles keys files by normalized path; accept the path as the caller spelled it.
  const rootFile = loaded.has(rootPath) ? rootPath : normalize(rootPath);
  const original = loaded.get(rootFile);
  // Discriminator mapping values that name schemas in other files are bundled as refs (bundle-mapping.ts).
  const files = liftMappings(loaded);
  const root = files.get(rootFile);
  if (!original || !root)
    throw new SpecgenError({
      message: `the root file ${rootFile} was not loaded`,
      location: { file: rootFile, pointer: '' },
    });
  const swagger2 = isJsonObject(root.value) && 'swagger' in root.value;
  const sections = swagger2 ? SECTIONS_2 : SECTIONS_3;
  const targets = new Map<string, Target>();
  const diagnostics: Diagnostic[] = [];
  /** The key of the target a ref at a position names: one file#pointer may be both inlined and registered. */
  const targetKey = (file: string, pointer: string, position: Position): string =>
    `${sections[position] ?? `inline:${position}`} ${file}#${pointer}`;

  // Breadth-first over the refs reachable from the root, so every dangling ref is found before anything is built.
  const queue: { from: SourceDocument; ref: string; at: readonly string[]; position: Position }[] = [];
  // Refs that name a schema of their own document by `$id`/`$anchor` are not files (load/ids.ts).
  const inDocument = new Map([...files].map(([path, document]) => [path, inDocumentRefs(document.value)]));
  const enqueueRefs = (from: SourceDocument, value: Json, base: readonly string[], start: Position): void => {
    for (const found of withinDepth(from.file, () => collectRefs(value))) {
      if (from === root && splitRef(found.ref).file === '') continue;
      if (splitRef(found.ref).file !== '' && inDocument.get(from.file)!(found.ref, [...base, ...found.segments]))
        continue;
      if (isExampleData(found.segments, start)) continue;
      const position = positionAt(found.segments, start);
      queue.push({ from, ref: found.ref, at: [...base, ...found.segments], position });
    }
  };
  enqueueRefs(root, root.value, [], 'root');
  for (let next = queue.shift(); next; next = queue.shift()) {
    const { from, ref, at, position } = next;
    const { file, pointer } = resolve(from.file, ref);
    const key = targetKey(file, pointer, position);
    if (file === rootFile || targets.has(key)) continue;
    const problem = (message: string): void => {
      diagnostics.push({ message: `$ref "${ref}" ${message}`, location: locationOf(from, refPointer(at)) });
    };
    const document = files.get(file);
    if (!document) {
      problem(`names ${file}, which was not loaded`);
      continue;
    }
    if (pointer !== '' && !pointer.startsWith('/')) {
      problem('has a fragment that is not a JSON pointer (anchors are not supported)');
      continue;
    }
    const value = resolvePointer(document.value, pointer);
    if (value === undefined) {
      problem(`points at ${pointer}, which does not exist in ${file}`);
      continue;
    }
    const section = sections[position];
    if (section !== undefined && !isJsonObject(value)) {
      problem(`points at ${describeValue(value)} in ${file}, where ${ARTICLE[position] ?? 'an object'} is expected`);
      continue;
    }
    targets.set(key, { key, file, pointer, value, section, position });
    enqueueRefs(document, value, fromPointer(pointer), position);
  }
  if (diagnostics.length > 0) throw new SpecgenError(diagnostics);
  if (targets.size === 0) return original;

  const names = assignNames([...targets.values()], root.value, swagger2);
  /** Output pointer → the file and pointer its content came from (inlined targets and components). */
  const origins = new Map<string, { file: string; pointer: string }>();
  const inlining = new Set<string>();
  // `source` is where `value` sits in its file, for refs that resolve by the file's own `$id`s.
  const rewrite = (from: string, value: Json, start: Position, out: readonly string[], source: string[] = []): Json =>
    mapRefs(value, (ref, segments): RefEdit => {
      if (from === rootFile && splitRef(ref).file === '') return undefined;
      if (isExampleData(segments, start)) return undefined;
      if (splitRef(ref).file !== '' && inDocument.get(from)!(ref, [...source, ...segments])) return undefined;
      const { file, pointer } = resolve(from, ref);
      if (file === rootFile) return { ref: '#' + encodeFragment(pointer) };
      const position = positionAt(segments, start);
      const target = targets.get(targetKey(file, pointer, position)) as Target;
      if (target.section !== undefined) {
        return { ref: '#' + toPointer([...sectionPath(target.section, swagger2), names.get(target.key) as string]) };
      }
      if (inlining.has(target.key)) {
        throw new SpecgenError({
          message: `$ref "${ref}" inlines itself (circular reference)`,
          location: locationOf(files.get(from) as SourceDocument, refPointer(segments)),
        });
      }
      const at = [...out, ...segments];
      origins.set(toPointer(at), { file: target.file, pointer: target.pointer });
      inlining.add(target.key);
      const inline = rewrite(target.file, target.value, target.position, at, fromPointer(target.pointer));
      inlining.delete(target.key);
      return { inline };
    });

  let value = { ...(withinDepth(rootFile, () => rewrite(rootFile, root.value, 'root', [])) as JsonObject) };
  const bySection = new Map<string, [string, Json][]>();
  for (const target of targets.values()) {
    if (target.section === undefined) continue;
    const name = names.get(target.key) as string;
    const at = [...sectionPath(target.section, swagger2), name];
    origins.set(toPointer(at), { file: target.file, pointer: target.pointer });
    const entries = bySection.get(target.section) ?? [];
    entries.push([
      name,
      withinDepth(target.file, () =>
        rewrite(target.file, target.value, target.position, at, fromPointer(target.pointer)),
      ),
    ]);
    bySection.set(target.section, entries);
  }
  for (const [section, entries] of bySection) {
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (swagger2) {
      value[section] = { ...asObject(value[section]), ...Object.fromEntries(entries) };
    } else {
      const components = { ...asObject(value.components) };
      components[section] = { ...asObject(components[section]), ...Object.fromEntries(entries) };
      value.components = components;
    }
  }
  value = lowerMappings(value) as JsonObject;
  const origin = originOf(root, files, origins);
  return {
    file: root.file,
    value,
    locate: (pointer) => {
      const found = origin(pointer);
      return found.line === undefined ? undefined : { line: found.line, column: found.column ?? 1 };
    },
    origin,
  };
}

/** Articles for the objects each registered position holds, for messages. */
const ARTICLE: Partial<Record<Position, string>> = {
  schema: 'a schema',
  parameter: 'a parameter',
  response: 'a response',
  requestBody: 'a request body',
  header: 'a header',
  example: 'an example',
  link: 'a link',
  callback: 'a callback',
  securityScheme: 'a security scheme',
};

/** Describes a non-object JSON value for a message. */
function describeValue(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** True when a ref found at `segments` (from a position) sits inside an Example's `value`, which is data. */
function isExampleData(segments: readonly string[], start: Position): boolean {
  let position = start;
  for (let index = 0; index < segments.length; index++) {
    const key = segments[index] as string;
    if (position === 'example' && (key === 'value' || key === 'dataValue')) return true;
    position = positionAt([key], position);
  }
  return false;
}

/**
 * Maps a pointer of the bundled document to the file and place it came from: the deepest inlined or registered
 * target that contains it, else the root; a place the text does not have falls back to its nearest ancestor.
 */
function originOf(
  root: SourceDocument,
  files: ReadonlyMap<string, SourceDocument>,
  origins: ReadonlyMap<string, { file: string; pointer: string }>,
): (pointer: string) => SourceLocation {
  return (pointer) => {
    const segments = fromPointer(pointer);
    let document = root;
    let base: string[] = [];
    let rest = segments;
    for (let length = segments.length; length > 0; length--) {
      const found = origins.get(toPointer(segments.slice(0, length)));
      if (found) {
        document = files.get(found.file) ?? root;
        base = fromPointer(found.pointer);
        rest = segments.slice(length);
        break;
      }
    }
    for (let length = rest.length; length >= 0; length--) {
      const source = toPointer([...base, ...rest.slice(0, length)]);
      if (document.locate(source)) return locationOf(document, source);
    }
    return { file: document.file, pointer: toPointer([...base, ...rest]) };
  };
}

/** Resolves a ref found in `fromFile` to the file and JSON pointer it names. */
function resolve(fromFile: string, ref: string): { file: string; pointer: string } {
  const { file, pointer } = splitRef(ref);
  return { file: file === '' ? fromFile : resolveRefFile(fromFile, file), pointer };
}

/** The value a JSON pointer names, or undefined. */
export function resolvePointer(value: Json, pointer: string): Json | undefined {
  let node: Json | undefined = value;
  for (const segment of fromPointer(pointer)) {
    if (Array.isArray(node)) node = /^(0|[1-9][0-9]*)$/.test(segment) ? node[Number(segment)] : undefined;
    else if (isJsonObject(node)) node = Object.hasOwn(node, segment) ? node[segment] : undefined;
    else return undefined;
  }
  return node;
}

/** The path of a section's map in the output document. */
function sectionPath(section: string, swagger2: boolean): string[] {
  return swagger2 ? [section] : ['components', section];
}

/**
 * Names every target deterministically: the last pointer segment (the file's base name for a whole-file ref); names
 * already in the root and earlier claims win, later ones get `_2`, `_3`, ... in sorted order of their source.
 */
function assignNames(targets: readonly Target[], root: Json, swagger2: boolean): Map<string, string> {
  const names = new Map<string, string>();
  const sections = new Map<string, { base: string; key: string }[]>();
  for (const target of targets) {
    if (target.section === undefined) continue;
    const last = fromPointer(target.pointer).pop();
    const raw = last ?? basename(target.file, extname(target.file));
    const base = raw.replace(/[^A-Za-z0-9._-]/g, '_') || 'Component';
    const list = sections.get(target.section) ?? [];
    list.push({ base, key: target.key });
    sections.set(target.section, list);
  }
  for (const [section, list] of sections) {
    const existing = resolvePointer(root, toPointer(sectionPath(section, swagger2)));
    const taken = new Set(isJsonObject(existing) ? Object.keys(existing) : []);
    list.sort((a, b) => compare(a.base, b.base) || compare(a.key, b.key));
    for (const { base, key } of list) {
      let name = base;
      for (let suffix = 2; taken.has(name); suffix++) name = `${base}_${suffix}`;
      taken.add(name);
      names.set(key, name);
    }
  }
  return names;
}

/** Code-unit string order, independent of locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An object value, or an empty one in its place. */
function asObject(value: Json | undefined): JsonObject {
  return isJsonObject(value) ? value : {};
}

/** Encodes a JSON pointer for a URI fragment (only what would break the ref). */
function encodeFragment(pointer: string): string {
  return pointer.replace(/%/g, '%25').replace(/#/g, '%23');
}
