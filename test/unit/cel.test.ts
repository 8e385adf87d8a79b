import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { compileCelRule } from '../../generator/cel/compile.js';
import { CEL_LIBRARIES } from '../../generator/cel/functions.js';
import { runtimePartial } from '../../generator/runtime.js';
import * as celFunctions from '../../runtime/cel-functions.js';
import * as celOperators from '../../runtime/cel.js';
import { celRuntime as allHelpers } from '../support/cel.js';
import { compileDiagnostics } from '../support/compile.js';

/** The CEL runtime as validators.hbs includes it: runtime/cel.ts, runtime/cel-functions.ts, the RE2 translation, then every library. */
const runtimeTs = [
  'cel.ts',
  'cel-functions.ts',
  're2-classes.ts',
  're2.ts',
  're2-compile.ts',
  're2-parse.ts',
  're2-linear.ts',
  're2-matcher.ts',
  // The quantity library's grammar (validators.hbs includes it with runtime/cel/quantity).
  'quantity-grammar.ts',
  ...CEL_LIBRARIES.map((library) => `cel/${library}.ts`),
]
  .map((name) => runtimePartial(readFileSync(new URL(`../../runtime/${name}`, import.meta.url), 'utf8'), name))
  .join('\n');
const celRuntime = { ...celOperators, ...celFunctions, ...allHelpers };

/** TypeScript → JavaScript, types stripped. */
function transpile(source: string): string {
  const options = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext };
  return ts.transpileModule(source, { compilerOptions: options, reportDiagnostics: false }).outputText;
}

/** Freezes a value and everything in it, so a helper that mutates its input throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Compiles `rule` and evaluates it with the runtime, `self` deep-frozen. */
function evaluate(rule: string, self: unknown, selfName = 'self'): unknown {
  const result = compileCelRule(rule);
  if (!result.ok) throw new Error(`compile error: ${result.message}`);
  const expression = transpile(
    `function $cel_rule(${selfName}: unknown): unknown {\n  return ${result.code(selfName)};\n}`,
  );
  // The compiled rule calls the runtime's `$cel_*` helpers, imported from runtime/cel.ts (so they count for coverage).
  const rule$ = new Function(...Object.keys(celRuntime), `${expression}\nreturn $cel_rule;`) as (
    ...helpers: unknown[]
  ) => (self: unknown) => unknown;
  return rule$(...Object.values(celRuntime))(deepFreeze(self));
}

/** What a case expects: a value, a run-time error (message matching), or a compile error. */
type Want = { value: unknown } | { throws: RegExp } | { error: RegExp; offset?: number };
type Case = [string, { given: { rule: string; self?: unknown }; want: Want }];

const v = (value: unknown): Want => ({ value });
const throws = (pattern: RegExp = /./): Want => ({ throws: pattern });
const error = (pattern: RegExp, offset?: number): Want =>
  offset === undefined ? { error: pattern } : { error: pattern, offset };
const c = (rule: string, want: Want, self: unknown = {}): Case[1] => ({ given: { rule, self }, want });

const IMAGE_TAG_NAME =
  "!has(self.spec) || !has(self.spec.name) || self.spec.name == '' || !has(self.metadata) || !has(self.metadata.name) || !self.metadata.name.contains(':') || self.metadata.name.substring(self.metadata.name.indexOf(':') + 1) == self.spec.name";
const IMAGE_TAG_SCHEDULED =
  "!has(self.importPolicy) || !has(self.importPolicy.scheduled) || !self.importPolicy.scheduled || !has(self.from) || self.from.kind == 'DockerImage'";

