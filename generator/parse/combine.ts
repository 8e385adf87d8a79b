/**
 * Enums, consts and the unions and intersections schemas combine into: flattening, the literals a bare `type`
 * admits, and when `oneOf` can be read as `anyOf` (members no value can match twice).
 */
import type { Json } from '../document.js';
import type { LiteralType, Type } from '../ir.js';

const UNKNOWN: Type = { kind: 'unknown' };

/** The JSON kinds a type can take, when the type alone says (no refs, nothing unknown). */
function kindsOf(type: Type): string[] | undefined {
  switch (type.kind) {
    case 'literal':
      return [type.value === null ? 'null' : typeof type.value];
    case 'union':
      if (type.exclusive) return undefined;
      return type.members.reduce<string[] | undefined>((all, member) => {
        const kinds = kindsOf(member);
        return all === undefined || kinds === undefined ? undefined : [...all, ...kinds];
      }, []);
    case 'string':
    case 'number':
    case 'boolean':
    case 'null':
    case 'array':
    case 'object':
      return [type.kind];
    default:
      return undefined;
  }
}

/**
 * True when no value can match two of the `oneOf` members, so `oneOf` means `anyOf` (as for most specs): members of
 * different JSON kinds, or enums with no value in common.
 */
export function disjoint(members: readonly Type[]): boolean {
  const literals = members.flatMap((member) => (member.kind === 'union' ? member.members : [member]));
  if (literals.every((member) => member.kind === 'literal' && member.assertions === undefined))
    return new Set(literals.map((member) => JSON.stringify((member as LiteralType).value))).size === literals.length;
  const kinds = members.map(kindsOf);
  if (kinds.some((list) => list === undefined)) return false;
  const flat = kinds.flat() as string[];
  return new Set(flat).size === flat.length;
}

/**
 * Enum and const beside the other keywords (strict mode): when the rest is a bare `type`, the literals it admits;
 * otherwise the literals and the rest together.
 */
export function combineLiterals(literals: readonly Type[], parts: readonly Type[]): Type {
  if (literals.length === 0) return parts.length === 0 ? UNKNOWN : intersect(parts);
  const bare = parts.length === 1 && isBareKind(parts[0]!) ? parts[0]! : undefined;
  if (literals.length === 1 && (parts.length === 0 || bare !== undefined)) {
    const only = literals[0]!;
    const members = only.kind === 'union' ? only.members : [only];
    if (bare === undefined || members.some((member) => member.kind !== 'literal'))
      return parts.length === 0 ? only : intersect([only, ...parts]);
    return union(members.filter((member) => member.kind === 'literal' && admits(bare, member.value)));
  }
  return intersect([...literals, ...parts]);
}

/** A type that is only its kind (no constraints), or a union of such. */
function isBareKind(type: Type): boolean {
  if (type.rules !== undefined || type.assertions !== undefined) return false;
  if (type.kind === 'union') return !type.exclusive && type.members.every(isBareKind);
  if (type.kind === 'number') return Object.keys(type).every((key) => key === 'kind' || key === 'integer');
  return type.kind === 'string' ? Object.keys(type).length === 1 : type.kind === 'boolean' || type.kind === 'null';
}

/** Whether a bare kind admits a literal value. */
function admits(type: Type, value: LiteralType['value']): boolean {
  switch (type.kind) {
    case 'union':
      return type.members.some((member) => admits(member, value));
    case 'number':
      return typeof value === 'number' && (!type.integer || Number.isInteger(value));
    case 'null':
      return value === null;
    default:
      return typeof value === type.kind;
  }
}

/** An enum: one literal, a union of literals in the spec's order, or a deep-equality check for objects and arrays. */
export function enumType(values: readonly Json[]): Type {
  if (values.some((value) => value !== null && typeof value === 'object')) {
    return { kind: 'unknown', assertions: [{ kind: 'enum', values }] };
  }
  const members = values.map((value): LiteralType => ({ kind: 'literal', value: value as LiteralType['value'] }));
  return members.length === 1 ? members[0]! : { kind: 'union', members };
}

/** A union, flattened; one member is that member. */
export function union(members: readonly Type[]): Type {
  const flat = members.flatMap((member) =>
    member.kind === 'union' &&
    member.onlyIn === undefined &&
    !member.exclusive &&
    member.discriminator === undefined &&
    member.assertions === undefined
      ? member.members
      : [member],
  );
  return flat.length === 1 ? flat[0]! : { kind: 'union', members: flat };
}

/** An intersection, flattened, dropping plain `unknown` members; one member is that member. */
export function intersect(members: readonly Type[]): Type {
  const flat = members
    .flatMap((member) =>
      member.kind === 'intersection' && member.assertions === undefined ? member.members : [member],
    )
    .filter((member) => member.kind !== 'unknown' || member.assertions !== undefined);
  if (flat.length === 0) return UNKNOWN;
  return flat.length === 1 ? flat[0]! : { kind: 'intersection', members: flat };
}
