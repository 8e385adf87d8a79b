// What the real-object corpus tests share (kubernetes-real-objects, kubernetes-server-responses, keyed-guards): the
// kinds the Kubernetes 1.36 spec serves, the resource an object names, counts by a key, the objects in a document,
// and one-place mutations and hostile shapes of an object.
import { readFileSync } from 'node:fs';
import { GoDecoder } from '../../runtime/testing/go-json.js';
import type { ResourceSpec } from '../../runtime/testing/types.js';
import { liveValidators, type LiveValidators } from './live-validators.js';
import { repoPath } from './pipeline.js';

/** The Kubernetes 1.36 spec the corpus tests generate validators from. */
export const KUBERNETES_SPEC = 'test/fixtures/reference/specs-at-scale/kubernetes.swagger.json';

/** The 1.36 validators and the fake server's Go decoder of the same spec: what the corpus tests judge objects with. */
export async function kubernetesJudges(): Promise<{ live: LiveValidators; decoder: GoDecoder }> {
  const live = await liveValidators(repoPath(KUBERNETES_SPEC));
  const spec = readFileSync(repoPath(KUBERNETES_SPEC), 'utf8');
  return { live, decoder: new GoDecoder(() => JSON.parse(spec) as Record<string, unknown>) };
}

/** The kinds the spec serves, `apiVersion/Kind`: definitions with one group/version/kind (not shared options). */
export function servedKinds(): Set<string> {
  const spec = JSON.parse(readFileSync(repoPath(KUBERNETES_SPEC), 'utf8')) as {
    definitions: Record<
      string,
      { 'x-kubernetes-group-version-kind'?: { group: string; version: string; kind: string }[] }
    >;
  };
  return new Set(
    Object.values(spec.definitions).flatMap((schema) =>
      (schema['x-kubernetes-group-version-kind']?.length === 1 ? schema['x-kubernetes-group-version-kind'] : []).map(
        ({ group, version, kind }) => `${group === '' ? version : `${group}/${version}`}/${kind}`,
      ),
    ),
  );
}

/** The resource an object names (enough for the fake server's Go decoder to find its schema). */
export function resourceOf(entry: { readonly apiVersion: string; readonly kind: string }): ResourceSpec {
  const [group, version] = entry.apiVersion.includes('/') ? entry.apiVersion.split('/') : ['', entry.apiVersion];
  return {
    group: group!,
    version: version!,
    kind: entry.kind,
    plural: '',
    namespaced: true,
    verbs: [],
    subresources: [],
    listKind: '',
  };
}

/** How many entries share each key, most first (then by key). */
export function countBy<T>(entries: readonly T[], key: (entry: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(key(entry), (counts.get(key(entry)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Every object with an apiVersion and a kind anywhere in a parsed document (the fixtures nest them in cases). */
export function objectsIn(value: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) value.forEach((item) => objectsIn(item, found));
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record['kind'] === 'string' && typeof record['apiVersion'] === 'string') found.push(record);
    Object.values(record).forEach((item) => objectsIn(item, found));
  }
  return found;
}

/** Copies of `value` with one change at one place, for every place: removed, replaced, or an unknown field added. */
export function* mutations(value: unknown): Generator<unknown> {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++)
      for (const changed of mutations(value[i])) yield value.map((item, j) => (j === i ? changed : item));
    return;
  }
  const record = value as Record<string, unknown>;
  yield { ...record, notAField: 1 };
  for (const key of Object.keys(record)) {
    const { [key]: removed, ...rest } = record;
    yield rest;
    for (const replacement of [null, 7, 'x', {}, []]) yield { ...record, [key]: replacement };
    for (const changed of mutations(removed)) yield { ...record, [key]: changed };
  }
}

/** A class whose instances carry the fields as own properties, with a method on the prototype. */
class Instance {
  constructor(fields: Record<string, unknown>) {
    Object.assign(this, fields);
  }
  describe(): string {
    return 'an instance';
  }
}

/** Hostile shapes of a record: a null prototype, a class instance, each field made a non-enumerable own field. */
function shapes(record: Record<string, unknown>): unknown[] {
  const out: unknown[] = [Object.assign(Object.create(null) as object, record), new Instance(record)];
  for (const key of Object.keys(record)) {
    const copy = { ...record };
    delete copy[key];
    out.push(Object.defineProperty(copy, key, { value: record[key], enumerable: false }));
  }
  return out;
}

/** `value` with one nested record (any depth) replaced by each of its hostile shapes, one record at a time. */
export function hostileShapes(
  value: unknown,
  rebuild: (changed: unknown) => unknown = (changed) => changed,
): unknown[] {
  if (typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value))
    return value.flatMap((item, i) =>
      hostileShapes(item, (changed) => rebuild(value.map((o, j) => (j === i ? changed : o)))),
    );
  const record = value as Record<string, unknown>;
  return [
    ...shapes(record).map(rebuild),
    ...Object.keys(record).flatMap((key) =>
      hostileShapes(record[key], (changed) => rebuild({ ...record, [key]: changed })),
    ),
  ];
}
