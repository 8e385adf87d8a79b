/**
 * What every keyword emitter shares: the scope of the value being checked, and the per-run emitter that hoists
 * helpers and constants. Emitters reach each other only through `emitter.check`, so no emitter imports another's
 * dispatch (the same shape as Ajv's keyword context).
 */
import type { CelLibrary } from '../../cel/functions.js';
import type { Model, Type } from '../../ir.js';
import { layout } from '../layout.js';
import type { FormatOptions } from './formats.js';
import { printString } from '../literal.js';

/** A generated function: name and body (statements, laid out one level deep), with the shared signature. */
export interface GuardFunction {
  readonly name: string;
  readonly body: string;
  /** The body is exactly as Prettier prints it, so the format stage can leave it alone. */
  readonly canonical: boolean;
}

/** A module-level constant the guards use (regular expressions, enum sets). */
export interface GuardConstant {
  readonly name: string;
  readonly init: string;
  /**
   * The initialiser is laid out exactly as Prettier prints `const name = init;` already (true), or is Prettier's to
   * print (false); unset, the validators view lays out the shapes it knows.
   */
  readonly canonical?: boolean;
}

/** Past this depth a value is rejected instead of walked: cyclic values and recursive schemas stay bounded. */
export const MAX_DEPTH = 256;

/** The internal guard function of a model. */
export function modelGuardName(model: string): string {
  return `$v_${model}`;
}

/** Expressions the emitted statements are built from. */
export interface Scope {
  /** The value being checked (a local name). */
  readonly value: string;
  /** An expression for its path, evaluated only when an error is reported. */
  readonly path: string;
  /** An expression for response mode (`r`, or `true` inside read-only properties). */
  readonly mode: string;
  /**
   * The unknown-field setting, always a name or a digit: `s` (the parameter: 0 ignore, 1 reject here and below, 2
   * reject below only), `c` (`s` for the levels below: 0 or 1), `m` (an intersection member: 0 or 2, since the
   * intersection checks the keys of its members together), or `0`/`1`.
   */
  readonly strict: string;
}

/** Statements that check `scope.value` against a type: the dispatcher every emitter recurses through. */
export type CheckType = (type: Type, scope: Scope, emitter: Emitter) => string[];

/** Collects hoisted helpers and constants for one generation run; created per call, never shared. */
export class Emitter {
  readonly helpers: GuardFunction[] = [];
  readonly constants: GuardConstant[] = [];
  readonly warnings: string[] = [];
  /** Set when a CEL rule was compiled, so the module includes the CEL runtime. */
  usesCel = false;
  /** Set when a read-only member is decoded in requests, so the module includes runtime/decode.ts. */
  usesDecode = false;
  /** Set when a quantity is checked, so the module includes runtime/quantity.ts. */
  usesQuantity = false;
  /** The CEL libraries (runtime/cel/<name>.ts) compiled rules call. */
  readonly celLibraries = new Set<CelLibrary>();
  private readonly constantsByInit = new Map<string, string>();
  private readonly helpersByType = new Map<string, string>();
  private locals = 0;

  private readonly warned = new Set<string>();
  /** Per-run state of emitters that need some (defaults, transition rules), by the emitter's own key. */
  private readonly memos = new Map<string, unknown>();

  constructor(
    readonly models: ReadonlyMap<string, Model>,
    private readonly checkType: CheckType,
    readonly options: FormatOptions = {},
  ) {}

