// specgen:strip-begin
// The rules a Kubernetes API server applies to the schemas of a CustomResourceDefinition (apiextensions.k8s.io/v1) on
// create that read the schema tree alone, included by validators.hbs with runtime/crd-definition.ts, which calls them.
// Go source, kubernetes/kubernetes release-1.36, staging/src/k8s.io/apiextensions-apiserver/:
// pkg/apis/apiextensions/validation/validation.go (specStandardValidatorV3.validate, reached by
// ValidateCustomResourceDefinitionOpenAPISchema) and pkg/apiserver/schema/validation.go
// (validateStructuralInvariants), with the list and map types' checks (validateMapListKeysMapSet). Not modelled: value
// validations' structural restrictions, completeness, defaults, CEL compilation and cost.
import {
  $error,
  $field,
  $index,
  $invalid,
  $isObject,
  $key,
  $notSupported,
  type $Path,
  type FieldError,
} from "./validators.js";

// specgen:strip-end
/** The OpenAPI v3 types a CRD schema may name (validation.go openapiV3Types, as sets.List sorts them). */
const $crdTypes = ["array", "boolean", "integer", "number", "object", "string"] as const;

/**
 * specStandardValidatorV3.validate at every schema node ValidateCustomResourceDefinitionOpenAPISchema visits
 * (properties, additionalProperties, items, allOf, anyOf, oneOf, not): a type among the OpenAPI v3 ones and not
 * `null`, no `$ref`, `id`, `definitions`, `dependencies`, `patternProperties`, `additionalItems`, and `items` a schema,
 * not a list.
 */
function $crdSchemaKeywords(errors: FieldError[], schema: unknown, at: $Path, depth = 0): void {
  if (!$isObject(schema) || depth > 64) return;
  const type = schema["type"];
  if (typeof type === "string" && type !== "" && !($crdTypes as readonly string[]).includes(type))
    errors.push($notSupported($field(at, "type"), type, $crdTypes));
  for (const [key, message] of [
    ["id", "id is not supported"],
    ["additionalItems", "additionalItems is not supported"],
    ["patternProperties", "patternProperties is not supported"],
    ["definitions", "definitions is not supported"],
    ["dependencies", "dependencies is not supported"],
    ["$ref", "$ref is not supported"],
  ] as const) {
    const value = schema[key];
    // Go's fields: ID a string, patternProperties and definitions maps (empty is unset), the others pointers.
    const given =
      key === "id"
        ? typeof value === "string" && value !== ""
        : key === "patternProperties" || key === "definitions"
          ? $isObject(value) && Object.keys(value).length > 0
          : value !== undefined && value !== null;
    if (given) errors.push($error($field(at, key), "FieldValueForbidden", `Forbidden: ${message}`));
  }
  if (type === "null")
    errors.push(
      $error(
        $field(at, "type"),
        "FieldValueForbidden",
        "Forbidden: type cannot be set to null, use nullable as an alternative",
      ),
    );
  $crdListTypes(errors, schema, at);
  $crdRules(errors, schema["x-kubernetes-validations"], $field(at, "x-kubernetes-validations"));
  const items = schema["items"];
  if (Array.isArray(items)) {
    if (items.length > 0)
      errors.push(
        $error($field(at, "items"), "FieldValueForbidden", "Forbidden: items must be a schema object and not an array"),
      );
    for (let i = 0; i < items.length; i++)
      $crdSchemaKeywords(errors, items[i], $index($field(at, "items"), i), depth + 1);
  } else $crdSchemaKeywords(errors, items, $field(at, "items"), depth + 1);
  const properties = schema["properties"];
  if ($isObject(properties))
    for (const key of Object.keys(properties))
      $crdSchemaKeywords(errors, properties[key], $key($field(at, "properties"), key), depth + 1);
  $crdSchemaKeywords(errors, schema["additionalProperties"], $field(at, "additionalProperties"), depth + 1);
  $crdSchemaKeywords(errors, schema["not"], $field(at, "not"), depth + 1);
  for (const junctor of ["allOf", "anyOf", "oneOf"]) {
    const list = schema[junctor];
    if (Array.isArray(list))
      for (let i = 0; i < list.length; i++)
        $crdSchemaKeywords(errors, list[i], $index($field(at, junctor), i), depth + 1);
  }
}

