/**
 * Integer fields of built-in Kubernetes types whose Go validation holds them to a range, wherever the type is used:
 * a value outside it is `Invalid value: <n>: <message>`, worded as the Go source words it. Such a field that the
 * schema marks required is a plain Go integer, so a request that leaves it out sends 0 (encoding/json leaves the zero
 * value): the server then says `Invalid value: 0: ...`, not "Required value", and go-decoding.ts lets the field be
 * left out of a request (`zeroCheckedIntegers`) so that only this rule speaks. Checked in request mode: a response
 * carries what the server stored, which passed them. Keyed by the model key's `group.vN.Kind` tail (kubernetes/
 * kubernetes release-1.36; Go validates the internal type every served version converts to).
 *
 * The PodSpec types' ranges (preferred terms' weight, maxSkew) are not here but per kind (kubernetes-kind-rules.ts,
 * runtime/pod-volumes.ts `$podRanges`): a StatefulSet's pod template is not validated at all (apps/validation
 * ValidatePodTemplateSpecForStatefulSet), so by type they refused what the server accepts. Not listed, to keep
 * `isPod`'s bundle within its budget: ContainerPort (validateContainerPorts: containerPort 0 is Required, else
 * IsValidPortNum; a hostPort other than 0 IsValidPortNum), TopologySpreadConstraint minDomains.
 */
import { printString } from './print/literal.js';
import { kubernetesEntry } from './kubernetes-model-key.js';

/** One range rule: `min <= value <= max` (either bound may be infinite), else `message`. */
export interface IntegerRule {
  readonly property: string;
  readonly min: number;
  readonly max: number;
  readonly message: string;
  /** The runtime constant holding `message`, where the statement would pass the print width with it written out. */
  readonly messageConstant?: string;
  /** A pointer field (`*int32`): absent or null is not set and not checked. */
  readonly optional?: boolean;
  readonly source: string;
}

const CORE = 'pkg/apis/core/validation/validation.go';
const AUTOSCALING = 'pkg/apis/autoscaling/validation/validation.go';
const PORT = 'must be between 1 and 65535, inclusive';
const POSITIVE = 'must be greater than zero';
const HPA_SPEC: readonly IntegerRule[] = [
  {
    property: 'maxReplicas',
    min: 1,
    max: Infinity,
    message: 'must be greater than 0',
    source: `${AUTOSCALING} validateHorizontalPodAutoscalerSpec: MaxReplicas < 1`,
  },
  {
    property: 'minReplicas',
    min: 1,
    max: Infinity,
    optional: true,
    message: 'must be greater than or equal to 1',
    source: `${AUTOSCALING} validateHorizontalPodAutoscalerSpec: *MinReplicas < minReplicasLowerBound (1: HPAScaleToZero is alpha, off)`,
  },
];

/** `group.vN.Kind` → its rules. */
const RULES: Readonly<Record<string, readonly IntegerRule[]>> = Object.fromEntries(
  new Map<string, readonly IntegerRule[]>([
    [
      'core.v1.ServicePort',
      [{ property: 'port', min: 1, max: 65535, message: PORT, source: `${CORE} validateServicePort → IsValidPortNum` }],
    ],
    ['autoscaling.v1.HorizontalPodAutoscalerSpec', HPA_SPEC],
    ['autoscaling.v2.HorizontalPodAutoscalerSpec', HPA_SPEC],
    [
      'autoscaling.v2.HPAScalingPolicy',
      [
        { property: 'value', min: 1, max: Infinity, message: POSITIVE, source: `${AUTOSCALING} validateScalingPolicy` },
        {
          property: 'periodSeconds',
          min: 1,
          max: Infinity,
          message: POSITIVE,
          source: `${AUTOSCALING} validateScalingPolicy`,
        },
        {
          property: 'periodSeconds',
          min: -Infinity,
          max: 1800,
          message: 'must be less than or equal to 1800',
          source: `${AUTOSCALING} validateScalingPolicy (MaxPeriodSeconds)`,
        },
      ],
    ],
    [
      'autoscaling.v2.HPAScalingRules',
      [
        {
          property: 'stabilizationWindowSeconds',
          min: 0,
          max: Infinity,
          optional: true,
          message: 'must be greater than or equal to zero',
          messageConstant: '$goZeroOrMore',
          source: `${AUTOSCALING} validateScalingRules`,
        },
        {
          property: 'stabilizationWindowSeconds',
          min: -Infinity,
          max: 3600,
          optional: true,
          message: 'must be less than or equal to 3600',
          messageConstant: '$goHourOrLess',
          source: `${AUTOSCALING} validateScalingRules (MaxStabilizationWindowSeconds)`,
        },
      ],
    ],
  ]),
);

/** The model's range rules, in order. */
export function integerRules(key: string): readonly IntegerRule[] {
  return kubernetesEntry(RULES, key) ?? [];
}

/**
 * Required integers of PodSpec types whose range is judged per kind (runtime/pod-volumes.ts `$podRanges`), not where
 * the type is: a StatefulSet's template skips ValidatePodSpec, so its 0 passes (review finding of session 8).
 */
const KIND_CHECKED: Readonly<Record<string, readonly string[]>> = {
  'core.v1.PreferredSchedulingTerm': ['weight'],
  'core.v1.WeightedPodAffinityTerm': ['weight'],
  'core.v1.TopologySpreadConstraint': ['maxSkew'],
};

/** The required properties of the model whose 0 a rule judges (go-decoding.ts: a request may leave them out). */
export function zeroCheckedIntegers(key: string): readonly string[] {
  const kindChecked = kubernetesEntry(KIND_CHECKED, key) ?? [];
  return [
    ...integerRules(key)
      .filter((rule) => rule.optional !== true)
      .map((rule) => rule.property),
    ...kindChecked,
  ];
}

/** The guard statement of one rule (runtime/go-integers.ts `$goRange`, `$goRangeSet` for a pointer), in request mode. */
export function integerRuleCheck(rule: IntegerRule): string {
  const bound = (n: number): string => (n === Infinity ? 'Infinity' : n === -Infinity ? '-Infinity' : `${n}`);
  const range = rule.optional === true ? '$goRangeSet' : '$goRange';
  const call = `${range}(v, ${printString(rule.property)}, ${bound(rule.min)}, ${bound(rule.max)}, ${rule.messageConstant ?? printString(rule.message)}, p, e)`;
  return `if (!r && !${call}) { if (e === null) return false; ok = false; }`;
}

/** Every model tail and rule (for tests and documentation). */
export function integerRuleEntries(): readonly (readonly [string, IntegerRule])[] {
  return Object.entries(RULES).flatMap(([tail, rules]) => rules.map((rule) => [tail, rule] as const));
}
