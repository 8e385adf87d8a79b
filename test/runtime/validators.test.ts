// runtime/validators.ts, imported directly: the helpers every generated validators.ts starts with. Expected messages
// are the API server's wording (k8s.io/apimachinery/pkg/util/validation/field, errors.go).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { $isQuantity } from '../../runtime/quantity.js';
import { $quantityJsonError } from '../../runtime/quantity-grammar.js';
import {
  $canonical,
  $digits,
  $duplicate,
  $duplicateIndex,
  $duplicateKeyIndex,
  $error,
  $field,
  $flags,
  $hasOwn,
  $index,
  $invalid,
  $is,
  $isBase64,
  $isDateTime,
  $isMultipleOf,
  $isObject,
  $key,
  $length,
  $notSupported,
  $objectPrototype,
  $own,
  $pathText,
  $noFields,
  $namesOf,
  $named,
  $tooDeep,
  $fail,
  $unknownKeys,
  $required,
  $rule,
  $show,
  $tooLong,
  $tooMany,
  $typeInvalid,
  $unknownField,
  $validate,
  ValidationError,
  type FieldError,
} from '../../runtime/validators.js';

type Guard = Parameters<typeof $is>[0];

describe('$isDateTime (RFC 3339 as Go time.Parse(time.RFC3339) reads it)', () => {
  it.each([
    '2024-01-31T12:00:00Z',
    '2024-02-29T00:00:00Z',
    '2000-02-29T23:59:59Z',
    '2023-12-31T23:59:59.999999999Z',
    '2023-06-01T08:30:00+02:00',
    '2023-06-01T08:30:00.5-07:30',
  ])('accepts %s', (value) => {
    expect($isDateTime(value)).toBe(true);
  });

  it.each([
    ['too short', '2024-01-31T12:00Z'],
    ['lower-case t', '2024-01-31t12:00:00Z'],
    ['lower-case z', '2024-01-31T12:00:00z'],
    ['no zone', '2024-01-31T12:00:00'],
    ['month 13', '2024-13-01T00:00:00Z'],
    ['month 0', '2024-00-01T00:00:00Z'],
    ['day 0', '2024-01-00T00:00:00Z'],
    ['February 29 of a common year', '2023-02-29T00:00:00Z'],
    ['February 29 of 1900', '1900-02-29T00:00:00Z'],
    ['April 31', '2024-04-31T00:00:00Z'],
    ['hour 24', '2024-01-01T24:00:00Z'],
    ['minute 60', '2024-01-01T00:60:00Z'],
    ['leap second', '2016-12-31T23:59:60Z'],
    ['a dot without digits', '2024-01-01T00:00:00.Z'],
    ['offset hour 24', '2024-01-01T00:00:00+24:00'],
    ['offset minute 60', '2024-01-01T00:00:00+01:60'],
    ['offset without colon', '2024-01-01T00:00:00+0100'],
    ['letters in the year', '20x4-01-01T00:00:00Z'],
    ['text after the zone', '2024-01-01T00:00:00Zx'],
  ])('refuses %s', (_, value) => {
    expect($isDateTime(value)).toBe(false);
  });
});

