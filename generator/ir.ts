/**
 * The intermediate representation: what every printer and view reads. Small, readonly, tagged by `kind`.
 * Recursion goes through `ref` (by model name), so no cache or cycle bookkeeping is needed anywhere.
 */

/** Which direction a value travels: `request` is what a client sends, `response` what a server returns. */
export type Mode = 'request' | 'response';

/** Documentation carried from the spec; printed only through print/doc.ts. */
export interface Doc {
  readonly description?: string;
  readonly default?: unknown;
  readonly format?: string;
  readonly deprecated?: boolean;
  readonly examples?: readonly unknown[];
}

/**
 * Fields every type node may carry. `onlyIn` restricts a union member to one mode (for example a `null` the server
 * sends but never accepts); types print the member regardless, validators check it only in that mode.
 */
interface TypeBase {
  readonly onlyIn?: Mode;
  /** Kubernetes CEL rules (`x-kubernetes-validations`) that a value of this type must also satisfy. */
  readonly rules?: readonly ValidationRule[];
  /** JSON Schema checks beyond the shape, which TypeScript cannot say (`not`, `if`, deep `enum`, ...). */
  readonly assertions?: readonly Assertion[];
  /**
   * Go decodes `null` here to the zero value ("not set"): validators accept a `null` without checking it. Types do
   * not print it: it is how the server reads a request, not a value it stores or returns.
   */
  readonly nullIsUnset?: boolean;
}

/** The string formats the validators check or deliberately leave unchecked; any other is warned about at its place. */
export const STRING_FORMATS: ReadonlySet<string> = new Set([
  'date',
  'time',
  'date-time',
  'duration',
  'email',
  'hostname',
  'ipv4',
  'ipv6',
  'uri',
  'uri-reference',
  'uuid',
  'regex',
  'byte',
  'binary',
  'password',
  // Kubernetes' resource.Quantity, as the go-decoding rules mark it: checked against the apimachinery grammar.
  'quantity',
]);

/** Number formats: the integer ranges are checked; `float` and `double` only describe the encoding. */
export const NUMBER_FORMATS: ReadonlySet<string> = new Set(['int32', 'int64', 'float', 'double']);

/** A JSON kind, as JSON Schema's `type` names it (`integer` aside). */
export type JsonKind = 'string' | 'number' | 'array' | 'object';

/**
 * A JSON Schema check that narrows no TypeScript type, so it sits beside the shape instead of in it. `when` carries the
 * type-specific keywords of a schema without that `type` (JSON Schema applies `maximum` only to numbers, and so on).
 */
export type Assertion =
  | { readonly kind: 'not'; readonly type: Type }
  | { readonly kind: 'if'; readonly if: Type; readonly then?: Type; readonly else?: Type }
  | { readonly kind: 'enum'; readonly values: readonly unknown[] }
  | { readonly kind: 'when'; readonly json: JsonKind; readonly type: Type }
  | { readonly kind: 'unevaluatedProperties'; readonly plan: Evaluation; readonly type: Type }
  | { readonly kind: 'unevaluatedItems'; readonly plan: Evaluation; readonly type: Type };

/**
 * Which properties and items a schema evaluates (JSON Schema's annotations), for `unevaluatedProperties` and
 * `unevaluatedItems`: the keywords in place, and the subschemas that count only when the value passes them.
 */
export interface Evaluation {
  /** Property names listed in `properties`. */
  readonly properties: readonly string[];
  /** `patternProperties` patterns. */
  readonly patterns: readonly string[];
  /** Every property (`additionalProperties` or a nested `unevaluatedProperties`). */
  readonly allProperties: boolean;
  /** The number of leading items evaluated (`prefixItems`). */
  readonly prefixItems: number;
  /** Every item (`items`, or a nested `unevaluatedItems`). */
  readonly allItems: boolean;
  /** Items that match this `contains` schema. */
  readonly contains: readonly Type[];
  /** Subschemas whose evaluations count when the value passes `when` (`anyOf`/`oneOf` branches, `if`/`then`/`else`). */
  readonly conditional: readonly { readonly when: Type; readonly negate: boolean; readonly plan: Evaluation }[];
  /** `dependentSchemas`: counts when the property is present. */
  readonly dependent: readonly { readonly property: string; readonly plan: Evaluation }[];
}

