/**
 * Transition rules (`x-kubernetes-validations` reading `oldSelf`), run as apiextensions-apiserver runs them on update
 * (pkg/apiserver/schema/cel/validation.go `Validator.validate`, `validateMap`, `validateArray`; `makeMapList` in
 * pkg/apiserver/schema/cel/maplist.go): old and new values are walked together, a property or map value correlated by
 * its key, a `x-kubernetes-list-type: map` item by its map keys, nothing else (atomic lists and sets have no old
 * item). A transition rule runs where both values exist and are not null; with `optionalOldSelf: true` it also runs
 * where only the new value exists, `oldSelf` then an optional. The walker of a type is an arrow function
 * `(o, v, p, e, r, d) => boolean` (old value, new value, then as the guards), emitted only for the types that reach a
 * transition rule, so validators of everything else are unchanged.
 */
import type { Model, Type, ValidationRule } from '../../ir.js';
import { printList, printPropertyAccess, printString } from '../literal.js';
import { MAX_DEPTH, nonNullMembers, type Emitter } from './context.js';
import { defaultsOf } from './defaults.js';
import { compiledRule, ruleCheck, schemaType } from './rules.js';

/** The update validator of one model. */
export interface ModelTransitions {
  /** A constant `(o, v, p, e, r, d) => boolean` that defaults both values and runs every transition rule below. */
  readonly walker: string;
  /** Some rule below has `optionalOldSelf`, so it runs on create too (with `oldSelf` none). */
  readonly onCreate: boolean;
}

/** Per-run state, kept on the run's emitter (`Emitter.memo`): the models that reach a transition rule, and the walkers by type. */
interface State {
  readonly reaching: ReadonlySet<string>;
  readonly optional: ReadonlySet<string>;
  readonly walkers: Map<string, string | null>;
}

/** The update validator of a model, or undefined when no transition rule is below it. */
export function modelTransitions(model: Model, emitter: Emitter): ModelTransitions | undefined {
  const state = stateOf(emitter);
  if (!state.reaching.has(model.name)) return undefined;
  const ref: Type = { kind: 'ref', name: model.name };
  const walker = walkerOf(ref, emitter, state)!;
  const defaults = defaultsOf(ref, emitter);
  const name = `$tu_${model.name}`;
  emitter.constants.push({
    name,
    init:
      defaults === undefined
        ? walker
        : `(o: unknown, v: unknown, p: $Path, e: FieldError[] | null, r: boolean, d: number): boolean => ${walker}(o === undefined ? o : ${defaults}(o), ${defaults}(v), p, e, r, d)`,
  });
  return { walker: name, onCreate: state.optional.has(model.name) };
}

function stateOf(emitter: Emitter): State {
  return emitter.memo<State>('transitions', () => {
    const optional = reachingModels(emitter, (rule) => rule.optionalOldSelf === true, new Set());
    return { reaching: reachingModels(emitter, () => true, optional), optional, walkers: new Map() };
  });
}

/** The transition rules a type carries itself. */
function transitionRules(type: Type): ValidationRule[] {
  // The text test first: compiling every rule of a large spec twice would cost generation time for nothing.
  return (type.rules ?? []).filter((rule) => rule.rule.includes('oldSelf'));
}

/**
 * The models from which some transition rule matching `wanted` is reachable: a fixpoint over the `$ref` graph. Below a
 * list that is not a list-type map no item has an old value, so only the rules of `optional` models count there.
 */
function reachingModels(
  emitter: Emitter,
  wanted: (rule: ValidationRule) => boolean,
  optional: ReadonlySet<string>,
): Set<string> {
  const found = new Set<string>();
  const optionalOnly = (rule: ValidationRule) => rule.optionalOldSelf === true;
  const reaches = (type: Type, test: (rule: ValidationRule) => boolean, models: ReadonlySet<string>): boolean => {
    if (transitionRules(type).some(test)) return true;
    if (type.kind === 'array' && type.unique?.keys === undefined)
      return type.items.kind === 'ref' ? optional.has(type.items.name) : reaches(type.items, optionalOnly, optional);
    return children(type).some((child) =>
      child.kind === 'ref' ? models.has(child.name) : reaches(child, test, models),
    );
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const [name, model] of emitter.models)
      if (!found.has(name) && reaches(model.type, wanted, found)) {
        found.add(name);
        changed = true;
      }
  }
  return found;
}

/** The types the walk descends into (a ref is followed by name). */
function children(type: Type): readonly Type[] {
  switch (type.kind) {
    case 'ref':
      return [type];
    case 'object': {
      const additional = type.additionalProperties;
      return [
        ...type.properties.map((property) => property.type),
        ...(additional === undefined || additional === false ? [] : [additional]),
      ];
    }
    case 'array':
      return [type.items];
    case 'intersection':
      return type.members;
    case 'union': {
      const members = nonNullMembers(type.members);
      return members.length === 1 ? members : [];
    }
    default:
      return [];
  }
}

/** Whether a walk below `type` can meet a transition rule that runs (only `optionalOldSelf` ones when `uncorrelated`). */
function reachesAny(type: Type, state: State, uncorrelated = false): boolean {
  if (type.kind === 'ref') return (uncorrelated ? state.optional : state.reaching).has(type.name);
  const rules = transitionRules(type);
  if (uncorrelated ? rules.some((rule) => rule.optionalOldSelf === true) : rules.length > 0) return true;
  if (type.kind === 'array' && type.unique?.keys === undefined) return reachesAny(type.items, state, true);
  return children(type).some((child) => reachesAny(child, state, uncorrelated));
}

