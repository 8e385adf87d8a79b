/**
 * Read-only members in requests: what the server's JSON decoder refuses, and nothing its validation would. The server
 * drops a read-only member (a kind's `status`, ImageTag's `image`) from a create request before it validates
 * (PrepareForCreate), but decodes the body first, so only the decoder can refuse it (runtime/decode.ts says what it
 * refuses). Each model reached that way gets a decoding table, `$dd_<Model>`, which `$decoded` walks: compact, and
 * off the path of every other check.
 */
import { assertNever } from '../../errors.js';
import type { Model, ObjectType, Type } from '../../ir.js';
import { printString } from '../literal.js';
import { nonNullMembers, type Emitter, type Scope } from './context.js';
import { formatCheck } from './formats.js';
import { QUANTITY_MESSAGE } from './string.js';

/** The decoding table of a model. */
export function decodingName(model: string): string {
  return `$dd_${model}`;
}

/**
 * The checks of a read-only property's value: in full as a response (a server sends it), and in a request only as
 * the decoder reads it. `scope.mode` is the enclosing mode.
 */
export function checkReadOnly(type: Type, scope: Scope, emitter: Emitter): string[] {
  const full = emitter.check(type, { ...scope, mode: 'true' });
  if (scope.mode === 'true') return full;
  // A model's table is passed as itself: the function that defers it is for tables referring to each other.
  const table = decoding(type, emitter, new Set()).replace(/^\(\): \$Decoding => (\$dd_[\w$]+)$/, '$1');
  if (table === '0') return full.length === 0 ? [] : [`if (${scope.mode}) {`, ...full, '}'];
  emitter.usesDecode = true;
  const typed = emitter.options.customResources !== true;
  const decode = `if (!$decoded(${scope.value}, ${table}, e === null ? "" : ${scope.path}, e, ${scope.strict}, ${typed}, d + 1)) { if (e === null) return false; ok = false; }`;
  // `else { if (...) }`, not `else if`: the statement shape print/layout.ts lays out as Prettier does.
  return full.length === 0
    ? [`if (!${scope.mode}) {`, decode, '}']
    : [`if (${scope.mode}) {`, ...full, '} else {', decode, '}'];
}

/** The decoding of a type, as an expression of runtime/decode.ts's `$Decoding`. */
function decoding(type: Type, emitter: Emitter, seen: ReadonlySet<string>, table?: string): string {
  switch (type.kind) {
    case 'unknown':
    case 'null':
      return '0';
    case 'boolean':
      return '"boolean"';
    case 'literal':
      // An enum value or a kind's `kind` is a plain Go string (number, bool) to the decoder.
      return type.value === null ? '0' : printString(typeof type.value);
    case 'string':
      return stringDecoding(type.format, emitter);
    case 'number':
      if (!type.integer) return '"number"';
      return type.format === 'int32' || type.format === 'int64' ? printString(type.format) : '"integer"';
    case 'array':
      return `{ a: ${decoding(type.items, emitter, seen)} }`;
    case 'object':
      return objectDecoding(type, emitter, seen, table);
    case 'union': {
      const members = nonNullMembers(type.members).map((member) => decoding(member, emitter, seen));
      const distinct = [...new Set(members)];
      if (distinct.length === 0 || distinct.includes('0')) return '0';
      return distinct.length === 1 ? distinct[0]! : `{ u: [${distinct.join(', ')}] }`;
    }
    case 'intersection':
      return intersectionDecoding(type.members, emitter, seen, table);
    case 'ref': {
      const model = emitter.models.get(type.name);
      if (model === undefined) return '0';
      // Scalars are inlined; objects and lists are tables of their own, which may refer to each other.
      if (isScalar(model, emitter.models, seen)) return decoding(model.type, emitter, new Set([...seen, type.name]));
      const table = modelDecoding(model, emitter, seen);
      return table === '0' ? table : `(): $Decoding => ${table}`;
    }
    default:
      return assertNever(type);
  }
}

/** Whether a model's decoding is a plain value (inlined where it is used) rather than a table. */
function isScalar(model: Model, models: ReadonlyMap<string, Model>, seen: ReadonlySet<string>): boolean {
  const type = model.type;
  if (type.kind === 'ref') {
    const target = models.get(type.name);
    return target !== undefined && !seen.has(model.name) && isScalar(target, models, new Set([...seen, model.name]));
  }
  return type.kind !== 'object' && type.kind !== 'array' && type.kind !== 'intersection' && type.kind !== 'union';
}

/**
 * The table constant of a model (or `0` when it takes anything), registered once, after what it uses (constants are initialised in order); a model
 * met again while its own table is being built is only referred to (lazily, so recursive models end).
 */
function modelDecoding(model: Model, emitter: Emitter, seen: ReadonlySet<string>): string {
  const name = decodingName(model.name);
  if (seen.has(model.name) || emitter.constants.some((constant) => constant.name === name)) return name;
  const init = decoding(model.type, emitter, new Set([...seen, model.name]), name);
  // A model that takes anything needs no table; an object's table was registered under the model's name.
  if (init === '0' || init === name) return init;
  // `as const` keeps the tuples and kinds literal, as the `$Decoding` type needs them.
  if (!emitter.constants.some((constant) => constant.name === name))
    emitter.constants.push({ name, init: `${init} as const` });
  return name;
}

