// specgen:strip-begin
// The validators' runtime: the result types, the error builders and the format checks that every generated
// validators.ts starts with (templates/validators.hbs includes it). `$` names are internal to the generated file.
// specgen:strip-end
/** The kinds of field error the Kubernetes API server reports (k8s.io/apimachinery/pkg/util/validation/field). */
export type FieldErrorType =
  | "FieldValueRequired"
  | "FieldValueInvalid"
  | "FieldValueNotSupported"
  | "FieldValueTypeInvalid"
  | "FieldValueTooLong"
  | "FieldValueTooMany"
  | "FieldValueDuplicate"
  | "FieldValueNotFound"
  | "FieldValueForbidden";

/** One problem with one field, worded as the API server words it in a 422 Invalid response. */
export interface FieldError {
  /** The Kubernetes field path, e.g. `spec.from.name`, `status.items[2].created`, `metadata.annotations[foo]`. */
  readonly path: string;
  readonly type: FieldErrorType;
  /** The full message, path included, e.g. `spec.referencePolicy.type: Unsupported value: "Foo": supported values: "Local", "Source"`. */
  readonly message: string;
  readonly value?: unknown;
}

/** How to validate. */
export interface ValidateOptions {
  /**
   * `request` (the default) checks what the server accepts on create; `response` accepts everything a real server
   * sends (Go's nulls, fields left out of list items). A model with an input form (readOnly or writeOnly members)
   * checks its response form by default, and `<Name>Input` its request form.
   */
  readonly mode?: "request" | "response";
  /** `ignore` (the default) tolerates fields this client does not know; `reject` reports them, as strict field validation does. */
  readonly unknownFields?: "ignore" | "reject";
}

/** The result of `validateX`: the value, typed, or every error found. */
export type ValidationResult<T> =
  { readonly valid: true; readonly value: T } | { readonly valid: false; readonly errors: readonly FieldError[] };

/** Thrown by `assertX`; carries every field error. */
export class ValidationError extends Error {
  readonly errors: readonly FieldError[];

  constructor(errors: readonly FieldError[]) {
    super(
      errors.length === 1
        ? errors[0]!.message
        : `${errors.length} field errors:\n${errors.map((error) => `- ${error.message}`).join("\n")}`,
    );
    this.name = "ValidationError";
    this.errors = errors;
  }
}

/**
 * Where a value is, as the guards pass it down: the field path, or a link to the parent's with one more segment. Paths
 * are needed only for errors, so `$field`/`$index`/`$key` link (no string is built for a value that has no error)
 * and the error builders spell the path out (`$pathText`). The root is "".
 */
type $Path = string | { readonly up: $Path; readonly key: string | number; readonly bracket: boolean };

/** The field path `p` stands for: `spec.from.name`, `status.items[2]`, `metadata.annotations[foo]`. */
function $pathText(p: $Path): string {
  if (typeof p === "string") return p;
  const up = $pathText(p.up);
  return p.bracket ? `${up}[${p.key}]` : up === "" ? (p.key as string) : `${up}.${p.key}`;
}

type Guard = (v: unknown, p: $Path, e: FieldError[] | null, r: boolean, s: number, d: number) => boolean;

const $hasOwnProperty = Object.prototype.hasOwnProperty;

function $hasOwn(o: object, k: string): boolean {
  return $hasOwnProperty.call(o, k);
}

/**
 * Object.prototype, which the guards compare an object's prototype with and read names from: on an object whose
 * prototype is this (or null), a name Object.prototype lacks is never inherited, so a value found is own without a
 * `$hasOwn` call. A guard checks once per object, before it reads the object, that Object.prototype lacks the names
 * it reads (`$fields<N>`); a polluted name, or any other prototype (a class instance, `Object.create(proto)`), makes
 * it read through `$own`. (A getter of that same object that pollutes Object.prototype while it is read is not seen.)
 */
const $objectPrototype = Object.prototype as unknown as Readonly<Record<string, unknown>>;

/** An object whose fields a guard reads. */
type $Object = Readonly<Record<string, unknown>>;

/** A guard's fields test (`$fields<N>`): whether `o` has none of an object type's fields. */
type $Fields = (o: $Object) => boolean;

