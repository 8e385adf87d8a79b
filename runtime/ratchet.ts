// specgen:strip-begin
// Validation ratcheting on a custom resource's update (KEP-4008, GA in Kubernetes 1.33), as apiextensions-apiserver
// does it: an error of the new object is dropped when the value it is about is unchanged from the old object's, found
// by correlating the two (pkg/apiserver/validation/ratcheting.go for the schema, pkg/apiserver/schema/cel/
// validation.go `shouldRatchetError` for the rules: the node itself or its nearest correlatable ancestor unchanged).
// Not ratcheted: transition rules (`oldSelf`), `metadata` (validated apart from the schema), and list-type
// uniqueness, which is checked only when the old object had no such error (registry/customresource/strategy.go
// `ValidateUpdate`). Included by validators.hbs for custom resources (generator/print/guard/ratchet.ts).
import {
  $canonical,
  $correlate,
  $hasOwn,
  $isObject,
  $isRuleError,
  $keysOf,
  $ruleNode,
  type $Path,
  type FieldError,
} from "./validators.js";

type Guard = (v: unknown, p: $Path, e: FieldError[] | null, r: boolean, s: number, d: number) => boolean;
type $Walker = (o: unknown, v: unknown, p: $Path, e: FieldError[] | null, r: boolean, d: number) => boolean;
// specgen:strip-end

/**
 * How an update correlates old values below a node, where it differs from the default (an object's fields by name,
 * a list's items by index): `f` fields, `v` a map's values, `i` a list's items, by the map keys `k` when given; `n`
 * a `set` or `atomic` list, whose items have no old value; `0` the default all the way down; a function for a model.
 */
type $Shape =
  | 0
  | {
      readonly f?: readonly (readonly [string, $Shape])[];
      readonly v?: $Shape;
      readonly i?: $Shape;
      readonly k?: readonly string[];
      readonly n?: 1;
    }
  | (() => $Shape);

function $shapeOf(shape: $Shape): Exclude<$Shape, () => $Shape> {
  for (let hops = 0; typeof shape === "function" && hops < 64; hops++) shape = shape();
  return typeof shape === "function" ? 0 : shape;
}

/** JSON equality, as reflect.DeepEqual compares decoded JSON (key order aside): the canonical texts are equal. */
function $jsonEqual(a: unknown, b: unknown): boolean {
  return a === b || $canonical(a) === $canonical(b);
}

/**
 * {@link $jsonEqual} remembering each object's canonical text, for one update: every error of the update compares
 * the same nodes from the root down, and without it each error would serialise both whole objects again.
 */
function $jsonEqualOnce(): (a: unknown, b: unknown) => boolean {
  const texts = new Map<unknown, string>();
  const text = (value: unknown): string => {
    if (typeof value !== "object" || value === null) return $canonical(value);
    let known = texts.get(value);
    if (known === undefined) texts.set(value, (known = $canonical(value)));
    return known;
  };
  return (a, b) => a === b || text(a) === text(b);
}

/** The segments of a field path: `spec.rules[2].name` and `metadata.labels[app]` alike. */
function $pathSegments(path: string): string[] {
  const segments: string[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[([^\]]*)\]/g)) segments.push(match[1] ?? match[2]!);
  return segments;
}

/** Whether an error at `path` of the new value is ratcheted: a correlated node on the way to it is unchanged. */
function $ratcheted(
  old: unknown,
  value: unknown,
  path: string,
  shape: $Shape,
  equal: (a: unknown, b: unknown) => boolean = $jsonEqual,
): boolean {
  let o = old;
  let v = value;
  let s = $shapeOf(shape);
  if (equal(o, v)) return true;
  for (const segment of $pathSegments(path)) {
    let next: unknown;
    let oldNext: unknown;
    let nextShape: $Shape = 0;
    if (Array.isArray(v)) {
      const index = Number(segment);
      if (!Array.isArray(o) || !Number.isInteger(index) || index < 0 || index >= v.length) return false;
      if (s !== 0 && s.n === 1) return false;
      next = v[index];
      nextShape = s === 0 ? 0 : (s.i ?? 0);
      // A map-type list's item by its map keys, as transition rules correlate it ($correlate, maplist.go).
      oldNext =
        s === 0 || s.k === undefined
          ? o[index]
          : $isObject(next)
            ? $correlate(o, s.k)?.get($canonical($keysOf(next, s.k)))
            : undefined;
    } else if ($isObject(v) && $isObject(o)) {
      if (!$hasOwn(v, segment) || !$hasOwn(o, segment)) return false;
      next = v[segment];
      oldNext = o[segment];
      const field = s === 0 ? undefined : s.f?.find(([name]) => name === segment);
      nextShape = field !== undefined ? field[1] : s === 0 ? 0 : (s.v ?? 0);
    } else {
      return false;
    }
    if (oldNext === undefined) return false;
    o = oldNext;
    v = next;
    s = $shapeOf(nextShape);
    if (equal(o, v)) return true;
  }
  return false;
}

/** Whether a value has a list-type uniqueness error (a Duplicate no CEL rule reported). */
function $hasListError(guard: Guard, value: unknown, r: boolean, s: number, d: number): boolean {
  const errors: FieldError[] = [];
  try {
    guard(value, "", errors, r, s, d);
  } catch {
    return false;
  }
  return errors.some((error) => error.type === "FieldValueDuplicate" && !$isRuleError(error));
}

/**
 * The guard of a custom resource's update from `old`: the new value in full, its errors ratcheted, then (unless
 * `skipRules`, runtime/cel-blocking.ts, finds a blocking schema error) its transition rules, which never ratchet.
 * Old and new are compared with the kind's schema defaults applied (`defaults`), as the server compares the defaulted
 * request with the stored object, itself defaulted when read.
 */
function $ratchet(
  guard: Guard,
  walker: $Walker | undefined,
  shape: $Shape,
  defaults: ((v: unknown) => unknown) | undefined,
  old: unknown,
  skipRules?: (e: FieldError[], start: number) => boolean,
): Guard {
  return (v, p, e, r, s, d) => {
    if (guard(v, p, null, r, s, d)) return walker === undefined || walker(old, v, p, e, r, d);
    // Some check fails: every error is needed to tell which the old object already had.
    const errors: FieldError[] = [];
    guard(v, p, errors, r, s, d);
    let listErrorsCount: boolean | undefined;
    const [before, after] = defaults === undefined ? [old, v] : [defaults(old), defaults(v)];
    const equal = $jsonEqualOnce();
    const kept = errors.filter((error) => {
      if (/^metadata($|[.[])/.test(error.path)) return true;
      const node = $ruleNode(error);
      if (error.type === "FieldValueDuplicate" && node === undefined)
        return (listErrorsCount ??= !$hasListError(guard, old, r, s, d));
      // A rule is ratcheted by the value it is written on, not the `fieldPath` it reports (cel/validation.go).
      return !$ratcheted(before, after, node ?? error.path, shape, equal);
    });
    const skipped = skipRules !== undefined && skipRules(kept, 0);
    if (!skipped && walker !== undefined) walker(old, v, p, kept, r, d);
    if (e !== null) e.push(...kept);
    return kept.length === 0;
  };
}

// specgen:strip-begin
export { $ratchet, $ratcheted, $jsonEqual, $jsonEqualOnce, $pathSegments, type $Shape };
// specgen:strip-end
