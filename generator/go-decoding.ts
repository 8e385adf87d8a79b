/**
 * Normalize rules for how a Kubernetes API server decodes JSON before it validates anything: Go's `encoding/json`
 * (through sigs.k8s.io/json) and the apimachinery types with their own `UnmarshalJSON`. Each rule cites the Go source
 * it follows; ARCHITECTURE.md lists them.
 */
import { zeroCheckedIntegers } from './kubernetes-integer-rules.js';
import { modelTail } from './kubernetes-model-key.js';
import { isJsonObject, type Json, type JsonObject } from './document.js';
import type { NormalizeRule } from './normalize.js';

/** Extension keyword: a `null` here decodes to Go's zero value ("not set"), so validators accept it as absent. */
export const NULL_IS_UNSET = 'x-specgen-null-is-unset';
/** Extension keyword on a model: a request must name the object (`metadata.name` or `metadata.generateName`). */
export const NAME_REQUIRED = 'x-specgen-name-required';
/** Extension keyword on the document's `info`: the document was built from CustomResourceDefinitions. */
export const CUSTOM_RESOURCES = 'x-specgen-custom-resources';

/**
 * Extension keyword on a list: the server checks its `x-kubernetes-list-type` uniqueness; `true`, or the item field
 * a built-in type's validation reports a duplicate at.
 */
export const LIST_CHECKED = 'x-specgen-list-checked';

/**
 * Extension keyword on a custom resource's `x-kubernetes-list-type: atomic` list: an update correlates none of its
 * items with the old list's (ratcheting, apiextensions-apiserver pkg/apiserver/validation/ratcheting.go).
 */
export const LIST_ATOMIC = 'x-specgen-list-atomic';

/**
 * Lists of built-in types whose Go validation refuses duplicate names (pkg/apis/core/validation/validation.go:
 * validateContainers, validateInitContainers, validateEphemeralContainers and validateVolumes call field.Duplicate on
 * the item's name). Other built-in list maps (env, ports) take duplicates: only server-side apply would refuse them.
 */
const BUILT_IN_UNIQUE_NAMES = new Set(['containers', 'initContainers', 'ephemeralContainers', 'volumes']);

/** Keywords that document a schema rather than constrain it. */
const DOCS = new Set(['description', 'title', 'default', 'example', 'examples', 'deprecated', 'readOnly', 'writeOnly']);

/** Keys of the apimachinery Quantity definition across Kubernetes and OpenShift documents. */
const QUANTITY_KEY = /(?:^|\.)apimachinery\.pkg\.api\.resource\.Quantity$/;

/** True for the schema of `resource.Quantity`: its model, or any schema that says `format: quantity`. */
function isQuantity(schema: JsonObject, key: string | undefined): boolean {
  if (key !== undefined && QUANTITY_KEY.test(key)) return schema['type'] === 'string' || schema['type'] === undefined;
  return schema['format'] === 'quantity' && schema['anyOf'] === undefined;
}

/** The scalar JSON type a schema states (string, integer, number, boolean), or undefined. */
function scalarType(schema: Json | undefined): string | undefined {
  if (!isJsonObject(schema)) return undefined;
  const type = schema['type'];
  return type === 'string' || type === 'integer' || type === 'number' || type === 'boolean' ? type : undefined;
}

/** Extension keyword on a property: a request may leave it out (its Go zero value passes validation). */
export const OPTIONAL_IN_REQUEST = 'x-specgen-optional-in-request';

/**
 * Required integer fields of built-in types whose zero value the kind's Go validation accepts, by model (the key's
 * `vN.Kind` tail) and property: a request that leaves one out sends 0. Each entry names the Go function that decides.
 * Integers not listed keep "Required value": their validation refuses 0 (validateContainerPorts says Required for a
 * containerPort of 0), unless kubernetes-integer-rules.ts judges their 0 as Go does (ServicePort, weight, maxSkew,
 * maxReplicas and the HPA policies' Invalid value; the APIService priorities are not modelled).
 */
