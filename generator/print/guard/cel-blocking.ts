/**
 * Which custom resource kinds skip their CEL rules when the schema already failed, as apiextensions-apiserver does
 * (pkg/registry/customresource/strategy.go `Validate`/`ValidateUpdate` and `hasBlockingErr`): a version whose schema
 * has some `x-kubernetes-validations` rule gets a CEL validator; when the schema errors include a NotSupported,
 * Required, TooLong, TooMany or TypeInvalid one, the rules do not run and one cause without a field says so.
 */
import type { Model, Type } from '../../ir.js';

/**
 * The types a schema holds directly: only the IR's type positions, never values (a `default`, an example or an enum
 * member may be JSON with a `rules` key of its own, which is not a rule).
 */
function subtypes(type: Type): readonly Type[] {
  const assertions = (type.assertions ?? []).flatMap((assertion) =>
    assertion.kind === 'if'
      ? [
          assertion.if,
          ...(assertion.then !== undefined ? [assertion.then] : []),
          ...(assertion.else !== undefined ? [assertion.else] : []),
        ]
      : assertion.kind === 'enum'
        ? []
        : [assertion.type],
  );
  switch (type.kind) {
    case 'object': {
      const additional = type.additionalProperties;
      return [
        ...type.properties.map((property) => property.type),
        ...(additional === undefined || additional === false ? [] : [additional]),
        ...(type.patternProperties ?? []).map((entry) => entry.type),
        ...(type.propertyNames !== undefined ? [type.propertyNames] : []),
        ...(type.dependentSchemas ?? []).map((entry) => entry.type),
        ...assertions,
      ];
    }
    case 'array':
      return [
        type.items,
        ...(type.prefixItems ?? []),
        ...(type.contains !== undefined ? [type.contains.type] : []),
        ...assertions,
      ];
    case 'union':
    case 'intersection':
      return [...type.members, ...assertions];
    default:
      return assertions;
  }
}

/** Whether a model's schema, with everything it refers to, carries a CEL rule anywhere. */
function reachesRule(model: Model, models: ReadonlyMap<string, Model>): boolean {
  const seen = new Set<string>([model.name]);
  const pending: Type[] = [model.type];
  for (let type = pending.pop(); type !== undefined; type = pending.pop()) {
    if ((type.rules?.length ?? 0) > 0) return true;
    if (type.kind === 'ref') {
      const target = models.get(type.name);
      if (target !== undefined && !seen.has(target.name)) {
        seen.add(target.name);
        pending.push(target.type);
      }
    }
    pending.push(...subtypes(type));
  }
  return false;
}

/** The stored custom resource kinds whose schema has a CEL rule, by model name. */
export function celBlockingKinds(models: readonly Model[]): Set<string> {
  const byName = new Map(models.map((model) => [model.name, model]));
  return new Set(
    models.filter((model) => model.nameRequired === true && reachesRule(model, byName)).map((model) => model.name),
  );
}
