/**
 * Direction-aware types (OpenAPI's readOnly and writeOnly): a readOnly member "MAY be sent as part of a response but
 * SHOULD NOT be sent as part of the request", and its `required` "will take effect on the response only"; writeOnly is
 * the mirror image. A model whose type has such members (directly, or through the models it references) is printed
 * twice: its own name is the response form (readOnly members as declared, writeOnly members left out) and
 * `<Name>Input` the request form (readOnly members left out, references to other split models in their input form).
 * Every other model keeps one type. Kubernetes APIs keep one type per kind: their readOnly `status` is what the
 * status subresource's requests send, and clients read-modify-write whole objects.
 */
import type { Api, Model, Operation, Property, Type } from '../ir.js';
import { derivedName } from '../names.js';

/** Which way a value travels: `input` is a request body, `output` a response. */
export type Direction = 'input' | 'output';

/** Whether a property is one direction's only. */
function directional(property: Property): boolean {
  return property.readOnly || property.writeOnly === true;
}

/**
 * The model names a type references, and whether it has readOnly/writeOnly members itself (refs not followed). Every
 * part is visited (the refs are all collected), in loops: each of the three views asks for every model.
 */
function scan(type: Type, refs: Set<string>): boolean {
  switch (type.kind) {
    case 'ref':
      refs.add(type.name);
      return false;
    case 'array': {
      let found = scan(type.items, refs);
      for (const item of type.prefixItems ?? []) found = scan(item, refs) || found;
      return found;
    }
    case 'object': {
      let found = false;
      for (const property of type.properties) found = scan(property.type, refs) || directional(property) || found;
      if (type.additionalProperties) found = scan(type.additionalProperties, refs) || found;
      for (const entry of type.patternProperties ?? []) found = scan(entry.type, refs) || found;
      return found;
    }
    case 'union':
    case 'intersection': {
      let found = false;
      for (const member of type.members) found = scan(member, refs) || found;
      return found;
    }
    default:
      return false;
  }
}

/**
 * The input form's name of every model that has one (`Pet` → `PetInput`, with `_` appended while the name is
 * taken), in model order. Empty for Kubernetes APIs.
 */
export function inputNames(api: Pick<Api, 'models' | 'kubernetes'>): ReadonlyMap<string, string> {
  if (api.kubernetes) return new Map();
  const refs = new Map<string, Set<string>>();
  const split = new Set<string>();
  for (const model of api.models) {
    const found = new Set<string>();
    if (scan(model.type, found)) split.add(model.name);
    refs.set(model.name, found);
  }
  // A model that references a split model has an input form too (its member is the other's input form).
  for (let changed = true; changed;) {
    changed = false;
    for (const [name, targets] of refs)
      if (!split.has(name) && [...targets].some((target) => split.has(target))) {
        split.add(name);
        changed = true;
      }
  }
  const taken = new Set(api.models.map((model) => model.name));
  const names = new Map<string, string>();
  for (const model of api.models) {
    if (!split.has(model.name)) continue;
    const name = derivedName(`${model.name}Input`, taken);
    taken.add(name);
    names.set(model.name, name);
  }
  return names;
}

/** A type as it travels one way: the other direction's members left out, presence as this direction says. */
export function directionalType(type: Type, direction: Direction, inputs: ReadonlyMap<string, string>): Type {
  const next = (member: Type): Type => directionalType(member, direction, inputs);
  switch (type.kind) {
    case 'ref': {
      const input = direction === 'input' ? inputs.get(type.name) : undefined;
      return input === undefined ? type : { ...type, name: input };
    }
    case 'array':
      return {
        ...type,
        items: next(type.items),
        ...(type.prefixItems !== undefined ? { prefixItems: type.prefixItems.map(next) } : {}),
      };
    case 'object':
      return {
        ...type,
        properties: type.properties
          .filter((property) => (direction === 'input' ? !property.readOnly : property.writeOnly !== true))
          .map((property) => {
            const present = direction === 'input' ? property.required.request : property.required.response;
            return { ...property, type: next(property.type), required: { request: present, response: present } };
          }),
        ...(type.additionalProperties ? { additionalProperties: next(type.additionalProperties) } : {}),
        ...(type.patternProperties !== undefined
          ? { patternProperties: type.patternProperties.map((entry) => ({ ...entry, type: next(entry.type) })) }
          : {}),
      };
    case 'union':
    case 'intersection':
      return { ...type, members: type.members.map(next) };
    default:
      return type;
  }
}

/** A split model's two declarations: the response form under its name, then the input form. */
export function directionalModels(model: Model, inputs: ReadonlyMap<string, string>): Model[] {
  const input = inputs.get(model.name);
  if (input === undefined) return [model];
  const { gvk: _gvk, ...rest } = model;
  return [
    { ...model, type: directionalType(model.type, 'output', inputs) },
    { ...rest, name: input, type: directionalType(model.type, 'input', inputs) },
  ];
}

/** An operation as the client sees it: request bodies in their input form, responses in their output form. */
export function directionalOperation(operation: Operation, inputs: ReadonlyMap<string, string>): Operation {
  if (inputs.size === 0) return operation;
  return {
    ...operation,
    ...(operation.body !== undefined
      ? {
          body: {
            ...operation.body,
            content: operation.body.content.map((media) => ({
              ...media,
              type: directionalType(media.type, 'input', inputs),
            })),
          },
        }
      : {}),
    responses: operation.responses.map((response) => ({
      ...response,
      content: response.content.map((media) => ({ ...media, type: directionalType(media.type, 'output', inputs) })),
    })),
  };
}
