/**
 * The name rule each built-in Kubernetes kind's create validation applies to `metadata.name` and
 * `metadata.generateName`: the name function its `Validate<Kind>` passes to `ValidateObjectMeta` in kubernetes
 * pkg/apis/<group>/validation (release-1.36). The server runs that function first (rest/create.go `BeforeCreate` calls
 * `strategy.Validate`) and only when the object passes does it add apiserver's generic `ValidatePathSegmentName`
 * check; every rule here is at least as strict as the path segment rule, so the kind's rule alone decides.
 *
 * Keyed by group and kind, not version: Go validates the internal type every served version converts to, so all
 * versions of a kind share its rule. A kind missing from the table keeps the path segment rule, which is what the
 * server applies when the kind's own function checks nothing (CertificateSigningRequest); the stored kinds whose rule
 * is not modelled are listed apart (`UNMODELLED`).
 */
import type { GroupVersionKind } from './ir.js';

/** A name function of apimachinery pkg/api/validation/generic.go (or a kind's own), as the runtime numbers it. */
export type NameRule =
  /** apimachinery pkg/api/validation/path `ValidatePathSegmentName`: not `.` or `..`, no `/` or `%`. */
  | 'path-segment'
  /** `NameIsDNSSubdomain`: util/validation `IsDNS1123Subdomain` (at most 253), a prefix's trailing dash masked. */
  | 'dns-subdomain'
  /** `NameIsDNSLabel`: `IsDNS1123Label` (at most 63, no dots). */
  | 'dns-label'
  /** `NameIsDNS1035Label`: `IsDNS1035Label` (at most 63, starts with a letter): Service's with RelaxedServiceNameValidation off. */
  | 'dns-1035-label'
  /** util/validation `IsConfigMapKey`: `[-._a-zA-Z0-9]+`, at most 253, not `.`/`..`, not starting with `..`. */
  | 'config-map-key'
  /** CronJob: `NameIsDNSSubdomain`, then at most 52 characters (`DNS1035LabelMaxLength - 11`). */
  | 'cron-job'
  /** ClusterTrustBundle: `spec.signerName` (with `/` as `:`) and `:` as a prefix, the rest `NameIsDNSSubdomain`. */
  | 'cluster-trust-bundle'
  /** CustomResourceDefinition: `NameIsDNSSubdomain`, and the name must be `spec.names.plural` + "." + `spec.group`. */
  | 'custom-resource-definition'
  /** APIService: a path segment, and the name must be `spec.version` + "." + `spec.group`. */
  | 'api-service'
  /** StorageVersion: `<group>.<resource>`, a DNS-1123 subdomain and a DNS-1035 label. */
  | 'storage-version'
  /** PriorityClass: `NameIsDNSSubdomain`; a `system-` name must be a system class with its value (Forbidden). */
  | 'priority-class'
  /** Job: `NameIsDNSSubdomain`; an Indexed Job's `<name>-<completions - 1>` must be a DNS-1123 label. */
  | 'job';

/** The number `$createMeta` (runtime/object-meta.ts) takes for each rule: its quick check (6: none). */
export const NAME_RULE_CODES: Readonly<Record<NameRule, number>> = {
  'path-segment': 0,
  'dns-subdomain': 1,
  'dns-label': 2,
  'dns-1035-label': 3,
  'config-map-key': 6,
  'cron-job': 5,
  'cluster-trust-bundle': 6,
  'custom-resource-definition': 6,
  'api-service': 6,
  'storage-version': 6,
  'priority-class': 6,
  job: 6,
};

/** The function (runtime/object-meta-names.ts) a guard passes to `$createMeta` for a rule but 0, 1, 5: tree-shakable. */
export const OWN_NAME_FUNCTIONS: Readonly<Partial<Record<NameRule, string>>> = {
  'dns-label': '$labelName',
  'dns-1035-label': '$dns1035Name',
  'config-map-key': '$configMapKeyName',
  'cluster-trust-bundle': '$trustBundleName',
  'custom-resource-definition': '$crdName',
  'api-service': '$apiServiceName',
  'storage-version': '$storageVersionName',
  'priority-class': '$priorityClassName',
  job: '$jobName',
};

