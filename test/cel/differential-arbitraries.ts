// Random CEL expressions over the subset both specgen and @bufbuild/cel evaluate, typed so that every generated
// expression means the same on JSON values as on CEL's typed values (see test/cel/bufbuild-deviations.md): ints
// stay ints (multiplication by small literals, so nothing overflows), doubles are never integral when they reach an
// operation whose result depends on int-or-double, and division by a double has a double literal on its right.
import type { CelInput } from '@bufbuild/cel';
import fc from 'fast-check';

/** `self` as JSON (what a validator gets), and the same object as @bufbuild/cel's typed input. */
export interface SelfPair {
  readonly json: Readonly<Record<string, unknown>>;
  readonly typed: CelInput;
}

const smallInt = fc.integer({ min: -20, max: 20 });
// No characters beyond U+FFFF: @bufbuild/cel counts UTF-16 units where cel-go counts code points (deviation D2).
const text = fc.string({
  unit: fc.constantFrom('a', 'b', 'B', ' ', '-', '.', 'é', '\u00a0', 'Z', '\t', '\u2028'),
  maxLength: 5,
});
/** A non-empty string: `replace` with an empty pattern is deviation D1. */
const pattern = fc.string({ unit: fc.constantFrom('a', 'b', 'B', ' ', '.', 'é'), minLength: 1, maxLength: 2 });

/** A `self` with some of the fields i, j (int), d (double), s, t (string), b (bool), l (list of int), m (map). */
export const selfArbitrary: fc.Arbitrary<SelfPair> = fc
  .record(
    {
      i: smallInt,
      j: smallInt,
      d: fc.integer({ min: -400, max: 400 }).map((n) => n / 4 + 0.125),
      s: text,
      t: text,
      b: fc.boolean(),
      l: fc.array(smallInt, { maxLength: 4 }),
      ls: fc.array(text, { maxLength: 3 }),
      m: fc.dictionary(fc.constantFrom('a', 'b', 'c'), smallInt),
    },
    { requiredKeys: ['i', 's', 'l'] },
  )
  .map((json) => ({ json, typed: toTyped(json) as CelInput }));

/** JSON → @bufbuild/cel input: integers as bigint (CEL int), other numbers as double, objects as Maps. */
function toTyped(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value) : value;
  if (Array.isArray(value)) return value.map(toTyped);
  if (typeof value === 'object' && value !== null)
    return new Map(Object.entries(value).map(([k, v]) => [k, toTyped(v)]));
  return value;
}

const quote = (s: string): string => `'${s}'`;

/** Patterns whose RE2 and JavaScript (`u` flag) meanings agree on the generated strings. */
const PATTERNS = ['a', '^a', 'b$', '[a-b]+', '.', 'a|B', '^$', '[^ ]', 'é', '\\\\.', '(a)(b)?'];

/** Whole-second durations (a fraction would reach `string(timestamp)`, deviation D3). */
const DURATIONS = [
  "duration('1h')",
  "duration('30m')",
  "duration('90s')",
  "duration('-2m')",
  "duration('0s')",
  "duration('25h')",
];
const TIMESTAMPS = [
  "timestamp('2024-01-01T00:00:00Z')",
  "timestamp('2024-02-29T23:30:00Z')",
  "timestamp('1999-12-31T23:59:59Z')",
  "timestamp('2024-03-10T06:59:59-05:00')",
];
const ZONES = ["'UTC'", "'America/New_York'", "'Asia/Kathmandu'", "'+05:30'", "'-02:00'"];
const TIME_ACCESSORS = [
  'getFullYear',
  'getMonth',
  'getDate',
  'getDayOfMonth',
  'getDayOfWeek',
  'getDayOfYear',
  'getHours',
  'getMinutes',
  'getSeconds',
];

/** With a time zone, @bufbuild/cel's day fields are one too high (deviation D5). */
const ZONED_ACCESSORS = TIME_ACCESSORS.filter(
  (name) => !['getDate', 'getDayOfMonth', 'getDayOfWeek', 'getDayOfYear'].includes(name),
);

