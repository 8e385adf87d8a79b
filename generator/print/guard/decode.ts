/**
 * Read-only members in requests: what the server's JSON decoder refuses, and nothing its validation would. The server
 * drops a read-only member (a kind's `status`, ImageTag's `image`) from a create request before it validates
 * (PrepareForCreate), but decodes the body first, so only the decoder can refuse it (runtime/decode.ts says what it
 * refuses). Each model reached that way gets a decode function, `$dd_<Model>`, straight-line code with the guards'
 * signature and their own-property reads: a kind test per field, no table walked, off the path of every other check.
 */
import { assertNever } from '../../errors.js';
import type { Model, ObjectType, Type } from '../../ir.js';
import { layout } from '../layout.js';
import { printPropertyAccess, printString } from '../literal.js';
import { below, elseBlock, MAX_DEPTH, nonNullMembers, type Emitter, type Scope } from './context.js';
import { fieldsTest } from './fields.js';
import { formatCheck } from './formats.js';
import { namesConstant } from './object.js';
import { QUANTITY_MESSAGE } from './string.js';

/** The decode function of a model. */
export function decodingName(model: string): string {
  return `$dd_${model}`;
}

/**
 * How the decoder reads a value: anything; a JSON kind; a Go integer (`int32`, `int64`); a string a field type parses
 * (`test`, refused with `message`); an array; an object (its fields, and the values of other keys, which are unknown
 * fields when `extra` is absent); a union by JSON kind; a model's decode function.
 */
type Decoding =
  | { readonly kind: 'any' | 'string' | 'boolean' | 'number' | 'integer' | 'int32' | 'int64' }
  | { readonly kind: 'format'; readonly test: (value: string) => string; readonly message: string }
  | { readonly kind: 'array'; readonly items: Decoding }
  | {
      readonly kind: 'object';
      readonly fields: readonly (readonly [string, Decoding])[];
      readonly extra: Decoding | undefined;
    }
  | { readonly kind: 'union'; readonly members: readonly Decoding[] }
  | { readonly kind: 'model'; readonly name: string };

const ANY: Decoding = { kind: 'any' };

/**
 * The checks of a read-only property's value: in full as a response (a server sends it), and in a request only as
 * the decoder reads it. `scope.mode` is the enclosing mode.
 */
export function checkReadOnly(type: Type, scope: Scope, emitter: Emitter): string[] {
  const full = emitter.check(type, { ...scope, mode: 'true' });
  if (scope.mode === 'true') return full;
  const found = decoding(type, emitter, new Set());
  if (found.kind === 'any') return full.length === 0 ? [] : [`if (${scope.mode}) {`, ...full, '}'];
  emitter.usesDecode = true;
  const name = found.kind === 'model' ? found.name : decodeFunction(found, emitter);
  const decode = `if (!${name}(${scope.value}, e === null ? "" : ${scope.path}, e, r, ${scope.strict}, d + 1)) { if (e === null) return false; ok = false; }`;
  // `else { if (...) }`, not `else if`: the statement shape print/layout.ts lays out as Prettier does.
  return full.length === 0
    ? [`if (!${scope.mode}) {`, decode, '}']
    : [`if (${scope.mode}) {`, ...full, '} else {', decode, '}'];
}

/** The decoding of a type. */
function decoding(type: Type, emitter: Emitter, seen: ReadonlySet<string>): Decoding {
  switch (type.kind) {
    case 'unknown':
    case 'null':
      return ANY;
    case 'boolean':
      return { kind: 'boolean' };
    case 'literal':
      // An enum value or a kind's `kind` is a plain Go string (number, bool) to the decoder.
      return type.value === null ? ANY : { kind: typeof type.value as 'string' | 'number' | 'boolean' };
    case 'string':
      return stringDecoding(type.format, emitter);
    case 'number':
      if (!type.integer) return { kind: 'number' };
      return { kind: type.format === 'int32' || type.format === 'int64' ? type.format : 'integer' };
    case 'array':
      return { kind: 'array', items: decoding(type.items, emitter, seen) };
    case 'object':
      return objectDecoding(type, emitter, seen);
    case 'union': {
      const members: Decoding[] = [];
      const keys = new Set<string>();
      for (const member of nonNullMembers(type.members)) {
        const found = decoding(member, emitter, seen);
        if (found.kind === 'any') return ANY;
        const key = decodingKey(found);
        if (!keys.has(key)) members.push(found);
        keys.add(key);
      }
      if (members.length === 0) return ANY;
      return members.length === 1 ? members[0]! : { kind: 'union', members };
    }
    case 'intersection':
      return intersectionDecoding(type.members, emitter, seen);
    case 'ref': {
      const model = emitter.models.get(type.name);
      if (model === undefined) return ANY;
      // Scalars are inlined; objects and lists get a function of their own, which may call each other.
      if (isScalar(model, emitter.models, seen)) return decoding(model.type, emitter, new Set([...seen, type.name]));
      return modelDecoding(model, emitter, seen);
    }
    default:
      return assertNever(type);
  }
}