const ZERO_VALID_INTEGERS: Readonly<Record<string, readonly string[]>> = {
  // core/validation.go validateISCSIVolumeSource, validateISCSIPersistentVolumeSource: a lun outside 0-255.
  'core.v1.ISCSIVolumeSource': ['lun'],
  'core.v1.ISCSIPersistentVolumeSource': ['lun'],
  // core/validation.go validateSleepAction: 0 allowed since PodLifecycleSleepActionAllowZero went GA in 1.34.
  'core.v1.SleepAction': ['seconds'],
  // apps/validation ValidateControllerRevision: ValidateNonnegativeField.
  'apps.v1.ControllerRevision': ['revision'],
  // resource/validation validatePool: a negative generation is refused (resourceSliceCount must be above 0).
  'resource.v1.ResourcePool': ['generation'],
  'resource.v1beta1.ResourcePool': ['generation'],
  'resource.v1beta2.ResourcePool': ['generation'],
  // The status validations (ValidateDaemonSetStatus, ValidateReplicaSetStatus, ValidateStatefulSetStatus,
  // ValidateReplicationControllerStatus, the HPA's and the Pod's) ask ValidateNonnegativeField of these counters.
  'apps.v1.DaemonSetStatus': ['currentNumberScheduled', 'desiredNumberScheduled', 'numberMisscheduled', 'numberReady'],
  'apps.v1.ReplicaSetStatus': ['replicas'],
  'apps.v1.StatefulSetStatus': ['replicas'],
  'core.v1.ReplicationControllerStatus': ['replicas'],
  'autoscaling.v1.ScaleStatus': ['replicas'],
  'autoscaling.v1.HorizontalPodAutoscalerStatus': ['currentReplicas', 'desiredReplicas'],
  'autoscaling.v2.HorizontalPodAutoscalerStatus': ['desiredReplicas'],
  'core.v1.ContainerStatus': ['restartCount'],
  'core.v1.ContainerStateTerminated': ['exitCode'],
  // core/validation.go validateLinuxContainerUser: IsValidUserID / IsValidGroupID take 0.
  'core.v1.LinuxContainerUser': ['uid', 'gid'],
};

/** Keys of models backed by Go structs: Kubernetes' own (apimachinery's included) and OpenShift's. */
const GO_MODEL_KEY = /^(?:io\.k8s\.|com\.github\.openshift\.api\.)/;

/**
 * The properties of a built-in model that a request may leave out: Go's zero value for them passes validation. Only
 * for models backed by Go structs: another model of a Kubernetes-style document keeps its schema's `required`.
 */
function zeroValidProperties(schema: JsonObject, key: string): string[] {
  if (!GO_MODEL_KEY.test(key)) return [];
  const properties = schema['properties'];
  const required = schema['required'];
  if (!isJsonObject(properties) || !Array.isArray(required)) return [];
  // Also those whose range rule reports a 0 as the server does (kubernetes-integer-rules.ts), not "Required value".
  const integers = [...(ZERO_VALID_INTEGERS[modelTail(key)] ?? []), ...zeroCheckedIntegers(key)];
  return required.filter((name): name is string => {
    if (typeof name !== 'string') return false;
    const type = scalarType(properties[name]);
    // A plain Go bool has no "unset": validation cannot report one missing, only judge false.
    return type === 'boolean' || (type === 'integer' && integers.includes(name));
  });
}

/** The Go decoding rules, run by normalize after the overlay and before the nullable rules. */
export const GO_DECODING_RULES: readonly NormalizeRule[] = [
  {
    name: 'quantity-number-or-string',
    reason:
      'resource.Quantity.UnmarshalJSON (k8s.io/apimachinery/pkg/api/resource/quantity.go) takes a JSON number or string and parses it with ParseQuantity: number | string, the string in the quantity grammar.',
    apply: (schema, position, context) => {
      if (!context.kubernetes || !isQuantity(schema, position.kind === 'model' ? position.key : undefined))
        return schema;
      const docs = Object.fromEntries(Object.entries(schema).filter(([key]) => DOCS.has(key) || key.startsWith('x-')));
      const members: Json[] = [{ type: 'number' }, { type: 'string', format: 'quantity' }];
      return { ...docs, anyOf: members };
    },
  },
  {
    name: 'go-null-is-unset',
    reason:
      'Go decodes null into a pointer, map, slice or interface as nil and leaves any other field at its zero value (encoding/json decode.go literalStore): on a built-in type a null field is "not set", and a required one is then missing ("Required value", as validation reports an empty string, slice or struct), unless its zero value passes (go-zero-value-is-valid).',
    apply: (schema, position, context) => {
      if (!context.kubernetes || context.customResources || position.kind !== 'property') return schema;
      if (schema['x-specgen-non-null-in-request'] === true || schema[NULL_IS_UNSET] === true) return schema;
      return { ...schema, [NULL_IS_UNSET]: true };
    },
  },
  {
    name: 'go-zero-value-is-valid',
    reason:
      'A required bool or integer of a built-in type left out of a request decodes to false or 0 (encoding/json leaves the zero value), which the kind\'s Go validation judges: a bool is never "Required", and the integers listed in go-decoding.ts accept 0 (an iSCSI lun, a sleep of 0 seconds, status counters). A response always carries them.',
    apply: (schema, position, context) => {
      if (!context.kubernetes || context.customResources === true || position.kind !== 'model') return schema;
      const names = zeroValidProperties(schema, position.key);
      if (names.length === 0) return schema;
      const properties = schema['properties'] as JsonObject;
      const marked = names.map((name) => [name, { ...(properties[name] as JsonObject), [OPTIONAL_IN_REQUEST]: true }]);
      return { ...schema, properties: { ...properties, ...Object.fromEntries(marked) } };
    },
  },
  {
    name: 'crd-null-is-dropped',
    reason:
      'For a custom resource the server deletes a null field that is not nullable before it validates (apiextensions-apiserver pkg/apiserver/schema/defaulting/prunenulls.go PruneNonNullableNullsWithoutDefaults, or fills its default): a required one is then missing.',
    apply: (schema, position, context) => {
      if (context.customResources !== true || position.kind !== 'property') return schema;
      if (schema['nullable'] === true || schema[NULL_IS_UNSET] === true) return schema;
      return { ...schema, [NULL_IS_UNSET]: true };
    },
  },
  {
    name: 'list-type-uniqueness',
    reason:
      'Custom resources: the server checks x-kubernetes-list-type set and map uniqueness (apiextensions-apiserver pkg/apiserver/validation ValidateListSetsAndMaps), and an update correlates no item of an atomic list (validation/ratcheting.go). Built-in types: only where Go validation does (containers and volumes by name).',
    apply: (schema, position, context) => {
      const listType = schema['x-kubernetes-list-type'];
      if (context.customResources === true && listType === 'atomic' && schema[LIST_ATOMIC] === undefined)
        return { ...schema, [LIST_ATOMIC]: true };
      if (!context.kubernetes || (listType !== 'set' && listType !== 'map') || schema[LIST_CHECKED] !== undefined)
        return schema;
      if (context.customResources === true) return { ...schema, [LIST_CHECKED]: true };
      const keys = schema['x-kubernetes-list-map-keys'];
      const byName = Array.isArray(keys) && keys.length === 1 && keys[0] === 'name';
      return position.kind === 'property' && BUILT_IN_UNIQUE_NAMES.has(position.name) && byName
        ? { ...schema, [LIST_CHECKED]: 'name' }
        : schema;
    },
  },
  {
    name: 'go-null-map-value-is-zero',
    reason:
      'A null map value decodes to the zero value of the element type (encoding/json decode.go object: a fresh element, then literalStore of null is a no-op): {a: null} in a map[string]string is {a: ""}.',
    apply: (schema, _position, context) => {
      if (!context.kubernetes || context.customResources) return schema;
      const additional = schema['additionalProperties'];
      if (!isJsonObject(additional) || scalarType(additional) === undefined || additional[NULL_IS_UNSET] === true)
        return schema;
      return { ...schema, additionalProperties: { ...additional, [NULL_IS_UNSET]: true } };
    },
  },
];

