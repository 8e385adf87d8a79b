/** Emitter for `x-kubernetes-validations`: CEL rules compiled to JavaScript. */
import { compileCelRule } from '../../cel/compile.js';
import type { Type } from '../../ir.js';
import { printString } from '../literal.js';
import { fail, fieldPath, type Emitter, type Scope } from './context.js';
import { defaultsOf } from './defaults.js';

/**
 * `x-kubernetes-validations` rules, evaluated on present, non-null values whose shape is valid (`shapeValid`): a
 * cross-field rule over broken fields would only repeat their errors. Every failing rule is reported, and a rule that
 * fails to evaluate is an error worded as the API server words it (apiextensions-apiserver
 * pkg/apiserver/schema/cel/validation.go: "<error> evaluating rule: <message or rule>").
 */
export function checkRules(type: Type, scope: Scope, emitter: Emitter, shapeValid: string): string[] {
  const { value: v, path: p, mode } = scope;
  const statements: string[] = [];
  // The rules see the value as the server has it by then: with its schema defaults applied (generator/print/guard/defaults.ts).
  const defaults = defaultsOf({ ...type, rules: undefined }, emitter);
  // Decided once: a failing rule's error must not keep the next rule from running.
  const valid = emitter.local();
  statements.push(`const ${valid} = ${shapeValid};`);
  const x = defaults === undefined ? v : emitter.local();
  if (defaults !== undefined) statements.push(`const ${x} = ${valid} ? ${defaults}(${v}) : ${v};`);
  for (const rule of type.rules ?? []) {
    const compiled = compileCelRule(rule.rule);
    if (!compiled.ok) {
      emitter.warnings.push(`x-kubernetes-validations rule at #${rule.source} is not checked: ${compiled.message}`);
      continue;
    }
    emitter.usesCel = true;
    for (const library of compiled.libraries) emitter.celLibraries.add(library);
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
    const message = printString(rule.message?.trim() || `failed rule: ${rule.rule.trim()}`);
    const named = printString(` evaluating rule: ${rule.message?.trim() || rule.rule.trim()}`);
    const failure = emitter.local();
    const messageCode = dynamicMessage(rule.messageExpression, rule.source, emitter, x, message);
    statements.push(
      `if (${valid} && ${x} !== null && ${x} !== undefined${gate}) {`,
      `let ${passed} = true;`,
      `let ${failure} = "";`,
      `try { ${passed} = $cel_true(${compiled.fastCode(x)}); } catch { try { ${passed} = $cel_true(${compiled.code(x)}); } catch (error) { ${passed} = false; ${failure} = String(error instanceof Error ? error.message : error) + ${named}; } }`,
      `if (!${passed}) { if (${failure} === "") ${fail(`$rule(${path}, ${reason}, ${messageCode})`)} else ${fail(`$rule(${p}, "FieldValueInvalid", ${failure})`)} }`,
      '}',
    );
  }
  return statements;
}

/**
 * The message of a failed rule: its `messageExpression` evaluated on the value when that gives a non-empty string,
 * else `message` (apiextensions-apiserver pkg/apiserver/schema/cel/validation.go falls back the same way).
 */
function dynamicMessage(
  expression: string | undefined,
  source: string,
  emitter: Emitter,
  value: string,
  message: string,
): string {
  if (expression === undefined) return message;
  const compiled = compileCelRule(expression);
  if (!compiled.ok) {
    emitter.warnings.push(`messageExpression at #${source} is not used: ${compiled.message}`);
    return message;
  }
  for (const library of compiled.libraries) emitter.celLibraries.add(library);
  return `$cel_message(() => ${compiled.code(value)}, ${message})`;
}
