// The Kubernetes kind rules of runtime/crd-definition.ts and runtime/pod-volumes.ts, called directly: the corners the
// object corpus (test/fixtures/kubernetes-objects/crd-spec.yaml, pod-volumes.yaml) does not reach, each from the Go
// source it cites.
import { describe, expect, it } from 'vitest';
import { $crdDefinition, $crdDeprecation, $crdProblems } from '../../runtime/crd-definition.js';
import { $crdSchemaKeywords, $crdStructural, $crdTrimSpace } from '../../runtime/crd-schema.js';
import { $podRanges, $podVolumes } from '../../runtime/pod-volumes.js';
import { $goHourOrLess, $goRange, $goRangeSet, $goZeroOrMore } from '../../runtime/go-integers.js';
import { integerRuleEntries } from '../../generator/kubernetes-integer-rules.js';
import type { FieldError } from '../../runtime/validators.js';

/** A valid v1 CRD, its spec overridden by `spec`. */
function crd(spec: Record<string, unknown> = {}, metadata: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: 'widgets.example.com', ...metadata },
    spec: {
      group: 'example.com',
      scope: 'Namespaced',
      names: { plural: 'widgets', kind: 'Widget' },
      versions: [{ name: 'v1', served: true, storage: true, schema: { openAPIV3Schema: { type: 'object' } } }],
      ...spec,
    },
  };
}

const messages = (errors: readonly FieldError[] | undefined): string[] => (errors ?? []).map((error) => error.message);

