/**
 * Discriminators (OpenAPI 3.0 and 3.1) on a `oneOf`/`anyOf` parent: each member that is a `$ref` is narrowed to the
 * discriminator values that name it, from the explicit `mapping` (a value → a `$ref` or a schema name) or, for a
 * member no mapping entry names, implicitly by its schema name. The union records the property and all the values,
 * so validators can report an unknown value as "Unsupported value" and otherwise the errors of the member it names.
 */
import { isJsonObject, type Json, type JsonObject } from '../document.js';
import type { Property, Type, UnionType } from '../ir.js';

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
    const literal: Type =
      values.length === 1
        ? { kind: 'literal', value: values[0]! }
        : { kind: 'union', members: values.map((value) => ({ kind: 'literal' as const, value })) };
    const tag: Property = {
      name: property,
      type: literal,
      required: { request: true, response: true },
      readOnly: false,
      nonNullInRequest: false,
      doc: {},
    };
    return { kind: 'intersection' as const, members: [type, { kind: 'object' as const, properties: [tag] }] };
  });
  if (all.length === 0) return plain;
  return { kind: 'union', members: narrowed, discriminator: { property, values: [...new Set(all)] } };
}
