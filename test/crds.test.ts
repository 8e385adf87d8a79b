// CRD files as `--spec` input: gateway-api's experimental CRDs as the project publishes them, its valid examples
// accepted and its invalid examples refused (their CI requires an `Invalid` error from a real server for each), and
// cert-manager, Karpenter and Argo CD with their sample objects.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import { loadCrdInput } from '../generator/crd.js';
import { SpecgenError } from '../generator/errors.js';
import { liveValidators, type LiveValidators } from './support/live-validators.js';
import { generateFrom, repoPath } from './support/pipeline.js';

const CRDS = 'test/fixtures/reference/crds';
const GATEWAY = `${CRDS}/gateway-api-experimental`;

/** Every YAML file under a folder, recursively. */
function yamlFiles(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? yamlFiles(path) : /\.ya?ml$/.test(name) ? [path] : [];
    });
}

/** The objects of a multi-document YAML file. */
function objects(file: string): Record<string, unknown>[] {
  return parseAllDocuments(readFileSync(file, 'utf8'))
    .map((document) => document.toJS() as Record<string, unknown> | null)
    .filter((value): value is Record<string, unknown> => value !== null);
}

/** Model names by `apiVersion kind`: the storage version is the kind, another version the kind and its version. */
function modelNames(crdFiles: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const crd of crdFiles.flatMap(objects)) {
    if (crd['kind'] !== 'CustomResourceDefinition') continue;
    const spec = crd['spec'] as {
      group: string;
      names: { kind: string };
      versions: { name: string; storage: boolean }[];
    };
    for (const version of spec.versions) {
      const suffix = version.storage ? '' : version.name.charAt(0).toUpperCase() + version.name.slice(1);
      names.set(`${spec.group}/${version.name} ${spec.names.kind}`, `${spec.names.kind}${suffix}`);
    }
  }
  return names;
}

function modelOf(names: Map<string, string>, object: Record<string, unknown>): string {
  const name = names.get(`${String(object['apiVersion'])} ${String(object['kind'])}`);
  if (name === undefined) throw new Error(`no model for ${String(object['apiVersion'])} ${String(object['kind'])}`);
  return name;
}

