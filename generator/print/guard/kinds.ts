/** Static facts about a type that several emitters need: the one JSON kind it accepts, its known property names. */
import { assertNever } from '../../errors.js';
import type { Model, Type } from '../../ir.js';
import { printString } from '../literal.js';

/**
 * How many model references `jsonKind` and `knownKeys` look through. Both only refine error reports and strictness,
 * so a longer chain of references (a spec may hold thousands) gets the conservative answer instead of a deep stack.
 */
const MAX_REF_HOPS = 64;

/** The JSON kind a type accepts, when it accepts exactly one (used to pick the union member to report on). */
export function jsonKind(type: Type, models: ReadonlyMap<string, Model>, seen = new Set<string>()): string | undefined {
  switch (type.kind) {
    case 'string':
    case 'boolean':
    case 'null':
    case 'array':
    case 'object':
      return type.kind;
    case 'number':
      return 'number';
    case 'literal':
      return type.value === null ? 'null' : typeof type.value;
    case 'ref': {
      if (seen.has(type.name) || seen.size >= MAX_REF_HOPS) return undefined;
      seen.add(type.name);
      const model = models.get(type.name);
      return model ? jsonKind(model.type, models, seen) : undefined;
    }
    case 'intersection': {
      const kinds = new Set(type.members.map((member) => jsonKind(member, models, seen)));
      return kinds.size === 1 ? [...kinds][0] : undefined;
    }
    case 'union': {
      const kinds = new Set(type.members.map((member) => jsonKind(member, models, seen)));
      return kinds.size === 1 ? [...kinds][0] : undefined;
    }
    case 'unknown':
      return undefined;
    default:
      return assertNever(type);
  }
}

/** The runtime test of a JSON kind, as an expression. */
export function kindTest(kind: string, x: string): string {
  switch (kind) {
    case 'null':
      return `${x} === null`;
    case 'array':
      return `Array.isArray(${x})`;
    case 'object':
      return `$isObject(${x})`;
    default:
      return `typeof ${x} === ${printString(kind)}`;
  }
}

/** Known property names of a type, or undefined when it accepts any extra key (so strictness cannot be checked). */
export function knownKeys(
  type: Type,
  models: ReadonlyMap<string, Model>,
  seen = new Set<string>(),
): string[] | undefined {
  switch (type.kind) {
    case 'object':
      if (type.additionalProperties !== undefined && type.additionalProperties !== false) return undefined;
      return type.properties.map((property) => property.name);
    case 'ref': {
      if (seen.has(type.name) || seen.size >= MAX_REF_HOPS) return undefined;
      seen.add(type.name);
      const model = models.get(type.name);
      return model ? knownKeys(model.type, models, seen) : undefined;
    }
    case 'intersection': {
      const lists = type.members.map((member) => knownKeys(member, models, seen));
      return lists.includes(undefined) ? undefined : (lists.flat() as string[]);
    }
    default:
      return undefined;
  }
}
