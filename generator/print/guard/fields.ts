/** The fields test of an object type: the per-object own-property decision the guards and CEL reads share. */
import { printPropertyAccess } from '../literal.js';
import type { Emitter } from './context.js';

/**
 * The constant `(o: $Object): boolean => o.a === undefined && ...`: whether `o` has none of an object type's fields
 * (names Object.prototype has aside), one per distinct name list. The guards and the CEL rules' direct reads ask it
 * of Object.prototype (pollution); where an unknown-field check needs the names too, the test is made
 * `$named(...)` (namedFieldsTest), which gives it the names it reads once at load, so the bundle holds each list once.
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
  emitter.memo('object-fields-tests', () => new Map<string, readonly string[]>()).set(name, tests);
  byNames.set(key, name);
  return name;
}

/**
 * Makes the fields test `fields` (from fieldsTest) also answer `has(name)` for the names it reads: its constant
 * becomes `/* @__PURE__ *\/ $named(test)` (runtime `$named`, run once at load), laid out as Prettier prints it.
 * Returns `fields`, now usable where a `$Names` is.
 */
export function namedFieldsTest(fields: string, emitter: Emitter): string {
  const named = emitter.memo('object-fields-named', () => new Set<string>());
  const tests = emitter.memo('object-fields-tests', () => new Map<string, readonly string[]>()).get(fields);
  const index = emitter.constants.findIndex((constant) => constant.name === fields);
  if (named.has(fields) || tests === undefined || index < 0) return fields;
  const head = '(o: $Object): boolean =>';
  const flat = tests.join(' && ');
  const call = '/* @__PURE__ */ $named(';
  const init =
    `const ${fields} = ${call}${head} ${flat});`.length <= 120
      ? `${call}${head} ${flat})`
      : `  ${head} ${flat},`.length <= 120
        ? `${call}\n  ${head} ${flat},\n)`
        : `    ${flat},`.length <= 120
          ? `${call}\n  ${head}\n    ${flat},\n)`
          : `${call}\n  ${head}\n    ${tests.join(' &&\n    ')},\n)`;
  emitter.constants[index] = { ...emitter.constants[index]!, init };
  named.add(fields);
  return fields;
}
