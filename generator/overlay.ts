import type { Json, JsonObject, SourceDocument, Spec } from './document.js';
import { isJsonObject, locationOf, setProperty } from './document.js';
import {
  SpecgenError,
  escapePointerSegment,
  fromPointer,
  toPointer,
  type Diagnostic,
  type SourceLocation,
} from './errors.js';
import { PathSyntaxError, SUPPORTED, parsePath, select, type Path, type Selector } from './overlay/jsonpath.js';

/**
 * Applies an OpenAPI Overlay 1.0 document to a spec: actions run in order, `update` deep-merges into every selected
 * node and `remove` deletes it. A target that selects nothing is an error, so an overlay cannot silently go stale.
 */
export function applyOverlay(spec: Spec, overlay: SourceDocument): Spec {
  const actions = checkOverlay(overlay);
  const diagnostics: Diagnostic[] = [];
  const edits = editor(spec.document);
  actions.forEach((action, index) => {
    const at = (message: string): void => {
      diagnostics.push({
        message: `action ${index} (target ${JSON.stringify(action.target)}): ${message}`,
        location: locationOf(overlay, `/actions/${index}/target`),
      });
    };
    let selectors: Selector[];
    try {
      selectors = parsePath(action.target);
    } catch (error) {
      if (!(error instanceof PathSyntaxError)) throw error;
      at(`unsupported JSONPath at character ${error.offset + 1}: ${error.reason} (${SUPPORTED})`);
      return;
    }
    const selected = select(edits.root(), selectors);
    if (selected.length === 0) {
      at('the target selects nothing (has the spec changed?)');
      return;
    }
    if (action.remove) {
      if (selected.some((path) => path.length === 0)) at('cannot remove the document root');
      else edits.remove(selected);
    } else if (action.update !== undefined) {
      edits.update(selected, action.update, `/actions/${index}/update`);
      if (!isJsonObject(edits.root())) at('the update replaced the document root with a non-object');
    }
  });
  if (diagnostics.length > 0) throw new SpecgenError(diagnostics);
  const document = edits.root() as JsonObject;
  return { document, file: spec.file, locate: locator(spec, overlay, document, edits) };
}

/** One validated overlay action. */
interface Action {
  readonly target: string;
  readonly update: Json | undefined;
  readonly remove: boolean;
}

/** Validates the overlay's shape (`overlay: 1.0.x`, `info`, `actions`) and reports every problem at once. */
function checkOverlay(overlay: SourceDocument): Action[] {
  const root = overlay.value as JsonObject;
  const diagnostics: Diagnostic[] = [];
  const problem = (pointer: string, message: string): void => {
    // A missing field has no place of its own: point at the document root instead.
    const location = overlay.locate(pointer) ? locationOf(overlay, pointer) : { ...locationOf(overlay, ''), pointer };
    diagnostics.push({ message, location });
  };
  const version = root.overlay;
  if (typeof version !== 'string' || !/^1\.0\.\d+$/.test(version)) {
    problem(
      '/overlay',
      `not an OpenAPI Overlay 1.0 document: \`overlay\` must be "1.0.0", found ${version === undefined ? 'nothing' : JSON.stringify(version)}`,
    );
  }
  if (!isJsonObject(root.info)) problem('/info', 'the overlay needs an `info` object (title, version)');
  const actions: Action[] = [];
  if (!Array.isArray(root.actions) || root.actions.length === 0) {
    problem('/actions', 'the overlay needs a non-empty `actions` list');
  } else {
    root.actions.forEach((action, index) => {
      if (!isJsonObject(action) || typeof action.target !== 'string') {
        problem(`/actions/${index}`, `action ${index} needs a string \`target\` (a JSONPath)`);
        return;
      }
      if (action.remove !== undefined && typeof action.remove !== 'boolean') {
        problem(`/actions/${index}/remove`, `action ${index}: \`remove\` must be true or false`);
        return;
      }
      actions.push({ target: action.target, update: action.update, remove: action.remove === true });
    });
  }
  if (diagnostics.length > 0) throw new SpecgenError(diagnostics);
  return actions;
}

// ---------------------------------------------------------------------------------------------------- editing

/** Copy-on-write editing of a document, plus what is needed to trace edited places back to their source. */
interface Editor {
  root(): Json;
  update(paths: readonly Path[], update: Json, pointer: string): void;
  remove(paths: readonly Path[]): void;
  /** The input node a copy was made from. */
  readonly copies: WeakMap<object, object>;
  /** Per edited container, the members that came from the overlay, with the overlay pointer each came from. */
  readonly added: WeakMap<object, Map<string, string>>;
}

/**
 * Edits a document without touching it: every container on the way to an edit is copied once (and then owned, so
 * later edits change the copy in place); everything else stays shared with the input.
 */
