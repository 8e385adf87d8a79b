/** The fields test of an object type: the per-object own-property decision the guards and CEL reads share. */
import { printPropertyAccess } from '../literal.js';
import type { Emitter } from './context.js';

/**
 * The constant `(o: $Object): boolean => o.a === undefined && ...`: whether `o` has none of an object type's fields
 * (names Object.prototype has aside), one per distinct name list. The guards and the CEL rules' direct reads ask it
 * of Object.prototype (pollution), and the unknown-field check's name set is made from it once at load (runtime
 * `$namesOf`), so the bundle holds each list once.
 * Laid out as Prettier prints it: on one line, else the body on the next, else one test a line.
 */
export function fieldsTest(names: readonly string[], emitter: Emitter): string {
  if (names.length === 0) return '$noFields';
  const byNames = emitter.memo('object-fields', () => new Map<string, string>());
  const key = JSON.stringify(names);
  const existing = byNames.get(key);
  if (existing !== undefined) return existing;
  const name = `$fields${byNames.size + 1}`;
  const tests = names.map((property) => `${printPropertyAccess('o', property)} === undefined`);
  const head = '(o: $Object): boolean =>';
  const flat = tests.join(' && ');
  const init =
    `const ${name} = ${head} ${flat};`.length <= 120
      ? `${head} ${flat}`
      : `  ${flat};`.length <= 120
        ? `${head}\n  ${flat}`
        : `${head}\n  ${tests.join(' &&\n  ')}`;
  // Names Prettier would measure or escape otherwise (wide characters, escapes) go to Prettier.
  const canonical = /^[\x20-\x7e]*$/.test(key) && !key.includes('\\');
  emitter.constants.push({ name, init, canonical });
  byNames.set(key, name);
  return name;
}