/** The fields test of a type without fields. */
const $noFields: $Fields = () => true;

/** The names of an object type's fields, read-only (a model may be named `ReadonlySet`, so not that type). */
type $Names = { readonly has: (name: string) => boolean };

/**
 * The names a fields test reads, found by running it once on a recorder: the guards module makes one constant
 * (`$names<N>`) per fields test an unknown-field check uses, at load, so the bundle holds each name list once.
 */
function $namesOf(fields: $Fields): $Names {
  const read = new Set<string>();
  fields(
    new globalThis.Proxy<$Object>(
      {},
      {
        get: (_, name) => {
          if (typeof name === "string") read.add(name);
          return undefined;
        },
      },
    ),
  );
  return read;
}

/**
 * The fields test `fields`, answering `has(name)` too for the names it reads (`$namesOf`, once at load): the guards
 * module makes the fields test of each type an unknown-field check covers this way, so it is one constant, not two.
 */
function $named(fields: $Fields): $Fields & $Names {
  const names = $namesOf(fields);
  return Object.freeze(Object.assign(fields, { has: (name: string) => names.has(name) }));
}

const $noKeys: readonly string[] = [];

/**
 * The own enumerable keys of `v`, in for-in order, that are none of `names` (a fields test's, `$namesOf`) nor one
 * of `also` (a type's fields that Object.prototype has, which the test leaves out): the unknown fields.
 */
function $unknownKeys(v: $Object, names: $Names, also?: readonly string[]): readonly string[] {
  let unknown: string[] | undefined;
  for (const k in v) {
    if (!$hasOwn(v, k) || names.has(k) || (also !== undefined && also.includes(k))) continue;
    (unknown ??= []).push(k);
  }
  return unknown ?? $noKeys;
}

/**
 * Whether `v` has no key that is none of its fields (`names`, and `also`: those Object.prototype has); each such key
 * is reported an unknown field (the strict decoder's error), in key order. One call per checked object, guards and
 * decode functions alike.
 */
function $knownOnly(
  v: Readonly<Record<string, unknown>>,
  names: { readonly has: (name: string) => boolean },
  p: $Path,
  e: FieldError[] | null,
  also?: readonly string[],
): boolean {
  const unknown = $unknownKeys(v, names, also);
  if (unknown.length === 0) return true;
  if (e !== null) for (const k of unknown) e.push($unknownField($field(p, k), v[k]));
  return false;
}

/** Reads only own properties of the target: an inherited name reads as absent. */
const $ownOnly = {
  get: (target: Record<string, unknown>, key: string | symbol): unknown =>
    typeof key === "string" && $hasOwn(target, key) ? target[key] : undefined,
};

/**
 * A view of `v` whose reads find its own properties only (each read asks `$hasOwn`, then reads once). Through
 * `globalThis`, as a model may be named like any global the runtime mentions.
 */
function $own(v: Record<string, unknown>): Record<string, unknown> {
  return new globalThis.Proxy(v, $ownOnly);
}

function $isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A high surrogate: without one, code points and UTF-16 units are the same count. */
const $highSurrogate = /[\ud800-\udbff]/;

