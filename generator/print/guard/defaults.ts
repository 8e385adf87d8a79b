/**
 * Schema defaults, applied as the API server applies them to a custom resource before it validates (apiextensions-
 * apiserver pkg/apiserver/schema/defaulting/algorithm.go Default: a missing property, or a null one that is not
 * nullable, takes its `default`; then the same below). CEL rules see the defaulted value, so `checkRules` evaluates
 * them on a copy made by these functions; the value being validated is never changed.
 */
import { apimachinerySchema } from '../../apimachinery/index.js';
import type { Model, Type } from '../../ir.js';
import { printPropertyAccess, printString, printValue } from '../literal.js';
import { nonNullMembers, type Emitter } from './context.js';

/**
 * Per-run memo of the defaulting functions, by type, and the names handed out while their body was built; and each
 * type node's key (`keys`) with the ids that stand for a key inside a larger one (`ids`).
 */
interface Memo {
  readonly known: Map<string, string | null>;
  readonly used: Set<string>;
  readonly keys: WeakMap<object, string>;
  readonly ids: Map<string, number>;
  /** The models with a default below them, and per type node whether one is below it. */
  readonly withDefaults: ReadonlySet<string>;
  readonly below: WeakMap<object, boolean>;
}

/** The per-run memo (made on first use): the models with a default below them are found once per run. */
function memoOf(emitter: Emitter): Memo {
  return emitter.memo<Memo>('defaults', () => ({
    known: new Map(),
    used: new Set(),
    keys: new WeakMap(),
    ids: new Map(),
    withDefaults: modelsWithDefaults([...emitter.models.values()]),
    below: new WeakMap(),
  }));
}

/** The models with a schema `default` somewhere below them (modelsWithDefaults, once per run). */
export function defaultedModels(emitter: Emitter): ReadonlySet<string> {
  return memoOf(emitter).withDefaults;
}

/**
 * The name of a function `(v: unknown) => unknown` that returns `v` with the defaults of `type` applied (a copy where
 * anything changed, `v` itself otherwise), or undefined when nothing below `type` has a default.
 */
export function defaultsOf(type: Type, emitter: Emitter): string | undefined {
  const memo = memoOf(emitter);
  // Most of a large spec states no default: nothing to key or build there.
  if (!defaultBelow(type, memo)) return undefined;
  const { known, used } = memo;
  const key = type.kind === 'ref' ? `ref:${type.name}` : keyOf(type, memo);
  if (known.has(key)) {
    const found = known.get(key) ?? undefined;
    if (found !== undefined) used.add(found);
    return found;
  }
  // While the body is built a recursive reference sees the name: the function exists by the time it is called.
  const name = `$df${known.size + 1}`;
  known.set(key, name);
  const body = defaultsBody(type, emitter);
  if (body === undefined) {
    known.set(key, null);
    // A recursive reference took the name while the body was built: it then names the identity.
    if (used.has(name)) emitter.constants.push({ name, init: '(v: unknown): unknown => v' });
    return undefined;
  }
  emitter.constants.push({ name, init: `(v: unknown): unknown => {\n${body}\n}` });
  return name;
}

/**
 * What defaulting depends on, as text: the shape and each property's default. A type nested inside stands as the id
 * of its own key, computed once, so keying every node of a deep inline schema costs its size, not its size × depth.
 */
function keyOf(type: Type, memo: Memo): string {
  const known = memo.keys.get(type);
  if (known !== undefined) return known;
  const key = JSON.stringify(type, function (this: unknown, name: string, value: unknown): unknown {
    // A default is data: keyed as its own JSON text, so nothing inside it is read as a type or dropped as docs.
    if (name === 'doc' && typeof value === 'object' && value !== null && 'default' in value)
      return { default: JSON.stringify((value as { default: unknown }).default) };
    if (name === 'doc' || name === 'rules') return undefined;
    if (value !== type && isTypeNode(value)) {
      const inner = keyOf(value, memo);
      let id = memo.ids.get(inner);
      if (id === undefined) memo.ids.set(inner, (id = memo.ids.size));
      return `#${id}`;
    }
    return value;
  });
  memo.keys.set(type, key);
  return key;
}

/** Whether some `default` is stated at or below a type (through refs, by the models known to have one). */
function defaultBelow(type: Type, memo: Memo): boolean {
  const known = memo.below.get(type);
  if (known !== undefined) return known;
  let found: boolean;
  switch (type.kind) {
    case 'ref':
      found = memo.withDefaults.has(type.name);
      break;
    case 'array':
      found = defaultBelow(type.items, memo);
      break;
    case 'object': {
      const additional = type.additionalProperties;
      found =
        type.properties.some((property) => property.doc.default !== undefined || defaultBelow(property.type, memo)) ||
        (additional !== undefined && additional !== false && defaultBelow(additional, memo));
      break;
    }
    case 'intersection':
    case 'union':
      found = type.members.some((member) => defaultBelow(member, memo));
      break;
    default:
      found = false;
  }
  memo.below.set(type, found);
  return found;
}

/** Whether a value met while keying is a type node of the IR (it has a `kind`), not a property or a default. */
function isTypeNode(value: unknown): value is Type {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { kind?: unknown }).kind === 'string'
  );
}