describe('small helpers', () => {
  it('$length counts code points, as JSON Schema does (a lone surrogate counts once)', () => {
    for (const s of ['', 'abc', 'é', '😀', 'a😀b😀', '\ud800', '\ud800x', 'x\udc00', '\udc00\ud800'])
      expect($length(s), JSON.stringify(s)).toBe([...s].length);
  });

  it('$digits reads n digits or says -1', () => {
    expect($digits('x2024', 1, 4)).toBe(2024);
    expect($digits('09', 0, 2)).toBe(9);
    expect($digits('1a', 0, 2)).toBe(-1);
    expect($digits('1/', 0, 2)).toBe(-1);
  });

  it('$isBase64 is padded standard base64, CR and LF skipped as Go skips them', () => {
    expect(['', 'YQ==', 'YWI=', 'YWJj', 'YW\nJj', 'YW\r\nJj'].map($isBase64)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['YQ', 'YQ=', 'YW_j', 'YW-j', 'Y===', 'YWJj\t'].map($isBase64)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('$isMultipleOf tolerates binary fractions', () => {
    expect($isMultipleOf(0.3, 0.1)).toBe(true);
    expect($isMultipleOf(10, 2.5)).toBe(true);
    expect($isMultipleOf(10, 3)).toBe(false);
    expect($isMultipleOf(-6, 3)).toBe(true);
  });

  it('$hasOwn and $isObject read own properties and plain objects only', () => {
    expect($hasOwn({ a: 1 }, 'a')).toBe(true);
    expect($hasOwn({}, 'toString')).toBe(false);
    expect($hasOwn(Object.create(null) as object, 'a')).toBe(false);
    expect([{}, [], null, 'x', 1].map($isObject)).toEqual([true, false, false, false, false]);
  });

  it('$objectPrototype is Object.prototype, whose names the guards still ask $hasOwn for', () => {
    expect($objectPrototype).toBe(Object.prototype);
    expect($objectPrototype['toString']).toBeDefined();
  });

  it('$own reads own properties only, each getter once, and nothing inherited', () => {
    let calls = 0;
    const proto = {
      spec: 'inherited',
      get status() {
        calls++;
        return 'inherited getter';
      },
    };
    const value = Object.assign(Object.create(proto) as Record<string, unknown>, { name: 'n', empty: undefined });
    Object.defineProperty(value, 'hidden', { value: 'own, not enumerable', enumerable: false });
    Object.defineProperty(value, 'counted', { get: () => ++calls, enumerable: true });
    const own = $own(value);
    expect([own['name'], own['spec'], own['status'], own['hidden'], own['empty'], own['toString']]).toEqual([
      'n',
      undefined,
      undefined,
      'own, not enumerable',
      undefined,
      undefined,
    ]);
    expect(calls).toBe(0);
    expect(own['counted']).toBe(1);
    expect(calls).toBe(1);
  });

  it("$isQuantity says what ParseQuantity says after UnmarshalJSON's TrimSpace; its quick scan changes nothing", () => {
    // No digit at all reads as zero (apimachinery quantity_test.go TestParseQuantityString parses "." and "-.").
    const valid = ['1', '0.5', '.5', '5.', '100m', '128Mi', '1.5Gi', '+1k', '-2E', '1e3', ' 1 ', '1Ki', '7n', '3u'];
    // The digits-and-suffix path (no sign, no point) for each suffix, and its neighbours that it must leave alone.
    const suffixed = ['n', 'u', 'm', 'k', 'M', 'G', 'T', 'P', 'E', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'].map(
      (x) => `12${x}`,
    );
    expect(suffixed.filter((s) => !$isQuantity(s))).toEqual([]);
    expect(
      ['12K', '12ki', '12mi', '12Mx', '12Mii', '12i', '1073741824x', '1.2.3', '..1', '1..'].filter((s) =>
        $isQuantity(s),
      ),
    ).toEqual([]);
    const zero = ['.', '+', '-.', 'm', 'Ki', 'e5'];
    const refused = ['', ' ', '500mi', 'abc', '1.2.3', '1Mii', '1 m', '1e', '--1', '1E+', '1K', '1ki', 'Ei', '\ufeff1'];
    expect([...valid, ...zero].filter((s) => !$isQuantity(s))).toEqual([]);
    expect(refused.filter((s) => $isQuantity(s))).toEqual([]);
    const piece = fc.constantFrom(
      ...['0', '1', '9', '.', '+', '-', 'e', 'E', 'i', 'K', 'k', 'm', 'M', 'G', 'T', 'P', 'n', 'u', ' ', 'x'],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const s = pieces.join('');
        expect($isQuantity(s)).toBe($quantityJsonError(s) === undefined);
      }),
      { numRuns: 20_000 },
    );
  });

  it('$namesOf records the names a fields test reads; $unknownKeys lists the own enumerable keys that are none', () => {
    const fields = (o: Readonly<Record<string, unknown>>): boolean => o['name'] === undefined && o['a-b'] === undefined;
    const names = $namesOf(fields);
    expect(['name', 'a-b', 'other', 'toString'].map((name) => names.has(name))).toEqual([true, true, false, false]);
    expect(['name', ''].map((name) => $namesOf($noFields).has(name))).toEqual([false, false]);
    const value = Object.assign(Object.create({ inherited: 1 }) as Record<string, unknown>, {
      extra: 1,
      name: 'n',
      'a-b': 2,
      toString: 'own',
      other: undefined,
    });
    Object.defineProperty(value, 'hidden', { value: 1, enumerable: false });
    expect($unknownKeys(value, names)).toEqual(['extra', 'toString', 'other']);
    expect($unknownKeys(value, names, ['toString'])).toEqual(['extra', 'other']);
    expect($unknownKeys({ name: 'n' }, names)).toEqual([]);
    expect($unknownKeys({ name: 'n' }, $namesOf($noFields))).toEqual(['name']);
    expect(fields(Object.prototype as Readonly<Record<string, unknown>>)).toBe(true);
  });

  it('$named gives a fields test the names it reads, once, and leaves the test as it was; $tooDeep and $fail', () => {
    const fields = $named(
      (o: Readonly<Record<string, unknown>>): boolean => o['kind'] === undefined && o['x'] === undefined,
    );
    expect(['kind', 'x', 'y', 'has'].map((name) => fields.has(name))).toEqual([true, true, false, false]);
    expect([fields({}), fields({ x: 1 }), fields(Object.prototype as Readonly<Record<string, unknown>>)]).toEqual([
      true,
      false,
      true,
    ]);
    expect(Object.isFrozen(fields)).toBe(true);
    expect($unknownKeys({ kind: 'k', z: 1, x: 2 }, fields)).toEqual(['z']);
    const errors: FieldError[] = [];
    expect([$tooDeep({}, 'spec', null), $tooDeep([], 'spec', errors), $fail(errors, $required('a'))]).toEqual([
      false,
      false,
      false,
    ]);
    expect(errors.map((error) => error.message)).toEqual([
      'spec: Invalid value: []: is nested too deeply',
      'a: Required value',
    ]);
  });

  it('$canonical ignores key order; $duplicateIndex finds the first repeat', () => {
    expect($canonical({ b: [1, { d: 1, c: 2 }], a: null })).toBe($canonical({ a: null, b: [1, { c: 2, d: 1 }] }));
    expect($canonical(undefined)).toBe('undefined');
    expect($duplicateIndex([1, 2, 3])).toBe(-1);
    expect($duplicateIndex([{ a: 1, b: 2 }, 'x', { b: 2, a: 1 }])).toBe(2);
    expect($duplicateIndex(['1', 1])).toBe(-1);
  });

  it('$duplicateIndex and $duplicateKeyIndex give what comparing $canonical keys gives, short lists pairwise', () => {
    // The reference: the first item whose canonical key an earlier item had.
    const firstRepeat = (keysOf: readonly (string | undefined)[]): number => {
      const seen = new Set<string>();
      for (let i = 0; i < keysOf.length; i++) {
        const key = keysOf[i];
        if (key === undefined) continue;
        if (seen.has(key)) return i;
        seen.add(key);
      }
      return -1;
    };
    const scalar = fc.oneof(
      fc.constantFrom<unknown>('a', 'b', '1', 1, 1.5, 0, -0, NaN, Infinity, -Infinity, null, undefined, true, false),
      fc.integer({ min: 0, max: 3 }),
    );
    const value = fc.oneof(
      scalar,
      fc.array(scalar, { maxLength: 2 }),
      fc.dictionary(fc.constantFrom('x', 'y'), scalar),
    );
    const fields = fc.dictionary(fc.constantFrom('name', 'port', 'other'), value);
    // Inherited key values never count: such an item's key is its own values' (undefined where it has none).
    const inheriting = fc.tuple(fields, fields).map(([own, inherited]) => Object.assign(Object.create(inherited), own));
    const item = fc.oneof(value, fields, inheriting);
    const keys = fc.constantFrom<readonly string[]>(['name'], ['name', 'port'], ['port']);
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), keys, (items, names) => {
        expect($duplicateIndex(items)).toBe(firstRepeat(items.map((x) => $canonical(x))));
        const keyed = items.map((x) =>
          $isObject(x) ? $canonical(names.map((k) => ($hasOwn(x, k) ? x[k] : undefined))) : undefined,
        );
        expect($duplicateKeyIndex(items, names)).toBe(firstRepeat(keyed));
      }),
      { numRuns: 5000, seed: 1216 },
    );
    expect($duplicateKeyIndex([{ name: 'a' }, { name: NaN }, { name: null }], ['name'])).toBe(2);
    expect($duplicateIndex([0, -0])).toBe(1);
    const inherits = (name: string): unknown => Object.create({ name }) as unknown;
    expect($duplicateKeyIndex([inherits('a'), inherits('b')], ['name'])).toBe(1);
    expect($duplicateKeyIndex([inherits('a'), { name: 'b' }, { name: undefined }], ['name'])).toBe(2);
    expect($duplicateKeyIndex([{ name: 'a' }, inherits('b')], ['name'])).toBe(-1);
  });

  it('$duplicateKeyIndex of checked items (one required scalar key, every item past its guard) answers as unchecked', () => {
    // What a guard lets through to a checked call: objects holding the key as an own scalar (any other fields, own or
    // inherited), or null where the item type's null means unset; lists past the pairwise length take the general path.
    const scalar = fc.constantFrom<unknown>('a', 'b', '', 0, -0, 1, 2.5, true, false);
    const other = fc.dictionary(fc.constantFrom('image', 'other'), scalar);
    const item = fc.oneof(
      { weight: 8, arbitrary: fc.tuple(scalar, other).map(([name, rest]) => ({ ...rest, name })) },
      {
        weight: 1,
        arbitrary: fc.tuple(scalar, other).map(([name, rest]) => Object.assign(Object.create(rest), { name })),
      },
      { weight: 1, arbitrary: fc.constant(null) },
    );
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), (items) => {
        expect($duplicateKeyIndex(items, ['name'], true)).toBe($duplicateKeyIndex(items, ['name']));
      }),
      { numRuns: 5000, seed: 1207 },
    );
    expect($duplicateKeyIndex([{ name: 'a' }, null, { name: 'b' }, { name: 'a' }], ['name'], true)).toBe(3);
    expect($duplicateKeyIndex([{ name: 0 }, { name: -0 }], ['name'], true)).toBe(1);
    expect($duplicateKeyIndex([{ name: '1' }, { name: 1 }], ['name'], true)).toBe(-1);
  });

  it('paths are Kubernetes field paths', () => {
    expect($pathText($field('', 'spec'))).toBe('spec');
    expect($pathText($field('spec', 'from'))).toBe('spec.from');
    expect($pathText($index('items', 2))).toBe('items[2]');
    expect($pathText($index('', 0))).toBe('[0]');
    expect($pathText($key('metadata.annotations', 'foo'))).toBe('metadata.annotations[foo]');
    const deep = $field($key($index($field($field('', 'status'), 'items'), 2), 'a.b'), 'spec.name');
    expect($pathText(deep)).toBe('status.items[2][a.b].spec.name');
    expect($invalid(deep, 1, 'bad')).toEqual({
      path: 'status.items[2][a.b].spec.name',
      type: 'FieldValueInvalid',
      message: 'status.items[2][a.b].spec.name: Invalid value: 1: bad',
      value: 1,
    });
    expect($unknownField($key($field('', 'metadata'), 'x'), 1).message).toBe(
      'metadata[x]: Unsupported value: unknown field "metadata[x]"',
    );
  });

  it('builds no path text below the top level until an error spells it out', () => {
    // A link, not a string: a valid value passed down as `spec.from` costs no string.
    expect(typeof $field('spec', 'from')).toBe('object');
    expect($field('', 'spec')).toBe('spec');
  });
});