/** String length in code points, as JSON Schema counts it. */
function $length(s: string): number {
  // One regular expression scan is about three times faster than the loop below on strings without surrogates.
  if (!$highSurrogate.test(s)) return s.length;
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** The value of `n` decimal digits at `s[at]`, or -1 when any of them is not a digit. */
function $digits(s: string, at: number, n: number): number {
  let value = 0;
  for (let i = at; i < at + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

/**
 * RFC 3339 as Go's time.Parse(time.RFC3339) accepts it: upper-case T and Z, real dates, no leap second. Read by hand,
 * without a regular expression's match array: timestamps are everywhere in Kubernetes objects.
 */
function $isDateTime(s: string): boolean {
  if (
    s.length < 20 ||
    s.charCodeAt(4) !== 45 ||
    s.charCodeAt(7) !== 45 ||
    s.charCodeAt(10) !== 84 ||
    s.charCodeAt(13) !== 58 ||
    s.charCodeAt(16) !== 58
  )
    return false;
  const year = $digits(s, 0, 4),
    month = $digits(s, 5, 2),
    day = $digits(s, 8, 2);
  const hour = $digits(s, 11, 2),
    minute = $digits(s, 14, 2),
    second = $digits(s, 17, 2);
  if (
    year < 0 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    hour < 0 ||
    hour > 23 ||
    minute < 0 ||
    minute > 59 ||
    second < 0 ||
    second > 59
  )
    return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  if (day > days) return false;
  let i = 19;
  if (s.charCodeAt(i) === 46) {
    i++;
    const start = i;
    while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    if (i === start) return false;
  }
  if (i === s.length - 1) return s.charCodeAt(i) === 90;
  if (i !== s.length - 6 || (s.charCodeAt(i) !== 43 && s.charCodeAt(i) !== 45) || s.charCodeAt(i + 3) !== 58)
    return false;
  const offsetHour = $digits(s, i + 1, 2),
    offsetMinute = $digits(s, i + 4, 2);
  return offsetHour >= 0 && offsetHour < 24 && offsetMinute >= 0 && offsetMinute < 60;
}

const $base64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Standard base64 with padding, as Go's encoding/json decodes []byte (its decoder skips CR and LF). */
function $isBase64(s: string): boolean {
  return $base64.test(s.indexOf("\n") < 0 && s.indexOf("\r") < 0 ? s : s.replace(/[\r\n]/g, ""));
}

function $isMultipleOf(n: number, m: number): boolean {
  const q = n / m;
  return Math.abs(q - Math.round(q)) < 1e-9;
}

/**
 * A value `===` compares as `$canonical` does: a string, a boolean, a finite number (one JSON text each), null or
 * undefined. Short lists of such values are compared pairwise, with no key strings built.
 */
function $simple(v: unknown): boolean {
  return (
    v === null || v === undefined || typeof v === "string" || typeof v === "boolean" || Number.isFinite(v as number)
  );
}

/** Lists up to this long are compared pairwise when their values are simple (`$simple`). */
const $pairwise = 8;

/** Index of the first item equal (as JSON) to an earlier one, or -1. */
function $duplicateIndex(items: readonly unknown[]): number {
  if (items.length < 2) return -1;
  if (items.length <= $pairwise && items.every($simple)) {
    for (let i = 1; i < items.length; i++) for (let j = 0; j < i; j++) if (items[i] === items[j]) return i;
    return -1;
  }
  const seen = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const key = $canonical(items[i]);
    if (seen.has(key)) return i;
    seen.add(key);
  }
  return -1;
}

/**
 * Index of the first object item whose values at `keys` equal (as JSON) an earlier one's, or -1: the uniqueness of an
 * `x-kubernetes-list-type: map` list. Items that are not objects are left to their own checks. `checked` says that
 * every item has passed its guard and the one key is a scalar field the item type requires in both modes (the
 * generator's word, given only in the allocation-free pass, which returns at an item's first failure): an object
 * item's key is then its own scalar, read and compared directly.
 */
function $duplicateKeyIndex(items: readonly unknown[], keys: readonly string[], checked = false): number {
  if (items.length < 2) return -1;
  const found =
    items.length > $pairwise
      ? -2
      : checked
        ? $duplicateRequiredKeyPairwise(items, keys[0]!)
        : $duplicateKeyIndexPairwise(items, keys);
  if (found !== -2) return found;
  const seen = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!$isObject(item)) continue;
    const key = $canonical(keys.map((k) => ($hasOwn(item, k) ? item[k] : undefined)));
    if (seen.has(key)) return i;
    seen.add(key);
  }
  return -1;
}

/**
 * `$duplicateKeyIndex` of checked items (see there) by one key, pairwise: no `$hasOwn` (its two calls per pair were
 * most of this check's cost in a small Pod's request-mode `isPod`, bench/README.md session 7) and no `$simple`.
 */
function $duplicateRequiredKeyPairwise(items: readonly unknown[], key: string): number {
  for (let i = 1; i < items.length; i++) {
    const a = items[i];
    if (!$isObject(a)) continue;
    const x = a[key];
    for (let j = 0; j < i; j++) {
      const b = items[j];
      if ($isObject(b) && b[key] === x) return i;
    }
  }
  return -1;
}

