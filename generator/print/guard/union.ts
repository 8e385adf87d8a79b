/** Emitter for unions (`anyOf`/`oneOf`, enums, nullable): member tests, then the most telling member's errors. */
import type { LiteralType, Type } from '../../ir.js';
import { printString } from '../literal.js';
import { fail, type Emitter, type Scope } from './context.js';
import { reportClosest } from './closest.js';
import { checkEnum } from './enum.js';
import { jsonKind, kindTest } from './kinds.js';

/** JSON kinds whose values hold nothing nested: a member of one is checked without a call. */
const PRIMITIVE_KINDS = new Set(['string', 'number', 'boolean']);

/** Statements that check a value against any one of `members`. */
export function checkUnion(members: readonly Type[], scope: Scope, emitter: Emitter): string[] {
  const { value: x, path: p, mode } = scope;
  if (members.length === 0) return [fail(`$invalid(${p}, ${x}, "no value is allowed here")`)];
  const gate = (member: Type): string | undefined =>
    member.onlyIn === undefined
      ? undefined
      : member.onlyIn === 'response'
        ? mode
        : mode === 'true'
          ? 'false'
          : `!${mode}`;
  const literals = members.filter((member): member is LiteralType => member.kind === 'literal');
  if (literals.length === members.length && literals.every((literal) => literal.rules === undefined)) {
    return checkEnum(literals, scope, emitter, gate);
  }
  // Nullable types: report on the one real member, with `null` accepted (in its mode).
  const nulls = members.filter(
    (member) => member.kind === 'null' || (member.kind === 'literal' && member.value === null),
  );
  const others = members.filter((member) => !nulls.includes(member));
  const statements: string[] = [];
  if (nulls.length > 0) {
    const gates = nulls.map(gate);
    const allowed = gates.includes(undefined) ? 'true' : gates.join(' || ');
    const nullBranch =
      allowed === 'true'
        ? []
        : [
            `if (${/^[\w$]+$/.test(allowed) ? `!${allowed}` : `!(${allowed})`}) ${fail(`$invalid(${p}, ${x}, "must not be null")`)}`,
          ];
    statements.push(`if (${x} === null) {`, ...nullBranch, '}');
    if (others.length === 0) return statements;
    statements.push('else {');
  }
  const kinds = others.map((member) => jsonKind(member, emitter.models));
  if (others.length === 1 && others[0]!.onlyIn === undefined) {
    statements.push(...emitter.check(others[0]!, scope));
  } else if (
    others.every((member) => member.onlyIn === undefined) &&
    kinds.every((kind) => kind !== undefined && PRIMITIVE_KINDS.has(kind)) &&
    new Set(kinds).size === kinds.length
  ) {
    // Members of distinct primitive kinds (a quantity's number | string): the value's kind picks the one member
    // that can take it, whose checks run inline; the same verdict and errors as trying each member's function.
    others.forEach((member, index) => {
      statements.push(`if (${kindTest(kinds[index]!, x)}) {`, ...emitter.check(member, scope), '}', 'else');
    });
    const expected = [...new Set(kinds)].join(' or ');
    statements.push(fail(`$typeInvalid(${p}, ${x}, ${printString(expected)})`));
  } else {
    const helpers = others.map((member) => emitter.hoist(member));
    const tests = others.map((member, index) => {
      const call = `${helpers[index]!}(${x}, "", null, ${mode}, ${scope.strict}, d + 1)`;
      const memberGate = gate(member);
      return memberGate === undefined ? call : `(${memberGate} && ${call})`;
    });
    statements.push(
      `if (!(${tests.join(' || ')})) {`,
      'if (e === null) return false;',
      ...reportNoMatch(
        others,
        helpers,
        scope,
        emitter,
        others.map((member) => gate(member) !== undefined),
      ),
      '}',
    );
  }
  if (nulls.length > 0) statements.push('}');
  return statements;
}

/**
 * What to report when no member matched: when exactly one member can take a value of this JSON kind, its own errors
 * (from its own function: the same code, not a copy, so nested unions stay linear in size); otherwise the kinds.
 */
function reportNoMatch(
  members: readonly Type[],
  helpers: readonly string[],
  scope: Scope,
  emitter: Emitter,
  gated: readonly boolean[] = [],
): string[] {
  const { value: x, path: p, mode } = scope;
  const kinds = members.map((member) => jsonKind(member, emitter.models));
  const statements: string[] = [];
  // When exactly one member can take a value of this JSON kind, its own errors say the most. The member's own
  // function reports them (the same code, not a copy: nested unions stay linear in size).
  kinds.forEach((kind, index) => {
    if (kind === undefined || kinds.filter((other) => other === kind).length !== 1) return;
    statements.push(
      `if (${kindTest(kind, x)}) {`,
      `${helpers[index]!}(${x}, ${p}, e, ${mode}, ${scope.strict}, d + 1);`,
      'ok = false;',
      '}',
      'else',
    );
  });
  // Several members take this kind (two object branches): the one with the fewest errors says the most.
  for (const kind of new Set(kinds)) {
    const shared = members.flatMap((_member, index) => (kinds[index] === kind ? [index] : []));
    if (kind === undefined || shared.length < 2 || shared.some((index) => gated[index] === true)) continue;
    const closest = reportClosest(
      shared.map((index) => helpers[index]!),
      scope,
      emitter,
    );
    statements.push(`if (${kindTest(kind, x)}) {`, ...closest, '}', 'else');
  }
  const expected = [...new Set(kinds.map((kind) => kind ?? 'value'))].join(' or ');
  statements.push(fail(`$typeInvalid(${p}, ${x}, ${printString(expected)})`));
  return statements;
}

/** `oneOf`: exactly one member may match; none reports as a union does, several say how many matched. */
export function checkOneOf(members: readonly Type[], scope: Scope, emitter: Emitter): string[] {
  const { value: x, path: p, mode } = scope;
  const helpers = members.map((member) => emitter.hoist(member));
  const count = emitter.local();
  return [
    `let ${count} = 0;`,
    ...helpers.map((helper) => `if (${helper}(${x}, "", null, ${mode}, ${scope.strict}, d + 1)) ${count}++;`),
    `if (${count} === 0) {`,
    'if (e === null) return false;',
    ...reportNoMatch(members, helpers, scope, emitter),
    '}',
    `else if (${count} > 1) ${fail(`$invalid(${p}, ${x}, "must match exactly one schema in oneOf, but matches " + ${count})`)}`,
  ];
}
