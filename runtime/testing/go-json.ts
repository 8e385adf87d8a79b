import { goTimeParseError } from "./go-time.js";
import { $quantityJsonError } from "../quantity-grammar.js";
import { goBase64Error } from "./go-base64.js";
import { isJsonObject } from "./merge-patch.js";
import { fromParsed, GoNumber, GoObject, readGoJson, type GoJson } from "./go-json-text.js";
import type { FakeObject, ResourceSpec } from "./types.js";

/**
 * The error Go's JSON decoder (sigs.k8s.io/json, encoding/json's rules, case-sensitive) gives when a body is decoded
 * into a built-in kind's Go struct, found by walking the body against the kind's schema in the spec's OpenAPI
 * document. As in Go: the values are read in the body's order; a value of the wrong JSON kind, an integer out of
 * range and bad base64 are kept (the first one is the error) while decoding goes on; a field type's own
 * UnmarshalJSON (Time, MicroTime, Quantity, IntOrString) stops decoding with its error. A type error names the
 * innermost struct and the path of JSON field names to it (`EnvVar.spec.template.spec.containers.env.value`).
 * Given the body's text, it reads it as Go does (go-json-text.ts): members in the order written, a repeated name
 * twice, and each number by its text (`2.0` is not an integer to Go, `9223372036854775808` overflows int64).
 * Known gaps: a Go named scalar type (`v1.Protocol`) is not in the OpenAPI document, so the error names the JSON
 * type's own (`string`); a body given parsed (no text) has JavaScript's property order and numbers' values only; a
 * quantity string's escapes are decoded before ParseQuantity reads it, where Go's UnmarshalJSON keeps them.
 */
export class GoDecoder {
  private schemas: Readonly<Record<string, unknown>> | undefined;
  private readonly roots = new Map<string, string | undefined>();

  constructor(private readonly document: () => Record<string, unknown>) {}

  /**
   * The decoder's error for `object` as `resource` (undefined: none), or undefined when the kind has no schema.
   * `sorted`: the object was re-encoded from a Go map, keys in order (a merge or JSON patch's result). `text`: the
   * body as sent, which `object` was parsed from.
   */
  decode(resource: ResourceSpec, object: FakeObject, sorted = false, text?: string): GoDecoded | undefined {
    this.schemas ??= schemasOf(this.document());
    const key = `${resource.group}/${resource.version}/${resource.kind}`;
    if (!this.roots.has(key)) this.roots.set(key, rootOf(this.schemas, resource));
    const root = this.roots.get(key);
    if (root === undefined) return undefined;
    const walk: Walk = { schemas: this.schemas, saved: undefined, strict: [] };
    const body = text === undefined ? fromParsed(object, sorted) : readGoJson(text);
    const start = { struct: "", fields: [], at: "" };
    const stopped = decodeValue(walk, body, resolve(walk, { $ref: `#/${root}` }), start);
    return { refusal: stopped ?? walk.saved, strict: walk.strict };
  }
}

/** What decoding a body found. */
export interface GoDecoded {
  /** The error that fails the request (400), if any. */
  readonly refusal: string | undefined;
  /**
   * The strict decoding errors (sigs.k8s.io/json's DisallowUnknownFields and DisallowDuplicateFields), in the body's
   * order: `unknown field "spec.x"`, `duplicate field "spec.template.spec.containers[0].image"`. A struct field both
   * unknown and repeated is reported once, as unknown; members of a map are not checked here.
   */
  readonly strict: readonly string[];
}

type Schema = Readonly<Record<string, unknown>>;

/** The decoding under way: the schemas by name, and the first error kept. */
interface Walk {
  readonly schemas: Readonly<Record<string, unknown>>;
  saved: string | undefined;
  readonly strict: string[];
}

/** Go's error context: the innermost struct and the JSON field names down to the value. */
interface Context {
  readonly struct: string;
  readonly fields: readonly string[];
  /** The value's path as field validation prints it (`spec.containers[0].image`). */
  readonly at: string;
}

