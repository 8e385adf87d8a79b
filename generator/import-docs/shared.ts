/**
 * Where the objects a reference page links to live upstream: the schema keys of the shared Kubernetes objects
 * (by the name the docs show), and how an API group/version becomes the key prefix of a page's own objects.
 */

/**
 * Upstream schema keys of shared objects, by the name the docs print for them (`ObjectMeta`, or in the plain-text
 * rendering `ObjectMeta_v3`: the `_vN` suffix is dropped before the lookup). These are the keys of the Kubernetes
 * and OpenShift OpenAPI documents (`/openapi/v3`), so imported `$ref`s resolve once the document is combined with
 * them. Extend this table, never guess: an unknown name is reported.
 */
export const SHARED_OBJECTS: Readonly<Record<string, string>> = Object.freeze({
  Condition: 'io.k8s.apimachinery.pkg.apis.meta.v1.Condition',
  DeleteOptions: 'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
  Duration: 'io.k8s.apimachinery.pkg.apis.meta.v1.Duration',
  FieldsV1: 'io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1',
  IntOrString: 'io.k8s.apimachinery.pkg.util.intstr.IntOrString',
  LabelSelector: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector',
  LabelSelectorRequirement: 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelectorRequirement',
  ListMeta: 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta',
  LocalObjectReference: 'io.k8s.api.core.v1.LocalObjectReference',
  ManagedFieldsEntry: 'io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry',
  MicroTime: 'io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime',
  ObjectMeta: 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta',
  ObjectReference: 'io.k8s.api.core.v1.ObjectReference',
  OwnerReference: 'io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference',
  Patch: 'io.k8s.apimachinery.pkg.apis.meta.v1.Patch',
  Preconditions: 'io.k8s.apimachinery.pkg.apis.meta.v1.Preconditions',
  Quantity: 'io.k8s.apimachinery.pkg.api.resource.Quantity',
  RawExtension: 'io.k8s.apimachinery.pkg.runtime.RawExtension',
  SecretReference: 'io.k8s.api.core.v1.SecretReference',
  Status: 'io.k8s.apimachinery.pkg.apis.meta.v1.Status',
  StatusCause: 'io.k8s.apimachinery.pkg.apis.meta.v1.StatusCause',
  StatusDetails: 'io.k8s.apimachinery.pkg.apis.meta.v1.StatusDetails',
  Time: 'io.k8s.apimachinery.pkg.apis.meta.v1.Time',
  TypedLocalObjectReference: 'io.k8s.api.core.v1.TypedLocalObjectReference',
  WatchEvent: 'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent',
});

/** Kubernetes groups whose types live outside `k8s.io/api` (their keys name the repository that defines them). */
const GROUP_PACKAGES: Readonly<Record<string, string>> = Object.freeze({
  'apiextensions.k8s.io': 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions',
  'apiregistration.k8s.io': 'io.k8s.kube-aggregator.pkg.apis.apiregistration',
});

/** Drops the variant suffix the docs put on some shared names and anchors (`ObjectMeta_v3` → `ObjectMeta`). */
export function withoutVariant(name: string): string {
  return name.replace(/_v\d+$/, '');
}

/** The upstream key of a shared object the docs name, if the table knows it. */
export function sharedObjectKey(name: string): string | undefined {
  const bare = withoutVariant(name);
  return Object.hasOwn(SHARED_OBJECTS, bare) ? SHARED_OBJECTS[bare] : undefined;
}

/**
 * The key prefix of a group/version's own types, as upstream spells it: OpenShift groups
 * (`image.openshift.io`, `v1` → `com.github.openshift.api.image.v1`), the core group (`''` →
 * `io.k8s.api.core.v1`), other Kubernetes groups (`apps`, `networking.k8s.io` → `io.k8s.api.apps.v1`,
 * `io.k8s.api.networking.v1`), and any other group by its reversed domain (`monitoring.coreos.com` →
 * `com.coreos.monitoring.v1`).
 */
export function groupKeyPrefix(group: string, version: string): string {
  const first = group.split('.')[0]!;
  if (Object.hasOwn(GROUP_PACKAGES, group)) return `${GROUP_PACKAGES[group]}.${version}`;
  if (group === '' || group === 'core') return `io.k8s.api.core.${version}`;
  if (group === 'openshift.io' || group.endsWith('.openshift.io'))
    return `com.github.openshift.api.${first}.${version}`;
  if (!group.includes('.') || group.endsWith('.k8s.io')) return `io.k8s.api.${first}.${version}`;
  return `${group.split('.').reverse().join('.')}.${version}`;
}

/** True for an anchor that is itself a schema key (`io.k8s.api.core.v1.ObjectReference`, maybe `_v2`-suffixed). */
export function isSchemaKey(anchor: string): boolean {
  return /^[a-z][\w-]*(\.[\w-]+)+\.[A-Z]\w*$/.test(anchor);
}

/** Package segments of upstream keys that contain a dash themselves (the repositories that define them). */
const DASHED_SEGMENTS = ['apiextensions-apiserver', 'kube-aggregator'];

/**
 * The schema key an anchor of the current docs layout spells with dashes for dots
 * (`io-k8s-apimachinery-pkg-apis-meta-v1-ObjectMeta_v2`, `com-github-openshift-api-image-v1-ImageTagList`), or
 * undefined when the anchor does not have that shape. The older layout's dotted anchors pass `isSchemaKey` as they are.
 */
export function dashedSchemaKey(anchor: string): string | undefined {
  if (!/^(io|com)-[a-z0-9-]+-[A-Z]\w*$/.test(anchor)) return undefined;
  let key = anchor.replace(/-/g, '.');
  for (const segment of DASHED_SEGMENTS) key = key.replace(segment.replace(/-/g, '.'), segment);
  return key;
}

/**
 * Reads another page's anchor (`imagestream-image-openshift-io-v1`: kind, group with dashes, version) given the kind
 * the link shows; undefined when the anchor does not have that shape.
 */
export function pageAnchorGroupVersion(anchor: string, kind: string): { group: string; version: string } | undefined {
  const match = /^(.*)-(v\d+(?:(?:alpha|beta)\d+)?)$/.exec(anchor);
  if (!match) return undefined;
  const [, head, version] = match as unknown as [string, string, string];
  const lower = kind.toLowerCase();
  // Core pages have no group part: `pod-v1`.
  if (head === lower) return { group: '', version };
  if (!head.startsWith(`${lower}-`)) return undefined;
  return { group: head.slice(lower.length + 1).replace(/-/g, '.'), version };
}
