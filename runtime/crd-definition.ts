// specgen:strip-begin
// The rules a Kubernetes API server applies to a CustomResourceDefinition (apiextensions.k8s.io/v1, the built-in kind)
// on create that read the object alone, included by validators.hbs when a model is that kind (generator/kubernetes-
// kind-rules.ts). Go source, kubernetes/kubernetes release-1.36, staging/src/k8s.io/apiextensions-apiserver/:
// pkg/apis/apiextensions/validation/validation.go (ValidateCustomResourceDefinition → validateCustomResourceDefinitionSpec,
// validateCustomResourceDefinitionVersion, validateDeprecationWarning, ValidateCustomResourceDefinitionNames,
// ValidateCustomResourceColumnDefinition, validateCustomResourceConversion, validateConversionReviewVersions,
// ValidateCustomResourceDefinitionStoredVersions, validateAPIApproval, validatePreserveUnknownFields), run on the
// internal object a v1 request becomes: pkg/apis/apiextensions/v1/defaults.go (SetDefaults_CustomResourceDefinitionSpec:
// singular = lower(kind), listKind = kind + "List", conversion {strategy: None}), v1/conversion.go (spec.version =
// versions[0].name; per-version printer columns that are all the same move to spec.additionalPrinterColumns) and
// pkg/registry/customresourcedefinition/strategy.go PrepareForCreate (status reset, storedVersions = the first storage
// version). Not modelled: the schemas themselves beyond the structural invariants of their tree (`$crdStructural`:
// defaults, value validations, CEL, cost), the status subresource's restriction of the root schema, selectable
// fields, conversion webhook URLs and services.
import {
  $canonical,
  $error,
  $field,
  $index,
  $invalid,
  $isObject,
  $key,
  $notSupported,
  $required,
  type $Path,
  type FieldError,
} from "./validators.js";
import { $dns1035LabelProblems, $dns1123SubdomainProblems, $utf8Length } from "./object-meta-names.js";
import { $crdSchemaKeywords, $crdStructural } from "./crd-schema.js";

// specgen:strip-end
/** The annotation protected groups need (apiextensions v1 `KubeAPIApprovedAnnotation`). */
const $crdApproval = "api-approved.kubernetes.io";
/** A URL with a scheme and a host, as url.ParseRequestURI reads one in apihelpers GetAPIApprovalState. */
const $crdApprovalUrl = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#\s]+[^\u0000-\u001f\u007f]*$/;
/** unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
const $crdPrintable = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

/** A string member as Go decodes it: "" when absent or null, undefined when not a string (the schema reports that). */
function $crdString(o: unknown, key: string): string | undefined {
  if (!$isObject(o)) return "";
  const value = o[key];
  return value === undefined || value === null ? "" : typeof value === "string" ? value : undefined;
}

/** Whether a pointer field decodes to nil: absent or null. */
function $crdUnset(value: unknown): boolean {
  return value === undefined || value === null;
}

/** A list member, [] when absent, null or not a list. */
function $crdList(o: unknown, key: string): readonly unknown[] {
  const value = $isObject(o) ? o[key] : undefined;
  return Array.isArray(value) ? value : [];
}

/** IsDNS1035Label's messages joined by ",", as the CRD rules report them (`strings.Join(errs, ",")`). */
function $crdLabel(errors: FieldError[], at: $Path, value: string, lower = false, prefix = ""): void {
  const problems = $dns1035LabelProblems(lower ? value.toLowerCase() : value);
  if (problems !== undefined) errors.push($invalid(at, value, prefix + problems.join(",")));
}

/** validateDeprecationWarning's messages for a version's `deprecationWarning`. */
function $crdDeprecation(deprecated: boolean, warning: string): string[] {
  if (!deprecated) return ["can only be set for deprecated versions"];
  const problems: string[] = [];
  if ($utf8Length(warning) > 256) problems.push("must be <= 256 characters long");
  if (warning.length === 0) problems.push("must not be an empty string");
  // Go ranges over the bytes' runes: the index is the rune's first byte. A lone surrogate is U+FFFD (printable).
  let at = 0;
  for (const rune of warning) {
    if (!$crdPrintable.test(rune) && !/^[\ud800-\udfff]$/.test(rune)) {
      // IsPrint is false for control characters too, so Go's first test is always the one that reports.
      problems.push(`must only contain printable UTF-8 characters; non-printable character found at index ${at}`);
      break;
    }
    at += $utf8Length(rune);
  }
  return problems;
}