const { int, dbl, str, bool, list, dur, ts } = fc.letrec<{
  int: string;
  dbl: string;
  str: string;
  bool: string;
  list: string;
  dur: string;
  ts: string;
}>((tie) => ({
  int: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    smallInt.map(String),
    fc.constantFrom('self.i', 'self.j', 'self.l[0]', "self.m['a']"),
    fc.tuple(tie('int'), fc.constantFrom('+', '-'), tie('int')).map(([a, op, b]) => `(${a} ${op} ${b})`),
    fc.tuple(tie('int'), fc.integer({ min: -3, max: 3 })).map(([a, k]) => `(${a} * ${k})`),
    fc.tuple(tie('int'), fc.constantFrom('/', '%'), tie('int')).map(([a, op, b]) => `(${a} ${op} ${b})`),
    tie('str').map((s) => `size(${s})`),
    tie('list').map((l) => `${l}.size()`),
    fc.tuple(tie('str'), tie('str')).map(([s, t]) => `${s}.indexOf(${t})`),
    fc.tuple(tie('bool'), tie('int'), tie('int')).map(([c, a, b]) => `(${c} ? ${a} : ${b})`),
    tie('dbl').map((d) => `int(${d})`),
    fc.tuple(tie('dur'), fc.constantFrom('getHours', 'getMinutes', 'getSeconds')).map(([d, f]) => `${d}.${f}()`),
    fc.tuple(tie('ts'), fc.constantFrom(...TIME_ACCESSORS)).map(([t, f]) => `${t}.${f}()`),
    fc
      .tuple(tie('ts'), fc.constantFrom(...ZONED_ACCESSORS), fc.constantFrom(...ZONES))
      .map(([t, f, z]) => `${t}.${f}(${z})`),
    tie('ts').map((t) => `int(${t})`),
  ),
  dur: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...DURATIONS),
    fc.tuple(tie('dur'), fc.constantFrom('+', '-'), tie('dur')).map(([a, op, b]) => `(${a} ${op} ${b})`),
    fc.tuple(tie('ts'), tie('ts')).map(([a, b]) => `(${a} - ${b})`),
  ),
  ts: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...TIMESTAMPS),
    fc.tuple(tie('ts'), fc.constantFrom('+', '-'), tie('dur')).map(([t, op, d]) => `(${t} ${op} ${d})`),
  ),
  dbl: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.integer({ min: -40, max: 40 }).map((n) => `${n}.5`),
    fc.constant('self.d'),
    fc.tuple(tie('dbl'), fc.constantFrom('+', '-', '*'), tie('dbl')).map(([a, op, b]) => `(${a} ${op} ${b})`),
    tie('dbl').map((d) => `(${d} / 2.5)`),
    tie('int').map((i) => `(double(${i}) + 0.5)`),
  ),
  str: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map(quote),
    fc.constantFrom('self.s', 'self.t', 'self.ls[0]'),
    fc.tuple(tie('str'), tie('str')).map(([a, b]) => `(${a} + ${b})`),
    tie('str').map((s) => `${s}.lowerAscii()`),
    tie('str').map((s) => `${s}.upperAscii()`),
    tie('str').map((s) => `${s}.trim()`),
    tie('int').map((i) => `string(${i})`),
    tie('dur').map((d) => `string(${d})`),
    tie('ts').map((t) => `string(${t})`),
    fc.tuple(tie('str'), tie('int')).map(([s, i]) => `${s}.substring(${i})`),
    fc.tuple(tie('str'), tie('int')).map(([s, i]) => `${s}.charAt(${i})`),
    fc.tuple(tie('str'), pattern, tie('str')).map(([s, a, b]) => `${s}.replace('${a}', ${b})`),
    fc.tuple(tie('bool'), tie('str'), tie('str')).map(([c, a, b]) => `(${c} ? ${a} : ${b})`),
  ),
  bool: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('true', 'false', 'self.b', 'has(self.b)', 'has(self.m)', "'a' in self.m"),
    tie('bool').map((b) => `!${b}`),
    fc.tuple(tie('bool'), fc.constantFrom('&&', '||'), tie('bool')).map(([a, op, b]) => `(${a} ${op} ${b})`),
    fc
      .tuple(tie('int'), fc.constantFrom('<', '<=', '>', '>=', '==', '!='), tie('int'))
      .map(([a, op, b]) => `(${a} ${op} ${b})`),
    fc.tuple(tie('str'), fc.constantFrom('<', '>=', '==', '!='), tie('str')).map(([a, op, b]) => `(${a} ${op} ${b})`),
    fc.tuple(tie('dbl'), fc.constantFrom('<', '==', '>='), tie('dbl')).map(([a, op, b]) => `(${a} ${op} ${b})`),
    fc.tuple(tie('dur'), fc.constantFrom('<', '==', '>='), tie('dur')).map(([a, op, b]) => `(${a} ${op} ${b})`),
    fc.tuple(tie('ts'), fc.constantFrom('<', '!=', '<='), tie('ts')).map(([a, op, b]) => `(${a} ${op} ${b})`),
    fc
      .tuple(tie('str'), fc.constantFrom('startsWith', 'endsWith', 'contains'), tie('str'))
      .map(([s, f, t]) => `${s}.${f}(${t})`),
    fc.tuple(tie('str'), fc.constantFrom(...PATTERNS)).map(([s, re]) => `${s}.matches('${re}')`),
    fc.tuple(tie('int'), tie('list')).map(([i, l]) => `(${i} in ${l})`),
    fc.tuple(tie('list'), tie('list')).map(([a, b]) => `(${a} == ${b})`),
    fc.tuple(tie('list'), tie('int')).map(([l, i]) => `${l}.exists(x, x > ${i})`),
    tie('list').map((l) => `${l}.all(x, x % 2 == 0)`),
    tie('list').map((l) => `${l}.exists_one(x, x < 0)`),
  ),
  list: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant('self.l'),
    fc.array(tie('int'), { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
    fc.tuple(tie('list'), tie('list')).map(([a, b]) => `(${a} + ${b})`),
    tie('list').map((l) => `${l}.map(x, x * 2)`),
    tie('list').map((l) => `${l}.filter(x, x > 0)`),
    fc.tuple(tie('list'), tie('bool')).map(([l, b]) => `${l}.map(x, ${b}, x - 1)`),
  ),
}));

/** An expression of any of the generated types. */
export const expressionArbitrary: fc.Arbitrary<string> = fc.oneof(bool, int, str, list, dbl);