/** One `x-kubernetes-validations` entry: a CEL expression over `self` that must be true. */
export interface ValidationRule {
  readonly rule: string;
  readonly message?: string;
  /** A CEL expression over `self` giving the message; `message` is used when it fails or gives "". */
  readonly messageExpression?: string;
  /**
   * `x-specgen-value-expression`: a CEL expression over `self` giving the value an Invalid failure quotes, for a rule
   * that stands for Go validation (`field.Invalid(path, value, ...)` quotes the field's value, where CEL quotes the
   * schema type); the schema type when it fails or gives no JSON scalar.
   */
  readonly valueExpression?: string;
  /** Where to report a failure, relative to the value (`.spec.name`); the value itself when absent. */
  readonly fieldPath?: string;
  /** The field error type to report (`FieldValueInvalid` unless the rule says otherwise). */
  readonly reason?: 'FieldValueInvalid' | 'FieldValueForbidden' | 'FieldValueRequired' | 'FieldValueDuplicate';
  /** Check the rule only in this mode (`x-specgen-only-in` on the entry). */
  readonly onlyIn?: Mode;
  /**
   * `optionalOldSelf: true`: a transition rule that also runs where there is no old value (on create, on a new item),
   * with `oldSelf` an optional (`oldSelf.hasValue()`, `oldSelf.orValue(x)`).
   */
  readonly optionalOldSelf?: boolean;
  /** JSON pointer of the rule in the document, for diagnostics. */
  readonly source: string;
}

/** A JSON string with its constraints. */
export interface StringType extends TypeBase {
  readonly kind: 'string';
  readonly format?: string;
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  /**
   * The closed set of values a request may carry where the server's validation says so though the spec declares a
   * plain string (Kubernetes built-in types, kubernetes-enum-rules.ts); responses take any string.
   */
  readonly requestEnum?: RequestEnum;
}

/** Values a request's string must be one of, in the order the server lists them, and whether "" passes too. */
export interface RequestEnum {
  readonly values: readonly string[];
  readonly emptyPasses: boolean;
}

/** A JSON number; `integer` when the spec says `type: integer`. */
export interface NumberType extends TypeBase {
  readonly kind: 'number';
  readonly integer: boolean;
  readonly format?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly multipleOf?: number;
}

/** `true` or `false`. */
export interface BooleanType extends TypeBase {
  readonly kind: 'boolean';
}

/** JSON `null`. */
export interface NullType extends TypeBase {
  readonly kind: 'null';
}

/** Any JSON value: a free-form schema (`{}`), printed as `unknown`. */
export interface UnknownType extends TypeBase {
  readonly kind: 'unknown';
}

/** One exact value (an enum member or a `const`). */
export interface LiteralType extends TypeBase {
  readonly kind: 'literal';
  readonly value: string | number | boolean | null;
}

/** A JSON array. */
export interface ArrayType extends TypeBase {
  readonly kind: 'array';
  readonly items: Type;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly uniqueItems?: boolean;
  /** `prefixItems` (draft 4: `items` as a list): the leading items; `items` then types the rest. */
  readonly prefixItems?: readonly Type[];
  /** `contains` with its bounds (`minContains` defaults to 1). */
  readonly contains?: { readonly type: Type; readonly min: number; readonly max?: number };
  /**
   * `x-kubernetes-list-type` uniqueness the server checks: `set` items unique as values, `map` items unique by their
   * `keys`; `reportAt` names the item field a built-in type's validation reports a duplicate at (`name`).
   */
  readonly unique?: { readonly keys?: readonly string[]; readonly reportAt?: string };
  /** A custom resource's `x-kubernetes-list-type: atomic` list: an update correlates none of its items (ratcheting). */
  readonly atomic?: boolean;
}

/** Presence rules of one property, per mode. */
export interface Presence {
  /** The property must be present (and not `undefined`) in a request. */
  readonly request: boolean;
  /** The property must be present in a response. */
  readonly response: boolean;
}

/** One named property of an object type. */
export interface Property {
  readonly name: string;
  readonly type: Type;
  readonly required: Presence;
  /** Set by the server; requests may carry it but the server ignores it, so requests check it as a response. */
  readonly readOnly: boolean;
  /** Sent by clients only (OpenAPI `writeOnly`): a response leaves it out, so responses do not require it. */
  readonly writeOnly?: boolean;
  /** A request must not send `null` here even when responses may (for example `spec` on create). */
  readonly nonNullInRequest: boolean;
  readonly doc: Doc;
}

/**
 * A JSON object. `additionalProperties` is the type of keys not listed: absent when the spec says nothing (extra keys
 * are tolerated but not typed), `unknown` for free-form objects and maps, `false` when the object is closed.
 */
