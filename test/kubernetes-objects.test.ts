// The server's verdict on Kubernetes objects (test/fixtures/kubernetes-objects/, each case with its Go source):
// validators generated from Kubernetes 1.36's own spec must accept what the server accepts and refuse what it
// refuses, in request and response mode.
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { GoDecoder } from '../runtime/testing/go-json.js';
import { isDecodeError } from '../runtime/testing/admission.js';
import type { ResourceSpec } from '../runtime/testing/types.js';
import { repoPath } from './support/pipeline.js';
import { liveValidators, type LiveValidators } from './support/live-validators.js';

type Verdict = 'accept' | 'reject';

interface Case {
  readonly name: string;
  readonly model: string;
  readonly reason: string;
  readonly object: unknown;
  readonly accept?: boolean;
  readonly request?: Verdict;
  readonly response?: Verdict;
  readonly at?: string;
  /** The error's type at `at`, where the server's is known (e.g. `FieldValueRequired`). */
  readonly type?: string;
  /** The server's message for the error at `at` (after `<path>: Invalid value: <value>: `). */
  readonly message?: string;
  /** The one mode `at`, `type` and `message` are checked in, where both modes refuse the object for different reasons. */
  readonly atMode?: 'request' | 'response';
}

const FOLDER = 'test/fixtures/kubernetes-objects';
const files = readdirSync(repoPath(FOLDER)).filter((file) => file.endsWith('.yaml'));
const cases = files.flatMap((file) =>
  (parseYaml(readFileSync(repoPath(`${FOLDER}/${file}`), 'utf8')) as { cases: Case[] }).cases.map(
    (entry) => [`${file}: ${entry.name}`, entry] as const,
  ),
);

function verdict(entry: Case, mode: 'request' | 'response'): Verdict {
  const given = entry[mode];
  if (given !== undefined) return given;
  if (entry.accept === undefined) throw new Error(`${entry.name}: no verdict`);
  return entry.accept ? 'accept' : 'reject';
}

describe('Kubernetes 1.36 objects: the server verdict', () => {
  let live: LiveValidators | undefined;
  beforeAll(async () => {
    live = await liveValidators(repoPath('test/fixtures/reference/specs-at-scale/kubernetes.swagger.json'));
  }, 240_000);

  it('has a reason for every case', () => {
    expect(cases.length).toBeGreaterThan(20);
    for (const [, entry] of cases) expect(entry.reason.length, entry.name).toBeGreaterThan(20);
  });

  for (const mode of ['request', 'response'] as const) {
    it.each(cases)(`${mode}: %s`, (_label, entry) => {
      const result = live!.validate(entry.model, entry.object, { mode });
      const want = verdict(entry, mode);
      if (want === 'accept') {
        expect(result.valid ? [] : result.errors.map((error) => error.message)).toEqual([]);
        expect(live!.is(entry.model, entry.object, { mode })).toBe(true);
      } else {
        expect(result.valid).toBe(false);
        expect(live!.is(entry.model, entry.object, { mode })).toBe(false);
        if (entry.atMode !== undefined && entry.atMode !== mode) return;
        if (entry.at !== undefined && !result.valid)
          expect(result.errors.map((error) => error.path)).toContain(entry.at);
        if (entry.type !== undefined && !result.valid)
          expect(result.errors.filter((error) => error.path === entry.at).map((error) => error.type)).toContain(
            entry.type,
          );
        if (entry.message !== undefined && !result.valid) {
          const messages = result.errors.filter((error) => error.path === entry.at).map((error) => error.message);
          expect(
            messages.some((message) => message.endsWith(`: ${entry.message}`)),
            messages.join('\n'),
          ).toBe(true);
        }
      }
    });
  }
});

/** The resource a top-level object names by its apiVersion and kind (enough for the decoder to find its schema). */
function resourceOf(object: unknown): ResourceSpec | undefined {
  if (typeof object !== 'object' || object === null) return undefined;
  const { apiVersion, kind } = object as { apiVersion?: unknown; kind?: unknown };
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') return undefined;
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  return {
    group: group!,
    version: version!,
    kind,
    plural: '',
    namespaced: true,
    verbs: [],
    subresources: [],
    listKind: '',
  };
}

// The fake server decides a decode failure (400) with runtime/testing/go-json.ts, Go's decoder walked over the spec;
// the validators report the same values as field errors. Both must see the same objects as undecodable.
describe("Go's decoder and the validators agree on what cannot be decoded", () => {
  let live: LiveValidators | undefined;
  let decoder: GoDecoder;
  beforeAll(async () => {
    live = await liveValidators(repoPath('test/fixtures/reference/specs-at-scale/kubernetes.swagger.json'));
    const spec = readFileSync(repoPath('test/fixtures/reference/specs-at-scale/kubernetes.swagger.json'), 'utf8');
    decoder = new GoDecoder(() => JSON.parse(spec) as Record<string, unknown>);
  }, 240_000);

  const topLevel = cases.filter(([, entry]) => resourceOf(entry.object) !== undefined);
  it('covers objects of many kinds', () => {
    expect(new Set(topLevel.map(([, entry]) => entry.model)).size).toBeGreaterThan(8);
  });

  it.each(topLevel)('%s', (_label, entry) => {
    const resource = resourceOf(entry.object)!;
    const decoded = decoder.decode(resource, entry.object as Record<string, unknown>);
    expect(decoded, `${resource.kind}: no schema`).toBeDefined();
    const result = live!.validate(entry.model, entry.object, { mode: 'request' });
    const decodeErrors = result.valid ? [] : result.errors.filter(isDecodeError);
    expect(
      decoded!.refusal !== undefined,
      `decoder: ${decoded!.refusal}; validators: ${JSON.stringify(decodeErrors)}`,
    ).toBe(decodeErrors.length > 0);
  });
});
