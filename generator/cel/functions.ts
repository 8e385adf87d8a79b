/**
 * The CEL functions the compiler supports, each mapped to one runtime helper in templates/partials/cel-runtime.hbs.
 * A name missing here is a compile error, so a rule can only ever call these helpers.
 */
import { CEL_RESERVED } from './parser.js';

/** What the compiler knows statically about a value: enough to pick integer or float division and to format doubles. */
export type CelType = 'int' | 'uint' | 'double' | 'string' | 'bool' | 'null' | 'list' | 'map' | 'dyn';

/**
 * The runtime modules beyond runtime/cel.ts and runtime/cel-functions.ts (`runtime/cel/<name>.ts`): a generated file
 * includes the ones its rules use, with what each needs.
 */
export type CelLibrary =
  | 'optional'
  | 'types'
  | 'time'
  | 'regex'
  | 'url'
  | 'quantity'
  | 'net'
  | 'format'
  | 'lists'
  | 'strings'
  | 'comprehensions'
  | 'semver';

/** Every library, in the order a generated file includes them (a module after those it uses). */
export const CEL_LIBRARIES: readonly CelLibrary[] = [
  'optional',
  'types',
  'time',
  'regex',
  'url',
  'quantity',
  'net',
  'format',
  'lists',
  'strings',
  'comprehensions',
  'semver',
];

/** The libraries a library's own code calls. */
export const CEL_LIBRARY_NEEDS: Readonly<Record<CelLibrary, readonly CelLibrary[]>> = {
  optional: [],
  types: [],
  time: [],
  regex: [],
  url: [],
  quantity: [],
  net: [],
  format: ['optional', 'time', 'url'],
  lists: ['optional'],
  strings: [],
  comprehensions: [],
  semver: [],
};

/** The libraries used and every library they need, in include order. */
export function withNeeds(used: Iterable<CelLibrary>): CelLibrary[] {
  const all = new Set<CelLibrary>();
  const add = (library: CelLibrary): void => {
    if (all.has(library)) return;
    all.add(library);
    CEL_LIBRARY_NEEDS[library].forEach(add);
  };
  for (const library of used) add(library);
  return CEL_LIBRARIES.filter((library) => all.has(library));
}

/** One supported function: the helper it compiles to, the argument counts it takes, the type it returns. */
export interface CelFunction {
  readonly helper: string;
  readonly arities: readonly number[];
  readonly result: CelType;
  /** The runtime module the helper lives in, when not the core. */
  readonly library?: CelLibrary;
  /** Passed before the receiver and arguments: the function's name, for helpers that serve several. */
  readonly named?: string;
  /** The arguments are passed as thunks: the helper decides whether to evaluate them (`or`). */
  readonly lazy?: boolean;
}

/** Functions of one library that share one helper taking the function's name first. */
function family(
  library: CelLibrary,
  helper: string,
  names: readonly string[],
  arities: readonly number[],
  result: CelType,
): [string, CelFunction][] {
  return names.map((name) => [name, { helper, arities, result, library, named: name }]);
}

function single(
  library: CelLibrary,
  name: string,
  helper: string,
  arities: readonly number[],
  result: CelType,
): [string, CelFunction] {
  return [name, { helper, arities, result, library }];
}

/** Kubernetes' named formats (`format.dns1123Label()`, ...), apiserver pkg/cel/library/format.go. */
const FORMAT_NAMES = [
  'dns1123Label',
  'dns1123Subdomain',
  'dns1035Label',
  'qualifiedName',
  'dns1123LabelPrefix',
  'dns1123SubdomainPrefix',
  'dns1035LabelPrefix',
  'labelValue',
  'uri',
  'uuid',
  'byte',
  'date',
  'datetime',
];

