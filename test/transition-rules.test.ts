// Transition rules (`oldSelf`) as the API server runs them on update: generated `validateXUpdate` / `isXUpdate`
// on a hand-made CRD and on the real CRDs that use them (gateway-api GatewayClass, Karpenter NodePool).
// The verdicts follow apiextensions-apiserver pkg/apiserver/schema/cel/validation.go (see ARCHITECTURE.md).
import { beforeAll, describe, expect, it } from 'vitest';
import { liveValidators, type LiveFieldError, type LiveValidators } from './support/live-validators.js';
import { compileDiagnostics } from './support/compile.js';
import { generateFrom, repoPath } from './support/pipeline.js';

type Update = (
  oldValue: unknown,
  value: unknown,
  options?: { mode?: 'request' | 'response' },
) => { valid: true } | { valid: false; errors: LiveFieldError[] };

function updater(live: LiveValidators, model: string): { validate: Update; is: Update } {
  const validate = live.exports[`validate${model}Update`];
  const is = live.exports[`is${model}Update`];
  if (typeof validate !== 'function' || typeof is !== 'function') throw new Error(`no update validators for ${model}`);
  return { validate: validate as Update, is: is as Update };
}

/** The messages of an update's errors, after checking that isXUpdate agrees with validateXUpdate. */
function messages(update: { validate: Update; is: Update }, oldValue: unknown, value: unknown): string[] {
  const result = update.validate(oldValue, value);
  expect(update.is(oldValue, value)).toBe(result.valid);
  return result.valid ? [] : result.errors.map((error) => error.message);
}

const thing = (spec: Record<string, unknown>) => ({
  apiVersion: 'example.com/v1',
  kind: 'Thing',
  metadata: { name: 'a' },
  spec,
});

