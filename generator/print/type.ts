import { assertNever } from '../errors.js';
import type { ObjectType, Property, Type } from '../ir.js';
import { printJsDoc } from './doc.js';
import { PRINT_WIDTH } from './layout.js';
import { printPropertyKey, printValue } from './literal.js';

/** A property is optional in TypeScript unless both directions require it: the type must admit both. */
export function isOptional(property: Property): boolean {
  return !(property.required.request && property.required.response);
}

/**
 * IR type → TypeScript type expression. `column` is the indentation of the line the expression starts on: nested
 * object literals indent their members from it, and a member's union too long for the print width is broken there
 * as Prettier breaks it.
 */
export function printType(type: Type, column = 0): string {
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
      const items = wrap(type.items, ['union', 'intersection'], column);
      // `-1[]` does not parse: a negative number literal needs parentheses before `[]`.
      return items.startsWith('-') ? `(${items})[]` : `${items}[]`;
    }
    case 'object':
      return printObjectType(type, column);
    case 'union': {
      // Nested unions (a `oneOf` inside an `anyOf`, nullable members) read as one flat union in TypeScript. An
      // intersection member needs no parentheses, but Prettier always writes them: `(A & B) | C`.
      const printed = unique(flatMembers(type).map((member) => wrap(member, ['intersection'], column)));
      return printed.length === 0 ? 'never' : printed.join(' | ');
    }
    case 'intersection': {
      const choice = objectAndChoice(type, column);
      if (choice !== undefined) return choice;
      const printed = unique(type.members.map((member) => wrap(member, ['union'], column)));
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

/**
 * Whether `printType(type)` spans lines, found without printing it: a nested type is asked at every level of
 * `typeLaidOut`, which printed each level again (quadratic in the nesting). Only object literals with members break
 * lines; everything else spans lines when a part of it does.
 */
export function spansLines(type: Type): boolean {
  switch (type.kind) {
    case 'object':
      return (
        type.properties.length > 0 ||
        (type.additionalProperties !== undefined && type.additionalProperties !== false) ||
        (type.patternProperties ?? []).length > 0
      );
    case 'array':
      return (type.prefixItems ?? []).some(spansLines) || spansLines(type.items);
    case 'union':
      return flatMembers(type).some(spansLines);
    case 'intersection':
      return type.members.some(spansLines);
    default:
      return false;
  }
}

/** Prints `type`, in parentheses when its kind would bind wrongly inside the caller's operator. */
function wrap(type: Type, parenthesise: readonly Type['kind'][], column = 0): string {
  const printed = printType(type, column);
  return parenthesise.includes(type.kind) && printed !== 'never' && printed !== 'unknown' && printed.includes(' ')
    ? `(${printed})`
    : printed;
}

/**
 * `{...} & (| {...} | {...})`, an object joined with a union of objects (a body that must hold one of several
 * properties), as Prettier prints it: the union broken one member a line inside the parentheses, `| ` two in from
 * the line the type starts on. After anything but an object (`Name`, a nullable body `({...} | null)`) Prettier
 * breaks after ` &` instead and indents the parenthesised union one level (prettier/src/language-js/print/type-
 * annotation.js, printIntersectionType: "no object involved"). Undefined for any other intersection.
 */
function objectAndChoice(type: Extract<Type, { kind: 'intersection' }>, column: number): string | undefined {
  const [first, last] = type.members;
  if (type.members.length !== 2 || first === undefined || last?.kind !== 'union') return undefined;
  if (!flatMembers(last).every((member) => member.kind === 'object') || !typeLaidOut(first)) return undefined;
  if (first.kind === 'object') {
    const broken = brokenUnion(last, '  ', column);
    return broken === undefined ? undefined : `${printType(first, column)} & (\n  ${broken}\n)`;
  }
  // A single-line name, or the hugged `({...} | null)`; any other first member Prettier may break its own way.
  const hugs = first.kind === 'union' && hugged(first);
  if (first.kind === 'intersection' || (!hugs && spansLines(first))) return undefined;
  const broken = brokenUnion(last, '    ', column);
  return broken === undefined ? undefined : `${wrap(first, ['union'], column)} &\n  (\n    ${broken}\n  )`;
}

/**
 * An intersection Prettier keeps as printType writes it wherever it stands (inside `(...)[]` or a union member's
 * parentheses): objects joined by ` & ` (never indented), or a single-line name joined with one object.
 */
function joinedObjects(type: Type): boolean {
  if (type.kind !== 'intersection') return false;
  if (type.members.every((member) => member.kind === 'object' && typeLaidOut(member))) return true;
  const [first, last] = type.members;
  return (
    type.members.length === 2 &&
    first !== undefined &&
    first.kind !== 'object' &&
    !spansLines(first) &&
    last?.kind === 'object' &&
    typeLaidOut(last)
  );
}

/** The members of a union with nested unions spread in. */
export function flatMembers(type: Extract<Type, { kind: 'union' }>): Type[] {
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

/** The members of an object type, in the IR's (sorted) order; `column` is the indentation of the member lines. */
export function memberViews(type: ObjectType, column = 0): MemberView[] {
  return type.properties.map((property) => ({
    jsdoc: printJsDoc(
      property.doc,
      property.readOnly ? { tags: ['@readonly Set by the server; ignored in requests.'] } : {},
    ),
    key: printPropertyKey(property.name),
    optional: isOptional(property),
    type: printType(property.type, column),
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

/** The type of every value of a map (an object of additional properties only, typed), else undefined. */
function mapValues(type: ObjectType): Type | undefined {
  const additional = type.additionalProperties;
  const plain = type.properties.length === 0 && (type.patternProperties ?? []).length === 0;
  return plain && typeof additional === 'object' && additional.kind !== 'unknown' ? additional : undefined;
}

/** Every line of `text` one level (two spaces) in. */
function indentLines(text: string): string {
  // One replace, not split/map/join: nested object types are indented once per level they sit in.
  return `  ${text.replace(/\n/g, '\n  ')}`;
}

/**
 * An inline object type literal, members with their JSDoc, one level in: a nested literal is indented relative to
 * the line that opens it, as Prettier prints it (an object type written across lines stays across lines).
 */
function printObjectType(type: ObjectType, column: number): string {
  const members = memberViews(type, column + 2).map((member, index) => {
    const jsdoc = member.jsdoc === '' ? '' : `${member.jsdoc}\n`;
    const head = `${member.key}${member.optional ? '?' : ''}:`;
    return `${jsdoc}${printMember(head, type.properties[index]!.type, member.type, column + 2)}`;
  });
  const index = indexSignatureType(type);
  // Values of one type (a map) are laid out as a member is: Prettier breaks `[key: string]:` as it breaks `key:`.
  const values = mapValues(type);
  if (values !== undefined)
    members.push(printMember('[key: string]:', values, printType(values, column + 2), column + 2));
  else if (index !== undefined) members.push(`[key: string]: ${index};`);
  return members.length === 0 ? 'Record<string, never>' : `{\n${members.map(indentLines).join('\n')}\n}`;
}

/**
 * A member `head type;` (head is `key?:`) on a line indented to `column`, as Prettier prints it; lines after the
 * first are indented relative to the member's. Too long for its line, a union moves to the next line, and is broken
 * one member a line if it is still too long; an array of a union is broken inside its parentheses. Anything else
 * stays on its line (the caller's width check then leaves it to the format stage).
 */
export function printMember(head: string, type: Type, printed: string, column: number): string {
  const line = `${head} ${printed};`;
  if (type.kind === 'union' && printed.includes('\n') && !hugged(type)) {
    const broken = brokenUnion(type, '  ', column);
    return broken === undefined ? line : `${head}\n  ${broken};`;
  }
  const tooLong = column + line.length > PRINT_WIDTH || printed.includes('\n');
  const items = type.kind === 'array' && (type.prefixItems ?? []).length === 0 ? type.items : undefined;
  if (items?.kind === 'union' && !(printed.includes('\n') && hugged(items)) && tooLong) {
    // `({...} | null)[]` stays hugged; any other union inside `(...)[]` goes on its own line between the
    // parentheses, broken one member a line if it does not fit there either.
    const flat = printed.slice(1, -3);
    const fits = !printed.includes('\n') && column + 2 + flat.length <= PRINT_WIDTH;
    const broken = fits ? flat : brokenUnion(items, '  ', column);
    if (broken !== undefined) return `${head} (\n  ${broken}\n)[];`;
  }
  if (!tooLong || printed.includes('\n')) return line;
  if (type.kind === 'union') {
    const next = column + 2 + printed.length + 1 <= PRINT_WIDTH ? printed : brokenUnion(type, '  ', column);
    if (next !== undefined) return `${head}\n  ${next};`;
  }
  return line;
}

/**
 * Whether Prettier prints `printType(type)` exactly as it is, apart from line widths (which the caller checks line
 * by line): a type on one line, or inline object literals placed only where Prettier keeps them hugged (a member's
 * type, `{...}[]`, `{...} | null`, `Name & {...}`), or a member's union of them broken one member a line
 * (`asMember`: the type is a property's, laid out by printMember). Any other multi-line shape (a union or intersection of several
 * objects, a tuple of objects) Prettier breaks its own way: the caller leaves that code to the format stage.
 */
export function typeLaidOut(type: Type, asMember = false): boolean {
  const multiLine = spansLines;
  switch (type.kind) {
    case 'object': {
      const index = indexSignatureType(type);
      // The values of a map are laid out as a member's type is (printObjectType).
      const values = mapValues(type);
      return (
        type.properties.every((property) => typeLaidOut(property.type, true)) &&
        (values !== undefined ? typeLaidOut(values, true) : !(index ?? '').includes('\n'))
      );
    }
    case 'array':
      if (!multiLine(type)) return true;
      if ((type.prefixItems ?? []).length > 0) return false;
      if (type.items.kind === 'object') return typeLaidOut(type.items);
      // `(Name & {...})[]`, `({...} & {...})[]`: the intersection stays as it is inside the parentheses.
      if (joinedObjects(type.items)) return true;
      if (type.items.kind === 'union' && hugged(type.items)) return typeLaidOut(flatMembers(type.items)[0]!);
      return asMember && type.items.kind === 'union' && brokenUnion(type.items, '  ') !== undefined;
    case 'union': {
      if (!multiLine(type)) return true;
      // A member's union is broken one member a line (printMember); elsewhere only the hugged shape is ours.
      if (hugged(type)) return typeLaidOut(flatMembers(type)[0]!);
      return asMember && brokenUnion(type, '  ') !== undefined;
    }
    case 'intersection': {
      if (!multiLine(type)) return true;
      // Objects joined by ` & ` (`{...} & {...}`) are never indented by Prettier: each prints as it stands; nor is
      // a name joined with an object (`Name & {`).
      if (joinedObjects(type)) return true;
      return objectAndChoice(type, 0) !== undefined;
    }
    default:
      return true;
  }
}

/** A union Prettier keeps on the line it starts on: one object literal, the rest `null`. */
function hugged(type: Extract<Type, { kind: 'union' }>): boolean {
  const [first, ...rest] = flatMembers(type);
  return first?.kind === 'object' && rest.length > 0 && rest.every((member) => member.kind === 'null');
}

/**
 * A union as Prettier breaks it, one member a line after `| ` (the caller puts the first line after `key:` or `=`
 * and `indent` before each further line; `column` is the indentation of the line before the first). A member that
 * is an object literal (or an array of one) spans lines, indented from its `| `. Undefined when a member is some
 * other shape Prettier lays out its own way (an intersection, a multi-line union or tuple).
 */
export function brokenUnion(type: Type, indent: string, column = 0): string | undefined {
  if (type.kind !== 'union') return undefined;
  const members = flatMembers(type);
  // `Name & {...}` and `{...} & {...}` span lines in their parentheses as an object member does: `| (Name & {`,
  // `})`; a single-line intersection stays on its line, in parentheses.
  const spans = (member: Type): boolean =>
    ((member.kind === 'object' || (member.kind === 'array' && member.items.kind === 'object')) &&
      typeLaidOut(member)) ||
    joinedObjects(member);
  const at = column + indent.length + 2;
  const printed = unique(members.map((member) => wrap(member, ['intersection'], at)));
  if (printed.length < 2) return undefined;
  if (members.some((member) => spansLines(member) && !spans(member))) return undefined;
  return printed.map((text) => `| ${text.replace(/\n/g, `\n${indent}  `)}`).join(`\n${indent}`);
}
