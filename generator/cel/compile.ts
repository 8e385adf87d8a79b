/**
 * Kubernetes CEL rules (`x-kubernetes-validations[].rule`) → one TypeScript expression calling the `$cel_…` helpers
 * of templates/partials/cel-runtime.hbs. The rule is untrusted spec text: the code is built only from the AST, every
 * literal and field name goes through printValue/printString, and the only names it can reach are `self`, its own
 * comprehension variables and the helpers.
 */
import { printString, printValue } from '../print/literal.js';
import { CEL_FUNCTIONS, CEL_MACROS, CEL_METHODS, type CelType, unescapeFieldName } from './functions.js';
import { CelSyntaxError } from './lexer.js';
import { type CelNode, parseCel } from './parser.js';

/**
 * A compiled rule: `code(self, oldSelf)` is an expression over the value in `self` (and, for a transition rule, the
 * old value in `oldSelf`), or why the rule cannot be compiled.
 */
export type CelResult =
  | {
      readonly ok: true;
      /** The exact CEL semantics: `&&`/`||` absorb an error on one side when the other side decides. */
      readonly code: (self: string, oldSelf?: string) => string;
      /**
       * The same rule with JavaScript short-circuiting: it gives the same result whenever it does not throw, with no
       * closures, so validators run it first and fall back to `code` only when it throws.
       */
      readonly fastCode: (self: string, oldSelf?: string) => string;
      /** A transition rule: it reads `oldSelf`, so it runs only on update (apiextensions-apiserver `UsesOldSelf`). */
      readonly usesOldSelf: boolean;
    }
  | { readonly ok: false; readonly message: string; readonly offset: number };

/** Compiles one CEL rule; errors carry a message (ending `at <offset>`) and the offset into the rule. */
export function compileCelRule(rule: string): CelResult {
  try {
    const ast = parseCel(rule);
    // Emitting once here surfaces every compile error now; `code` re-emits, which then cannot fail.
    emit(ast, { self: 'self', oldSelf: 'oldSelf', variables: new Map(), depth: 0, fast: false });
    const scope = (self: string, oldSelf: string | undefined, fast: boolean): Scope => ({
      self: selfExpression(self),
      oldSelf: oldSelf === undefined ? undefined : selfExpression(oldSelf),
      variables: new Map(),
      depth: 0,
      fast,
    });
    return {
      ok: true,
      code: (self, oldSelf) => emit(ast, scope(self, oldSelf, false)).code,
      fastCode: (self, oldSelf) => emit(ast, scope(self, oldSelf, true)).code,
      usesOldSelf: mentionsOldSelf(ast),
    };
  } catch (error) {
    if (error instanceof CelSyntaxError) return { ok: false, message: error.message, offset: error.offset };
    throw error;
  }
}

/** Whether the rule reads `oldSelf` anywhere (any node kind: the walk does not depend on the AST's shape). */
function mentionsOldSelf(node: unknown): boolean {
  if (typeof node !== 'object' || node === null) return false;
  if (Array.isArray(node)) return node.some(mentionsOldSelf);
  const fields = node as Record<string, unknown>;
  if (fields['kind'] === 'ident' && fields['name'] === 'oldSelf') return true;
  return Object.values(fields).some(mentionsOldSelf);
}

/** The caller's expression for `self`, parenthesised unless it is a plain name. */
function selfExpression(self: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(self) ? self : `(${self})`;
}

/** The names in scope: CEL identifier → generated JavaScript name. */
interface Scope {
  readonly self: string;
  /** The old value's expression in a transition rule; undefined where the caller gives none. */
  readonly oldSelf: string | undefined;
  readonly variables: ReadonlyMap<string, string>;
  /** How many comprehensions enclose this point: names each one's variable uniquely along the nesting. */
  readonly depth: number;
  /** Emit `&&`/`||` as JavaScript short-circuits (see `CelResult.fastCode`). */
  readonly fast: boolean;
}

/** Generated code and its static CEL type. */
interface Emitted {
  readonly code: string;
  readonly type: CelType;
}

