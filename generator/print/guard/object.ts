/** Emitter for objects: `type: object`, `properties`, `required`, `additionalProperties`, unknown-field rejection. */
import type { ObjectType, Property } from '../../ir.js';
import { printPropertyAccess, printString } from '../literal.js';
import { below, elseBlock, fail, fieldPath, type Emitter, type Scope } from './context.js';
import { checkReadOnly } from './decode.js';
import { checkObjectKeywords, checkPatternProperties, patternConstants } from './object-keywords.js';

/** Whether a property must be present, as an expression of the mode. */
function requiredCondition(property: Property, mode: string): string | undefined {
  const { request, response } = property.required;
  if (request && response) return 'true';
  if (request) return mode === 'true' ? undefined : `!${mode}`;
  if (response) return mode;
  return undefined;
}

/** Statements that check an object, its properties and its extra keys. */
export function checkObject(type: ObjectType, scope: Scope, emitter: Emitter): string[] {
  const { value: x, path: p, mode } = scope;
  const inner: string[] = [];
  // Read once per object: whether a property found on it can only be its own (runtime/validators.ts
  // `$objectPrototype`). Written at each guard, not in a shared helper, so each call site's feedback stays monomorphic.
  const plain = emitter.local();
  const proto = emitter.local();
  let plainUsed = false;
  for (const property of type.properties) {
    const child = emitter.local();
    const path = fieldPath(p, property.name);
    // A read-only property is dropped by the server from requests once decoded: checked in full as a response, and
    // in a request only as the decoder reads it (print/guard/decode.ts).
    const childMode = property.readOnly ? 'true' : mode;
    const required = requiredCondition(property, mode);
    const childScope = { value: child, path, mode, strict: below(scope.strict) };
    const checks = property.readOnly
      ? checkReadOnly(property.type, childScope, emitter)
      : emitter.check(property.type, childScope);
    const nonNull = property.nonNullInRequest && childMode !== 'true';
    if (required === undefined && !nonNull && checks.length === 0) continue;
    // A direct read, then an own check only when something was found: absent keys (most of them) cost one lookup,
    // and an inherited value (a class, a polluted Object.prototype) never counts as present. Typed `unknown`: for a
    // name Object.prototype has (`constructor`, `toString`) TypeScript would infer the inherited member's type.
    // On a plain object a name Object.prototype lacks is own wherever found: no `$hasOwn` call.
    const inherited = property.name in Object.prototype;
    const ask = inherited
      ? ''
      : `(!${plain} || ${printPropertyAccess('$objectPrototype', property.name)} !== undefined) && `;
    plainUsed ||= !inherited;
    inner.push(
      `let ${child}: unknown = ${printPropertyAccess(x, property.name)};`,
      `if (${child} !== undefined && ${ask}!$hasOwn(${x}, ${printString(property.name)})) ${child} = undefined;`,
    );
    const missing =
      required === undefined
        ? ''
        : required === 'true'
          ? fail(`$required(${path})`)
          : `if (${required}) ${fail(`$required(${path})`)}`;
    const nullCheck = nonNull ? [`if (${child} === null && !${childMode}) ${fail(`$required(${path})`)}`] : [];
    const present =
      nullCheck.length > 0 && checks.length > 0 ? [...nullCheck, 'else {', ...checks, '}'] : [...nullCheck, ...checks];
    // A null that means "not set" (generator/go-decoding.ts) leaves a required property missing.
    const absent =
      property.type.nullIsUnset === true ? `${child} === undefined || ${child} === null` : `${child} === undefined`;
    if (missing === '') inner.push(`if (${child} !== undefined) {`, ...present, '}');
    else inner.push(`if (${absent}) {${missing}}`, ...(present.length > 0 ? ['else {', ...present, '}'] : []));
  }
  if (plainUsed)
    inner.unshift(
      `const ${proto}: unknown = Object.getPrototypeOf(${x});`,
      `const ${plain} = ${proto} === $objectPrototype || ${proto} === null;`,
    );
  const patterns = patternConstants(type, emitter);
  inner.push(...checkPatternProperties(type, patterns, scope, emitter));
  inner.push(...checkExtraKeys(type, scope, emitter, undefined, patterns));
  inner.push(...checkObjectKeywords(type, scope, emitter));
  return [`if (!$isObject(${x})) ${fail(`$typeInvalid(${p}, ${x}, "object")`)}`, ...elseBlock(inner)];
}

/** Keys not listed: typed (maps), rejected (closed objects, or any object in strict mode), or accepted. */
export function checkExtraKeys(
  type: ObjectType,
  scope: Scope,
  emitter: Emitter,
  known: readonly string[] = type.properties.map((p) => p.name),
  patterns: readonly (string | undefined)[] = [],
): string[] {
  const { value: x, path: p } = scope;
  const additional = type.additionalProperties;
  if (additional !== undefined && additional !== false && additional.kind === 'unknown') return [];
  // `0` never rejects; `m` (an intersection member) rejects only below this level.
  if (additional === undefined && (scope.strict === '0' || scope.strict === 'm')) return [];
  const key = emitter.local();
  const skipKnown =
    known.length > 0
      ? [`switch (${key}) { ${known.map((name) => `case ${printString(name)}:`).join(' ')} continue; }`]
      : [];
  const compiled = patterns.filter((name): name is string => name !== undefined);
  // A key a pattern covers is not an extra key (even when the pattern could not be compiled: then nothing is).
  if (compiled.length < patterns.length) return [];
  if (compiled.length > 0)
    skipKnown.push(`if (${compiled.map((name) => `${name}.test(${key})`).join(' || ')}) continue;`);
  if (additional === undefined || additional === false) {
    const loop = [
      `for (const ${key} in ${x}) {`,
      `if (!$hasOwn(${x}, ${key})) continue;`,
      ...skipKnown,
      fail(`$unknownField($field(${p}, ${key}), ${x}[${key}])`),
      '}',
    ];
    return additional === false ? loop : [`if (${scope.strict} === 1) {`, ...loop, '}'];
  }
  const item = emitter.local();
  const checks = emitter.check(additional, {
    ...scope,
    value: item,
    path: `$key(${p}, ${key})`,
    strict: below(scope.strict),
  });
  if (checks.length === 0) return [];
  return [
    `for (const ${key} in ${x}) {`,
    `if (!$hasOwn(${x}, ${key})) continue;`,
    ...skipKnown,
    `const ${item}: unknown = ${x}[${key}];`,
    ...checks,
    '}',
  ];
}
