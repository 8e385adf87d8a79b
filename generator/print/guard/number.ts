/** Emitter for numbers: `type: number|integer`, bounds, `multipleOf`, integer formats. */
import type { NumberType } from '../../ir.js';
import { printString } from '../literal.js';
import { elseBlock, fail, type Scope } from './context.js';

/** Statements that check a number and its constraints. */
export function checkNumber(type: NumberType, scope: Scope): string[] {
  const { value: x, path: p } = scope;
  const inner: string[] = [];
  if (type.format === 'int32') {
    inner.push(
      `if (${x} < -2147483648 || ${x} > 2147483647) ${fail(`$invalid(${p}, ${x}, "must fit in a 32-bit integer")`)}`,
    );
  } else if (type.format === 'int64') {
    inner.push(
      `if (!Number.isSafeInteger(${x})) ${fail(`$invalid(${p}, ${x}, "must be an integer within ±(2^53 - 1), the range JavaScript represents exactly")`)}`,
    );
  }
  const bound = (condition: string, message: string): void => {
    inner.push(`if (${condition}) ${fail(`$invalid(${p}, ${x}, ${printString(message)})`)}`);
  };
  if (type.minimum !== undefined) bound(`${x} < ${type.minimum}`, `must be greater than or equal to ${type.minimum}`);
  if (type.maximum !== undefined) bound(`${x} > ${type.maximum}`, `must be less than or equal to ${type.maximum}`);
  if (type.exclusiveMinimum !== undefined)
    bound(`${x} <= ${type.exclusiveMinimum}`, `must be greater than ${type.exclusiveMinimum}`);
  if (type.exclusiveMaximum !== undefined)
    bound(`${x} >= ${type.exclusiveMaximum}`, `must be less than ${type.exclusiveMaximum}`);
  if (type.multipleOf !== undefined)
    bound(`!$isMultipleOf(${x}, ${type.multipleOf})`, `must be a multiple of ${type.multipleOf}`);
  const kind = type.integer ? 'integer' : 'number';
  const typeTest = type.integer ? `!Number.isInteger(${x})` : `!Number.isFinite(${x})`;
  return [
    `if (typeof ${x} !== "number" || ${typeTest}) ${fail(`$typeInvalid(${p}, ${x}, "${kind}")`)}`,
    ...elseBlock(inner),
  ];
}
