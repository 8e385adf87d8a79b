/**
 * IR type → validator code. Every model becomes one function with the signature
 * `(v: unknown, p: string, e: FieldError[] | null, r: boolean, s: boolean, d: number) => boolean`:
 * `v` the value, `p` its Kubernetes field path, `e` null for the boolean fast path (return at the first failure,
 * allocate nothing) or the list that collects every error, `r` response mode, `s` unknown fields (0 ignore, 1 reject,
 * 2 reject below this level only), `d` depth.
 * One code path serves both `isX` and `validateX`, so they cannot disagree.
 */
import { assertNever } from '../errors.js';
import { compileCelRule } from '../cel/compile.js';
import type { Model, ObjectType, Property, Type, ValidationRule } from '../ir.js';
import { layout } from './layout.js';
import { printList, printPropertyAccess, printString, printValue } from './literal.js';

/** A generated function: name and body (statements, laid out one level deep), with the shared signature above. */
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
}

/** The validator code for all models. */
export interface GuardModule {
  /** One function per model, named by `modelGuardName`. */
  readonly models: readonly GuardFunction[];
  /** Helper functions hoisted out of unions. */
  readonly helpers: readonly GuardFunction[];
  readonly constants: readonly GuardConstant[];
  /** Patterns JavaScript cannot compile and CEL rules specgen cannot compile, each skipped with this warning. */
  readonly warnings: readonly string[];
  /** Whether the code calls the CEL runtime. */
  readonly usesCel: boolean;
}

/** The internal guard function of a model. */
export function modelGuardName(model: string): string {
  return `$v_${model}`;
}

/** The parameters every guard function takes, in order. */
export const GUARD_PARAMETERS = 'v: unknown, p: string, e: FieldError[] | null, r: boolean, s: number, d: number';

/** Past this depth a value is rejected instead of walked: cyclic values and recursive schemas stay bounded. */
export const MAX_DEPTH = 256;

/** Expressions the emitted statements are built from. */
interface Scope {
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

/** Collects hoisted helpers and constants for one generation run; created per call, never shared. */
class Emitter {
  readonly helpers: GuardFunction[] = [];
  readonly constants: GuardConstant[] = [];
  readonly warnings: string[] = [];
  /** Set when a CEL rule was compiled, so the module includes the CEL runtime. */
  usesCel = false;
  private readonly constantsByInit = new Map<string, string>();
  private readonly helpersByType = new Map<string, string>();
  private locals = 0;

  constructor(readonly models: ReadonlyMap<string, Model>) {}

  /** A fresh local variable name. */
  local(): string {
    return `x${++this.locals}`;
  }

