import { isJsonObject, type Json, type JsonObject, type Spec } from './document.js';
import { fromPointer } from './errors.js';
import {
  CUSTOM_RESOURCES,
  GO_DECODING_RULES,
  LIST_CHECKED,
  NAME_REQUIRED_RULE,
  namedModelKeys,
} from './go-decoding.js';
import { REQUEST_ENUM_RULE } from './kubernetes-enums.js';
import { mapDocumentSchemas, type SchemaPosition } from './walk.js';

/** What a rule may look at besides the schema itself. */
export interface RuleContext {
  /** True when the spec is Kubernetes-style, so the Go serialisation rules apply. */
  readonly kubernetes: boolean;
  /** The schema an internal `$ref` points at, before normalisation, or undefined when it dangles. */
  readonly resolve: (ref: string) => JsonObject | undefined;
  /** True when the document was built from CustomResourceDefinitions (the server's CRD rules apply, not Go's). */
  readonly customResources?: boolean;
  /** Schema keys of the kinds the API stores (served at a path ending in `/{name}`). */
  readonly namedModels?: ReadonlySet<string>;
}

/** One named, pure rewrite of a schema node. */
export interface NormalizeRule {
  readonly name: string;
  /** Why the rule exists, in one line; the README lists these. */
  readonly reason: string;
  readonly apply: (schema: JsonObject, position: SchemaPosition, context: RuleContext) => JsonObject;
}

/** Extension keyword: the property may be absent from a response even though the spec lists it as required. */
export const OPTIONAL_IN_RESPONSE = 'x-specgen-optional-in-response';
/** Extension keyword: a request must not send `null` for this property (set by overlays). */
export const NON_NULL_IN_REQUEST = 'x-specgen-non-null-in-request';

/** Keywords that document a schema rather than constrain it; they stay on the outside when a schema is wrapped. */
export const DOC_KEYWORDS = new Set([
  'description',
  'title',
  'default',
  'example',
  'examples',
  'deprecated',
  'readOnly',
  'writeOnly',
  'externalDocs',
]);

/** Splits a schema into its documentation keywords (and extensions) and the rest. */
function splitDocs(schema: JsonObject): { docs: JsonObject; rest: JsonObject } {
  const docs: JsonObject = {};
  const rest: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DOC_KEYWORDS.has(key) || key.startsWith('x-')) docs[key] = value;
    else rest[key] = value;
  }
  return { docs, rest };
}

/** Follows `$ref`s (and single-`allOf` wrappers) to the schema that says what a value is. */
function resolveDeep(schema: JsonObject, context: RuleContext): JsonObject {
  let current = schema;
  for (let hops = 0; hops < 32; hops++) {
    const ref = current['$ref'];
    const allOf = current['allOf'];
    if (typeof ref === 'string') {
      const target = context.resolve(ref);
      if (!target) return current;
      current = target;
    } else if (Array.isArray(allOf) && allOf.length >= 1 && isJsonObject(allOf[0]) && current['type'] === undefined) {
      current = allOf[0];
    } else {
      return current;
    }
  }
  return current;
}

/** Adds `null` to what a schema accepts, in the canonical shapes: a type array, or an `anyOf` with a null branch. */
export function addNull(schema: JsonObject): JsonObject {
  const { nullable: _ignored, ...withoutFlag } = schema;
  const type = withoutFlag['type'];
  if (typeof type === 'string' || Array.isArray(type)) {
    const types = Array.isArray(type) ? type : [type];
    if (types.includes('null')) return withoutFlag;
    const result: JsonObject = { ...withoutFlag, type: [...types, 'null'] };
    const values = withoutFlag['enum'];
    if (Array.isArray(values) && !values.includes(null)) result['enum'] = [...values, null];
    return result;
  }
  if (Object.keys(withoutFlag).every((key) => DOC_KEYWORDS.has(key) || key.startsWith('x-'))) return withoutFlag;
  const anyOf = withoutFlag['anyOf'];
  if (Array.isArray(anyOf) && anyOf.some((member) => isJsonObject(member) && member['type'] === 'null'))
    return withoutFlag;
  const { docs, rest } = splitDocs(withoutFlag);
  return { ...docs, anyOf: [rest, { type: 'null' }] };
}