describe('a hand-made CRD with transition rules', () => {
  let live: LiveValidators;
  let update: { validate: Update; is: Update };
  beforeAll(async () => {
    live = await liveValidators(repoPath('test/fixtures/transition-rules/things.crd.yaml'));
    update = updater(live, 'Thing');
  }, 120_000);

  it('compiles every rule (no warning) and does not run transition rules on create', () => {
    expect(live.warnings.filter((warning) => /oldSelf|x-kubernetes-validations/.test(warning))).toEqual([]);
    expect(live.validate('Thing', thing({ class: 'x', size: 3, mode: 'a' }))).toEqual(
      expect.objectContaining({ valid: true }),
    );
  });

  it('an immutable scalar: unchanged passes, changed fails at its path with the rule message', () => {
    expect(messages(update, thing({ class: 'x' }), thing({ class: 'x' }))).toEqual([]);
    expect(messages(update, thing({ class: 'x' }), thing({ class: 'y' }))).toEqual([
      'spec.class: Invalid value: "string": class is immutable',
    ]);
  });

  it('a rule runs only where both values exist: adding or removing the field is not checked by it', () => {
    expect(messages(update, thing({}), thing({ class: 'y' }))).toEqual([]);
    expect(messages(update, thing({ class: 'x' }), thing({}))).toEqual([]);
    // null is "not set" on the old side, as the server's unstructured value has it
    expect(messages(update, thing({ class: null }), thing({ class: 'y' }))).toEqual([]);
  });

  it('messageExpression reads oldSelf', () => {
    expect(messages(update, thing({ size: 5 }), thing({ size: 4 }))).toEqual([
      'spec.size: Invalid value: "integer": size may not shrink from 5 to 4',
    ]);
    expect(messages(update, thing({ size: 5 }), thing({ size: 6 }))).toEqual([]);
  });

  it('both values are defaulted first: a stored default equals the new value sent without it', () => {
    expect(messages(update, thing({ tier: 'bronze' }), thing({}))).toEqual([]);
    expect(messages(update, thing({}), thing({ tier: 'bronze' }))).toEqual([]);
    expect(messages(update, thing({}), thing({ tier: 'gold' }))).toEqual([
      'spec.tier: Invalid value: "string": tier is immutable',
    ]);
  });

  it('list-type map items are correlated by their keys, whatever their order', () => {
    const old = thing({
      ports: [
        { name: 'a', protocol: 'TCP' },
        { name: 'b', protocol: 'UDP' },
      ],
    });
    expect(
      messages(
        update,
        old,
        thing({
          ports: [
            { name: 'b', protocol: 'UDP' },
            { name: 'a', protocol: 'TCP' },
          ],
        }),
      ),
    ).toEqual([]);
    expect(
      messages(
        update,
        old,
        thing({
          ports: [
            { name: 'b', protocol: 'TCP' },
            { name: 'c', protocol: 'SCTP' },
          ],
        }),
      ),
    ).toEqual(['spec.ports[0].protocol: Invalid value: "string": protocol is immutable']);
  });

  it('set items have no old value, so their transition rules never run', () => {
    expect(messages(update, thing({ tags: ['a'] }), thing({ tags: ['b'] }))).toEqual([]);
  });

  it('map values are correlated by key', () => {
    expect(messages(update, thing({ labels: { a: '1', b: '2' } }), thing({ labels: { a: '1', c: '3' } }))).toEqual([]);
    expect(messages(update, thing({ labels: { a: '1' } }), thing({ labels: { a: '2' } }))).toEqual([
      'spec.labels[a]: Invalid value: "string": label values are immutable',
    ]);
  });

  it('an object-level transition rule and the ordinary rules reported together; a blocking schema error skips them', () => {
    // A wrong type is a blocking error (customresource/strategy.go hasBlockingErr): no CEL rule runs, transitions
    // neither, and a cause without a field says so.
    expect(messages(update, thing({ mode: 'a', class: 'x' }), thing({ class: 'y', size: 'big' }))).toEqual([
      'spec.size: Invalid value: "big": must be an integer',
      '<nil>: Invalid value: null: some validation rules were not checked because the object was invalid; correct the existing errors to complete validation',
    ]);
    // The server runs a value's own rules before its children's (validation.go validate: validateExpressions first).
    expect(messages(update, thing({ mode: 'a', class: 'x' }), thing({ class: 'y' }))).toEqual([
      'spec: Invalid value: "object": mode cannot be added or removed',
      'spec.class: Invalid value: "string": class is immutable',
    ]);
    expect(messages(update, thing({ mode: 'a' }), thing({ mode: 'broken' }))).toEqual([
      'spec: Invalid value: "object": mode may not be broken',
    ]);
  });

  it('never throws on values of the wrong shape on either side', () => {
    for (const [old, value] of [
      [null, thing({ class: 'x' })],
      ['text', thing({ class: 'x' })],
      [thing({ class: 'x', ports: 'no' }), thing({ class: 'x', ports: [{ name: 'a' }] })],
      [thing({ ports: [1, null, { name: 'a' }] }), thing({ ports: [{ name: 'a', protocol: 'TCP' }] })],
    ])
      expect(() => messages(update, old, value)).not.toThrow();
  });
});

describe('optionalOldSelf: a transition rule that also runs without an old value', () => {
  let live: LiveValidators;
  let update: { validate: Update; is: Update };
  const counter = (spec: Record<string, unknown>) => ({
    apiVersion: 'example.com/v1',
    kind: 'Counter',
    metadata: { name: 'a' },
    spec,
  });
  beforeAll(async () => {
    live = await liveValidators(repoPath('test/fixtures/transition-rules/counters.crd.yaml'));
    update = updater(live, 'Counter');
  }, 120_000);

  it('compiles with no warning', () => {
    expect(live.warnings.filter((warning) => /oldSelf|x-kubernetes-validations/.test(warning))).toEqual([]);
  });

  it('runs on create with oldSelf none', () => {
    expect(live.validate('Counter', counter({ count: 3 }))).toEqual(expect.objectContaining({ valid: true }));
    expect(live.validate('Counter', counter({ count: -1 }))).toEqual(expect.objectContaining({ valid: false }));
  });

  it('runs on update against the old value, and where the old object lacks the field', () => {
    expect(messages(update, counter({ count: 2 }), counter({ count: 5 }))).toEqual([]);
    expect(messages(update, counter({ count: 5 }), counter({ count: 2 }))).toEqual([
      'spec.count: Invalid value: "integer": count may only grow, from zero',
    ]);
    expect(messages(update, counter({}), counter({ count: -1 }))).toEqual([
      'spec.count: Invalid value: "integer": count may only grow, from zero',
    ]);
  });
});

