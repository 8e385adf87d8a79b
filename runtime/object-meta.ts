// specgen:strip-begin
// The ObjectMeta rules every Kubernetes API server applies to a create or update whatever the kind, included by
// validators.hbs when a model is a stored kind: apimachinery pkg/api/validation/objectmeta.go
// ValidateObjectMetaAccessor (name and generateName with the kind's name rule, labels, annotations and their size),
// which apiserver pkg/registry/rest/create.go BeforeCreate runs with path.ValidatePathSegmentName for every kind after
// the kind's own validation (pkg/apis/<group>/validation, with the name function generator/kubernetes-name-rules.ts
// lists), and apiextensions-apiserver pkg/registry/customresource/validator.go with NameIsDNSSubdomain for custom
// resources. Messages as apimachinery pkg/util/validation/validation.go words them.
import { $error, $field, $invalid, $isObject, $rule, type $Path, type FieldError } from "./validators.js";
import {
  $dns1123SubdomainProblems,
  $nameFits,
  $nameProblems,
  $utf8Length,
  type $OwnName,
} from "./object-meta-names.js";

// specgen:strip-end
// Go's expressions with their groups non-capturing: the same language, and V8 tests them about twice as fast.
const $qualifiedNamePart = /^(?:[A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const $labelValue = /^(?:(?:[A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

const $qualifiedNameMessage =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const $labelValueMessage =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
/** `TotalAnnotationSizeLimitB`: keys and values together, in bytes. */
const $annotationsLimit = 256 * 1024;

/** IsQualifiedName's messages (an optional DNS subdomain prefix and `/`, then a name of at most 63), or undefined. */
function $qualifiedNameProblems(value: string): string[] | undefined {
  const slash = value.indexOf("/");
  const name = slash < 0 ? value : value.slice(slash + 1);
  if (slash >= 0 && name.indexOf("/") >= 0)
    return [
      `a qualified name ${$qualifiedNameMessage} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
    ];
  const prefix = slash < 0 ? undefined : value.slice(0, slash);
  const prefixProblems =
    prefix === undefined ? undefined : prefix === "" ? ["must be non-empty"] : $dns1123SubdomainProblems(prefix);
  if (prefixProblems === undefined && $simpleName(name)) return undefined;
  const problems = (prefixProblems ?? []).map((problem) => `prefix part ${problem}`);
  if (name.length === 0) problems.push("name part must be non-empty");
  else if ($utf8Length(name) > 63) problems.push("name part must be no more than 63 characters");
  if (!$qualifiedNamePart.test(name)) problems.push(`name part ${$qualifiedNameMessage}`);
  return problems;
}

/**
 * Whether `s` is 1 to 63 of `[-A-Za-z0-9_.]` starting and ending with an alphanumeric: a label value or an unprefixed
 * qualified name that passes (`$qualifiedNamePart` with its length), by character codes, which V8 runs several times
 * faster than the expression on the short strings labels are. False leaves the answer to the full check.
 */
function $simpleName(s: string): boolean {
  const n = s.length;
  if (n === 0 || n > 63) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)) continue;
    if ((c === 45 || c === 46 || c === 95) && i !== 0 && i !== n - 1) continue;
    return false;
  }
  return true;
}

/** IsValidLabelValue's messages, or undefined. */
function $labelValueProblems(value: string): string[] | undefined {
  const long = $utf8Length(value) > 63;
  const malformed = !$labelValue.test(value);
  if (!long && !malformed) return undefined;
  const problems: string[] = [];
  if (long) problems.push("must be no more than 63 characters");
  if (malformed) problems.push($labelValueMessage);
  return problems;
}

/**
 * Whether the annotations pass ValidateAnnotationsSize (at most 256 KiB of keys and values): counted in code units
 * first, in bytes only when a value might be past the limit.
 */
function $annotationsFit(annotations: Readonly<Record<string, unknown>>): boolean {
  let units = 0;
  const keys = Object.keys(annotations);
  for (const k of keys) {
    const v = annotations[k];
    units += k.length + (typeof v === "string" ? v.length : 0);
  }
  if (units * 3 <= $annotationsLimit) return true;
  let bytes = 0;
  for (const k of keys) {
    const v = annotations[k];
    bytes += $utf8Length(k) + (typeof v === "string" ? $utf8Length(v) : 0);
  }
  return bytes <= $annotationsLimit;
}

/**
 * One `Invalid value` error per problem, at `metadata.<field>`; a problem starting with `Forbidden: ` (a kind's own
 * name function's, e.g. PriorityClass's reserved prefix) is a FieldValueForbidden error with no value.
 */
function $invalidEach(e: FieldError[], p: $Path, field: string, value: unknown, problems: readonly string[]): void {
  for (const problem of problems)
    e.push(
      problem.startsWith("Forbidden: ")
        ? $error($field(p, field), "FieldValueForbidden", problem)
        : $invalid($field(p, field), value, problem),
    );
}

/**
 * Each label key and value (IsQualifiedName, IsValidLabelValue), errors at `metadata.labels`; without `e` it stops at
 * the first problem. Apart from `$createMeta` so that the common call (no labels, or a few) stays small to inline.
 */
function $labelsPass(labels: object, p: $Path, e: FieldError[] | null): boolean {
  let ok = true;
  for (const k of Object.keys(labels)) {
    const keyProblems = $simpleName(k) ? undefined : $qualifiedNameProblems(k);
    if (keyProblems !== undefined) {
      if (e === null) return false;
      ok = false;
      $invalidEach(e, p, "labels", k, keyProblems);
    }
    const value = (labels as Record<string, unknown>)[k];
    const valueProblems =
      typeof value === "string" && value !== "" && !$simpleName(value) ? $labelValueProblems(value) : undefined;
    if (valueProblems !== undefined) {
      if (e === null) return false;
      ok = false;
      $invalidEach(e, p, "labels", value, valueProblems);
    }
  }
  return ok;
}

/** Each annotation key (case-insensitive) and their total size, errors at `metadata.annotations`. */
function $annotationsPass(annotations: object, p: $Path, e: FieldError[] | null): boolean {
  let ok = true;
  for (const k of Object.keys(annotations)) {
    const problems = $qualifiedNameProblems(k.toLowerCase());
    if (problems !== undefined) {
      if (e === null) return false;
      ok = false;
      $invalidEach(e, p, "annotations", k, problems);
    }
  }
  if (!$annotationsFit(annotations as Record<string, unknown>)) {
    if (e === null) return false;
    ok = false;
    e.push(
      $error(
        $field(p, "annotations"),
        "FieldValueTooLong",
        `Too long: may not be more than ${$annotationsLimit} bytes`,
      ),
    );
  }
  return ok;
}

/**
 * The name a create with `generateName` and no name gets before validation (apiserver pkg/storage/names
 * SimpleNameGenerator.GenerateName, called from the create handler): the prefix cut to MaxGeneratedNameLength (58) and
 * five random characters of utilrand's alphabet (`bcdfghjklmnpqrstvwxz2456789`), which every name rule treats alike:
 * shown as `xxxxx`. Go cuts 58 bytes, this 58 UTF-16 units: the same for ASCII, and a prefix that is not ASCII fails
 * every rule with a length limit whatever its cut.
 */
function $generatedName(prefix: string): string {
  return `${prefix.slice(0, 58)}xxxxx`;
}

/**
 * Checks a stored kind's `metadata` on create or update as ValidateObjectMetaAccessor does: a name or generateName
 * given, each by the kind's rule (`rule`, see `$nameProblems`, or the kind's own function `own`, which reads the
 * object), and without a name the one generateName makes; each label key and value, each annotation key
 * (case-insensitive) and the annotations' total size. Values of the wrong type are left to the schema. Reads each
 * field once (the required test and the rules share the reads). True when all pass; without `e` it stops at the
 * first problem and builds no message.
 */
function $createMeta(
  v: Readonly<Record<string, unknown>>,
  rule: number,
  path: $Path,
  e: FieldError[] | null,
  own?: $OwnName,
): boolean {
  const m = v["metadata"];
  const p = e === null ? "" : $field(path, "metadata");
  if (!$isObject(m)) {
    if (e !== null) e.push($rule($field(p, "name"), "FieldValueRequired", "name or generateName is required"));
    return false;
  }
  let ok = true;
  const name = m["name"];
  const generateName = m["generateName"];
  const named = typeof name === "string" && name !== "";
  const generated = typeof generateName === "string" && generateName !== "";
  if (!named && !generated) {
    if (e === null) return false;
    ok = false;
    e.push($rule($field(p, "name"), "FieldValueRequired", "name or generateName is required"));
  }
  if (generated) {
    const problems = own === undefined ? $nameProblems(generateName, true, rule) : own(generateName, true, v);
    if (problems !== undefined) {
      if (e === null) return false;
      ok = false;
      $invalidEach(e, p, "generateName", generateName, problems);
    }
  }
  // Without a name the server makes one from generateName before it validates (`$generatedName`), and checks it.
  const checked = named ? name : generated ? $generatedName(generateName) : undefined;
  if (checked !== undefined && !$nameFits(checked, rule)) {
    const problems = own === undefined ? $nameProblems(checked, false, rule) : own(checked, false, v);
    if (problems !== undefined) {
      if (e === null) return false;
      ok = false;
      $invalidEach(e, p, "name", checked, problems);
    }
  }
  const labels = m["labels"];
  if (typeof labels === "object" && labels !== null && !Array.isArray(labels) && !$labelsPass(labels, p, e)) {
    if (e === null) return false;
    ok = false;
  }
  const annotations = m["annotations"];
  if (
    typeof annotations === "object" &&
    annotations !== null &&
    !Array.isArray(annotations) &&
    !$annotationsPass(annotations, p, e)
  ) {
    if (e === null) return false;
    ok = false;
  }
  return ok;
}

// specgen:strip-begin
// Internals of the generated file, exported here for this module's unit tests only.
export { $qualifiedNameProblems, $labelValueProblems, $annotationsFit, $createMeta, $simpleName, $generatedName };
// specgen:strip-end
