/** Emitter for arrays: `type: array`, `items`, `minItems`, `maxItems`, `uniqueItems`. */
import type { ArrayType, Type } from '../../ir.js';
import { printList, printString } from '../literal.js';
import { below, elseBlock, fail, type Emitter, type Scope } from './context.js';

/** Statements that check an array, its items and its constraints. */
export function checkArray(type: ArrayType, scope: Scope, emitter: Emitter): string[] {
  const { value: x, path: p } = scope;
  const inner: string[] = [];
  if (type.maxItems !== undefined)
    inner.push(`if (${x}.length > ${type.maxItems}) ${fail(`$tooMany(${p}, ${x}.length, ${type.maxItems})`)}`);
  if (type.minItems !== undefined && type.minItems > 0) {
    const error =
      type.minItems === 1 ? `$required(${p})` : `$invalid(${p}, ${x}, "must have at least ${type.minItems} items")`;
    inner.push(`if (${x}.length < ${type.minItems}) ${fail(error)}`);
  }
  const index = emitter.local();
  const item = emitter.local();
  const itemScope = { ...scope, value: item, path: `$index(${p}, ${index})`, strict: below(scope.strict) };
  const prefix = type.prefixItems ?? [];
  prefix.forEach((prefixType, at) => {
    const checks = emitter.check(prefixType, { ...itemScope, value: `${item}_${at}`, path: `$index(${p}, ${at})` });
    if (checks.length > 0)
      inner.push(`if (${x}.length > ${at}) {`, `const ${item}_${at}: unknown = ${x}[${at}];`, ...checks, '}');
  });
  const itemChecks = emitter.check(type.items, itemScope);
  if (itemChecks.length > 0) {
    inner.push(
      `for (let ${index} = ${prefix.length}; ${index} < ${x}.length; ${index}++) {`,
      `const ${item}: unknown = ${x}[${index}];`,
      ...itemChecks,
      '}',
    );
  }
  if (type.contains !== undefined) inner.push(...checkContains(type.contains, scope, emitter));
  if (type.uniqueItems === true) {
    const duplicate = emitter.local();
    inner.push(
      `const ${duplicate} = $duplicateIndex(${x});`,
      `if (${duplicate} >= 0) ${fail(`$duplicate($index(${p}, ${duplicate}), ${x}[${duplicate}])`)}`,
    );
  }
  return [`if (!Array.isArray(${x})) ${fail(`$typeInvalid(${p}, ${x}, "array")`)}`, ...elseBlock(inner)];
}

/** `contains` with `minContains`/`maxContains`: how many items match the schema. */
function checkContains(contains: NonNullable<ArrayType['contains']>, scope: Scope, emitter: Emitter): string[] {
  const { value: x, path: p } = scope;
  const helper = emitter.hoist(contains.type);
  const count = emitter.local();
  const index = emitter.local();
  const statements = [
    `let ${count} = 0;`,
    `for (let ${index} = 0; ${index} < ${x}.length; ${index}++) if (${helper}(${x}[${index}], "", null, ${scope.mode}, 0, d + 1)) ${count}++;`,
  ];
  if (contains.min > 0)
    statements.push(
      `if (${count} < ${contains.min}) ${fail(`$invalid(${p}, ${x}, ${printString(`must contain at least ${contains.min} matching item${contains.min === 1 ? '' : 's'}`)})`)}`,
    );
  if (contains.max !== undefined)
    statements.push(
      `if (${count} > ${contains.max}) ${fail(`$invalid(${p}, ${x}, ${printString(`must contain at most ${contains.max} matching item${contains.max === 1 ? '' : 's'}`)})`)}`,
    );
  return statements;
}

/**
 * `x-kubernetes-list-type: set | map` uniqueness, reported as the server reports it: `Duplicate value`. The dispatcher
 * emits it after the CEL rules: a duplicate is no broken shape, and the server runs the rules on such a list too.
 */
export function checkListType(
  unique: NonNullable<ArrayType['unique']>,
  items: Type,
  scope: Scope,
  emitter: Emitter,
): string[] {
  const { value: x, path: p } = scope;
  const duplicate = emitter.local();
  if (unique.keys === undefined)
    return [
      `const ${duplicate} = $duplicateIndex(${x});`,
      `if (${duplicate} >= 0) ${fail(`$duplicate($index(${p}, ${duplicate}), ${x}[${duplicate}])`)}`,
    ];
  const keys = emitter.constant('keys', printList(unique.keys));
  const at = `$index(${p}, ${duplicate})`;
  const error =
    unique.reportAt === undefined
      ? `$duplicate(${at}, $keysOf(${x}[${duplicate}], ${keys}))`
      : `$duplicate($field(${at}, ${printString(unique.reportAt)}), $keysOf(${x}[${duplicate}], ${keys})[${printString(unique.reportAt)}])`;
  // Where the one key is a scalar the items require, the allocation-free pass (`e === null`) has seen every item pass
  // its guard before it gets here, so the runtime compares the keys as read (`checked`).
  const checked = unique.keys.length === 1 && requiredScalarKey(items, unique.keys[0]!, emitter) ? ', e === null' : '';
  return [`const ${duplicate} = $duplicateKeyIndex(${x}, ${keys}${checked});`, `if (${duplicate} >= 0) ${fail(error)}`];
}

/**
 * Whether an item that passes its guard has `key` as its own scalar value: a field of the item's object type (inline
 * or a model), required in both modes, not read-only (a request checks those as decoded only), of string, number or
 * boolean type, and no name Object.prototype has.
 */
function requiredScalarKey(items: Type, key: string, emitter: Emitter): boolean {
  const object = items.kind === 'ref' ? emitter.models.get(items.name)?.type : items;
  if (object === undefined || object.kind !== 'object' || key in Object.prototype) return false;
  const property = object.properties.find((candidate) => candidate.name === key);
  return (
    property !== undefined &&
    !property.readOnly &&
    property.required.request &&
    property.required.response &&
    ['string', 'number', 'boolean'].includes(property.type.kind)
  );
}
