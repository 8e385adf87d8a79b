/** Emitter for `x-kubernetes-validations`: CEL rules compiled to JavaScript. */
import { compileCelRule, type CelResult } from '../../cel/compile.js';
import type { Type, ValidationRule } from '../../ir.js';
import { printString } from '../literal.js';
import { fail, fieldPath, nonNullMembers, type Emitter, type Scope } from './context.js';
import { siteReads } from './cel-reads.js';
import { defaultsOf } from './defaults.js';
import type { ProtoDecision } from './object.js';

/**
 * `x-kubernetes-validations` rules, evaluated on present, non-null values whose shape is valid (`shapeValid`): a
 * cross-field rule over broken fields would only repeat their errors. Every failing rule is reported, and a rule that
 * fails to evaluate is an error worded as the API server words it (apiextensions-apiserver
 * pkg/apiserver/schema/cel/validation.go: "<error> evaluating rule: <message or rule>"). Transition rules (`oldSelf`)
 * run only where there is an old value: the update validators run them (print/guard/transitions.ts).
 */
export function checkRules(
  type: Type,
  scope: Scope,
  emitter: Emitter,
  shapeValid: string,
  decision?: ProtoDecision,
): string[] {
  const { value: v, path: p, mode } = scope;
  // The rules see the value as the server has it by then: with its schema defaults applied (generator/print/guard/defaults.ts).
  const defaults = defaultsOf({ ...type, rules: undefined }, emitter);
  const rules = (type.rules ?? []).flatMap((rule) => {
    const compiled = compiledRule(rule, emitter);
    return compiled === undefined || compiled.usesOldSelf || gateOf(rule, mode) === undefined
      ? []
      : [{ rule, compiled }];
  });
  if (rules.length === 0) return [];
  // The fast path reads the fields the rules select directly, defaults folded in (cel-reads.ts); the defaulted copy is
  // made only when a rule needs the exact evaluation, or runs and cannot be read directly.
  const reads = siteReads(v, { ...type, rules: undefined }, emitter, decision);
  const direct = rules.map(({ compiled }) => compiled.directCode(reads));
  // Decided once: a failing rule's error must not keep the next rule from running.
  const valid = emitter.local();
  // Written as Prettier prints it (no parentheses around the initializer), so the layout printer can vouch for it.
  const statements = [`const ${valid} = ${shapeValid.replace(/^\((.*)\)$/, '$1')};`];
  let exact = v;
  if (defaults !== undefined) {
    // Made on first use, where a rule runs (never in a mode whose gate skips every rule).
    const copy = emitter.local();
    statements.push(`let ${copy}: unknown;`);
    exact = `(${copy} ??= ${defaults}(${v}))`;
  }
  if (direct.some((code) => code !== undefined)) {
    // Read once for every rule, under the condition they all share (usually the request-only gate).
    const gates = new Set(rules.map(({ rule }) => gateOf(rule, mode)));
    const gate = gates.size === 1 ? [...gates][0]! : '';
    statements.push(...reads.declarations(), `if (${valid} && ${v} !== null && ${v} !== undefined${gate}) {`);
    statements.push(...reads.statements(), '}');
  }
  const typeName = schemaType(type, emitter);
  rules.forEach(({ rule, compiled }, i) => {
    const code = direct[i];
    const site = { self: exact, path: p, mode, when: valid, guard: v, schemaType: typeName };
    statements.push(...ruleCheck(rule, compiled, site, emitter, code === undefined ? undefined : reads.guarded(code)));
  });
  return statements;
}

/** The mode condition a rule runs under (`""`: always), or undefined when it never runs in this mode. */
function gateOf(rule: ValidationRule, mode: string): string | undefined {
  if (rule.onlyIn === undefined) return '';
  if (rule.onlyIn === 'response') return mode === 'false' ? undefined : ` && ${mode}`;
  return mode === 'true' ? undefined : ` && !${mode}`;
}

/** A rule compiled, or undefined (with a located warning) when specgen cannot compile it. */
export function compiledRule(rule: ValidationRule, emitter: Emitter): Extract<CelResult, { ok: true }> | undefined {
  const compiled = compileCelRule(rule.rule);
  if (!compiled.ok) {
    emitter.warnings.push(`x-kubernetes-validations rule at #${rule.source} is not checked: ${compiled.message}`);
    return undefined;
  }
  return compiled;
}

/** Where one rule runs: the value (defaulted), the old value for a transition rule, its path, mode and guard. */
export interface RuleSite {
  readonly self: string;
  /** The expression `oldSelf` stands for (a transition rule). */
  readonly oldSelf?: string;
  readonly path: string;
  readonly mode: string;
  /** The condition on top of "present and not null" (the value's shape is valid). */
  readonly when: string;
  /** The expression tested for "present and not null" (`self` unless that is the lazily defaulted copy). */
  readonly guard?: string;
  /** The schema type of the value the rule is attached to, which the server quotes as the invalid value. */
  readonly schemaType: string;
}

/**
 * The structural schema's `type` of the value a rule is attached to, which apiextensions-apiserver quotes as the
 * invalid value of a failed rule (pkg/apiserver/schema/cel/validation.go: `field.Invalid(fldPath, sts.Type, ...)`):
 * "object", "array", "string", "integer", "number", "boolean", and "" where the schema has no type
 * (x-kubernetes-int-or-string, x-kubernetes-preserve-unknown-fields without a type).
 */
