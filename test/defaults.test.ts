// `defaultX(value)`: the schema defaults as the API server applies them to a custom resource before validating it
// (apiextensions-apiserver pkg/apiserver/schema/defaulting/algorithm.go Default), on a copy.
import { beforeAll, describe, expect, it } from 'vitest';
import { liveValidators, type LiveValidators } from './support/live-validators.js';
import { compileDiagnostics } from './support/compile.js';
import { generateFrom, repoPath } from './support/pipeline.js';

type Defaulter = (value: unknown) => unknown;

/** Freezes a value and everything in it, so a defaulter that changes its input throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

describe('defaultX on a hand-made CRD', () => {
  let live: LiveValidators;
  let defaultThing: Defaulter;
  beforeAll(async () => {
    live = await liveValidators(repoPath('test/fixtures/transition-rules/things.crd.yaml'));
    defaultThing = live.exports['defaultThing'] as Defaulter;
  }, 120_000);

  it('is exported for a model with defaults below it, and only for those', async () => {
    expect(typeof defaultThing).toBe('function');
    const widgets = await liveValidators(repoPath('test/fixtures/crd-objects/widgets.crd.yaml'));
    expect((widgets.exports['defaultWidget'] as Defaulter)({ spec: {} })).toEqual({ spec: { replicas: 1 } });
    expect(widgets.exports['defaultGadget']).toBeUndefined();
  }, 120_000);

  it('fills a missing field and a null non-nullable one, keeps what is set, returns a copy and leaves the input alone', () => {
    const given = deepFreeze({ metadata: { name: 'a' }, spec: { class: 'x', ports: [{ name: 'p' }] } });
    const defaulted = defaultThing(given) as { spec: Record<string, unknown> };
    expect(defaulted).toEqual({
      metadata: { name: 'a' },
      spec: { class: 'x', tier: 'bronze', ports: [{ name: 'p' }] },
    });
    expect(defaulted).not.toBe(given);
    expect(defaulted.spec['ports']).not.toBe(given.spec.ports);
    expect(defaultThing(deepFreeze({ spec: { tier: null } }))).toEqual({ spec: { tier: 'bronze' } });
    expect(defaultThing(deepFreeze({ spec: { tier: 'gold' } }))).toEqual({ spec: { tier: 'gold' } });
    // No spec, nothing to default into (the server defaults only below values that exist).
    expect(defaultThing(deepFreeze({ metadata: {} }))).toEqual({ metadata: {} });
  });

  it('returns values of another shape as they are', () => {
    for (const value of [null, 1, 'x', [1], { spec: 'no' }]) expect(defaultThing(value)).toEqual(value);
  });

  it('gives each call its own default objects', () => {
    const first = defaultThing({ spec: {} }) as { spec: Record<string, unknown> };
    first.spec['tier'] = 'changed';
    expect(defaultThing({ spec: {} })).toEqual({ spec: { tier: 'bronze' } });
  });
});

describe('defaultX on real CRDs', () => {
  it('gateway-api HTTPRoute: the defaults the server applies (parentRefs group/kind, a rule path match)', async () => {
    const live = await liveValidators(repoPath('test/fixtures/reference/crds/gateway-api-experimental/crds'));
    const defaultHTTPRoute = live.exports['defaultHTTPRoute'] as Defaulter;
    const route = deepFreeze({
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: { name: 'r' },
      spec: { parentRefs: [{ name: 'gw' }], rules: [{ backendRefs: [{ name: 'svc', port: 80 }] }] },
    });
    const defaulted = defaultHTTPRoute(route) as { spec: { parentRefs: unknown[]; rules: { matches: unknown }[] } };
    expect(defaulted.spec.parentRefs).toEqual([{ group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'gw' }]);
    expect(defaulted.spec.rules[0]!.matches).toEqual([{ path: { type: 'PathPrefix', value: '/' } }]);
  }, 120_000);
});

describe('the generated defaultX', () => {
  it('type-checks under strict and keeps the caller type', async () => {
    const { files } = await generateFrom('test/fixtures/transition-rules/things.crd.yaml');
    const source = (path: string) => files.find((file) => file.path === path)!.contents;
    const use = [
      "import { defaultThing } from './validators.js';",
      "import type { Thing } from './types.js';",
      'export function use(thing: Thing): string | undefined {',
      '  return defaultThing(thing).spec?.tier;',
      '}',
    ].join('\n');
    expect(
      compileDiagnostics({
        'types.ts': source('src/types.ts'),
        'validators.ts': source('src/validators.ts'),
        'use.ts': use,
      }),
    ).toEqual([]);
  }, 120_000);
});

describe('defaultX through a nullable union', () => {
  it('defaults below the one non-null member when null is a `const: null` literal, and keeps the null', async () => {
    const live = await liveValidators(repoPath('test/fixtures/defaults/nullable-const.openapi.yaml'));
    const defaultOuter = live.exports['defaultOuter'] as Defaulter;
    expect(typeof defaultOuter).toBe('function');
    expect(defaultOuter(deepFreeze({ inner: {} }))).toEqual({ inner: { x: 1 } });
    expect(defaultOuter(deepFreeze({ inner: null }))).toEqual({ inner: null });
  }, 120_000);
});

describe('defaultX with defaults that look like schema', () => {
  it('keeps defaults apart that differ only inside a `rules` key', async () => {
    const live = await liveValidators(repoPath('test/fixtures/defaults/default-data.openapi.yaml'));
    const defaultHolder = live.exports['defaultHolder'] as Defaulter;
    expect(defaultHolder(deepFreeze({ a: {}, b: {} }))).toEqual({ a: { x: { rules: [1] } }, b: { x: { rules: [2] } } });
  }, 120_000);
});