  /** A module-level constant, shared between identical initialisers. */
  constant(prefix: string, init: string): string {
    const existing = this.constantsByInit.get(init);
    if (existing !== undefined) return existing;
    const name = `$${prefix}${this.constants.length + 1}`;
    this.constants.push({ name, init });
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
    this.helpers[index] = { name, ...functionBody(type, this) };
    return name;
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
function fail(error: string): string {
  return `{ if (e === null) return false; ok = false; e.push(${error}); }`;
}

/** The body of a guard function for `type`, checking `v` at path `p` in mode `r`, laid out as Prettier would. */
function functionBody(
  type: Type,
  emitter: Emitter,
  extra: readonly string[] = [],
): { body: string; canonical: boolean } {
  const statements = emitter.inFunction(() => [
    ...check(type, { value: 'v', path: 'p', mode: 'r', strict: 's' }, emitter),
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

/**
 * A stored kind's create and update requests need a name: ValidateObjectMetaAccessor
 * (k8s.io/apimachinery/pkg/api/validation/objectmeta.go) after BeforeCreate turns generateName into one.
 */
function nameRequiredCheck(): string[] {
  const given = (key: string) => `(typeof n[${printString(key)}] === "string" && n[${printString(key)}] !== "")`;
  return [
    'if (!r && $isObject(v)) {',
    'const n = v["metadata"];',
    `if (!($isObject(n) && (${given('name')} || ${given('generateName')}))) ${fail(
      `$rule($field($field(p, "metadata"), "name"), "FieldValueRequired", "name or generateName is required")`,
    )}`,
    '}',
  ];
}

/** The unknown-field setting for the values below one that has `strict`: reject there whenever anywhere. */
function below(strict: string): string {
  // `c` is `s` with 2 turned into 1 (declared at the top of every guard), so the levels below check their keys.
  return strict === '0' || strict === '1' ? strict : 'c';
}

/** A child path expression: `spec`, `spec.from`. */
function fieldPath(parent: string, name: string): string {
  return `$field(${parent}, ${printString(name)})`;
}

/** Statements that check `scope.value` against `type` and its CEL rules, reporting every failure. */
function check(type: Type, scope: Scope, emitter: Emitter): string[] {
  const shape = checkShape(type.nullIsUnset === true ? withoutNull(type) : type, scope, emitter);
  const statements = type.rules === undefined ? shape : [...shape, ...checkRules(type.rules, scope, emitter)];
  // Go decodes this null to the zero value (generator/go-decoding.ts): nothing to check.
  return type.nullIsUnset === true && statements.length > 0
    ? [`if (${scope.value} !== null) {`, ...statements, '}']
    : statements;
}

/** A union without its null members (checked before them when null means "not set"). */
function withoutNull(type: Type): Type {
  if (type.kind !== 'union') return type;
  const members = type.members.filter(
    (member) => member.kind !== 'null' && !(member.kind === 'literal' && member.value === null),
  );
  if (members.length === type.members.length || members.length === 0) return type;
  return members.length === 1 && type.rules === undefined ? members[0]! : { ...type, members };
}

/**
 * `x-kubernetes-validations` rules, evaluated on present, non-null values once everything checked so far is valid:
 * a cross-field rule over broken fields would only repeat their errors (and cost exceptions). A rule that throws
 * is not reported either, for the same reason.
 */
function checkRules(rules: readonly ValidationRule[], scope: Scope, emitter: Emitter): string[] {
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

/** Statements that check the shape of `scope.value` against `type`. */
function checkShape(type: Type, scope: Scope, emitter: Emitter): string[] {
  const { value: x, path: p } = scope;
  switch (type.kind) {
    case 'unknown':
      return [];
    case 'null':
      return [`if (${x} !== null) ${fail(`$typeInvalid(${p}, ${x}, "null")`)}`];
    case 'boolean':
      return [`if (typeof ${x} !== "boolean") ${fail(`$typeInvalid(${p}, ${x}, "boolean")`)}`];
    case 'literal':
      return [
        `if (${x} !== ${printValue(type.value)}) ${fail(`$notSupported(${p}, ${x}, ${printList([type.value])})`)}`,
      ];
    case 'string':
      return checkString(type, scope, emitter);
    case 'number':
      return checkNumber(type, scope);
    case 'array':
      return checkArray(type, scope, emitter);
    case 'object':
      // A nested inline object gets a function of its own: its paths start again from `p`, so code stays linear in
      // the nesting depth instead of repeating ever longer path expressions.
      if (p !== 'p' && type.properties.length > 0) {
        const helper = emitter.hoist({ ...type, rules: undefined });
        return [
          `if (!${helper}(${x}, e === null ? "" : ${p}, e, ${scope.mode}, ${scope.strict}, d + 1)) { if (e === null) return false; ok = false; }`,
        ];
      }
      return checkObject(type, scope, emitter);
    case 'ref':
      return [
        `if (!${modelGuardName(type.name)}(${x}, e === null ? "" : ${p}, e, ${scope.mode}, ${scope.strict}, d + 1)) { if (e === null) return false; ok = false; }`,
      ];
    case 'union':
      return checkUnion(type.members, scope, emitter);
    case 'intersection':
      return checkIntersection(type.members, scope, emitter);
    default:
      return assertNever(type);
  }
}

function checkString(type: Extract<Type, { kind: 'string' }>, scope: Scope, emitter: Emitter): string[] {
  const { value: x, path: p } = scope;
  const inner: string[] = [];
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
    const regex = compilePattern(type.pattern);
    if (regex === undefined)
      emitter.warnings.push(
        `pattern ${printString(type.pattern)} is not a valid JavaScript regular expression; not checked`,
      );
    else {
      const name = emitter.constant('re', regex);
      inner.push(
        `if (!${name}.test(${x})) ${fail(`$invalid(${p}, ${x}, ${printString(`must match ${type.pattern}`)})`)}`,
      );
    }
  }
  if (type.format === 'quantity') {
    const name = emitter.constant('re', `new RegExp(${printString(QUANTITY_PATTERN)}, "u")`);
    inner.push(`if (!${name}.test(${x})) ${fail(`$invalid(${p}, ${x}, ${printString(QUANTITY_MESSAGE)})`)}`);
  }
  const format = FORMAT_CHECKS[type.format ?? ''];
  if (format !== undefined)
    inner.push(`if (!${format.test}(${x})) ${fail(`$invalid(${p}, ${x}, ${printString(format.message)})`)}`);
  return [`if (typeof ${x} !== "string") ${fail(`$typeInvalid(${p}, ${x}, "string")`)}`, ...elseBlock(inner)];
}

/**
 * resource.ParseQuantity's grammar (k8s.io/apimachinery/pkg/api/resource/quantity.go) after UnmarshalJSON's
 * strings.TrimSpace (Go's unicode.IsSpace): a signed decimal with digits on at least one side of the point, then a
 * decimal SI suffix, a binary SI suffix, or an exponent. `e` alone is no suffix; `E` alone is exa.
 */
const QUANTITY_PATTERN =
  '^[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$';

/** The server's words for a malformed quantity (resource.ErrFormatWrong). */
const QUANTITY_MESSAGE = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

/** String formats the validators check, and the helper that checks each (defined in the validators runtime). */
const FORMAT_CHECKS: Readonly<Record<string, { test: string; message: string }>> = {
  'date-time': { test: '$isDateTime', message: 'must be an RFC 3339 date-time, e.g. 2006-01-02T15:04:05Z' },
  byte: { test: '$isBase64', message: 'must be base64-encoded' },
};

/** A JavaScript regular expression literal for a spec pattern, or undefined when it does not compile. */
function compilePattern(pattern: string): string | undefined {
  for (const flags of ['u', '']) {
    try {
      new RegExp(pattern, flags);
      return `new RegExp(${printString(pattern)}, ${printString(flags)})`;
    } catch {
      // Try the next flag set: some valid ECMA-262 patterns (e.g. `\-` escapes) are rejected only in unicode mode.
    }
  }
  return undefined;
}

function checkNumber(type: Extract<Type, { kind: 'number' }>, scope: Scope): string[] {
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

function checkArray(type: Extract<Type, { kind: 'array' }>, scope: Scope, emitter: Emitter): string[] {
  const { value: x, path: p } = scope;
  const inner: string[] = [];
  if (type.maxItems !== undefined)
    inner.push(`if (${x}.length > ${type.maxItems}) ${fail(`$tooMany(${p}, ${x}.length, ${type.maxItems})`)}`);
  if (type.minItems !== undefined && type.minItems > 0) {
    const error =
      type.minItems === 1 ? `$required(${p})` : `$invalid(${p}, ${x}, "must have at least ${type.minItems} items")`;
    inner.push(`if (${x}.length < ${type.minItems}) ${fail(error)}`);
  }
  const index = emitter.local();
  const item = emitter.local();
  const itemChecks = check(
    type.items,
    { ...scope, value: item, path: `$index(${p}, ${index})`, strict: below(scope.strict) },
    emitter,
  );
  if (itemChecks.length > 0) {
    inner.push(
      `for (let ${index} = 0; ${index} < ${x}.length; ${index}++) {`,
      `const ${item}: unknown = ${x}[${index}];`,
      ...itemChecks,
      '}',
    );
  }
  if (type.uniqueItems === true) {
    const duplicate = emitter.local();
    inner.push(
      `const ${duplicate} = $duplicateIndex(${x});`,
      `if (${duplicate} >= 0) ${fail(`$duplicate($index(${p}, ${duplicate}), ${x}[${duplicate}])`)}`,
    );
  }
  return [`if (!Array.isArray(${x})) ${fail(`$typeInvalid(${p}, ${x}, "array")`)}`, ...elseBlock(inner)];
}

/** Whether a property must be present, as an expression of the mode. */
function requiredCondition(property: Property, mode: string): string | undefined {
  const { request, response } = property.required;
  if (request && response) return 'true';
  if (request) return mode === 'true' ? undefined : `!${mode}`;
  if (response) return mode;
  return undefined;
}

function checkObject(type: ObjectType, scope: Scope, emitter: Emitter): string[] {
  const { value: x, path: p, mode } = scope;
  const inner: string[] = [];
  for (const property of type.properties) {
    const child = emitter.local();
    const path = fieldPath(p, property.name);
    // A read-only property is ignored by the server in requests: check it as a response, whatever the mode.
    const childMode = property.readOnly ? 'true' : mode;
    const required = requiredCondition(property, mode);
    const checks = check(property.type, { value: child, path, mode: childMode, strict: below(scope.strict) }, emitter);
    const nonNull = property.nonNullInRequest && childMode !== 'true';
    if (required === undefined && !nonNull && checks.length === 0) continue;
    // A direct read, then an own check only when something was found: absent keys (most of them) cost one lookup,
    // and an inherited value (a class, a polluted Object.prototype) never counts as present. Typed `unknown`: for a
    // name Object.prototype has (`constructor`, `toString`) TypeScript would infer the inherited member's type.
    inner.push(
      `let ${child}: unknown = ${printPropertyAccess(x, property.name)};`,
      `if (${child} !== undefined && !$hasOwn(${x}, ${printString(property.name)})) ${child} = undefined;`,
    );
    const missing =
      required === undefined
        ? ''
        : required === 'true'
          ? fail(`$required(${path})`)
          : `if (${required}) ${fail(`$required(${path})`)}`;
    const nullCheck = nonNull ? [`if (${child} === null && !${childMode}) ${fail(`$required(${path})`)}`] : [];
    const present =
      nullCheck.length > 0 && checks.length > 0 ? [...nullCheck, 'else {', ...checks, '}'] : [...nullCheck, ...checks];
    // A null that means "not set" (generator/go-decoding.ts) leaves a required property missing.
    const absent =
      property.type.nullIsUnset === true ? `${child} === undefined || ${child} === null` : `${child} === undefined`;
    if (missing === '') inner.push(`if (${child} !== undefined) {`, ...present, '}');
    else
      inner.push(
        `if (${absent}) {${missing}}`,
        ...(present.length > 0 ? ['else {', ...present, '}'] : []),
      );
  }
  inner.push(...checkExtraKeys(type, scope, emitter));
  return [`if (!$isObject(${x})) ${fail(`$typeInvalid(${p}, ${x}, "object")`)}`, ...elseBlock(inner)];
}

/** Keys not listed: typed (maps), rejected (closed objects, or any object in strict mode), or accepted. */
function checkExtraKeys(
  type: ObjectType,
  scope: Scope,
  emitter: Emitter,
  known: readonly string[] = type.properties.map((p) => p.name),
): string[] {
  const { value: x, path: p } = scope;
  const additional = type.additionalProperties;
  if (additional !== undefined && additional !== false && additional.kind === 'unknown') return [];
  // `0` never rejects; `m` (an intersection member) rejects only below this level.
  if (additional === undefined && (scope.strict === '0' || scope.strict === 'm')) return [];
  const key = emitter.local();
  const skipKnown =
    known.length > 0
      ? [`switch (${key}) { ${known.map((name) => `case ${printString(name)}:`).join(' ')} continue; }`]
      : [];
  if (additional === undefined || additional === false) {
    const loop = [
      `for (const ${key} in ${x}) {`,
      `if (!$hasOwn(${x}, ${key})) continue;`,
      ...skipKnown,
      fail(`$unknownField($field(${p}, ${key}), ${x}[${key}])`),
      '}',
    ];
    return additional === false ? loop : [`if (${scope.strict} === 1) {`, ...loop, '}'];
  }
  const item = emitter.local();
  const checks = check(
    additional,
    { ...scope, value: item, path: `$key(${p}, ${key})`, strict: below(scope.strict) },
    emitter,
  );
  if (checks.length === 0) return [];
  return [
    `for (const ${key} in ${x}) {`,
    `if (!$hasOwn(${x}, ${key})) continue;`,
    ...skipKnown,
    `const ${item}: unknown = ${x}[${key}];`,
    ...checks,
    '}',
  ];
}

/** `else { ... }` around statements that run only when the type test passed. */
function elseBlock(statements: readonly string[]): string[] {
  return statements.length === 0 ? [] : ['else {', ...statements, '}'];
}

/**
 * How many model references `jsonKind` and `knownKeys` look through. Both only refine error reports and strictness,
 * so a longer chain of references (a spec may hold thousands) gets the conservative answer instead of a deep stack.
 */
const MAX_REF_HOPS = 64;

/** The JSON kind a type accepts, when it accepts exactly one (used to pick the union member to report on). */
function jsonKind(type: Type, models: ReadonlyMap<string, Model>, seen = new Set<string>()): string | undefined {
  switch (type.kind) {
    case 'string':
    case 'boolean':
    case 'null':
    case 'array':
    case 'object':
      return type.kind;
    case 'number':
      return 'number';
    case 'literal':
      return type.value === null ? 'null' : typeof type.value;
    case 'ref': {
      if (seen.has(type.name) || seen.size >= MAX_REF_HOPS) return undefined;
      seen.add(type.name);
      const model = models.get(type.name);
      return model ? jsonKind(model.type, models, seen) : undefined;
    }
    case 'intersection': {
      const kinds = new Set(type.members.map((member) => jsonKind(member, models, seen)));
      return kinds.size === 1 ? [...kinds][0] : undefined;
    }
    case 'union': {
      const kinds = new Set(type.members.map((member) => jsonKind(member, models, seen)));
      return kinds.size === 1 ? [...kinds][0] : undefined;
    }
    case 'unknown':
      return undefined;
    default:
      return assertNever(type);
  }
}

/** The runtime test of a JSON kind, as an expression. */
function kindTest(kind: string, x: string): string {
  switch (kind) {
    case 'null':
      return `${x} === null`;
    case 'array':
      return `Array.isArray(${x})`;
    case 'object':
      return `$isObject(${x})`;
    default:
      return `typeof ${x} === ${printString(kind)}`;
  }
}

function checkUnion(members: readonly Type[], scope: Scope, emitter: Emitter): string[] {
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
  const literals = members.filter((member): member is Extract<Type, { kind: 'literal' }> => member.kind === 'literal');
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
  if (others.length === 1 && others[0]!.onlyIn === undefined) {
    statements.push(...check(others[0]!, scope, emitter));
  } else {
    const helpers = others.map((member) => emitter.hoist(member));
    const tests = others.map((member, index) => {
      const call = `${helpers[index]!}(${x}, "", null, ${mode}, ${scope.strict}, d + 1)`;
      const memberGate = gate(member);
      return memberGate === undefined ? call : `(${memberGate} && ${call})`;
    });
    // When exactly one member can take a value of this JSON kind, its own errors say the most.
    const kinds = others.map((member) => jsonKind(member, emitter.models));
    const reportable = others.flatMap((_member, index) => {
      const kind = kinds[index];
      if (kind === undefined || kinds.filter((other) => other === kind).length !== 1) return [];
      return [{ helper: helpers[index]!, kind }];
    });
    const expected = [...new Set(kinds.map((kind) => kind ?? 'value'))].join(' or ');
    statements.push(`if (!(${tests.join(' || ')})) {`, 'if (e === null) return false;');
    // The member's own function reports its errors (the same code, not a copy: nested unions stay linear in size).
    for (const { helper, kind } of reportable) {
      statements.push(
        `if (${kindTest(kind, x)}) {`,
        `${helper}(${x}, ${p}, e, ${mode}, ${scope.strict}, d + 1);`,
        'ok = false;',
        '}',
        'else',
      );
    }
    statements.push(fail(`$typeInvalid(${p}, ${x}, ${printString(expected)})`), '}');
  }
  if (nulls.length > 0) statements.push('}');
  return statements;
}

/** An enum: one membership test, and the Kubernetes "Unsupported value" error listing what the mode accepts. */
function checkEnum(
  literals: readonly Extract<Type, { kind: 'literal' }>[],
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

/** Known property names of a type, or undefined when it accepts any extra key (so strictness cannot be checked). */
function knownKeys(type: Type, models: ReadonlyMap<string, Model>, seen = new Set<string>()): string[] | undefined {
  switch (type.kind) {
    case 'object':
      if (type.additionalProperties !== undefined && type.additionalProperties !== false) return undefined;
      return type.properties.map((property) => property.name);
    case 'ref': {
      if (seen.has(type.name) || seen.size >= MAX_REF_HOPS) return undefined;
      seen.add(type.name);
      const model = models.get(type.name);
      return model ? knownKeys(model.type, models, seen) : undefined;
    }
    case 'intersection': {
      const lists = type.members.map((member) => knownKeys(member, models, seen));
      return lists.includes(undefined) ? undefined : (lists.flat() as string[]);
    }
    default:
      return undefined;
  }
}

function checkIntersection(members: readonly Type[], scope: Scope, emitter: Emitter): string[] {
  // Each member alone would call the others' properties unknown: check them leniently, then the union of keys.
  const lenient: Scope = { ...scope, strict: scope.strict === '0' ? '0' : 'm' };
  const statements = members.flatMap((member) => check(member, lenient, emitter));
  const known = knownKeys({ kind: 'intersection', members }, emitter.models);
  if (known !== undefined && scope.strict !== '0') {
    const extra = checkExtraKeys({ kind: 'object', properties: [] }, scope, emitter, [...new Set(known)].sort());
    statements.push(`if ($isObject(${scope.value})) {`, ...extra, '}');
  }
  return statements;
}

/** Generates the guard functions of every model. */
export function printGuards(models: readonly Model[]): GuardModule {
  const emitter = new Emitter(new Map(models.map((model) => [model.name, model])));
  const functions = models.map((model) => ({
    name: modelGuardName(model.name),
    ...functionBody(model.type, emitter, model.nameRequired === true ? nameRequiredCheck() : []),
  }));
  return {
    models: functions,
    helpers: emitter.helpers,
    constants: emitter.constants,
    warnings: emitter.warnings,
    usesCel: emitter.usesCel,
  };
}
