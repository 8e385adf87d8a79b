// Runs CEL's conformance data (@bufbuild/cel-spec, cel-spec v0.25.1's simple tests) through specgen's CEL compiler and
// runtime. A case applies unless a rule in test/cel/conformance-skips.md says why it cannot (protobuf messages, bytes,
// variables other than `self`, ...) or the file lists it by name with the reason.
import { readFileSync } from 'node:fs';
import { tests } from '@bufbuild/cel-spec/testdata/conformance.js';
import { $CelDuration, $CelTimestamp, $cel_duration, $cel_timestamp } from '../../runtime/cel/time.js';
import { $CelType } from '../../runtime/cel/types.js';
import { compileCel } from '../support/cel.js';

/** The suites run: CEL's core language and the extensions Kubernetes enables. */
export const SUITES = [
  'basic',
  'comparisons',
  'conversions',
  'fields',
  'fp_math',
  'integer_math',
  'lists',
  'logic',
  'macros',
  'macros2',
  'optionals',
  'parse',
  'plumbing',
  'string',
  'string_ext',
  'timestamps',
] as const;

/** One conformance case as the package serializes it (protobuf JSON). */
export interface ConformanceCase {
  readonly id: string;
  readonly expr: string;
  readonly original: Readonly<Record<string, unknown>>;
}

interface Suite {
  readonly name: string;
  readonly suites?: readonly Suite[];
  readonly tests?: readonly {
    readonly original: Readonly<Record<string, unknown>> & { name?: string; expr: string };
  }[];
}

/** Every case of the chosen suites, with ids `suite/section/name`. */
export function conformanceCases(): ConformanceCase[] {
  const out: ConformanceCase[] = [];
  const walk = (suite: Suite, path: string): void => {
    for (const test of suite.tests ?? []) {
      out.push({
        id: `${path}/${test.original.name ?? test.original.expr}`,
        expr: test.original.expr,
        original: test.original,
      });
    }
    for (const child of suite.suites ?? []) walk(child, `${path}/${child.name}`);
  };
  for (const suite of (tests as Suite).suites ?? []) {
    if ((SUITES as readonly string[]).includes(suite.name)) walk(suite, suite.name);
  }
  return out;
}

/** The rules (by category) and named skips of the written skip list. */
export interface SkipList {
  readonly named: ReadonlyMap<string, string>;
}

