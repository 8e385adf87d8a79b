// Validation ratcheting on a custom resource's update (KEP-4008, GA since Kubernetes 1.33): the generated
// `validateXUpdate` / `isXUpdate` on a hand-made CRD (test/fixtures/ratchet/gadgets.crd.yaml). Each verdict follows
// apiextensions-apiserver: pkg/apiserver/validation/ratcheting.go (a schema error is dropped when the value it is
// about, or its nearest correlatable ancestor, is unchanged: fields by name, map-list items by key, plain list items
// by index, set and atomic items never), pkg/apiserver/schema/cel/validation.go `shouldRatchetError` (the same for
// rules without oldSelf; transition rules never ratchet), pkg/registry/customresource/strategy.go `ValidateUpdate`
// (list-type uniqueness checked only when the old object had no such error; CEL skipped after a blocking error).
import { beforeAll, describe, expect, it } from 'vitest';
import { liveValidators, type LiveFieldError, type LiveValidators } from './support/live-validators.js';
import { repoPath } from './support/pipeline.js';

type Update = (oldValue: unknown, value: unknown) => { valid: true } | { valid: false; errors: LiveFieldError[] };

const gadget = (spec: Record<string, unknown>, labels?: Record<string, string>) => ({
  apiVersion: 'example.com/v1',
  kind: 'Gadget',
  metadata: { name: 'a', ...(labels !== undefined ? { labels } : {}) },
  spec,
});

const NOTICE =
  '<nil>: Invalid value: null: some validation rules were not checked because the object was invalid; correct the existing errors to complete validation';

