/** Emitter for `x-kubernetes-validations`: CEL rules compiled to JavaScript. */
import { compileCelRule } from '../../cel/compile.js';
import type { ValidationRule } from '../../ir.js';
import { printString } from '../literal.js';
import { fail, fieldPath, type Emitter, type Scope } from './context.js';

/**
 * `x-kubernetes-validations` rules, evaluated on present, non-null values once everything checked so far is valid:
 * a cross-field rule over broken fields would only repeat their errors (and cost exceptions). A rule that throws
 * is not reported either, for the same reason.
 */
export function checkRules(rules: readonly ValidationRule[], scope: Scope, emitter: Emitter): string[] {
  const { value: x, path: p, mode } = scope;
  const statements: string[] = [];
  for (const rule of rules) {
    const compiled = compileCelRule(rule.rule);
    if (!compiled.ok) {
      emitter.warnings.push(`x-kubernetes-validations rule at #${rule.source} is not checked: ${compiled.message}`);
      continue;
    }
    emitter.usesCel = true;
    const passed = emitter.local();
    const gate =
      rule.onlyIn === undefined
        ? ''
        : rule.onlyIn === 'response'
          ? ` && ${mode}`
          : mode === 'true'
            ? ' && false'
            : ` && !${mode}`;
    if (gate === ' && false') continue;
    const path = rule.fieldPath === undefined ? p : fieldPath(p, rule.fieldPath.replace(/^\./, ''));
    const reason = printString(rule.reason ?? 'FieldValueInvalid');
    const message = printString(rule.message ?? `failed rule: ${rule.rule}`);
    statements.push(
      `if (ok && ${x} !== null && ${x} !== undefined${gate}) {`,
      `let ${passed} = true;`,
      `try { ${passed} = $cel_true(${compiled.fastCode(x)}); } catch { try { ${passed} = $cel_true(${compiled.code(x)}); } catch { ${passed} = true; } }`,
      `if (!${passed}) ${fail(`$rule(${path}, ${reason}, ${message})`)}`,
      '}',
    );
  }
  return statements;
}
