/**
 * Direct reads for the CEL rules of one site (compile.ts `directCode`): every field a rule selects from `self`
 * (`self.spec.name`) becomes one local, read once per value with the schema defaults folded in where the value lacks
 * the field (`has(x) ? x : default`, exactly as defaults.ts would have copied them in), so the rules' fast path calls
 * no `$cel_get`/`$cel_has` and the value is not copied. A local holds undefined where `$cel_get` on the defaulted
 * value throws ("no such key": absent, or read from a non-object); the rule's code then throws and the exact
 * evaluation (on the defaulted copy) decides. A field found only on the prototype sets the site's `bail` flag: the
 * copy could make it an own field, so the rules go straight to the exact evaluation.
 */
import type { ProtoDecision } from './object.js';
import { apimachinerySchema } from '../../apimachinery/index.js';
import type { CelReads } from '../../cel/compile.js';
import type { Type } from '../../ir.js';
import { printPropertyAccess, printString, printValue } from '../literal.js';
import { nonNullMembers, type Emitter } from './context.js';
import { acceptsNull, defaultsOf } from './defaults.js';
import { fieldsTest } from './fields.js';

/** How a property's defaulted value comes about: its type (for what is defaulted below it) and its own default. */
interface Step {
  /** The property's type; undefined where nothing at or below it is defaulted. */
  readonly type: Type | undefined;
  /** The property's type as the structural check knows it (undefined: not known). */
  readonly shape: Type | undefined;
  readonly fallback?: unknown;
  /** A null is kept (the type takes null), not replaced by the default. */
  readonly nullable: boolean;
}

/** One selected path: its local and how it is derived from its parent's. */
interface Read {
  readonly local: string;
  readonly step: Step;
  readonly children: Map<string, Read>;
  /**
   * The value is an object, null or undefined whenever the rules run (the structural check passed and nothing above
   * it comes from a default), so "is it a map" is a null test.
   */
  readonly map: boolean;
  /** The value may come from a default (its own or one above it). */
  readonly defaulted: boolean;
}

/** Reads shared by the rules of one site, and the statements that fill them. */
export interface SiteReads extends CelReads {
  /** Declarations of the locals (before the site's rules). */
  declarations(): string[];
  /** A rule's direct code, throwing instead when a read found an inherited field. */
  guarded(code: string): string;
  /** The statements that read every selected path of `self` (run once, where the rules run). */
  statements(): string[];
}

const PLAIN: Step = { type: undefined, shape: undefined, nullable: true };

/** Direct reads of `self` (the value as validated, not defaulted) for the rules on a value of `type`. */
export function siteReads(self: string, type: Type, emitter: Emitter, decision?: ProtoDecision): SiteReads {
  const bail = emitter.local();
  const root: Read = {
    local: self,
    step: { type, shape: type, nullable: true },
    children: new Map(),
    map: isObjectType(type, emitter),
    defaulted: false,
  };
  const hasDefaults = (t: Type | undefined): boolean => t !== undefined && defaultsOf(t, emitter) !== undefined;
  /** The read of `path`, made on first use; undefined where a step cannot be folded. */
  const read = (path: readonly string[]): Read | undefined => {
    let node = root;
    for (const name of path) {
      let child = node.children.get(name);
      if (child === undefined) {
        // Names Object.prototype carries (`constructor`, `__proto__`) read differently from a copy: left to $cel_get.
        if (name in Object.prototype) return undefined;
        const step = stepOf(node.step.type, name, emitter);
        if (step === undefined) return undefined;
        const { fallback } = step;
        const defaulted = node.defaulted || fallback !== undefined;
        const objectDefault = fallback === undefined || (typeof fallback === 'object' && !Array.isArray(fallback));
        const map = !node.defaulted && objectDefault && isObjectType(step.shape, emitter);
        child = { local: emitter.local(), step, children: new Map(), map, defaulted };
        node.children.set(name, child);
      }
      node = child;
    }
    return node;
  };
  const locals = (): string[] => {
    const all: string[] = [];
    const walk = (node: Read): void => {
      for (const child of node.children.values()) {
        all.push(child.local);
        walk(child);
      }
    };
    walk(root);
    return all;
  };
  return {
    value(path, use) {
      const node = read(path);
      // A value with defaults below it would have to be the defaulted copy: only fields without any are direct, but
      // for a use defaults cannot change (whether it is null; the size of a list, whose items keep their count).
      const shallow = use === 'null' || (use === 'size' && isArrayType(node?.step.type, emitter));
      if (node === undefined || (hasDefaults(node.step.type) && !shallow)) return undefined;
      return path.length === 0 ? node.local : `(${node.local} === undefined ? $cel_absent() : ${node.local})`;
    },
    has(path) {
      const parent = read(path.slice(0, -1));
      const node = read(path);
      if (parent === undefined || node === undefined) return undefined;
      const present = `${node.local} !== undefined && ${node.local} !== null`;
      // The root is present whenever the rules run: a known object needs no test.
      if (parent === root && root.map) return `(${present})`;
      return `(${isMap(parent)} ? ${present} : $cel_absent())`;
    },
    declarations: () => [`let ${bail} = false;`, ...locals().map((local) => `let ${local}: unknown;`)],
    guarded: (code) => `(${bail} ? $cel_absent() : ${code})`,
    statements: () => childReads(root, false, bail, emitter, decision),
  };
}

