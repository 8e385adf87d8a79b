/**
 * RE2 patterns (Kubernetes `pattern`, CEL `matches()`) translated at generation time by the very code generated
 * validators carry for run time (runtime/re2.ts, runtime/re2-classes.ts, and runtime/re2-risk.ts, which says whether
 * the translation needs the linear-time matcher of runtime/re2-linear.ts): their text, as a generated file gets it,
 * compiled by oxc-transform and evaluated. One implementation, tested once (test/runtime/re2*.test.ts), whichever
 * side translates; the build cannot import runtime/ (rootDir is generator/). That costs a few milliseconds, so it
 * is done on first use by each job's `Re2` (most specs never have a RE2 pattern), not when this module loads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'oxc-transform';
import { runtimeCode } from './runtime.js';
import { BUILTIN_RUNTIME } from './templates.js';

/**
 * A translation: JavaScript source for the `v` flag and whether V8 could backtrack on it for more than linear time
 * (then the linear-time matcher runs it), or why there is none (`invalid`: Go's regexp refuses it too).
 */
export type Re2Translation =
  | { readonly ok: true; readonly source: string; readonly backtracks: boolean }
  | { readonly ok: false; readonly invalid: boolean; readonly message: string };

/** A job's RE2 translator, built when it first translates. */
export interface Re2 {
  /** Translates a RE2 pattern to JavaScript (see runtime/re2.ts). */
  translate(pattern: string): Re2Translation;
}

/** The runtime modules that make up the translator, in inclusion order. */
const MODULES = ['re2-classes.ts', 're2-parse.ts', 're2-linear.ts', 're2-matcher.ts', 're2-risk.ts', 're2.ts'];

/** The runtime's translation and analysis, as a generated file has them. */
interface Re2Runtime {
  readonly translate: (
    pattern: string,
  ) => { readonly ok: true; readonly source: string } | Extract<Re2Translation, { readonly ok: false }>;
  readonly backtracks: (source: string) => boolean;
}

function loadRuntime(): Re2Runtime {
  const text = MODULES.map((name) => runtimeCode(readFileSync(join(BUILTIN_RUNTIME, name), 'utf8'), name)).join('\n');
  const { code, errors } = transformSync('re2.ts', text, { lang: 'ts', sourceType: 'script', target: 'es2022' });
  if (errors.length > 0) throw new Error(`runtime/re2.ts: ${errors.map((error) => error.message).join('; ')}`);
  // Our own shipped code, never spec text: the pattern is only ever an argument.
  return new Function(`${code}\nreturn { translate: $re2_translate, backtracks: $re2_backtracks };`)() as Re2Runtime;
}

/**
 * A RE2 translator for one job: the runtime modules are read and compiled on its first translation, and each
 * pattern is translated once (CRDs repeat theirs: gateway-api's ~490 patterns are 22 distinct ones).
 */
export function createRe2(): Re2 {
  let runtime: Re2Runtime | undefined;
  const translations = new Map<string, Re2Translation>();
  return {
    translate(pattern) {
      let translation = translations.get(pattern);
      if (translation === undefined) {
        runtime ??= loadRuntime();
        const translated = runtime.translate(pattern);
        translation = translated.ok
          ? { ok: true, source: translated.source, backtracks: runtime.backtracks(translated.source) }
          : translated;
        translations.set(pattern, translation);
      }
      return translation;
    },
  };
}
