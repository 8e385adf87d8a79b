import { basename, extname, normalize } from 'node:path';
import type { Json, JsonObject, SourceDocument } from './document.js';
import { isJsonObject, locationOf } from './document.js';
import { SpecgenError, fromPointer, toPointer, type Diagnostic } from './errors.js';
import { collectRefs, mapRefs, refPointer, resolveRefFile, splitRef, withinDepth, type RefEdit } from './load.js';

/** What kind of object a `$ref` stands for, judged by where it sits. */
type Kind =
  | 'schemas'
  | 'parameters'
  | 'responses'
  | 'requestBodies'
  | 'headers'
  | 'examples'
  | 'links'
  | 'callbacks'
  | 'securitySchemes'
  | 'pathItems';

/** One external object that the root needs, keyed by `file#pointer`. */
interface Target {
  readonly key: string;
  readonly file: string;
  readonly pointer: string;
  readonly value: Json;
  /** The components section it goes to; `undefined` means it is inlined in place (path items, Swagger 2.0 headers). */
  readonly section: string | undefined;
  /** Where the target's content sits in the output, for judging the kind of the refs inside it. */
  readonly path: readonly string[];
}

/** Keys under which a schema's children are schemas keyed by name. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas']);
/** Keys whose array items are schemas. */
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
/** Keys whose value is one schema. */
const SCHEMA_KEYS = new Set([
  'schema',
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
/** Sections of OpenAPI 3 `components`. */
const COMPONENT_KINDS = new Set<Kind>([
  'schemas',
  'parameters',
  'responses',
  'requestBodies',
  'headers',
  'examples',
  'links',
  'callbacks',
  'securitySchemes',
]);

/**
 * Inlines every external `$ref` into the root document: referenced objects become named components (or Swagger 2.0
 * definitions/parameters/responses) and the refs point at them. Internal refs are kept as they are.
 */
export function bundle(files: ReadonlyMap<string, SourceDocument>, rootPath: string): SourceDocument {
  // loadSpecFiles keys files by normalized path; accept the path as the caller spelled it.
  const rootFile = files.has(rootPath) ? rootPath : normalize(rootPath);
  const root = files.get(rootFile);
  if (!root)
    throw new SpecgenError({
      message: `the root file ${rootFile} was not loaded`,
      location: { file: rootFile, pointer: '' },
    });
  const swagger2 = isJsonObject(root.value) && 'swagger' in root.value;
  const targets = new Map<string, Target>();
  const diagnostics: Diagnostic[] = [];

  // Breadth-first over the refs reachable from the root, so every dangling ref is found before anything is built.
  const queue: { from: SourceDocument; ref: string; at: readonly string[]; path: readonly string[] }[] = [];
  const enqueueRefs = (from: SourceDocument, value: Json, base: readonly string[], path: readonly string[]): void => {
    for (const found of withinDepth(from.file, () => collectRefs(value))) {
      if (from === root && splitRef(found.ref).file === '') continue;
      queue.push({ from, ref: found.ref, at: [...base, ...found.segments], path: [...path, ...found.segments] });
    }
  };
  enqueueRefs(root, root.value, [], []);
  for (let next = queue.shift(); next; next = queue.shift()) {
    const { from, ref, at, path } = next;
    const { file, pointer } = resolve(from.file, ref);
    if (file === rootFile || targets.has(`${file}#${pointer}`)) continue;
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
    const section = sectionOf(kindOf(path), swagger2);
    const targetPath = section === undefined ? path : [...sectionPath(section, swagger2), '*'];
    targets.set(`${file}#${pointer}`, { key: `${file}#${pointer}`, file, pointer, value, section, path: targetPath });
    enqueueRefs(document, value, fromPointer(pointer), targetPath);
  }
  if (diagnostics.length > 0) throw new SpecgenError(diagnostics);
  if (targets.size === 0) return root;

  const names = assignNames([...targets.values()], root.value, swagger2);
  const inlining = new Set<string>();
  const rewrite = (from: string, value: Json): Json =>
    mapRefs(value, (ref, segments): RefEdit => {
      if (from === rootFile && splitRef(ref).file === '') return undefined;
      const { file, pointer } = resolve(from, ref);
      if (file === rootFile) return { ref: '#' + encodeFragment(pointer) };
      const target = targets.get(`${file}#${pointer}`) as Target;
      if (target.section !== undefined) {
        return { ref: '#' + toPointer([...sectionPath(target.section, swagger2), names.get(target.key) as string]) };
      }
      if (inlining.has(target.key)) {
        throw new SpecgenError({
          message: `$ref "${ref}" inlines itself (circular reference)`,
          location: { file: from, pointer: toPointer(segments) },
        });
      }
      inlining.add(target.key);
      const inline = rewrite(target.file, target.value);
      inlining.delete(target.key);
      return { inline };
    });

  const value = { ...(withinDepth(rootFile, () => rewrite(rootFile, root.value)) as JsonObject) };
  const bySection = new Map<string, [string, Json][]>();
  for (const target of targets.values()) {
    if (target.section === undefined) continue;
    const entries = bySection.get(target.section) ?? [];
    entries.push([names.get(target.key) as string, withinDepth(target.file, () => rewrite(target.file, target.value))]);
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
  return { file: root.file, value, locate: root.locate };
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

/** Judges what a `$ref` stands for from the path of the object that holds it. */
function kindOf(path: readonly string[]): Kind {
  const last = path[path.length - 1] ?? '';
  const parent = path[path.length - 2] ?? '';
  if (SCHEMA_MAPS.has(parent) || SCHEMA_LISTS.has(parent) || SCHEMA_KEYS.has(last)) return 'schemas';
  if (path.length === 3 && path[0] === 'components')
    return COMPONENT_KINDS.has(parent as Kind) ? (parent as Kind) : 'schemas';
  if (parent === 'parameters') return 'parameters';
  if (parent === 'responses') return 'responses';
  if (last === 'requestBody' || parent === 'requestBodies') return 'requestBodies';
  if (parent === 'headers') return 'headers';
  if (parent === 'examples') return 'examples';
  if (parent === 'links') return 'links';
  if (parent === 'callbacks') return 'callbacks';
  if (path.length === 2 && (path[0] === 'paths' || path[0] === 'webhooks')) return 'pathItems';
  return 'schemas';
}

/** The section an external object of this kind goes to, or undefined to inline it in place. */
function sectionOf(kind: Kind, swagger2: boolean): string | undefined {
  if (swagger2)
    return kind === 'schemas' ? 'definitions' : kind === 'parameters' || kind === 'responses' ? kind : undefined;
  return kind === 'pathItems' ? undefined : kind;
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
