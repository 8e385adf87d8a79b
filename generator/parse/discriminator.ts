/**
 * Discriminators (OpenAPI 3.0 and 3.1) on a `oneOf`/`anyOf` parent: each member that is a `$ref` is narrowed to the
 * discriminator values that name it, from the explicit `mapping` (a value → a `$ref` or a schema name) or, for a
 * member no mapping entry names, implicitly by its schema name. The union records the property and all the values,
 * so validators can report an unknown value as "Unsupported value" and otherwise the errors of the member it names.
 */
import { isJsonObject, type Json, type JsonObject } from '../document.js';
import type { ObjectType, Property, Type, UnionType } from '../ir.js';
import type { Inheritance } from './inheritance.js';

const SCHEMAS = '#/components/schemas/';

/** The union of `types` (the members' types, in order), discriminated when `schema` declares a usable discriminator. */
export function discriminatedUnion(schema: JsonObject, members: readonly Json[], types: readonly Type[]): UnionType {
  const plain: UnionType = { kind: 'union', members: types };
  const discriminator = schema['discriminator'];
  if (!isJsonObject(discriminator) || typeof discriminator['propertyName'] !== 'string') return plain;
  const property = discriminator['propertyName'];
  const mapping = isJsonObject(discriminator['mapping']) ? discriminator['mapping'] : {};
  const target = (ref: Json | undefined): string | undefined =>
    typeof ref !== 'string' ? undefined : ref.startsWith('#') ? ref : `${SCHEMAS}${ref}`;
  const all: string[] = [];
  const narrowed = types.map((type, index) => {
    const member = members[index];
    const ref = isJsonObject(member) ? target(member['$ref']) : undefined;
    if (ref === undefined) return type;
    const explicit = Object.keys(mapping).filter((value) => target(mapping[value]) === ref);
    const values = explicit.length > 0 ? explicit : ref.startsWith(SCHEMAS) ? [ref.slice(SCHEMAS.length)] : [];
    if (values.length === 0) return type;
    all.push(...values);
    return { kind: 'intersection' as const, members: [type, tagObject(property, values)] };
  });
  if (all.length === 0) return plain;
  return { kind: 'union', members: narrowed, discriminator: { property, values: [...new Set(all)] } };
}

/** The discriminator property, required, narrowed to `values`. */
function tagProperty(property: string, values: readonly string[], base?: Property): Property {
  const literal: Type =
    values.length === 1
      ? { kind: 'literal', value: values[0]! }
      : { kind: 'union', members: values.map((value) => ({ kind: 'literal' as const, value })) };
  return {
    readOnly: false,
    nonNullInRequest: false,
    doc: {},
    ...base,
    name: property,
    type: literal,
    required: { request: true, response: true },
  };
}

/** An object with only the discriminator property, narrowed to `values`. */
function tagObject(property: string, values: readonly string[]): ObjectType {
  return { kind: 'object', properties: [tagProperty(property, values)] };
}

/**
 * A parent's own shape as a child inherits it: the discriminator property narrowed to the child's values (in the
 * object itself when the shape is a plain object, so the child reads `type: "assign"`, else by intersection).
 */
export function narrowInherited(type: Type, property: string, values: readonly string[]): Type {
  if (type.kind !== 'object' || type.rules !== undefined || type.assertions !== undefined)
    return { kind: 'intersection', members: [type, tagObject(property, values)] };
  const index = type.properties.findIndex((member) => member.name === property);
  const properties =
    index < 0
      ? [...type.properties, tagProperty(property, values)].sort((a, b) =>
          a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
        )
      : type.properties.map((member, at) => (at === index ? tagProperty(property, values, member) : member));
  return { ...type, properties };
}

/**
 * The type of a parent that declares the discriminator its `allOf` children inherit: the union of what its values
 * select (children narrow the property themselves; another schema a mapping names is narrowed here, the parent's
 * own shape too when the mapping names the parent).
 */
export function inheritedUnion(
  parentKey: string,
  inheritance: Inheritance,
  modelNames: ReadonlyMap<string, string>,
  ownShape: () => Type,
): UnionType {
  const { property, selected } = inheritance;
  const members = selected.map((entry): Type => {
    if (entry.key === parentKey) return narrowInherited(ownShape(), property, entry.values);
    const ref: Type = { kind: 'ref', name: modelNames.get(entry.key)! };
    return entry.child ? ref : { kind: 'intersection', members: [ref, tagObject(property, entry.values)] };
  });
  return {
    kind: 'union',
    members,
    discriminator: {
      property,
      values: [...new Set(selected.flatMap((entry) => entry.values))],
      memberValues: selected.map((entry) => entry.values),
    },
  };
}
