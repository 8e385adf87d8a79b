/**
 * Emitters for `unevaluatedProperties` and `unevaluatedItems`: which keys and items the rest of the schema
 * evaluated is worked out at run time from the plan (see parse/evaluation.ts), since `anyOf`, `oneOf`, `if` and
 * `dependentSchemas` count only for the subschemas the value passes; every other key or item must match the type.
 */
import type { Evaluation, Type } from '../../ir.js';
import { printString } from '../literal.js';
import { below, fail, type Emitter, type Scope } from './context.js';
import { compilePattern } from './string.js';

/** Statements that set one flag per conditional subschema the value passes, and the expression over them. */
function evaluated(
  plan: Evaluation,
  subject: string,
  scope: Scope,
  emitter: Emitter,
  own: (plan: Evaluation) => string[],
  flags: string[],
): string {
  const terms = own(plan);
  for (const conditional of plan.conditional) {
    const flag = emitter.local();
    const call = `${emitter.hoist(conditional.when)}(${scope.value}, "", null, ${scope.mode}, 0, d + 1)`;
    flags.push(`const ${flag} = ${conditional.negate ? `!${call}` : call};`);
    const inner = evaluated(conditional.plan, subject, scope, emitter, own, flags);
    if (inner !== 'false') terms.push(`(${flag} && (${inner}))`);
  }
  for (const dependent of plan.dependent) {
    const inner = evaluated(dependent.plan, subject, scope, emitter, own, flags);
    if (inner !== 'false') terms.push(`($hasOwn(${scope.value}, ${printString(dependent.property)}) && (${inner}))`);
  }
  if (terms.includes('true')) return 'true';
  return terms.length === 0 ? 'false' : terms.join(' || ');
}

/** `unevaluatedProperties`: every key no keyword evaluated must match `type`. */
export function checkUnevaluatedProperties(plan: Evaluation, type: Type, scope: Scope, emitter: Emitter): string[] {
  const { value: x, path: p } = scope;
  const key = emitter.local();
  const flags: string[] = [];
  const own = (part: Evaluation): string[] => {
    if (part.allProperties) return ['true'];
    const terms =
      part.properties.length === 0
        ? []
        : [`${emitter.constant('keys', `new Set<string>(${JSON.stringify(part.properties)})`)}.has(${key})`];
    for (const pattern of part.patterns) {
      const regex = compilePattern(pattern);
      if (regex !== undefined) terms.push(`${emitter.constant('re', regex)}.test(${key})`);
    }
    return terms;
  };
  const test = evaluated(plan, key, scope, emitter, own, flags);
  if (test === 'true') return [];
  const item = emitter.local();
  const checks =
    type.kind === 'union' && type.members.length === 0
      ? [fail(`$unknownField($field(${p}, ${key}), ${x}[${key}])`)]
      : emitter.check(type, { ...scope, value: item, path: `$key(${p}, ${key})`, strict: below(scope.strict) });
  if (checks.length === 0) return [];
  return [
    `if ($isObject(${x})) {`,
    ...flags,
    `for (const ${key} in ${x}) {`,
    `if (!$hasOwn(${x}, ${key})${test === 'false' ? '' : ` || ${test}`}) continue;`,
    `const ${item}: unknown = ${x}[${key}];`,
    ...checks,
    '}',
    '}',
  ];
}

/** `unevaluatedItems`: every item no keyword evaluated must match `type`. */
export function checkUnevaluatedItems(plan: Evaluation, type: Type, scope: Scope, emitter: Emitter): string[] {
  const { value: x, path: p } = scope;
  const index = emitter.local();
  const flags: string[] = [];
  const own = (part: Evaluation): string[] => {
    if (part.allItems) return ['true'];
    const terms = part.prefixItems === 0 ? [] : [`${index} < ${part.prefixItems}`];
    for (const contains of part.contains)
      terms.push(`${emitter.hoist(contains)}(${x}[${index}], "", null, ${scope.mode}, 0, d + 1)`);
    return terms;
  };
  const test = evaluated(plan, index, scope, emitter, own, flags);
  if (test === 'true') return [];
  const item = emitter.local();
  const checks =
    type.kind === 'union' && type.members.length === 0
      ? [fail(`$invalid($index(${p}, ${index}), ${x}[${index}], "is not allowed: no schema evaluates this item")`)]
      : emitter.check(type, { ...scope, value: item, path: `$index(${p}, ${index})`, strict: below(scope.strict) });
  if (checks.length === 0) return [];
  return [
    `if (Array.isArray(${x})) {`,
    ...flags,
    `for (let ${index} = 0; ${index} < ${x}.length; ${index}++) {`,
    ...(test === 'false' ? [] : [`if (${test}) continue;`]),
    `const ${item}: unknown = ${x}[${index}];`,
    ...checks,
    '}',
    '}',
  ];
}