/** One kind's rule and the Go source (file under kubernetes/kubernetes release-1.36, and function) that applies it. */
export interface KindNameRule {
  readonly rule: NameRule;
  readonly source: string;
}

const CORE = 'pkg/apis/core/validation/validation.go';
const APPS = 'pkg/apis/apps/validation/validation.go';
const NETWORKING = 'pkg/apis/networking/validation/validation.go';
const RBAC = 'pkg/apis/rbac/validation/validation.go';
const RESOURCE = 'pkg/apis/resource/validation/validation.go';
const STORAGE = 'pkg/apis/storage/validation/validation.go';
const ADMISSION = 'pkg/apis/admissionregistration/validation/validation.go';

const subdomain = (source: string): KindNameRule => ({ rule: 'dns-subdomain', source });
const segment = (source: string): KindNameRule => ({ rule: 'path-segment', source });

/** `group/Kind` (the core group empty) → the rule. */
const RULES: ReadonlyMap<string, KindNameRule> = new Map<string, KindNameRule>([
  // core
  ['/ConfigMap', subdomain(`${CORE} ValidateConfigMap → ValidateConfigMapName (NameIsDNSSubdomain)`)],
  ['/Endpoints', subdomain(`${CORE} ValidateEndpointsCreate → ValidateEndpointsName (NameIsDNSSubdomain)`)],
  ['/LimitRange', subdomain(`${CORE} ValidateLimitRange → ValidateLimitRangeName (NameIsDNSSubdomain)`)],
  [
    '/Namespace',
    {
      rule: 'dns-label',
      source: `${CORE} ValidateNamespace → ValidateNamespaceName (apimachinery ValidateNamespaceName = NameIsDNSLabel)`,
    },
  ],
  ['/Node', subdomain(`${CORE} ValidateNode → ValidateNodeName (NameIsDNSSubdomain)`)],
  [
    '/PersistentVolume',
    subdomain(`${CORE} ValidatePersistentVolume → ValidatePersistentVolumeName (NameIsDNSSubdomain)`),
  ],
  [
    '/PersistentVolumeClaim',
    subdomain(`${CORE} ValidatePersistentVolumeClaim → ValidatePersistentVolumeName (NameIsDNSSubdomain)`),
  ],
  ['/Pod', subdomain(`${CORE} ValidatePodCreate → validatePodMetadataAndSpec → ValidatePodName (NameIsDNSSubdomain)`)],
  ['/PodTemplate', subdomain(`${CORE} ValidatePodTemplate → ValidatePodName (NameIsDNSSubdomain)`)],
  [
    '/ReplicationController',
    subdomain(`${CORE} ValidateReplicationController → ValidateReplicationControllerName (NameIsDNSSubdomain)`),
  ],
  ['/ResourceQuota', subdomain(`${CORE} ValidateResourceQuota → ValidateResourceQuotaName (NameIsDNSSubdomain)`)],
  ['/Secret', subdomain(`${CORE} ValidateSecret → ValidateSecretName (NameIsDNSSubdomain)`)],
  [
    '/Service',
    {
      rule: 'dns-label',
      source: `${CORE} ValidateServiceCreate → NameIsDNSLabel under RelaxedServiceNameValidation, beta and on by default in 1.36 (KEP-5311: alpha 1.34, beta 1.36, GA 1.37); with the gate off, ValidateServiceName (NameIsDNS1035Label)`,
    },
  ],
  [
    '/ServiceAccount',
    subdomain(`${CORE} ValidateServiceAccount → ValidateServiceAccountName (apimachinery: NameIsDNSSubdomain)`),
  ],
  [
    '/Event',
    segment(
      'pkg/apis/core/validation/events.go ValidateEventCreate: a core/v1 request stops after legacyValidateEvent ("No further validation for backwards compatibility"), so only BeforeCreate\'s ValidatePathSegmentName applies',
    ),
  ],
  // apps
  ['apps/Deployment', subdomain(`${APPS} ValidateDeployment → ValidateDeploymentName (NameIsDNSSubdomain)`)],
  ['apps/DaemonSet', subdomain(`${APPS} ValidateDaemonSet → ValidateDaemonSetName (NameIsDNSSubdomain)`)],
  ['apps/ReplicaSet', subdomain(`${APPS} ValidateReplicaSet → ValidateReplicaSetName (NameIsDNSSubdomain)`)],
  [
    'apps/StatefulSet',
    {
      rule: 'dns-label',
      source: `${APPS} ValidateStatefulSet → ValidateStatefulSetName (NameIsDNSLabel; not rechecked on update)`,
    },
  ],
  [
    'apps/ControllerRevision',
    subdomain(`${APPS} ValidateControllerRevision → ValidateControllerRevisionName (NameIsDNSSubdomain)`),
  ],
  // batch
  [
    'batch/Job',
    {
      rule: 'job',
      source:
        'pkg/apis/batch/validation/validation.go ValidateJob → apivalidation.ValidateReplicationControllerName (NameIsDNSSubdomain); an Indexed Job\'s "<name>-<completions-1>" must be IsDNS1123Label',
    },
  ],
  [
    'batch/CronJob',
    {
      rule: 'cron-job',
      source:
        'pkg/apis/batch/validation/validation.go ValidateCronJobCreate → ValidateReplicationControllerName (NameIsDNSSubdomain), then len(name) > DNS1035LabelMaxLength-11: "must be no more than 52 characters"',
    },
  ],
  // autoscaling
  [
    'autoscaling/HorizontalPodAutoscaler',
    subdomain(
      'pkg/apis/autoscaling/validation/validation.go ValidateHorizontalPodAutoscaler → ValidateHorizontalPodAutoscalerName (ValidateReplicationControllerName, NameIsDNSSubdomain)',
    ),
  ],
  // policy
  [
    'policy/PodDisruptionBudget',
    segment(
      "pkg/apis/policy/validation/validation.go ValidatePodDisruptionBudget validates the spec only; BeforeCreate's ValidatePathSegmentName applies",
    ),
  ],
  // rbac
  ...['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding'].map((kind): [string, KindNameRule] => [
    `rbac.authorization.k8s.io/${kind}`,
    segment(`${RBAC} Validate${kind} → ValidateRBACName (path.IsValidPathSegmentName)`),
  ]),
  // networking
  [
    'networking.k8s.io/NetworkPolicy',
    subdomain(`${NETWORKING} ValidateNetworkPolicy → ValidateNetworkPolicyName (NameIsDNSSubdomain)`),
  ],
  ['networking.k8s.io/Ingress', subdomain(`${NETWORKING} validateIngress → ValidateIngressName (NameIsDNSSubdomain)`)],
  [
    'networking.k8s.io/IngressClass',
    subdomain(`${NETWORKING} ValidateIngressClass → ValidateIngressClassName (NameIsDNSSubdomain)`),
  ],
  [
    'networking.k8s.io/ServiceCIDR',
    subdomain(`${NETWORKING} ValidateServiceCIDR → ValidateServiceCIDRName (NameIsDNSSubdomain)`),
  ],
  // discovery, node, coordination
  [
    'discovery.k8s.io/EndpointSlice',
    subdomain(
      'pkg/apis/discovery/validation/validation.go ValidateEndpointSlice → ValidateEndpointSliceName (NameIsDNSSubdomain)',
    ),
  ],
  [
    'node.k8s.io/RuntimeClass',
    subdomain('pkg/apis/node/validation/validation.go ValidateRuntimeClass → NameIsDNSSubdomain'),
  ],
  [
    'coordination.k8s.io/Lease',
    subdomain('pkg/apis/coordination/validation/validation.go ValidateLease → NameIsDNSSubdomain'),
  ],
  [
    'coordination.k8s.io/LeaseCandidate',
    {
      rule: 'config-map-key',
      source:
        'pkg/apis/coordination/validation/validation.go ValidateLeaseCandidate → ValidLeaseCandidateName (util/validation IsConfigMapKey)',
    },
  ],
  // certificates
  [
    'certificates.k8s.io/CertificateSigningRequest',
    segment(
      'pkg/apis/certificates/validation/validation.go ValidateCertificateRequestName returns nothing ("We don\'t care what you call your certificate requests"); BeforeCreate\'s ValidatePathSegmentName applies',
    ),
  ],
  [
    'certificates.k8s.io/PodCertificateRequest',
    subdomain(
      'pkg/apis/certificates/validation/validation.go ValidatePodCertificateRequestCreate → NameIsDNSSubdomain',
    ),
  ],
  // admissionregistration
  ...[
    'ValidatingWebhookConfiguration',
    'MutatingWebhookConfiguration',
    'ValidatingAdmissionPolicy',
    'ValidatingAdmissionPolicyBinding',
  ].map((kind): [string, KindNameRule] => [
    `admissionregistration.k8s.io/${kind}`,
    subdomain(`${ADMISSION} validate${kind} → genericvalidation.NameIsDNSSubdomain`),
  ]),
  // flowcontrol
  [
    'flowcontrol.apiserver.k8s.io/FlowSchema',
    subdomain(
      'pkg/apis/flowcontrol/validation/validation.go ValidateFlowSchema → ValidateFlowSchemaName (NameIsDNSSubdomain)',
    ),
  ],
  [
    'flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration',
    subdomain(
      'pkg/apis/flowcontrol/validation/validation.go ValidatePriorityLevelConfiguration → ValidatePriorityLevelConfigurationName (NameIsDNSSubdomain)',
    ),
  ],
  // events
  [
    'events.k8s.io/Event',
    subdomain(
      'pkg/apis/core/validation/events.go ValidateEventCreate: events.k8s.io/v1 requests get ValidateObjectMeta with NameIsDNSSubdomain',
    ),
  ],
  // resource
  [
    'resource.k8s.io/DeviceClass',
    subdomain(`${RESOURCE} ValidateDeviceClass → corevalidation.ValidateClassName (NameIsDNSSubdomain)`),
  ],
  [
    'resource.k8s.io/ResourceClaim',
    subdomain(`${RESOURCE} ValidateResourceClaim → corevalidation.ValidateResourceClaimName (NameIsDNSSubdomain)`),
  ],
  [
    'resource.k8s.io/ResourceClaimTemplate',
    subdomain(
      `${RESOURCE} ValidateResourceClaimTemplate → corevalidation.ValidateResourceClaimTemplateName (NameIsDNSSubdomain)`,
    ),
  ],
  ['resource.k8s.io/ResourceSlice', subdomain(`${RESOURCE} ValidateResourceSlice → NameIsDNSSubdomain`)],
  ['resource.k8s.io/DeviceTaintRule', subdomain(`${RESOURCE} ValidateDeviceTaintRule → NameIsDNSSubdomain`)],
  [
    'resource.k8s.io/ResourcePoolStatusRequest',
    subdomain(
      'pkg/apis/resource/validation/validation_resourcepoolstatusrequest.go ValidateResourcePoolStatusRequest → NameIsDNSSubdomain',
    ),
  ],
  // scheduling
  [
    'scheduling.k8s.io/PriorityClass',
    {
      rule: 'priority-class',
      source:
        'pkg/apis/scheduling/validation/validation.go ValidatePriorityClass → NameIsDNSSubdomain, and a "system-" name must pass schedulingapiv1.IsKnownSystemPriorityClass (Forbidden)',
    },
  ],
  // storage
  [
    'storage.k8s.io/StorageClass',
    subdomain(`${STORAGE} ValidateStorageClass → apivalidation.ValidateClassName (NameIsDNSSubdomain)`),
  ],
  [
    'storage.k8s.io/VolumeAttachment',
    subdomain(`${STORAGE} ValidateVolumeAttachment → apivalidation.ValidateClassName (NameIsDNSSubdomain)`),
  ],
  ['storage.k8s.io/CSIDriver', subdomain(`${STORAGE} ValidateCSIDriver → ValidateCSIDriverName (NameIsDNSSubdomain)`)],
  [
    'storage.k8s.io/CSINode',
    subdomain(`${STORAGE} ValidateCSINode → apivalidation.ValidateNodeName (NameIsDNSSubdomain)`),
  ],
  [
    'storage.k8s.io/CSIStorageCapacity',
    subdomain(`${STORAGE} ValidateCSIStorageCapacity → ValidateStorageCapacityName (NameIsDNSSubdomain)`),
  ],
  [
    'storage.k8s.io/VolumeAttributesClass',
    subdomain(`${STORAGE} ValidateVolumeAttributesClass → apivalidation.ValidateClassName (NameIsDNSSubdomain)`),
  ],
  [
    'storagemigration.k8s.io/StorageVersionMigration',
    subdomain(
      'pkg/apis/storagemigration/validation/validation.go ValidateStorageVersionMigration → NameIsDNSSubdomain',
    ),
  ],
  // the kinds whose name function reads the object (`OWN_NAME_FUNCTIONS`)
  [
    'certificates.k8s.io/ClusterTrustBundle',
    {
      rule: 'cluster-trust-bundle',
      source:
        'pkg/apis/certificates/validation/validation.go ValidateClusterTrustBundle → ValidateClusterTrustBundleName(spec.signerName)',
    },
  ],
  [
    'apiextensions.k8s.io/CustomResourceDefinition',
    {
      rule: 'custom-resource-definition',
      source:
        'staging/src/k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/validation/validation.go ValidateCustomResourceDefinition → nameValidationFn (NameIsDNSSubdomain, then spec.names.plural+"."+spec.group)',
    },
  ],
  [
    'apiregistration.k8s.io/APIService',
    {
      rule: 'api-service',
      source:
        'staging/src/k8s.io/kube-aggregator/pkg/apis/apiregistration/validation/validation.go ValidateAPIService (path.IsValidPathSegmentName, then spec.version+"."+spec.group)',
    },
  ],
  [
    'internal.apiserver.k8s.io/StorageVersion',
    {
      rule: 'storage-version',
      source: 'pkg/apis/apiserverinternal/validation/validation.go ValidateStorageVersion → ValidateStorageVersionName',
    },
  ],
]);