/** Whether a model's decoding is a plain value (inlined where it is used) rather than a function. */
function isScalar(model: Model, models: ReadonlyMap<string, Model>, seen: ReadonlySet<string>): boolean {
  const type = model.type;
  if (type.kind === 'ref') {
    const target = models.get(type.name);
    return target !== undefined && !seen.has(model.name) && isScalar(target, models, new Set([...seen, model.name]));
  }
  return type.kind !== 'object' && type.kind !== 'array' && type.kind !== 'intersection' && type.kind !== 'union';
}

/**
 * A model's decoding: its function (`$dd_<Model>`), registered once, or anything when it takes anything. A model met
 * again while its own function is being built is only called (so recursive models end); its function is kept then.
 */
function modelDecoding(model: Model, emitter: Emitter, seen: ReadonlySet<string>): Decoding {
  const done = emitter.memo('decode-models', () => new Map<string, Decoding>());
  const existing = done.get(model.name);
  if (existing !== undefined) return existing;
  const called: Decoding = { kind: 'model', name: decodingName(model.name) };
  if (seen.has(model.name)) {
    emitter.memo('decode-recursive', () => new Set<string>()).add(model.name);
    return called;
  }
  const found = decoding(model.type, emitter, new Set([...seen, model.name]));
  const recursive = emitter.memo('decode-recursive', () => new Set<string>()).has(model.name);
  const result = found.kind === 'any' && !recursive ? ANY : called;
  done.set(model.name, result);
  emitter.memo('decode-kinds', () => new Map<string, string | undefined>()).set(called.name, jsonKind(found, emitter));
  if (result !== ANY) emitter.helpers.push({ name: called.name, ...decodeBody(found, emitter) });
  return result;
}

/** A string: the formats whose Go types parse them when decoded (Kubernetes APIs), else any string. */
function stringDecoding(format: string | undefined, emitter: Emitter): Decoding {
  const plain: Decoding = { kind: 'string' };
  if (emitter.options.kubernetes !== true || emitter.options.customResources === true) return plain;
  if (format === 'quantity') {
    emitter.usesQuantity = true;
    return { kind: 'format', test: (x) => `$isQuantity(${x})`, message: QUANTITY_MESSAGE };
  }
  // metav1.Time and MicroTime (UnmarshalJSON: time.Parse), []byte (base64.StdEncoding).
  if (format !== 'date-time' && format !== 'byte') return plain;
  const check = formatCheck(format, emitter, emitter.options);
  return check === undefined ? plain : { kind: 'format', test: check.test, message: check.message };
}

/** An object: its listed fields, then the other keys' values (a map) or nothing (unknown fields). */
function objectDecoding(type: ObjectType, emitter: Emitter, seen: ReadonlySet<string>): Decoding {
  // A free-form object of a Kubernetes API is a Go type that keeps its raw JSON, whatever it is (RawExtension,
  // FieldsV1, apiextensions JSON: UnmarshalJSON stores the bytes).
  const additional = type.additionalProperties;
  if (
    emitter.options.kubernetes === true &&
    type.properties.length === 0 &&
    type.patternProperties === undefined &&
    additional !== undefined &&
    additional !== false &&
    additional.kind === 'unknown'
  )
    return ANY;
  const fields = type.properties.map((property) => [property.name, decoding(property.type, emitter, seen)] as const);
  // Keys a pattern or a map takes are no unknown fields.
  const extra =
    type.patternProperties !== undefined
      ? ANY
      : additional === undefined || additional === false
        ? undefined
        : decoding(additional, emitter, seen);
  return { kind: 'object', fields, extra };
}

