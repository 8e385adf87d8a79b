/** Emitter for intersections (`allOf`): every member leniently, then the union of their keys. */
import type { Type } from '../../ir.js';
import type { Emitter, Scope } from './context.js';
import { knownKeys } from './kinds.js';
import { checkExtraKeys } from './object.js';

/** Statements that check a value against all of `members`. */
export function checkIntersection(members: readonly Type[], scope: Scope, emitter: Emitter): string[] {
  // Each member alone would call the others' properties unknown: check them leniently, then the union of keys.
  const lenient: Scope = { ...scope, strict: scope.strict === '0' ? '0' : 'm' };
  const statements = members.flatMap((member) => emitter.check(member, lenient));
  const known = knownKeys({ kind: 'intersection', members }, emitter.models);
  if (known !== undefined && scope.strict !== '0') {
    const extra = checkExtraKeys({ kind: 'object', properties: [] }, scope, emitter, [...new Set(known)].sort());
    statements.push(`if ($isObject(${scope.value})) {`, ...extra, '}');
  }
  return statements;
}
