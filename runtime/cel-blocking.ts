// specgen:strip-begin
// A custom resource's CEL rules are skipped once its schema failed in a way the API server calls blocking, as
// apiextensions-apiserver's customResourceStrategy does (pkg/registry/customresource/strategy.go, `Validate`,
// `ValidateUpdate`, `hasBlockingErr`): the schema's errors stand, the rules' do not, and one error without a field says
// so. Included by validators.hbs when a custom resource kind has rules (generator/print/guard/cel-blocking.ts).
import { $invalid, $isRuleError, type $Path, type FieldError, type FieldErrorType } from "./validators.js";

type Guard = (v: unknown, p: $Path, e: FieldError[] | null, r: boolean, s: number, d: number) => boolean;
// specgen:strip-end

/** The schema errors that stop the server from running the CEL rules (`hasBlockingErr`). */
const $blockingTypes: readonly FieldErrorType[] = [
  "FieldValueNotSupported",
  "FieldValueRequired",
  "FieldValueTooLong",
  "FieldValueTooMany",
  "FieldValueTypeInvalid",
];

/** The path of a field error without a field: Go prints a nil `*field.Path` as `<nil>`. */
const $noField = "<nil>";

/**
 * After a blocking schema error among `e[start..]`, drops the rules' errors there and adds the server's notice,
 * `<nil>: Invalid value: null: some validation rules were not checked ...`; whether it did (then no rule runs after).
 */
function $skipRules(e: FieldError[], start: number): boolean {
  let blocked = false;
  for (let i = start; i < e.length && !blocked; i++)
    blocked = !$isRuleError(e[i]!) && $blockingTypes.includes(e[i]!.type);
  if (!blocked) return false;
  let kept = start;
  for (let i = start; i < e.length; i++) if (!$isRuleError(e[i]!)) e[kept++] = e[i]!;
  e.length = kept;
  e.push(
    $invalid(
      $noField,
      null,
      "some validation rules were not checked because the object was invalid; correct the existing errors to complete validation",
    ),
  );
  return true;
}

/** The guard of a custom resource kind with CEL rules: when collecting errors, `$skipRules` after the walk. */
function $celBlocking(guard: Guard): Guard {
  return (v, p, e, r, s, d) => {
    if (e === null) return guard(v, p, e, r, s, d);
    const start = e.length;
    if (guard(v, p, e, r, s, d)) return true;
    $skipRules(e, start);
    return false;
  };
}

// specgen:strip-begin
export { $celBlocking, $skipRules, $blockingTypes };
// specgen:strip-end
