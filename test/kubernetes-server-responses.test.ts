// Objects as API servers returned them, which nobody here wrote (test/fixtures/reference/kubernetes-server-responses/,
// vendored unchanged: see its README): status filled in, defaults applied, managedFields, resourceVersion, a pod
// template's `creationTimestamp: null`, lists. Validators generated from Kubernetes 1.36's spec must accept, in response
// mode, every object of a kind 1.36 serves, except the few a 1.36 server could not have returned (listed below with
// the reason). Objects of kinds 1.36 does not serve (versions since removed, custom resources) are named, each with its
// reason, so none is counted silently.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { GoDecoder } from '../runtime/testing/go-json.js';
import { isDecodeError } from '../runtime/testing/admission.js';
import { countBy, kubernetesJudges, resourceOf, servedKinds } from './support/kubernetes-corpus.js';
import { repoPath } from './support/pipeline.js';
import type { LiveValidators } from './support/live-validators.js';

const ROOT = repoPath('test/fixtures/reference/kubernetes-server-responses');

/**
 * Folders whose files hold one object without `apiVersion` and `kind`: the Insights Operator archives the typed objects
 * its client-go calls returned, and client-go leaves a decoded object's TypeMeta empty.
 */
const KIND_OF_FOLDER: readonly { readonly folder: string; readonly apiVersion: string; readonly kind: string }[] = [
  { folder: 'openshift/insights-operator/docs/insights-archive-sample/config/pod/', apiVersion: 'v1', kind: 'Pod' },
  { folder: 'openshift/insights-operator/docs/insights-archive-sample/config/node/', apiVersion: 'v1', kind: 'Node' },
  {
    folder: 'openshift/insights-operator/docs/insights-archive-sample/config/persistentvolumes/',
    apiVersion: 'v1',
    kind: 'PersistentVolume',
  },
  {
    folder: 'openshift/insights-operator/docs/insights-archive-sample/config/crd/',
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
  },
  {
    folder: 'openshift/insights-operator/docs/insights-archive-sample/config/validatingwebhookconfigurations/',
    apiVersion: 'admissionregistration.k8s.io/v1',
    kind: 'ValidatingWebhookConfiguration',
  },
  {
    folder: 'openshift/insights-operator/docs/insights-archive-sample/config/storage/storageclasses/',
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
  },
];

/**
 * Discovery documents a server writes with `kind` and no `apiVersion` (`GET /api` answers `{"kind":"APIVersions",...}`:
 * apiserver endpoints/discovery legacy.go): meta/v1 types, served in the core group's `v1`.
 */
const DISCOVERY_KINDS: ReadonlySet<string> = new Set(['APIVersions', 'APIGroupList', 'APIResourceList']);

/** Objects of a kind Kubernetes 1.36 does not serve, by label, with the reason. */
const UNSERVED: Readonly<Record<string, string>> = {
  'derailed/k9s/internal/render/testdata/cj.json#0':
    'batch/v1beta1 CronJob, removed in 1.25 (served as batch/v1 since 1.21)',
  'derailed/k9s/internal/render/testdata/pdb.json#0':
    'policy/v1beta1 PodDisruptionBudget, removed in 1.25 (served as policy/v1 since 1.21)',
  'derailed/k9s/internal/render/testdata/rs.json#0':
    'extensions/v1beta1 ReplicaSet, removed in 1.16 (served as apps/v1 since 1.9)',
  'openshift/insights-operator/docs/insights-archive-sample/config/pdbs/openshift-machine-config-operator/etcd-quorum-guard.json#0':
    'policy/v1beta1 PodDisruptionBudget, removed in 1.25',
  'kubernetes/kubernetes/staging/src/k8s.io/kubectl/pkg/cmd/edit/testdata/testcase-schemaless-list/1.response#0':
    'company.com/v1 Bar: a custom resource (kubectl edit test of a schemaless CRD), not part of the 1.36 spec',
  'kubernetes/kubernetes/staging/src/k8s.io/kubectl/pkg/cmd/edit/testdata/testcase-schemaless-list/3.original#0.items[1]':
    'company.com/v1 Bar: the same custom resource, as kubectl shows it in its editor',
  'kubernetes/kubernetes/staging/src/k8s.io/kubectl/pkg/cmd/edit/testdata/testcase-schemaless-list/3.original#0.items[2]':
    'company.com/v1 Bar: a second custom resource of that CRD',
};