describe('real CRDs with transition rules', () => {
  it('gateway-api GatewayClass: spec.controllerName is immutable', async () => {
    const live = await liveValidators(
      repoPath(
        'test/fixtures/reference/crds/gateway-api-experimental/crds/gateway.networking.k8s.io_gatewayclasses.yaml',
      ),
    );
    const update = updater(live, 'GatewayClass');
    const gatewayClass = (controllerName: string) => ({
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'GatewayClass',
      metadata: { name: 'example' },
      spec: { controllerName },
    });
    expect(messages(update, gatewayClass('example.com/a'), gatewayClass('example.com/a'))).toEqual([]);
    expect(messages(update, gatewayClass('example.com/a'), gatewayClass('example.com/b'))).toEqual([
      'spec.controllerName: Invalid value: "string": field is immutable',
    ]);
  }, 120_000);

  it('Karpenter NodePool: static/dynamic provisioning cannot switch, nodeClassRef group and kind are immutable', async () => {
    const live = await liveValidators(repoPath('test/fixtures/reference/crds/others/karpenter.sh_nodepools.yaml'));
    const update = updater(live, 'NodePool');
    const pool = (spec: Record<string, unknown>, group = 'karpenter.k8s.aws') => ({
      apiVersion: 'karpenter.sh/v1',
      kind: 'NodePool',
      metadata: { name: 'default' },
      spec: {
        template: {
          spec: {
            nodeClassRef: { group, kind: 'EC2NodeClass', name: 'default' },
            requirements: [{ key: 'kubernetes.io/arch', operator: 'In', values: ['amd64'] }],
          },
        },
        ...spec,
      },
    });
    expect(live.validate('NodePool', pool({}))).toEqual(expect.objectContaining({ valid: true }));
    expect(messages(update, pool({}), pool({}))).toEqual([]);
    expect(messages(update, pool({}), pool({ replicas: 2 }))).toEqual([
      'spec: Invalid value: "object": Cannot transition NodePool between static (replicas set) and dynamic (replicas unset) provisioning modes',
    ]);
    expect(messages(update, pool({ replicas: 1 }), pool({ replicas: 2 }))).toEqual([]);
    expect(messages(update, pool({}), pool({}, 'example.com'))).toEqual([
      'spec.template.spec.nodeClassRef: Invalid value: "object": nodeClassRef.group is immutable',
    ]);
  }, 120_000);
});

describe('the generated update validators', () => {
  it('type-check under strict, formatted, with isXUpdate narrowing the new value', async () => {
    const { files } = await generateFrom('test/fixtures/transition-rules/things.crd.yaml');
    const source = (path: string) => files.find((file) => file.path === path)!.contents;
    const validators = source('src/validators.ts');
    // A list of things is never updated item by item (no item has an old value): no update validator for it.
    expect(validators).not.toMatch(/isThingListUpdate/);
    expect(validators).toMatch(
      /^export function isThingUpdate\(oldValue: unknown, value: unknown, options\?: ValidateOptions\): value is Thing \{$/m,
    );
    const use = [
      "import { isThingUpdate, validateThingUpdate } from './validators.js';",
      'export function use(old: unknown, value: unknown): string | undefined {',
      '  if (isThingUpdate(old, value)) return value.spec?.class;',
      '  const result = validateThingUpdate(old, value);',
      '  return result.valid ? result.value.spec?.class : result.errors[0]?.message;',
      '}',
    ].join('\n');
    expect(
      compileDiagnostics({ 'types.ts': source('src/types.ts'), 'validators.ts': validators, 'use.ts': use }),
    ).toEqual([]);
  }, 120_000);
});
