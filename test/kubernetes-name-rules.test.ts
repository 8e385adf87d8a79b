// The per-kind name rules (generator/kubernetes-name-rules.ts) against the Kubernetes 1.36 spec: every stored
// built-in kind is in the table or in the documented list of kinds whose rule is not modelled, no entry names a kind
// the spec lacks, and each stored model's guard passes its kind's rule to `$createMeta`.
import { beforeAll, describe, expect, it } from 'vitest';
import { bundle } from '../generator/bundle.js';
import type { Model } from '../generator/ir.js';
import { loadSpecFiles } from '../generator/load.js';
import { normalize } from '../generator/normalize.js';
import { parse } from '../generator/parse/index.js';
import { modelGuardName, modelNameRule, printGuards } from '../generator/print/guard.js';
import { upgrade } from '../generator/upgrade.js';
import {
  kubernetesNameRule,
  NAME_RULE_CODES,
  OWN_NAME_FUNCTIONS,
  nameRuleKey,
  nameRuleKeys,
  UNMODELLED,
} from '../generator/kubernetes-name-rules.js';
import { repoPath } from './support/pipeline.js';

describe('per-kind name rules on Kubernetes 1.36', () => {
  let models: readonly Model[] = [];
  let stored: readonly Model[] = [];
  beforeAll(async () => {
    const file = repoPath('test/fixtures/reference/specs-at-scale/kubernetes.swagger.json');
    const { api } = parse(normalize(upgrade(bundle(await loadSpecFiles(file), file))));
    models = api.models;
    stored = api.models.filter((model) => model.nameRequired === true);
  }, 240_000);

  it('covers every stored kind: a rule with its Go source, or a reason it is not modelled', () => {
    expect(stored.length).toBeGreaterThan(80);
    const missing = stored
      .map((model) => nameRuleKey(model.gvk!))
      .filter((key) => !nameRuleKeys().includes(key) && !UNMODELLED.has(key));
    expect(missing).toEqual([]);
    for (const key of nameRuleKeys()) expect(UNMODELLED.has(key), key).toBe(false);
  });

  it('counts a kind whose metadata is required (an anyOf with the response null) as stored', () => {
    const names = new Set(stored.map((model) => model.name));
    for (const name of ['CoreV1Event', 'StorageVersion', 'ResourcePoolStatusRequest'])
      expect(names.has(name), name).toBe(true);
  });

  it('names only kinds the spec has', () => {
    const keys = new Set(models.flatMap((model) => (model.gvk === undefined ? [] : [nameRuleKey(model.gvk)])));
    expect([...nameRuleKeys(), ...UNMODELLED.keys()].filter((key) => !keys.has(key))).toEqual([]);
  });

  it('passes each model its kind rule, in every served version', () => {
    const byName = new Map(models.map((model) => [model.name, model]));
    const want: [string, string][] = [
      ['Pod', 'dns-subdomain'],
      ['Service', 'dns-label'],
      ['Namespace', 'dns-label'],
      ['StatefulSet', 'dns-label'],
      ['CronJob', 'cron-job'],
      ['Role', 'path-segment'],
      ['CoreV1Event', 'path-segment'],
      ['EventsV1Event', 'dns-subdomain'],
      ['V1alpha2LeaseCandidate', 'config-map-key'],
      ['V1beta1LeaseCandidate', 'config-map-key'],
      ['V1IPAddress', 'path-segment'],
      ['V1beta1ClusterTrustBundle', 'cluster-trust-bundle'],
      ['CustomResourceDefinition', 'custom-resource-definition'],
      ['APIService', 'api-service'],
      ['StorageVersion', 'storage-version'],
    ];
    for (const [name, rule] of want) expect([name, modelNameRule(byName.get(name)!, false)]).toEqual([name, rule]);
    const guards = printGuards(models, { kubernetes: true });
    for (const model of stored) {
      const rule = kubernetesNameRule(model.gvk!)?.rule ?? 'path-segment';
      const own = OWN_NAME_FUNCTIONS[rule];
      const guard = guards.models.find((fn) => fn.name === modelGuardName(model.name));
      expect(guard?.body, model.name).toContain(
        `$createMeta(v, ${NAME_RULE_CODES[rule]}, p, e${own === undefined ? '' : `, ${own}`})`,
      );
    }
  });

  it('custom resources keep NameIsDNSSubdomain whatever their kind is called', () => {
    const pod = stored.find((model) => model.name === 'Service')!;
    expect(modelNameRule(pod, true)).toBe('dns-subdomain');
  });

  it('cites a Go file and function for every rule', () => {
    for (const key of nameRuleKeys()) {
      const [group, kind] = [key.slice(0, key.indexOf('/')), key.slice(key.indexOf('/') + 1)];
      const found = kubernetesNameRule({ group, version: 'v1', kind });
      expect(found?.source, key).toMatch(
        /^(staging\/src\/k8s\.io\/[a-z-]+\/)?pkg\/apis\/[a-z]+\/validation\/[a-z_]+\.go [A-Za-z]+/,
      );
    }
  });
});
