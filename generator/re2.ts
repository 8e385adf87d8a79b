/**
 * RE2 patterns (Kubernetes `pattern`, CEL `matches()`) translated at generation time by the very code generated
 * validators carry for run time (runtime/re2.ts, runtime/re2-classes.ts): their text, as a generated file gets it,
 * compiled by oxc-transform and evaluated once when this module loads. One implementation, tested once
 * (test/runtime/re2.test.ts), whichever side translates; the build cannot import runtime/ (rootDir is generator/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'oxc-transform';
import { runtimeCode } from './runtime.js';
import { BUILTIN_RUNTIME } from './templates.js';

/** A translation: JavaScript source for the `v` flag, or why there is none (`invalid`: Go's regexp refuses it too). */
export type Re2Translation =
  | { readonly ok: true; readonly source: string }
  | { readonly ok: false; readonly invalid: boolean; readonly message: string };

/** The runtime modules that make up the translator, in inclusion order. */
const MODULES = ['re2-classes.ts', 're2.ts'];

function loadTranslator(): (pattern: string) => Re2Translation {
  const text = MODULES.map((name) => runtimeCode(readFileSync(join(BUILTIN_RUNTIME, name), 'utf8'), name)).join('\n');
  const { code, errors } = transformSync('re2.ts', text, { lang: 'ts', sourceType: 'script', target: 'es2022' });
  if (errors.length > 0) throw new Error(`runtime/re2.ts: ${errors.map((error) => error.message).join('; ')}`);
  // Our own shipped code, never spec text: the pattern is only ever an argument.
  return new Function(`${code}\nreturn $re2_translate;`)() as (pattern: string) => Re2Translation;
}

/** Translates a RE2 pattern to JavaScript (see runtime/re2.ts). */
export const translateRe2: (pattern: string) => Re2Translation = loadTranslator();
