/**
 * IR type → validator code. Every model becomes one function with the signature
 * `(v: unknown, p: $Path, e: FieldError[] | null, r: boolean, s: boolean, d: number) => boolean`:
 * `v` the value, `p` its Kubernetes field path, `e` null for the boolean fast path (return at the first failure,
 * allocate nothing) or the list that collects every error, `r` response mode, `s` unknown fields (0 ignore, 1 reject,
 * 2 reject below this level only), `d` depth.
 * One code path serves both `isX` and `validateX`, so they cannot disagree.
 * The emitters live in `guard/`, one small module per kind or keyword group; `guard/check.ts` dispatches.
 */
import { withNeeds } from '../cel/compile.js';
import type { CelLibrary } from '../cel/functions.js';
import type { Model } from '../ir.js';
import { plainRegexSource } from './guard/plain-regex.js';
import { check } from './guard/check.js';
import { Emitter, fail, modelGuardName, type GuardConstant, type GuardFunction } from './guard/context.js';
import type { FormatOptions } from './guard/formats.js';
import { printString } from './literal.js';
import { compareStrings } from '../names.js';
import { createRe2, type Re2 } from '../re2.js';
import { celRegexPatterns } from '../parse/re2.js';
import { LINEAR_MATCHER } from './guard/pattern.js';
import { defaultedModels, defaultsOf } from './guard/defaults.js';
import { modelTransitions } from './guard/transitions.js';
import { celBlockingKinds } from './guard/cel-blocking.js';
import { ratchetShape } from './guard/ratchet.js';
import { kubernetesNameRule, NAME_RULE_CODES, OWN_NAME_FUNCTIONS, type NameRule } from '../kubernetes-name-rules.js';
import { kubernetesKindRules, type KindRule, type KindRuleModule } from '../kubernetes-kind-rules.js';
import { integerRuleCheck, integerRules } from '../kubernetes-integer-rules.js';

export { MAX_DEPTH, modelGuardName, type GuardConstant, type GuardFunction } from './guard/context.js';

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
  /** Whether the code decodes read-only members (runtime/decode.ts). */
  readonly usesDecode: boolean;
  /** Whether the code checks quantities (runtime/quantity.ts). */
  readonly usesQuantity: boolean;
  /** The CEL libraries the code calls, with those they need. */
  readonly celLibraries: readonly CelLibrary[];
  /** Whether a pattern takes the linear-time matcher (runtime/re2-linear.ts). */
  readonly usesLinearRegex: boolean;
  /** Whether a CEL rule computes a RE2 pattern when it runs, so the package needs the translator (runtime/re2.ts). */
  readonly usesRe2Translate: boolean;
  /** Whether the code checks ObjectMeta as every API server does (some model is a stored kind). */
  readonly usesObjectMeta: boolean;
  /** The runtime modules of the Kubernetes kind rules the guards call (generator/kubernetes-kind-rules.ts). */
  readonly kindRuleModules: readonly KindRuleModule[];
  /** Whether a guard checks a Go integer range (generator/kubernetes-integer-rules.ts, runtime/go-integers.ts). */
  readonly usesGoIntegers: boolean;
  /** The update validators of the models that reach a transition rule (`oldSelf`), by model name. */
  readonly transitions: ReadonlyMap<string, ModelUpdate>;
  /** The defaulting function of each model that has a schema `default` below it, by model name. */
  readonly defaults: ReadonlyMap<string, string>;
  /**
   * The create guards (`isX`/`validateX`) of the custom resource kinds whose CEL rules the server skips once the
   * schema failed (`$celBlocking`), by model name.
   */
  readonly celBlocking: ReadonlyMap<string, string>;
  /** The correlation table (`$rs_<Model>`, or `0`) each custom resource kind's ratcheting update reads, by model name. */
  readonly ratchet: ReadonlyMap<string, string>;
}

/** How a model with transition rules is validated on update, and on create. */
export interface ModelUpdate {
  /** The walker constant `(o, v, p, e, r, d)` running the transition rules against the old value. */
  readonly walker: string;
  /** The guard `isX`/`validateX` use instead of the model's when `optionalOldSelf` rules also run on create. */
  readonly createGuard?: string;
}