/** A test that `node`'s value is a map (an object, not an array), as `has()` needs it. */
function isMap(node: Read): string {
  return node.map ? `${node.local} !== undefined && ${node.local} !== null` : `$isObject(${node.local})`;
}

/** The statements that fill the children of `node` from its local; `plain` below a default (never defaulted again). */
function childReads(node: Read, plain: boolean, bail: string, emitter: Emitter, decision?: ProtoDecision): string[] {
  if (node.children.size === 0) return [];
  // The root's prototype as its object guard read it (object.ts checkObject): the rules run only once that guard
  // passed, and its fields test covers every name read here (a name it has beyond them only sets `bail`, which is safe).
  const known = decision?.proto !== undefined && decision.fields !== undefined ? decision : undefined;
  // Decided once per object, as the guards decide it (object.ts ownReads): with a null prototype, or Object.prototype
  // holding none of the names read, a value found is own; any other prototype sets `bail` (the exact evaluation then
  // decides, which is right whatever the object). Names Object.prototype has keep a test per read.
  const names = [...node.children.keys()];
  const proto = known?.proto ?? emitter.local();
  const fields =
    known?.fields ??
    fieldsTest(
      names.filter((name) => !(name in Object.prototype)),
      emitter,
    );
  const statements: string[] = [
    ...(known === undefined ? [`const ${proto}: unknown = Object.getPrototypeOf(${node.local});`] : []),
    `if (${proto} !== null && (${proto} !== $objectPrototype || !${fields}($objectPrototype))) ${bail} = true;`,
  ];
  let first = true;
  for (const [name, child] of node.children) {
    const { local } = child;
    const raw = printPropertyAccess(node.local, name);
    const own = name in Object.prototype ? `$hasOwn(${node.local}, ${printString(name)})` : undefined;
    const fallback = plain ? undefined : child.step.fallback;
    // The first field read from the object before its prototype is asked, as the guards do (object.ts ownReads):
    // V8 then knows the object's shape there and folds Object.getPrototypeOf into a constant. The value is used
    // only as the prototype test allows (`bail`), so the order changes nothing else.
    if (first && fallback === undefined && own === undefined) statements.unshift(`${local} = ${raw};`);
    else if (fallback === undefined) statements.push(`${local} = ${raw};`);
    first = false;
    if (fallback === undefined) {
      statements.push(
        ...(own === undefined ? [] : [`if (${local} !== undefined && !${own}) ${bail} = true;`]),
        ...childReads(child, plain, bail, emitter),
      );
      continue;
    }
    // defaults.ts: a missing field, or a null one whose type takes no null, takes the default (not defaulted below).
    const missing = child.step.nullable ? `${local} === undefined` : `${local} === undefined || ${local} === null`;
    const value =
      typeof fallback === 'object' && fallback !== null
        ? emitter.constant('cd', printValue(fallback))
        : printValue(fallback);
    statements.push(
      `${local} = ${raw};`,
      `if (${missing}) {`,
      `${local} = ${value};`,
      // A constant `{}` has no fields: its children stay undefined (as declared), with no prototype to ask.
      ...(isEmptyObject(fallback) ? [] : childReads(child, true, bail, emitter)),
      '} else {',
      ...(own === undefined ? [] : [`if (!${own}) ${bail} = true;`]),
      ...childReads(child, false, bail, emitter),
      '}',
    );
  }
  // One test for all the children (it also narrows the local for TypeScript).
  return [`if ($isObject(${node.local})) {`, ...statements, '}'];
}

