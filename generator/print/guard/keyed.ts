/**
 * The key-driven read of a wide object's fields: one walk over the object's own names fills a local per field, in
 * place of a read of every declared name. Most of a wide type's fields are absent from a real object (a Container
 * sets 3–6 of its 25), and once objects of many shapes have met the guard, each read of an absent name is a
 * megamorphic lookup that misses; the walk pays only for the names present (bench/README.md, "Session 7 (helper
 * 12k)" and "Session 8").
 */
import { printPropertyAccess, printString } from '../literal.js';
import type { Emitter } from './context.js';

/**
 * The fewest fields a type reads before its guard walks the object's keys instead of reading every name: measured
 * (bench/README.md, "Session 8"), where fewer reads stay cheaper than the walk.
 */
export const KEYED_MIN_FIELDS = 12;

/** One field the guard reads: the local it is read into, and its name. */
export interface FieldRead {
  readonly child: string;
  readonly name: string;
}

/** Whether an object guard reading these fields walks the object's keys (keyedReads) instead. */
export function readsByKeys(reads: readonly FieldRead[], minFields = KEYED_MIN_FIELDS): boolean {
  // `__proto__` is read through Object.prototype's accessor, never as the own field the walk lists.
  return reads.length >= minFields && reads.every((read) => read.name !== '__proto__');
}

/**
 * Statements that set each field's local from object `x`'s own names: `Object.getOwnPropertyNames` lists own names
 * only, enumerable or not, so a name found is the object's own (a class instance, a null prototype or a polluted
 * Object.prototype need no prototype decision), and a field left `undefined` is absent, as the declared reads
 * would have found it. The name's length picks a `case` first, so each name is compared with a few others at most.
 */
export function keyedReads(x: string, reads: readonly FieldRead[], emitter: Emitter): string[] {
  // A repeated name would leave its second local unset: the parser merges properties by name, so none is expected.
  if (new Set(reads.map((read) => read.name)).size !== reads.length)
    throw new Error(
      `internal error: an object type reads a field twice (${reads.map((read) => read.name).join(', ')})`,
    );
  const key = emitter.local();
  const byLength = new Map<number, FieldRead[]>();
  for (const read of reads) {
    const group = byLength.get(read.name.length);
    if (group === undefined) byLength.set(read.name.length, [read]);
    else group.push(read);
  }
  const cases = [...byLength.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([length, group]) => [
      `case ${length}:`,
      ...group.map(
        (read, index) =>
          `${index === 0 ? '' : 'else '}if (${key} === ${printString(read.name)}) ${read.child} = ${printPropertyAccess(x, read.name)};`,
      ),
      'break;',
    ]);
  return [
    ...reads.map((read) => `let ${read.child}: unknown;`),
    `for (const ${key} of Object.getOwnPropertyNames(${x})) {`,
    `switch (${key}.length) {`,
    ...cases,
    '}',
    '}',
  ];
}