  /**
   * The run's state for `key`, created by `create` on first use: emitters keep what they memoise here, on the run's
   * emitter, rather than in module-level maps.
   */
  memo<T>(key: string, create: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, create());
    return this.memos.get(key) as T;
  }

  /** Records a warning unless the same one was recorded already (an unknown format is named once, not per use). */
  warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.warnings.push(message);
  }

  /** Statements that check `scope.value` against `type` (dispatching to the emitter of its kind). */
  check(type: Type, scope: Scope): string[] {
    return this.checkType(type, scope, this);
  }

  /** A fresh local variable name. */
  local(): string {
    return `x${++this.locals}`;
  }

  /** A module-level constant, shared between identical initialisers; `canonical`: laid out as Prettier prints it. */
  constant(prefix: string, init: string, canonical?: true): string {
    const existing = this.constantsByInit.get(init);
    if (existing !== undefined) return existing;
    const name = `$${prefix}${this.constants.length + 1}`;
    this.constants.push(canonical === true ? { name, init, canonical } : { name, init });
    this.constantsByInit.set(init, name);
    return name;
  }

  /** Hoists a type's checks into a helper function and returns its name; one function per distinct type. */
  hoist(type: Type): string {
    // The same inline shape recurs across a spec (GitHub repeats whole repository objects): check it once.
    // Documentation does not change the checks: shapes that differ only in their docs share a function.
    const key = JSON.stringify(type, (name, value: unknown) => (name === 'doc' ? undefined : value));
    const existing = this.helpersByType.get(key);
    if (existing !== undefined) return existing;
    const name = `$h${this.helpers.length + 1}`;
    this.helpersByType.set(key, name);
    const index = this.helpers.push({ name, body: '', canonical: false }) - 1;
    this.helpers[index] = { name, ...this.functionBody(type) };
    return name;
  }

  /** The body of a guard function for `type`, checking `v` at path `p` in mode `r`, laid out as Prettier would. */
  functionBody(type: Type, extra: readonly string[] = []): { body: string; canonical: boolean } {
    const statements = this.inFunction(() => [
      ...this.check(type, { value: 'v', path: 'p', mode: 'r', strict: 's' }),
      ...extra,
    ]);
    const code = [
      'let ok = true;',
      `if (d > ${MAX_DEPTH}) { if (e !== null) e.push($invalid(p, v, "is nested too deeply")); return false; }`,
      // The unknown-field setting for the levels below (`c`) and for intersection members (`m`): see Scope.strict.
      'const c = s === 0 ? 0 : 1;',
      'const m = s === 0 ? 0 : 2;',
      ...statements,
      'return ok;',
    ].join('\n');
    const { text, canonical } = layout(code, 1);
    return { body: text, canonical };
  }

  /** Runs `build` with local names starting afresh, as each generated function has its own scope. */
  inFunction<T>(build: () => T): T {
    const saved = this.locals;
    this.locals = 0;
    try {
      return build();
    } finally {
      this.locals = saved;
    }
  }
}

/** `{ if (e === null) return false; ok = false; e.push(error); }`: the error is built only when it is collected. */
export function fail(error: string): string {
  return `{ if (e === null) return false; ok = false; e.push(${error}); }`;
}

/** `else { ... }` around statements that run only when the type test passed. */
export function elseBlock(statements: readonly string[]): string[] {
  return statements.length === 0 ? [] : ['else {', ...statements, '}'];
}

/** The unknown-field setting for the values below one that has `strict`: reject there whenever anywhere. */
export function below(strict: string): string {
  // `c` is `s` with 2 turned into 1 (declared at the top of every guard), so the levels below check their keys.
  return strict === '0' || strict === '1' ? strict : 'c';
}

/** A child path expression: `spec`, `spec.from`. */
export function fieldPath(parent: string, name: string): string {
  return `$field(${parent}, ${printString(name)})`;
}

/** The guard-call statement for a function that checks `x` with its own paths starting from `p`. */
export function callGuard(name: string, scope: Scope): string {
  return `if (!${name}(${scope.value}, e === null ? "" : ${scope.path}, e, ${scope.mode}, ${scope.strict}, d + 1)) { if (e === null) return false; ok = false; }`;
}

/** A union's members other than `null` (a `null` type or a `null` literal): what a nullable value is when present. */
export function nonNullMembers(members: readonly Type[]): Type[] {
  return members.filter((member) => member.kind !== 'null' && !(member.kind === 'literal' && member.value === null));
}

/** The type without its null members and without the flag (null is handled before it is checked). */
export function withoutNull(type: Type): Type {
  const { nullIsUnset: _flag, ...rest } = type;
  if (rest.kind !== 'union') return rest;
  const members = nonNullMembers(rest.members);
  if (members.length === rest.members.length || members.length === 0) return rest;
  return members.length === 1 && rest.rules === undefined && rest.onlyIn === undefined
    ? members[0]!
    : { ...rest, members };
}