function editor(document: JsonObject): Editor {
  let root: Json = document;
  const owned = new WeakSet<object>();
  const copies = new WeakMap<object, object>();
  const added = new WeakMap<object, Map<string, string>>();
  const own = <T extends Json>(value: T): T => {
    if (typeof value !== 'object' || value === null || owned.has(value)) return value;
    const copy = (Array.isArray(value) ? value.slice() : { ...value }) as T & object;
    owned.add(copy);
    copies.set(copy, value);
    return copy;
  };
  const mark = (container: object, key: string | number, pointer: string): void => {
    const members = added.get(container) ?? new Map<string, string>();
    members.set(String(key), pointer);
    added.set(container, members);
  };
  const put = (container: Json, key: string | number, value: Json): void => {
    if (Array.isArray(container)) container[key as number] = value;
    else if (isJsonObject(container)) setProperty(container, String(key), value);
  };
  /** The owned container at a path, copying the containers on the way. */
  const writable = (path: Path): Json => {
    root = own(root);
    let node = root;
    for (const segment of path) {
      const child = own((node as Record<string, Json>)[segment] as Json);
      put(node, segment, child);
      node = child;
    }
    return node;
  };
  const merge = (target: Json, update: Json, pointer: string): Json => {
    if (isJsonObject(target) && isJsonObject(update)) {
      const out = own(target);
      for (const key of Object.keys(update)) {
        const value = update[key] as Json;
        const current = Object.hasOwn(out, key) ? out[key] : undefined;
        const from = `${pointer}/${escapePointerSegment(key)}`;
        if ((isJsonObject(current) && isJsonObject(value)) || Array.isArray(current)) {
          setProperty(out, key, merge(current, value, from));
        } else {
          setProperty(out, key, value);
          mark(out, key, from);
        }
      }
      return out;
    }
    if (Array.isArray(target)) {
      const out = own(target);
      const items = Array.isArray(update) ? update : [update];
      items.forEach((item, index) => {
        out.push(item);
        mark(out, out.length - 1, Array.isArray(update) ? `${pointer}/${index}` : pointer);
      });
      return out;
    }
    return update;
  };
  return {
    root: () => root,
    copies,
    added,
    update(paths, update, pointer) {
      for (const path of paths) {
        if (path.length === 0) {
          root = merge(root, update, pointer);
          continue;
        }
        const parent = writable(path.slice(0, -1));
        const key = path[path.length - 1] as string | number;
        const current = (parent as Record<string, Json>)[key] as Json;
        const merged = merge(current, update, pointer);
        put(parent, key, merged);
        if (merged === update) mark(parent as object, key, pointer);
      }
    },
    remove(paths) {
      // Later array items first, so earlier indices stay valid while removing.
      const ordered = [...paths].sort(comparePathsDescending);
      for (const path of ordered) {
        const parent = writable(path.slice(0, -1));
        const key = path[path.length - 1] as string | number;
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else if (isJsonObject(parent)) delete parent[key as string];
      }
    },
  };
}

/** Orders paths so that, within one array, higher indices come first. */
function comparePathsDescending(a: Path, b: Path): number {
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    const left = a[index] as string | number;
    const right = b[index] as string | number;
    if (left === right) continue;
    if (typeof left === 'number' && typeof right === 'number') return right - left;
    return String(right) < String(left) ? -1 : 1;
  }
  return b.length - a.length;
}

// --------------------------------------------------------------------------------------------------- locations

/**
 * Maps pointers in the overlaid document back to their source: unchanged nodes to the input spec (found by identity,
 * so shifted array items still map right), nodes the overlay added to the overlay file. Indexes are built on first use.
 */
function locator(spec: Spec, overlay: SourceDocument, document: JsonObject, edits: Editor): Spec['locate'] {
  let specIndex: WeakMap<object, string> | undefined;
  let overlayIndex: WeakMap<object, string> | undefined;
  return (pointer) => {
    try {
      specIndex ??= indexNodes(spec.document);
      overlayIndex ??= indexNodes(overlay.value);
    } catch {
      // Too deep to index (a stack overflow): place the pointer as the input spec would.
      return spec.locate(pointer);
    }
    const segments = fromPointer(pointer);
    const nodes: Json[] = [document];
    for (const segment of segments) {
      const node = nodes[nodes.length - 1] as Json;
      const next = Array.isArray(node)
        ? node[Number(segment)]
        : isJsonObject(node) && Object.hasOwn(node, segment)
          ? node[segment]
          : undefined;
      if (next === undefined) break;
      nodes.push(next);
    }
    for (let depth = nodes.length - 1; depth >= 0; depth--) {
      const node = nodes[depth] as Json;
      const rest = toPointer(segments.slice(depth));
      if (typeof node === 'object' && node !== null) {
        const original = edits.copies.get(node) ?? node;
        const inSpec = specIndex.get(original);
        if (inSpec !== undefined) return spec.locate(inSpec + rest);
        const inOverlay = overlayIndex.get(original);
        if (inOverlay !== undefined) return overlayLocation(overlay, inOverlay + rest);
      }
      const parent = nodes[depth - 1];
      const fromOverlay =
        typeof parent === 'object' && parent !== null
          ? edits.added.get(parent)?.get(segments[depth - 1] as string)
          : undefined;
      if (fromOverlay !== undefined) return overlayLocation(overlay, fromOverlay + rest);
    }
    return spec.locate(pointer);
  };
}

/** A place in the overlay file, falling back to the nearest ancestor the file knows. */
function overlayLocation(overlay: SourceDocument, pointer: string): SourceLocation {
  const segments = fromPointer(pointer);
  for (let length = segments.length; length >= 0; length--) {
    const candidate = toPointer(segments.slice(0, length));
    if (overlay.locate(candidate)) return { ...locationOf(overlay, candidate), pointer };
  }
  return { file: overlay.file, pointer };
}

/** Every object and array in a document → its pointer (the first one, when a subtree is shared). */
function indexNodes(value: Json): WeakMap<object, string> {
  const index = new WeakMap<object, string>();
  const walk = (node: Json, pointer: string): void => {
    if (typeof node !== 'object' || node === null || index.has(node)) return;
    index.set(node, pointer);
    if (Array.isArray(node)) node.forEach((item, position) => walk(item, `${pointer}/${position}`));
    else for (const key of Object.keys(node)) walk(node[key] as Json, `${pointer}/${escapePointerSegment(key)}`);
  };
  walk(value, '');
  return index;
}