/** The parameters every guard function takes, in order. */
export const GUARD_PARAMETERS = 'v: unknown, p: $Path, e: FieldError[] | null, r: boolean, s: number, d: number';

/**
 * A stored kind's create and update requests need a name: ValidateObjectMetaAccessor
 * (k8s.io/apimachinery/pkg/api/validation/objectmeta.go) after BeforeCreate turns generateName into one.
 */
function nameRequiredCheck(model: Model, customResources: boolean): string[] {
  // The name required, and the name (by the kind's rule), labels and annotations rules (runtime/object-meta.ts).
  const rule = modelNameRule(model, customResources);
  // A rule but the common ones (0, 1, 5) is a function of its own the guard passes: only its kinds keep it in a bundle.
  const own = OWN_NAME_FUNCTIONS[rule];
  const call = `$createMeta(v, ${NAME_RULE_CODES[rule]}, p, e${own === undefined ? '' : `, ${own}`})`;
  return [`if (!r && $isObject(v) && !${call}) { if (e === null) return false; ok = false; }`];
}

/**
 * The kind's own cross-field rules (generator/kubernetes-kind-rules.ts), each a runtime function of the whole value,
 * run in request mode only: a response carries what the server stored, which passed them.
 */
function kindRuleChecks(rules: readonly KindRule[]): string[] {
  return rules.map((rule) => `if (!r && $isObject(v) && !${rule.call}) { if (e === null) return false; ok = false; }`);
}

/**
 * The name function the server applies to the model's kind: NameIsDNSSubdomain for custom resources
 * (apiextensions-apiserver pkg/registry/customresource/validator.go), the table's for a built-in kind, else
 * ValidatePathSegmentName (apiserver pkg/registry/rest/create.go BeforeCreate).
 */
export function modelNameRule(model: Model, customResources: boolean): NameRule {
  if (customResources) return 'dns-subdomain';
  return (model.gvk === undefined ? undefined : kubernetesNameRule(model.gvk)?.rule) ?? 'path-segment';
}

/**
 * `$re2_literals` (runtime/re2-compile.ts): every literal pattern of the API's CEL rules (matches, find, findAll)
 * translated now, as `pattern` keywords are, and made into its matcher once when the module loads: a RegExp where V8
 * cannot backtrack on it for long (generator/re2.ts, runtime/re2-risk.ts), else the linear-time matcher, or Go's
 * message for a pattern it refuses. `dynamic`: some rule computes a pattern when it runs, so the package carries the
 * translator (runtime/re2.ts) for those.
 */
function regexLiterals(models: readonly Model[], regex: Re2): { constants: GuardConstant[]; dynamic: boolean } {
  const texts: string[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (typeof value === 'object' && value !== null)
      for (const [key, member] of Object.entries(value)) {
        if ((key === 'rule' || key === 'messageExpression') && typeof member === 'string') texts.push(member);
        else collect(member);
      }
  };
  collect(models);
  const found = texts.map(celRegexPatterns);
  const literals = [...new Set(found.flatMap(({ literals }) => literals))].sort(compareStrings);
  const rows = literals.map((pattern): (string | number)[] => {
    const translated = regex.translate(pattern);
    // A RegExp's flagless source too where it tests the same strings (`matches`, the common use, runs it faster).
    const plain = translated.ok && !translated.backtracks ? plainRegexSource(translated.source) : undefined;
    const row = !translated.ok
      ? [2, translated.message]
      : [translated.backtracks ? 1 : 0, translated.source, ...(plain === undefined ? [] : [plain])];
    return [pattern, ...row];
  });
  const printValue = (value: string | number): string => (typeof value === 'string' ? printString(value) : `${value}`);
  // A table (laid out as Prettier prints it, like every other table) made into matchers once, when the module loads.
  return {
    constants: [
      {
        name: '$re2_literalTable',
        init: `[${rows.map((row) => `[${row.map(printValue).join(', ')}]`).join(', ')}] as const`,
      },
      { name: '$re2_literals', init: '/* @__PURE__ */ $re2_prepare($re2_literalTable)', canonical: true },
    ],
    dynamic: found.some(({ dynamic }) => dynamic),
  };
}

