/**
 * String fields of built-in Kubernetes types whose Go validation accepts a closed set of values although the
 * published spec declares no `enum`: the server reports any other value as `field.NotSupported` ("Unsupported value:
 * "X": supported values: ..."). Read from kubernetes/kubernetes pkg/apis/core/validation/validation.go (release-1.36
 * line; batch's, networking's, discovery's and admissionregistration's from pkg/apis/<group>/validation/validation.go);
 * the defaulting that fills an empty value first from pkg/apis/core/v1/defaults.go, the generated
 * pkg/apis/core/v1/zz_generated.defaults.go (`+default` markers) and pkg/apis/batch/v1/defaults.go. A pointer passed
 * to `field.NotSupported` is printed as its value (apimachinery util/validation/field/errors.go `ErrorBody`).
 *
 * Not modelled (open): a StatefulSet's template. apps/validation ValidatePodTemplateSpecForStatefulSet does not run
 * ValidatePodTemplateSpec, so the server accepts any of these values there, while the model guards (PodSpec,
 * Container, ...) are shared with every other kind and check them: a StatefulSet whose template holds an unsupported
 * value is refused in request mode. Exempting it needs the kind's guard to tell the shared guards (print/guard.ts),
 * as runtime/pod-volumes.ts is run per kind.
 *
 * Keyed by the model key's `group.vN.Kind` tail, then by property. `values` is the list in the order the Go code
 * passes it to `field.NotSupported`: `sets.List(...)` sorts the set, a literal slice keeps its order. `empty`: whether
 * an empty string passes (`defaulted`: defaulting fills it before validation; `allowed`: the Go code accepts it as
 * it is) or is reported like any other value (`unsupported`). Only rules that depend on no other field and no feature
 * gate are listed; left out on purpose (the Go code decides them otherwise):
 * - Toleration.operator: 1.36 adds `Lt`/`Gt` behind the TaintTolerationComparisonOperators gate.
 * - ServiceSpec.externalTrafficPolicy: "may only be set for externally-accessible services" (an Invalid value) or
 *   NotSupported, by the Service's type (validateServiceExternalTrafficPolicy).
 * - PodSpec.preemptionPolicy: the Priority admission plugin compares it with the PriorityClass's first.
 * - apps DeploymentStrategy.type, DaemonSetUpdateStrategy.type: reported at the strategy itself with the whole
 *   struct printed (`%#v`, a pointer address when `rollingUpdate` is set): apps/validation ValidateDeploymentStrategy.
 * - LabelSelectorRequirement.operator, NodeSelectorRequirement.operator: `Invalid value: "not a valid selector
 *   operator"`, not NotSupported; a restartPolicy that a Deployment or Job narrows further (its own NotSupported).
 * - SeccompProfile.type, AppArmorProfile.type: an empty one is "Required value" with a detail ("type is required when
 *   seccompProfile is set") the runtime's `$required` does not word; PodSecurityContext.seLinuxChangePolicy: the
 *   values depend on a validation option (AllowOnlyRecursiveSELinuxChangePolicy).
 * - PersistentVolumeSpec.persistentVolumeReclaimPolicy: Forbidden unless Retain in an inline spec (VolumeAttachment).
 * - VolumeMount.mountPropagation, recursiveReadOnly: reported at `volumeMounts.mountPropagation` (no index).
 * - Node Taint.effect: validateNodeTaints reports at `metadata.taints[i].effect` (ValidateNode passes the metadata path).
 * - NetworkPolicySpec.policyTypes items: more than two is an Invalid value that stops before the items are checked.
 * - SecurityContext.procMount: pod strategies drop the field while the ProcMountType gate is off.
 * - A webhook's sideEffects: an update may keep values a create refuses (the options depend on the old object).
 * - PersistentVolumeClaimSpec.accessModes: reported at the list, not the item; StatefulSet claim templates. PodOS.name:
 *   reported at `spec.os` (validateOS). ServiceSpec.ipFamilyPolicy, ipFamilies: an ExternalName Service gets Forbidden
 *   instead (ValidateServiceClusterIPsRelatedFields returns early).
 */
import { kubernetesEntry } from './kubernetes-model-key.js';

/** What an empty string does where the Go code reads the field. */
export type EmptyValue = 'defaulted' | 'allowed' | 'unsupported';

/** One field's closed set of values, as its Go validation states it. */
export interface EnumRule {
  /** The values, in the order Go lists them in its message ("" among them only where the Go set holds it). */
  readonly values: readonly string[];
  readonly empty: EmptyValue;
  /** The Go function that reports the value (and the defaulting function for an empty one). */
  readonly source: string;
}

