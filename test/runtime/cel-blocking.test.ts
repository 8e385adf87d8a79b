// runtime/cel-blocking.ts: a custom resource's CEL rules are skipped once its schema failed in a blocking way, as
// apiextensions-apiserver's customResourceStrategy (hasBlockingErr) does; transition rules are skipped with them.
import { describe, expect, it } from 'vitest';
import { $blockingTypes, $celBlocking } from '../../runtime/cel-blocking.js';
import {
  $invalid,
  $isRuleError,
  $required,
  $rule,
  $tooMany,
  $update,
  $validate,
  type $Path,
  type FieldError,
} from '../../runtime/validators.js';

type Guard = (v: unknown, p: $Path, e: FieldError[] | null, r: boolean, s: number, d: number) => boolean;

/** A hand-written guard: `size` is required (a blocking error), `name` must be lower case (not blocking), one rule. */
const guard: Guard = (v, _p, e) => {
  const value = v as { size?: unknown; name?: string; items?: unknown[] };
  let ok = true;
  const fail = (error: FieldError) => {
    ok = false;
    e?.push(error);
    return e !== null;
  };
  if (value.size === undefined && !fail($required('spec.size'))) return false;
  if (value.name !== undefined && value.name !== value.name.toLowerCase())
    if (!fail($invalid('spec.name', value.name, 'must be lower case'))) return false;
  if ((value.items?.length ?? 0) > 2 && !fail($tooMany('spec.items', value.items!.length, 2))) return false;
  if (value.name === 'reserved' && !fail($rule('spec', 'FieldValueInvalid', 'name must not be reserved'))) return false;
  return ok;
};
const walker = (old: unknown, v: unknown, _p: $Path, e: FieldError[] | null): boolean => {
  if (old === undefined || (old as { name?: string }).name === (v as { name?: string }).name) return true;
  e?.push($rule('spec.name', 'FieldValueInvalid', 'name is immutable', 'string'));
  return false;
};

const messages = (g: Guard, value: unknown) => {
  const result = $validate(g, value, { mode: 'request' });
  return result.valid ? [] : result.errors.map((error) => error.message);
};
const NOTICE =
  '<nil>: Invalid value: null: some validation rules were not checked because the object was invalid; correct the existing errors to complete validation';

describe('$celBlocking', () => {
  it('keeps the rule errors when the schema errors are not blocking', () => {
    expect(messages($celBlocking(guard), { size: 1, name: 'reserved' })).toEqual([
      'spec: Invalid value: "object": name must not be reserved',
    ]);
    expect(messages($celBlocking(guard), { size: 1, name: 'Reserved' })).toEqual([
      'spec.name: Invalid value: "Reserved": must be lower case',
    ]);
  });

  it('drops the rule errors after a blocking schema error and says so, once, at the end', () => {
    expect(messages(guard, { name: 'reserved' })).toEqual([
      'spec.size: Required value',
      'spec: Invalid value: "object": name must not be reserved',
    ]);
    expect(messages($celBlocking(guard), { name: 'reserved' })).toEqual(['spec.size: Required value', NOTICE]);
    expect(messages($celBlocking(guard), { size: 1, name: 'reserved', items: [1, 2, 3] })).toEqual([
      'spec.items: Too many: 3: must have at most 2 items',
      NOTICE,
    ]);
  });

  it('leaves the verdict of the fast path alone', () => {
    expect($celBlocking(guard)({ name: 'reserved' }, '', null, false, 0, 0)).toBe(false);
    expect($celBlocking(guard)({ size: 1 }, '', null, false, 0, 0)).toBe(true);
  });

  it('skips the transition rules of an update too', () => {
    // As generated code composes them: the create guard of optionalOldSelf rules is $celBlocking($update(...)).
    const update = (old: unknown) => $celBlocking($update(guard, walker, old));
    expect(messages(update({ name: 'a' }), { size: 1, name: 'b' })).toEqual([
      'spec.name: Invalid value: "string": name is immutable',
    ]);
    expect(messages(update({ name: 'a' }), { name: 'b' })).toEqual(['spec.size: Required value', NOTICE]);
  });

  it('counts the blocking types hasBlockingErr counts, and only marks the rules', () => {
    expect([...$blockingTypes].sort()).toEqual([
      'FieldValueNotSupported',
      'FieldValueRequired',
      'FieldValueTooLong',
      'FieldValueTooMany',
      'FieldValueTypeInvalid',
    ]);
    const rule = $rule('spec', 'FieldValueRequired', 'x');
    expect($isRuleError(rule)).toBe(true);
    expect($isRuleError($required('spec'))).toBe(false);
    // The mark does not show: the error reads, compares and serialises as any other.
    expect(rule).toEqual({ path: 'spec', type: 'FieldValueRequired', message: 'spec: Required value: x' });
    expect(JSON.parse(JSON.stringify(rule))).toEqual(rule);
  });
});
