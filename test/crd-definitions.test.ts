// Real CustomResourceDefinitions, as their projects install them (gateway-api, cert-manager, Karpenter, Argo CD:
// test/fixtures/reference/crds/, see its README), are what a 1.36 API server accepts: the validators generated from
// the Kubernetes spec must accept each in request and response mode (runtime/crd-definition.ts's create rules
// included), so a CRD rule never refuses a real definition.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { repoPath } from './support/pipeline.js';
import { liveValidators, type LiveValidators } from './support/live-validators.js';

const FOLDERS = ['test/fixtures/reference/crds/gateway-api-experimental/crds', 'test/fixtures/reference/crds/others'];

const definitions = FOLDERS.flatMap((folder) =>
  readdirSync(repoPath(folder))
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) =>
      parseAllDocuments(readFileSync(repoPath(join(folder, file)), 'utf8'))
        .map((document) => document.toJS() as Record<string, unknown> | null)
        .filter((object) => object?.['kind'] === 'CustomResourceDefinition')
        .map((object) => [`${file}: ${(object!['metadata'] as { name: string }).name}`, object!] as const),
    ),
);

describe('real CustomResourceDefinitions are accepted', () => {
  let live: LiveValidators | undefined;
  beforeAll(async () => {
    live = await liveValidators(repoPath('test/fixtures/reference/specs-at-scale/kubernetes.swagger.json'));
  }, 240_000);

  it('reads many', () => {
    expect(definitions.length).toBeGreaterThan(15);
  });

  for (const mode of ['request', 'response'] as const)
    it.each(definitions)(`${mode}: %s`, (_name, object) => {
      const result = live!.validate('CustomResourceDefinition', object, { mode });
      expect(result.valid ? [] : result.errors.map((error) => error.message)).toEqual([]);
    });
});
