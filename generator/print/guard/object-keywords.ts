/**
 * Emitters for the object keywords beyond properties: `patternProperties`, `propertyNames`, `minProperties`,
 * `maxProperties`, `dependentRequired` and `dependentSchemas` (draft 4: `dependencies`).
 */
import type { ObjectType } from '../../ir.js';
import { printString } from '../literal.js';
import { inPlace } from './assertions.js';
import { below, fail, fieldPath, type Emitter, type Scope } from './context.js';
import { patternTest } from './pattern.js';

/** The regular-expression constant of each `patternProperties` pattern (undefined where JavaScript cannot compile it). */
export function patternConstants(type: ObjectType, emitter: Emitter): (string | undefined)[] {
  return (type.patternProperties ?? []).map(({ pattern }) => {
    const test = patternTest(pattern, emitter);
    if (test.kind === 'unchecked') {
      emitter.warnings.push(
        `pattern ${printString(pattern)} is not a valid JavaScript regular expression; not checked`,
      );
      return undefined;
    }
    // A RE2 pattern that cannot be checked takes every key, and fails it (checkPatternProperties): fail closed.
    return test.kind === 'regex' ? test.name : emitter.constant('re', 'new RegExp("", "v")');
  });
}

/** Every key that matches a pattern takes that pattern's type. */
export function checkPatternProperties(
  type: ObjectType,
  patterns: readonly (string | undefined)[],
  scope: Scope,
  emitter: Emitter,
): string[] {
  const { value: x, path: p } = scope;
  if (type.patternProperties === undefined) return [];
  const key = emitter.local();
  const item = emitter.local();
  const body = (type.patternProperties ?? []).flatMap(({ pattern, type: valueType }, index) => {
    const regex = patterns[index];
    if (regex === undefined) return [];
    const test = patternTest(pattern, emitter);
    if (test.kind === 'refused')
      return [
        `if (${regex}.test(${key})) ${fail(`$invalid($key(${p}, ${key}), ${item}, ${printString(test.message)})`)}`,
      ];
    const checks = emitter.check(valueType, {
      ...scope,
      value: item,
      path: `$key(${p}, ${key})`,
      strict: below(scope.strict),
    });
    return checks.length === 0 ? [] : [`if (${regex}.test(${key})) {`, ...checks, '}'];
  });
  if (body.length === 0) return [];
  return [
    `for (const ${key} in ${x}) {`,
    `if (!$hasOwn(${x}, ${key})) continue;`,
    `const ${item}: unknown = ${x}[${key}];`,
    ...body,
    '}',
  ];
}

/** `propertyNames`, the property counts, and the dependencies between properties. */
export function checkObjectKeywords(type: ObjectType, scope: Scope, emitter: Emitter): string[] {
  const { value: x, path: p } = scope;
  const statements: string[] = [];
  if (type.minProperties !== undefined || type.maxProperties !== undefined) {
    const count = emitter.local();
    statements.push(`const ${count} = Object.keys(${x}).length;`);
    if (type.maxProperties !== undefined)
      statements.push(
        `if (${count} > ${type.maxProperties}) ${fail(`$tooMany(${p}, ${count}, ${type.maxProperties})`)}`,
      );
    if (type.minProperties !== undefined && type.minProperties > 0)
      statements.push(
        `if (${count} < ${type.minProperties}) ${fail(`$invalid(${p}, ${x}, "must have at least ${type.minProperties} properties")`)}`,
      );
  }
  if (type.propertyNames !== undefined) {
    const key = emitter.local();
    const name = emitter.local();
    const checks = emitter.check(type.propertyNames, { ...scope, value: name, path: `$key(${p}, ${key})` });
    if (checks.length > 0)
      statements.push(
        `for (const ${key} in ${x}) {`,
        `if (!$hasOwn(${x}, ${key})) continue;`,
        `const ${name}: unknown = ${key};`,
        ...checks,
        '}',
      );
  }
  for (const { property, required } of type.dependentRequired ?? []) {
    if (required.length === 0) continue;
    statements.push(
      `if ($hasOwn(${x}, ${printString(property)})) {`,
      ...required.map(
        (name) => `if (!$hasOwn(${x}, ${printString(name)})) ${fail(`$required(${fieldPath(p, name)})`)}`,
      ),
      '}',
    );
  }
  for (const { property, type: dependent } of type.dependentSchemas ?? []) {
    const checks = emitter.check(dependent, inPlace(scope));
    if (checks.length > 0) statements.push(`if ($hasOwn(${x}, ${printString(property)})) {`, ...checks, '}');
  }
  return statements;
}