describe('validation ratcheting of a custom resource update', () => {
  let live: LiveValidators;
  let messages: (oldValue: unknown, value: unknown) => string[];
  beforeAll(async () => {
    live = await liveValidators(repoPath('test/fixtures/ratchet/gadgets.crd.yaml'));
    const validate = live.exports['validateGadgetUpdate'] as Update;
    const is = live.exports['isGadgetUpdate'] as Update;
    messages = (oldValue, value) => {
      const result = validate(oldValue, value);
      expect(is(oldValue, value)).toBe(result.valid);
      return result.valid ? [] : result.errors.map((error) => error.message);
    };
  }, 120_000);

  it('keeps an unchanged invalid scalar, refuses a changed one, and checks a new object in full', () => {
    const old = gadget({ name: 'Bad', replicas: 1 });
    expect(live.validate('Gadget', old).valid).toBe(false);
    expect(messages(old, gadget({ name: 'Bad', replicas: 2 }))).toEqual([]);
    expect(messages(old, gadget({ name: 'Worse', replicas: 1 }))).toEqual([
      'spec.name: Invalid value: "Worse": must match ^[a-z]+$',
    ]);
    // Without an old value (a field added) nothing correlates.
    expect(messages(gadget({ replicas: 1 }), gadget({ name: 'Bad', replicas: 1 }))).toHaveLength(1);
  });

  it('correlates a list-type map by its keys: an unchanged item keeps its error wherever it moved', () => {
    const old = gadget({ ports: [{ name: 'a', port: 500 }] });
    expect(
      messages(
        old,
        gadget({
          ports: [
            { name: 'b', port: 1 },
            { name: 'a', port: 500 },
          ],
        }),
      ),
    ).toEqual([]);
    expect(messages(old, gadget({ ports: [{ name: 'a', port: 501 }] }))).toEqual([
      'spec.ports[0].port: Invalid value: 501: must be less than or equal to 100',
    ]);
  });

  it('correlates a list without a list type by index', () => {
    const old = gadget({ steps: [{ name: 'Bad' }] });
    expect(messages(old, gadget({ steps: [{ name: 'Bad' }, { name: 'ok' }] }))).toEqual([]);
    expect(messages(old, gadget({ steps: [{ name: 'ok' }, { name: 'Bad' }] }))).toEqual([
      'spec.steps[1].name: Invalid value: "Bad": must match ^[a-z]+$',
    ]);
  });

  it('does not correlate the items of an atomic list or a set: only the whole unchanged list keeps its errors', () => {
    const hosts = gadget({ hosts: ['toolong', 'ok'] });
    expect(messages(hosts, gadget({ hosts: ['toolong', 'ok'], replicas: 1 }))).toEqual([]);
    // Too long is a blocking error (hasBlockingErr): the CEL rules do not run, and the notice says so.
    expect(messages(hosts, gadget({ hosts: ['toolong', 'ok', 'x'] }))).toEqual([
      'spec.hosts[0]: Too long: may not be more than 5 characters',
      NOTICE,
    ]);
    const tags = gadget({ tags: ['Bad'] });
    expect(messages(tags, gadget({ tags: ['Bad'], replicas: 1 }))).toEqual([]);
    expect(messages(tags, gadget({ tags: ['Bad', 'ok'] }))).toEqual([
      'spec.tags[0]: Invalid value: "Bad": must match ^[a-z]+$',
    ]);
  });

  it("correlates a map's values by key", () => {
    const old = gadget({ limits: { cpu: -1 } });
    expect(messages(old, gadget({ limits: { cpu: -1, memory: 1 } }))).toEqual([]);
    expect(messages(old, gadget({ limits: { cpu: -2 } }))).toEqual([
      'spec.limits[cpu]: Invalid value: -2: must be greater than or equal to 0',
    ]);
  });

  it('ratchets a rule without oldSelf on its unchanged value, never a transition rule', () => {
    const old = gadget({ range: { min: 5, max: 1 }, mode: 'a' });
    expect(messages(old, gadget({ range: { min: 5, max: 1 }, mode: 'a', replicas: 3 }))).toEqual([]);
    expect(messages(old, gadget({ range: { min: 6, max: 1 }, mode: 'a' }))).toEqual([
      'spec.range: Invalid value: "object": min must not exceed max',
    ]);
    expect(messages(old, gadget({ range: { min: 5, max: 1 }, mode: 'b' }))).toEqual([
      'spec.mode: Invalid value: "string": mode is immutable',
    ]);
  });

  it('ratchets a rule by the value it is written on, not by the fieldPath it reports', () => {
    const old = gadget({ window: { start: 5, end: 1 } });
    expect(messages(old, gadget({ window: { start: 5, end: 1 }, replicas: 1 }))).toEqual([]);
    // start, where the error is reported, is unchanged; the window the rule is on is not.
    expect(messages(old, gadget({ window: { start: 5, end: 0 } }))).toEqual([
      'spec.window.start: Invalid value: "object": start must not be after end',
    ]);
  });

  it('compares old and new with the schema defaults applied, as the server compares stored and defaulted objects', () => {
    // level defaults to 1 on both sides: writing the default out changes nothing, so the old failure stands ratcheted.
    const old = gadget({ settings: { max: 0 } });
    expect(live.validate('Gadget', old).valid).toBe(false);
    expect(messages(old, gadget({ settings: { max: 0, level: 1 } }))).toEqual([]);
    expect(messages(old, gadget({ settings: { max: 0, level: 2 } }))).toEqual([
      'spec.settings: Invalid value: "object": level must not exceed max',
    ]);
  });

  it('checks list-type uniqueness only when the old object had no duplicate', () => {
    expect(messages(gadget({ tags: ['a', 'a'] }), gadget({ tags: ['a', 'a'], replicas: 1 }))).toEqual([]);
    expect(messages(gadget({ tags: ['a', 'a'] }), gadget({ tags: ['b', 'b'] }))).toEqual([]);
    expect(messages(gadget({ tags: ['a'] }), gadget({ tags: ['a', 'a'] }))).toEqual([
      'spec.tags[1]: Duplicate value: "a"',
    ]);
  });

  it('runs the CEL rules when the blocking error was ratcheted, and skips them when it was not', () => {
    const old = gadget({ tags: ['a', 'b', 'c', 'd'], range: { min: 1, max: 2 } });
    expect(messages(old, gadget({ tags: ['a', 'b', 'c', 'd'], range: { min: 3, max: 2 } }))).toEqual([
      'spec.range: Invalid value: "object": min must not exceed max',
    ]);
    expect(messages(old, gadget({ tags: ['a', 'b', 'c', 'd', 'e'], range: { min: 3, max: 2 } }))).toEqual([
      'spec.tags: Too many: 5: must have at most 3 items',
      NOTICE,
    ]);
  });

  it('does not ratchet metadata, which the server validates apart from the schema', () => {
    const old = gadget({ replicas: 1 }, { 'bad key!': 'x' });
    expect(messages(old, gadget({ replicas: 2 }, { 'bad key!': 'x' }))).not.toEqual([]);
  });
});