/** All of the members (`allOf`): their fields together when they are objects, else the first member that says anything. */
function intersectionDecoding(members: readonly Type[], emitter: Emitter, seen: ReadonlySet<string>): Decoding {
  const resolve = (type: Type): Type | undefined => {
    let current: Type | undefined = type;
    for (let hops = 0; current?.kind === 'ref' && hops < 64; hops++) current = emitter.models.get(current.name)?.type;
    return current;
  };
  const objects = members.map(resolve);
  if (objects.every((member): member is ObjectType => member?.kind === 'object')) {
    const properties = new Map<string, Type>();
    for (const object of objects)
      for (const property of object.properties) properties.set(property.name, property.type);
    const open = objects.some(
      (object) => object.additionalProperties !== undefined && object.additionalProperties !== false,
    );
    return objectDecoding(
      {
        kind: 'object',
        properties: [...properties].map(([name, type]) => ({
          name,
          type,
          required: { request: false, response: false },
          readOnly: false,
          nonNullInRequest: false,
          doc: {},
        })),
        ...(open ? { additionalProperties: { kind: 'unknown' } } : {}),
      },
      emitter,
      seen,
    );
  }
  return members.map((member) => decoding(member, emitter, seen)).find((member) => member.kind !== 'any') ?? ANY;
}

/** A decoding as text, to tell equal ones apart (union members, shared functions). */
function decodingKey(found: Decoding): string {
  switch (found.kind) {
    case 'format':
      return `format:${found.test('s')}`;
    case 'array':
      return `[${decodingKey(found.items)}]`;
    case 'object':
      return `{${found.fields.map(([name, field]) => `${JSON.stringify(name)}:${decodingKey(field)}`).join(',')}${found.extra === undefined ? '' : `;${decodingKey(found.extra)}`}}`;
    case 'union':
      return `(${found.members.map(decodingKey).join('|')})`;
    case 'model':
      return found.name;
    default:
      return found.kind;
  }
}

/** The JSON kind a decoding takes, or undefined for any (a model's as its function was built, `modelDecoding`). */
function jsonKind(found: Decoding, emitter: Emitter): string | undefined {
  switch (found.kind) {
    case 'any':
      return undefined;
    case 'string':
    case 'format':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'number':
    case 'integer':
    case 'int32':
    case 'int64':
      return 'number';
    case 'array':
      return 'array';
    case 'object':
      return 'object';
    case 'union': {
      const kinds = new Set(found.members.map((member) => jsonKind(member, emitter)));
      return kinds.size === 1 ? [...kinds][0] : undefined;
    }
    case 'model':
      return emitter.memo('decode-kinds', () => new Map<string, string | undefined>()).get(found.name);
    default:
      return assertNever(found);
  }
}

/** The test of a value's JSON kind. */
function kindTest(kind: string, x: string): string {
  return kind === 'array' ? `Array.isArray(${x})` : kind === 'object' ? `$isObject(${x})` : `typeof ${x} === "${kind}"`;
}

/** A function for a decoding that is not a model's (a union member, a read-only member's inline shape), once each. */
function decodeFunction(found: Decoding, emitter: Emitter): string {
  if (found.kind === 'model') return found.name;
  const byKey = emitter.memo('decode-functions', () => new Map<string, string>());
  const key = decodingKey(found);
  const existing = byKey.get(key);
  if (existing !== undefined) return existing;
  const name = `$dd${byKey.size + 1}`;
  byKey.set(key, name);
  const index = emitter.helpers.push({ name, body: '', canonical: false }) - 1;
  emitter.helpers[index] = { name, ...decodeBody(found, emitter) };
  return name;
}

/** Where a value is checked: its local, path expression, unknown-field setting, and depth below the function's `v`. */
interface At {
  readonly x: string;
  readonly p: string;
  readonly s: string;
  readonly depth: number;
  /**
   * The test that the value is there, or '' when it is (the function's own value): not null, and for a field not
   * undefined either (an absent field; a list item that is undefined is refused, as the decoder never sees one).
   */
  readonly present: string;
}

/** Where a field's value is checked. */
function fieldAt(x: string, p: string, s: string, depth: number): At {
  return { x, p, s, depth, present: `${x} !== undefined && ${x} !== null` };
}

/** Where a list item's or a map value's value is checked. */
function itemAt(x: string, p: string, s: string, depth: number): At {
  return { x, p, s, depth, present: `${x} !== null` };
}

