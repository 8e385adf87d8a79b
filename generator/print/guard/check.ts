/** The dispatcher: one emitter per IR kind, plus the CEL rules any type may carry. */
import { assertNever } from '../../errors.js';
import type { Type } from '../../ir.js';
import { printList, printValue } from '../literal.js';
import { callGuard, fail, modelGuardName, nonNullMembers, withoutNull, type Emitter, type Scope } from './context.js';
import { checkArray, checkListType } from './array.js';
import { checkAssertion } from './assertions.js';
import { checkIntersection } from './intersection.js';
import { checkNumber } from './number.js';
import { checkObject, type ProtoDecision } from './object.js';
import { checkRules } from './rules.js';
import { checkString } from './string.js';
import { checkDiscriminated } from './discriminator.js';
import { checkOneOf, checkUnion } from './union.js';

/** Statements that check `scope.value` against `type` and its CEL rules, reporting every failure. */
export function check(type: Type, scope: Scope, emitter: Emitter): string[] {
  if (type.nullIsUnset === true) {
    // Go decodes this null to the zero value, or the server drops it (generator/go-decoding.ts): nothing to check.
    const inner = check(withoutNull(type), scope, emitter);
    return inner.length > 0 ? [`if (${scope.value} !== null) {`, ...inner, '}'] : inner;
  }
  // An object with rules shares its prototype decision with them (object.ts, cel-reads.ts).
  const decision: ProtoDecision | undefined = type.rules !== undefined ? {} : undefined;
  const shape = checkShape(type, scope, emitter, decision);
  if (type.assertions !== undefined)
    for (const assertion of type.assertions) shape.push(...checkAssertion(assertion, scope, emitter));
  let statements = shape;
  if (type.rules !== undefined) {
    // The rules run when this value's own shape is valid, whatever its siblings did, and each failing rule reports.
    const before = emitter.local();
    statements = [
      `const ${before} = e === null ? 0 : e.length;`,
      ...shape,
      ...checkRules(type, scope, emitter, `(e === null || e.length === ${before})`, decision),
    ];
  }
  if (type.kind === 'array' && type.unique !== undefined)
    statements = [
      ...statements,
      `if (Array.isArray(${scope.value})) {`,
      ...checkListType(type.unique, type.items, scope, emitter),
      '}',
    ];
  return statements;
}

/** Statements that check the shape of `scope.value` against `type`. */
function checkShape(type: Type, scope: Scope, emitter: Emitter, decision?: ProtoDecision): string[] {
  const { value: x, path: p } = scope;
  switch (type.kind) {
    case 'unknown':
      return [];
    case 'null':
      return [`if (${x} !== null) ${fail(`$typeInvalid(${p}, ${x}, "null")`)}`];
    case 'boolean':
      return [`if (typeof ${x} !== "boolean") ${fail(`$typeInvalid(${p}, ${x}, "boolean")`)}`];
    case 'literal':
      return [
        `if (${x} !== ${printValue(type.value)}) ${fail(`$notSupported(${p}, ${x}, ${printList([type.value])})`)}`,
      ];
    case 'string':
      return checkString(type, scope, emitter);
    case 'number':
      return checkNumber(type, scope);
    case 'array':
      return checkArray(type, scope, emitter);
    case 'object':
      // A nested inline object gets a function of its own: its paths start again from `p`, so code stays linear in
      // the nesting depth instead of repeating ever longer path expressions.
      if (p !== 'p' && type.properties.length > 0) {
        return [callGuard(emitter.hoist({ ...type, rules: undefined, assertions: undefined }), scope)];
      }
      return checkObject(type, scope, emitter, decision);
    case 'ref':
      return [callGuard(modelGuardName(type.name), scope)];
    case 'union':
      // A discriminator picks the member, so it also makes a oneOf's members exclusive.
      if (type.discriminator) return checkDiscriminated(type, scope, emitter);
      return type.exclusive === true
        ? checkOneOf(type.members, scope, emitter)
        : checkUnion(type.members, scope, emitter);
    case 'intersection':
      return checkIntersection(type.members, scope, emitter);
    default:
      return assertNever(type);
  }
}
