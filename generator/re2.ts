/**
 * RE2 patterns (Kubernetes `pattern`, CEL `matches()`) translated at generation time by the very code generated
 * validators carry for run time (runtime/re2.ts, runtime/re2-classes.ts, and runtime/re2-risk.ts, which says whether
 * the translation needs the linear-time matcher of runtime/re2-linear.ts): their text, as a generated file gets it,
 * compiled by oxc-transform and evaluated. One implementation, tested once (test/runtime/re2*.test.ts), whichever
 * side translates; the build cannot import runtime/ (rootDir is generator/). The build compiles it ahead of time
 * (dist/re2-runtime.json, used while the modules' texts are the ones it was compiled from); either way it is loaded
 * on first use by each job's `Re2` (most specs never have a RE2 pattern), not when this module loads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'oxc-transform';
import { runtimeCode } from './runtime.js';
import { TO_JS } from './emit-pieces.js';
import { BUILTIN_RUNTIME, sourceHash } from './templates.js';

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

/**
 * The translator compiled by the build (generator/precompile.ts): its JavaScript and the hash of the module texts it
 * was compiled from. Absent when running from the sources.
 */
export const PREBUILT_RE2 = fileURLToPath(new URL('./re2-runtime.json', import.meta.url));

/** The translator compiled: its JavaScript, and the SHA-256 of the runtime modules' texts it came from. */
export interface CompiledRe2 {
  readonly sha256: string;
  readonly code: string;
}

/** The runtime modules' texts, read now, and their hash (which ties a compiled translator to them). */
function runtimeTexts(): { readonly texts: readonly string[]; readonly sha256: string } {
  const texts = MODULES.map((name) => readFileSync(join(BUILTIN_RUNTIME, name), 'utf8'));
  return { texts, sha256: sourceHash(JSON.stringify(texts)) };
}

/** Compiles the translator from the runtime modules' texts: as a generated file has them, through oxc-transform. */
function compileRe2(texts: readonly string[]): string {
  const text = MODULES.map((name, index) => runtimeCode(texts[index]!, name)).join('\n');
  const { code, errors } = transformSync('re2.ts', text, { ...TO_JS, sourceType: 'script' });
  if (errors.length > 0) throw new Error(`runtime/re2.ts: ${errors.map((error) => error.message).join('; ')}`);
  return code;
}

/** The translator compiled from the runtime modules as they are now: what the build records. */
export function compiledRe2(): CompiledRe2 {
  const { texts, sha256 } = runtimeTexts();
  return { sha256, code: compileRe2(texts) };
}

/** The build's compiled translator when it was compiled from the modules' texts as they are now, else undefined. */
function prebuiltCode(sha256: string): string | undefined {
  try {
    const prebuilt = JSON.parse(readFileSync(PREBUILT_RE2, 'utf8')) as CompiledRe2;
    return prebuilt.sha256 === sha256 ? prebuilt.code : undefined;
  } catch {
    return undefined;
  }
}

/** `$re2_orbits` for the translator the generator runs: the table the generated module makes at load, on first use. */
const LAZY_ORBITS = [
  'let $re2_orbitsBuilt;',
  'const $re2_orbitsTable = () => ($re2_orbitsBuilt ??= $re2_buildOrbits());',
  'const $re2_orbits = { get: (cp) => $re2_orbitsTable().get(cp), [Symbol.iterator]: () => $re2_orbitsTable()[Symbol.iterator]() };',
].join('\n');

function loadRuntime(): Re2Runtime {
  const { texts, sha256 } = runtimeTexts();
  const code = prebuiltCode(sha256) ?? compileRe2(texts);
  // Our own shipped code, never spec text: the pattern is only ever an argument. The case-folding table, a constant of
  // the generated module, is made here when a pattern first folds case (~20 ms; most jobs' patterns never do).
  return new Function(
    `${LAZY_ORBITS}\n${code}\nreturn { translate: $re2_translate, backtracks: $re2_backtracks };`,
  )() as Re2Runtime;
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
