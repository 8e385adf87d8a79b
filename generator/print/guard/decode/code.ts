/**
 * Decode functions as code: each model's (`$dd_<Model>`, and `$dd<N>` for inline shapes) with the guards' signature,
 * laid out as Prettier prints it; runtime/decode.ts holds the per-field checks they call.
 */
import { assertNever } from '../../../errors.js';
import { layout } from '../../layout.js';
import { printPropertyAccess, printString } from '../../literal.js';
import { below, elseBlock, MAX_DEPTH, type Emitter } from '../context.js';
import { fieldsTest } from '../fields.js';
import { namesConstant } from '../object.js';
import { decodingKey, jsonKind, type Decoding } from './decoding.js';

/** The test of a value's JSON kind. */
function kindTest(kind: string, x: string): string {
  return kind === 'array' ? `Array.isArray(${x})` : kind === 'object' ? `$isObject(${x})` : `typeof ${x} === "${kind}"`;
}

/** A function for a decoding that is not a model's (a union member, a read-only member's inline shape), once each. */
export function decodeFunction(found: Decoding, emitter: Emitter): string {
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
export function decodeBody(found: Decoding, emitter: Emitter): { body: string; canonical: boolean } {
  const statements = emitter.inFunction(() =>
    decodeStatements(found, { x: 'v', p: 'p', s: 's', depth: 0, present: '' }, emitter),
  );
  // An object's function starts with one call for what is not walked (runtime `$dRefused`), others in full.
  const start =
    found.kind === 'object' && emitter.options.customResources !== true
      ? [`if (d > ${MAX_DEPTH} || !$isObject(v)) return $dRefused(v, p, e, d);`, 'let ok = true;']
      : ['if (v === null) return true;', 'let ok = true;', `if (d > ${MAX_DEPTH}) return $tooDeep(v, p, e);`];
  const code = [
    ...start,
    // `c`, the unknown-field setting below this level, where the statements use it.
    ...(statements.some((statement) => /[ (]c(?=[,)]| ===)/.test(statement)) ? ['const c = s === 0 ? 0 : 1;'] : []),
    ...statements,
    'return ok;',
  ].join('\n');
  const { text, canonical } = layout(code, 1);
  return { body: text, canonical };
}

/** `{ if (e === null) return false; ok = $fail(e, error); }`. */
function refuse(error: string): string {
  return `{ if (e === null) return false; ok = $fail(e, ${error}); }`;
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
  // The function's own value (or a union's, of this kind) is an object already: decodeBody, unionStatements.
  if (typed && at.present === '') return inner;
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
    const path = p === 'p' ? p : `e === null ? "" : ${p}`;
    return [
      `if (${at.s} === 1 && !$knownOnly(${x}, ${namesConstant(fields(), emitter)}, ${path}, e${also})) { if (e === null) return false; ok = false; }`,
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
