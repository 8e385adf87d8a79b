/**
 * Emitter for a discriminated `oneOf`/`anyOf`: the discriminator property's value picks the member, whose own errors
 * are reported; a value no member is mapped to is "Unsupported value", listing the supported ones. A value without
 * the property (or not an object) is checked as a plain union.
 */
import type { Type, UnionType } from '../../ir.js';
import { printList, printString, printValue } from '../literal.js';
import { callGuard, fail, fieldPath, type Emitter, type Scope } from './context.js';
import { checkUnion } from './union.js';

/** The discriminator values a member was narrowed to (see parse/discriminator.ts), or undefined. */
function memberValues(member: Type, property: string): string[] | undefined {
  if (member.kind !== 'intersection') return undefined;
  const tag = member.members[member.members.length - 1];
  if (tag?.kind !== 'object' || tag.properties.length !== 1 || tag.properties[0]!.name !== property) return undefined;
  const type = tag.properties[0]!.type;
  const literals = type.kind === 'union' ? type.members : [type];
  const values = literals.flatMap((literal) =>
    literal.kind === 'literal' && typeof literal.value === 'string' ? [literal.value] : [],
  );
  return values.length === literals.length ? values : undefined;
}

/** Statements that check a value against a discriminated union. */
export function checkDiscriminated(type: UnionType, scope: Scope, emitter: Emitter): string[] {
  const discriminator = type.discriminator!;
  const values =
    discriminator.memberValues ?? type.members.map((member) => memberValues(member, discriminator.property));
  // Every member must be mapped (an unmapped inline member could take any value), and none gated by mode.
  if (values.some((list) => list === undefined) || type.members.some((member) => member.onlyIn !== undefined))
    return checkUnion(type.members, scope, emitter);
  const { value: x, path: p } = scope;
  const tag = emitter.local();
  const key = printString(discriminator.property);
  const branches = type.members.flatMap((member, index) => {
    const test = values[index]!.map((value) => `${tag} === ${printValue(value)}`).join(' || ');
    return [`if (${test}) {`, callGuard(emitter.hoist(member), scope), '}', 'else'];
  });
  return [
    `if ($isObject(${x}) && Object.hasOwn(${x}, ${key})) {`,
    `const ${tag} = (${x} as Record<string, unknown>)[${key}];`,
    ...branches,
    fail(`$notSupported(${fieldPath(p, discriminator.property)}, ${tag}, ${printList(discriminator.values)})`),
    '}',
    'else {',
    ...checkUnion(type.members, scope, emitter),
    '}',
  ];
}
