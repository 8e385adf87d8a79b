// specgen:strip-begin
// The ObjectMeta rules every Kubernetes API server applies to a create or update whatever the kind, included by
// validators.hbs when a model is a stored kind: apimachinery pkg/api/validation/objectmeta.go
// ValidateObjectMetaAccessor (name and generateName with the kind's name rule, labels, annotations and their size),
// which apiserver pkg/registry/rest/create.go BeforeCreate runs with path.ValidatePathSegmentName for every kind after
// the kind's own validation (pkg/apis/<group>/validation, with the name function generator/kubernetes-name-rules.ts
// lists), and apiextensions-apiserver pkg/registry/customresource/validator.go with NameIsDNSSubdomain for custom
// resources. Messages as apimachinery pkg/util/validation/validation.go words them.
import { $error, $field, $invalid, $isObject, $rule, type $Path, type FieldError } from "./validators.js";

// specgen:strip-end
// Go's expressions with their groups non-capturing: the same language, and V8 tests them about twice as fast.
const $qualifiedNamePart = /^(?:[A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const $labelValue = /^(?:(?:[A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const $configMapKey = /^[-._a-zA-Z0-9]+$/;

const $qualifiedNameMessage =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const $labelValueMessage =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
const $dns1123SubdomainMessage =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const $dns1123LabelMessage =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const $dns1035LabelMessage =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
const $configMapKeyMessage =
  "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";

/** `TotalAnnotationSizeLimitB`: keys and values together, in bytes. */
const $annotationsLimit = 256 * 1024;

/** IsDNS1123Subdomain's messages, or undefined when the value is one (lengths in bytes, as Go's len counts). */
function $dns1123SubdomainProblems(value: string): string[] | undefined {
  const long = $utf8Length(value) > 253;
  const malformed = !$dnsName(value, 1, 1e9);
  if (!long && !malformed) return undefined;
  const problems: string[] = [];
  if (long) problems.push("must be no more than 253 characters");
  if (malformed) problems.push($dns1123SubdomainMessage);
  return problems;
}

/** IsDNS1123Label's messages (one valid as a subdomain "must not contain dots"), or undefined. */
function $dns1123LabelProblems(value: string): string[] | undefined {
  const long = $utf8Length(value) > 63;
  const malformed = !$dnsName(value, 2, 1e9);
  if (!long && !malformed) return undefined;
  const problems: string[] = [];
  if (long) problems.push("must be no more than 63 characters");
  if (malformed) problems.push($dnsName(value, 1, 1e9) ? "must not contain dots" : $dns1123LabelMessage);
  return problems;
}

/** IsDNS1035Label's messages, or undefined. */
function $dns1035LabelProblems(value: string): string[] | undefined {
  const long = $utf8Length(value) > 63;
  const malformed = !$dnsName(value, 3, 1e9);
  if (!long && !malformed) return undefined;
  const problems: string[] = [];
  if (long) problems.push("must be no more than 63 characters");
  if (malformed) problems.push($dns1035LabelMessage);
  return problems;
}

/** IsConfigMapKey's messages (`[-._a-zA-Z0-9]+`, at most 253, and hasChDirPrefix), or undefined. */
function $configMapKeyProblems(value: string): string[] | undefined {
  const problems: string[] = [];
  if ($utf8Length(value) > 253) problems.push("must be no more than 253 characters");
  if (!$configMapKey.test(value)) problems.push($configMapKeyMessage);
  if (value === ".") problems.push("must not be '.'");
  else if (value === "..") problems.push("must not be '..'");
  else if (value.startsWith("..")) problems.push("must not start with '..'");
  return problems.length === 0 ? undefined : problems;
}

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
  if (prefixProblems === undefined && name.length > 0 && name.length <= 63 && $qualifiedNamePart.test(name))
    return undefined;
  const problems = (prefixProblems ?? []).map((problem) => `prefix part ${problem}`);
  if (name.length === 0) problems.push("name part must be non-empty");
  else if (name.length > 63) problems.push("name part must be no more than 63 characters");
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

/**
 * Whether `s` is a DNS name of the rule (1 an RFC 1123 subdomain, 2 an RFC 1123 label, 3 an RFC 1035 label) and at
 * most `max` characters long, by character codes: Go's expressions exactly (lower case letters, digits, `-` inside a
 * label, `.` between labels), which V8 runs faster than the expression on the short names objects have.
 */
function $dnsName(s: string, rule: number, max: number): boolean {
  const n = s.length;
  if (n === 0 || n > max) return false;
  // The character before; a `.` at the start, so that a name and each label start with a letter or digit.
  let before = 46;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) before = c;
    else if (c === 45 && before !== 46) before = c;
    else if (c === 46 && rule === 1 && before !== 45 && before !== 46) before = c;
    else return false;
  }
  if (before === 45 || before === 46) return false;
  return rule !== 3 || s.charCodeAt(0) >= 97;
}

/**
 * Whether a name passes ValidatePathSegmentName (no `/`, no `%`, not `.` or `..`): two `indexOf`, which V8 runs on the
 * string's characters in place, where a `charCodeAt` loop pays for each character of a sliced string (a YAML
 * parser's long scalars) and measured a tenth of a small Pod's request-mode check. False leaves the messages to
 * `$nameProblems`.
 */
function $plainSegment(s: string): boolean {
  return s.indexOf("/") < 0 && s.indexOf("%") < 0 && s !== "." && s !== "..";
}

/** IsValidLabelValue's messages, or undefined. */
function $labelValueProblems(value: string): string[] | undefined {
  const long = value.length > 63;
  const malformed = !$labelValue.test(value);
  if (!long && !malformed) return undefined;
  const problems: string[] = [];
  if (long) problems.push("must be no more than 63 characters");
  if (malformed) problems.push($labelValueMessage);
  return problems;
}

/** maskTrailingDash (apimachinery pkg/api/validation/generic.go): a prefix's last two characters become `a`. */
function $maskTrailingDash(value: string): string {
  return value.length > 1 && value.endsWith("-") ? `${value.slice(0, -2)}a` : value;
}

/**
 * The kind's name rule (generator/kubernetes-name-rules.ts numbers them), or undefined when the name passes: 0
 * ValidatePathSegmentName, 1 NameIsDNSSubdomain, 2 NameIsDNSLabel, 3 NameIsDNS1035Label (a generateName prefix with
 * its trailing dash masked), 4 IsConfigMapKey, 5 CronJob's NameIsDNSSubdomain then at most 52 characters.
 */
function $nameProblems(value: string, prefix: boolean, rule: number): string[] | undefined {
  if (rule === 1 || rule === 5) {
    const problems = $dns1123SubdomainProblems(prefix ? $maskTrailingDash(value) : value);
    // ValidateCronJobCreate: the controller appends 11 characters to the name for each Job.
    if (rule === 1 || prefix || $utf8Length(value) <= 52) return problems;
    return [...(problems ?? []), "must be no more than 52 characters"];
  }
  if (rule === 2) return $dns1123LabelProblems(prefix ? $maskTrailingDash(value) : value);
  if (rule === 3) return $dns1035LabelProblems(prefix ? $maskTrailingDash(value) : value);
  if (rule === 4) return $configMapKeyProblems(value);
  if (!prefix && (value === "." || value === "..")) return [`may not be '${value}'`];
  const slash = value.indexOf("/") >= 0;
  const percent = value.indexOf("%") >= 0;
  if (!slash && !percent) return undefined;
  const problems: string[] = [];
  if (slash) problems.push("may not contain '/'");
  if (percent) problems.push("may not contain '%'");
  return problems;
}

/** Whether a name passes the rule, quickly, on the common path (a valid lowercase name); false when unsure. */
function $nameFits(s: string, rule: number): boolean {
  if (rule === 0) return $plainSegment(s);
  if (rule === 1) return $dnsName(s, 1, 253);
  if (rule === 5) return $dnsName(s, 1, 52);
  return rule !== 4 && $dnsName(s, rule, 63);
}

/** The UTF-8 size of a string, as Go's len() counts it (a lone surrogate becomes U+FFFD, 3 bytes). */
function $utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
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

/** One `Invalid value` error per problem, at `metadata.<field>`. */
function $invalidEach(e: FieldError[], p: $Path, field: string, value: unknown, problems: readonly string[]): void {
  for (const problem of problems) e.push($invalid($field(p, field), value, problem));
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
 * Checks a stored kind's `metadata` on create or update as ValidateObjectMetaAccessor does: a name or generateName
 * given, each by the kind's rule (`rule`, see `$nameProblems`), each label key and value, each annotation key (case-insensitive) and the
 * annotations' total size. Values of the wrong type are left to the schema. Reads each field once (the required test
 * and the rules share the reads). True when all pass; without `e` it stops at the first problem and builds no message.
 */
function $createMeta(v: Readonly<Record<string, unknown>>, rule: number, path: $Path, e: FieldError[] | null): boolean {
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
    const problems = $nameProblems(generateName, true, rule);
    if (problems !== undefined) {
      if (e === null) return false;
      ok = false;
      $invalidEach(e, p, "generateName", generateName, problems);
    }
  }
  if (named && !$nameFits(name, rule)) {
    const problems = $nameProblems(name, false, rule);
    if (problems !== undefined) {
      if (e === null) return false;
      ok = false;
      $invalidEach(e, p, "name", name, problems);
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
export {
  $dns1123SubdomainProblems,
  $dns1123LabelProblems,
  $dns1035LabelProblems,
  $configMapKeyProblems,
  $dnsName,
  $nameFits,
  $qualifiedNameProblems,
  $labelValueProblems,
  $nameProblems,
  $utf8Length,
  $annotationsFit,
  $createMeta,
  $simpleName,
  $plainSegment,
};
// specgen:strip-end