/** A member's path below `at`. */
function below(at: string, key: string): string {
  return at === "" ? key : `${at}.${key}`;
}

/** A schema with its `$ref`s followed, and the name of the last one (a Go named type). */
interface Resolved {
  readonly schema: Schema;
  readonly name: string | undefined;
}

function schemasOf(document: Record<string, unknown>): Readonly<Record<string, unknown>> {
  const components = isJsonObject(document["components"]) ? document["components"]["schemas"] : undefined;
  if (isJsonObject(components)) return components;
  return isJsonObject(document["definitions"]) ? document["definitions"] : {};
}

/** The schema key whose `x-kubernetes-group-version-kind` names the resource's kind. */
function rootOf(schemas: Readonly<Record<string, unknown>>, resource: ResourceSpec): string | undefined {
  for (const [name, schema] of Object.entries(schemas)) {
    const kinds = isJsonObject(schema) ? schema["x-kubernetes-group-version-kind"] : undefined;
    if (
      Array.isArray(kinds) &&
      kinds.some(
        (gvk) =>
          isJsonObject(gvk) &&
          (gvk["group"] ?? "") === resource.group &&
          gvk["version"] === resource.version &&
          gvk["kind"] === resource.kind,
      )
    )
      return name;
  }
  return undefined;
}

/** Follows `$ref` (`#/components/schemas/X`, `#/definitions/X`, or the bare `#/X` of a root) and `allOf`'s `$ref`. */
function resolve(walk: Walk, schema: unknown): Resolved {
  let current: Schema = isJsonObject(schema) ? schema : {};
  let name: string | undefined;
  for (let hops = 0; hops < 64; hops++) {
    // An allOf's one `$ref` is the Go type; its other members only constrain it (as an overlay's pattern does).
    const allOf = current["allOf"];
    const refs = Array.isArray(allOf) ? allOf.filter((member) => isJsonObject(member) && "$ref" in member) : [];
    const ref = refs.length === 1 ? (refs[0] as Record<string, unknown>)["$ref"] : current["$ref"];
    if (typeof ref !== "string") break;
    name = decodeURIComponent(ref.slice(ref.lastIndexOf("/") + 1))
      .replace(/~1/g, "/")
      .replace(/~0/g, "~");
    const target = walk.schemas[name];
    current = isJsonObject(target) ? target : {};
  }
  return { schema: current, name };
}

/** Go's type name of a named type: its package's name (the key's second-last segment) and its own. */
function namedType(name: string): string {
  const segments = name.split(".");
  return segments.length < 2 ? name : `${segments[segments.length - 2]}.${segments[segments.length - 1]}`;
}

/** How a named apimachinery type decodes: by its own UnmarshalJSON, or any JSON at all. */
const SPECIAL_TYPES: ReadonlyMap<string, "quantity" | "time" | "micro-time" | "int-or-string" | "any"> = new Map([
  ["io.k8s.apimachinery.pkg.api.resource.Quantity", "quantity"],
  ["io.k8s.apimachinery.pkg.apis.meta.v1.Time", "time"],
  ["io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime", "micro-time"],
  ["io.k8s.apimachinery.pkg.util.intstr.IntOrString", "int-or-string"],
  ["io.k8s.apimachinery.pkg.runtime.RawExtension", "any"],
  ["io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1", "any"],
  ["io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON", "any"],
  ["io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrArray", "any"],
  ["io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrBool", "any"],
  ["io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrStringArray", "any"],
]);

/** What a schema decodes into in Go. */
type GoShape = "struct" | "map" | "slice" | "bytes" | "string" | "bool" | "int32" | "int64" | "float" | "any";

