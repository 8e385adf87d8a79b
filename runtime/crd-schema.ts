// specgen:strip-begin
// The rules a Kubernetes API server applies to the schemas of a CustomResourceDefinition (apiextensions.k8s.io/v1) on
// create that read the schema tree alone, included by validators.hbs with runtime/crd-definition.ts, which calls them.
// Go source, kubernetes/kubernetes release-1.36, staging/src/k8s.io/apiextensions-apiserver/:
// pkg/apis/apiextensions/validation/validation.go (specStandardValidatorV3.validate, reached by
// ValidateCustomResourceDefinitionOpenAPISchema) and pkg/apiserver/schema/validation.go
// (validateStructuralInvariants). Not modelled: value validations' structural restrictions, completeness, defaults,
// CEL compilation and cost, list-type map keys.
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
export { $crdSchemaKeywords, $crdStructural };
// specgen:strip-end
