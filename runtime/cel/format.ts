// specgen:strip-begin
// Kubernetes' format library (apiserver pkg/cel/library/format.go): `format.dns1123Label()` and the other named
// formats, `format.named(name)` (an optional), and `f.validate(s)`: `optional.none()` when `s` is valid, else an
// optional list of the messages apimachinery's validation (pkg/util/validation/validation.go) gives.
import { $CelValue, $cel_noOverload } from "../cel.js";
import { $CelOptional, $cel_none, $cel_optional } from "./optional.js";
import { $cel_timestamp } from "./time.js";
import { $cel_urlOrReason } from "./url.js";

// specgen:strip-end
/** A named format; `validate` gives its errors. */
class $CelFormat extends $CelValue {
  constructor(readonly name: string) {
    super();
  }
  override celType(): string {
    return "kubernetes.NamedFormat";
  }
  override celEquals(other: unknown): boolean {
    return other instanceof $CelFormat && other.name === this.name;
  }
}

/** apimachinery's validation.RegexError. */
function $cel_regexError(message: string, pattern: string, ...examples: string[]): string {
  return `${message} (e.g. ${examples.map((e) => `'${e}', `).join("or ")}regex used for validation is '${pattern}')`;
}

const $cel_DNS1123_LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
const $cel_DNS1123_SUBDOMAIN = `${$cel_DNS1123_LABEL}(\\.${$cel_DNS1123_LABEL})*`;
const $cel_DNS1035_LABEL = "[a-z]([-a-z0-9]*[a-z0-9])?";
const $cel_QUALIFIED_NAME = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
const $cel_LABEL_VALUE = `(${$cel_QUALIFIED_NAME})?`;

function $cel_matchesAll(pattern: string, s: string): boolean {
  return new RegExp(`^(?:${pattern})$`).test(s);
}

function $cel_dns1123Label(s: string): string[] {
  const errors = s.length > 63 ? ["must be no more than 63 characters"] : [];
  if (!$cel_matchesAll($cel_DNS1123_LABEL, s))
    errors.push(
      $cel_regexError(
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character",
        $cel_DNS1123_LABEL,
        "my-name",
        "123-abc",
      ),
    );
  return errors;
}

function $cel_dns1123Subdomain(s: string): string[] {
  const errors = s.length > 253 ? ["must be no more than 253 characters"] : [];
  if (!$cel_matchesAll($cel_DNS1123_SUBDOMAIN, s))
    errors.push(
      $cel_regexError(
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
        $cel_DNS1123_SUBDOMAIN,
        "example.com",
      ),
    );
  return errors;
}

function $cel_dns1035Label(s: string): string[] {
  const errors = s.length > 63 ? ["must be no more than 63 characters"] : [];
  if (!$cel_matchesAll($cel_DNS1035_LABEL, s))
    errors.push(
      $cel_regexError(
        "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character",
        $cel_DNS1035_LABEL,
        "my-name",
        "abc-123",
      ),
    );
  return errors;
}

/** apimachinery's IsQualifiedName: an optional DNS subdomain prefix and `/`, then a name of up to 63 characters. */
function $cel_qualifiedName(s: string): string[] {
  const parts = s.split("/");
  const nameMessage =
    "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
  if (parts.length > 2)
    return [
      `${$cel_regexError(nameMessage.replace("name part must", "a qualified name must"), $cel_QUALIFIED_NAME, "MyName", "my.name", "123-abc")} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
    ];
  const errors: string[] = [];
  const name = parts[parts.length - 1]!;
  if (parts.length === 2) {
    if (parts[0] === "") errors.push("prefix part must be non-empty");
    else errors.push(...$cel_dns1123Subdomain(parts[0]!).map((e) => `prefix part ${e}`));
  }
  if (name === "") errors.push("name part must be non-empty");
  else if (name.length > 63) errors.push("name part must be no more than 63 characters");
  if (!$cel_matchesAll($cel_QUALIFIED_NAME, name))
    errors.push($cel_regexError(nameMessage, $cel_QUALIFIED_NAME, "MyName", "my.name", "123-abc"));
  return errors;
}

function $cel_labelValue(s: string): string[] {
  const errors = s.length > 63 ? ["must be no more than 63 characters"] : [];
  if (!$cel_matchesAll($cel_LABEL_VALUE, s))
    errors.push(
      $cel_regexError(
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
        $cel_LABEL_VALUE,
        "MyValue",
        "my_value",
        "12345",
      ),
    );
  return errors;
}

/** A generated name prefix may end in `-` (apimachinery's maskTrailingDash). */
function $cel_prefix(s: string): string {
  return s.length > 1 && s.endsWith("-") ? `${s.slice(0, -1)}a` : s;
}

/** Each named format's validation. */
const $cel_FORMATS: Readonly<Record<string, (s: string) => string[]>> = {
  dns1123Label: $cel_dns1123Label,
  dns1123Subdomain: $cel_dns1123Subdomain,
  dns1035Label: $cel_dns1035Label,
  qualifiedName: $cel_qualifiedName,
  dns1123LabelPrefix: (s) => $cel_dns1123Label($cel_prefix(s)),
  dns1123SubdomainPrefix: (s) => $cel_dns1123Subdomain($cel_prefix(s)),
  dns1035LabelPrefix: (s) => $cel_dns1035Label($cel_prefix(s)),
  labelValue: $cel_labelValue,
  uri: (s) => (typeof $cel_urlOrReason(s) === "string" ? ["invalid URI"] : []),
  uuid: (s) =>
    /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(s)
      ? []
      : ["does not match the UUID format"],
  byte: (s) => (/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s) ? [] : ["invalid base64"]),
  date: (s) =>
    $cel_validTimestamp(`${s}T00:00:00Z`) && /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(s) ? [] : ["invalid date"],
  datetime: (s) => ($cel_validTimestamp(s) ? [] : ["invalid datetime"]),
};

function $cel_validTimestamp(s: string): boolean {
  try {
    $cel_timestamp(s);
    return true;
  } catch {
    return false;
  }
}

/** `format.<name>()`. */
function $cel_format(name: string): $CelFormat {
  return new $CelFormat(name);
}

/** `format.named(name)`: the format, or `optional.none()` for a name Kubernetes does not have. */
function $cel_format_named(name: unknown): $CelOptional {
  if (typeof name !== "string") throw $cel_noOverload("format.named", name);
  return Object.prototype.hasOwnProperty.call($cel_FORMATS, name) ? $cel_optional(new $CelFormat(name)) : $cel_none;
}

/** `f.validate(s)`: `optional.none()` when valid, else an optional list of messages. */
function $cel_format_validate(f: unknown, s: unknown): $CelOptional {
  if (!(f instanceof $CelFormat) || typeof s !== "string") throw $cel_noOverload("validate", f, s);
  const errors = $cel_FORMATS[f.name]!(s);
  return errors.length === 0 ? $cel_none : $cel_optional(errors);
}

// specgen:strip-begin
export { $CelFormat, $cel_FORMATS, $cel_format, $cel_format_named, $cel_format_validate };
// specgen:strip-end