/** The reasons a rule may give (validation.go supportedValidationReason, as sets.List sorts them). */
const $crdReasons = ["FieldValueDuplicate", "FieldValueForbidden", "FieldValueInvalid", "FieldValueRequired"] as const;

/** validation.go hasNewlines: `[\n\r]+`. */
function $crdNewlines(s: string): boolean {
  return s.indexOf("\n") >= 0 || s.indexOf("\r") >= 0;
}

/**
 * The x-kubernetes-validations of one node as ValidateCustomResourceDefinitionOpenAPISchema checks their text: a rule,
 * a message without line breaks (and one when the rule has them), messageExpression and fieldPath non-empty if
 * given, a known reason. Not modelled: compiling them (the CEL compiler warns at generation time), field paths' targets.
 */
/** Go's strings.TrimSpace: Unicode's White_Space at both ends (JavaScript's trim also takes U+FEFF, and leaves U+0085). */
function $crdTrimSpace(text: string): string {
  return text.replace(
    /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g,
    "",
  );
}

function $crdRules(errors: FieldError[], rules: unknown, at: $Path): void {
  if (!Array.isArray(rules)) return;
  for (let i = 0; i < rules.length; i++) {
    const rule: unknown = rules[i];
    if (!$isObject(rule)) continue;
    const ruleAt = $index(at, i);
    const text = typeof rule["rule"] === "string" ? $crdTrimSpace(rule["rule"]) : "";
    const message = typeof rule["message"] === "string" ? rule["message"] : "";
    const trimmed = $crdTrimSpace(message);
    if (text === "")
      errors.push($error($field(ruleAt, "rule"), "FieldValueRequired", "Required value: rule is not specified"));
    else if (message !== "" && trimmed === "")
      errors.push($invalid($field(ruleAt, "message"), message, "message must be non-empty if specified"));
    else if ($crdNewlines(trimmed))
      errors.push($invalid($field(ruleAt, "message"), message, "message must not contain line breaks"));
    else if ($crdNewlines(text) && trimmed === "")
      errors.push(
        $error(
          $field(ruleAt, "message"),
          "FieldValueRequired",
          "Required value: message must be specified if rule contains line breaks",
        ),
      );
    const expression = rule["messageExpression"];
    if (typeof expression === "string" && expression !== "" && $crdTrimSpace(expression) === "")
      errors.push(
        $error(
          $field(ruleAt, "messageExpression"),
          "FieldValueRequired",
          "Required value: messageExpression must be non-empty if specified",
        ),
      );
    const reason = rule["reason"];
    if (typeof reason === "string" && !($crdReasons as readonly string[]).includes(reason))
      errors.push($notSupported($field(ruleAt, "reason"), reason, $crdReasons));
    const fieldPath = rule["fieldPath"];
    if (typeof fieldPath === "string" && fieldPath !== "" && $crdTrimSpace(fieldPath) === "")
      errors.push($invalid($field(ruleAt, "fieldPath"), fieldPath, "fieldPath must be non-empty if specified"));
    if (typeof fieldPath === "string" && $crdNewlines(fieldPath))
      errors.push($invalid($field(ruleAt, "fieldPath"), fieldPath, "fieldPath must not contain line breaks"));
  }
}

/** Required (empty) or Invalid (another) `type`, where a list or map type needs one. */
function $crdTypeFor(errors: FieldError[], type: unknown, want: string, message: string, at: $Path): void {
  if (type === want) return;
  const where = $field(at, "type");
  errors.push(
    typeof type !== "string" || type === ""
      ? $error(where, "FieldValueRequired", `Required value: ${message}`)
      : $invalid(where, type, message),
  );
}

/**
 * The list and map types of one schema node (specStandardValidatorV3's callers in validation.go: the
 * x-kubernetes-map-type and x-kubernetes-list-type checks, the map keys, validateMapListKeysMapSet).
 */