/** `test && present`, or `test` alone when the value is known to be there. */
function andPresent(test: string, at: At): string {
  return at.present === '' ? test : `${test} && ${at.present}`;
}

/** A value of the kind that `wrong` refuses, or a value of another kind. */
function wrongOrOther(kind: string, wrong: string, at: At): string {
  return at.present === ''
    ? `typeof ${at.x} !== "${kind}" || ${wrong}`
    : `typeof ${at.x} === "${kind}" ? ${wrong} : ${at.present}`;
}

/** The body of a decode function: null decodes into anything; past the depth limit, nothing is walked. */
function decodeBody(found: Decoding, emitter: Emitter): { body: string; canonical: boolean } {
  const statements = emitter.inFunction(() =>
    decodeStatements(found, { x: 'v', p: 'p', s: 's', depth: 0, present: '' }, emitter),
  );
  const code = [
    'if (v === null) return true;',
    'let ok = true;',
    `if (d > ${MAX_DEPTH}) { if (e !== null) e.push($invalid(p, v, "is nested too deeply")); return false; }`,
    // `c`, the unknown-field setting below this level, where the statements use it.
    ...(statements.some((statement) => /[ (]c(?=[,)]| ===)/.test(statement)) ? ['const c = s === 0 ? 0 : 1;'] : []),
    ...statements,
    'return ok;',
  ].join('\n');
  const { text, canonical } = layout(code, 1);
  return { body: text, canonical };
}

/** `{ if (e === null) return false; ok = false; e.push(error); }`. */
function refuse(error: string): string {
  return `{ if (e === null) return false; ok = false; e.push(${error}); }`;
}

/** Statements that check `at.x` as the decoder reads `found` (nothing for a null, or an absent field). */
function decodeStatements(found: Decoding, at: At, emitter: Emitter): string[] {
  const typed = emitter.options.customResources !== true;
  const { x, p } = at;
  switch (found.kind) {
    case 'any':
      return [];
    case 'string':
    case 'boolean':
      if (!typed) return [];
      return [
        `if (${andPresent(`typeof ${x} !== "${found.kind}"`, at)}) ${refuse(`$typeInvalid(${p}, ${x}, "${found.kind}")`)}`,
      ];
    case 'number':
    case 'integer':
    case 'int32':
    case 'int64': {
      if (!typed) return [];
      const wrong =
        found.kind === 'number'
          ? `!Number.isFinite(${x})`
          : found.kind === 'integer'
            ? `!Number.isInteger(${x})`
            : found.kind === 'int32'
              ? `(${x} | 0) !== ${x}`
              : `!Number.isSafeInteger(${x})`;
      const error =
        found.kind === 'number' || found.kind === 'integer'
          ? `$typeInvalid(${p}, ${x}, "${found.kind}")`
          : `$notInteger(${p}, ${x}, ${found.kind === 'int32' ? 32 : 64})`;
      return [`if (${wrongOrOther('number', wrong, at)}) ${refuse(error)}`];
    }
    case 'format':
      if (!typed) return [];
      return [
        `if (${wrongOrOther('string', `!${found.test(x)}`, at)}) ${refuse(`$notFormat(${p}, ${x}, ${printString(found.message)})`)}`,
      ];
    case 'model': {
      // The function takes a null itself; a field that is absent is not passed.
      const call = `if (!${found.name}(${x}, e === null ? "" : ${p}, e, r, ${at.s}, d + ${at.depth + 1})) { if (e === null) return false; ok = false; }`;
      // A block, not `a && !call(...)`: the statement shape print/layout.ts lays out as Prettier does when long.
      return at.present.startsWith(`${x} !== undefined`) ? [`if (${x} !== undefined) {`, call, '}'] : [call];
    }
    case 'array':
      return arrayStatements(found.items, at, emitter);
    case 'object':
      return objectStatements(found, at, emitter);
    case 'union':
      return unionStatements(found.members, at, emitter);
    default:
      return assertNever(found);
  }
}