/** `sets.List(sets.New(core.ProtocolTCP, core.ProtocolUDP, core.ProtocolSCTP))`: sorted. */
const PORT_PROTOCOLS = ['SCTP', 'TCP', 'UDP'] as const;

/** The container fields validateContainerCommon checks for every container kind. */
const CONTAINER_RULES: Readonly<Record<string, EnumRule>> = {
  imagePullPolicy: {
    values: ['Always', 'IfNotPresent', 'Never'],
    empty: 'defaulted',
    source: 'validatePullPolicy: sets.List(supportedPullPolicies); SetDefaults_Container fills an empty one',
  },
  terminationMessagePolicy: {
    values: ['File', 'FallbackToLogsOnError'],
    empty: 'defaulted',
    source: 'validateContainerCommon: a literal []core.TerminationMessagePolicy; SetDefaults_Container fills File',
  },
};

/** The webhook fields validateValidatingWebhook and validateMutatingWebhook both check: pointers v1 defaults when nil. */
const WEBHOOK_RULES: Readonly<Record<string, EnumRule>> = {
  failurePolicy: {
    values: ['Fail', 'Ignore'],
    empty: 'unsupported',
    source: 'admissionregistration/validation validate(Validating|Mutating)Webhook: supportedFailurePolicies.List()',
  },
  matchPolicy: {
    values: ['Equivalent', 'Exact'],
    empty: 'unsupported',
    source: 'admissionregistration/validation validate(Validating|Mutating)Webhook: supportedMatchPolicies.List()',
  },
};