/** The type names that are values (`type(x) == string`). */
export const CEL_TYPE_NAMES: ReadonlySet<string> = new Set([
  'int',
  'uint',
  'double',
  'bool',
  'string',
  'bytes',
  'list',
  'map',
  'null_type',
  'type',
  'optional_type',
  'google.protobuf.Duration',
  'google.protobuf.Timestamp',
  'net.IP',
  'net.CIDR',
  'kubernetes.URL',
  'kubernetes.Quantity',
  'kubernetes.Semver',
]);

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
  ...family(
    'time',
    '$cel_timeAccessor',
    [
      'getFullYear',
      'getMonth',
      'getDate',
      'getDayOfMonth',
      'getDayOfWeek',
      'getDayOfYear',
      'getHours',
      'getMinutes',
      'getSeconds',
      'getMilliseconds',
    ],
    [0, 1],
    'int',
  ),
  single('optional', 'hasValue', '$cel_hasValue', [0], 'bool'),
  single('optional', 'value', '$cel_value', [0], 'dyn'),
  single('optional', 'orValue', '$cel_orValue', [1], 'dyn'),
  ['or', { helper: '$cel_optional_or', arities: [1], result: 'dyn', library: 'optional', lazy: true }],
  single('regex', 'find', '$cel_find_regex', [1], 'string'),
  single('regex', 'findAll', '$cel_findAll', [1, 2], 'list'),
  ...family(
    'url',
    '$cel_urlMethod',
    ['getScheme', 'getHost', 'getHostname', 'getPort', 'getEscapedPath'],
    [0],
    'string',
  ),
  ...family('url', '$cel_urlMethod', ['getQuery'], [0], 'map'),
  ...family('quantity', '$cel_quantityMethod', ['sign', 'asInteger'], [0], 'int'),
  ...family('quantity', '$cel_quantityMethod', ['isInteger'], [0], 'bool'),
  ...family('quantity', '$cel_quantityMethod', ['asApproximateFloat'], [0], 'double'),
  // Quantities and versions: the value knows its order (runtime/cel.ts $cel_orderMethod), so no library is named.
  ['compareTo', { helper: '$cel_orderMethod', arities: [1], result: 'int', named: 'compareTo' }],
  ['isGreaterThan', { helper: '$cel_orderMethod', arities: [1], result: 'bool', named: 'isGreaterThan' }],
  ['isLessThan', { helper: '$cel_orderMethod', arities: [1], result: 'bool', named: 'isLessThan' }],
  ...family('semver', '$cel_semverPart', ['major', 'minor', 'patch'], [0], 'int'),
  ...family('quantity', '$cel_quantityMethod', ['add', 'sub'], [1], 'dyn'),
  ...family('net', '$cel_netMethod', ['family', 'prefixLength'], [0], 'int'),
  ...family(
    'net',
    '$cel_netMethod',
    ['isUnspecified', 'isLoopback', 'isLinkLocalMulticast', 'isLinkLocalUnicast', 'isGlobalUnicast'],
    [0],
    'bool',
  ),
  ...family('net', '$cel_netMethod', ['masked'], [0], 'dyn'),
  ...family('net', '$cel_netMethod', ['containsIP', 'containsCIDR'], [1], 'bool'),
  single('net', 'ip', '$cel_ip', [0], 'dyn'),
  single('format', 'validate', '$cel_format_validate', [1], 'dyn'),
  single('lists', 'isSorted', '$cel_isSorted', [0], 'bool'),
  single('lists', 'sum', '$cel_sum', [0], 'dyn'),
  single('lists', 'min', '$cel_min', [0], 'dyn'),
  single('lists', 'max', '$cel_max', [0], 'dyn'),
  single('strings', 'charAt', '$cel_charAt', [1], 'string'),
  single('strings', 'reverse', '$cel_reverse', [0], 'dyn'),
  single('lists', 'slice', '$cel_slice', [2], 'list'),
  single('lists', 'flatten', '$cel_flatten', [0, 1], 'list'),
  single('lists', 'distinct', '$cel_distinct', [0], 'list'),
  single('lists', 'sort', '$cel_sort', [0], 'list'),
  ...family('lists', '$cel_firstLast', ['first', 'last'], [0], 'dyn'),
  single('strings', 'format', '$cel_format_text', [1], 'string'),
]);