/** ValidateCustomResourceColumnDefinition. */
function $crdColumn(errors: FieldError[], column: unknown, at: $Path): void {
  const name = $crdString(column, "name");
  const type = $crdString(column, "type");
  const format = $crdString(column, "format");
  const jsonPath = $crdString(column, "jsonPath");
  const types = "must be one of boolean,date,integer,number,string";
  if (name === "") errors.push($required($field(at, "name")));
  if (type === "") errors.push($error($field(at, "type"), "FieldValueRequired", `Required value: ${types}`));
  else if (type !== undefined && !["integer", "number", "string", "boolean", "date"].includes(type))
    errors.push($invalid($field(at, "type"), type, types));
  const formats = ["int32", "int64", "float", "double", "byte", "date", "date-time", "password"];
  if (format !== undefined && format !== "" && !formats.includes(format))
    errors.push($invalid($field(at, "format"), format, `must be one of ${[...formats].sort().join(",")}`));
  if (jsonPath === "") errors.push($required($field(at, "JSONPath")));
  else if (jsonPath !== undefined) $crdJsonPath(errors, jsonPath, $field(at, "JSONPath"));
}

/** validateSimpleJSONPath: a path given starts with a dot; false when it reported one. */
function $crdJsonPath(errors: FieldError[], path: string, at: $Path): boolean {
  if (path.startsWith(".")) return true;
  errors.push($invalid(at, path, path === "" ? "must not be empty" : "must be a simple json path starting with ."));
  return false;
}

/**
 * ValidateCustomResourceDefinitionSubresources: a scale subresource's replica paths, required and under `.spec.` and
 * `.status.`, and a label selector path under either.
 */
function $crdSubresources(errors: FieldError[], subresources: unknown, at: $Path): void {
  const scale = $isObject(subresources) ? subresources["scale"] : undefined;
  if (!$isObject(scale)) return;
  for (const [key, under, message] of [
    ["specReplicasPath", [".spec."], "should be a json path under .spec"],
    ["statusReplicasPath", [".status."], "should be a json path under .status"],
    ["labelSelectorPath", [".spec.", ".status."], "should be a json path under either .spec or .status"],
  ] as const) {
    const path = $crdString(scale, key);
    const where = $field(at, `scale.${key}`);
    if (path === undefined || (path === "" && key === "labelSelectorPath")) continue;
    if (path === "") errors.push($required(where));
    else if ($crdJsonPath(errors, path, where) && !under.some((prefix) => path.startsWith(prefix)))
      errors.push($invalid(where, path, message));
  }
}

/** Each version: storage, name, schema, deprecation warning and printer columns (unless they move to the spec). */
function $crdVersions(errors: FieldError[], versions: readonly unknown[], spec: $Path, hoisted: boolean): void {
  const seen = new Set<string>();
  let unique = true;
  let storage = 0;
  for (let i = 0; i < versions.length; i++) {
    const version = versions[i];
    const at = $index($field(spec, "versions"), i);
    if ($isObject(version) && version["storage"] === true) storage++;
    const name = $crdString(version, "name");
    if (name !== undefined) {
      if (seen.has(name)) unique = false;
      seen.add(name);
      $crdLabel(errors, $field(at, "name"), name);
    }
    const schema = $isObject(version) ? version["schema"] : undefined;
    if (!$isObject(schema) || !$isObject(schema["openAPIV3Schema"]))
      errors.push(
        $error(
          $field($field(at, "schema"), "openAPIV3Schema"),
          "FieldValueRequired",
          "Required value: schemas are required",
        ),
      );
    const warning = $isObject(version) ? version["deprecationWarning"] : undefined;
    if (typeof warning === "string")
      for (const problem of $crdDeprecation($isObject(version) && version["deprecated"] === true, warning))
        errors.push($invalid($field(at, "deprecationWarning"), warning, problem));
    if (!hoisted) {
      const columns = $crdList(version, "additionalPrinterColumns");
      for (let c = 0; c < columns.length; c++)
        $crdColumn(errors, columns[c], $index($field(at, "additionalPrinterColumns"), c));
    }
  }
  const list = $field(spec, "versions");
  if (!unique) errors.push($invalid(list, versions, "must contain unique version names"));
  if (storage !== 1) errors.push($invalid(list, versions, "must have exactly one version marked as storage version"));
  // conversion.go: the internal spec.version is versions[0].name, checked again.
  const first = versions.length > 0 ? $crdString(versions[0], "name") : undefined;
  if (first !== undefined && first !== "") $crdLabel(errors, $field(spec, "version"), first);
}

