/** Emitter for enums: one membership test and the Kubernetes "Unsupported value" error. */
import type { LiteralType, Type } from '../../ir.js';
import { printList, printValue } from '../literal.js';
import { fail, type Emitter, type Scope } from './context.js';

/** An enum: one membership test, and the Kubernetes "Unsupported value" error listing what the mode accepts. */
export function checkEnum(
  literals: readonly LiteralType[],
  scope: Scope,
  emitter: Emitter,
  gate: (member: Type) => string | undefined,
): string[] {
  const { value: x, path: p, mode } = scope;
  const ungated = literals.filter((literal) => gate(literal) === undefined).map((literal) => literal.value);
  const gated = literals.filter((literal) => gate(literal) !== undefined);
  const plain =
    ungated.length === 0
      ? []
      : ungated.length <= 8
        ? ungated.map((value) => `${x} === ${printValue(value)}`)
        : [`${emitter.constant('enum', `new Set<unknown>(${printList(ungated)})`)}.has(${x})`];
  const test = [
    ...plain,
    ...gated.map((literal) => `(${gate(literal)} && ${x} === ${printValue(literal.value)})`),
  ].join(' || ');
  // Kubernetes lists the supported values without the empty string its defaulting fills in.
  const listed = (values: readonly unknown[]) => printList(values.filter((value) => value !== ''));
  const responseValues = literals.filter((literal) => literal.onlyIn !== 'request').map((literal) => literal.value);
  const requestValues = literals.filter((literal) => literal.onlyIn !== 'response').map((literal) => literal.value);
  const supported =
    gated.length === 0 ? listed(ungated) : `${mode} ? ${listed(responseValues)} : ${listed(requestValues)}`;
  // A lone call needs no parentheses under `!` (and Prettier drops them); a comparison or a chain does.
  const negated = /^[\w$]+\.has\([\w$]+\)$/.test(test) ? `!${test}` : `!(${test || 'false'})`;
  return [`if (${negated}) ${fail(`$notSupported(${p}, ${x}, ${supported})`)}`];
}
