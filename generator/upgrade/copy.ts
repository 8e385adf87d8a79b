// Copy-on-write helpers of the upgrade: a subtree nothing changed in is shared with the input, never copied.
import type { Json, JsonObject } from '../document.js';
import { isJsonObject, setProperty } from '../document.js';
import { escapePointerSegment } from '../errors.js';

/** Maps an object's values, returning the object itself when no value changed. */
export function mapObject<T extends Json | undefined>(value: T, map: (item: Json, key: string) => Json): T {
  if (!isJsonObject(value)) return value;
  let out: JsonObject | undefined;
  for (const key of Object.keys(value)) {
    const item = value[key] as Json;
    const next = map(item, key);
    if (next !== item) {
      out ??= { ...value };
      setProperty(out, key, next);
    }
  }
  return (out ?? value) as T;
}

/** Maps an array's items, returning the array itself when no item changed. */
export function mapArray<T extends Json | undefined>(value: T, map: (item: Json, index: number) => Json): T {
  if (!Array.isArray(value)) return value;
  let out: Json[] | undefined;
  for (let index = 0; index < value.length; index++) {
    const item = value[index] as Json;
    const next = map(item, index);
    if (next !== item) {
      out ??= value.slice();
      out[index] = next;
    }
  }
  return (out ?? value) as T;
}

/** Copies defined entries only, so optional fields stay absent instead of becoming `undefined`. */
export function assign(target: JsonObject, key: string, value: Json | undefined): void {
  if (value !== undefined) setProperty(target, key, value);
}

/** A pointer from a parent pointer and one more segment. */
export function child(pointer: string, segment: string | number): string {
  return `${pointer}/${escapePointerSegment(segment)}`;
}