/** The required names (after v1's defaults) and ValidateCustomResourceDefinitionNames. */
function $crdNames(errors: FieldError[], names: unknown, at: $Path): void {
  const plural = $crdString(names, "plural");
  const kind = $crdString(names, "kind");
  let singular = $crdString(names, "singular");
  let listKind = $crdString(names, "listKind");
  if (singular === "" && kind !== undefined) singular = kind.toLowerCase();
  if (listKind === "" && kind !== undefined && kind !== "") listKind = `${kind}List`;
  if (plural === "") errors.push($required($field(at, "plural")));
  if (singular === "") errors.push($required($field(at, "singular")));
  if (kind === "") errors.push($required($field(at, "kind")));
  if (listKind === "") errors.push($required($field(at, "listKind")));
  if (plural) $crdLabel(errors, $field(at, "plural"), plural);
  if (singular) $crdLabel(errors, $field(at, "singular"), singular);
  const mixed = "may have mixed case, but should otherwise match: ";
  if (kind) $crdLabel(errors, $field(at, "kind"), kind, true, mixed);
  if (listKind) $crdLabel(errors, $field(at, "listKind"), listKind, true, mixed);
  const shortNames = $crdList(names, "shortNames");
  for (let i = 0; i < shortNames.length; i++) {
    const shortName = shortNames[i];
    if (typeof shortName === "string") $crdLabel(errors, $index($field(at, "shortNames"), i), shortName);
  }
  if (kind && kind === listKind)
    errors.push($invalid($field(at, "listKind"), listKind, "kind and listKind may not be the same"));
  const categories = $crdList(names, "categories");
  for (let i = 0; i < categories.length; i++) {
    const category = categories[i];
    if (typeof category === "string") $crdLabel(errors, $index($field(at, "categories"), i), category);
  }
}

