// specgen:strip-begin
// Kubernetes' list library (apiserver pkg/cel/library/lists.go: isSorted, sum, min, max; indexOf and lastIndexOf live
// with the string functions), cel-go's sets extension (ext/sets.go: sets.contains, sets.equivalent, sets.intersects)
// and lists extension (ext/lists.go, version 3 as Kubernetes 1.34 enables it: slice, flatten, distinct, reverse,
// sort, sortBy, first, last, lists.range).
import { $cel_add, $cel_cmp, $cel_eq, $cel_in, $cel_isInt, $cel_isList, $cel_noOverload } from "../cel.js";
import { $CelOptional, $cel_none, $cel_optional } from "./optional.js";

// specgen:strip-end
function $cel_asList(x: unknown, name: string): readonly unknown[] {
  if (!$cel_isList(x)) throw $cel_noOverload(name, x);
  return x;
}

/** `list.isSorted()`: each item is `<=` the next. */
function $cel_isSorted(x: unknown): boolean {
  const list = $cel_asList(x, "isSorted");
  for (let i = 1; i < list.length; i++) if ($cel_cmp(list[i - 1], list[i]) > 0) return false;
  return true;
}

/** `list.sum()`: numbers or durations; an empty list sums to 0. */
function $cel_sum(x: unknown): unknown {
  const list = $cel_asList(x, "sum");
  if (list.length === 0) return 0;
  return list.slice(1).reduce((total, item) => $cel_add(total, item), list[0]);
}

/** `list.min()` / `list.max()`: an empty list is an error. */
function $cel_minmax(x: unknown, max: boolean): unknown {
  const name = max ? "max" : "min";
  const list = $cel_asList(x, name);
  if (list.length === 0) throw new Error(`${name} called on empty list`);
  let best = list[0];
  for (const item of list.slice(1)) {
    const order = $cel_cmp(item, best);
    if (max ? order > 0 : order < 0) best = item;
  }
  return best;
}

/** `list.min()`. */
function $cel_min(x: unknown): unknown {
  return $cel_minmax(x, false);
}

/** `list.max()`. */
function $cel_max(x: unknown): unknown {
  return $cel_minmax(x, true);
}

/** `sets.contains(list, sub)`: every item of `sub` is in `list`. */
function $cel_sets_contains(list: unknown, sub: unknown): boolean {
  const items = $cel_asList(list, "sets.contains");
  return $cel_asList(sub, "sets.contains").every((item) => $cel_in(item, items));
}

/** `sets.equivalent(a, b)`: the same items, ignoring order and duplicates. */
function $cel_sets_equivalent(a: unknown, b: unknown): boolean {
  return $cel_sets_contains(a, b) && $cel_sets_contains(b, a);
}

/** `sets.intersects(a, b)`: at least one item in common. */
function $cel_sets_intersects(a: unknown, b: unknown): boolean {
  const items = $cel_asList(a, "sets.intersects");
  return $cel_asList(b, "sets.intersects").some((item) => $cel_in(item, items));
}

/** `list.slice(start, end)`. */
function $cel_slice(x: unknown, start: unknown, end: unknown): unknown[] {
  const list = $cel_asList(x, "slice");
  if (!$cel_isInt(start) || !$cel_isInt(end)) throw $cel_noOverload("slice", x, start, end);
  if (start < 0 || end < 0) throw new Error(`cannot slice(${start}, ${end}), negative indexes not supported`);
  if (start > end)
    throw new Error(`cannot slice(${start}, ${end}), start index must be less than or equal to end index`);
  if (end > list.length) throw new Error(`cannot slice(${start}, ${end}), list is length ${list.length}`);
  return list.slice(start, end);
}

/** `list.flatten()`, `list.flatten(depth)`: nested lists spliced in, `depth` levels deep (1 by default). */
function $cel_flatten(x: unknown, depth: unknown = 1): unknown[] {
  const list = $cel_asList(x, "flatten");
  if (!$cel_isInt(depth)) throw $cel_noOverload("flatten", x, depth);
  if (depth < 0) throw new Error("level must be non-negative");
  return list.flatMap((item) => ($cel_isList(item) && depth > 0 ? $cel_flatten(item, depth - 1) : [item]));
}

/** `list.distinct()`: the first of each group of equal items, in order. */
function $cel_distinct(x: unknown): unknown[] {
  const out: unknown[] = [];
  for (const item of $cel_asList(x, "distinct")) if (!out.some((seen) => $cel_eq(seen, item))) out.push(item);
  return out;
}

/** `list.sort()`: items of one comparable type, in ascending order (stable). */
function $cel_sort(x: unknown): unknown[] {
  return $cel_sortBy(x, (item) => item);
}

/** `list.sortBy(v, key)`: the items ordered by their keys. */
function $cel_sortBy(x: unknown, key: (v: unknown) => unknown): unknown[] {
  const keyed = $cel_asList(x, "sort").map((item) => [key(item), item] as const);
  return keyed.sort((a, b) => $cel_cmp(a[0], b[0])).map(([, item]) => item);
}

/** `list.first()`, `list.last()`: an optional. */
function $cel_firstLast(name: string, x: unknown): $CelOptional {
  const list = $cel_asList(x, name);
  return list.length === 0 ? $cel_none : $cel_optional(list[name === "last" ? list.length - 1 : 0]);
}

/** `lists.range(n)`: `[0, 1, ..., n - 1]`. */
function $cel_range_list(n: unknown): number[] {
  if (!$cel_isInt(n)) throw $cel_noOverload("lists.range", n);
  return Array.from({ length: Math.max(0, n) }, (_, i) => i);
}

// specgen:strip-begin
export {
  $cel_slice,
  $cel_flatten,
  $cel_distinct,
  $cel_sort,
  $cel_sortBy,
  $cel_firstLast,
  $cel_range_list,
  $cel_isSorted,
  $cel_sum,
  $cel_minmax,
  $cel_min,
  $cel_max,
  $cel_sets_contains,
  $cel_sets_equivalent,
  $cel_sets_intersects,
};
// specgen:strip-end
