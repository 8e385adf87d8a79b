// Compiles a CEL expression with generator/cel and runs it on the runtime modules (runtime/cel.ts,
// runtime/cel-functions.ts and every library under runtime/cel/), imported directly so coverage counts them.
import { transformSync } from 'oxc-transform';
import { compileCelRule } from '../../generator/cel/compile.js';
import * as celFunctions from '../../runtime/cel-functions.js';
import * as celCore from '../../runtime/cel.js';
import * as re2Classes from '../../runtime/re2-classes.js';
import * as re2 from '../../runtime/re2.js';
import * as re2Compile from '../../runtime/re2-compile.js';
import * as comprehensions from '../../runtime/cel/comprehensions.js';
import * as format from '../../runtime/cel/format.js';
import * as lists from '../../runtime/cel/lists.js';
import * as net from '../../runtime/cel/net.js';
import * as optional from '../../runtime/cel/optional.js';
import * as quantity from '../../runtime/cel/quantity.js';
import * as regex from '../../runtime/cel/regex.js';
import * as semver from '../../runtime/cel/semver.js';
import * as strings from '../../runtime/cel/strings.js';
import * as time from '../../runtime/cel/time.js';
import * as types from '../../runtime/cel/types.js';
import * as url from '../../runtime/cel/url.js';

/** Every runtime helper by name. */
export const celRuntime: Readonly<Record<string, unknown>> = {
  ...celCore,
  ...celFunctions,
  ...re2Classes,
  ...re2,
  ...re2Compile,
  ...optional,
  ...types,
  ...time,
  ...regex,
  ...url,
  ...quantity,
  ...net,
  ...format,
  ...lists,
  ...strings,
  ...comprehensions,
  ...semver,
};

/** TypeScript → JavaScript, types stripped (oxc: fast enough for thousands of expressions). */
export function transpile(source: string): string {
  const result = transformSync('rule.ts', source, { sourceType: 'module' });
  if (result.errors.length > 0) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return result.code;
}

/** A compiled expression as a function of `self`, or the compile error's message. */
export function compileCel(expression: string, fast = false): ((self: unknown) => unknown) | { error: string } {
  const result = compileCelRule(expression);
  if (!result.ok) return { error: result.message };
  const code = transpile(
    `function $cel_rule(self: unknown): unknown {\n  return ${fast ? result.fastCode('self') : result.code('self')};\n}`,
  );
  const make = new Function(...Object.keys(celRuntime), `${code}\nreturn $cel_rule;`) as (
    ...helpers: unknown[]
  ) => (self: unknown) => unknown;
  return make(...Object.values(celRuntime));
}

/** Evaluates `expression` on `self`: its value, or throws its compile or evaluation error. */
export function evaluateCel(expression: string, self: unknown = {}): unknown {
  const run = compileCel(expression);
  if (typeof run !== 'function') throw new Error(`compile error: ${run.error}`);
  return run(self);
}