const table: Case[] = [
  // Literals
  ['int', c('42', v(42))],
  ['hex int', c('0x1F', v(31))],
  ['uint', c('7u', v(7))],
  ['hex uint', c('0x10u', v(16))],
  ['double', c('1.5', v(1.5))],
  ['double with exponent', c('1e3', v(1000))],
  ['double without leading digit', c('.5', v(0.5))],
  ['true', c('true', v(true))],
  ['false', c('false', v(false))],
  ['null', c('null', v(null))],
  ['single-quoted string', c("'a b'", v('a b'))],
  ['double-quoted string', c('"a\'b"', v("a'b"))],
  ['triple-quoted string spans lines', c("'''a\nb'''", v('a\nb'))],
  ['triple double-quoted string', c('"""x"y"""', v('x"y'))],
  ['raw string keeps backslashes', c("r'\\n\\d'", v('\\n\\d'))],
  ['a raw string ends at its first quote', c("r'a\\' + 'b'", v('a\\b'))],
  ['raw upper-case prefix', c('R"\\t"', v('\\t'))],
  ['simple escapes', c("'\\n\\t\\r\\\\\\'\\\"\\`\\?\\a\\v\\f\\b'", v('\n\t\r\\\'"`?\x07\v\f\b'))],
  ['hex escape', c("'\\x41'", v('A'))],
  ['unicode escapes', c("'\\u00e9\\U0001F600'", v('é😀'))],
  ['octal escape', c("'\\101'", v('A'))],
  ['comment', c('1 // the answer\n+ 1', v(2))],
  ['list literal', c('[1, "a", [true]]', v([1, 'a', [true]]))],
  ['trailing comma in a list', c('[1, 2,]', v([1, 2]))],
  ['map literal', c("{'a': 1, 'b': [2]}", v({ a: 1, b: [2] }))],
  ['empty map literal', c('{}', v({}))],
  ['map literal __proto__ is an own key', c("{'__proto__': 1}.__proto__", v(1))],

  // Precedence and associativity
  ['* binds tighter than +', c('1 + 2 * 3', v(7))],
  ['parentheses', c('(1 + 2) * 3', v(9))],
  ['- is left-associative', c('10 - 2 - 3', v(5))],
  ['/ is left-associative', c('100 / 10 / 5', v(2))],
  ['% and * share a level', c('7 % 4 * 2', v(6))],
  ['+ binds tighter than ==', c('1 + 1 == 2', v(true))],
  ['relations are left-associative', c('1 < 2 == true', v(true))],
  ['in shares the relation level', c('2 in [1, 2] == true', v(true))],
  ['&& binds tighter than ||', c('true || false && false', v(true))],
  ['&& before || on the left', c('false && true || true', v(true))],
  ['! binds tighter than ||', c('!true || true', v(true))],
  ['! binds tighter than ==', c('!false == true', v(true))],
  ['unary minus binds tighter than *', c('-2 * 3', v(-6))],
  ['double negation', c('!!true', v(true))],
  ['?: is lowest', c('false ? 1 : 2 + 3', v(5))],
  ['?: is right-associative', c('false ? 1 : false ? 2 : 3', v(3))],
  ['?: nests in the last branch', c('true ? 1 : false ? 2 : 3', v(1))],
  ['?: does not nest in the middle branch (CEL grammar)', c('true ? false ? 1 : 2 : 3', error(/expected ":"/))],
  ['?: condition takes ||', c('false || true ? 1 : 2', v(1))],
  ['member binds tighter than unary', c("-size('ab')", v(-2))],

  // Arithmetic
  ['int division truncates', c('7 / 2', v(3))],
  ['int division truncates toward zero', c('-7 / 2', v(-3))],
  ['modulo has the sign of the dividend', c('-7 % 2', v(-1))],
  ['double division', c('7.0 / 2.0', v(3.5))],
  ['double and int division', c('7.0 / 2', v(3.5))],
  ['dynamic integers divide as ints', c('self.a / self.b', v(3), { a: 7, b: 2 })],
  ['dynamic doubles divide as doubles', c('self.a / self.b', v(3.75), { a: 7.5, b: 2 })],
  ['division by zero', c('1 / 0', throws(/division by zero/))],
  ['modulo by zero', c('1 % 0', throws(/modulus by zero/))],
  ['double division by zero is infinite', c('1.0 / 0.0', v(Infinity))],
  ['double modulo has no overload', c('self.a % 2', throws(/no such overload/), { a: 1.5 })],
  ['uint arithmetic', c('1u + 2u', v(3))],
  ['unary minus on uint is a compile error', c('-1u', error(/uint/))],
  ['string concatenation', c("'a' + 'b'", v('ab'))],
  ['list concatenation', c('[1, 2] + [3]', v([1, 2, 3]))],
  ['concatenation does not mutate self', c('self.l + [3]', v([1, 3]), { l: [1] })],
  ['mixed + has no overload', c("1 + 'a'", throws(/no such overload: _\+_\(int, string\)/))],
  ['minus on a string', c("-'a'", throws(/no such overload/))],
  ['multiplication', c('self.a * 3', v(7.5), { a: 2.5 })],

  // Equality and comparison
  ['numbers equal by value', c('1 == 1.0', v(true))],
  ['different types are unequal', c("'1' == 1", v(false))],
  ['null equals null', c('null == null', v(true))],
  ['deep equality', c("{'a': [1, {'b': 2}]} == {'a': [1, {'b': 2.0}]}", v(true))],
  ['list order matters', c('[1, 2] == [2, 1]', v(false))],
  ['map key order does not', c("self == {'b': 1, 'a': [true]}", v(true), { a: [true], b: 1 })],
  ['maps with different keys', c("{'a': 1} == {'a': 1, 'b': 2}", v(false))],
  ['!=', c("self.a != 'x'", v(true), { a: 'y' })],
  ['a null field reads as null', c('self.a == null', v(true), { a: null })],
  ['<', c('1 < 2', v(true))],
  ['<=', c('2 <= 1', v(false))],
  ['>', c("'b' > 'a'", v(true))],
  ['>=', c('2 >= 2', v(true))],
  ['strings compare by code point', c("'\\uffff' < '\\U0001F600'", v(true))],
  ['a prefix sorts first', c("'ab' < 'abc'", v(true))],
  ['bools compare', c('true > false', v(true))],
  ['NaN is never ordered', c("double('NaN') < 1.0 || double('NaN') >= 1.0", v(false))],
  ['mixed comparison has no overload', c("1 < 'a'", throws(/no such overload/))],
  ['in a list', c('2 in [1, 2]', v(true))],
  ['in a list, deep', c("{'a': 1} in [{'a': 1.0}]", v(true))],
  ['in a map', c("'a' in {'a': 1}", v(true))],
  ['not in a map', c("'b' in {'a': 1}", v(false))],
  ['in a string has no overload', c("'a' in 'abc'", throws(/no such overload/))],

  // Logic
  ['&&', c('true && false', v(false))],
  ['||', c('false || true', v(true))],
  ['|| with an error on the left, true on the right', c('self.missing || true', v(true))],
  ['|| with true on the left skips the error', c('true || self.missing', v(true))],
  ['&& with an error on the left, false on the right', c('self.missing && false', v(false))],
  ['&& with false on the left skips the error', c('false && self.missing', v(false))],
  ['|| with an error and false', c('self.missing || false', throws(/no such key: missing/))],
  ['&& with an error and true', c('true && self.missing', throws(/no such key: missing/))],
  ['|| over a non-bool', c("'a' || false", throws(/no such overload/))],
  ['! over a non-bool', c('!1', throws(/no such overload/))],
  ['?: picks then', c("self.a ? 'yes' : 'no'", v('yes'), { a: true })],
  ['?: picks otherwise', c("self.a ? 'yes' : 'no'", v('no'), { a: false })],
  ['?: condition must be a bool', c("self.a ? 'yes' : 'no'", throws(/no such overload/), { a: 'x' })],
  ['?: evaluates one branch only', c('true ? 1 : self.missing', v(1))],

  // Fields, indexes and has()
  ['field', c('self.a.b', v(1), { a: { b: 1 } })],
  ['absent field', c('self.a', throws(/^no such key: a$/))],
  ['field of a non-object', c('self.a.b', throws(/no such key: b/), { a: 1 })],
  ['field of a list', c('self.a.length', throws(/no such key: length/), { a: [] })],
  ['inherited fields are absent', c('self.toString', throws(/no such key: toString/))],
  ['constructor is absent', c('self.constructor', throws(/no such key: constructor/))],
  ['__proto__ is absent', c('self.__proto__', throws(/no such key: __proto__/))],
  [
    'escaped field names',
    c('self.x__dash__y + self.a__dot__b + self.__namespace__', v(6), { 'x-y': 1, 'a.b': 2, namespace: 3 }),
  ],
  ['escaped slash and underscores', c('self.a__slash__b__underscores__c', v(1), { 'a/b__c': 1 })],
  ['list index', c('[1, 2][1]', v(2))],
  ['list index out of range', c('[1][1]', throws(/index out of range: 1/))],
  ['negative list index', c('[1][-1]', throws(/index out of range/))],
  ['list index must be an int', c("[1]['0']", throws(/no such overload/))],
  ['map index', c("{'a': 1}['a']", v(1))],
  ['map index by a key with a dash', c("self['x-y']", v(1), { 'x-y': 1 })],
  ['absent map key', c("{'a': 1}['b']", throws(/no such key: b/))],
  ['inherited map key', c("self['hasOwnProperty']", throws(/no such key/))],
  ['has() on an absent field', c('has(self.a)', v(false))],
  ['has() on a null field', c('has(self.a)', v(false), { a: null })],
  ['has() on a present field', c('has(self.a)', v(true), { a: 0 })],
  ['has() on an empty string', c('has(self.a)', v(true), { a: '' })],
  ['has() on false', c('has(self.a)', v(true), { a: false })],
  ['has() never sees inherited properties', c('has(self.toString) || has(self.__proto__)', v(false))],
  ['has() under an absent parent', c('has(self.a.b)', throws(/no such key: a/))],
  ['has() on a non-object', c('has(self.a.b)', throws(/no such overload/), { a: 'x' })],
  ['has() with an escaped name', c('has(self.x__dash__y)', v(true), { 'x-y': 1 })],
  ['has() needs a field selection', c('has(self)', error(/has\(\) takes one field selection/))],
  ['inherited properties stay absent', c('has(self.inherited)', v(false), Object.create({ inherited: 1 }) as unknown)],

  // Functions
  ['size of a string counts code points', c("size('héllo😀')", v(6))],
  ['size method', c("'😀'.size()", v(1))],
  ['size of a list', c('size([1, 2])', v(2))],
  ['size of a map', c('self.size()', v(2), { a: 1, b: 2 })],
  ['size of a number', c('size(1)', throws(/no such overload: size\(int\)/))],
  ['startsWith', c("'abc'.startsWith('ab')", v(true))],
  ['endsWith', c("'abc'.endsWith('bc')", v(true))],
  ['contains', c("'abc'.contains('d')", v(false))],
  ['contains on a non-string', c("self.a.contains('d')", throws(/no such overload/), { a: 1 })],
  ['matches is a search', c("'xabcx'.matches('a.c')", v(true))],
  ['matches anchored', c("'abc'.matches('^b')", v(false))],
  ['matches global form', c("matches('abc', '^a')", v(true))],
  ['matches with a leading RE2 flag group', c("'ABC'.matches('(?i)^abc$')", v(true))],
  ['matches with an invalid pattern', c("'a'.matches('[')", throws())],
  ['matches unicode', c("'😀'.matches('^.$')", v(true))],
  ['indexOf counts code points', c("'héllo😀x'.indexOf('x')", v(6))],
  ['indexOf missing', c("'abc'.indexOf('d')", v(-1))],
  ['indexOf empty', c("'abc'.indexOf('')", v(0))],
  ['indexOf from', c("'abcabc'.indexOf('c', 3)", v(5))],
  ['indexOf from past the end', c("'abc'.indexOf('c', 4)", throws(/index out of range/))],
  ['lastIndexOf', c("'abcabc'.lastIndexOf('c')", v(5))],
  ['lastIndexOf from', c("'abcabc'.lastIndexOf('c', 4)", v(2))],
  ['lastIndexOf empty', c("'abc'.lastIndexOf('')", v(3))],
  ['lastIndexOf missing', c("'abc'.lastIndexOf('x')", v(-1))],
  ['substring from', c("'😀abc'.substring(1)", v('abc'))],
  ['substring range', c("'abcdef'.substring(1, 3)", v('bc'))],
  ['substring at the end', c("'abc'.substring(3)", v(''))],
  ['substring past the end', c("'abc'.substring(4)", throws(/index out of range: 4/))],
  ['substring negative', c("'abc'.substring(-1)", throws(/index out of range/))],
  ['substring reversed', c("'abc'.substring(2, 1)", throws(/invalid substring range/))],
  ['split', c("'a,b,c'.split(',')", v(['a', 'b', 'c']))],
  ['split with a limit', c("'a,b,c'.split(',', 2)", v(['a', 'b,c']))],
  ['split with limit zero', c("'a,b'.split(',', 0)", v([]))],
  ['split by empty splits code points', c("'a😀'.split('')", v(['a', '😀']))],
  ['lowerAscii changes ASCII only', c("'ÀBC'.lowerAscii()", v('Àbc'))],
  ['upperAscii changes ASCII only', c("'àbc'.upperAscii()", v('àBC'))],
  ['trim', c("' \\t x \\n'.trim()", v('x'))],
  ['trim keeps U+FEFF as Go does', c("'\\uFEFFx'.trim()", v('\uFEFFx'))],
  ['replace all, with no $ patterns', c("'a.b.c'.replace('.', '$&')", v('a$&b$&c'))],
  ['replace n', c("'aaa'.replace('a', 'b', 2)", v('bba'))],
  ['replace empty', c("'ab'.replace('', '-')", v('-a-b-'))],
  ['join', c("['a', 'b'].join('-')", v('a-b'))],
  ['join without separator', c("['a', 'b'].join()", v('ab'))],
  ['join of non-strings', c('[1].join()', throws(/no such overload/))],
  ['int of a string', c("int('-42')", v(-42))],
  ['int of a double truncates', c('int(-3.7)', v(-3))],
  ['int of a bad string', c("int('4x')", throws())],
  ['int out of range', c('int(1e300)', throws(/out of range/))],
  ['double of a string', c("double('1.5e1')", v(15))],
  ['double of an int', c('double(3)', v(3))],
  ['double of a bad string', c("double('x')", throws())],
  ['string of an int', c('string(12)', v('12'))],
  ['string of a double', c('string(1.5)', v('1.5'))],
  ['string of a large double uses Go %g', c('string(1000000.0)', v('1e+06'))],
  ['string of a small double', c('string(0.00001)', v('1e-05'))],
  ['string of a moderate double', c('string(0.0001)', v('0.0001'))],
  ['string of a bool', c('string(true)', v('true'))],
  ['string of a list', c('string([1])', throws(/no such overload/))],

  // Macros
  ['all', c('[1, 2, 3].all(x, x > 0)', v(true))],
  ['all false', c('[1, -2, 3].all(x, x > 0)', v(false))],
  ['all: false wins over an error', c("[{'a': 1}, {}].all(x, x.a == 2)", v(false))],
  ['all: an error without a false', c("[{'a': 1}, {}].all(x, x.a == 1)", throws(/no such key: a/))],
  ['all over an empty list', c('[].all(x, false)', v(true))],
  ['exists', c('[1, 2, 3].exists(x, x == 2)', v(true))],
  ['exists: true wins over an error', c("[{}, {'a': 1}].exists(x, x.a == 1)", v(true))],
  ['exists none', c('[1].exists(x, x == 2)', v(false))],
  ['exists_one', c('[1, 2, 3].exists_one(x, x == 2)', v(true))],
  ['exists_one with two', c('[1, 2, 2].exists_one(x, x == 2)', v(false))],
  ['map', c('[1, 2, 3].map(x, x * 2)', v([2, 4, 6]))],
  ['map with a filter', c('[1, 2, 3].map(x, x > 1, x * 10)', v([20, 30]))],
  ['filter', c('[1, 2, 3].filter(x, x % 2 == 1)', v([1, 3]))],
  ['filter predicate must be a bool', c('[1].filter(x, x)', throws(/no such overload/))],
  ['macros range over map keys', c("{'a': 1, 'b': 2}.all(k, k in ['a', 'b'])", v(true))],
  ['map over map keys', c("{'a': 1}.map(k, k + '!')", v(['a!']))],
  ['macros over self', c('self.items.all(i, has(i.name))', v(false), { items: [{ name: 'a' }, {}] })],
  ['nested macros', c('[[1, 2], [3]].all(l, l.all(x, x > 0))', v(true))],
  ['inner macro sees the outer variable', c('[1, 2].all(x, [1, 2].exists(y, y == x))', v(true))],
  ['shadowing', c('[1].all(x, [2].all(x, x == 2))', v(true))],
  ['sibling and nested variables stay apart', c('[1].all(x, [2].all(x, [3].all(y, x == 2 && y == 3)))', v(true))],
  ['a variable is not in scope after its macro', c('[1].all(x, true) && x == 1', error(/undeclared reference to "x"/))],
  ['the variable must be a name', c('[1].all(1, true)', error(/must be a variable name/))],
  ['macro arity', c('[1].all(x)', error(/takes 2 argument/))],
  ['macro over a number', c('self.a.all(x, true)', throws(/no such overload/), { a: 1 })],

  // The rules of specgen's ImageTag overlay
  ['ImageTag name: no spec', c(IMAGE_TAG_NAME, v(true), { metadata: { name: 'ruby:3.1' } })],
  ['ImageTag name: matches', c(IMAGE_TAG_NAME, v(true), { metadata: { name: 'ruby:3.1' }, spec: { name: '3.1' } })],
  ['ImageTag name: differs', c(IMAGE_TAG_NAME, v(false), { metadata: { name: 'ruby:3.1' }, spec: { name: '3.2' } })],
  [
    'ImageTag name: empty spec name',
    c(IMAGE_TAG_NAME, v(true), { metadata: { name: 'ruby:3.1' }, spec: { name: '' } }),
  ],
  [
    'ImageTag name: null spec name',
    c(IMAGE_TAG_NAME, v(true), { metadata: { name: 'ruby:3.1' }, spec: { name: null } }),
  ],
  ['ImageTag name: no colon', c(IMAGE_TAG_NAME, v(true), { metadata: { name: 'ruby' }, spec: { name: 'x' } })],
  ['ImageTag name: no metadata name', c(IMAGE_TAG_NAME, v(true), { metadata: {}, spec: { name: 'x' } })],
  [
    'ImageTag name: unicode before the colon',
    c(IMAGE_TAG_NAME, v(true), { metadata: { name: '😀é:x' }, spec: { name: 'x' } }),
  ],
  ['ImageTag name: a second colon', c(IMAGE_TAG_NAME, v(true), { metadata: { name: 'a:b:c' }, spec: { name: 'b:c' } })],
  ['ImageTag schedule: no policy', c(IMAGE_TAG_SCHEDULED, v(true), { from: { kind: 'ImageStreamTag' } })],
  [
    'ImageTag schedule: scheduled from an image stream tag',
    c(IMAGE_TAG_SCHEDULED, v(false), { importPolicy: { scheduled: true }, from: { kind: 'ImageStreamTag' } }),
  ],
  [
    'ImageTag schedule: scheduled from a docker image',
    c(IMAGE_TAG_SCHEDULED, v(true), { importPolicy: { scheduled: true }, from: { kind: 'DockerImage' } }),
  ],
  [
    'ImageTag schedule: not scheduled',
    c(IMAGE_TAG_SCHEDULED, v(true), { importPolicy: { scheduled: false }, from: { kind: 'X' } }),
  ],
  ['ImageTag schedule: no from', c(IMAGE_TAG_SCHEDULED, v(true), { importPolicy: { scheduled: true } })],
  [
    'ImageTag schedule: scheduled not a bool',
    c(IMAGE_TAG_SCHEDULED, throws(/no such overload/), { importPolicy: { scheduled: 'yes' }, from: { kind: 'X' } }),
  ],

  // Hostile rules
  ['a quote-breaking string stays a string', c(`'"); process.exit(1); ("'`, v('"); process.exit(1); ("'))],
  ['an escaped quote-breaking string', c(`"\\"); process.exit(1); (\\""`, v('"); process.exit(1); ("'))],
  ['a raw line separator stays inert', c("'a\u2028b\u2029c'", v('a\u2028b\u2029c'))],
  ['an escaped line separator', c("'a\\u2028b'", v('a\u2028b'))],
  ['backticks and ${} stay inert', c("'`${process.exit(1)}`'", v('`${process.exit(1)}`'))],
  ['a field named like code', c('self[\'"); process.exit(1); ("\']', throws(/no such key/))],
  ['a closing comment in a string', c("'*/ process.exit(1) /*'", v('*/ process.exit(1) /*'))],
  ['process is not in scope', c('process', error(/undeclared reference to "process"/, 0))],
  ['globalThis is not in scope', c('globalThis.process', error(/undeclared reference to "globalThis"/, 0))],
  ['this is not in scope', c('this', error(/undeclared reference to "this"/))],
  ['constructor is not in scope', c("constructor('return 1')", error(/unsupported CEL function "constructor"/))],
  [
    'methods on self cannot reach JavaScript',
    c("self.constructor('x')", error(/unsupported CEL function "constructor" at 5/, 5)),
  ],
  ['10,000 parentheses', c(`${'('.repeat(10_000)}1${')'.repeat(10_000)}`, error(/nested too deeply/))],
  ['10,000 negations count by parity, as cel-go parses them', c(`${'!'.repeat(10_001)}true`, v(false))],
  ['10,000 alternating negations', c(`${'!-'.repeat(5_000)}1`, error(/nested too deeply/))],
  ['10,000 additions', c(`1${' + 1'.repeat(10_000)}`, error(/nested too deeply/))],
  ['10,000 field selections', c(`self${'.a'.repeat(10_000)}`, error(/nested too deeply/))],
  ['10,000 lists', c('['.repeat(10_000), error(/nested too deeply/))],
  ['200 levels are fine', c(`${'('.repeat(199)}1${')'.repeat(199)}`, v(1))],
  ['201 levels are not', c(`${'('.repeat(200)}1${')'.repeat(200)}`, error(/more than 200 levels/))],

  // Unsupported and malformed
  ['type()', c('type(self) == map', v(true))],
  ['an unknown method', c('self.foo()', error(/^unsupported CEL function "foo" at 5$/, 5))],
  ['an unknown function', c('frobnicate(self.t)', error(/unsupported CEL function "frobnicate" at 0/, 0))],
  ['wrong arity', c("'a'.substring(1, 2, 3)", error(/"substring" takes 1 or 2 argument/))],
  ['bytes literals', c("b'abc'", error(/bytes literals are not supported/, 0))],
  ['reserved words', c('self.namespace', error(/reserved word "namespace"/, 5))],
  ['a missing operand', c('1 +', error(/expected an expression, found end of expression at 3/, 3))],
  ['an unterminated string', c("'abc", error(/unterminated string literal at 0/, 0))],
  ['a newline in a single-quoted string', c("'a\nb'", error(/newline in string literal/))],
  ['two expressions', c('1 2', error(/expected end of expression/, 2))],
  ['a malformed number', c('1.2.3', error(/malformed number/))],
  ['an integer past 2^53', c('9223372036854775807', error(/integer literal out of range/))],
  ['a double past the range', c('1e999', error(/double literal out of range/))],
  ['an unknown escape', c("'\\q'", error(/unknown escape sequence/))],
  ['a surrogate escape', c("'\\ud800'", error(/not a valid Unicode code point/))],
  ['an unexpected character', c('1 # 2', error(/unexpected character "#" at 2/, 2))],
  ['optional syntax', c('self.?a.hasValue()', v(false))],
  ['a leading dot', c('.self', error(/leading "\."/))],
];