/** The statements of a defaulting function, or undefined when the type has nothing to default. */
function defaultsBody(type: Type, emitter: Emitter): string | undefined {
  switch (type.kind) {
    case 'ref': {
      const model = emitter.models.get(type.name);
      // A custom resource's metadata is not defaulted by a schema: the library's zero values are not the server's.
      if (
        emitter.options.customResources === true &&
        model !== undefined &&
        apimachinerySchema(model.key) !== undefined
      )
        return undefined;
      const inner = model === undefined ? undefined : defaultsOf(model.type, emitter);
      return inner === undefined ? undefined : `return ${inner}(v);`;
    }
    case 'array': {
      const items = defaultsOf(type.items, emitter);
      if (items === undefined) return undefined;
      return [
        'if (!Array.isArray(v)) return v;',
        'let o: unknown[] = v;',
        'for (let i = 0; i < v.length; i++) {',
        `const d = ${items}(v[i]);`,
        'if (d !== v[i]) { if (o === v) o = [...v]; o[i] = d; }',
        '}',
        'return o;',
      ].join('\n');
    }
    case 'object': {
      const statements: string[] = [];
      for (const property of type.properties) {
        const below = defaultsOf(property.type, emitter);
        const hasDefault = property.doc.default !== undefined;
        if (!hasDefault && below === undefined) continue;
        const read = printPropertyAccess('v', property.name);
        const write = `o[${printString(property.name)}]`;
        statements.push(`{ const c = ${read};`);
        if (hasDefault)
          statements.push(
            `if (c === undefined || (c === null && ${!acceptsNull(property.type)})) { if (o === v) o = { ...v }; ${write} = ${printValue(property.doc.default)}; }`,
          );
        if (below !== undefined)
          statements.push(
            `${hasDefault ? 'else ' : ''}if (c !== undefined) { const d = ${below}(c); if (d !== c) { if (o === v) o = { ...v }; ${write} = d; } }`,
          );
        statements.push('}');
      }
      const additional = type.additionalProperties;
      const values = additional === undefined || additional === false ? undefined : defaultsOf(additional, emitter);
      if (values !== undefined)
        statements.push(
          'for (const k of Object.keys(v)) {',
          `const d = ${values}(v[k]);`,
          'if (d !== v[k]) { if (o === v) o = { ...v }; o[k] = d; }',
          '}',
        );
      if (statements.length === 0) return undefined;
      return ['if (!$isObject(v)) return v;', 'let o: Record<string, unknown> = v;', ...statements, 'return o;'].join(
        '\n',
      );
    }
    case 'intersection':
    case 'union': {
      // A union is defaulted only through its one non-null member (a nullable object), never by guessing a branch.
      const members = nonNullMembers(type.members);
      if (type.kind === 'union' && members.length !== 1) return undefined;
      const names = members.map((member) => defaultsOf(member, emitter)).filter((name) => name !== undefined);
      if (names.length === 0) return undefined;
      return `return ${names.reduce((inner, name) => `${name}(${inner})`, 'v')};`;
    }
    default:
      return undefined;
  }
}

/**
 * The models with a schema `default` somewhere below them, found without recursing through `$ref`s: the models that
 * state a default inline, then everything that refers to one of them (backwards over the reference graph), so a
 * chain of 10,000 references costs no deep stack.
 */
export function modelsWithDefaults(models: readonly Model[]): Set<string> {
  const referrers = new Map<string, string[]>();
  const found = new Set<string>();
  for (const model of models) {
    const refs: string[] = [];
    if (statesDefault(model.type, refs)) found.add(model.name);
    for (const ref of refs) {
      const list = referrers.get(ref);
      if (list === undefined) referrers.set(ref, [model.name]);
      else list.push(model.name);
    }
  }
  const pending = [...found];
  while (pending.length > 0)
    for (const referrer of referrers.get(pending.pop()!) ?? [])
      if (!found.has(referrer)) {
        found.add(referrer);
        pending.push(referrer);
      }
  return found;
}

/** Whether a type states a property default inline (the walk defaultsBody takes); collects the refs it meets. */
function statesDefault(type: Type, refs: string[]): boolean {
  switch (type.kind) {
    case 'ref':
      refs.push(type.name);
      return false;
    case 'array':
      return statesDefault(type.items, refs);
    case 'object': {
      let found = false;
      for (const property of type.properties)
        found = statesDefault(property.type, refs) || property.doc.default !== undefined || found;
      const additional = type.additionalProperties;
      if (additional !== undefined && additional !== false) found = statesDefault(additional, refs) || found;
      return found;
    }
    case 'intersection':
    case 'union': {
      let found = false;
      for (const member of type.members) found = statesDefault(member, refs) || found;
      return found;
    }
    default:
      return false;
  }
}

/** Whether a type takes null as a value (then a null is kept, not defaulted). */
export function acceptsNull(type: Type): boolean {
  if (type.kind === 'null' || (type.kind === 'literal' && type.value === null)) return true;
  return type.kind === 'union' && type.members.some(acceptsNull);
}