/** The name of the walker constant of `type`, or undefined when nothing below it has a transition rule. */
function walkerOf(type: Type, emitter: Emitter, state: State): string | undefined {
  if (!reachesAny(type, state)) return undefined;
  const key =
    type.kind === 'ref' ? `ref:${type.name}` : JSON.stringify(type, (k, v: unknown) => (k === 'doc' ? undefined : v));
  const known = state.walkers.get(key);
  if (known !== undefined && known !== null) return known;
  const name = `$tw${state.walkers.size + 1}`;
  // Set before the body is built: a recursive reference finds the name.
  state.walkers.set(key, name);
  const body = walkerBody(type, emitter, state);
  emitter.constants.push({
    name,
    init: `(o: unknown, v: unknown, p: $Path, e: FieldError[] | null, r: boolean, d: number): boolean => {\n${body.join('\n')}\n}`,
  });
  return name;
}

/** A statement calling a walker on a child and recording its failure. */
function callWalker(walker: string, old: string, value: string, path: string): string {
  return `if (!${walker}(${old}, ${value}, ${path}, e, r, d + 1)) { if (e === null) return false; ok = false; }`;
}

function walkerBody(type: Type, emitter: Emitter, state: State): string[] {
  const statements = ['let ok = true;', `if (v === null || v === undefined || d > ${MAX_DEPTH}) return true;`];
  const own = transitionRules(type);
  if (own.length > 0) {
    // The rules run on a value whose own shape is valid, as checkRules runs the others.
    const shape = emitter.hoist({ ...type, rules: undefined });
    statements.push(`const sv = ${shape}(v, "", null, r, 0, d);`, 'const hasOld = o !== null && o !== undefined;');
    for (const rule of own) {
      const compiled = compiledRule(rule, emitter);
      if (compiled === undefined || !compiled.usesOldSelf) continue;
      // optionalOldSelf: the rule runs without an old value too, with oldSelf an optional (none there).
      const optional = rule.optionalOldSelf === true;
      if (optional) emitter.celLibraries.add('optional');
      const where = { self: 'v', path: 'p', mode: 'r', schemaType: schemaType(type, emitter) };
      const site = optional
        ? { ...where, oldSelf: '$cel_optional(hasOld ? o : undefined)', when: 'sv' }
        : { ...where, oldSelf: 'o', when: 'sv && hasOld' };
      statements.push(...ruleCheck(rule, compiled, site, emitter));
    }
  }
  statements.push(...childWalks(type, emitter, state), 'return ok;');
  return statements;
}

/** The walks into the children of a value, each with its correlated old value. */
function childWalks(type: Type, emitter: Emitter, state: State): string[] {
  switch (type.kind) {
    case 'ref': {
      const model = emitter.models.get(type.name);
      const walker = model === undefined ? undefined : walkerOf(model.type, emitter, state);
      return walker === undefined ? [] : [sameValueWalk(walker)];
    }
    case 'object': {
      const statements: string[] = [];
      const declared = new Set(type.properties.map((property) => property.name));
      for (const property of type.properties) {
        const walker = walkerOf(property.type, emitter, state);
        if (walker === undefined) continue;
        const key = printString(property.name);
        statements.push(
          `if ($hasOwn(v, ${key})) ${callWalker(walker, `oo !== undefined && $hasOwn(oo, ${key}) ? ${printPropertyAccess('oo', property.name)} : undefined`, printPropertyAccess('v', property.name), `$field(p, ${key})`)}`,
        );
      }
      const additional = type.additionalProperties;
      const values =
        additional === undefined || additional === false ? undefined : walkerOf(additional, emitter, state);
      if (values !== undefined) {
        const skip =
          declared.size === 0
            ? ''
            : `if (${[...declared].map((name) => `k === ${printString(name)}`).join(' || ')}) continue; `;
        statements.push(
          `for (const k of Object.keys(v)) { ${skip}${callWalker(values, 'oo !== undefined && $hasOwn(oo, k) ? oo[k] : undefined', 'v[k]', '$key(p, k)')} }`,
        );
      }
      if (statements.length === 0) return [];
      return ['if ($isObject(v)) {', 'const oo = $isObject(o) ? o : undefined;', ...statements, '}'];
    }
    case 'array': {
      const keys = type.unique?.keys;
      if (keys === undefined && !reachesAny(type.items, state, true)) return [];
      const walker = walkerOf(type.items, emitter, state);
      if (walker === undefined) return [];
      if (keys === undefined)
        // No correlation: an item has no old value, so only optionalOldSelf rules can run below.
        return [
          `if (Array.isArray(v)) for (let i = 0; i < v.length; i++) ${callWalker(walker, 'undefined', 'v[i]', '$index(p, i)')}`,
        ];
      const names = emitter.constant('keys', printList(keys));
      return [
        'if (Array.isArray(v)) {',
        `const old = $correlate(o, ${names});`,
        `for (let i = 0; i < v.length; i++) ${callWalker(walker, `old === undefined ? undefined : old.get($canonical($keysOf(v[i], ${names})))`, 'v[i]', '$index(p, i)')}`,
        '}',
      ];
    }
    case 'intersection':
    case 'union':
      return children(type).flatMap((member) => {
        const walker = walkerOf(member, emitter, state);
        return walker === undefined ? [] : [sameValueWalk(walker)];
      });
    default:
      return [];
  }
}

/** A walk of the same value by another walker (a ref's model, a member of an intersection). */
function sameValueWalk(walker: string): string {
  return `if (!${walker}(o, v, p, e, r, d)) { if (e === null) return false; ok = false; }`;
}
