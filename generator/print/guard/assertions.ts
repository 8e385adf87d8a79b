/**
 * Emitters for the JSON Schema keywords that narrow no TypeScript type: `not`, `if`/`then`/`else`, `enum`/`const`
 * with object or array values (deep equality), and the type-specific keywords of a schema without `type` (`when`).
 */
import { assertNever } from '../../errors.js';
import type { Assertion } from '../../ir.js';
import { printString } from '../literal.js';
import { fail, type Emitter, type Scope } from './context.js';
import { kindTest } from './kinds.js';
import { checkUnevaluatedItems, checkUnevaluatedProperties } from './unevaluated.js';

/** The scope for a subschema applied in place: its keys are checked together with the rest, never alone. */
export function inPlace(scope: Scope): Scope {
  return { ...scope, strict: scope.strict === '0' ? '0' : 'm' };
}

/** A boolean expression: whether `x` passes the (hoisted) type, allocating no errors. */
export function passes(helper: string, scope: Scope): string {
  return `${helper}(${scope.value}, "", null, ${scope.mode}, 0, d + 1)`;
}

/** The JSON text of a value as the runtime's `$canonical` writes it (keys sorted), for deep equality. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    return `{${Object.keys(object)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(object[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** Statements that check one assertion. */
export function checkAssertion(assertion: Assertion, scope: Scope, emitter: Emitter): string[] {
  const { value: x, path: p } = scope;
  switch (assertion.kind) {
    case 'not':
      return [
        `if (${passes(emitter.hoist(assertion.type), scope)}) ${fail(`$invalid(${p}, ${x}, "must not match the schema in \\"not\\"")`)}`,
      ];
    case 'if': {
      const then = assertion.then === undefined ? [] : emitter.check(assertion.then, inPlace(scope));
      const otherwise = assertion.else === undefined ? [] : emitter.check(assertion.else, inPlace(scope));
      const test = passes(emitter.hoist(assertion.if), scope);
      if (then.length === 0 && otherwise.length === 0) return [];
      if (then.length === 0) return [`if (!${test}) {`, ...otherwise, '}'];
      return [`if (${test}) {`, ...then, '}', ...(otherwise.length > 0 ? ['else {', ...otherwise, '}'] : [])];
    }
    case 'enum': {
      const set = emitter.constant('enum', `new Set<string>(${printValue(assertion.values.map(canonical))})`);
      // Parsed from JSON text, so that a key like `__proto__` stays a plain key.
      const list = emitter.constant(
        'values',
        `JSON.parse(${printString(JSON.stringify(assertion.values))}) as unknown[]`,
      );
      return [`if (!${set}.has($canonical(${x}))) ${fail(`$notSupported(${p}, ${x}, ${list})`)}`];
    }
    case 'when': {
      const checks = emitter.check(assertion.type, scope);
      return checks.length === 0 ? [] : [`if (${kindTest(assertion.json, x)}) {`, ...checks, '}'];
    }
    case 'unevaluatedProperties':
      return checkUnevaluatedProperties(assertion.plan, assertion.type, scope, emitter);
    case 'unevaluatedItems':
      return checkUnevaluatedItems(assertion.plan, assertion.type, scope, emitter);
    default:
      return assertNever(assertion);
  }
}

function printValue(values: readonly string[]): string {
  return `[${values.map(printString).join(', ')}]`;
}