/** A list: each item, at `p[i]`. */
function arrayStatements(items: Decoding, at: At, emitter: Emitter): string[] {
  const typed = emitter.options.customResources !== true;
  const { x, p } = at;
  const index = emitter.local();
  const item = emitter.local();
  const checks = decodeStatements(items, itemAt(item, `$index(${p}, ${index})`, below(at.s), at.depth + 1), emitter);
  const loop =
    checks.length === 0
      ? []
      : [
          `for (let ${index} = 0; ${index} < ${x}.length; ${index}++) {`,
          `const ${item}: unknown = ${x}[${index}];`,
          ...checks,
          '}',
        ];
  if (!typed) return loop.length === 0 ? [] : [`if (Array.isArray(${x})) {`, ...loop, '}'];
  const refused = refuse(`$typeInvalid(${p}, ${x}, "array")`);
  if (loop.length === 0) return [`if (${andPresent(`!Array.isArray(${x})`, at)}) ${refused}`];
  const checked = [`if (!Array.isArray(${x})) ${refused}`, ...elseBlock(loop)];
  return at.present === '' ? checked : [`if (${at.present}) {`, ...checked, '}'];
}

/** An object: its fields read as own properties (as the guards read them), then its other keys. */
function objectStatements(found: Extract<Decoding, { kind: 'object' }>, at: At, emitter: Emitter): string[] {
  const typed = emitter.options.customResources !== true;
  const { x, p } = at;
  const inner: string[] = [];
  const reads = emitter.local();
  const proto = emitter.local();
  let readsUsed = false;
  for (const [name, field] of found.fields) {
    const child = emitter.local();
    const path = `$field(${p}, ${printString(name)})`;
    const checks = decodeStatements(field, fieldAt(child, path, below(at.s), at.depth + 1), emitter);
    if (checks.length === 0) continue;
    const leaf = name in Object.prototype || !typed ? undefined : fieldCheck(field, emitter);
    if (leaf !== undefined) {
      // One call per field (runtime/decode.ts): the read, the test and the error, small enough for V8 to inline.
      readsUsed = true;
      const parent = p === 'p' ? p : `e === null ? "" : ${p}`;
      const read = printPropertyAccess(reads, name);
      const after = leaf.below === true ? `, r, ${below(at.s)}, d + ${at.depth + 3}` : '';
      inner.push(
        `if (!${leaf.name}(${read}, ${leaf.before}${parent}, ${printString(name)}, e${after})) { if (e === null) return false; ok = false; }`,
      );
      continue;
    }
    // A name Object.prototype has is found on every object: asked `$hasOwn` whenever found (print/guard/object.ts).
    if (name in Object.prototype)
      inner.push(
        `let ${child}: unknown = ${printPropertyAccess(x, name)};`,
        `if (${child} !== undefined && !$hasOwn(${x}, ${printString(name)})) ${child} = undefined;`,
      );
    else {
      readsUsed = true;
      inner.push(`const ${child}: unknown = ${printPropertyAccess(reads, name)};`);
    }
    inner.push(...checks);
  }
  const names = found.fields.map(([name]) => name);
  const fields = (): string =>
    fieldsTest(
      names.filter((name) => !(name in Object.prototype)),
      emitter,
    );
  if (readsUsed)
    inner.unshift(
      `const ${proto}: unknown = Object.getPrototypeOf(${x});`,
      `const ${reads} = ${proto} === null || (${proto} === $objectPrototype && ${fields()}($objectPrototype)) ? ${x} : $own(${x});`,
    );
  inner.push(...extraStatements(found, names, fields, at, emitter));
  const refused = refuse(`$typeInvalid(${p}, ${x}, "object")`);
  if (inner.length === 0) return typed ? [`if (${andPresent(`!$isObject(${x})`, at)}) ${refused}`] : [];
  if (!typed) return [`if ($isObject(${x})) {`, ...inner, '}'];
  const checked = [`if (!$isObject(${x})) ${refused}`, ...elseBlock(inner)];
  return at.present === '' ? checked : [`if (${at.present}) {`, ...checked, '}'];
}

/**
 * The runtime check of a field (runtime/decode.ts) for a leaf, or a list or map of a model's type (`before`: its
 * arguments before the path; `below`: it calls a decode function), or undefined.
 */