/** Global functions, `name(args)`. `string` and `has` are special-cased by the compiler. */
export const CEL_FUNCTIONS: ReadonlyMap<string, CelFunction> = new Map<string, CelFunction>([
  ['size', { helper: '$cel_size', arities: [1], result: 'int' }],
  ['matches', { helper: '$cel_matches', arities: [2], result: 'bool' }],
  ['int', { helper: '$cel_int', arities: [1], result: 'int' }],
  ['double', { helper: '$cel_double', arities: [1], result: 'double' }],
  ['uint', { helper: '$cel_uint', arities: [1], result: 'uint' }],
  ['bool', { helper: '$cel_toBool', arities: [1], result: 'bool' }],
  single('types', 'type', '$cel_type', [1], 'dyn'),
  single('time', 'duration', '$cel_duration', [1], 'dyn'),
  single('time', 'timestamp', '$cel_timestamp', [1], 'dyn'),
  single('url', 'url', '$cel_url', [1], 'dyn'),
  single('url', 'isURL', '$cel_isURL', [1], 'bool'),
  single('quantity', 'quantity', '$cel_quantity', [1], 'dyn'),
  single('quantity', 'isQuantity', '$cel_isQuantity', [1], 'bool'),
  // Declared as a global overload (apiserver pkg/cel/library/quantity.go `quantity_sign`), documented as a method.
  ['sign', { helper: '$cel_quantityMethod', arities: [1], result: 'int', library: 'quantity', named: 'sign' }],
  single('semver', 'semver', '$cel_semver', [1, 2], 'dyn'),
  single('semver', 'isSemver', '$cel_isSemver', [1, 2], 'bool'),
  single('net', 'ip.isCanonical', '$cel_ipIsCanonical', [1], 'bool'),
  single('net', 'ip', '$cel_ip', [1], 'dyn'),
  single('net', 'isIP', '$cel_isIP', [1], 'bool'),
  single('net', 'cidr', '$cel_cidr', [1], 'dyn'),
  single('net', 'isCIDR', '$cel_isCIDR', [1], 'bool'),
  single('lists', 'sets.contains', '$cel_sets_contains', [2], 'bool'),
  single('lists', 'sets.equivalent', '$cel_sets_equivalent', [2], 'bool'),
  single('lists', 'sets.intersects', '$cel_sets_intersects', [2], 'bool'),
  single('optional', 'optional.of', '$cel_optional', [1], 'dyn'),
  single('optional', 'optional.none', '$cel_optional_none', [0], 'dyn'),
  single('optional', 'optional.ofNonZeroValue', '$cel_optional_ofNonZero', [1], 'dyn'),
  single('format', 'format.named', '$cel_format_named', [1], 'dyn'),
  ...FORMAT_NAMES.map((name): [string, CelFunction] => [
    `format.${name}`,
    { helper: '$cel_format', arities: [0], result: 'dyn', library: 'format', named: name },
  ]),
  single('strings', 'strings.quote', '$cel_quote', [1], 'string'),
  single('lists', 'lists.range', '$cel_range_list', [1], 'list'),
]);

/** The namespaces of global functions (`sets.contains(...)`): `ns.f(...)` calls one when `ns` is not a variable. */
export const CEL_NAMESPACES: ReadonlySet<string> = new Set(['sets', 'optional', 'format', 'strings', 'ip', 'lists']);

/** Comprehension macros, `range.name(var, …)`: the helper and how many expressions follow the variable. */
export const CEL_MACROS: ReadonlyMap<
  string,
  {
    readonly helper: string;
    readonly bodies: readonly number[];
    readonly result: CelType;
    readonly library?: CelLibrary;
  }
> = new Map([
  ['sortBy', { helper: '$cel_sortBy', bodies: [1], result: 'list' as CelType, library: 'lists' as CelLibrary }],
  ['optMap', { helper: '$cel_optMap', bodies: [1], result: 'dyn' as CelType, library: 'optional' as CelLibrary }],
  [
    'optFlatMap',
    { helper: '$cel_optFlatMap', bodies: [1], result: 'dyn' as CelType, library: 'optional' as CelLibrary },
  ],
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

/** cel-go's two-variable comprehensions (ext/comprehensions.go, Kubernetes 1.32+): helper, body counts, result. */
export const CEL_TWO_VARIABLE_MACROS: ReadonlyMap<
  string,
  { readonly helper: string; readonly bodies: readonly number[]; readonly result: CelType }
> = new Map([
  ['all', { helper: '$cel_all2', bodies: [1], result: 'bool' as CelType }],
  ['exists', { helper: '$cel_exists2', bodies: [1], result: 'bool' as CelType }],
  ['existsOne', { helper: '$cel_existsOne2', bodies: [1], result: 'bool' as CelType }],
  ['exists_one', { helper: '$cel_existsOne2', bodies: [1], result: 'bool' as CelType }],
  ['transformList', { helper: '$cel_transformList', bodies: [1, 2], result: 'list' as CelType }],
  ['transformMap', { helper: '$cel_transformMap', bodies: [1, 2], result: 'map' as CelType }],
  ['transformMapEntry', { helper: '$cel_transformMapEntry', bodies: [1, 2], result: 'map' as CelType }],
]);
