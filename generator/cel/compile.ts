/**
 * Kubernetes CEL rules (`x-kubernetes-validations[].rule`) → one TypeScript expression calling the `$cel_…` helpers
 * of runtime/cel.ts, runtime/cel-functions.ts and runtime/cel/*.ts. The rule is untrusted spec text: the code is
 * built only from the AST, every literal and field name goes through printValue/printString, and the only names it
 * can reach are `self`, its own comprehension variables, type names and the helpers.
 */
import { enclosed } from '../code-scan.js';
import { printString, printValue } from '../print/literal.js';
import {
  CEL_FUNCTIONS,
  CEL_MACROS,
  CEL_METHODS,
  CEL_NAMESPACES,
  CEL_TWO_VARIABLE_MACROS,
  CEL_TYPE_NAMES,
  type CelFunction,
  type CelLibrary,
  type CelType,
  unescapeFieldName,
  withNeeds,
} from './functions.js';
import { CelSyntaxError } from './lexer.js';
import { comprehension, twoVariableComprehension } from './comprehensions.js';
import { type CelReads, direct, NoDirectRead, selfPath, type ShallowUse } from './direct.js';
import { type CelNode, parseCel } from './parser.js';
import { checkArity, type Emitted, type Scope } from './scope.js';

/** Re-exported: the guard emitters ask the compiler's module which libraries a set of rules needs. */
export { withNeeds, type CelReads };

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
      /**
       * The fast code with every field `self` selects read through `reads` (no `$cel_get`/`$cel_has`, no defaulted
       * copy), or undefined when some use of `self` cannot be read directly (the caller then uses `fastCode`).
       */
      readonly directCode: (reads: CelReads) => string | undefined;
      /** The runtime modules (runtime/cel/<name>.ts) the code calls, with those they need, in include order. */
      readonly libraries: readonly CelLibrary[];
      /** A transition rule: it reads `oldSelf`, so it runs only on update (apiextensions-apiserver `UsesOldSelf`). */
      readonly usesOldSelf: boolean;
    }
  | { readonly ok: false; readonly message: string; readonly offset: number };