/** Reads the named skips: table rows `| suite/section/name | category |` of test/cel/conformance-skips.md. */
export function readSkipList(): SkipList {
  const text = readFileSync(new URL('./conformance-skips.md', import.meta.url), 'utf8');
  const named = new Map<string, string>();
  for (const line of text.split('\n')) {
    const row = /^\|\s*`([^`]+)`\s*\|\s*([A-Za-z-]+)\s*\|/.exec(line);
    if (row !== null) named.set(row[1]!, row[2]!);
  }
  return { named };
}

const json = (value: unknown): string => JSON.stringify(value) ?? '';

/** The category rule that keeps a case out, or undefined when it applies (conformance-skips.md, "Rules"). */
export function ruleSkip(test: ConformanceCase): string | undefined {
  const o = test.original;
  const text = json(o);
  if (
    o['container'] !== undefined ||
    /objectValue|enumValue|messageType|TestAllTypes|NestedTestAllTypes|google\.protobuf\.(?!Duration\b|Timestamp\b)|\.Int32Value|proto[23]|cel\.expr/.test(
      text,
    )
  ) {
    // Duration and Timestamp results are objects in the serialized form: kept.
    if (
      !/^\{"@type":"type\.googleapis\.com\/google\.protobuf\.(Duration|Timestamp)"/.test(
        json((o['value'] as Record<string, unknown> | undefined)?.['objectValue']),
      ) ||
      o['bindings'] !== undefined
    )
      return 'protobuf';
  }
  if (/bytesValue/.test(text) || /(^|[^A-Za-z0-9_])[bB][rR]?['"]|[rR][bB]['"]|\bbytes\b/.test(test.expr))
    return 'bytes';
  if (o['bindings'] !== undefined || o['typeEnv'] !== undefined) return 'variables';
  if (o['checkOnly'] === true || o['typedResult'] !== undefined) return 'type-check';
  if (/"(int64Value|uint64Value)":"-?\d{16,}"/.test(text) || /\b\d{16,}u?\b|0x[0-9a-fA-F]{14,}/.test(test.expr))
    return 'int64';
  if (/"key":\{"(int64Value|uint64Value|boolValue|doubleValue)"/.test(text)) return 'map-keys';
  if (/[{,]\s*(?:-?[0-9]|true\b|false\b|uint\(|double\()[^:'"]*:/.test(test.expr)) return 'map-keys';
  return undefined;
}

/** The expected value as specgen's runtime holds it (numbers as JavaScript numbers, maps as objects). */
export function expectedValue(value: Readonly<Record<string, unknown>>): unknown {
  const [kind, v] = Object.entries(value)[0] ?? ['nullValue', null];
  switch (kind) {
    case 'int64Value':
    case 'uint64Value':
      return Number(v);
    case 'doubleValue':
      return typeof v === 'number' ? v : Number(v === 'Infinity' ? Infinity : v === '-Infinity' ? -Infinity : NaN);
    case 'stringValue':
    case 'boolValue':
      return v;
    case 'nullValue':
      return null;
    case 'listValue':
      return ((v as { values?: Record<string, unknown>[] }).values ?? []).map(expectedValue);
    case 'mapValue':
      return Object.fromEntries(
        ((v as { entries?: { key: Record<string, unknown>; value: Record<string, unknown> }[] }).entries ?? []).map(
          (entry) => [expectedValue(entry.key), expectedValue(entry.value)],
        ),
      );
    case 'typeValue':
      return new $CelType(String(v));
    case 'objectValue': {
      const object = v as { '@type': string; value: string };
      return object['@type'].endsWith('Duration') ? $cel_duration(object.value) : $cel_timestamp(object.value);
    }
  }
  throw new Error(`unexpected value kind ${kind}`);
}

/** Deep equality with numbers by value (NaN equals NaN, -0 equals 0) and library values by their own equality. */
export function same(actual: unknown, expected: unknown): boolean {
  if (typeof actual === 'number' && typeof expected === 'number')
    return actual === expected || (Number.isNaN(actual) && Number.isNaN(expected));
  if (expected instanceof $CelType || expected instanceof $CelDuration || expected instanceof $CelTimestamp)
    return expected.celEquals(actual);
  if (Array.isArray(expected))
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => same(actual[i], e));
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return false;
    const keys = Object.keys(expected);
    return (
      keys.length === Object.keys(actual).length &&
      keys.every(
        (k) =>
          Object.prototype.hasOwnProperty.call(actual, k) &&
          same((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k]),
      )
    );
  }
  return actual === expected;
}

/** How one case went. */
export type Outcome =
  | { readonly kind: 'pass'; readonly how: 'value' | 'error' | 'refused' }
  | { readonly kind: 'fail'; readonly detail: string };

/** Compiles and runs one case, in both the exact and the fast (short-circuit) form, and compares. */
export function runCase(test: ConformanceCase): Outcome {
  const o = test.original;
  const wantsError = o['evalError'] !== undefined;
  const exact = compileCel(test.expr);
  if (typeof exact !== 'function') {
    return wantsError ? { kind: 'pass', how: 'refused' } : { kind: 'fail', detail: `compile error: ${exact.error}` };
  }
  const fast = compileCel(test.expr, true) as (self: unknown) => unknown;
  let actual: unknown;
  try {
    actual = exact({});
  } catch (error) {
    if (wantsError) return { kind: 'pass', how: 'error' };
    return { kind: 'fail', detail: `threw ${String(error)}` };
  }
  if (wantsError) return { kind: 'fail', detail: `wanted an error, got ${describe(actual)}` };
  // A case with neither `value` nor `evalError` expects `true` (cel-spec simple.proto, SimpleTest.result_matcher).
  const expected = expectedValue((o['value'] ?? { boolValue: true }) as Record<string, unknown>);
  if (!same(actual, expected)) return { kind: 'fail', detail: `got ${describe(actual)}, want ${describe(expected)}` };
  // The fast form gives the same value whenever it does not throw.
  try {
    const quick = fast({});
    if (!same(quick, expected)) return { kind: 'fail', detail: `fast form got ${describe(quick)}` };
  } catch {
    // Falls back to the exact form, as validators do.
  }
  return { kind: 'pass', how: 'value' };
}

function describe(value: unknown): string {
  if (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.getPrototypeOf(value) !== Object.prototype
  )
    return `${value.constructor.name}(${JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))})`;
  return (
    JSON.stringify(value, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v)) ??
    String(value)
  );
}