function $crdListTypes(errors: FieldError[], schema: Readonly<Record<string, unknown>>, at: $Path): void {
  const type = schema["type"];
  const mapType = schema["x-kubernetes-map-type"];
  if (typeof mapType === "string") {
    $crdTypeFor(errors, type, "object", "must be object if x-kubernetes-map-type is specified", at);
    if (mapType !== "atomic" && mapType !== "granular")
      errors.push($notSupported($field(at, "x-kubernetes-map-type"), mapType, ["atomic", "granular"]));
  }
  const listType = schema["x-kubernetes-list-type"];
  const items = $isObject(schema["items"]) ? schema["items"] : undefined;
  const itemsAt = $field(at, "items");
  if (typeof listType === "string") {
    if (type !== "array")
      $crdTypeFor(errors, type, "array", "must be array if x-kubernetes-list-type is specified", at);
    else if (listType === "set" && items !== undefined) {
      const message = "must be atomic as item of a list with x-kubernetes-list-type=set";
      const inner = items["x-kubernetes-list-type"];
      if (items["type"] === "array" && typeof inner === "string" && inner !== "atomic")
        errors.push($invalid($field(itemsAt, "x-kubernetes-list-type"), inner, message));
      if (items["type"] === "object" && items["x-kubernetes-map-type"] !== "atomic")
        errors.push($invalid($field(itemsAt, "x-kubernetes-map-type"), inner ?? null, message));
    }
    if (listType !== "atomic" && listType !== "set" && listType !== "map")
      errors.push($notSupported($field(at, "x-kubernetes-list-type"), listType, ["atomic", "set", "map"]));
  }
  const keys = Array.isArray(schema["x-kubernetes-list-map-keys"]) ? schema["x-kubernetes-list-map-keys"] : [];
  const keysAt = $field(at, "x-kubernetes-list-map-keys");
  const listTypeAt = $field(at, "x-kubernetes-list-type");
  const mapMessage = "must be map if x-kubernetes-list-map-keys is non-empty";
  if (keys.length > 0 && typeof listType !== "string")
    errors.push($error(listTypeAt, "FieldValueRequired", `Required value: ${mapMessage}`));
  else if (keys.length > 0 && listType !== "map") errors.push($invalid(listTypeAt, listType, mapMessage));
  if (listType === "map") {
    if (keys.length === 0)
      errors.push(
        $error(keysAt, "FieldValueRequired", "Required value: must not be empty if x-kubernetes-list-type is map"),
      );
    if (schema["items"] === undefined || schema["items"] === null)
      errors.push(
        $error(itemsAt, "FieldValueRequired", "Required value: must have a schema if x-kubernetes-list-type is map"),
      );
    if (items !== undefined && items["type"] !== "object")
      errors.push(
        $invalid(
          $field(itemsAt, "type"),
          items["type"] ?? "",
          "must be object if parent array's x-kubernetes-list-type is map",
        ),
      );
    const properties =
      items !== undefined && items["type"] === "object" && $isObject(items["properties"])
        ? items["properties"]
        : undefined;
    if (items !== undefined && items["type"] === "object") {
      const seen = new Set<unknown>();
      for (const key of keys) {
        const property = properties !== undefined && typeof key === "string" ? properties[key] : undefined;
        if (!$isObject(property)) errors.push($invalid(keysAt, keys, "entries must all be names of item properties"));
        else if (property["type"] === "array" || property["type"] === "object")
          errors.push(
            $invalid(
              $field($key($field(itemsAt, "properties"), key as string), "type"),
              items["type"],
              "must be a scalar type if parent array's x-kubernetes-list-type is map",
            ),
          );
        if (seen.has(key)) errors.push($invalid(keysAt, keys, "must not contain duplicate entries"));
        seen.add(key);
      }
    }
  }
  // validateMapListKeysMapSet (requireMapListKeysMapSetValidation, on create).
  if (items === undefined || (listType !== "set" && listType !== "map")) return;
  if (items["nullable"] === true)
    errors.push(
      $error(
        $field(itemsAt, "nullable"),
        "FieldValueForbidden",
        `Forbidden: cannot be nullable when x-kubernetes-list-type is ${listType}`,
      ),
    );
  if (listType !== "map" || !$isObject(items["properties"])) return;
  const required = Array.isArray(items["required"]) ? items["required"] : [];
  for (const key of keys) {
    const property = typeof key === "string" ? items["properties"][key] : undefined;
    if (!$isObject(property)) continue;
    const keyAt = $key($field(itemsAt, "properties"), key as string);
    if (!required.includes(key) && (property["default"] === undefined || property["default"] === null))
      errors.push(
        $error(
          $field(keyAt, "default"),
          "FieldValueRequired",
          "Required value: this property is in x-kubernetes-list-map-keys, so it must have a default or be a required property",
        ),
      );
    if (property["nullable"] === true)
      errors.push(
        $error(
          $field(keyAt, "nullable"),
          "FieldValueForbidden",
          "Forbidden: this property is in x-kubernetes-list-map-keys, so it cannot be nullable",
        ),
      );
  }
}

