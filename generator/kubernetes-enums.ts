/**
 * The normalize rule that marks the enum-like string fields of built-in Kubernetes types (the table in
 * kubernetes-enum-rules.ts, each entry citing its Go source): the spec declares them plain strings, the server's Go
 * validation accepts a closed set. Marked, not turned into an `enum`: the types stay `string` and responses accept
 * any value (a newer server may send a value this version does not know); validators check requests only.
 */
import { isJsonObject, type JsonObject } from './document.js';
import { enumRulesOf } from './kubernetes-enum-rules.js';
import type { NormalizeRule } from './normalize.js';

/** Extension keyword on a string property: the values a request may carry, in the order the server lists them. */
export const REQUEST_ENUM = 'x-specgen-request-enum';
/** Extension keyword beside it: an empty string passes too (defaulting fills it, or the Go code allows it). */
export const REQUEST_ENUM_EMPTY = 'x-specgen-request-enum-empty-passes';

/** The rule, run on model nodes after their properties. */
export const REQUEST_ENUM_RULE: NormalizeRule = {
  name: 'kubernetes-request-enum',
  reason:
    'Go validation of built-in types refuses values outside a closed set with field.NotSupported though the spec says only string (pkg/apis/core/validation/validation.go: validatePullPolicy, validateRestartPolicy, validateDNSPolicy, validateContainerPorts, ValidateService, ...); an empty value passes where defaulting fills it first.',
  apply: (schema, position, context) => {
    if (!context.kubernetes || context.customResources === true || position.kind !== 'model') return schema;
    const rules = Object.entries(enumRulesOf(position.key));
    const properties = schema['properties'];
    if (rules.length === 0 || !isJsonObject(properties)) return schema;
    const marked: [string, JsonObject][] = [];
    for (const [name, rule] of rules) {
      const property = properties[name];
      // Only a plain string property: a changed spec that no longer says so keeps its own schema.
      if (!isJsonObject(property) || property['type'] !== 'string' || property[REQUEST_ENUM] !== undefined) continue;
      const emptyPasses = rule.empty !== 'unsupported';
      marked.push([
        name,
        { ...property, [REQUEST_ENUM]: [...rule.values], ...(emptyPasses ? { [REQUEST_ENUM_EMPTY]: true } : {}) },
      ]);
    }
    if (marked.length === 0) return schema;
    return { ...schema, properties: { ...properties, ...Object.fromEntries(marked) } };
  },
};
