/**
 * What a schema evaluates, for `unevaluatedProperties` and `unevaluatedItems`: the properties and items its own
 * keywords cover, those of every subschema applied in place (`allOf`, `$ref`), and those of subschemas that count
 * only when the value passes them (`anyOf`/`oneOf` branches, `if` with `then` or `else`, `dependentSchemas`).
 */
import { isJsonObject, type Json } from '../document.js';
import { escapePointerSegment } from '../errors.js';
import type { Evaluation } from '../ir.js';
import type { SubschemaParser } from './keywords.js';
import { resolveRef, valueAt } from './refs.js';
import type { SchemaContext } from './schema.js';

/** How deep in-place references are followed; a schema that applies itself in place evaluates nothing more. */
const MAX_DEPTH = 16;

const NOTHING: Evaluation = {
  properties: [],
  patterns: [],
  allProperties: false,
  prefixItems: 0,
  allItems: false,
  contains: [],
  conditional: [],
  dependent: [],
};

/** Everything both plans evaluate. */
function merge(a: Evaluation, b: Evaluation): Evaluation {
  return {
    properties: [...new Set([...a.properties, ...b.properties])],
    patterns: [...new Set([...a.patterns, ...b.patterns])],
    allProperties: a.allProperties || b.allProperties,
    prefixItems: Math.max(a.prefixItems, b.prefixItems),
    allItems: a.allItems || b.allItems,
    contains: [...a.contains, ...b.contains],
    conditional: [...a.conditional, ...b.conditional],
    dependent: [...a.dependent, ...b.dependent],
  };
}

/** The evaluation plan of a schema (its own `unevaluated*` keywords count as evaluating everything). */
export function evaluationOf(
  schema: Json,
  pointer: string,
  context: SchemaContext,
  parse: SubschemaParser,
  depth = 0,
): Evaluation {
  if (!isJsonObject(schema) || depth > MAX_DEPTH) return NOTHING;
  const sub = (child: Json, at: string): Evaluation => evaluationOf(child, at, context, parse, depth + 1);
  const properties = isJsonObject(schema['properties']) ? Object.keys(schema['properties']) : [];
  const patterns = isJsonObject(schema['patternProperties']) ? Object.keys(schema['patternProperties']) : [];
  let plan: Evaluation = {
    ...NOTHING,
    properties,
    patterns,
    allProperties: schema['additionalProperties'] !== undefined || schema['unevaluatedProperties'] !== undefined,
    prefixItems: Array.isArray(schema['prefixItems']) ? schema['prefixItems'].length : 0,
    allItems: schema['items'] !== undefined || schema['unevaluatedItems'] !== undefined,
    contains: schema['contains'] === undefined ? [] : [parse(schema['contains'], `${pointer}/contains`)],
  };
  for (const keyword of ['$ref', '$dynamicRef']) {
    const ref = schema[keyword];
    if (typeof ref !== 'string') continue;
    const target = resolveRef(context.refs, ref, pointer, context.document);
    if (target !== undefined) plan = merge(plan, sub(valueAt(context.document, target)!, target));
  }
  const allOf = schema['allOf'];
  if (Array.isArray(allOf))
    allOf.forEach((member, index) => (plan = merge(plan, sub(member, `${pointer}/allOf/${index}`))));
  const conditional: Evaluation['conditional'][number][] = [];
  for (const keyword of ['anyOf', 'oneOf'] as const) {
    const members = schema[keyword];
    if (!Array.isArray(members)) continue;
    members.forEach((member, index) => {
      const at = `${pointer}/${keyword}/${index}`;
      conditional.push({ when: parse(member, at), negate: false, plan: sub(member, at) });
    });
  }
  if (schema['if'] !== undefined) {
    const condition = parse(schema['if'], `${pointer}/if`);
    const thenPlan = schema['then'] === undefined ? NOTHING : sub(schema['then'], `${pointer}/then`);
    conditional.push({ when: condition, negate: false, plan: merge(sub(schema['if'], `${pointer}/if`), thenPlan) });
    if (schema['else'] !== undefined)
      conditional.push({ when: condition, negate: true, plan: sub(schema['else'], `${pointer}/else`) });
  }
  const dependent: Evaluation['dependent'][number][] = [];
  const dependentSchemas = schema['dependentSchemas'];
  if (isJsonObject(dependentSchemas))
    for (const [property, value] of Object.entries(dependentSchemas))
      dependent.push({ property, plan: sub(value, `${pointer}/dependentSchemas/${escapePointerSegment(property)}`) });
  return { ...plan, conditional: [...plan.conditional, ...conditional], dependent: [...plan.dependent, ...dependent] };
}