/** `$duplicateKeyIndex` by comparing items pairwise, or -2 when a key value is not simple (`$simple`). */
function $duplicateKeyIndexPairwise(items: readonly unknown[], keys: readonly string[]): number {
  for (let i = 1; i < items.length; i++) {
    const a = items[i];
    if (!$isObject(a)) continue;
    for (let j = 0; j < i; j++) {
      const b = items[j];
      if (!$isObject(b)) continue;
      let same = true;
      for (const k of keys) {
        const x = $hasOwn(a, k) ? a[k] : undefined;
        const y = $hasOwn(b, k) ? b[k] : undefined;
        if (!$simple(x) || !$simple(y)) return -2;
        if (x !== y) {
          same = false;
          break;
        }
      }
      if (same) return i;
    }
  }
  return -1;
}

/** The key fields of a list-map item, as the API server shows a duplicate. */
function $keysOf(item: unknown, keys: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  if ($isObject(item)) for (const k of keys) if ($hasOwn(item, k)) picked[k] = item[k];
  return picked;
}

/**
 * The old items of an `x-kubernetes-list-type: map` list by their map keys (as `$canonical` of `$keysOf`), so a
 * transition rule finds an item's old value (apiextensions-apiserver pkg/apiserver/schema/cel/maplist.go), or
 * undefined when the old value is not a list.
 */
function $correlate(old: unknown, keys: readonly string[]): Map<string, unknown> | undefined {
  if (!Array.isArray(old)) return undefined;
  const byKey = new Map<string, unknown>();
  for (const item of old) if ($isObject(item)) byKey.set($canonical($keysOf(item, keys)), item);
  return byKey;
}