function shapeOf(schema: Schema): GoShape {
  const type = schema["type"];
  if (isJsonObject(schema["properties"])) return "struct";
  const additional = schema["additionalProperties"];
  if (type === "object" || type === undefined) return isJsonObject(additional) || additional === true ? "map" : "any";
  if (type === "array") return "slice";
  if (type === "string") return schema["format"] === "byte" ? "bytes" : "string";
  if (type === "boolean") return "bool";
  if (type === "integer") return schema["format"] === "int32" ? "int32" : "int64";
  return type === "number" ? "float" : "any";
}

/** Go's name of the type a schema decodes into, as reflect prints it (`[]v1.Container`, `map[string]string`). */
function goTypeName(walk: Walk, resolved: Resolved): string {
  if (resolved.name !== undefined) return namedType(resolved.name);
  const schema = resolved.schema;
  switch (shapeOf(schema)) {
    case "slice":
      return `[]${goTypeName(walk, resolve(walk, schema["items"]))}`;
    case "map":
      return `map[string]${goTypeName(walk, resolve(walk, schema["additionalProperties"]))}`;
    case "bytes":
      return "[]uint8";
    case "float":
      return schema["format"] === "float" ? "float32" : "float64";
    case "struct":
    case "any":
      return "interface {}";
    default:
      return shapeOf(schema);
  }
}

/** The JSON kind of a value, as Go's UnmarshalTypeError names it. */
function jsonKind(value: GoJson): string {
  if (typeof value === "boolean") return "bool";
  if (typeof value === "string") return "string";
  if (value instanceof GoNumber) return "number";
  return value instanceof GoObject ? "object" : "array";
}

/** A value's JSON text: a number's as written. */
function jsonText(value: GoJson): string {
  if (value instanceof GoNumber) return value.text ?? String(value.value);
  if (value instanceof GoObject)
    return `{${value.entries.map(([key, item]) => `${JSON.stringify(key)}:${jsonText(item)}`).join(",")}}`;
  return Array.isArray(value) ? `[${value.map(jsonText).join(",")}]` : JSON.stringify(value);
}

/** The bounds of Go's integer types, inclusive. */
const INTEGER_BOUNDS = {
  int32: [-(2n ** 31n), 2n ** 31n - 1n],
  int64: [-(2n ** 63n), 2n ** 63n - 1n],
  uint8: [0n, 255n],
} as const;

/** Whether Go's strconv.ParseInt (ParseUint for uint8) takes a number's text and the type holds it. */
function holdsInteger(value: GoNumber, type: "int32" | "int64" | "uint8"): boolean {
  const [low, high] = INTEGER_BOUNDS[type];
  if (value.text === undefined) {
    // Only the double is known: int64's upper bound is inclusive here, as 2^63 - 1 reaches us rounded to 2^63.
    const top = type === "int64" ? 2 ** 63 : Number(high);
    return Number.isInteger(value.value) && value.value >= Number(low) && value.value <= top;
  }
  if (!(type === "uint8" ? /^\d+$/ : /^-?\d+$/).test(value.text)) return false;
  const exact = BigInt(value.text);
  return exact >= low && exact <= high;
}

/** Whether Go's strconv.ParseFloat of a number's text stays finite in the type's size. */
function holdsFloat(value: GoNumber, bits: 32 | 64): boolean {
  if (value.text === undefined) return true;
  const parsed = Number(value.text);
  return Number.isFinite(bits === 32 ? Math.fround(parsed) : parsed);
}

function typeError(value: string, type: string, context: Context): string {
  return context.struct === "" && context.fields.length === 0
    ? `json: cannot unmarshal ${value} into Go value of type ${type}`
    : `json: cannot unmarshal ${value} into Go struct field ${context.struct}.${context.fields.join(".")} of type ${type}`;
}

/** The type error for a value an integer type of Go cannot hold (the JSON kind, or `number <text>`). */
function integerError(value: GoJson, type: "int32" | "int64" | "uint8", context: Context): string | undefined {
  if (!(value instanceof GoNumber)) return typeError(jsonKind(value), type, context);
  return holdsInteger(value, type) ? undefined : typeError(`number ${jsonText(value)}`, type, context);
}