describe('$show', () => {
  it('quotes strings and prints JSON-like values', () => {
    expect($show('a"b')).toBe('"a\\"b"');
    expect($show(12)).toBe('12');
    expect($show(null)).toBe('null');
    expect($show(undefined)).toBe('undefined');
    expect($show([1, 'a', { k: true }])).toBe('[1,"a",{"k":true}]');
  });

  it('stops at 120 characters and at depth 4, on any value', () => {
    const long = $show('x'.repeat(1000));
    expect(long).toHaveLength(120);
    expect(long.endsWith('...')).toBe(true);
    expect($show([[[[[1]]]]])).toBe('[[[[[...]]]]]');
    expect($show({ a: { b: { c: { d: { e: 1 } } } } })).toBe('{"a":{"b":{"c":{"d":{...}}}}}');
    expect($show(Array.from({ length: 1000 }, (_, i) => i)).length).toBe(120);
    expect($show(Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, i]))).length).toBe(120);
  });

  it('a value whose getter throws shows as an ellipsis', () => {
    const hostile = {
      get x(): never {
        throw new Error('no');
      },
    };
    expect($show(hostile)).toBe('{...}');
    expect($show([hostile])).toBe('[...]');
  });
});

describe('field errors, worded as the API server words them', () => {
  const table: [string, FieldError, Pick<FieldError, 'type' | 'message'>][] = [
    ['required', $required('spec.tag'), { type: 'FieldValueRequired', message: 'spec.tag: Required value' }],
    [
      'invalid',
      $invalid('spec.name', 'a:b', 'must not contain ":"'),
      { type: 'FieldValueInvalid', message: 'spec.name: Invalid value: "a:b": must not contain ":"' },
    ],
    [
      'type, "an" before a vowel',
      $typeInvalid('spec.items', 1, 'array'),
      { type: 'FieldValueTypeInvalid', message: 'spec.items: Invalid value: 1: must be an array' },
    ],
    [
      'type, "a" otherwise',
      $typeInvalid('spec.name', true, 'string'),
      { type: 'FieldValueTypeInvalid', message: 'spec.name: Invalid value: true: must be a string' },
    ],
    [
      'not supported',
      $notSupported('spec.type', 'Foo', ['Local', 'Source']),
      {
        type: 'FieldValueNotSupported',
        message: 'spec.type: Unsupported value: "Foo": supported values: "Local", "Source"',
      },
    ],
    [
      'unknown field',
      $unknownField('spec.extra', 1),
      { type: 'FieldValueNotSupported', message: 'spec.extra: Unsupported value: unknown field "spec.extra"' },
    ],
    [
      'too long',
      $tooLong('metadata.name', 'x', 5),
      { type: 'FieldValueTooLong', message: 'metadata.name: Too long: may not be more than 5 characters' },
    ],
    [
      'too many',
      $tooMany('spec.items', 4, 3),
      { type: 'FieldValueTooMany', message: 'spec.items: Too many: 4: must have at most 3 items' },
    ],
    [
      'duplicate',
      $duplicate('spec.items[1]', 'a'),
      { type: 'FieldValueDuplicate', message: 'spec.items[1]: Duplicate value: "a"' },
    ],
    ['a root error has no path prefix', $required(''), { type: 'FieldValueRequired', message: 'Required value' }],
    [
      'rule: forbidden',
      $rule('spec', 'FieldValueForbidden', 'no'),
      { type: 'FieldValueForbidden', message: 'spec: Forbidden: no' },
    ],
    [
      'rule: required',
      $rule('spec', 'FieldValueRequired', 'set x'),
      { type: 'FieldValueRequired', message: 'spec: Required value: set x' },
    ],
    [
      // field.Duplicate(fldPath, sts.Type): the schema type as the value, no message.
      'rule: duplicate',
      $rule('spec', 'FieldValueDuplicate', 'x twice', 'array'),
      { type: 'FieldValueDuplicate', message: 'spec: Duplicate value: "array"' },
    ],
    [
      'rule: any other reason is Invalid',
      $rule('spec', 'FieldValueTooLong', 'bad'),
      { type: 'FieldValueInvalid', message: 'spec: Invalid value: "object": bad' },
    ],
    [
      // field.Invalid(fldPath, sts.Type, ...): the type of the value the rule is on; "" for untyped schemas.
      'rule: Invalid quotes the schema type',
      $rule('spec.port', 'FieldValueInvalid', 'bad', 'integer'),
      { type: 'FieldValueInvalid', message: 'spec.port: Invalid value: "integer": bad' },
    ],
    [
      'rule: on an int-or-string',
      $rule('spec.port', 'FieldValueInvalid', 'bad', ''),
      { type: 'FieldValueInvalid', message: 'spec.port: Invalid value: "": bad' },
    ],
  ];

  it.each(table)('%s', (_, error, want) => {
    expect({ type: error.type, message: error.message }).toEqual(want);
  });

  it('carries the value only where the server does', () => {
    expect('value' in $required('a')).toBe(false);
    expect($invalid('a', 7, 'x').value).toBe(7);
    expect($tooMany('a', 9, 1).value).toBe(9);
    expect($error('a', 'FieldValueInvalid', 't', 3)).toEqual({ path: 'a', type: 'FieldValueInvalid', message: 'a: t' });
  });

  it('ValidationError says one error as it is and several as a list', () => {
    const one = new ValidationError([$required('a')]);
    expect(one.message).toBe('a: Required value');
    expect(one.name).toBe('ValidationError');
    const two = new ValidationError([$required('a'), $required('b')]);
    expect(two.message).toBe('2 field errors:\n- a: Required value\n- b: Required value');
    expect(two.errors).toHaveLength(2);
    expect(two).toBeInstanceOf(Error);
  });
});