/**
 * The invariants of a structural schema that read its tree alone (apiextensions-apiserver pkg/apiserver/schema
 * validation.go validateStructuralInvariants, on properties, items and additionalProperties): an array's items, a
 * type everywhere (unless int-or-string or preserve-unknown-fields), an object at the root, no additionalProperties
 * at the root, kind and apiVersion strings and metadata an object where metadata is checked. Not modelled: the value
 * validations' (allOf, anyOf, oneOf, not) restrictions, completeness, what metadata may specify.
 */
function $crdStructural(errors: FieldError[], schema: unknown, level: number, at: $Path): void {
  if (!$isObject(schema)) return;
  const type = typeof schema["type"] === "string" ? schema["type"] : "";
  const items = schema["items"];
  if (type === "array" && items === undefined)
    errors.push($error($field(at, "items"), "FieldValueRequired", "Required value: must be specified"));
  if ($isObject(items)) $crdStructural(errors, items, 1, $field(at, "items"));
  const properties = schema["properties"];
  if ($isObject(properties))
    for (const key of Object.keys(properties))
      $crdStructural(errors, properties[key], 2, $key($field(at, "properties"), key));
  const additional = schema["additionalProperties"];
  if (additional !== undefined && additional !== null) {
    if (level === 0)
      errors.push(
        $error($field(at, "additionalProperties"), "FieldValueForbidden", "Forbidden: must not be used at the root"),
      );
    if ($isObject(additional)) $crdStructural(errors, additional, 2, $field(at, "additionalProperties"));
  }
  const embedded = schema["x-kubernetes-embedded-resource"] === true;
  const typeAt = $field(at, "type");
  if (embedded && type !== "object") {
    const message = "must be object if x-kubernetes-embedded-resource is true";
    errors.push(
      type === ""
        ? $error(typeAt, "FieldValueRequired", `Required value: ${message}`)
        : $invalid(typeAt, type, message),
    );
  } else if (
    type === "" &&
    schema["x-kubernetes-int-or-string"] !== true &&
    schema["x-kubernetes-preserve-unknown-fields"] !== true
  ) {
    const where =
      level === 0 ? "at the root" : level === 1 ? "for specified array items" : "for specified object fields";
    errors.push($error(typeAt, "FieldValueRequired", `Required value: must not be empty ${where}`));
  }
  if (level === 0 && type !== "" && type !== "object")
    errors.push($invalid(typeAt, type, "must be object at the root"));
  if (!$isObject(properties) || (level !== 0 && !embedded)) return;
  for (const key of ["kind", "apiVersion"]) {
    const property = properties[key];
    const given = $isObject(property) && typeof property["type"] === "string" ? property["type"] : "";
    if (property !== undefined && given !== "string")
      errors.push($invalid($field($key($field(at, "properties"), key), "type"), given, "must be string"));
  }
  const metadata = properties["metadata"];
  const metadataType = $isObject(metadata) && typeof metadata["type"] === "string" ? metadata["type"] : "";
  if (metadata !== undefined && metadataType !== "object")
    errors.push($invalid($field($key($field(at, "properties"), "metadata"), "type"), metadataType, "must be object"));
}

// specgen:strip-begin
// Internals of the generated file, exported here for runtime/crd-definition.ts and the unit tests only.
export { $crdTrimSpace, $crdSchemaKeywords, $crdStructural };
// specgen:strip-end