export interface ObjectType extends TypeBase {
  readonly kind: 'object';
  readonly properties: readonly Property[];
  readonly additionalProperties?: Type | false;
  readonly minProperties?: number;
  readonly maxProperties?: number;
  /** `patternProperties`: keys matching a pattern take its type (and are not extra keys). */
  readonly patternProperties?: readonly { readonly pattern: string; readonly type: Type }[];
  /** `propertyNames`: every key must be a string of this type. */
  readonly propertyNames?: Type;
  /** `dependentRequired` (draft 4: `dependencies` lists): when the key is present, so must these be. */
  readonly dependentRequired?: readonly { readonly property: string; readonly required: readonly string[] }[];
  /** `dependentSchemas` (draft 4: `dependencies` schemas): when the key is present, the object must match. */
  readonly dependentSchemas?: readonly { readonly property: string; readonly type: Type }[];
}

/** Any one of the members (`oneOf`/`anyOf`, enums, nullable). */
export interface UnionType extends TypeBase {
  readonly kind: 'union';
  readonly members: readonly Type[];
  /** `oneOf`: exactly one member may match. */
  readonly exclusive?: boolean;
  /** A `discriminator`: the property whose value picks the member (each member narrows it to its values). */
  readonly discriminator?: Discriminator;
}

/** The discriminator of a `oneOf`/`anyOf`: its property and every value a member is mapped to. */
export interface Discriminator {
  readonly property: string;
  readonly values: readonly string[];
  /**
   * The values that select each member, in order, when the members narrow the property themselves (the children of
   * a parent that declares the discriminator); absent, each member is narrowed by an intersection with its values.
   */
  readonly memberValues?: readonly (readonly string[])[];
}

/** All of the members at once (`allOf`). */
export interface IntersectionType extends TypeBase {
  readonly kind: 'intersection';
  readonly members: readonly Type[];
}

/** A reference to a named model. */
export interface RefType extends TypeBase {
  readonly kind: 'ref';
  readonly name: string;
}

/** Every type the IR can express. */
export type Type =
  | StringType
  | NumberType
  | BooleanType
  | NullType
  | UnknownType
  | LiteralType
  | ArrayType
  | ObjectType
  | UnionType
  | IntersectionType
  | RefType;

/** Kubernetes group/version/kind. */
export interface GroupVersionKind {
  readonly group: string;
  readonly version: string;
  readonly kind: string;
}

/** One named schema: a declaration in types.ts and a validator in validators.ts. */
export interface Model {
  /** The TypeScript name, fixed once by names.ts. */
  readonly name: string;
  /** The key the spec gives it, e.g. `com.github.openshift.api.image.v1.ImageTag`. */
  readonly key: string;
  readonly type: Type;
  readonly doc: Doc;
  /** JSON pointer of the schema in the (upgraded) document. */
  readonly source: string;
  /** Group/version/kind when the schema is a Kubernetes kind (from the extension, or derived). */
  readonly gvk?: GroupVersionKind;
  /** A stored Kubernetes kind: create and update requests need `metadata.name` or `metadata.generateName`. */
  readonly nameRequired?: boolean;
}

/** Where a parameter travels. */
export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

/** One operation parameter. */
export interface Parameter {
  /** The name on the wire. */
  readonly name: string;
  /** The property of the client's parameters object: the name, unless another location took it first. */
  readonly key: string;
  readonly in: ParameterLocation;
  readonly required: boolean;
  readonly type: Type;
  readonly doc: Doc;
  /** Query arrays: repeat the key (`explode`, the default) or join with commas. */
  readonly explode: boolean;
  /** The OpenAPI serialization style (`form`, `simple`, `label`, `matrix`, `deepObject`, ...), given or default. */
  readonly style?: ParameterStyle;
  /** Query values keep RFC 3986 reserved characters unencoded. */
  readonly allowReserved?: boolean;
}

/** OpenAPI parameter serialization styles. */
export type ParameterStyle = 'form' | 'simple' | 'label' | 'matrix' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';

/** A body for one media type. */
export interface MediaBody {
  readonly mediaType: string;
  readonly type: Type;
  /** The `encoding` object of a form-urlencoded or multipart body: how each property goes on the wire. */
  readonly encoding?: readonly PropertyEncoding[];
}