describe('compileCelRule', () => {
  it.each(table)('%s', (_name, { given, want }) => {
    if ('error' in want) {
      const result = compileCelRule(given.rule);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.message).toMatch(want.error);
      if (want.offset !== undefined) expect(result.offset).toBe(want.offset);
    } else if ('throws' in want) {
      expect(() => evaluate(given.rule, given.self)).toThrow(want.throws);
    } else {
      expect(evaluate(given.rule, given.self)).toEqual(want.value);
    }
  });

  it('the caller names self; a non-identifier is parenthesised', () => {
    const result = compileCelRule('self.a + 1');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.code('x1')).toBe('$cel_add($cel_get(x1, "a"), 1)');
    expect(result.code('v.spec')).toBe('$cel_add($cel_get((v.spec), "a"), 1)');
    expect(evaluate('self.a + 1', { a: 1 }, 'value')).toBe(2);
  });

  it('rule text reaches the code only as printed literals', () => {
    const result = compileCelRule(`self.process == '"); process.exit(1); ("' && [1].all(evil, evil > 0)`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const code = result.code('self');
    expect(code).toContain('"\\"); process.exit(1); (\\""');
    expect(code).not.toMatch(/\bevil\b/);
    expect(code).toContain('$cel_get(self, "process")');
  });

  it('$cel_true accepts exactly true', () => {
    expect([true, 1, 'true', [true], {}].map(celRuntime.$cel_true)).toEqual([true, false, false, false, false]);
  });

  it('every compiled rule type-checks under strict together with the runtime partial', () => {
    const compiled = table.flatMap(([, { given }]) => {
      const result = compileCelRule(given.rule);
      return result.ok ? [result.code('self')] : [];
    });
    expect(compiled.length).toBeGreaterThan(200);
    const functions = compiled.map(
      (code, i) => `export function rule${i}(self: unknown): boolean {\n  return $cel_true(${code});\n}`,
    );
    // validators.ts declares the matchers of the literal patterns and the case-folding table (print/guard.ts).
    const regexPatterns =
      'const $re2_literals = new Map<string, $Re2Matcher | string>([]);\nconst $re2_orbits = $re2_buildOrbits();';
    expect(compileDiagnostics({ 'rules.ts': `${runtimeTs}\n${regexPatterns}\n${functions.join('\n')}\n` })).toEqual([]);
  });
});
