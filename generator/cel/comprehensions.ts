/** CEL comprehension macros (`all`, `exists`, `map`, `filter`, ... and cel-go's two-variable forms) → helper calls. */
import { CelSyntaxError } from './lexer.js';
import type { CelLibrary, CelType } from './functions.js';
import type { CelNode } from './parser.js';
import { checkArity, type Emit, type Emitted, type Scope } from './scope.js';

/** `range.all(v, pred)` and friends: the variable becomes a parameter with a generated name. */
export function comprehension(
  node: Extract<CelNode, { kind: 'call' }>,
  target: CelNode,
  macro: {
    readonly helper: string;
    readonly bodies: readonly number[];
    readonly result: CelType;
    readonly library?: CelLibrary;
  },
  scope: Scope,
  emit: Emit,
): Emitted {
  if (macro.library !== undefined) scope.libraries.add(macro.library);
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

/**
 * cel-go's two-variable comprehensions (ext/comprehensions.go): `all(i, v, p)`, `exists`, `existsOne`,
 * `transformList(i, v, [filter,] f)`, `transformMap(i, v, [filter,] f)`, `transformMapEntry(i, v, [filter,] f)`;
 * `i` is a list's index or a map's key, `v` the item or value.
 */
export function twoVariableComprehension(
  node: Extract<CelNode, { kind: 'call' }>,
  target: CelNode,
  macro: { readonly helper: string; readonly bodies: readonly number[]; readonly result: CelType },
  scope: Scope,
  emit: Emit,
): Emitted {
  scope.libraries.add('comprehensions');
  const [first, second, ...bodies] = node.args;
  if (first?.kind !== 'ident' || second?.kind !== 'ident') {
    throw new CelSyntaxError(`the first two arguments of ${node.name}() must be variable names`, node.offset);
  }
  checkArity(
    node.name,
    macro.bodies.map((count) => count + 2),
    node.args.length,
    node.offset,
  );
  const [a, b] = [`$cel_it${scope.depth + 1}a`, `$cel_it${scope.depth + 1}b`];
  const variables = new Map([...scope.variables, [first.name, a], [second.name, b]]);
  const inner: Scope = { ...scope, variables, depth: scope.depth + 1 };
  const lambdas = bodies.map((body) => `(${a}: unknown, ${b}: unknown) => ${emit(body, inner).code}`);
  // With a filter, the helper takes the transform first and the filter after it.
  const ordered = lambdas.length === 2 ? [lambdas[1]!, lambdas[0]!] : lambdas;
  return { code: `${macro.helper}(${[emit(target, scope).code, ...ordered].join(', ')})`, type: macro.result };
}
