/**
 * The CEL functions the compiler supports, each mapped to one runtime helper in templates/partials/cel-runtime.hbs.
 * A name missing here is a compile error, so a rule can only ever call these helpers.
 */
import { CEL_RESERVED } from './parser.js';

/** What the compiler knows statically about a value: enough to pick integer or float division and to format doubles. */
export type CelType = 'int' | 'uint' | 'double' | 'string' | 'bool' | 'null' | 'list' | 'map' | 'dyn';

/** One supported function: the helper it compiles to, the argument counts it takes, the type it returns. */
export interface CelFunction {
  readonly helper: string;
  readonly arities: readonly number[];
  readonly result: CelType;
}

/** Receiver-style functions, `x.name(args)`; the receiver is the helper's first argument. */
export const CEL_METHODS: ReadonlyMap<string, CelFunction> = new Map<string, CelFunction>([
  ['size', { helper: '$cel_size', arities: [0], result: 'int' }],
  ['startsWith', { helper: '$cel_startsWith', arities: [1], result: 'bool' }],
  ['endsWith', { helper: '$cel_endsWith', arities: [1], result: 'bool' }],
  ['contains', { helper: '$cel_contains', arities: [1], result: 'bool' }],
  ['matches', { helper: '$cel_matches', arities: [1], result: 'bool' }],
  ['indexOf', { helper: '$cel_indexOf', arities: [1, 2], result: 'int' }],
  ['lastIndexOf', { helper: '$cel_lastIndexOf', arities: [1, 2], result: 'int' }],
  ['substring', { helper: '$cel_substring', arities: [1, 2], result: 'string' }],
  ['split', { helper: '$cel_split', arities: [1, 2], result: 'list' }],
  ['lowerAscii', { helper: '$cel_lowerAscii', arities: [0], result: 'string' }],
  ['upperAscii', { helper: '$cel_upperAscii', arities: [0], result: 'string' }],
  ['trim', { helper: '$cel_trim', arities: [0], result: 'string' }],
  ['replace', { helper: '$cel_replace', arities: [2, 3], result: 'string' }],
  ['join', { helper: '$cel_join', arities: [0, 1], result: 'string' }],
]);

/** Global functions, `name(args)`. `string` and `has` are special-cased by the compiler. */
export const CEL_FUNCTIONS: ReadonlyMap<string, CelFunction> = new Map<string, CelFunction>([
  ['size', { helper: '$cel_size', arities: [1], result: 'int' }],
  ['matches', { helper: '$cel_matches', arities: [2], result: 'bool' }],
  ['int', { helper: '$cel_int', arities: [1], result: 'int' }],
  ['double', { helper: '$cel_double', arities: [1], result: 'double' }],
]);

/** Comprehension macros, `range.name(var, …)`: the helper and how many expressions follow the variable. */
export const CEL_MACROS: ReadonlyMap<
  string,
  { readonly helper: string; readonly bodies: readonly number[]; readonly result: CelType }
> = new Map([
  ['all', { helper: '$cel_all', bodies: [1], result: 'bool' as CelType }],
  ['exists', { helper: '$cel_exists', bodies: [1], result: 'bool' as CelType }],
  ['exists_one', { helper: '$cel_exists_one', bodies: [1], result: 'bool' as CelType }],
  // `map(v, expr)`, or `map(v, pred, expr)`: filter, then map.
  ['map', { helper: '$cel_map_list', bodies: [1, 2], result: 'list' as CelType }],
  ['filter', { helper: '$cel_filter', bodies: [1], result: 'list' as CelType }],
]);

/** Words Kubernetes escapes as `__word__` when a property has that name (CEL keywords and reserved words). */
const ESCAPED_WORDS = new Set(['true', 'false', 'null', ...CEL_RESERVED]);

/**
 * The property name a CEL field name stands for. Kubernetes escapes property names that are not CEL identifiers:
 * `__underscores__` → `__`, `__dot__` → `.`, `__dash__` → `-`, `__slash__` → `/`, and `__namespace__` → `namespace`
 * for reserved words.
 */
export function unescapeFieldName(name: string): string {
  const keyword = /^__([a-z]+)__$/.exec(name);
  if (keyword !== null && ESCAPED_WORDS.has(keyword[1]!)) return keyword[1]!;
  const map: Readonly<Record<string, string>> = { underscores: '__', dot: '.', dash: '-', slash: '/' };
  return name.replace(/__(underscores|dot|dash|slash)__/g, (_match, word: string) => map[word]!);
}
