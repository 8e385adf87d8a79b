// specgen:strip-begin
// cel-go's two-variable comprehensions (ext/comprehensions.go, enabled by Kubernetes since 1.32): over a list the
// variables are the index and the item, over a map the key and the value. Errors combine as the one-variable
// macros': `all` and `exists` let a decisive result win over an error, `existsOne` and the transforms do not.
import { $cel_and, $cel_bool, $cel_isList, $cel_isMap, $cel_noOverload, $cel_or } from "../cel.js";

// specgen:strip-end
/** The (index, item) or (key, value) pairs a two-variable comprehension ranges over. */
function $cel_pairs(x: unknown, name: string): (readonly [unknown, unknown])[] {
  if ($cel_isList(x)) return x.map((v, i) => [i, v] as const);
  if ($cel_isMap(x)) return Object.keys(x).map((k) => [k, x[k]] as const);
  throw $cel_noOverload(name, x);
}

/** `x.all(i, v, p)`. */
function $cel_all2(x: unknown, p: (i: unknown, v: unknown) => unknown): boolean {
  return $cel_and(
    $cel_pairs(x, "all").map(
      ([i, v]) =>
        () =>
          p(i, v),
    ),
  );
}

/** `x.exists(i, v, p)`. */
function $cel_exists2(x: unknown, p: (i: unknown, v: unknown) => unknown): boolean {
  return $cel_or(
    $cel_pairs(x, "exists").map(
      ([i, v]) =>
        () =>
          p(i, v),
    ),
  );
}

/** `x.existsOne(i, v, p)`: exactly one true; an error anywhere is an error. */
function $cel_existsOne2(x: unknown, p: (i: unknown, v: unknown) => unknown): boolean {
  let count = 0;
  for (const [i, v] of $cel_pairs(x, "existsOne")) if ($cel_bool(p(i, v))) count++;
  return count === 1;
}

/** `x.transformList(i, v, f)`, `x.transformList(i, v, filter, f)`. */
function $cel_transformList(
  x: unknown,
  f: (i: unknown, v: unknown) => unknown,
  filter?: (i: unknown, v: unknown) => unknown,
): unknown[] {
  const out: unknown[] = [];
  for (const [i, v] of $cel_pairs(x, "transformList"))
    if (filter === undefined || $cel_bool(filter(i, v))) out.push(f(i, v));
  return out;
}

/** A new map entry; a key given twice is an error, as cel-go's `cel.@mapInsert`. */
function $cel_insert(out: Record<string, unknown>, k: unknown, v: unknown): void {
  const key = typeof k === "number" ? String(k) : k;
  if (typeof key !== "string") throw $cel_noOverload("map key", k);
  if (Object.prototype.hasOwnProperty.call(out, key)) throw new Error(`insert failed: key ${key} already exists`);
  Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
}

/** `x.transformMap(i, v, f)`, `x.transformMap(i, v, filter, f)`: keys are kept (a list's indexes as strings). */
function $cel_transformMap(
  x: unknown,
  f: (i: unknown, v: unknown) => unknown,
  filter?: (i: unknown, v: unknown) => unknown,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [i, v] of $cel_pairs(x, "transformMap"))
    if (filter === undefined || $cel_bool(filter(i, v))) $cel_insert(out, i, f(i, v));
  return out;
}

/** `x.transformMapEntry(i, v, f)`: each `f` gives a map whose entries are merged. */
function $cel_transformMapEntry(
  x: unknown,
  f: (i: unknown, v: unknown) => unknown,
  filter?: (i: unknown, v: unknown) => unknown,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [i, v] of $cel_pairs(x, "transformMapEntry")) {
    if (filter !== undefined && !$cel_bool(filter(i, v))) continue;
    const entry = f(i, v);
    if (!$cel_isMap(entry)) throw $cel_noOverload("transformMapEntry", entry);
    for (const k of Object.keys(entry)) $cel_insert(out, k, entry[k]);
  }
  return out;
}

// specgen:strip-begin
export {
  $cel_pairs,
  $cel_all2,
  $cel_exists2,
  $cel_existsOne2,
  $cel_transformList,
  $cel_insert,
  $cel_transformMap,
  $cel_transformMapEntry,
};
// specgen:strip-end