function emit(node: CelNode, scope: Scope): Emitted {
  switch (node.kind) {
    case 'literal':
      return {
        code: node.type === 'string' ? printString(String(node.value)) : printValue(node.value),
        type: node.type,
      };
    case 'ident':
      return identifier(node.name, node.offset, scope);
    case 'list':
      return { code: `[${node.items.map((item) => emit(item, scope).code).join(', ')}]`, type: 'list' };
    case 'map': {
      const entries = node.entries.map((entry) => `[${emit(entry.key, scope).code}, ${emit(entry.value, scope).code}]`);
      return { code: `$cel_map([${entries.join(', ')}])`, type: 'map' };
    }
    case 'select':
      return {
        code: `$cel_get(${emit(node.target, scope).code}, ${printString(unescapeFieldName(node.field))})`,
        type: 'dyn',
      };
    case 'index':
      return { code: `$cel_index(${emit(node.target, scope).code}, ${emit(node.index, scope).code})`, type: 'dyn' };
    case 'unary': {
      const operand = emit(node.operand, scope);
      if (node.op === '!') return { code: `$cel_not(${operand.code})`, type: 'bool' };
      if (operand.type === 'uint') throw new CelSyntaxError('unary "-" does not apply to uint', node.offset);
      return {
        code: `$cel_neg(${operand.code})`,
        type: operand.type === 'int' || operand.type === 'double' ? operand.type : 'dyn',
      };
    }
    case 'binary':
      return binary(node, scope);
    case 'conditional':
      return {
        code: `($cel_bool(${emit(node.test, scope).code}) ? ${emit(node.then, scope).code} : ${emit(node.otherwise, scope).code})`,
        type: 'dyn',
      };
    case 'call':
      return call(node, scope);
  }
}

function identifier(name: string, offset: number, scope: Scope): Emitted {
  const variable = scope.variables.get(name);
  if (variable !== undefined) return { code: variable, type: 'dyn' };
  if (name === 'self') return { code: scope.self, type: 'dyn' };
  if (name === 'oldSelf') {
    if (scope.oldSelf !== undefined) return { code: scope.oldSelf, type: 'dyn' };
    throw new CelSyntaxError('oldSelf is only known to transition rules, which run on update', offset);
  }
  throw new CelSyntaxError(
    `undeclared reference to "${name}" (only self and comprehension variables are in scope)`,
    offset,
  );
}

/** Arithmetic helpers by operator; `/` is chosen by type below. */
const ARITHMETIC: Readonly<Record<string, string>> = {
  '+': '$cel_add',
  '-': '$cel_sub',
  '*': '$cel_mul',
  '%': '$cel_mod',
};

function binary(node: Extract<CelNode, { kind: 'binary' }>, scope: Scope): Emitted {
  const { op } = node;
  if (op === '&&' || op === '||') {
    if (scope.fast) {
      return {
        code: `(${chain(node, op)
          .map((operand) => `$cel_bool(${emit(operand, scope).code})`)
          .join(` ${op} `)})`,
        type: 'bool',
      };
    }
    // A chain `a || b || c` becomes one call over thunks, so CEL's error rule (any true wins) spans the whole chain.
    const operands = chain(node, op).map((operand) => `() => ${emit(operand, scope).code}`);
    return { code: `${op === '&&' ? '$cel_and' : '$cel_or'}([${operands.join(', ')}])`, type: 'bool' };
  }
  const left = emit(node.left, scope);
  const right = emit(node.right, scope);
  const args = `${left.code}, ${right.code}`;
  switch (op) {
    case '==':
      return { code: `$cel_eq(${args})`, type: 'bool' };
    case '!=':
      return { code: `!$cel_eq(${args})`, type: 'bool' };
    case '<':
    case '<=':
    case '>':
    case '>=':
      return { code: `($cel_cmp(${args}) ${op} 0)`, type: 'bool' };
    case 'in':
      return { code: `$cel_in(${args})`, type: 'bool' };
    case '/': {
      // JSON numbers do not say int or double: a double operand (statically known) means float division, two ints
      // integer division, and otherwise the runtime decides by whether both values are integers.
      const numeric = [left.type, right.type];
      const helper = numeric.includes('double') ? '$cel_fdiv' : numeric.every(isInteger) ? '$cel_idiv' : '$cel_div';
      return {
        code: `${helper}(${args})`,
        type: helper === '$cel_fdiv' ? 'double' : helper === '$cel_idiv' ? 'int' : 'dyn',
      };
    }
    default:
      return { code: `${ARITHMETIC[op]!}(${args})`, type: arithmeticType(op, left.type, right.type) };
  }
}