/** Schema keys (`#/components/schemas/<key>`) that a path item ending in `/{name}` reads or replaces: stored kinds. */
export function namedModelKeys(document: JsonObject): ReadonlySet<string> {
  const keys = new Set<string>();
  const paths = document['paths'];
  if (!isJsonObject(paths)) return keys;
  const collect = (value: Json | undefined): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (isJsonObject(value)) {
      const ref = value['$ref'];
      if (typeof ref === 'string' && ref.startsWith('#/components/schemas/'))
        keys.add(decodePointerSegment(ref.slice('#/components/schemas/'.length)));
      for (const child of Object.values(value)) collect(child);
    }
  };
  for (const [path, item] of Object.entries(paths)) {
    if (!/\/\{name\}$/.test(path) || !isJsonObject(item)) continue;
    for (const method of ['get', 'put'] as const) {
      const operation = item[method];
      if (!isJsonObject(operation)) continue;
      const responses = operation['responses'];
      if (isJsonObject(responses)) collect(responses['200']);
      collect(operation['requestBody']);
    }
  }
  return keys;
}

function decodePointerSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * True when a `metadata` property schema is (or wraps) meta/v1 ObjectMeta: in `allOf`, or in the `anyOf` a required
 * `metadata` becomes (ObjectMeta or a response's `null`, go-nil-is-null), as the core/v1 Event's is.
 */
function isObjectMeta(schema: Json | undefined): boolean {
  if (!isJsonObject(schema)) return false;
  const ref = schema['$ref'];
  if (typeof ref === 'string') return /meta\.v1\.ObjectMeta$|\/ObjectMeta$/.test(ref);
  return ['allOf', 'anyOf'].some((key) => {
    const members = schema[key];
    return Array.isArray(members) && members.some(isObjectMeta);
  });
}

/** The rule that marks stored kinds, whose create and update requests must carry a name. */
export const NAME_REQUIRED_RULE: NormalizeRule = {
  name: 'name-required-on-create',
  reason:
    'ValidateObjectMetaAccessor (k8s.io/apimachinery/pkg/api/validation/objectmeta.go) requires metadata.name after BeforeCreate fills it from generateName: "name or generateName is required".',
  apply: (schema, position, context) => {
    if (!context.kubernetes || position.kind !== 'model' || schema['x-kubernetes-group-version-kind'] === undefined)
      return schema;
    const properties = schema['properties'];
    if (!isJsonObject(properties) || !isObjectMeta(properties['metadata'])) return schema;
    if (context.customResources !== true && context.namedModels?.has(position.key) !== true) return schema;
    return { ...schema, [NAME_REQUIRED]: true };
  },
};