/**
 * Objects of a served kind that a 1.36 server could not have returned, by label: the field path the validators must
 * name, and why the object cannot come from a 1.36 server.
 */
const NOT_RETURNED: Readonly<Record<string, { readonly at: string; readonly reason: string }>> = {
  'derailed/k9s/internal/render/testdata/ing.json#0': {
    at: 'spec.rules[0].http.paths[0].pathType',
    reason:
      'a networking.k8s.io/v1beta1 Ingress relabelled v1 by hand (backend.serviceName/servicePort are v1beta1 ' +
      'fields): v1 requires pathType (networking/validation/validation.go validateHTTPIngressPath, "Required ' +
      'value"; v1beta1 defaulted it to ImplementationSpecific, v1 does not), so no v1 server returns a path without it',
  },
  'kubernetes-client/java/extended/src/test/resources/deployment.json#0': {
    at: 'status.conditions[1].lastTransitionTime',
    reason:
      'edited by hand: "2021-08-04T03:03Z" has no seconds. A server writes metav1.Time as RFC 3339 with seconds ' +
      '(apimachinery meta/v1/time.go MarshalJSON, "2006-01-02T15:04:05Z07:00"), and its decoder refuses this one ' +
      '(UnmarshalJSON: time.Parse(time.RFC3339, ...), "cannot parse "Z" as ":"")',
  },
};

/**
 * Objects that carry fields the 1.36 spec no longer declares, by label: the fields, and where they come from. In
 * response mode unknown fields are ignored by default; under `unknownFields: 'reject'` these are reported, and
 * nothing else may be.
 */
const UNKNOWN_TO_136: Readonly<Record<string, { readonly fields: readonly string[]; readonly reason: string }>> = {
  'derailed/k9s/internal/render/testdata/crd.json#0': {
    fields: ['spec.additionalPrinterColumns', 'spec.version'],
    reason: 'apiextensions.k8s.io/v1beta1 fields (v1 has them per version): a v1beta1 object relabelled v1',
  },
  'derailed/k9s/internal/render/testdata/ds.json#0': {
    fields: ['spec.templateGeneration'],
    reason: "extensions/v1beta1 DaemonSetSpec's templateGeneration, which apps/v1 does not have",
  },
};

interface ServerObject {
  readonly label: string;
  readonly apiVersion: string;
  readonly kind: string;
  readonly object: Record<string, unknown>;
  /** The file's text, when the object is the whole of a JSON file (Go's decoder reads the text as sent). */
  readonly text?: string;
}

function dataFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return dataFiles(path);
    return /\.(ya?ml|json|response|original)$/.test(entry.name) ? [path] : [];
  });
}

/**
 * Every object of every file: each document, and each item of a list (a typed list's items may leave out apiVersion
 * and kind, which the list's own give: `PodList` in `v1` holds `v1` Pods).
 */