/** A value decoded by a field type's own UnmarshalJSON: its error stops decoding. */
function decodeSpecial(value: GoJson, special: string, context: Context): string | undefined {
  switch (special) {
    case "quantity":
      // UnmarshalJSON parses a JSON string's content, and any other value's JSON text.
      return $quantityJsonError(typeof value === "string" ? value : jsonText(value));
    case "time":
    case "micro-time":
      // The JSON value is first decoded into a Go string, then parsed.
      return typeof value === "string"
        ? goTimeParseError(value, special === "micro-time")
        : typeError(jsonKind(value), "string", context);
    case "int-or-string":
      return typeof value === "string" ? undefined : integerError(value, "int32", context);
    default:
      return undefined;
  }
}

/** Decodes one value; returns the error that stops decoding, and keeps the first other error in `walk.saved`. */
function decodeValue(walk: Walk, value: GoJson, resolved: Resolved, context: Context): string | undefined {
  if (value === null) return undefined;
  const special = resolved.name === undefined ? undefined : SPECIAL_TYPES.get(resolved.name);
  if (special !== undefined) return decodeSpecial(value, special, context);
  const schema = resolved.schema;
  const shape = shapeOf(schema);
  const save = (error: string | undefined): undefined => {
    walk.saved ??= error;
    return undefined;
  };
  const wrongKind = () => save(typeError(jsonKind(value), goTypeName(walk, resolved), context));
  switch (shape) {
    case "struct": {
      if (!(value instanceof GoObject)) return wrongKind();
      const properties = schema["properties"] as Record<string, unknown>;
      const struct =
        resolved.name === undefined ? context.struct : resolved.name.slice(resolved.name.lastIndexOf(".") + 1);
      const seen = new Set<string>();
      for (const [key, child] of value.entries) {
        const repeated = seen.has(key);
        seen.add(key);
        if (!Object.hasOwn(properties, key)) {
          if (!repeated) walk.strict.push(`unknown field "${below(context.at, key)}"`);
          continue;
        }
        if (repeated) walk.strict.push(`duplicate field "${below(context.at, key)}"`);
        const field = { struct, fields: [...context.fields, key], at: below(context.at, key) };
        const stopped = decodeValue(walk, child, resolve(walk, properties[key]), field);
        if (stopped !== undefined) return stopped;
      }
      return undefined;
    }
    case "map": {
      if (!(value instanceof GoObject)) return wrongKind();
      const values = resolve(walk, schema["additionalProperties"]);
      for (const [key, child] of value.entries) {
        const stopped = decodeValue(walk, child, values, { ...context, at: below(context.at, key) });
        if (stopped !== undefined) return stopped;
      }
      return undefined;
    }
    case "slice": {
      if (!Array.isArray(value)) return wrongKind();
      const items = resolve(walk, schema["items"]);
      for (const [index, item] of value.entries()) {
        const stopped = decodeValue(walk, item, items, { ...context, at: `${context.at}[${index}]` });
        if (stopped !== undefined) return stopped;
      }
      return undefined;
    }
    case "bytes":
      // A JSON string is base64; a JSON array fills the bytes one number each.
      if (typeof value === "string") return save(goBase64Error(value));
      if (!Array.isArray(value)) return wrongKind();
      for (const item of value) if (item !== null) save(integerError(item, "uint8", context));
      return undefined;
    case "string":
      return typeof value === "string" ? undefined : wrongKind();
    case "bool":
      return typeof value === "boolean" ? undefined : wrongKind();
    case "int32":
    case "int64":
      return save(integerError(value, shape, context));
    case "float": {
      if (!(value instanceof GoNumber)) return wrongKind();
      const type = goTypeName(walk, resolved);
      return holdsFloat(value, type === "float32" ? 32 : 64)
        ? undefined
        : save(typeError(`number ${jsonText(value)}`, type, context));
    }
    case "any":
      return undefined;
  }
}
