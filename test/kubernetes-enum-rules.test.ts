// The request-only value sets of built-in string fields (generator/kubernetes-enum-rules.ts) against the Kubernetes
// 1.36 spec: every entry names a plain string property the spec has, parse carries it into the IR, and the generated
// validators refuse any other value in a request with the server's NotSupported message while responses take any
// string. The server's verdicts on whole objects are in test/fixtures/kubernetes-objects/enum-values.yaml.
import { beforeAll, describe, expect, it } from 'vitest';
import type { JsonObject } from '../generator/document.js';
import { bundle } from '../generator/bundle.js';
import type { Model, Type } from '../generator/ir.js';
import { KUBERNETES_ENUM_RULES } from '../generator/kubernetes-enum-rules.js';
import { REQUEST_ENUM, REQUEST_ENUM_EMPTY } from '../generator/kubernetes-enums.js';
import { loadSpecFiles } from '../generator/load.js';
import { normalize, RULES, type RuleContext } from '../generator/normalize.js';
import { parse } from '../generator/parse/index.js';
import { upgrade } from '../generator/upgrade.js';
import { liveValidators, type LiveValidators } from './support/live-validators.js';
import { repoPath } from './support/pipeline.js';

const SPEC = 'test/fixtures/reference/specs-at-scale/kubernetes.swagger.json';
const entries = Object.entries(KUBERNETES_ENUM_RULES).flatMap(([tail, properties]) =>
  Object.entries(properties).map(([property, rule]) => [`${tail}.${property}`, { tail, property, rule }] as const),
);

/** The model whose key ends with `tail` (`core.v1.Container`). */
function modelOf(models: readonly Model[], tail: string): Model {
  const found = models.filter((model) => model.key === `io.k8s.api.${tail}`);
  expect(found.length, tail).toBe(1);
  return found[0]!;
}

/** A property's type in an object model. */
function propertyType(model: Model, name: string): Type | undefined {
  return model.type.kind === 'object' ? model.type.properties.find((p) => p.name === name)?.type : undefined;
}

describe('request-only value sets of built-in string fields (Kubernetes 1.36)', () => {
  let models: readonly Model[] = [];
  let live: LiveValidators;
  beforeAll(async () => {
    const file = repoPath(SPEC);
    models = parse(normalize(upgrade(bundle(await loadSpecFiles(file), file)))).api.models;
    live = await liveValidators(file);
  }, 240_000);

  it('lists values once each, none empty, and each field at most once', () => {
    expect(entries.length).toBeGreaterThanOrEqual(29);
    for (const [label, { rule }] of entries) {
      expect(rule.values.length, label).toBeGreaterThan(1);
      expect(new Set(rule.values).size, label).toBe(rule.values.length);
      // "" is listed only where the Go set holds it, and then it passes.
      if (rule.values.includes('')) expect(rule.empty, label).toBe('allowed');
      expect(rule.source.length, label).toBeGreaterThan(20);
    }
  });

  it.each(entries)('%s: a plain string in the spec, carried into the IR', (_label, { tail, property, rule }) => {
    const type = propertyType(modelOf(models, tail), property);
    expect(type?.kind).toBe('string');
    if (type?.kind !== 'string') return;
    expect(type.requestEnum).toEqual({ values: rule.values, emptyPasses: rule.empty !== 'unsupported' });
  });

  it.each(entries)('%s: a request is refused as the server refuses it', (_label, { tail, property, rule }) => {
    const model = modelOf(models, tail).name;
    const errorsAt = (value: unknown, mode: 'request' | 'response') => {
      const result = live.validate(model, { [property]: value }, { mode });
      return result.valid ? [] : result.errors.filter((error) => error.path === property);
    };
    const listed = rule.values.map((value) => JSON.stringify(value)).join(', ');
    const named = rule.values.find((value) => value !== '')!;
    for (const bad of ['Bogus', named.toLowerCase(), ` ${named}`]) {
      expect(errorsAt(bad, 'request').map((error) => [error.type, error.message])).toEqual([
        [
          'FieldValueNotSupported',
          `${property}: Unsupported value: ${JSON.stringify(bad)}: supported values: ${listed}`,
        ],
      ]);
      expect(errorsAt(bad, 'response')).toEqual([]);
    }
    for (const good of rule.values) expect(errorsAt(good, 'request'), good).toEqual([]);
    expect(errorsAt('', 'request').length).toBe(rule.empty === 'unsupported' ? 1 : 0);
    expect(errorsAt('', 'response')).toEqual([]);
    // Not a string: the type error alone, as before.
    expect(errorsAt(7, 'request').map((error) => error.type)).toEqual(['FieldValueTypeInvalid']);
  });
});

describe('the kubernetes-request-enum normalize rule', () => {
  const rule = RULES.find((candidate) => candidate.name === 'kubernetes-request-enum')!;
  const k8s: RuleContext = { kubernetes: true, resolve: () => undefined };
  const container: JsonObject = {
    type: 'object',
    properties: { imagePullPolicy: { type: 'string', description: 'd' }, name: { type: 'string' } },
  };
  const key = 'io.k8s.api.core.v1.Container';

  it('marks the listed property of a listed built-in model, docs kept', () => {
    expect(rule.apply(container, { kind: 'model', key }, k8s)).toEqual({
      type: 'object',
      properties: {
        imagePullPolicy: {
          type: 'string',
          description: 'd',
          [REQUEST_ENUM]: ['Always', 'IfNotPresent', 'Never'],
          [REQUEST_ENUM_EMPTY]: true,
        },
        name: { type: 'string' },
      },
    });
  });

  it('leaves custom resources, other documents, other models and non-string properties alone', () => {
    expect(rule.apply(container, { kind: 'model', key }, { ...k8s, customResources: true })).toBe(container);
    expect(rule.apply(container, { kind: 'model', key }, { ...k8s, kubernetes: false })).toBe(container);
    expect(rule.apply(container, { kind: 'model', key: 'com.example.core.v1.Container' }, k8s)).toBe(container);
    expect(rule.apply(container, { kind: 'property', name: 'c', required: false }, k8s)).toBe(container);
    const enumerated: JsonObject = { type: 'object', properties: { imagePullPolicy: { enum: ['Always'] } } };
    expect(rule.apply(enumerated, { kind: 'model', key }, k8s)).toBe(enumerated);
  });

  it('marks an internalTrafficPolicy without the empty string (a pointer: "" is not defaulted)', () => {
    const spec: JsonObject = { type: 'object', properties: { internalTrafficPolicy: { type: 'string' } } };
    const result = rule.apply(spec, { kind: 'model', key: 'io.k8s.api.core.v1.ServiceSpec' }, k8s);
    expect((result['properties'] as JsonObject)['internalTrafficPolicy']).toEqual({
      type: 'string',
      [REQUEST_ENUM]: ['Cluster', 'Local'],
    });
  });
});