function fieldCheck(
  found: Decoding,
  emitter: Emitter,
): { readonly name: string; readonly before: string; readonly below?: true } | undefined {
  switch (found.kind) {
    case 'array':
      return found.items.kind === 'model'
        ? { name: '$dList', before: `${found.items.name}, `, below: true }
        : undefined;
    case 'object':
      return found.fields.length === 0 && found.extra?.kind === 'model'
        ? { name: '$dMap', before: `${found.extra.name}, `, below: true }
        : undefined;
    case 'string':
      return { name: '$dString', before: '' };
    case 'boolean':
      return { name: '$dBoolean', before: '' };
    case 'number':
      return { name: '$dNumber', before: '' };
    case 'integer':
      return { name: '$dInteger', before: '' };
    case 'int32':
      return { name: '$dInt32', before: '' };
    case 'int64':
      return { name: '$dInt64', before: '' };
    case 'format': {
      const test = found.test('s');
      const direct = /^(\$[\w$]+)\(s\)$/.exec(test);
      const fn = direct !== null ? direct[1]! : `(s: string): boolean => ${test}`;
      // The message once per package: a constant, as formats recur (every timestamp of every kind).
      return { name: '$dFormat', before: `${fn}, ${emitter.constant('dm', printString(found.message), true)}, ` };
    }
    default:
      return undefined;
  }
}

/** An object's other keys: unknown fields under strict field validation, or a map's values. */
function extraStatements(
  found: Extract<Decoding, { kind: 'object' }>,
  names: readonly string[],
  fields: () => string,
  at: At,
  emitter: Emitter,
): string[] {
  const { x, p } = at;
  const key = emitter.local();
  if (found.extra === undefined) {
    if (at.s === '0') return [];
    const inherited = names.filter((name) => name in Object.prototype);
    const also = inherited.length > 0 ? `, [${inherited.map(printString).join(', ')}]` : '';
    return [
      `if (${at.s} === 1) {`,
      `for (const ${key} of $unknownKeys(${x}, ${namesConstant(fields(), emitter)}${also})) {`,
      refuse(`$unknownField($field(${p}, ${key}), ${x}[${key}])`),
      '}',
      '}',
    ];
  }
  const item = emitter.local();
  const checks = decodeStatements(found.extra, itemAt(item, `$key(${p}, ${key})`, below(at.s), at.depth + 1), emitter);
  if (checks.length === 0) return [];
  const skip =
    names.length > 0
      ? [`switch (${key}) { ${names.map((name) => `case ${printString(name)}:`).join(' ')} continue; }`]
      : [];
  return [
    `for (const ${key} in ${x}) {`,
    `if (!$hasOwn(${x}, ${key})) continue;`,
    ...skip,
    `const ${item}: unknown = ${x}[${key}];`,
    ...checks,
    '}',
  ];
}

/**
 * A union: the members that take the value's JSON kind (or any kind); the value decodes when one of them takes it,
 * and is reported as the first of them reports it. None takes the kind: a type error naming the kinds (custom
 * resources: any kind decodes).
 */
function unionStatements(members: readonly Decoding[], at: At, emitter: Emitter): string[] {
  const kinds = members.map((member) => jsonKind(member, emitter));
  const named = [...new Set(kinds)];
  const anyKind = members.filter((_, i) => kinds[i] === undefined);
  const inner: At = { ...at, depth: at.depth + 1 };
  const branch = (taking: readonly Decoding[]): string[] => {
    if (taking.length === 1) return decodeStatements(taking[0]!, inner, emitter);
    const functions = taking.map((member) => decodeFunction(member, emitter));
    const depth = `d + ${inner.depth + 1}`;
    return [
      `if (!(${functions.map((name) => `${name}(${at.x}, "", null, r, ${at.s}, ${depth})`).join(' || ')})) {`,
      'if (e === null) return false;',
      'ok = false;',
      `${functions[0]!}(${at.x}, ${at.p}, e, r, ${at.s}, ${depth});`,
      '}',
    ];
  };
  const typed = emitter.options.customResources !== true;
  const wrongKind = `$typeInvalid(${at.p}, ${at.x}, ${printString(named.join(' or '))})`;
  let statements: string[] =
    anyKind.length > 0
      ? branch(anyKind)
      : typed
        ? at.present === ''
          ? ['if (e === null) return false;', 'ok = false;', `e.push(${wrongKind});`]
          : [`if (${at.present}) ${refuse(wrongKind)}`]
        : [];
  for (const kind of named.filter((one): one is string => one !== undefined).reverse()) {
    const taking = members.filter((_, i) => kinds[i] === kind || kinds[i] === undefined);
    statements = [`if (${kindTest(kind, at.x)}) {`, ...branch(taking), '}', ...elseBlock(statements)];
  }
  return statements;
}