/** One property's entry of an `encoding` object, sorted by property. */
export interface PropertyEncoding {
  readonly property: string;
  /** The part's (or the form value's) media type; a list (`image/png, image/jpeg`) as given. */
  readonly contentType?: string;
  /** Given when `style`, `explode` or `allowReserved` is: the value is then serialized as a query parameter is. */
  readonly style?: ParameterStyle;
  readonly explode?: boolean;
  readonly allowReserved?: boolean;
  /** The names of the headers a multipart part declares (their values are the caller's). */
  readonly headers?: readonly { readonly name: string; readonly required: boolean }[];
}

/** A request body: one entry per media type, sorted by media type. */
export interface RequestBody {
  readonly required: boolean;
  readonly content: readonly MediaBody[];
  readonly doc: Doc;
}

/** One response by status code (`default` included), with its bodies. */
export interface Response {
  readonly status: string;
  readonly content: readonly MediaBody[];
  readonly doc: Doc;
}

/** HTTP methods in the order OpenAPI lists them. */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** An HTTP method. */
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** One operation: a method on a path. */
export interface Operation {
  /** The client method name, fixed once by names.ts. */
  readonly name: string;
  /** The spec's `operationId`, when it has one. */
  readonly operationId?: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly parameters: {
    readonly path: readonly Parameter[];
    readonly query: readonly Parameter[];
    readonly header: readonly Parameter[];
    readonly cookie?: readonly Parameter[];
  };
  readonly body?: RequestBody;
  readonly responses: readonly Response[];
  readonly doc: Doc & { readonly summary?: string };
  readonly tags: readonly string[];
  /** `x-kubernetes-action` (get, list, create, update, patch, delete, ...), given or derived. */
  readonly kubernetesAction?: string;
  /** JSON pointer of the operation in the (upgraded) document. */
  readonly source: string;
  /** The operation's own `security` (alternatives, each a set of scheme names); absent: the API's. */
  readonly security?: readonly SecurityRequirement[];
}

/** One alternative of a `security` requirement: the names of the schemes sent together (empty: no auth). */
export type SecurityRequirement = readonly string[];

/** One of the spec's `securitySchemes`, as the client sends it. */
export type SecurityScheme =
  | { readonly name: string; readonly kind: 'apiKey'; readonly in: 'header' | 'query' | 'cookie'; readonly key: string }
  | { readonly name: string; readonly kind: 'bearer' }
  | { readonly name: string; readonly kind: 'basic' }
  | { readonly name: string; readonly kind: 'oauth2' };

/** A server URL template with its variables' defaults (and allowed values). */
export interface Server {
  readonly url: string;
  readonly variables: readonly {
    readonly name: string;
    readonly default: string;
    readonly enum?: readonly string[];
  }[];
}

/** A Kubernetes resource: one kind served at one plural path, and the operations that serve it. */
export interface Resource {
  readonly gvk: GroupVersionKind;
  readonly plural: string;
  readonly namespaced: boolean;
  /** Sorted verbs: get, list, create, update, patch, delete, ... */
  readonly verbs: readonly string[];
  /** Names of the operations (Operation.name) that serve it, sorted. */
  readonly operations: readonly string[];
}

/** A request the API sends to its users' servers: a 3.1 webhook, or a callback of an operation. */
export interface Webhook {
  readonly kind: 'webhook' | 'callback';
  /** The handler's name (a camelCase identifier, unique among handlers of its kind). */
  readonly name: string;
  readonly method: HttpMethod;
  /** The model the JSON payload is, or undefined when the request carries no JSON body. */
  readonly payload?: string;
  readonly doc: Doc;
  /** JSON pointer of the operation in the document. */
  readonly source: string;
}

/** The whole API, in canonical (sorted) order. */
export interface Api {
  readonly title: string;
  readonly version: string;
  /** True when the spec is Kubernetes-style and the Kubernetes rules were applied. */
  readonly kubernetes: boolean;
  /** The API is custom resources (CRD input): the API server applies their schema `default`s (`defaultX`). */
  readonly customResources?: boolean;
  readonly models: readonly Model[];
  readonly operations: readonly Operation[];
  readonly resources: readonly Resource[];
  /** The spec's `servers` (Swagger `host`/`basePath` upgraded), first one the client's default. */
  readonly servers?: readonly Server[];
  readonly securitySchemes?: readonly SecurityScheme[];
  /** The API-wide `security` requirement (empty: none). */
  readonly security?: readonly SecurityRequirement[];
  /** Webhooks and callbacks, whose payload models are among `models`. */
  readonly webhooks?: readonly Webhook[];
}