describe('gateway-api experimental CRDs (the folder given to --spec as it is)', () => {
  let live: LiveValidators | undefined;
  const names = modelNames(yamlFiles(repoPath(`${GATEWAY}/crds`)));
  beforeAll(async () => {
    live = await liveValidators(repoPath(`${GATEWAY}/crds`));
  }, 240_000);

  const valid = yamlFiles(repoPath(`${GATEWAY}/valid`)).flatMap((file) =>
    objects(file).map((object, index) => [`${file.slice(repoPath(GATEWAY).length)} #${index}`, object] as const),
  );
  const invalid = yamlFiles(repoPath(`${GATEWAY}/invalid`)).flatMap((file) =>
    objects(file).map((object, index) => [`${file.slice(repoPath(GATEWAY).length)} #${index}`, object] as const),
  );

  it('has examples', () => {
    expect(valid.length).toBeGreaterThan(5);
    expect(invalid.length).toBe(4);
  });

  it.each(valid)('accepts %s in request mode', (_label, object) => {
    const result = live!.validate(modelOf(names, object), object, { mode: 'request' });
    expect(result.valid ? [] : result.errors.map((error) => error.message)).toEqual([]);
  });

  it.each(invalid)('refuses %s in request mode', (_label, object) => {
    const model = modelOf(names, object);
    expect(live!.validate(model, object, { mode: 'request' }).valid).toBe(false);
    expect(live!.is(model, object, { mode: 'request' })).toBe(false);
  });

  const handMade = (
    parseYaml(readFileSync(repoPath('test/fixtures/crd-objects/gateway.yaml'), 'utf8')) as { cases: HandMade[] }
  ).cases.map((entry) => [entry.name, entry] as const);
  it.each(handMade)('hand-made: %s', (_label, entry) => {
    expect(entry.reason.length).toBeGreaterThan(20);
    const result = live!.validate(entry.model, entry.object, { mode: 'request' });
    expect(live!.is(entry.model, entry.object, { mode: 'request' })).toBe(entry.accept);
    const messages = result.valid ? [] : result.errors.map((error) => error.message);
    if (entry.accept) expect(messages).toEqual([]);
    for (const wanted of entry.errors ?? [])
      expect(
        messages.some((message) => message.includes(wanted)),
        `${wanted} in ${messages.join(' | ')}`,
      ).toBe(true);
    for (const unwanted of entry.absent ?? [])
      expect(
        messages.filter((message) => message.includes(unwanted)),
        `${unwanted} not in ${messages.join(' | ')}`,
      ).toEqual([]);
  });

  it('warns, with its location, about every rule it cannot check', () => {
    for (const warning of live!.warnings) expect(warning).toMatch(/ at #\/components\/schemas\/|pattern /);
  });
});

interface HandMade {
  readonly name: string;
  readonly model: string;
  readonly reason: string;
  readonly accept: boolean;
  readonly errors?: readonly string[];
  /** Messages (substrings) the server does not report. */
  readonly absent?: readonly string[];
  readonly object: unknown;
}

describe('cert-manager, Karpenter and Argo CD CRDs with their sample objects', () => {
  const cases = [
    {
      crds: ['cert-manager.io_certificates.yaml', 'cert-manager.io_issuers.yaml'],
      samples: 'cert-manager-resources.yaml',
    },
    { crds: ['karpenter.sh_nodepools.yaml'], samples: 'karpenter-default_nodepool.yaml' },
    { crds: ['argoproj.io_applications.yaml'], samples: 'argocd-application.yaml' },
  ];
  for (const { crds, samples } of cases) {
    it(`accepts ${samples}`, async () => {
      const files = crds.map((file) => repoPath(`${CRDS}/others/${file}`));
      const names = modelNames(files);
      for (const file of files) {
        const live = await liveValidators(file);
        for (const object of objects(repoPath(`${CRDS}/others/${samples}`))) {
          const name = names.get(`${String(object['apiVersion'])} ${String(object['kind'])}`);
          if (name === undefined || !(`validate${name}` in live.exports)) continue;
          const result = live.validate(name, object, { mode: 'request' });
          expect(result.valid ? [] : result.errors.map((error) => error.message), name).toEqual([]);
        }
      }
    }, 120_000);
  }
});

describe('hand-made CRDs in one multi-document file', () => {
  let live: LiveValidators | undefined;
  beforeAll(async () => {
    live = await liveValidators(repoPath('test/fixtures/crd-objects/widgets.crd.yaml'));
  }, 120_000);
  const cases = (
    parseYaml(readFileSync(repoPath('test/fixtures/crd-objects/widgets.yaml'), 'utf8')) as { cases: HandMade[] }
  ).cases.map((entry) => [entry.name, entry] as const);
  it.each(cases)('%s', (_label, entry) => {
    const result = live!.validate(entry.model, entry.object, { mode: 'request' });
    expect(live!.is(entry.model, entry.object, { mode: 'request' })).toBe(entry.accept);
    const messages = result.valid ? [] : result.errors.map((error) => error.message);
    if (entry.accept) expect(messages).toEqual([]);
    for (const wanted of entry.errors ?? [])
      expect(
        messages.some((message) => message.includes(wanted)),
        `${wanted} in ${messages.join(' | ')}`,
      ).toBe(true);
    for (const unwanted of entry.absent ?? [])
      expect(
        messages.filter((message) => message.includes(unwanted)),
        `${unwanted} not in ${messages.join(' | ')}`,
      ).toEqual([]);
  });
});

describe('CRD input', () => {
  it('runs the whole pipeline on a CRD file as --spec does: kinds, lists, GVK constants, ObjectMeta linked', async () => {
    const { files } = await generateFrom('test/fixtures/crd-objects/widgets.crd.yaml');
    const types = files.find((file) => file.path === 'src/types.ts')!.contents;
    for (const name of [
      'Widget',
      'WidgetList',
      'WidgetV1alpha1',
      'WidgetV1alpha1List',
      'Gadget',
      'ObjectMeta',
      'ListMeta',
    ])
      expect(types).toMatch(new RegExp(`^export (interface|type) ${name}\\b`, 'm'));
    expect(types).toMatch(
      /^export const WidgetV1alpha1GVK = \{\n\s+group: "example.com",\n\s+version: "v1alpha1",\n\s+kind: "Widget",/m,
    );
    expect(types).toMatch(/kind: "WidgetList"/);
  });

  it('is not taken for an OpenAPI document', async () => {
    expect(await loadCrdInput(repoPath('specs/imagetag.openapi.yaml'))).toBeUndefined();
  });

  it('refuses a folder with something else in it, naming the file and line', async () => {
    const error = await loadCrdInput(repoPath(`${CRDS}/others`)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpecgenError);
    const [diagnostic] = (error as SpecgenError).diagnostics;
    expect(diagnostic?.message).toMatch(/not a CustomResourceDefinition/);
    expect(diagnostic?.location?.file).toMatch(/argocd-application\.yaml$/);
    expect(diagnostic?.location?.line).toBe(1);
  });
});