/** validateCustomResourceConversion (webhook URLs and services left out), at the internal fields' paths. */
function $crdConversion(errors: FieldError[], conversion: unknown, at: $Path, preserveUnknown: boolean): void {
  // Absent, v1 defaults it to {strategy: None}, which has nothing to check.
  if (!$isObject(conversion)) return;
  const strategy = $crdString(conversion, "strategy");
  if (strategy === undefined) return;
  if (strategy !== "None" && preserveUnknown)
    errors.push($invalid($field(at, "strategy"), strategy, "must be None if spec.preserveUnknownFields is true"));
  if (strategy === "") errors.push($required($field(at, "strategy")));
  else if (strategy !== "None" && strategy !== "Webhook")
    errors.push($notSupported($field(at, "strategy"), strategy, ["None", "Webhook"]));
  const webhook = conversion["webhook"];
  const config = $isObject(webhook) ? webhook["clientConfig"] : undefined;
  const reviewVersions = $crdList(webhook, "conversionReviewVersions");
  const configAt = $field(at, "webhookClientConfig");
  const reviewAt = $field(at, "conversionReviewVersions");
  if (strategy !== "Webhook") {
    const forbidden = "Forbidden: should not be set when strategy is not set to Webhook";
    if ($isObject(config)) errors.push($error(configAt, "FieldValueForbidden", forbidden));
    if (reviewVersions.length > 0) errors.push($error(reviewAt, "FieldValueForbidden", forbidden));
    return;
  }
  if (!$isObject(config))
    errors.push($error(configAt, "FieldValueRequired", "Required value: required when strategy is set to Webhook"));
  else if ($crdUnset(config["url"]) === $crdUnset(config["service"]))
    errors.push($error(configAt, "FieldValueRequired", "Required value: exactly one of url or service is required"));
  if (reviewVersions.length === 0) {
    errors.push($required(reviewAt));
    return;
  }
  const seen = new Set<unknown>();
  let known = false;
  for (let i = 0; i < reviewVersions.length; i++) {
    const version = reviewVersions[i];
    if (typeof version !== "string") continue;
    if (seen.has(version)) {
      errors.push($invalid($index(reviewAt, i), version, "duplicate version"));
      continue;
    }
    seen.add(version);
    for (const problem of $dns1035LabelProblems(version) ?? [])
      errors.push($invalid($index(reviewAt, i), version, problem));
    if (version === "v1" || version === "v1beta1") known = true;
  }
  if (!known) errors.push($invalid(reviewAt, reviewVersions, "must include at least one of v1, v1beta1"));
}

/**
 * ValidateCustomResourceDefinitionStoredVersions after PrepareForCreate, which makes storedVersions the first storage
 * version's name (none without one); a stored name matches one version only (Go deletes it from its map).
 */
function $crdStoredVersions(errors: FieldError[], versions: readonly unknown[], at: $Path): void {
  const storage = (version: unknown): boolean => $isObject(version) && version["storage"] === true;
  const first = versions.find(storage);
  if (first === undefined) {
    errors.push($invalid(at, [], "must have at least one stored version"));
    return;
  }
  const stored = [$crdString(first, "name") ?? ""];
  let unmatched = true;
  for (const version of versions) {
    const name = $crdString(version, "name") ?? "";
    const matches = unmatched && name === stored[0];
    if (storage(version) && !matches) errors.push($invalid(at, stored, `must have the storage version ${name}`));
    if (matches) unmatched = false;
  }
}

/** validateAPIApproval on create: a protected community group needs the approval annotation, a URL or "unapproved...". */
function $crdApprovalErrors(
  errors: FieldError[],
  v: Readonly<Record<string, unknown>>,
  group: string,
  at: $Path,
): void {
  const protectedGroup =
    group === "k8s.io" || group.endsWith(".k8s.io") || group === "kubernetes.io" || group.endsWith(".kubernetes.io");
  if (!protectedGroup) return;
  const metadata = v["metadata"];
  const annotations = $isObject(metadata) ? metadata["annotations"] : undefined;
  const value = $crdString(annotations, $crdApproval) ?? "";
  if (value.startsWith("unapproved") || (value !== "" && $crdApprovalUrl.test(value))) return;
  const path = $key($field($field(at, "metadata"), "annotations"), $crdApproval);
  if (value === "")
    errors.push(
      $error(
        path,
        "FieldValueRequired",
        `Required value: protected groups must have approval annotation "${$crdApproval}", see https://github.com/kubernetes/enhancements/pull/1111`,
      ),
    );
  else
    errors.push(
      $invalid(
        path,
        value,
        `protected groups must have approval annotation "${$crdApproval}" with either a URL or a reason starting with "unapproved", see https://github.com/kubernetes/enhancements/pull/1111`,
      ),
    );
}

