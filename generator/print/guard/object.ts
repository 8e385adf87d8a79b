/** Emitter for objects: `type: object`, `properties`, `required`, `additionalProperties`, unknown-field rejection. */
import type { ObjectType, Property } from '../../ir.js';
import { printList, printPropertyAccess, printString } from '../literal.js';
import { below, elseBlock, fail, fieldPath, withoutNull, type Emitter, type Scope } from './context.js';
import { checkReadOnly } from './decode.js';
import { fieldsTest, namedFieldsTest } from './fields.js';
import { keyedReads, readsByKeys, type FieldRead } from './keyed.js';
import { checkObjectKeywords, checkPatternProperties, patternConstants } from './object-keywords.js';

/** Whether a property must be present, as an expression of the mode. */
function requiredCondition(property: Property, mode: string): string | undefined {
  const { request, response } = property.required;
  if (request && response) return 'true';
  if (request) return mode === 'true' ? undefined : `!${mode}`;
  if (response) return mode;
  return undefined;
}

/**
 * The statements that choose what an object's properties are read from (`reads`): the object itself when its
 * prototype is null, or Object.prototype has none of the type's fields (`fields`, its loads constant in optimised
 * code), so that a name found is own; else `$own(x)`, a view that finds own properties only (a class instance,
 * `Object.create(proto)`, a polluted Object.prototype). Checked per object, not per read: the bundle carries one
 * name list per object type instead of an own test at every read.
 */
function ownReads(
  x: string,
  reads: string,
  proto: string,
  fields: string,
  first: { readonly child: string; readonly name: string },
  shared: boolean,
): string[] {
  const access = (from: string) => printPropertyAccess(from, first.name);
  return [
    // The first field is read from the object itself, before the prototype is asked: where the guard meets few
    // shapes, V8 then knows them and folds Object.getPrototypeOf into a constant instead of calling it (a third of
    // isPod's time: bench/README.md, session 6). Read again through the view when the object is not plain.
    `let ${first.child}: unknown = ${access(x)};`,
    shared ? `${proto} = Object.getPrototypeOf(${x});` : `const ${proto}: unknown = Object.getPrototypeOf(${x});`,
    `const ${reads} = ${proto} === null || (${proto} === $objectPrototype && ${fields}($objectPrototype)) ? ${x} : $own(${x});`,
    `if (${reads} !== ${x}) ${first.child} = ${access(reads)};`,
  ];
}

/**
 * What an unknown-field check passes as the names it accepts: the type's fields test made `$named` (it then answers
 * `has(name)`, its names found once at load; namedFieldsTest), or `$noNames` for a type without fields. No run-time
 * cache (the generated module keeps no mutable state), and no second constant per type in the bundle.
 */
export function namesConstant(fields: string, emitter: Emitter): string {
  if (fields !== '$noFields') return namedFieldsTest(fields, emitter);
  const made = emitter.memo('object-names', () => new Set<string>());
  if (!made.has('$noNames'))
    emitter.constants.push({ name: '$noNames', init: '/* @__PURE__ */ $namesOf($noFields)', canonical: true });
  made.add('$noNames');
  return '$noNames';
}

/** The prototype decision of an object guard, shared with the CEL rules on the same value (cel-reads.ts). */
export interface ProtoDecision {
  /** The local holding the object's prototype, declared before the guard; set by checkObject when it reads it. */
  proto?: string;
  /** The guard's fields test (all the type's fields Object.prototype lacks). */
  fields?: string;
}

/**
 * Statements that check an object, its properties and its extra keys. With `decision`, the prototype is kept in a
 * local declared before the object test, so the CEL rules of the same value reuse it instead of asking again.
 */