/** A string: the formats whose Go types parse them when decoded (Kubernetes APIs), else any string. */
function stringDecoding(format: string | undefined, emitter: Emitter): string {
  if (emitter.options.kubernetes !== true || emitter.options.customResources === true) return '"string"';
  if (format === 'quantity') {
    emitter.usesQuantity = true;
    return formatTable('$isQuantity', printString(QUANTITY_MESSAGE), emitter);
  }
  // metav1.Time and MicroTime (UnmarshalJSON: time.Parse), []byte (base64.StdEncoding).
  if (format !== 'date-time' && format !== 'byte') return '"string"';
  const check = formatCheck(format, emitter, emitter.options);
  if (check === undefined) return '"string"';
  return formatTable(`(s: string): boolean => ${check.test('s')}`, printString(check.message), emitter);
}

/** A format's table constant (`f` its test, `m` the error), once per format, laid out as Prettier prints it. */
function formatTable(test: string, message: string, emitter: Emitter): string {
  const flat = `{ f: ${test}, m: ${message} }`;
  const name = `$dfmt${emitter.constants.length + 1}`;
  const init =
    `const ${name} = ${flat};`.length <= 120 ? flat : ['{', `  f: ${test},`, `  m: ${message},`, '}'].join('\n');
  const same = emitter.constants.find((constant) => /^\$dfmt\d/.test(constant.name) && constant.init === init);
  if (same !== undefined) return same.name;
  const canonical = init.split('\n').every((line) => line.length <= 120);
  emitter.constants.push({ name, init, ...(canonical ? { canonical } : {}) });
  return name;
}

/** An object: its listed fields, then the other keys' values (a map) or nothing (unknown fields). */
function objectDecoding(type: ObjectType, emitter: Emitter, seen: ReadonlySet<string>, table?: string): string {
  // A free-form object of a Kubernetes API is a Go type that keeps its raw JSON, whatever it is (RawExtension,
  // FieldsV1, apiextensions JSON: UnmarshalJSON stores the bytes).
  const additionalType = type.additionalProperties;
  if (
    emitter.options.kubernetes === true &&
    type.properties.length === 0 &&
    type.patternProperties === undefined &&
    additionalType !== undefined &&
    additionalType !== false &&
    additionalType.kind === 'unknown'
  )
    return '0';
  const fields = type.properties.map(
    (property) => `[${printString(property.name)}, ${decoding(property.type, emitter, seen)}]`,
  );
  const additional = type.additionalProperties;
  // Keys a pattern or a map takes are no unknown fields.
  const extra =
    type.patternProperties !== undefined
      ? '0'
      : additional === undefined || additional === false
        ? undefined
        : decoding(additional, emitter, seen);
  return objectTable(fields, extra, emitter, table);
}

/**
 * An object's table as a constant of its own (named `table`, or numbered), laid out
 * as Prettier prints it: one line when it fits and has at most one field, else one property a line and, from two
 * fields on, one field a line (Prettier always breaks an array of arrays).
 */
function objectTable(fields: readonly string[], extra: string | undefined, emitter: Emitter, table?: string): string {
  const x = extra === undefined ? '' : `x: ${extra}`;
  const flat = `{ o: [${fields.join(', ')}]${x === '' ? '' : `, ${x}`} } as const`;
  const name = table ?? `$dd${emitter.constants.length + 1}`;
  const fits = (line: string): boolean => line.length <= 120;
  let init = flat;
  if (fields.length > 1 || !fits(`const ${name} = ${flat};`)) {
    const lines =
      fields.length <= 1 && fits(`  o: [${fields.join('')}],`)
        ? ['{', `  o: [${fields.join('')}],`]
        : ['{', '  o: [', ...fields.map((field) => `    ${field},`), '  ],'];
    init = [...lines, ...(x === '' ? [] : [`  ${x},`]), '} as const'].join('\n');
  }
  const canonical = init.split('\n').every((line, index) => fits(index === 0 ? `const ${name} = ${line}` : line));
  // Equal inline tables (a map of strings recurs: labels, annotations) share one constant.
  const same =
    table === undefined
      ? emitter.constants.find((constant) => /^\$dd\d/.test(constant.name) && constant.init === init)
      : undefined;
  if (same !== undefined) return same.name;
  emitter.constants.push({ name, init, ...(canonical ? { canonical } : {}) });
  return name;
}

/** All of the members (`allOf`): their fields together when they are objects, else the first member that says anything. */
function intersectionDecoding(
  members: readonly Type[],
  emitter: Emitter,
  seen: ReadonlySet<string>,
  table?: string,
): string {
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
      table,
    );
  }
  return members.map((member) => decoding(member, emitter, seen)).find((member) => member !== '0') ?? '0';
}