describe('crd-definition', () => {
  it('passes a valid CRD without building an error, in both calls', () => {
    expect($crdProblems(crd(), '')).toEqual([]);
    expect($crdDefinition(crd(), '', null)).toBe(true);
    const errors: FieldError[] = [];
    expect($crdDefinition(crd(), '', errors)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('stops at the first problem without collecting when e is null, and collects every one otherwise', () => {
    const bad = crd({ group: 'example', scope: 'Global' });
    expect($crdDefinition(bad, '', null)).toBe(false);
    const errors: FieldError[] = [];
    expect($crdDefinition(bad, '', errors)).toBe(false);
    expect(errors.map((error) => error.path)).toEqual(['spec.group', 'spec.scope']);
  });

  it('leaves a spec of the wrong type to the schema', () => {
    expect($crdProblems({ spec: 'x' }, '')).toEqual([]);
    expect($crdProblems(crd({ group: 5, scope: null }), '').map((error) => error.path)).toEqual(['spec.scope']);
  });

  it('reports a stored name once per storage version beyond the first, even with the same name (Go deletes it)', () => {
    const versions = [
      { name: 'v1', storage: true, schema: { openAPIV3Schema: { type: 'object' } } },
      { name: 'v1', storage: true, schema: { openAPIV3Schema: { type: 'object', description: 'b' } } },
    ];
    expect(messages($crdProblems(crd({ versions }), ''))).toEqual([
      expect.stringMatching(/^spec\.versions: Invalid value: .*: must contain unique version names$/),
      expect.stringMatching(
        /^spec\.versions: Invalid value: .*: must have exactly one version marked as storage version$/,
      ),
      'status.storedVersions: Invalid value: ["v1"]: must have the storage version v1',
    ]);
  });

  it('reports printer columns at spec.additionalPrinterColumns when every version has the same ones', () => {
    const columns = [{ name: 'Age', type: 'int', jsonPath: '.metadata.creationTimestamp', format: 'time' }];
    const version = (name: string, storage: boolean, cols: unknown) => ({
      name,
      served: true,
      storage,
      additionalPrinterColumns: cols,
      schema: { openAPIV3Schema: { type: 'object' } },
    });
    const hoisted = $crdProblems(crd({ versions: [version('v1', true, columns), version('v2', false, columns)] }), '');
    expect(messages(hoisted)).toEqual([
      'spec.additionalPrinterColumns[0].type: Invalid value: "int": must be one of boolean,date,integer,number,string',
      'spec.additionalPrinterColumns[0].format: Invalid value: "time": must be one of byte,date,date-time,double,float,int32,int64,password',
    ]);
    const own = $crdProblems(crd({ versions: [version('v1', true, columns), version('v2', false, [])] }), '');
    expect(own.map((error) => error.path)).toEqual([
      'spec.versions[0].additionalPrinterColumns[0].type',
      'spec.versions[0].additionalPrinterColumns[0].format',
    ]);
    const missing = [{ name: '', type: '', jsonPath: '' }];
    expect(messages($crdProblems(crd({ versions: [version('v1', true, missing)] }), ''))).toEqual([
      'spec.additionalPrinterColumns[0].name: Required value',
      'spec.additionalPrinterColumns[0].type: Required value: must be one of boolean,date,integer,number,string',
      'spec.additionalPrinterColumns[0].JSONPath: Required value',
    ]);
  });

  it('defaults singular and listKind from kind before requiring them', () => {
    expect(messages($crdProblems(crd({ names: { plural: 'widgets', kind: '' } }), ''))).toEqual([
      'spec.names.singular: Required value',
      'spec.names.kind: Required value',
      'spec.names.listKind: Required value',
    ]);
  });

  it('reports each DNS-1035 problem of a conversion review version apart, and the unknown list', () => {
    const conversion = {
      strategy: 'Webhook',
      webhook: { conversionReviewVersions: ['V2'], clientConfig: { url: 'https://a.example.com', service: {} } },
    };
    expect(messages($crdProblems(crd({ conversion }), ''))).toEqual([
      'spec.conversion.webhookClientConfig: Required value: exactly one of url or service is required',
      expect.stringMatching(/^spec\.conversion\.conversionReviewVersions\[0\]: Invalid value: "V2": a DNS-1035 label/),
      'spec.conversion.conversionReviewVersions: Invalid value: ["V2"]: must include at least one of v1, v1beta1',
    ]);
    expect(messages($crdProblems(crd({ conversion: { strategy: 'Webhook', webhook: {} } }), ''))).toEqual([
      'spec.conversion.webhookClientConfig: Required value: required when strategy is set to Webhook',
      'spec.conversion.conversionReviewVersions: Required value',
    ]);
    expect(messages($crdProblems(crd({ preserveUnknownFields: true, conversion: { strategy: 'None' } }), ''))).toEqual([
      'spec.preserveUnknownFields: Invalid value: true: cannot set to true, set x-kubernetes-preserve-unknown-fields to true in spec.versions[*].schema instead',
    ]);
  });

  it('reads the approval annotation as GetAPIApprovalState does', () => {
    const group = { group: 'x.k8s.io' };
    const approval = (value: string) =>
      $crdProblems(crd(group, { annotations: { 'api-approved.kubernetes.io': value } }), '').map((e) => e.type);
    expect(approval('https://github.com/kubernetes/enhancements/pull/1111')).toEqual([]);
    expect(approval('unapproved')).toEqual([]);
    expect(approval('github.com/pull/1')).toEqual(['FieldValueInvalid']);
    expect(approval('https://')).toEqual(['FieldValueInvalid']);
    expect(approval('')).toEqual(['FieldValueRequired']);
    expect($crdProblems(crd({ group: 'k8s.io.example.com' }), '')).toEqual([]);
  });

  it('checks deprecation warnings as validateDeprecationWarning (byte lengths and indexes)', () => {
    expect($crdDeprecation(true, 'use v2')).toEqual([]);
    expect($crdDeprecation(false, 'use v2')).toEqual(['can only be set for deprecated versions']);
    expect($crdDeprecation(true, 'é'.repeat(129))).toEqual(['must be <= 256 characters long']);
    expect($crdDeprecation(true, 'é'.repeat(128))).toEqual([]);
    expect($crdDeprecation(true, 'éa\u0007b')).toEqual([
      'must only contain printable UTF-8 characters; non-printable character found at index 3',
    ]);
    // unicode.IsPrint: the only space it counts is U+0020.
    expect($crdDeprecation(true, 'a\u00a0b')).toEqual([
      'must only contain printable UTF-8 characters; non-printable character found at index 1',
    ]);
  });
});

describe('crd-schema', () => {
  const keywords = (schema: unknown): string[] => {
    const errors: FieldError[] = [];
    $crdSchemaKeywords(errors, schema, 's');
    return errors.map((error) => error.message);
  };
  const structural = (schema: unknown): string[] => {
    const errors: FieldError[] = [];
    $crdStructural(errors, schema, 0, 's');
    return errors.map((error) => error.message);
  };

  it('visits the value validations too, and lists items as Go indexes them', () => {
    expect(keywords({ type: 'object', anyOf: [{ type: 'null' }], items: [{ type: 'float' }] })).toEqual([
      's.items: Forbidden: items must be a schema object and not an array',
      's.items[0].type: Unsupported value: "float": supported values: "array", "boolean", "integer", "number", "object", "string"',
      's.anyOf[0].type: Unsupported value: "null": supported values: "array", "boolean", "integer", "number", "object", "string"',
      's.anyOf[0].type: Forbidden: type cannot be set to null, use nullable as an alternative',
    ]);
    expect(keywords({ type: 'object', patternProperties: {}, definitions: { a: {} }, id: '' })).toEqual([
      's.definitions: Forbidden: definitions is not supported',
    ]);
  });

  it('judges types by level, and leaves value validations to keywords', () => {
    expect(structural({ type: 'object', properties: { a: { items: { type: 'string' } } } })).toEqual([
      's.properties[a].type: Required value: must not be empty for specified object fields',
    ]);
    expect(structural({ type: 'object', properties: { a: { type: 'array', items: {} } } })).toEqual([
      's.properties[a].items.type: Required value: must not be empty for specified array items',
    ]);
    expect(structural({ type: 'object', anyOf: [{ properties: { b: {} } }] })).toEqual([]);
    expect(
      structural({ type: 'object', properties: { t: { type: 'string', 'x-kubernetes-embedded-resource': true } } }),
    ).toEqual([
      's.properties[t].type: Invalid value: "string": must be object if x-kubernetes-embedded-resource is true',
    ]);
  });
});

/** A PodSpec with the given containers and volumes. */
function podSpec(containers: unknown[], volumes?: unknown[]): Record<string, unknown> {
  return volumes === undefined ? { containers } : { containers, volumes };
}

/** The errors `$podVolumes` reports for a Pod with this spec. */
function podErrors(spec: Record<string, unknown>): string[] {
  const errors: FieldError[] = [];
  const valid = $podVolumes({ spec }, '', errors, 0);
  expect(valid).toBe(errors.length === 0);
  expect($podVolumes({ spec }, '', null, 0)).toBe(valid);
  return errors.map((error) => error.message);
}

describe('pod-volumes', () => {
  it('passes a pod without references and a pod whose references all resolve', () => {
    expect(podErrors(podSpec([{ name: 'a', image: 'x' }]))).toEqual([]);
    const spec = podSpec(
      [
        {
          name: 'a',
          volumeMounts: [{ name: 'v', mountPath: '/v' }],
          volumeDevices: [{ name: 'b', devicePath: '/dev/b' }],
        },
      ],
      [
        { name: 'v', emptyDir: {} },
        { name: 'b', ephemeral: { volumeClaimTemplate: {} } },
      ],
    );
    expect(podErrors(spec)).toEqual([]);
  });

  it('finds the PodSpec where each kind keeps it, and nothing when it is missing', () => {
    const bad = podSpec([{ name: 'a', volumeMounts: [{ name: 'v', mountPath: '/v' }] }]);
    const cases: [number, Record<string, unknown>, string][] = [
      [0, { spec: bad }, 'spec.containers[0].volumeMounts[0].name'],
      [1, { template: { spec: bad } }, 'template.spec.containers[0].volumeMounts[0].name'],
      [2, { spec: { template: { spec: bad } } }, 'spec.template.spec.containers[0].volumeMounts[0].name'],
      [
        3,
        { spec: { jobTemplate: { spec: { template: { spec: bad } } } } },
        'spec.jobTemplate.spec.template.spec.containers[0].volumeMounts[0].name',
      ],
    ];
    for (const [at, object, path] of cases) {
      const errors: FieldError[] = [];
      expect($podVolumes(object, '', null, at)).toBe(false);
      expect($podVolumes(object, '', errors, at)).toBe(false);
      expect(errors.map((error) => error.path)).toEqual([path]);
      expect(errors[0]!.type).toBe('FieldValueNotFound');
    }
    expect($podVolumes({ spec: { template: null } }, '', null, 2)).toBe(true);
    expect($podVolumes({}, '', null, 3)).toBe(true);
  });

  it('reads own fields only: a polluted Object.prototype neither adds mounts nor volumes', () => {
    const polluted = Object.prototype as Record<string, unknown>;
    polluted['volumeMounts'] = [{ name: 'ghost', mountPath: '/g' }];
    polluted['volumes'] = [{ name: 'x' }];
    try {
      expect(podErrors(podSpec([{ name: 'a', image: 'x' }]))).toEqual([]);
      expect(podErrors(podSpec([{ name: 'a', volumeMounts: [{ name: 'x', mountPath: '/x' }] }]))).toEqual([
        'spec.containers[0].volumeMounts[0].name: Not found: "x"',
      ]);
    } finally {
      delete polluted['volumeMounts'];
      delete polluted['volumes'];
    }
  });

  it('reports an empty name as Required and Not found, in each container list', () => {
    const spec = podSpec([{ name: 'a', volumeMounts: [{ name: '', mountPath: '/x' }] }], [{ name: 'v', emptyDir: {} }]);
    const withInit = { ...spec, initContainers: [{ name: 'i', volumeMounts: [{ name: 'w', mountPath: '/w' }] }] };
    expect(podErrors(withInit)).toEqual([
      'spec.containers[0].volumeMounts[0].name: Required value',
      'spec.containers[0].volumeMounts[0].name: Not found: ""',
      'spec.initContainers[0].volumeMounts[0].name: Not found: "w"',
    ]);
  });
});

describe('go-integers', () => {
  it('reads an integer as Go decodes it: absent or null is 0, another JSON kind is left to the schema', () => {
    const weight = (v: Record<string, unknown>) => {
      const errors: FieldError[] = [];
      const ok = $goRange(v, 'weight', 1, 100, 'must be in the range 1-100', 'x', errors);
      expect($goRange(v, 'weight', 1, 100, 'must be in the range 1-100', 'x', null)).toBe(ok);
      return errors.map((error) => error.message);
    };
    expect(weight({ weight: 1 })).toEqual([]);
    expect(weight({ weight: 100 })).toEqual([]);
    expect(weight({ weight: 101 })).toEqual(['x.weight: Invalid value: 101: must be in the range 1-100']);
    expect(weight({})).toEqual(['x.weight: Invalid value: 0: must be in the range 1-100']);
    expect(weight({ weight: null })).toEqual(['x.weight: Invalid value: 0: must be in the range 1-100']);
    expect(weight({ weight: '5' })).toEqual([]);
    expect($goRange({ periodSeconds: 1801 }, 'periodSeconds', -Infinity, 1800, 'm', '', null)).toBe(false);
    expect($goRange({ periodSeconds: -5 }, 'periodSeconds', -Infinity, 1800, 'm', '', null)).toBe(true);
  });

  it('checks a pointer field only when set', () => {
    expect($goRangeSet({}, 'minReplicas', 1, Infinity, 'm', '', null)).toBe(true);
    expect($goRangeSet({ minReplicas: null }, 'minReplicas', 1, Infinity, 'm', '', null)).toBe(true);
    expect($goRangeSet({ minReplicas: 0 }, 'minReplicas', 1, Infinity, 'm', '', null)).toBe(false);
    expect($goRange('not an object', 'weight', 1, 100, 'm', '', null)).toBe(true);
  });

  it('the runtime constants the table names hold its messages', () => {
    const constants: Record<string, string> = { $goZeroOrMore, $goHourOrLess };
    const named = integerRuleEntries().filter(([, rule]) => rule.messageConstant !== undefined);
    expect(named.length).toBe(2);
    for (const [, rule] of named) expect(constants[rule.messageConstant!]).toBe(rule.message);
  });
});

describe('review findings of session 8', () => {
  it("trims as Go's strings.TrimSpace: U+0085 is space, U+FEFF is not (a rule message of U+FEFF is not empty)", () => {
    expect($crdTrimSpace('\u0085 a\u3000')).toBe('a');
    expect($crdTrimSpace('\ufeff')).toBe('\ufeff');
    const errors: FieldError[] = [];
    const crd = (message: string) => ({
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: 'widgets.example.com' },
      spec: {
        group: 'example.com',
        scope: 'Namespaced',
        names: { plural: 'widgets', kind: 'Widget' },
        versions: [
          {
            name: 'v1',
            served: true,
            storage: true,
            schema: { openAPIV3Schema: { type: 'object', 'x-kubernetes-validations': [{ rule: 'true', message }] } },
          },
        ],
      },
    });
    expect($crdDefinition(crd('\ufeff'), '', errors)).toBe(true);
    expect($crdDefinition(crd('\u0085'), '', errors)).toBe(false);
    expect(errors.map((error) => error.path)).toEqual([
      'spec.validation.openAPIV3Schema.x-kubernetes-validations[0].message',
    ]);
    expect(errors[0]?.message).toMatch(/: message must be non-empty if specified$/);
  });

  it("holds weights and maxSkew to their ranges per kind: a Pod's spec, a controller's template", () => {
    const spec = {
      affinity: { podAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 5 }, { weight: 0 }] } },
      topologySpreadConstraints: [{ maxSkew: 1 }, {}],
    };
    const errors: FieldError[] = [];
    expect($podRanges({ spec }, '', null, 0)).toBe(false);
    expect($podRanges({ spec: { template: { spec } } }, '', errors, 2)).toBe(false);
    expect(errors.map((error) => error.message)).toEqual([
      'spec.template.spec.affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution[1].weight: Invalid value: 0: must be in the range 1-100',
      'spec.template.spec.topologySpreadConstraints[1].maxSkew: Invalid value: 0: must be greater than zero',
    ]);
    expect($podRanges({ spec: { affinity: {}, topologySpreadConstraints: [{ maxSkew: 2 }] } }, '', null, 0)).toBe(true);
  });
});