/** Generates the guard functions of every model. */
export function printGuards(models: readonly Model[], given: FormatOptions = {}): GuardModule {
  const regex = given.regex ?? createRe2();
  const options = { ...given, regex };
  const emitter = new Emitter(new Map(models.map((model) => [model.name, model])), check, options);
  // The built-in kinds' own rules beyond the schema (Go validation): never a custom resource's.
  const builtIn = options.kubernetes === true && options.customResources !== true;
  const kindRules = (model: Model): readonly KindRule[] => (builtIn ? kubernetesKindRules(model, false) : []);
  const rangeRules = (model: Model) => (builtIn ? integerRules(model.key) : []);
  const functions = models.map((model) => ({
    name: modelGuardName(model.name),
    ...emitter.functionBody(model.type, [
      ...(model.nameRequired === true ? nameRequiredCheck(model, options.customResources === true) : []),
      ...kindRuleChecks(kindRules(model)),
      ...rangeRules(model).map(integerRuleCheck),
    ]),
  }));
  const transitions = new Map<string, ModelUpdate>();
  for (const model of models) {
    const found = modelTransitions(model, emitter);
    if (found === undefined) continue;
    let createGuard: string | undefined;
    if (found.onCreate) {
      createGuard = `$vc_${model.name}`;
      // On create the rules with optionalOldSelf run too, with oldSelf none.
      emitter.constants.push({
        name: createGuard,
        init: `$update(${modelGuardName(model.name)}, ${found.walker}, undefined)`,
      });
    }
    transitions.set(model.name, { walker: found.walker, ...(createGuard !== undefined ? { createGuard } : {}) });
  }
  const celBlocking = new Map<string, string>();
  const ratchet = new Map<string, string>();
  if (options.customResources === true) {
    for (const name of [...celBlockingKinds(models)].sort(compareStrings)) {
      const guard = `$vb_${name}`;
      emitter.constants.push({
        name: guard,
        init: `$celBlocking(${transitions.get(name)?.createGuard ?? modelGuardName(name)})`,
      });
      celBlocking.set(name, guard);
    }
    for (const model of models) if (model.nameRequired === true) ratchet.set(model.name, ratchetShape(model, emitter));
  }
  const defaults = new Map<string, string>();
  // A built-in Kubernetes type's `default`s are openapi-gen's Go zero values: the server defaults in Go, not by them.
  const defaulted =
    options.kubernetes !== true || options.customResources === true ? defaultedModels(emitter) : new Set<string>();
  for (const model of models)
    if (defaulted.has(model.name)) {
      const name = defaultsOf({ kind: 'ref', name: model.name }, emitter);
      if (name !== undefined) defaults.set(model.name, name);
    }
  const literals = emitter.usesCel ? regexLiterals(models, regex) : undefined;
  if (literals !== undefined) emitter.constants.push(...literals.constants);
  // The translator's case-folding table (runtime/re2-classes.ts), made once when the module loads.
  if (literals?.dynamic === true)
    emitter.constants.push({ name: '$re2_orbits', init: '/* @__PURE__ */ $re2_buildOrbits()', canonical: true });
  return {
    transitions,
    defaults,
    celBlocking,
    ratchet,
    models: functions,
    helpers: emitter.helpers,
    constants: emitter.constants,
    warnings: emitter.warnings,
    usesCel: emitter.usesCel,
    usesDecode: emitter.usesDecode,
    usesQuantity: emitter.usesQuantity,
    celLibraries: withNeeds(emitter.celLibraries),
    usesObjectMeta: models.some((model) => model.nameRequired === true),
    kindRuleModules: [...new Set(models.flatMap((model) => kindRules(model).map((rule) => rule.module)))].sort(),
    usesGoIntegers: models.some((model) => rangeRules(model).length > 0),
    usesLinearRegex: emitter.constants.some((constant) => constant.init.startsWith(`${LINEAR_MATCHER}(`)),
    usesRe2Translate: literals?.dynamic === true,
  };
}