/** Compiles one CEL rule; errors carry a message (ending `at <offset>`) and the offset into the rule. */
export function compileCelRule(rule: string): CelResult {
  try {
    const ast = parseCel(rule);
    // Emitting once here surfaces every compile error now; `code` re-emits, which then cannot fail.
    const used = new Set<CelLibrary>();
    emit(ast, { self: 'self', oldSelf: 'oldSelf', variables: new Map(), depth: 0, fast: false, libraries: used });
    const scope = (self: string, oldSelf: string | undefined, fast: boolean, reads?: CelReads): Scope => ({
      self: selfExpression(self),
      oldSelf: oldSelf === undefined ? undefined : selfExpression(oldSelf),
      variables: new Map(),
      depth: 0,
      fast,
      libraries: new Set(),
      reads,
    });
    const directCode = (reads: CelReads): string | undefined => {
      try {
        return emit(ast, scope('self', undefined, true, reads)).code;
      } catch (error) {
        if (error instanceof NoDirectRead) return undefined;
        throw error;
      }
    };
    return {
      ok: true,
      code: (self, oldSelf) => emit(ast, scope(self, oldSelf, false)).code,
      fastCode: (self, oldSelf) => emit(ast, scope(self, oldSelf, true)).code,
      directCode,
      libraries: withNeeds(used),
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

/** The caller's expression for `self`, parenthesised unless it is a plain name or parenthesised already. */
function selfExpression(self: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(self) || enclosed(self, '(', ')') ? self : `(${self})`;
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
    case 'list': {
      const items = `[${node.items.map((item) => emit(item, scope).code).join(', ')}]`;
      if (node.optional === undefined) return { code: items, type: 'list' };
      scope.libraries.add('optional');
      return { code: `$cel_optional_list(${items}, ${printValue(node.optional)})`, type: 'list' };
    }
    case 'map': {
      const optional = node.entries.some((entry) => entry.optional === true);
      const entries = node.entries.map(
        (entry) =>
          `[${emit(entry.key, scope).code}, ${emit(entry.value, scope).code}${optional ? `, ${entry.optional === true}` : ''}]`,
      );
      if (optional) scope.libraries.add('optional');
      const list = `[${entries.join(', ')}]`;
      return { code: `$cel_map(${optional ? `$cel_optional_entries(${list})` : list})`, type: 'map' };
    }
    case 'select': {
      const qualified = qualifiedName(node);
      if (qualified !== undefined && CEL_TYPE_NAMES.has(qualified) && !scope.variables.has(qualified.split('.')[0]!)) {
        return typeValue(qualified, scope);
      }
      const path = scope.reads === undefined ? undefined : selfPath(node, scope.variables);
      if (path !== undefined) return { code: direct(scope.reads!.value(path)), type: 'dyn', json: true };
      const field = printString(node.quoted === true ? node.field : unescapeFieldName(node.field));
      if (node.optional === true) {
        scope.libraries.add('optional');
        return { code: `$cel_optional_select(${emit(node.target, scope).code}, ${field})`, type: 'dyn' };
      }
      return { code: `$cel_get(${emit(node.target, scope).code}, ${field})`, type: 'dyn' };
    }
    case 'index': {
      const helper = node.optional === true ? '$cel_optional_index' : '$cel_index';
      if (node.optional === true) scope.libraries.add('optional');
      return { code: `${helper}(${emit(node.target, scope).code}, ${emit(node.index, scope).code})`, type: 'dyn' };
    }
    case 'unary': {
      const operand = emit(node.operand, scope);
      if (node.op === '!') {
        const code = scope.fast && operand.boolean === true ? `!${operand.code}` : `$cel_not(${operand.code})`;
        return { code, type: 'bool', boolean: true };
      }
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
        code: `(${truth(emit(node.test, scope), scope)} ? ${emit(node.then, scope).code} : ${emit(node.otherwise, scope).code})`,
        type: 'dyn',
      };
    case 'call':
      return call(node, scope);
  }
}

function identifier(name: string, offset: number, scope: Scope): Emitted {
  const variable = scope.variables.get(name);
  if (variable !== undefined) return { code: variable, type: 'dyn' };
  if (name === 'self')
    return scope.reads === undefined
      ? { code: scope.self, type: 'dyn' }
      : { code: direct(scope.reads.value([])), type: 'dyn', json: true };
  if (CEL_TYPE_NAMES.has(name)) return typeValue(name, scope);
  if (name === 'oldSelf') {
    if (scope.oldSelf !== undefined) return { code: scope.oldSelf, type: 'dyn' };
    throw new CelSyntaxError('oldSelf is only known to transition rules, which run on update', offset);
  }
  throw new CelSyntaxError(
    `undeclared reference to "${name}" (only self and comprehension variables are in scope)`,
    offset,
  );
}

/** A type name as a value (`int`, `google.protobuf.Duration`). */
function typeValue(name: string, scope: Scope): Emitted {
  scope.libraries.add('types');
  return { code: `$cel_typeValue(${printString(name)})`, type: 'dyn' };
}

/** `a.b.c` as one dotted name when it is only identifiers and plain selections, else undefined. */
function qualifiedName(node: CelNode): string | undefined {
  if (node.kind === 'ident') return node.name;
  if (node.kind !== 'select' || node.optional === true || node.quoted === true) return undefined;
  const target = qualifiedName(node.target);
  return target === undefined ? undefined : `${target}.${node.field}`;
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
          .map((operand) => truth(emit(operand, scope), scope))
          .join(` ${op} `)})`,
        type: 'bool',
        boolean: true,
      };
    }
    // A chain `a || b || c` becomes one call over thunks, so CEL's error rule (any true wins) spans the whole chain.
    const operands = chain(node, op).map((operand) => `() => ${emit(operand, scope).code}`);
    return { code: `${op === '&&' ? '$cel_and' : '$cel_or'}([${operands.join(', ')}])`, type: 'bool', boolean: true };
  }
  // Whether a value is null does not depend on the defaults below it: a direct read may serve `x == null`.
  const nullTest = (op === '==' || op === '!=') && [node.left, node.right].some(isNullLiteral);
  const left = operand(node.left, scope, nullTest ? 'null' : undefined);
  const right = operand(node.right, scope, nullTest ? 'null' : undefined);
  const args = `${left.code}, ${right.code}`;
  switch (op) {
    case '==':
    case '!=': {
      // A JSON value equals a scalar literal exactly when it is that value ($cel_eq's first test).
      const identity =
        scope.fast && ((left.json === true && isScalar(node.right)) || (right.json === true && isScalar(node.left)));
      if (identity) return { code: `(${left.code} ${op}= ${right.code})`, type: 'bool', boolean: true };
      return { code: `${op === '!=' ? '!' : ''}$cel_eq(${args})`, type: 'bool', boolean: true };
    }
    case '<':
    case '<=':
    case '>':
    case '>=':
      return { code: `($cel_cmp(${args}) ${op} 0)`, type: 'bool', boolean: true };
    case 'in':
      return { code: `$cel_in(${args})`, type: 'bool', boolean: true };
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
    default: {
      const type = arithmeticType(op, left.type, right.type);
      const code = `${ARITHMETIC[op]!}(${args})`;
      // Statically int or uint: overflow is an error, as in cel-go (JavaScript numbers hold integers to 2^53 only).
      if ((type === 'int' || type === 'uint') && op !== '%')
        return { code: `$cel_checkInt(${code}, ${type === 'uint'})`, type };
      return { code, type };
    }
  }
}

/** A node as an operand used only as `use` says (a direct read of a field with defaults below it may serve it). */
function operand(node: CelNode, scope: Scope, use: ShallowUse | undefined): Emitted {
  const path = use === undefined || scope.reads === undefined ? undefined : selfPath(node, scope.variables);
  if (path === undefined) return emit(node, scope);
  return { code: direct(scope.reads!.value(path, use)), type: 'dyn', json: true };
}

function isNullLiteral(node: CelNode): boolean {
  return node.kind === 'literal' && node.value === null;
}

/** A fast-code operand as a boolean: `$cel_bool` unless the code gives one already. */
function truth(operand: Emitted, scope: Scope): string {
  return scope.fast && operand.boolean === true ? operand.code : `$cel_bool(${operand.code})`;
}

/** A string, number, bool or null literal: JSON values equal to it are identical to it. */
function isScalar(node: CelNode): boolean {
  return node.kind === 'literal';
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
  const { name, args, offset } = node;
  // `sets.contains(a, b)` parses as a method of `sets`: a namespace's function unless `sets` is a variable.
  const namespace =
    node.target?.kind === 'ident' && CEL_NAMESPACES.has(node.target.name) && !scope.variables.has(node.target.name)
      ? node.target.name
      : undefined;
  const target = namespace === undefined ? node.target : undefined;
  const qualified = namespace === undefined ? name : `${namespace}.${name}`;
  if (target === undefined && name === 'has') return has(args, offset, scope);
  const twoVariables = target === undefined ? undefined : CEL_TWO_VARIABLE_MACROS.get(name);
  if (twoVariables !== undefined && target !== undefined && args.length >= 3 && args[1]?.kind === 'ident') {
    return twoVariableComprehension(node, target, twoVariables, scope, emit);
  }
  const macro = target === undefined ? undefined : CEL_MACROS.get(name);
  if (macro !== undefined && target !== undefined) return comprehension(node, target, macro, scope, emit);
  if (target === undefined && name === 'string') {
    checkArity(name, [1], args.length, offset);
    const value = emit(args[0]!, scope);
    return { code: `$cel_string(${value.code}, ${value.type === 'double'})`, type: 'string' };
  }
  if (target === undefined && name === 'type' && args.length === 1) {
    // A literal's type is known here; JSON numbers from `self` are an int when integral, else a double.
    scope.libraries.add('types');
    const value = emit(args[0]!, scope);
    const known = value.type === 'dyn' ? '' : `, ${printString(value.type === 'null' ? 'null_type' : value.type)}`;
    return { code: `$cel_type(${value.code}${known})`, type: 'dyn' };
  }
  if (target === undefined && name === 'dyn') {
    // `dyn(x)` only tells a type checker to stop checking: the value is `x`.
    checkArity(name, [1], args.length, offset);
    return { code: emit(args[0]!, scope).code, type: 'dyn' };
  }
  const known = target === undefined ? CEL_FUNCTIONS.get(qualified) : CEL_METHODS.get(name);
  if (known === undefined) throw new CelSyntaxError(`unsupported CEL function "${qualified}"`, offset);
  checkArity(qualified, known.arities, args.length, offset);
  return { code: callCode(known, target, args, scope), type: known.result };
}

/** The helper call for a known function: its name first when the helper serves several, lazy arguments as thunks. */
function callCode(known: CelFunction, target: CelNode | undefined, args: readonly CelNode[], scope: Scope): string {
  if (known.library !== undefined) scope.libraries.add(known.library);
  // `size(x)` does not depend on defaults below a list's items: a direct read may serve it.
  const use = known.helper === '$cel_size' ? 'size' : undefined;
  const receiver = target === undefined ? [] : [operand(target, scope, use).code];
  const values = args.map((arg) =>
    known.lazy === true ? `() => ${emit(arg, scope).code}` : operand(arg, scope, use).code,
  );
  const named = known.named === undefined ? [] : [printString(known.named)];
  return `${known.helper}(${[...named, ...receiver, ...values].join(', ')})`;
}

/** `has(x.f)`: true when `f` is an own, non-null property of `x`. */
function has(args: readonly CelNode[], offset: number, scope: Scope): Emitted {
  const [arg] = args;
  if (args.length !== 1 || arg === undefined || arg.kind !== 'select') {
    throw new CelSyntaxError('has() takes one field selection, such as has(self.field)', offset);
  }
  const path = scope.reads === undefined ? undefined : selfPath(arg, scope.variables);
  if (path !== undefined) return { code: direct(scope.reads!.has(path)), type: 'bool', boolean: true };
  return {
    code: `$cel_has(${emit(arg.target, scope).code}, ${printString(arg.quoted === true ? arg.field : unescapeFieldName(arg.field))})`,
    type: 'bool',
  };
}