function $canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map($canonical).join(",")}]`;
  if ($isObject(v))
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${$canonical(v[k])}`)
      .join(",")}}`;
  return JSON.stringify(v) ?? "undefined";
}

/** A deep copy of a JSON value (arrays and plain objects, own keys), bounded in depth: what `defaultX` returns. */
function $copyJson(v: unknown, d = 0): unknown {
  if (typeof v !== "object" || v === null || d > 256) return v;
  if (Array.isArray(v)) return v.map((item) => $copyJson(item, d + 1));
  const copy: Record<string, unknown> = {};
  for (const k of Object.keys(v)) copy[k] = $copyJson((v as Record<string, unknown>)[k], d + 1);
  return copy;
}

/** The path of a field (`name` may hold dots: `spec.name`); a top-level field's is the name itself. */
function $field(p: $Path, name: string): $Path {
  return p === "" ? name : { up: p, key: name, bracket: false };
}

/** The path of a list item. */
function $index(p: $Path, i: number): $Path {
  return { up: p, key: i, bracket: true };
}

/** The path of a map value. */
function $key(p: $Path, k: string): $Path {
  return { up: p, key: k, bracket: true };
}

/** A value as the API server quotes it in messages: strings quoted, short; bounded work on any value. */
function $show(v: unknown): string {
  const limit = 120;
  let text = "";
  const put = (part: string): boolean => {
    text += part;
    return text.length <= limit;
  };
  const walk = (x: unknown, depth: number): boolean => {
    if (typeof x === "string") return put(JSON.stringify(x.length > limit ? x.slice(0, limit) : x));
    if (typeof x === "number" || typeof x === "boolean" || x === null) return put(String(x));
    if (typeof x !== "object") return put(typeof x);
    if (depth > 3) return put(Array.isArray(x) ? "[...]" : "{...}");
    if (Array.isArray(x)) {
      if (!put("[")) return false;
      for (let i = 0; i < x.length; i++) if (!(i === 0 || put(",")) || !walk(x[i], depth + 1)) return false;
      return put("]");
    }
    if (!put("{")) return false;
    let first = true;
    for (const k of Object.keys(x)) {
      if (!(first || put(",")) || !put(`${JSON.stringify(k)}:`) || !walk((x as Record<string, unknown>)[k], depth + 1))
        return false;
      first = false;
    }
    return put("}");
  };
  try {
    walk(v, 0);
  } catch {
    return Array.isArray(v) ? "[...]" : "{...}";
  }
  return text.length > limit ? `${text.slice(0, limit - 3)}...` : text;
}

function $error(at: $Path, type: FieldErrorType, text: string, value?: unknown, withValue = false): FieldError {
  const path = $pathText(at);
  const message = path === "" ? text : `${path}: ${text}`;
  return withValue ? { path, type, message, value } : { path, type, message };
}

function $required(path: $Path): FieldError {
  return $error(path, "FieldValueRequired", "Required value");
}

function $invalid(path: $Path, value: unknown, detail: string): FieldError {
  return $error(path, "FieldValueInvalid", `Invalid value: ${$show(value)}: ${detail}`, value, true);
}

/** A guard's answer for a value nested deeper than the limit: reported when errors are collected. */
function $tooDeep(v: unknown, p: $Path, e: FieldError[] | null): false {
  if (e !== null) e.push($invalid(p, v, "is nested too deeply"));
  return false;
}

/** Records `error` and answers false, for `ok = $fail(e, error)`: one call instead of two statements per check. */
function $fail(e: FieldError[], error: FieldError): false {
  e.push(error);
  return false;
}

function $typeInvalid(path: $Path, value: unknown, expected: string): FieldError {
  return $error(
    path,
    "FieldValueTypeInvalid",
    `Invalid value: ${$show(value)}: must be ${/^[aeiou]/.test(expected) ? "an" : "a"} ${expected}`,
    value,
    true,
  );
}

function $notSupported(path: $Path, value: unknown, supported: readonly unknown[]): FieldError {
  const list = supported.map((s) => JSON.stringify(s)).join(", ");
  return $error(
    path,
    "FieldValueNotSupported",
    `Unsupported value: ${$show(value)}: supported values: ${list}`,
    value,
    true,
  );
}

function $unknownField(at: $Path, value: unknown): FieldError {
  const path = $pathText(at);
  return $error(
    path,
    "FieldValueNotSupported",
    `Unsupported value: unknown field ${JSON.stringify(path)}`,
    value,
    true,
  );
}

/** Marks the errors of CEL rules (`$rule`), which the server skips after a blocking schema error. */
const $ruleMark = Symbol("x-kubernetes-validations");

/**
 * A failed `x-kubernetes-validations` rule, worded as the API server words CEL failures: the value it quotes is the
 * schema type of the value the rule is attached to (`schemaType`: "object", "string", ... or "" for untyped schemas),
 * and a Duplicate carries no message (field.Duplicate).
 */
function $rule(path: $Path, type: FieldErrorType, message: string, schemaType = "object", node = path): FieldError {
  const error =
    type === "FieldValueForbidden"
      ? $error(path, type, `Forbidden: ${message}`)
      : type === "FieldValueRequired"
        ? $error(path, type, `Required value: ${message}`)
        : type === "FieldValueDuplicate"
          ? $error(path, type, `Duplicate value: ${JSON.stringify(schemaType)}`)
          : $error(path, "FieldValueInvalid", `Invalid value: ${JSON.stringify(schemaType)}: ${message}`);
  // Not enumerable: the error reads and serialises as any other; only runtime/cel-blocking.ts and ratchet.ts ask. It
  // holds the path of the value the rule is written on, which a rule's `fieldPath` makes differ from the error's.
  Object.defineProperty(error, $ruleMark, { value: node === path ? error.path : $pathText(node) });
  return error;
}

/** Whether a field error is a CEL rule's. */
function $isRuleError(error: FieldError): boolean {
  return $ruleNode(error) !== undefined;
}

/** The path of the value a CEL rule's error is about (where the rule is written), or undefined for other errors. */
function $ruleNode(error: FieldError): string | undefined {
  return (error as { [$ruleMark]?: string })[$ruleMark];
}

function $tooLong(path: $Path, value: unknown, max: number): FieldError {
  return $error(path, "FieldValueTooLong", `Too long: may not be more than ${max} characters`, value, true);
}

function $tooMany(path: $Path, count: number, max: number): FieldError {
  return $error(path, "FieldValueTooMany", `Too many: ${count}: must have at most ${max} items`, count, true);
}

function $duplicate(path: $Path, value: unknown): FieldError {
  return $error(path, "FieldValueDuplicate", `Duplicate value: ${$show(value)}`, value, true);
}

/** A transition-rule walker: the old value, then the new one, then as a guard (without the unknown-field setting). */
type $Walker = (o: unknown, v: unknown, p: $Path, e: FieldError[] | null, r: boolean, d: number) => boolean;

/** The guard of an update: the new value checked in full, then its transition rules against the old value. */
function $update(guard: Guard, walker: $Walker, old: unknown): Guard {
  return (v, p, e, r, s, d) => {
    const ok = guard(v, p, e, r, s, d);
    if (!ok && e === null) return false;
    return walker(old, v, p, e, r, d) && ok;
  };
}

const $fast = {
  request: [false, 0],
  response: [true, 0],
  requestStrict: [false, 1],
  responseStrict: [true, 1],
} as const;

/**
 * The mode flags of the options, as [response, unknown fields], without allocating; unknown values mean the defaults
 * (the mode is `response` by default for the response form of a model that has an input form).
 */
function $flags(options: ValidateOptions | null | undefined, responseByDefault = false): readonly [boolean, number] {
  if (options === undefined || options === null) return responseByDefault ? $fast.response : $fast.request;
  const strict = options.unknownFields === "reject";
  return options.mode === "response" || (responseByDefault && options.mode !== "request")
    ? strict
      ? $fast.responseStrict
      : $fast.response
    : strict
      ? $fast.requestStrict
      : $fast.request;
}

function $is(
  guard: Guard,
  value: unknown,
  options: ValidateOptions | null | undefined,
  responseByDefault = false,
): boolean {
  // Indexed, not destructured: array destructuring goes through the iterator protocol.
  const flags = $flags(options, responseByDefault);
  try {
    return guard(value, "", null, flags[0], flags[1], 0);
  } catch {
    return false;
  }
}

/** The error for a value whose reading threw (a getter, a proxy): made only then, no closure per call. */
function $unreadable(error: unknown): FieldError {
  return $error(
    "",
    "FieldValueInvalid",
    `Invalid value: the value could not be read: ${error instanceof Error ? error.message : "unknown error"}`,
  );
}

function $validate<T>(
  guard: Guard,
  value: unknown,
  options: ValidateOptions | null | undefined,
  responseByDefault = false,
): ValidationResult<T> {
  const flags = $flags(options, responseByDefault);
  // One pass: paths are links (`$Path`) until an error spells one out, so collecting costs a valid value next to
  // nothing, and an invalid one is not read twice. The guard's verdict decides, as in isX.
  const errors: FieldError[] = [];
  try {
    if (guard(value, "", errors, flags[0], flags[1], 0) && errors.length === 0)
      return { valid: true, value: value as T };
  } catch (error) {
    errors.push($unreadable(error));
  }
  if (errors.length === 0) errors.push($error("", "FieldValueInvalid", "Invalid value"));
  return { valid: false, errors: $distinct(errors) };
}

/**
 * The errors without repeats: two `allOf` branches that require the same field report it once, as the API server's
 * field.ErrorList.ToAggregate (k8s.io/apimachinery/pkg/util/validation/field/errors.go) drops repeated messages.
 */
function $distinct(errors: FieldError[]): FieldError[] {
  if (errors.length < 2) return errors;
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.type}\n${error.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// specgen:strip-begin
// Internals of the generated file, exported here for this module's unit tests only.
export {
  type $Path,
  $hasOwnProperty,
  $objectPrototype,
  $own,
  $noFields,
  $namesOf,
  $named,
  $unknownKeys,
  $knownOnly,
  $hasOwn,
  $isObject,
  $length,
  $digits,
  $isDateTime,
  $base64,
  $isBase64,
  $isMultipleOf,
  $duplicateIndex,
  $duplicateKeyIndex,
  $keysOf,
  $correlate,
  $canonical,
  $copyJson,
  $pathText,
  $field,
  $index,
  $key,
  $show,
  $error,
  $required,
  $invalid,
  $typeInvalid,
  $tooDeep,
  $fail,
  $notSupported,
  $unknownField,
  $rule,
  $isRuleError,
  $ruleNode,
  $tooLong,
  $tooMany,
  $duplicate,
  $update,
  $fast,
  $flags,
  $is,
  $validate,
};
// specgen:strip-end