function isInteger(type: CelType): boolean {
  return type === 'int' || type === 'uint';
}

function arithmeticType(op: string, left: CelType, right: CelType): CelType {
  if (left !== right) return left === 'double' || right === 'double' ? 'double' : 'dyn';
  if (op === '+') return left === 'null' || left === 'bool' || left === 'map' ? 'dyn' : left;
  return left === 'int' || left === 'uint' || left === 'double' ? left : 'dyn';
}

/** The operands of a left-leaning chain of one operator, in order, without recursion. */
function chain(node: CelNode, op: '&&' | '||'): CelNode[] {
  const operands: CelNode[] = [];
  let current: CelNode = node;
  while (current.kind === 'binary' && current.op === op) {
    operands.push(current.right);
    current = current.left;
  }
  operands.push(current);
  return operands.reverse();
}

function call(node: Extract<CelNode, { kind: 'call' }>, scope: Scope): Emitted {
  const { target, name, args, offset } = node;
  if (target === undefined && name === 'has') return has(args, offset, scope);
  const macro = target === undefined ? undefined : CEL_MACROS.get(name);
  if (macro !== undefined && target !== undefined) return comprehension(node, target, macro, scope);
  if (target === undefined && name === 'string') {
    checkArity(name, [1], args.length, offset);
    const value = emit(args[0]!, scope);
    return { code: `$cel_string(${value.code}, ${value.type === 'double'})`, type: 'string' };
  }
  const known = target === undefined ? CEL_FUNCTIONS.get(name) : CEL_METHODS.get(name);
  if (known === undefined) throw new CelSyntaxError(`unsupported CEL function "${name}"`, offset);
  checkArity(name, known.arities, args.length, offset);
  const values = [...(target === undefined ? [] : [target]), ...args].map((arg) => emit(arg, scope).code);
  return { code: `${known.helper}(${values.join(', ')})`, type: known.result };
}

function checkArity(name: string, arities: readonly number[], count: number, offset: number): void {
  if (!arities.includes(count)) {
    const wanted = arities.join(' or ');
    throw new CelSyntaxError(`CEL function "${name}" takes ${wanted} argument(s), not ${count}`, offset);
  }
}

/** `has(x.f)`: true when `f` is an own, non-null property of `x`. */
function has(args: readonly CelNode[], offset: number, scope: Scope): Emitted {
  const [arg] = args;
  if (args.length !== 1 || arg === undefined || arg.kind !== 'select') {
    throw new CelSyntaxError('has() takes one field selection, such as has(self.field)', offset);
  }
  return {
    code: `$cel_has(${emit(arg.target, scope).code}, ${printString(unescapeFieldName(arg.field))})`,
    type: 'bool',
  };
}

/** `range.all(v, pred)` and friends: the variable becomes a parameter with a generated name. */
function comprehension(
  node: Extract<CelNode, { kind: 'call' }>,
  target: CelNode,
  macro: { readonly helper: string; readonly bodies: readonly number[]; readonly result: CelType },
  scope: Scope,
): Emitted {
  const [variable, ...bodies] = node.args;
  if (variable?.kind !== 'ident') {
    throw new CelSyntaxError(
      `the first argument of ${node.name}() must be a variable name`,
      variable?.offset ?? node.offset,
    );
  }
  checkArity(
    node.name,
    macro.bodies.map((count) => count + 1),
    node.args.length,
    node.offset,
  );
  // Named by nesting depth, never after the rule's own text, so the CEL name cannot reach the code.
  const parameter = `$cel_it${scope.depth + 1}`;
  const variables = new Map([...scope.variables, [variable.name, parameter]]);
  const inner: Scope = { ...scope, variables, depth: scope.depth + 1 };
  const lambdas = bodies.map((body) => `(${parameter}: unknown) => ${emit(body, inner).code}`);
  // `map(v, pred, expr)` filters, then maps.
  const helper = node.name === 'map' && bodies.length === 2 ? '$cel_filter_map' : macro.helper;
  return { code: `${helper}(${[emit(target, scope).code, ...lambdas].join(', ')})`, type: macro.result };
}