export function schemaType(type: Type, emitter: Emitter, hops = 0): string {
  switch (type.kind) {
    case 'object':
    case 'array':
    case 'string':
    case 'boolean':
      return type.kind;
    case 'number':
      return type.integer ? 'integer' : 'number';
    case 'literal':
      if (typeof type.value === 'number') return Number.isInteger(type.value) ? 'integer' : 'number';
      return type.value === null ? '' : typeof type.value;
    case 'ref': {
      const model = emitter.models.get(type.name);
      return model === undefined || hops > 64 ? '' : schemaType(model.type, emitter, hops + 1);
    }
    case 'union': {
      // A nullable type or an enum has its members' type; int-or-string (and any other mix) has none.
      const types = new Set(nonNullMembers(type.members).map((member) => schemaType(member, emitter, hops + 1)));
      return types.size === 1 ? [...types][0]! : '';
    }
    case 'intersection':
      return type.members.map((member) => schemaType(member, emitter, hops + 1)).find((name) => name !== '') ?? '';
    case 'unknown':
    case 'null':
      return '';
    default:
      return '';
  }
}

/** The statements that evaluate one compiled rule at a site and report its failure as the server does. */
export function ruleCheck(
  rule: ValidationRule,
  compiled: Extract<CelResult, { ok: true }>,
  site: RuleSite,
  emitter: Emitter,
  fastCode: string = compiled.fastCode(site.self, site.oldSelf),
): string[] {
  const { self: x, oldSelf, path: p, mode } = site;
  const schemaTypeName = printString(site.schemaType);
  const gate = gateOf(rule, mode);
  if (gate === undefined) return [];
  emitter.usesCel = true;
  for (const library of compiled.libraries) emitter.celLibraries.add(library);
  const passed = emitter.local();
  const path = rule.fieldPath === undefined ? p : fieldPath(p, rule.fieldPath.replace(/^\./, ''));
  const reason = printString(rule.reason ?? 'FieldValueInvalid');
  const message = printString(rule.message?.trim() || `failed rule: ${rule.rule.trim()}`);
  const named = printString(` evaluating rule: ${rule.message?.trim() || rule.rule.trim()}`);
  const failure = emitter.local();
  const messageCode = dynamicMessage(rule, emitter, x, oldSelf, message);
  const present = site.guard ?? x;
  return [
    `if (${site.when} && ${present} !== null && ${present} !== undefined${gate}) {`,
    `let ${passed} = true;`,
    `let ${failure} = "";`,
    `try { ${passed} = $cel_true(${fastCode}); } catch { try { ${passed} = $cel_true(${compiled.code(x, oldSelf)}); } catch (error) { ${passed} = false; ${failure} = String(error instanceof Error ? error.message : error) + ${named}; } }`,
    `if (!${passed}) { if (${failure} === "") ${fail(failedRule(rule, emitter, { path, node: p, reason, message: messageCode, schemaTypeName, self: x, oldSelf }))} else ${fail(`$rule(${p}, "FieldValueInvalid", ${failure}, ${schemaTypeName})`)} }`,
    '}',
  ];
}

/** The error of a rule that evaluated to false: as CEL reports it, or quoting a value (`valueExpression`). */
function failedRule(
  rule: ValidationRule,
  emitter: Emitter,
  at: {
    path: string;
    /** The path of the value the rule is written on (`path` is below it when the rule has a `fieldPath`). */
    node: string;
    reason: string;
    message: string;
    schemaTypeName: string;
    self: string;
    oldSelf: string | undefined;
  },
): string {
  // With a `fieldPath` the error is reported below the value the rule is on, which ratcheting compares (ratchet.ts).
  const node = at.path === at.node ? '' : `, ${at.node}`;
  const cel = `$rule(${at.path}, ${at.reason}, ${at.message}, ${at.schemaTypeName}${node})`;
  if (rule.valueExpression === undefined || (rule.reason ?? 'FieldValueInvalid') !== 'FieldValueInvalid') return cel;
  const compiled = compileCelRule(rule.valueExpression);
  if (!compiled.ok || (compiled.usesOldSelf && at.oldSelf === undefined)) {
    const why = compiled.ok ? 'oldSelf in the value of a rule that does not use it' : compiled.message;
    emitter.warnings.push(`x-specgen-value-expression at #${rule.source} is not used: ${why}`);
    return cel;
  }
  for (const library of compiled.libraries) emitter.celLibraries.add(library);
  return `$invalid(${at.path}, $cel_quoted(() => ${compiled.code(at.self, at.oldSelf)}, ${at.schemaTypeName}), ${at.message})`;
}

/**
 * The message of a failed rule: its `messageExpression` evaluated on the value when that gives a non-empty string,
 * else `message` (apiextensions-apiserver pkg/apiserver/schema/cel/validation.go falls back the same way).
 */
function dynamicMessage(
  rule: ValidationRule,
  emitter: Emitter,
  value: string,
  oldValue: string | undefined,
  message: string,
): string {
  if (rule.messageExpression === undefined) return message;
  const compiled = compileCelRule(rule.messageExpression);
  if (!compiled.ok || (compiled.usesOldSelf && oldValue === undefined)) {
    const why = compiled.ok ? 'oldSelf in the message of a rule that does not use it' : compiled.message;
    emitter.warnings.push(`messageExpression at #${rule.source} is not used: ${why}`);
    return message;
  }
  for (const library of compiled.libraries) emitter.celLibraries.add(library);
  return `$cel_message(() => ${compiled.code(value, oldValue)}, ${message})`;
}