/** The errors ValidateCustomResourceDefinition finds in a create request beyond its schema and metadata. */
function $crdProblems(v: Readonly<Record<string, unknown>>, p: $Path): FieldError[] {
  const errors: FieldError[] = [];
  const spec = v["spec"];
  if (!$isObject(spec)) return errors;
  const at = $field(p, "spec");
  const group = $crdString(spec, "group");
  if (group === "") errors.push($required($field(at, "group")));
  else if (group !== undefined) {
    const problems = $dns1123SubdomainProblems(group);
    if (problems !== undefined) errors.push($invalid($field(at, "group"), group, problems.join(",")));
    else if (group.indexOf(".") < 0)
      errors.push($invalid($field(at, "group"), group, "should be a domain with at least one dot"));
  }
  const scope = $crdString(spec, "scope");
  if (scope === "") errors.push($required($field(at, "scope")));
  else if (scope !== undefined && scope !== "Cluster" && scope !== "Namespaced")
    errors.push($notSupported($field(at, "scope"), scope, ["Cluster", "Namespaced"]));
  const versions = $crdList(spec, "versions");
  // conversion.go: printer columns every version has alike (and some) become the spec's, and are reported there.
  const first = versions.length > 0 ? $crdList(versions[0], "additionalPrinterColumns") : [];
  const hoisted =
    first.length > 0 &&
    versions.every((version) => $canonical($crdList(version, "additionalPrinterColumns")) === $canonical(first));
  $crdVersions(errors, versions, at, hoisted);
  // conversion.go: subresources every version has alike become the spec's, and are checked (and reported) there.
  const subresources = versions.map((version) => ($isObject(version) ? version["subresources"] : undefined));
  if (subresources.length > 0 && subresources.every((one) => $canonical(one) === $canonical(subresources[0])))
    $crdSubresources(errors, subresources[0], $field(at, "subresources"));
  else
    for (let i = 0; i < subresources.length; i++)
      $crdSubresources(errors, subresources[i], $field($index($field(at, "versions"), i), "subresources"));
  // conversion.go: a schema every version has alike becomes spec.validation's, and is checked (and reported) there.
  const schemas = versions.map((version) => ($isObject(version) ? version["schema"] : undefined));
  if (schemas.length > 0 && schemas.every((schema) => $canonical(schema) === $canonical(schemas[0]))) {
    const schema = schemas[0];
    if ($isObject(schema)) {
      const where = $field($field(at, "validation"), "openAPIV3Schema");
      $crdSchemaKeywords(errors, schema["openAPIV3Schema"], where);
      $crdStructural(errors, schema["openAPIV3Schema"], 0, where);
    }
  } else
    for (let i = 0; i < schemas.length; i++) {
      const schema = schemas[i];
      const where = $field($field($index($field(at, "versions"), i), "schema"), "openAPIV3Schema");
      if ($isObject(schema)) $crdSchemaKeywords(errors, schema["openAPIV3Schema"], where);
      if ($isObject(schema)) $crdStructural(errors, schema["openAPIV3Schema"], 0, where);
    }
  $crdNames(errors, spec["names"], $field(at, "names"));
  if (hoisted)
    for (let c = 0; c < first.length; c++)
      $crdColumn(errors, first[c], $index($field(at, "additionalPrinterColumns"), c));
  const preserveUnknown = spec["preserveUnknownFields"] === true;
  $crdConversion(errors, spec["conversion"], $field(at, "conversion"), preserveUnknown);
  $crdStoredVersions(errors, versions, $field($field(p, "status"), "storedVersions"));
  if (group !== undefined) $crdApprovalErrors(errors, v, group, p);
  if (preserveUnknown)
    errors.push(
      $invalid(
        $field(at, "preserveUnknownFields"),
        true,
        "cannot set to true, set x-kubernetes-preserve-unknown-fields to true in spec.versions[*].schema instead",
      ),
    );
  return errors;
}

/**
 * A CustomResourceDefinition's create rules beyond its schema and metadata (see `$crdProblems`), for the kind's guard:
 * true when all pass; errors go to `e` when it collects them.
 */
function $crdDefinition(v: Readonly<Record<string, unknown>>, p: $Path, e: FieldError[] | null): boolean {
  const errors = $crdProblems(v, p);
  if (errors.length === 0) return true;
  if (e !== null) e.push(...errors);
  return false;
}

// specgen:strip-begin
// Internals of the generated file, exported here for this module's unit tests only.
export { $crdDefinition, $crdProblems, $crdDeprecation };
// specgen:strip-end