/**
 * Stored built-in kinds whose name rule is not in the table, and why: they keep the path segment rule, which the
 * server also applies, so a name they accept may still be refused by the kind's own rule (never the reverse).
 */
export const UNMODELLED: ReadonlyMap<string, string> = new Map([
  ['/ComponentStatus', 'read-only (pkg/registry/core/componentstatus has no create)'],
  [
    'networking.k8s.io/IPAddress',
    `${NETWORKING} ValidateIPAddressName: the name must be an IP address in canonical form`,
  ],
  [
    'admissionregistration.k8s.io/MutatingAdmissionPolicy',
    `${ADMISSION} validateMutatingAdmissionPolicy: not read (the stored source lacks it)`,
  ],
  [
    'admissionregistration.k8s.io/MutatingAdmissionPolicyBinding',
    `${ADMISSION} validateMutatingAdmissionPolicyBinding: not read (the stored source lacks it)`,
  ],
  [
    'scheduling.k8s.io/Workload',
    'pkg/apis/scheduling/validation ValidateWorkload → apivalidation.ValidateWorkloadName: not read',
  ],
  [
    'scheduling.k8s.io/PodGroup',
    'pkg/apis/scheduling/validation ValidatePodGroup → apivalidation.ValidatePodGroupName: not read',
  ],
]);

/** The table's key for a group/version/kind. */
export function nameRuleKey(gvk: GroupVersionKind): string {
  return `${gvk.group}/${gvk.kind}`;
}

/** The built-in kind's name rule, or undefined when the table has none (the path segment rule applies). */
export function kubernetesNameRule(gvk: GroupVersionKind): KindNameRule | undefined {
  return RULES.get(nameRuleKey(gvk));
}

/** Every `group/Kind` the table holds (for tests and documentation). */
export function nameRuleKeys(): readonly string[] {
  return [...RULES.keys()];
}
