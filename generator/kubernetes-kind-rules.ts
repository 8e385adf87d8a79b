/**
 * Rules a Kubernetes API server's Go validation applies to a built-in kind, or to a Go type wherever a kind embeds it,
 * beyond what the schema says and beyond ObjectMeta (generator/kubernetes-name-rules.ts): cross-field rules that read
 * the object alone. Each is a runtime function `(v, p, e) => boolean` (its module under runtime/) that the model's
 * guard calls in request mode, after the schema's checks: a response carries what the server stored, which passed
 * them. Keyed by group and kind (Go validates the internal type every served version converts to); a rule of an
 * embedded Go type (a PodSpec) is listed for each kind whose validation reaches it, with where the kind keeps it, since
 * not every kind embedding one validates it (StatefulSet). Built-in Kubernetes specs only: custom resources never
 * take these.
 */
import type { Model } from './ir.js';
import { nameRuleKey } from './kubernetes-name-rules.js';

/** The runtime modules holding the rules, as validators.hbs includes them (`runtime/<module>`). */
export type KindRuleModule = 'crd-definition' | 'pod-volumes';

/** One rule: the call the guard makes (`v`, `p`, `e` in scope), its module, and the Go source (kubernetes/kubernetes release-1.36). */
export interface KindRule {
  readonly call: string;
  readonly module: KindRuleModule;
  readonly source: string;
}

const CORE = 'pkg/apis/core/validation/validation.go';
/** What ValidatePodSpec checks of the volumes and the containers' references to them. */
const POD_VOLUMES = `${CORE} ValidatePodSpec → validateContainers / validateInitContainers → validateContainerCommon → ValidateVolumeMounts, ValidateVolumeDevices (a name Required; IsMatchedVolume / isMatchedDevice: NotFound)`;

/** What ValidatePodSpec holds to a range: the preferred terms' weights, the spread constraints' maxSkew. */
const POD_RANGES = `${CORE} ValidatePodSpec → validateAffinity → validatePreferredSchedulingTerms, validateWeightedPodAffinityTerms (weight 1-100); validateTopologySpreadConstraints → ValidateMaxSkew (above 0)`;

/**
 * The PodSpec rules of a kind whose validation reaches ValidatePodSpec: `at` 0 `spec`, 1 `template.spec`, 2
 * `spec.template.spec`, 3 a CronJob's. Volume references, then integer ranges (per kind, not per type: a StatefulSet's
 * template skips them).
 */
const podSpecRules = (at: number, via: string): KindRule[] => [
  { call: `$podVolumes(v, p, e, ${at})`, module: 'pod-volumes', source: `${via} → ${POD_VOLUMES}` },
  { call: `$podRanges(v, p, e, ${at})`, module: 'pod-volumes', source: `${via} → ${POD_RANGES}` },
];
const APPS = 'pkg/apis/apps/validation/validation.go';

/**
 * `group/Kind` (the core group empty) → the kind's rules. StatefulSet is left out on purpose: apps/validation
 * ValidatePodTemplateSpecForStatefulSet does not call ValidatePodTemplateSpec ("TODO: Add validation for PodSpec,
 * currently this will check volumes, which we know will fail"), so its template may mount a volumeClaimTemplate.
 */
const BY_KIND: ReadonlyMap<string, readonly KindRule[]> = new Map([
  [
    'apiextensions.k8s.io/CustomResourceDefinition',
    [
      {
        call: '$crdDefinition(v, p, e)',
        module: 'crd-definition',
        source:
          'staging/src/k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/validation/validation.go ValidateCustomResourceDefinition → validateCustomResourceDefinitionSpec (group, scope, versions: storage, names, schemas, deprecation warnings, printer columns; names; conversion), ValidateCustomResourceDefinitionStoredVersions, validateAPIApproval, validatePreserveUnknownFields; on the object v1/defaults.go and v1/conversion.go make, after registry/customresourcedefinition/strategy.go PrepareForCreate',
      },
    ],
  ],
  ['/Pod', podSpecRules(0, `${CORE} ValidatePodCreate → validatePodMetadataAndSpec`)],
  ['/PodTemplate', podSpecRules(1, `${CORE} ValidatePodTemplate → ValidatePodTemplateSpec`)],
  [
    '/ReplicationController',
    podSpecRules(
      2,
      `${CORE} ValidateReplicationController → ValidateReplicationControllerSpec → ValidatePodTemplateSpecForRC`,
    ),
  ],
  [
    'apps/Deployment',
    podSpecRules(2, `${APPS} ValidateDeployment → ValidateDeploymentSpec → ValidatePodTemplateSpecForReplicaSet`),
  ],
  [
    'apps/ReplicaSet',
    podSpecRules(2, `${APPS} ValidateReplicaSet → ValidateReplicaSetSpec → ValidatePodTemplateSpecForReplicaSet`),
  ],
  ['apps/DaemonSet', podSpecRules(2, `${APPS} ValidateDaemonSet → ValidateDaemonSetSpec → ValidatePodTemplateSpec`)],
  [
    'batch/Job',
    podSpecRules(
      2,
      'pkg/apis/batch/validation/validation.go ValidateJob → ValidateJobSpec → validateJobSpec → ValidatePodTemplateSpec',
    ),
  ],
  [
    'batch/CronJob',
    podSpecRules(
      3,
      'pkg/apis/batch/validation/validation.go ValidateCronJobCreate → validateCronJobSpec → ValidateJobTemplateSpec → ValidateJobSpec',
    ),
  ],
]);

/** The rules the model's guard applies in request mode, in order; none for custom resources. */
export function kubernetesKindRules(model: Model, customResources: boolean): readonly KindRule[] {
  if (customResources || model.gvk === undefined) return [];
  const key = nameRuleKey(model.gvk);
  // The CRD rules are apiextensions.k8s.io/v1's: a v1beta1 CRD is defaulted otherwise first (scope, versions from
  // `version`: v1beta1 SetDefaults_CustomResourceDefinitionSpec), which the rule does not model.
  if (key === 'apiextensions.k8s.io/CustomResourceDefinition' && model.gvk.version !== 'v1') return [];
  return BY_KIND.get(key) ?? [];
}

/** Every rule the table holds, with its `group/Kind` (for tests and documentation). */
export function kindRuleEntries(): readonly (readonly [string, KindRule])[] {
  return [...BY_KIND].flatMap(([key, rules]) => rules.map((rule) => [key, rule] as const));
}