function readResponses(root: string): { objects: ServerObject[]; unreadable: string[] } {
  const objects: ServerObject[] = [];
  const unreadable: string[] = [];
  for (const path of dataFiles(root).sort()) {
    const file = relative(root, path).split('\\').join('/');
    const implied = KIND_OF_FOLDER.find(({ folder }) => file.startsWith(folder));
    const source = readFileSync(path, 'utf8');
    const text = /^\s*[{[]/.test(source) ? source : undefined;
    parseAllDocuments(source, { version: '1.1' }).forEach((document, index) => {
      const label = `${file}#${index}`;
      if (document.errors.length > 0) return void unreadable.push(`${label}: ${document.errors[0]!.message}`);
      const object: unknown = document.toJS({ maxAliasCount: -1 });
      if (object === null || object === undefined) return;
      collect(object, label, implied, text);
    });
  }
  return { objects, unreadable };

  function collect(value: unknown, label: string, implied?: { apiVersion: string; kind: string }, text?: string): void {
    const object = value as { apiVersion?: unknown; kind?: unknown; items?: unknown };
    const kind = typeof object.kind === 'string' ? object.kind : implied?.kind;
    const apiVersion =
      typeof object.apiVersion === 'string'
        ? object.apiVersion
        : (implied?.apiVersion ?? (kind !== undefined && DISCOVERY_KINDS.has(kind) ? 'v1' : undefined));
    if (apiVersion === undefined || kind === undefined) return void unreadable.push(`${label}: no apiVersion or kind`);
    if (kind !== 'List') objects.push({ label, apiVersion, kind, object: value as Record<string, unknown>, text });
    if (kind.endsWith('List') && Array.isArray(object.items)) {
      const itemKind = kind === 'List' ? undefined : { apiVersion, kind: kind.slice(0, -'List'.length) };
      object.items.forEach((item: unknown, at) => collect(item, `${label}.items[${at}]`, itemKind));
    }
  }
}

const { objects, unreadable } = readResponses(ROOT);
const kinds = servedKinds();
const served = objects.filter((entry) => kinds.has(`${entry.apiVersion}/${entry.kind}`));
const unserved = objects.filter((entry) => !kinds.has(`${entry.apiVersion}/${entry.kind}`));

describe('server responses: the 1.36 validators accept what a server returns (response mode)', () => {
  let live: LiveValidators;
  let decoder: GoDecoder;
  beforeAll(async () => {
    ({ live, decoder } = await kubernetesJudges());
  }, 240_000);

  const modelOf = (entry: ServerObject) => live.kinds.get(`${entry.apiVersion}/${entry.kind}`)!;

  it('reads many objects of many kinds, and names each one of a kind 1.36 does not serve', () => {
    console.log(
      `${objects.length} server objects, ${served.length} of a kind 1.36 serves (${new Set(served.map(modelOf)).size} kinds):\n` +
        countBy(served, (entry) => `${entry.apiVersion}/${entry.kind}`)
          .map(([kind, count]) => `  ${kind}: ${count}`)
          .join('\n') +
        `\nnot served by 1.36: ${unserved.length}\n` +
        unserved.map(({ label }) => `  ${label}: ${UNSERVED[label]}`).join('\n'),
    );
    expect(unreadable).toEqual([]);
    expect(served.length).toBeGreaterThan(100);
    expect(new Set(served.map(modelOf)).size).toBeGreaterThanOrEqual(15);
    for (const entry of served) expect(live.kinds.get(`${entry.apiVersion}/${entry.kind}`), entry.label).toBeDefined();
    expect(unserved.map(({ label }) => label).sort()).toEqual(Object.keys(UNSERVED).sort());
    for (const label of [...Object.keys(NOT_RETURNED), ...Object.keys(UNKNOWN_TO_136)])
      expect(served.map((entry) => entry.label)).toContain(label);
  });

  it.each(served.map((entry) => [entry.label, entry] as const))('response: %s', (label, entry) => {
    const result = live.validate(modelOf(entry), entry.object, { mode: 'response' });
    const refused = NOT_RETURNED[label];
    if (refused === undefined) {
      expect(result.valid ? [] : result.errors.map((error) => `${error.path}: ${error.message}`)).toEqual([]);
      expect(live.is(modelOf(entry), entry.object, { mode: 'response' })).toBe(true);
    } else {
      expect(result.valid ? [] : result.errors.map((error) => error.path), refused.reason).toContain(refused.at);
      expect(live.is(modelOf(entry), entry.object, { mode: 'response' })).toBe(false);
    }
  });

  // Strict field validation (`unknownFields: 'reject'`) on the same objects: every field a server returned is one the
  // 1.36 spec declares, except the fields of older versions listed above.
  const current = served.filter((entry) => NOT_RETURNED[entry.label] === undefined);
  it.each(current.map((entry) => [entry.label, entry] as const))('strict response: %s', (label, entry) => {
    const result = live.validate(modelOf(entry), entry.object, { mode: 'response', unknownFields: 'reject' });
    const paths = result.valid ? [] : result.errors.map((error) => error.path);
    expect(paths, UNKNOWN_TO_136[label]?.reason).toEqual(UNKNOWN_TO_136[label]?.fields ?? []);
  });

  // The fake server decides a decode failure with Go's decoder walked over the spec (from the file's text where the
  // object is a whole JSON file); the validators report the same values as field errors. Both must see the same
  // objects as undecodable: here, none but those a server could not have written.
  it.each(served.map((entry) => [entry.label, entry] as const))('Go decoder agrees: %s', (_label, entry) => {
    const decoded = decoder.decode(resourceOf(entry), entry.object, false, entry.text);
    expect(decoded, `${entry.kind}: no schema`).toBeDefined();
    const result = live.validate(modelOf(entry), entry.object, { mode: 'response' });
    const decodeErrors = result.valid ? [] : result.errors.filter(isDecodeError);
    expect(
      decoded!.refusal !== undefined,
      `decoder: ${decoded!.refusal}; validators: ${JSON.stringify(decodeErrors)}`,
    ).toBe(decodeErrors.length > 0);
  });
});
