/**
 * Emitter for the errors of a union whose value fits several members by JSON kind (two object branches of a `oneOf`
 * without a discriminator): each member is checked into its own list and the closest one, with the fewest errors
 * (the first of equals), is reported, instead of a bare "must be an object".
 */
import type { Emitter, Scope } from './context.js';

/** Statements that report the errors of the closest of `helpers` (member guard functions) for `scope.value`. */
export function reportClosest(helpers: readonly string[], scope: Scope, emitter: Emitter): string[] {
  const best = emitter.local();
  const errors = emitter.local();
  const guard = emitter.local();
  return [
    `let ${best}: FieldError[] | null = null;`,
    `for (const ${guard} of [${helpers.join(', ')}]) {`,
    `const ${errors}: FieldError[] = [];`,
    `${guard}(${scope.value}, ${scope.path}, ${errors}, ${scope.mode}, ${scope.strict}, d + 1);`,
    `if (${best} === null || ${errors}.length < ${best}.length) ${best} = ${errors};`,
    '}',
    `e.push(...(${best} ?? []));`,
    'ok = false;',
  ];
}