/** `com.github.openshift.api.image.v1.ImageTag` → image.openshift.io/v1 ImageTag. */
const OPENSHIFT_KEY =
  /^com\.github\.openshift\.api\.([a-z0-9]+)\.(v[0-9]+(?:(?:alpha|beta)[0-9]+)?)\.([A-Z][A-Za-z0-9]*)$/;

/** The group/version/kind list a schema declares (the extension is a list, or a single object in some documents). */
function declaredGvks(schema: JsonObject): JsonObject[] {
  const extension = schema['x-kubernetes-group-version-kind'];
  const list = Array.isArray(extension) ? extension : extension === undefined ? [] : [extension];
  return list.filter(isJsonObject);
}

/** Groups whose kinds the legacy OpenShift API (/oapi/v1) served with `apiVersion: v1`. */
const LEGACY_OPENSHIFT_GROUPS = new Set(
  [
    'apps',
    'authorization',
    'build',
    'image',
    'network',
    'oauth',
    'project',
    'quota',
    'route',
    'security',
    'template',
    'user',
  ].map((group) => `${group}.openshift.io`),
);

/** Extension keyword: the schema (a union member, or a validation rule) applies only in the given mode. */
export const ONLY_IN = 'x-specgen-only-in';

/** The rules, in the order they run on every schema node (children first). */
export const RULES: readonly NormalizeRule[] = [
  {
    name: 'derive-openshift-gvk',
    reason:
      'openshift/api definitions lack x-kubernetes-group-version-kind; a com.github.openshift.api.<group>.<version>.<Kind> with apiVersion, kind and metadata is <group>.openshift.io/<version>.',
    apply: (schema, position, context) => {
      if (!context.kubernetes || position.kind !== 'model' || schema['x-kubernetes-group-version-kind'] !== undefined)
        return schema;
      const match = OPENSHIFT_KEY.exec(position.key);
      const properties = schema['properties'];
      if (
        !match ||
        !isJsonObject(properties) ||
        !('apiVersion' in properties && 'kind' in properties && 'metadata' in properties)
      )
        return schema;
      return {
        ...schema,
        'x-kubernetes-group-version-kind': [{ group: `${match[1]}.openshift.io`, kind: match[3]!, version: match[2]! }],
      };
    },
  },
  {
    name: 'kind-literals',
    reason: 'A schema with exactly one group/version/kind has exactly one apiVersion and one kind value.',
    apply: (schema, position) => {
      const gvks = declaredGvks(schema);
      const properties = schema['properties'];
      if (position.kind !== 'model' || gvks.length !== 1 || !isJsonObject(properties)) return schema;
      const { group, version, kind } = gvks[0]!;
      if (typeof version !== 'string' || typeof kind !== 'string') return schema;
      const apiVersion = typeof group === 'string' && group !== '' ? `${group}/${version}` : version;
      let result = properties;
      for (const [name, value] of [
        ['apiVersion', apiVersion],
        ['kind', kind],
      ] as const) {
        const property = result[name];
        if (isJsonObject(property) && property['type'] === 'string' && property['enum'] === undefined) {
          result = { ...result, [name]: { ...property, enum: [value] } };
        }
      }
      return result === properties ? schema : { ...schema, properties: result };
    },
  },
  {
    name: 'openshift-legacy-api-version',
    reason:
      'OpenShift kinds of the legacy /oapi/v1 API still come back with apiVersion: v1 in older objects; responses may carry it.',
    apply: (schema, position) => {
      const gvks = declaredGvks(schema);
      const properties = schema['properties'];
      if (position.kind !== 'model' || gvks.length !== 1 || !isJsonObject(properties)) return schema;
      const group = gvks[0]!['group'];
      const apiVersion = properties['apiVersion'];
      if (typeof group !== 'string' || !LEGACY_OPENSHIFT_GROUPS.has(group) || !isJsonObject(apiVersion)) return schema;
      const values = apiVersion['enum'];
      if (!Array.isArray(values) || values.length !== 1) return schema;
      const { docs, rest } = splitDocs(apiVersion);
      const legacy = { ...rest, enum: ['v1'], [ONLY_IN]: 'response' };
      return { ...schema, properties: { ...properties, apiVersion: { ...docs, anyOf: [rest, legacy] } } };
    },
  },
  {
    name: 'allof-ref-wrapper',
    reason:
      'Older Kubernetes v3 documents wrap a reference as allOf: [{$ref}] to carry its docs; it is the reference itself.',
    apply: (schema) => {
      const allOf = schema['allOf'];
      if (
        !Array.isArray(allOf) ||
        allOf.length !== 1 ||
        !isJsonObject(allOf[0]) ||
        typeof allOf[0]['$ref'] !== 'string'
      )
        return schema;
      if (Object.keys(allOf[0]).some((key) => key !== '$ref' && !DOC_KEYWORDS.has(key))) return schema;
      const { docs, rest } = splitDocs(schema);
      if (Object.keys(rest).some((key) => key !== 'allOf')) return schema;
      return { ...allOf[0], ...docs };
    },
  },
  {
    name: 'int-or-string',
    reason: 'Kubernetes IntOrString (format int-or-string, x-kubernetes-int-or-string) is a JSON number or string.',
    apply: (schema) => {
      if (schema['format'] !== 'int-or-string' && schema['x-kubernetes-int-or-string'] !== true) return schema;
      if (Array.isArray(schema['anyOf'])) return schema;
      const { docs, rest } = splitDocs(schema);
      const { type: _type, format: _format, ...constraints } = rest;
      return { ...docs, ...constraints, anyOf: [{ type: 'integer' }, { type: 'string' }] };
    },
  },
  {
    name: 'preserve-unknown-fields',
    reason:
      'x-kubernetes-preserve-unknown-fields keeps any extra field: the object is free-form beyond its listed properties; without a type or properties it is any JSON value (a structural schema may leave out its type only then).',
    apply: (schema) =>
      schema['x-kubernetes-preserve-unknown-fields'] === true &&
      schema['additionalProperties'] === undefined &&
      (schema['type'] !== undefined || schema['properties'] !== undefined)
        ? { ...schema, additionalProperties: {} }
        : schema,
  },
  {
    name: 'kubernetes-status-read-only',
    reason:
      'The status of a Kubernetes kind is written by the server (status subresource); create and update ignore it.',
    apply: (schema, _position, context) => {
      if (!context.kubernetes || schema['x-kubernetes-group-version-kind'] === undefined) return schema;
      const properties = schema['properties'];
      if (
        !isJsonObject(properties) ||
        !isJsonObject(properties['status']) ||
        properties['status']['readOnly'] !== undefined
      )
        return schema;
      return { ...schema, properties: { ...properties, status: { ...properties['status'], readOnly: true } } };
    },
  },
  ...GO_DECODING_RULES,
  NAME_REQUIRED_RULE,
  REQUEST_ENUM_RULE,
  {
    name: 'go-nil-is-null',
    reason:
      'Go serialises nil maps, slices, []byte, RawExtension, zero metav1.Time and required (non-omitempty) struct pointers as null.',
    apply: (schema, position, context) => {
      // Custom resources are stored and served as plain JSON: no Go struct turns an empty field into null.
      if (!context.kubernetes || context.customResources === true || position.kind !== 'property') return schema;
      const target = resolveDeep(schema, context);
      const type = target['type'];
      const format = target['format'];
      const isStruct = isJsonObject(target['properties']) && Object.keys(target['properties']).length > 0;
      const isMapOrFreeForm =
        (type === 'object' || type === undefined) &&
        !isStruct &&
        target['anyOf'] === undefined &&
        target['oneOf'] === undefined &&
        (type === 'object' || target['additionalProperties'] !== undefined);
      // Structs are null only as required (non-omitempty) pointers; maps, slices, bytes, RawExtension and zero times
      // come out as null even where the spec marks them optional.
      const goNil =
        (position.required && isStruct) ||
        isMapOrFreeForm ||
        type === 'array' ||
        (type === 'string' && (format === 'byte' || format === 'date-time'));
      if (!goNil) return schema;
      if (!position.required) return { ...schema, nullable: true };
      // A required field that is nil is sometimes left out altogether (list items, older servers): tolerate absence.
      // In a request its null decodes to nil, which the server's validation calls missing: only responses take it.
      const { docs, rest } = splitDocs({ ...schema, [OPTIONAL_IN_RESPONSE]: true });
      const { nullable: _nullable, ...constraints } = rest;
      // The list-type facts describe the array itself: they stay with it.
      const listFacts = Object.entries(docs).filter(
        ([key]) => key.startsWith('x-kubernetes-list-') || key === LIST_CHECKED,
      );
      const bare: JsonObject = { ...constraints, ...Object.fromEntries(listFacts) };
      // `format` stays outside too: alone (without `type`) it constrains nothing, and the docs read it there.
      const outer: JsonObject = typeof bare['format'] === 'string' ? { format: bare['format'] } : {};
      return { ...docs, ...outer, anyOf: [bare, { type: 'null', [ONLY_IN]: 'response' }] };
    },
  },
  {
    name: 'nullable-to-null-union',
    reason: 'OpenAPI 3.0 nullable: true (and Swagger x-nullable) means the schema also accepts null, beside $ref too.',
    apply: (schema) => {
      if (schema['nullable'] === true) return addNull(schema);
      if (schema['nullable'] === false) {
        const { nullable: _ignored, ...rest } = schema;
        return rest;
      }
      return schema;
    },
  },
];

