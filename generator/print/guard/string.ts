/** Emitter for strings: `type: string`, `minLength`, `maxLength`, `pattern`, `format`, a request-only value set. */
import type { StringType } from '../../ir.js';
import { printList, printString } from '../literal.js';
import { elseBlock, fail, type Emitter, type Scope } from './context.js';
import { formatCheck } from './formats.js';
import { patternTest } from './pattern.js';

/** Statements that check a string and its constraints. */
export function checkString(type: StringType, scope: Scope, emitter: Emitter): string[] {
  const { value: x, path: p } = scope;
  const inner: string[] = [];
  // Request mode only (scope.mode is the response flag): a response may carry a value a newer server added.
  if (type.requestEnum !== undefined && scope.mode !== 'true') {
    const { values, emptyPasses } = type.requestEnum;
    // One constant serves the test and the message (a bundle carries each list once); "" passes beside it.
    const listed = emitter.constant('enum', printList(values));
    const empty = emptyPasses && !values.includes('') ? `${x} !== "" && ` : '';
    inner.push(
      `if (!${scope.mode} && ${empty}!${listed}.includes(${x})) ${fail(`$notSupported(${p}, ${x}, ${listed})`)}`,
    );
  }
  if (type.maxLength !== undefined) {
    inner.push(`if ($length(${x}) > ${type.maxLength}) ${fail(`$tooLong(${p}, ${x}, ${type.maxLength})`)}`);
  }
  if (type.minLength !== undefined && type.minLength > 0) {
    // An empty string where one is needed reads, as the API server says it, "Required value".
    const error =
      type.minLength === 1
        ? `$required(${p})`
        : `$invalid(${p}, ${x}, "must be at least ${type.minLength} characters")`;
    inner.push(`if ($length(${x}) < ${type.minLength}) ${fail(error)}`);
  }
  if (type.pattern !== undefined) {
    const test = patternTest(type.pattern, emitter);
    if (test.kind === 'unchecked')
      emitter.warnings.push(
        `pattern ${printString(type.pattern)} is not a valid JavaScript regular expression; not checked`,
      );
    else if (test.kind === 'refused') inner.push(fail(`$invalid(${p}, ${x}, ${printString(test.message)})`));
    else
      inner.push(
        `if (!${test.name}.test(${x})) ${fail(`$invalid(${p}, ${x}, ${printString(`must match ${type.pattern}`)})`)}`,
      );
  }
  if (type.format === 'quantity') {
    emitter.usesQuantity = true;
    inner.push(`if (!$isQuantity(${x})) ${fail(`$invalid(${p}, ${x}, ${printString(QUANTITY_MESSAGE)})`)}`);
  }
  const format = type.format === undefined ? undefined : formatCheck(type.format, emitter, emitter.options);
  if (format !== undefined)
    inner.push(`if (!${format.test(x)}) ${fail(`$invalid(${p}, ${x}, ${printString(format.message)})`)}`);
  return [`if (typeof ${x} !== "string") ${fail(`$typeInvalid(${p}, ${x}, "string")`)}`, ...elseBlock(inner)];
}

/** The server's words for a malformed quantity (resource.ErrFormatWrong). */
export const QUANTITY_MESSAGE =
  "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

/** Re-exported where the emitters have always found it. */
export { compilePattern } from './pattern.js';