describe('$is and $validate', () => {
  // A guard as the generator emits one: `{ name: string }`, unknown fields reported when strict (s = 1), `name`
  // optional in response mode (r = true).
  const guard: Guard = (v, p, e, r, s) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      e?.push($typeInvalid(p, v, 'object'));
      return false;
    }
    let ok = true;
    const o = v as Record<string, unknown>;
    if (!$hasOwn(o, 'name')) {
      if (!r) {
        if (e === null) return false;
        e.push($required($field(p, 'name')));
        ok = false;
      }
    } else if (typeof o['name'] !== 'string') {
      if (e === null) return false;
      e.push($typeInvalid($field(p, 'name'), o['name'], 'string'));
      ok = false;
    }
    if (s === 1)
      for (const k of Object.keys(o))
        if (k !== 'name') {
          if (e === null) return false;
          e.push($unknownField($field(p, k), o[k]));
          ok = false;
        }
    return ok;
  };

  it('$flags maps the options to [response, strict] without allocating; unknown values mean the defaults', () => {
    expect($flags(undefined)).toEqual([false, 0]);
    expect($flags(null)).toBe($flags(undefined));
    expect($flags({})).toBe($flags(undefined));
    expect($flags({ mode: 'response' })).toEqual([true, 0]);
    expect($flags({ unknownFields: 'reject' })).toEqual([false, 1]);
    expect($flags({ mode: 'response', unknownFields: 'reject' })).toEqual([true, 1]);
    expect($flags({ mode: 'bogus' as 'request' })).toEqual([false, 0]);
    expect($flags({ mode: 'response' })).toBe($flags({ mode: 'response' }));
    // The response form of a model with an input form: response mode unless the options ask for request mode.
    expect($flags(undefined, true)).toEqual([true, 0]);
    expect($flags({ unknownFields: 'reject' }, true)).toEqual([true, 1]);
    expect($flags({ mode: 'request' }, true)).toEqual([false, 0]);
  });

  it('agree with each other on every mode', () => {
    const values = [{ name: 'a' }, {}, { name: 1 }, { name: 'a', x: 1 }, null, []];
    const modes = [undefined, { mode: 'response' as const }, { unknownFields: 'reject' as const }];
    for (const options of modes)
      for (const value of values)
        expect($validate(guard, value, options).valid, JSON.stringify([value, options])).toBe(
          $is(guard, value, options),
        );
  });

  it('a valid value comes back as it is; an invalid one with every error', () => {
    const value = { name: 'a' };
    expect($validate(guard, value, undefined)).toEqual({ valid: true, value });
    expect($validate(guard, { name: 1, x: 2 }, { unknownFields: 'reject' })).toEqual({
      valid: false,
      errors: [
        $typeInvalid('name', 1, 'string'),
        { path: 'x', type: 'FieldValueNotSupported', message: 'x: Unsupported value: unknown field "x"', value: 2 },
      ],
    });
    expect($is(guard, {}, { mode: 'response' })).toBe(true);
  });

  it('a guard that throws (a hostile getter, a Proxy) means invalid, never an exception', () => {
    const throwing: Guard = () => {
      throw new Error('trap');
    };
    expect($is(throwing, {}, undefined)).toBe(false);
    expect($validate(throwing, {}, undefined)).toEqual({
      valid: false,
      errors: [{ path: '', type: 'FieldValueInvalid', message: 'Invalid value: the value could not be read: trap' }],
    });
    // Fails fast, then throws while collecting errors: what it found stays, the failure is added.
    const late: Guard = (_v, p, e) => {
      if (e === null) return false;
      e.push($required($field(p, 'a')));
      throw 'not an Error';
    };
    expect($validate(late, {}, undefined).valid).toBe(false);
    const result = $validate(late, {}, undefined);
    expect(!result.valid && result.errors.map((error) => error.message)).toEqual([
      'a: Required value',
      'Invalid value: the value could not be read: unknown error',
    ]);
  });

  it('an error reported twice (two allOf branches require one field) is listed once, as ToAggregate does', () => {
    const twice: Guard = (_v, p, e) => {
      if (e === null) return false;
      e.push($required($field(p, 'a')), $required($field(p, 'b')), $required($field(p, 'a')));
      return false;
    };
    const result = $validate(twice, {}, undefined);
    expect(!result.valid && result.errors.map((error) => error.message)).toEqual([
      'a: Required value',
      'b: Required value',
    ]);
  });

  it('a guard that fails without saying why still gives one error', () => {
    const silent: Guard = () => false;
    expect($validate(silent, 1, undefined)).toEqual({
      valid: false,
      errors: [{ path: '', type: 'FieldValueInvalid', message: 'Invalid value' }],
    });
  });
});