/** Kubernetes-style specs: Kubernetes definition keys or group/version/kind extensions anywhere. */
export function detectKubernetes(document: JsonObject): boolean {
  const components = document['components'];
  const schemas = isJsonObject(components) ? components['schemas'] : undefined;
  if (!isJsonObject(schemas)) return false;
  return Object.entries(schemas).some(
    ([key, schema]) =>
      key.startsWith('io.k8s.') || (isJsonObject(schema) && schema['x-kubernetes-group-version-kind'] !== undefined),
  );
}

/** Resolves an internal reference (`#/components/schemas/X`) in the document. */
export function resolveInternal(document: JsonObject, ref: string): JsonObject | undefined {
  if (!ref.startsWith('#')) return undefined;
  let node: Json | undefined = document;
  for (const segment of fromPointer(ref.slice(1))) {
    node = isJsonObject(node) ? node[segment] : Array.isArray(node) ? node[Number(segment)] : undefined;
    if (node === undefined) return undefined;
  }
  return isJsonObject(node) ? node : undefined;
}

/** Options of the normalize stage. */
export interface NormalizeOptions {
  /** Apply the Kubernetes rules: `auto` detects a Kubernetes-style spec. */
  readonly kubernetes?: boolean | 'auto';
}

/** Applies every rule to every schema of the spec; pure, the input is never mutated. */
export function normalize(spec: Spec, options: NormalizeOptions = {}): Spec & { readonly kubernetes: boolean } {
  const original = spec.document;
  const kubernetes =
    options.kubernetes === undefined || options.kubernetes === 'auto' ? detectKubernetes(original) : options.kubernetes;
  const info = original['info'];
  const context: RuleContext = {
    kubernetes,
    resolve: (ref) => resolveInternal(original, ref),
    customResources: isJsonObject(info) && info[CUSTOM_RESOURCES] === true,
    namedModels: namedModelKeys(original),
  };
  const document = mapDocumentSchemas(original, (schema, position) =>
    RULES.reduce((current, rule) => rule.apply(current, position, context), schema),
  );
  return { ...spec, document, kubernetes };
}