/** The table: model tail → property → rule. */
export const KUBERNETES_ENUM_RULES: Readonly<Record<string, Readonly<Record<string, EnumRule>>>> = {
  'core.v1.Container': CONTAINER_RULES,
  // SetDefaults_EphemeralContainer defaults it as a Container; validateEphemeralContainers → validateContainerCommon.
  'core.v1.EphemeralContainer': CONTAINER_RULES,
  'core.v1.PodSpec': {
    restartPolicy: {
      values: ['Always', 'OnFailure', 'Never'],
      empty: 'defaulted',
      source: 'validateRestartPolicy: a literal []core.RestartPolicy; SetDefaults_PodSpec fills Always',
    },
    dnsPolicy: {
      values: ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'],
      empty: 'defaulted',
      source: 'validateDNSPolicy: a literal []core.DNSPolicy; SetDefaults_PodSpec fills ClusterFirst',
    },
  },
  'core.v1.ContainerPort': {
    protocol: {
      values: PORT_PROTOCOLS,
      empty: 'defaulted',
      source: 'validateContainerPorts: sets.List(supportedPortProtocols); +default="TCP" (zz_generated.defaults.go)',
    },
  },
  'core.v1.ServicePort': {
    protocol: {
      values: PORT_PROTOCOLS,
      empty: 'defaulted',
      source: 'validateServicePort: sets.List(supportedPortProtocols); SetDefaults_Service fills TCP',
    },
  },
  'core.v1.ServiceSpec': {
    type: {
      values: ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'],
      empty: 'defaulted',
      source: 'ValidateService: sets.List(supportedServiceType); SetDefaults_Service fills ClusterIP',
    },
    sessionAffinity: {
      values: ['ClientIP', 'None'],
      empty: 'defaulted',
      source: 'ValidateService: sets.List(supportedSessionAffinityType); SetDefaults_Service fills None',
    },
    internalTrafficPolicy: {
      values: ['Cluster', 'Local'],
      // A pointer: SetDefaults_Service fills only a nil one, so "" stays and is not in the set.
      empty: 'unsupported',
      source: 'validateServiceInternalTrafficFieldsValue: sets.List(supportedServiceInternalTrafficPolicy)',
    },
  },
  'core.v1.HTTPGetAction': {
    scheme: {
      values: ['HTTP', 'HTTPS'],
      empty: 'defaulted',
      source: 'validateHTTPGetAction: sets.List(supportedHTTPSchemes); SetDefaults_HTTPGetAction fills HTTP',
    },
  },
  'core.v1.PodSecurityContext': {
    fsGroupChangePolicy: {
      values: ['Always', 'OnRootMismatch'],
      // A pointer nothing defaults: "" is checked like any other value.
      empty: 'unsupported',
      source: 'validatePodSpecSecurityContext → validateFSGroupChangePolicy: sets.List(validFSGroupChangePolicies)',
    },
  },
  'batch.v1.CronJobSpec': {
    concurrencyPolicy: {
      values: ['Allow', 'Forbid', 'Replace'],
      empty: 'defaulted',
      source:
        'batch/validation validateConcurrencyPolicy: a literal validValues slice; batch/v1 SetDefaults_CronJob fills Allow',
    },
  },
  'core.v1.TopologySpreadConstraint': {
    whenUnsatisfiable: {
      values: ['DoNotSchedule', 'ScheduleAnyway'],
      empty: 'unsupported',
      source: 'validateTopologySpreadConstraints → ValidateWhenUnsatisfiable: sets.List(supportedScheduleActions)',
    },
    nodeAffinityPolicy: {
      values: ['Honor', 'Ignore'],
      // Pointers nothing defaults: "" is checked like any other value.
      empty: 'unsupported',
      source: 'validateNodeInclusionPolicy: sets.List(supportedPodTopologySpreadNodePolicies)',
    },
    nodeTaintsPolicy: {
      values: ['Honor', 'Ignore'],
      empty: 'unsupported',
      source: 'validateNodeInclusionPolicy: sets.List(supportedPodTopologySpreadNodePolicies)',
    },
  },
  'core.v1.HostPathVolumeSource': {
    type: {
      // The set holds HostPathUnset (""), so Go lists it first; SetDefaults_HostPathVolumeSource sets a nil one to "".
      values: ['', 'BlockDevice', 'CharDevice', 'Directory', 'DirectoryOrCreate', 'File', 'FileOrCreate', 'Socket'],
      empty: 'allowed',
      source: 'validateHostPathVolumeSource → validateHostPathType: sets.List(supportedHostPathTypes), pods and PVs',
    },
  },
  'networking.v1.NetworkPolicyPort': {
    protocol: {
      values: ['TCP', 'UDP', 'SCTP'],
      // A pointer: networking/v1 defaulting fills only a nil one (TCP).
      empty: 'unsupported',
      source: 'networking/validation ValidateNetworkPolicyPort: a literal []string{TCP, UDP, SCTP}',
    },
  },
  'networking.v1.HTTPIngressPath': {
    pathType: {
      values: ['Exact', 'ImplementationSpecific', 'Prefix'],
      empty: 'unsupported',
      source: 'networking/validation validateHTTPIngressPath: supportedPathTypes.List(), sorted',
    },
  },
  'networking.v1.IngressClassParametersReference': {
    scope: {
      values: ['Cluster', 'Namespace'],
      // A pointer defaulted only when nil (Cluster): "" is checked like any other value.
      empty: 'unsupported',
      source:
        'networking/validation validateIngressClassParametersReference: supportedIngressClassParametersReferenceScopes.List()',
    },
  },
  'core.v1.EndpointPort': {
    protocol: {
      values: PORT_PROTOCOLS,
      empty: 'defaulted',
      source:
        'validateEndpointSubsets → validateEndpointPort: sets.List(supportedPortProtocols); SetDefaults_Endpoints fills TCP',
    },
  },
  'discovery.v1.EndpointPort': {
    protocol: {
      values: PORT_PROTOCOLS,
      // A pointer: discovery/v1 defaulting fills only a nil one (TCP).
      empty: 'unsupported',
      source: 'discovery/validation validatePorts: supportedPortProtocols.List(), sorted',
    },
  },
  'admissionregistration.v1.ValidatingWebhook': WEBHOOK_RULES,
  'admissionregistration.v1.MutatingWebhook': {
    ...WEBHOOK_RULES,
    reinvocationPolicy: {
      values: ['IfNeeded', 'Never'],
      empty: 'unsupported',
      source: 'admissionregistration/validation validateMutatingWebhook: supportedReinvocationPolicies.List()',
    },
  },
  'core.v1.Toleration': {
    effect: {
      values: ['NoSchedule', 'PreferNoSchedule', 'NoExecute'],
      // An empty effect matches every taint effect: ValidateTolerations checks only a non-empty one.
      empty: 'allowed',
      source: 'ValidateTolerations → validateTaintEffect(allowEmpty=true): a literal []core.TaintEffect',
    },
  },
};

/** The rules of a model's properties, by property name; empty for a model the table does not list. */
export function enumRulesOf(key: string): Readonly<Record<string, EnumRule>> {
  return kubernetesEntry(KUBERNETES_ENUM_RULES, key) ?? {};
}