/** Whether a default is the empty object `{}`. */
function isEmptyObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}

/** Whether a type is a list (through references and a nullable union): defaulting keeps its length. */
function isArrayType(type: Type | undefined, emitter: Emitter): boolean {
  for (let hops = 0; type !== undefined && hops < 64; hops++) {
    if (type.kind === 'array') return true;
    if (type.kind === 'ref') type = emitter.models.get(type.name)?.type;
    else if (type.kind === 'union') {
      const members = nonNullMembers(type.members);
      type = members.length === 1 ? members[0] : undefined;
    } else return false;
  }
  return false;
}

/** Whether the structural check makes a value of this type an object (or null, where it takes null). */
function isObjectType(type: Type | undefined, emitter: Emitter, seen = new Set<string>()): boolean {
  if (type === undefined) return false;
  switch (type.kind) {
    case 'object':
      return true;
    case 'ref': {
      const model = emitter.models.get(type.name);
      if (model === undefined || seen.has(type.name)) return false;
      seen.add(type.name);
      return isObjectType(model.type, emitter, seen);
    }
    case 'intersection':
      return type.members.some((member) => isObjectType(member, emitter, seen));
    case 'union': {
      const members = nonNullMembers(type.members);
      return members.length === 1 && isObjectType(members[0], emitter, seen);
    }
    default:
      return false;
  }
}

/**
 * How property `name` of a value of `type` is defaulted (mirroring defaults.ts `defaultsBody`), or undefined where
 * that cannot be folded into a read (defaults for additional properties, a property defaulted by two allOf members).
 */
function stepOf(type: Type | undefined, name: string, emitter: Emitter): Step | undefined {
  if (type === undefined) return PLAIN;
  switch (type.kind) {
    case 'ref': {
      const model = emitter.models.get(type.name);
      if (model === undefined) return PLAIN;
      if (emitter.options.customResources === true && apimachinerySchema(model.key) !== undefined) return PLAIN;
      return stepOf(model.type, name, emitter);
    }
    case 'object': {
      const additional = type.additionalProperties;
      if (additional !== undefined && additional !== false && defaultsOf(additional, emitter) !== undefined)
        return undefined;
      const property = type.properties.find((candidate) => candidate.name === name);
      if (property === undefined) return PLAIN;
      const below = defaultsOf(property.type, emitter) === undefined ? undefined : property.type;
      const { type: declared, doc } = property;
      // A read-only or write-only member may be checked differently in one mode: its shape is not relied on.
      const shape = property.readOnly || property.writeOnly === true ? undefined : declared;
      return { type: below, shape, fallback: doc.default, nullable: acceptsNull(declared) };
    }
    case 'union':
    case 'intersection': {
      const members = nonNullMembers(type.members);
      if (type.kind === 'union' && members.length !== 1) return PLAIN;
      const steps: Step[] = [];
      for (const member of members) {
        const step = stepOf(member, name, emitter);
        if (step === undefined) return undefined;
        if (step.type !== undefined || step.fallback !== undefined) steps.push(step);
      }
      // Members are defaulted one after the other: one member with a say keeps the fold exact.
      if (steps.length > 1) return undefined;
      if (steps.length === 1) return steps[0];
      // No member defaults it: an intersection's members are all checked, so any member's shape holds.
      const shapes = members.map((member) => stepOf(member, name, emitter)?.shape);
      const shape = type.kind === 'intersection' ? shapes.find((found) => isObjectType(found, emitter)) : shapes[0];
      return { ...PLAIN, shape };
    }
    default:
      return PLAIN;
  }
}