export function checkObject(type: ObjectType, scope: Scope, emitter: Emitter, decision?: ProtoDecision): string[] {
  const { value: x, path: p, mode } = scope;
  const inner: string[] = [];
  // What the properties are read from, decided once per object (ownReads): the object itself when a name found on it
  // can only be its own, else a view of its own properties. Written at each guard, not in a shared helper, so each
  // call site's feedback stays monomorphic.
  const reads = emitter.local();
  const proto = emitter.local();
  // Each read field's local and name, and its checks: laid out at the end, as declared reads or as a key walk.
  const fieldReads: FieldRead[] = [];
  const fieldChecks: string[][] = [];
  for (const property of type.properties) {
    const child = emitter.local();
    const path = fieldPath(p, property.name);
    // A read-only property is dropped by the server from requests once decoded: checked in full as a response, and
    // in a request only as the decoder reads it (print/guard/decode.ts).
    const childMode = property.readOnly ? 'true' : mode;
    const required = requiredCondition(property, mode);
    const childScope = { value: child, path, mode, strict: below(scope.strict) };
    const nonNull = property.nonNullInRequest && childMode !== 'true';
    // A null that means "not set" (generator/go-decoding.ts): a required property's is reported missing below, an
    // optional one's is tested with the absence, `!= null` in one comparison. Either way its checks never see null.
    const nullAsAbsent = required === undefined && property.type.nullIsUnset === true && !property.readOnly && !nonNull;
    const type =
      (required !== undefined && property.type.nullIsUnset === true) || nullAsAbsent
        ? withoutNull(property.type)
        : property.type;
    const checks = property.readOnly ? checkReadOnly(type, childScope, emitter) : emitter.check(type, childScope);
    if (required === undefined && !nonNull && checks.length === 0) continue;
    fieldReads.push({ child, name: property.name });
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
    fieldChecks.push(
      missing === ''
        ? [`if (${child} ${nullAsAbsent ? '!= null' : '!== undefined'}) {`, ...present, '}']
        : [`if (${absent}) {${missing}}`, ...(present.length > 0 ? ['else {', ...present, '}'] : [])],
    );
  }
  const names = type.properties.map((property) => property.name);
  const fields = fieldsTest(
    names.filter((name) => !(name in Object.prototype)),
    emitter,
  );
  // A type whose CEL rules share the prototype decision keeps the declared reads (cel-reads.ts reads through them).
  const keyed = decision === undefined && readsByKeys(fieldReads, emitter.options.keyedMinFields);
  const first = keyed ? undefined : fieldReads.find((read) => !(read.name in Object.prototype));
  const shared = first !== undefined && decision !== undefined;
  if (keyed) inner.push(...keyedReads(x, fieldReads, emitter));
  else if (first !== undefined) inner.push(...ownReads(x, reads, proto, fields, first, shared));
  fieldReads.forEach((read, index) => {
    // Typed `unknown`: for a name Object.prototype has (`constructor`, `toString`) TypeScript would infer the
    // inherited member's type. Such a name is found on every object, so it is asked `$hasOwn` whenever found; an
    // inherited value (a class, a polluted Object.prototype) never counts as present.
    if (keyed || read === first) {
      // Read by the key walk or by ownReads.
    } else if (read.name in Object.prototype)
      inner.push(
        `let ${read.child}: unknown = ${printPropertyAccess(x, read.name)};`,
        `if (${read.child} !== undefined && !$hasOwn(${x}, ${printString(read.name)})) ${read.child} = undefined;`,
      );
    else inner.push(`let ${read.child}: unknown = ${printPropertyAccess(reads, read.name)};`);
    inner.push(...fieldChecks[index]!);
  });
  if (shared) Object.assign(decision, { proto, fields });
  const patterns = patternConstants(type, emitter);
  inner.push(...checkPatternProperties(type, patterns, scope, emitter));
  inner.push(
    ...((patterns.length === 0 ? checkUnknownKeys(type, scope, emitter, fields) : undefined) ??
      checkExtraKeys(type, scope, emitter, undefined, patterns)),
  );
  inner.push(...checkObjectKeywords(type, scope, emitter));
  return [
    ...(shared ? [`let ${proto}: unknown;`] : []),
    `if (!$isObject(${x})) ${fail(`$typeInvalid(${p}, ${x}, "object")`)}`,
    ...elseBlock(inner),
  ];
}

/**
 * Keys that are no field of a closed object, or of any object in strict mode, rejected: `$knownOnly` reads the
 * names from the type's fields test, given them once at load (`$named`; names Object.prototype has listed beside
 * it). Undefined for maps (typed extra keys), which `checkExtraKeys` checks.
 */
function checkUnknownKeys(type: ObjectType, scope: Scope, emitter: Emitter, fields: string): string[] | undefined {
  const { value: x, path: p } = scope;
  const additional = type.additionalProperties;
  if (additional !== undefined && additional !== false) return undefined;
  // `0` never rejects; `m` (an intersection member) rejects only below this level.
  if (additional === undefined && (scope.strict === '0' || scope.strict === 'm')) return [];
  const inherited = type.properties.map((property) => property.name).filter((name) => name in Object.prototype);
  const also = inherited.length > 0 ? `, ${printList(inherited)}` : '';
  // One runtime call reports every unknown key (runtime `$knownOnly`); the path is built only when errors are kept.
  const path = p === 'p' ? p : `e === null ? "" : ${p}`;
  const known = `$knownOnly(${x}, ${namesConstant(fields, emitter)}, ${path}, e${also})`;
  const rejected = '{ if (e === null) return false; ok = false; }';
  return [additional === false ? `if (!${known}) ${rejected}` : `if (${scope.strict} === 1 && !${known}) ${rejected}`];
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
