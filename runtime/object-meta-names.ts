// specgen:strip-begin
// The name functions a Kubernetes API server applies to metadata.name and metadata.generateName, included by
// validators.hbs before runtime/object-meta.ts: apimachinery pkg/api/validation/generic.go (NameIsDNSSubdomain,
// NameIsDNSLabel, NameIsDNS1035Label, maskTrailingDash), pkg/api/validation/path ValidatePathSegmentName, and the kinds'
// own (generator/kubernetes-name-rules.ts numbers them and cites the Go source of each). Messages as apimachinery
// pkg/util/validation/validation.go words them.

// specgen:strip-end
const $configMapKey = /^[-._a-zA-Z0-9]+$/;

const $dns1123SubdomainMessage =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const $dns1123LabelMessage =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const $dns1035LabelMessage =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
const $configMapKeyMessage =
  "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";

/**
 * The messages of a DNS name check (`$dnsName`'s rule: 1 IsDNS1123Subdomain, 2 IsDNS1123Label, 3 IsDNS1035Label) of
 * at most `limit` bytes, as Go's len counts, or undefined when the value passes. A label that would pass as a
 * subdomain "must not contain dots", as IsDNS1123Label says.
 */
function $dnsProblems(value: string, rule: number, limit: number, message: string): string[] | undefined {
  const malformed = !$dnsName(value, rule, 1e9);
  // A well-formed name is ASCII: its length is its length in bytes, and the second scan is needed only otherwise.
  const long = (malformed ? $utf8Length(value) : value.length) > limit;
  if (!long && !malformed) return undefined;
  const problems: string[] = [];
  if (long) problems.push(`must be no more than ${limit} characters`);
  if (malformed) problems.push(rule === 2 && $dnsName(value, 1, 1e9) ? "must not contain dots" : message);
  return problems;
}

/** IsDNS1123Subdomain's messages, or undefined when the value is one. */
function $dns1123SubdomainProblems(value: string): string[] | undefined {
  return $dnsProblems(value, 1, 253, $dns1123SubdomainMessage);
}

/** IsDNS1123Label's messages, or undefined. */
function $dns1123LabelProblems(value: string): string[] | undefined {
  return $dnsProblems(value, 2, 63, $dns1123LabelMessage);
}

