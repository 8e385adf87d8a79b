// specgen:strip-begin
// Kubernetes' list library (apiserver pkg/cel/library/lists.go: isSorted, sum, min, max; indexOf and lastIndexOf live
// with the string functions) and cel-go's sets extension (ext/sets.go: sets.contains, sets.equivalent,
// sets.intersects).
import { $cel_add, $cel_cmp, $cel_in, $cel_isList, $cel_noOverload } from "../cel.js";

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

// specgen:strip-begin
export {
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
