import { assertNever } from '../errors.js';
import type { ObjectType, Property, Type } from '../ir.js';
import { printJsDoc } from './doc.js';
import { printPropertyKey, printValue } from './literal.js';

/** A property is optional in TypeScript unless both directions require it: the type must admit both. */
export function isOptional(property: Property): boolean {
  return !(property.required.request && property.required.response);
}

/** IR type → TypeScript type expression. */
export function printType(type: Type): string {
  switch (type.kind) {
    case 'string':
      return 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'unknown':
      return 'unknown';
    case 'literal':
      return printValue(type.value);
    case 'ref':
      return type.name;
    case 'array': {
      if (type.prefixItems !== undefined && type.prefixItems.length > 0) return printTuple(type);
      const items = wrap(type.items, ['union', 'intersection']);
      // `-1[]` does not parse: a negative number literal needs parentheses before `[]`.
      return items.startsWith('-') ? `(${items})[]` : `${items}[]`;
    }
    case 'object':
      return printObjectType(type);
    case 'union': {
      // Nested unions (a `oneOf` inside an `anyOf`, nullable members) read as one flat union in TypeScript.
      const printed = unique(flatMembers(type).map((member) => wrap(member, [])));
      return printed.length === 0 ? 'never' : printed.join(' | ');
    }
    case 'intersection': {
      const printed = unique(type.members.map((member) => wrap(member, ['union'])));
      return printed.length === 0 ? 'unknown' : printed.join(' & ');
    }
    default:
      return assertNever(type);
  }
}

/**
 * `prefixItems` as a tuple: each leading item optional (JSON Schema allows shorter arrays), then the rest as
 * `items` says (nothing more when `items` is false).
 */
function printTuple(type: Extract<Type, { kind: 'array' }>): string {
  const leading = (type.prefixItems ?? []).map((item) => `${wrap(item, ['union', 'intersection'])}?`);
  const restType = type.items;
  const closed = restType.kind === 'union' && restType.members.length === 0;
  const rest = closed ? [] : [`...${wrap(restType, ['union', 'intersection'])}[]`];
  return `[${[...leading, ...rest].join(', ')}]`;
}

/** Prints `type`, in parentheses when its kind would bind wrongly inside the caller's operator. */
function wrap(type: Type, parenthesise: readonly Type['kind'][]): string {
  const printed = printType(type);
  return parenthesise.includes(type.kind) && printed !== 'never' && printed !== 'unknown' && printed.includes(' ')
    ? `(${printed})`
    : printed;
}

/** The members of a union with nested unions spread in. */
function flatMembers(type: Extract<Type, { kind: 'union' }>): Type[] {
  return type.members.flatMap((member) =>
    member.kind === 'union' && member.members.length > 0 ? flatMembers(member) : [member],
  );
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** One member of an object type, ready for a template or for inline printing. */
export interface MemberView {
  /** The JSDoc block, or an empty string. */
  readonly jsdoc: string;
  /** The key as written in code: an identifier or a string literal. */
  readonly key: string;
  readonly optional: boolean;
  readonly type: string;
}

/** The members of an object type, in the IR's (sorted) order. */
export function memberViews(type: ObjectType): MemberView[] {
  return type.properties.map((property) => ({
    jsdoc: printJsDoc(
      property.doc,
      property.readOnly ? { tags: ['@readonly Set by the server; ignored in requests.'] } : {},
    ),
    key: printPropertyKey(property.name),
    optional: isOptional(property),
    type: printType(property.type),
  }));
}

/**
 * The index signature of an object type, or undefined when extra keys are not typed. TypeScript requires every
 * property to fit the index signature, so the listed properties' types join it.
 */
export function indexSignatureType(type: ObjectType): string | undefined {
  const additional = type.additionalProperties;
  const patterns = (type.patternProperties ?? []).map((entry) => entry.type);
  // Keys that match a pattern take its type: they need the index signature even where other keys are closed off.
  const extra = additional === undefined || additional === false ? patterns : [additional, ...patterns];
  if (extra.length === 0) return undefined;
  if (extra.some((member) => member.kind === 'unknown')) return 'unknown';
  if (type.properties.length === 0) return unique(extra.map(printType)).join(' | ');
  const members = [...extra.map(printType), ...type.properties.map((property) => printType(property.type))];
  if (type.properties.some(isOptional)) members.push('undefined');
  return unique(members).join(' | ');
}

/** An inline object type literal, members with their JSDoc. */
function printObjectType(type: ObjectType): string {
  const members = memberViews(type).map(
    (member) =>
      `${member.jsdoc === '' ? '' : `${member.jsdoc}\n`}${member.key}${member.optional ? '?' : ''}: ${member.type};`,
  );
  const index = indexSignatureType(type);
  if (index !== undefined) members.push(`[key: string]: ${index};`);
  return members.length === 0 ? 'Record<string, never>' : `{\n${members.join('\n')}\n}`;
}
