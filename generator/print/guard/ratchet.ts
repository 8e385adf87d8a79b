/**
 * Validation ratcheting on update (KEP-4008, GA in Kubernetes 1.33): a custom resource's update may keep an error its
 * old object already had, where the value is unchanged. apiextensions-apiserver correlates old and new values as it
 * walks the schema (pkg/apiserver/validation/ratcheting.go, pkg/apiserver/schema/cel/validation.go): an object's
 * fields by name, a map's values by key, a `x-kubernetes-list-type: map` list's items by their map keys, a list
 * without a list type by index, and no item of a `set` or `atomic` list. runtime/ratchet.ts follows an error's path
 * the same way; the correlation table of a kind, `$rs_<Model>`, names only what differs from the default (objects by
 * name, lists by index): map lists and uncorrelated lists, with the way to them.
 */
import type { Model, ObjectType, Type } from '../../ir.js';
import { printList, printString } from '../literal.js';
import { nonNullMembers, type Emitter } from './context.js';

/** The correlation table constant of a model. */
function shapeName(model: string): string {
  return `$rs_${model}`;
}

/** The correlation of a type, as an expression of runtime/ratchet.ts's `$Shape` (`0`: the default all the way down). */
function shape(type: Type, emitter: Emitter, seen: ReadonlySet<string>): string {
  switch (type.kind) {
    case 'object':
      return objectShape(type, emitter, seen);
    case 'array': {
      if (type.atomic === true || (type.unique !== undefined && type.unique.keys === undefined)) return '{ n: 1 }';
      const items = shape(type.items, emitter, seen);
      if (type.unique?.keys !== undefined) return `{ k: ${printList(type.unique.keys)}, i: ${items} }`;
      return items === '0' ? '0' : `{ i: ${items} }`;
    }
    case 'union': {
      const members = nonNullMembers(type.members).map((member) => shape(member, emitter, seen));
      const distinct = [...new Set(members)];
      return distinct.length === 1 ? distinct[0]! : '0';
    }
    case 'intersection': {
      const members = [...new Set(type.members.map((member) => shape(member, emitter, seen)))].filter((s) => s !== '0');
      return members.length === 1 ? members[0]! : '0';
    }
    case 'ref': {
      const model = emitter.models.get(type.name);
      if (model === undefined) return '0';
      const table = modelShape(model, emitter, seen);
      return table === '0' ? table : `(): $Shape => ${table}`;
    }
    default:
      return '0';
  }
}

/** An object: the fields whose correlation differs from the default below them, and the map values'. */
function objectShape(type: ObjectType, emitter: Emitter, seen: ReadonlySet<string>): string {
  const fields = type.properties.flatMap((property) => {
    const below = shape(property.type, emitter, seen);
    return below === '0' ? [] : [`[${printString(property.name)}, ${below}]`];
  });
  const additional = type.additionalProperties;
  const values = additional === undefined || additional === false ? '0' : shape(additional, emitter, seen);
  const parts = [
    ...(fields.length > 0 ? [`f: [${fields.join(', ')}]`] : []),
    ...(values !== '0' ? [`v: ${values}`] : []),
  ];
  return parts.length === 0 ? '0' : `{ ${parts.join(', ')} }`;
}

/**
 * A model's table constant (or `0`), registered once after the tables it uses; a model met again while its table is
 * built is only referred to (lazily, so recursive models end).
 */
function modelShape(model: Model, emitter: Emitter, seen: ReadonlySet<string>): string {
  const name = shapeName(model.name);
  const known = emitter.memo<Map<string, string>>('ratchet', () => new Map());
  const found = known.get(model.name);
  if (found !== undefined) return found;
  if (seen.has(model.name)) return name;
  const init = shape(model.type, emitter, new Set([...seen, model.name]));
  known.set(model.name, init === '0' ? '0' : name);
  // `as const` keeps the tuples literal, as the `$Shape` type needs them.
  if (init !== '0') emitter.constants.push({ name, init: `${init} as const` });
  return init === '0' ? '0' : name;
}

/** The correlation table of a custom resource kind, registering it (and what it uses) as constants: `0` when none. */
export function ratchetShape(model: Model, emitter: Emitter): string {
  return modelShape(model, emitter, new Set());
}