/** IsDNS1035Label's messages, or undefined. */
function $dns1035LabelProblems(value: string): string[] | undefined {
  return $dnsProblems(value, 3, 63, $dns1035LabelMessage);
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

/** maskTrailingDash (apimachinery pkg/api/validation/generic.go): a prefix's last two characters become `a`. */
function $maskTrailingDash(value: string): string {
  return value.length > 1 && value.endsWith("-") ? `${value.slice(0, -2)}a` : value;
}

/**
 * The kind's name rule (generator/kubernetes-name-rules.ts numbers them), or undefined when the name passes: 0
 * ValidatePathSegmentName, 1 NameIsDNSSubdomain (a generateName prefix with its trailing dash masked), 5 CronJob's
 * NameIsDNSSubdomain then at most 52 characters. The other rules are functions of their own (`$OwnName`) that the
 * kind's guard passes to `$createMeta`, so that a bundle of other kinds' validators leaves them out.
 */
function $nameProblems(value: string, prefix: boolean, rule: number): string[] | undefined {
  if (rule === 1 || rule === 5) {
    const problems = $subdomainName(value, prefix);
    // ValidateCronJobCreate: the controller appends 11 characters to the name for each Job.
    if (rule === 1 || prefix || $utf8Length(value) <= 52) return problems;
    return [...(problems ?? []), "must be no more than 52 characters"];
  }
  if (!prefix && (value === "." || value === "..")) return [`may not be '${value}'`];
  const slash = value.indexOf("/") >= 0;
  const percent = value.indexOf("%") >= 0;
  if (!slash && !percent) return undefined;
  const problems: string[] = [];
  if (slash) problems.push("may not contain '/'");
  if (percent) problems.push("may not contain '%'");
  return problems;
}

/** A string member of `spec` (or of `spec.<child>`), "" when absent or not a string, as Go's zero value reads. */
function $specString(object: Readonly<Record<string, unknown>>, key: string, child?: string): string {
  let at: unknown = object["spec"];
  if (child !== undefined)
    at = typeof at === "object" && at !== null ? (at as Record<string, unknown>)[child] : undefined;
  const value = typeof at === "object" && at !== null ? (at as Record<string, unknown>)[key] : undefined;
  return typeof value === "string" ? value : "";
}

/** A kind's own name function that reads the object: `$createMeta` gets it from the kind's guard. */
type $OwnName = (value: string, prefix: boolean, object: Readonly<Record<string, unknown>>) => string[] | undefined;

/** NameIsDNSSubdomain: IsDNS1123Subdomain of the name, a generateName prefix's trailing dash masked. */
function $subdomainName(value: string, prefix: boolean): string[] | undefined {
  return $dns1123SubdomainProblems(prefix ? $maskTrailingDash(value) : value);
}

/** NameIsDNSLabel (Namespace, StatefulSet). */
function $labelName(value: string, prefix: boolean): string[] | undefined {
  return $dns1123LabelProblems(prefix ? $maskTrailingDash(value) : value);
}

/** NameIsDNS1035Label (Service). */
function $dns1035Name(value: string, prefix: boolean): string[] | undefined {
  return $dns1035LabelProblems(prefix ? $maskTrailingDash(value) : value);
}

/** LeaseCandidate's ValidLeaseCandidateName: IsConfigMapKey, whatever `prefix`. */
function $configMapKeyName(value: string): string[] | undefined {
  return $configMapKeyProblems(value);
}

/**
 * pkg/apis/certificates/validation ValidateClusterTrustBundleName: with a `spec.signerName`, the name starts with it
 * (`/` as `:`) and a `:`, the rest NameIsDNSSubdomain; without one, no `:` and NameIsDNSSubdomain.
 */
function $trustBundleName(
  value: string,
  prefix: boolean,
  object: Readonly<Record<string, unknown>>,
): string[] | undefined {
  const signer = $specString(object, "signerName");
  if (signer === "")
    return value.indexOf(":") >= 0
      ? ['ClusterTrustBundle without signer name must not have ":" in its name']
      : $subdomainName(value, prefix);
  const required = `${signer.split("/").join(":")}:`;
  if (!value.startsWith(required))
    return [`ClusterTrustBundle for signerName ${signer} must be named with prefix ${required}`];
  return $subdomainName(value.slice(required.length), prefix);
}

/**
 * batch/validation ValidateJob: NameIsDNSSubdomain (ValidateReplicationControllerName), and an Indexed Job's last pod
 * hostname, `<name>-<completions - 1>`, must be a DNS-1123 label.
 */
function $jobName(value: string, prefix: boolean, object: Readonly<Record<string, unknown>>): string[] | undefined {
  const problems = $subdomainName(value, prefix);
  const spec = object["spec"];
  if (prefix || typeof spec !== "object" || spec === null) return problems;
  const { completionMode, completions } = spec as Record<string, unknown>;
  if (completionMode !== "Indexed" || typeof completions !== "number" || completions <= 0) return problems;
  const hostname = `${value}-${completions - 1}`;
  if ($dnsName(hostname, 2, 63)) return problems;
  return [...(problems ?? []), `will not able to create pod with invalid DNS label: ${hostname}`];
}

/**
 * scheduling/validation ValidatePriorityClass: NameIsDNSSubdomain, and a name starting with `system-` must be one of
 * the system classes with their value and globalDefault (schedulingapiv1.IsKnownSystemPriorityClass), else the
 * Forbidden message (a problem starting with `Forbidden: `, which `$createMeta` reports as FieldValueForbidden).
 */
function $priorityClassName(
  value: string,
  prefix: boolean,
  object: Readonly<Record<string, unknown>>,
): string[] | undefined {
  const problems = $subdomainName(value, prefix);
  if (prefix || !value.startsWith("system-")) return problems;
  const given = typeof object["value"] === "number" ? object["value"] : 0;
  const known =
    value === "system-node-critical" ? 2000001000 : value === "system-cluster-critical" ? 2000000000 : undefined;
  const reason =
    known === undefined
      ? `${value} is not a known system priority class`
      : given !== known
        ? `value of ${value} PriorityClass must be ${known}`
        : object["globalDefault"] === true
          ? `globalDefault of ${value} PriorityClass must be false`
          : undefined;
  if (reason === undefined) return problems;
  return [
    ...(problems ?? []),
    `Forbidden: priority class names with 'system-' prefix are reserved for system use only. error: ${reason}`,
  ];
}

/** apiextensions-apiserver ValidateCustomResourceDefinition: NameIsDNSSubdomain and `<spec.names.plural>.<spec.group>`. */
function $crdName(value: string, prefix: boolean, object: Readonly<Record<string, unknown>>): string[] | undefined {
  const problems = $subdomainName(value, prefix) ?? [];
  if (value !== `${$specString(object, "plural", "names")}.${$specString(object, "group")}`)
    problems.push('must be spec.names.plural+"."+spec.group');
  return problems.length === 0 ? undefined : problems;
}

/** kube-aggregator ValidateAPIService: a path segment (prefix or not), then `<spec.version>.<spec.group>`. */
function $apiServiceName(
  value: string,
  prefix: boolean,
  object: Readonly<Record<string, unknown>>,
): string[] | undefined {
  const segment = $nameProblems(value, false, 0);
  if (segment !== undefined) return segment;
  const required = `${$specString(object, "version")}.${$specString(object, "group")}`;
  return value === required ? undefined : [`must be \`spec.version+"."+spec.group\`: ${JSON.stringify(required)}`];
}

/** pkg/apis/apiserverinternal/validation ValidateStorageVersionName: `<group>.<resource>`, whatever `prefix`. */
function $storageVersionName(value: string): string[] | undefined {
  const dot = value.lastIndexOf(".");
  if (dot < 0) return ["name must be in the form of <group>.<resource>"];
  const problems = [
    ...($dns1123SubdomainProblems(value.slice(0, dot)) ?? []).map((problem) => `the group segment ${problem}`),
    ...($dns1035LabelProblems(value.slice(dot + 1)) ?? []).map((problem) => `the resource segment ${problem}`),
  ];
  return problems.length === 0 ? undefined : problems;
}

/** Whether a name passes the rule, quickly, on the common path (a valid lowercase name); false when unsure. */
function $nameFits(s: string, rule: number): boolean {
  if (rule === 0) return $plainSegment(s);
  if (rule === 1) return $dnsName(s, 1, 253);
  if (rule === 5) return $dnsName(s, 1, 52);
  return (rule === 2 || rule === 3) && $dnsName(s, rule, 63);
}

// specgen:strip-begin
// Internals of the generated file, exported here for runtime/object-meta.ts and this module's unit tests only.
export {
  $dns1123SubdomainProblems,
  $dns1123LabelProblems,
  $dns1035LabelProblems,
  $configMapKeyProblems,
  $dnsName,
  $plainSegment,
  $utf8Length,
  $nameProblems,
  $nameFits,
  $labelName,
  $dns1035Name,
  $configMapKeyName,
  $trustBundleName,
  $jobName,
  $priorityClassName,
  $crdName,
  $apiServiceName,
  $storageVersionName,
  type $OwnName,
};
// specgen:strip-end
