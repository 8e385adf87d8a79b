/**
 * Oracles: for every ImageTag model, our type and the types openapi-typescript and json-schema-to-typescript produce
 * for the same (overlaid) schema are mutually assignable, except for the deliberate Kubernetes corrections listed in
 * CORRECTIONS below, each with a test on real objects showing that ours is right.
 *
 * Differences are found locally (test/support/oracle.ts): each model's fields are compared with the oracle's type
 * for the same schema in which every reference to another model is our type, so a difference is listed once, where it
 * is declared. The whole-model check (ours and theirs as emitted, both directions) must then fail exactly for the
 * models that reach a listed difference, and pass for every other model.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Json, JsonObject } from '../generator/document.js';
import {
  describeFailure,
  reachable,
  runOracles,
  type Aspect,
  type Direction,
  type Disagreement,
  type Oracle,
  type OracleRun,
  type Probe,
} from './support/oracle.js';
import { repoPath } from './support/pipeline.js';

/** One deliberate difference, for some oracles, in one direction, at the listed `Model.field`s (or `Model`s). */
interface Correction {
  readonly correction: string;
  /** `kubernetes`: a rule of the Kubernetes/Go wire; `overlay`: it shows only because of our overlay. */
  readonly source: 'kubernetes' | 'overlay';
  readonly oracles: readonly Oracle[];
  /** `ours-to-theirs`: our type admits values theirs does not (ours is wider); `theirs-to-ours`: ours is narrower. */
  readonly direction: Direction;
  readonly aspect: Aspect;
  readonly at: readonly string[];
  readonly why: string;
}

const BOTH: readonly Oracle[] = ['openapi-typescript', 'json-schema-to-typescript'];

/** The written list. It must be exact: an unlisted disagreement fails, and so does a listed one that no longer occurs. */
const CORRECTIONS: readonly Correction[] = [
  {
    correction: 'literal apiVersion and kind',
    source: 'kubernetes',
    oracles: BOTH,
    direction: 'theirs-to-ours',
    aspect: 'value',
    at: [
      'Image.apiVersion',
      'Image.kind',
      'ImageSignature.apiVersion',
      'ImageSignature.kind',
      'ImageTag.apiVersion',
      'ImageTag.kind',
      'ImageTagList.apiVersion',
      'ImageTagList.kind',
    ],
    why:
      'A kind with one group/version/kind has that apiVersion and kind on the wire (Image and ImageSignature carry no ' +
      'GVK extension: it is derived from the key); the server rejects others, so ours is narrower than `string`.',
  },
  {
    correction: 'Go nil is null',
    source: 'kubernetes',
    oracles: BOTH,
    direction: 'ours-to-theirs',
    aspect: 'value',
    at: [
      'Image.dockerImageLayers',
      'Image.dockerImageManifests',
      'Image.dockerImageMetadata',
      'Image.dockerImageSignatures',
      'Image.signatures',
      'ImageSignature.conditions',
      'ImageSignature.content',
      'ImageSignature.created',
      'ImageSignature.signedClaims',
      'ImageTag.image',
      'ImageTag.spec',
      'ImageTag.status',
      'ImageTagList.items',
      'NamedTagEventList.conditions',
      'NamedTagEventList.items',
      'SignatureCondition.lastProbeTime',
      'SignatureCondition.lastTransitionTime',
      'TagEvent.created',
      'TagEventCondition.lastTransitionTime',
      'TagReference.annotations',
      'DeleteOptions.dryRun',
      'ManagedFieldsEntry.fieldsV1',
      'ManagedFieldsEntry.time',
      'ObjectMeta.annotations',
      'ObjectMeta.creationTimestamp',
      'ObjectMeta.deletionTimestamp',
      'ObjectMeta.finalizers',
      'ObjectMeta.labels',
      'ObjectMeta.managedFields',
      'ObjectMeta.ownerReferences',
      'StatusDetails.causes',
    ],
    why:
      'Go serialises nil maps, slices, []byte, RawExtension, zero metav1.Time and required struct pointers as null ' +
      '(semantics.md rules 23, 24); the schema never says so. Ours adds `| null` there, so ours is wider.',
  },
  {
    correction: 'required but nil-able: may be absent',
    source: 'kubernetes',
    oracles: BOTH,
    direction: 'ours-to-theirs',
    aspect: 'presence',
    at: [
      'ImageSignature.content',
      'ImageTag.image',
      'ImageTag.spec',
      'ImageTag.status',
      'ImageTagList.items',
      'NamedTagEventList.items',
      'TagEvent.created',
    ],
    why:
      'openapi-gen marks every field without omitempty required, but Go decodes an absent field exactly as null (nil), ' +
      'and create ignores image and status (rules 17, 23): a request need not send them, so ours makes them optional.',
  },
  {
    correction: 'default: {} does not make a property required',
    source: 'kubernetes',
    oracles: ['openapi-typescript'],
    direction: 'ours-to-theirs',
    aspect: 'presence',
    at: [
      'Image.metadata',
      'ImageSignature.metadata',
      'ImageTag.metadata',
      'ImageTagList.metadata',
      'Status.metadata',
      'TagReference.importPolicy',
      'TagReference.referencePolicy',
    ],
    why:
      'openapi-gen writes Go zero values as defaults; they are not server defaults (rule 27). openapi-typescript ' +
      '(defaultNonNullable, on by default) makes every property with a default required.',
  },
  {
    correction: 'default: "" does not make a property required',
    source: 'overlay',
    oracles: ['openapi-typescript'],
    direction: 'ours-to-theirs',
    aspect: 'presence',
    at: ['ImageLayer.mediaType', 'TagReference.name', 'TagReferencePolicy.type'],
    why:
      'Our overlay removes these from `required` (rules 28, 6, 8) and json-schema-to-typescript follows it; ' +
      'openapi-typescript makes them required again because of their zero-value `default: ""`.',
  },
  {
    correction: 'free-form object is any JSON object (not Record<string, never>)',
    source: 'kubernetes',
    oracles: ['openapi-typescript'],
    direction: 'ours-to-theirs',
    aspect: 'shape',
    at: ['FieldsV1', 'Patch', 'RawExtension'],
    why:
      '`type: object` with nothing else is any JSON object (a RawExtension holds a whole DockerImage, rule 26); ' +
      'openapi-typescript prints Record<string, never>, which admits only {}.',
  },
  {
    correction: 'free-form object is a JSON object (not any value)',
    source: 'kubernetes',
    oracles: ['json-schema-to-typescript'],
    direction: 'theirs-to-ours',
    aspect: 'shape',
    at: ['FieldsV1', 'Patch', 'RawExtension'],
    why:
      'With additionalProperties: false (our option, so that no other model gets an index signature) ' +
      'json-schema-to-typescript prints an empty interface, which admits any non-null value, strings included; ' +
      'the schema says `type: object`.',
  },
];

const key = (oracle: Oracle, direction: Direction, aspect: Aspect, at: string): string =>
  `${oracle} ${direction} ${aspect} ${at}`;

const listed = CORRECTIONS.flatMap((row) =>
  row.oracles.flatMap((oracle) => row.at.map((at) => key(oracle, row.direction, row.aspect, at))),
);

// ------------------------------------------------------------------------------------------------ real objects

function example(file: string): JsonObject {
  const text = readFileSync(repoPath(`test/fixtures/imagetag-reference/examples/${file}`), 'utf8');
  return (file.endsWith('.json') ? JSON.parse(text) : parse(text)) as JsonObject;
}

/** A copy of an object without some keys. */
function without(object: JsonObject, ...keys: string[]): JsonObject {
  return Object.fromEntries(Object.entries(object).filter(([name]) => !keys.includes(name)));
}

const getResponse = example('synthetic-imagetag-get-response.json');
const listResponse = example('synthetic-imagetag-list-response.json');
const createRequest = example('synthetic-imagetag-create-request.json');
const testImage = example('origin-test-image.json');
const streamTags = [
  ...((example('origin-test-stream.yaml').spec as JsonObject).tags as JsonObject[]),
  ...((example('origin-imagestream-ref.yaml').spec as JsonObject).tags as JsonObject[]),
];
const firstLayer = ((getResponse.image as JsonObject).dockerImageLayers as JsonObject[])[0]!;

/** The objects type-checked as each model, by ours and by both oracles. */
const OBJECTS: Readonly<Record<string, { model: string; value: Json }>> = {
  'get response': { model: 'ImageTag', value: getResponse },
  'list response': { model: 'ImageTagList', value: listResponse },
  'create request': { model: 'ImageTag', value: createRequest },
  'create request without the read-only image and status': {
    model: 'ImageTag',
    value: without(createRequest, 'image', 'status'),
  },
  'origin test image': { model: 'Image', value: testImage },
  ...Object.fromEntries(streamTags.map((tag, index) => [`stream tag ${index}`, { model: 'TagReference', value: tag }])),
  'create spec without name': { model: 'TagReference', value: without(createRequest.spec as JsonObject, 'name') },
  'referencePolicy without type': { model: 'TagReferencePolicy', value: {} },
  'layer without mediaType': { model: 'ImageLayer', value: without(firstLayer, 'mediaType') },
  'list of another group version kind': {
    model: 'ImageTagList',
    value: { apiVersion: 'image.openshift.io/v2', kind: 'ImageStreamList', metadata: {}, items: [] },
  },
  'image with a string for its RawExtension': {
    model: 'Image',
    value: { metadata: {}, dockerImageMetadata: 'not an object' },
  },
};

const AS = ['ours', 'openapi-typescript', 'json-schema-to-typescript'] as const;
const PROBES: Probe[] = Object.entries(OBJECTS).flatMap(([name, { model, value }]) =>
  AS.map((as) => ({ id: `${name} as ${as}`, model, as, value })),
);

let run: OracleRun;
beforeAll(async () => {
  run = await runOracles(PROBES);
});

/** What each type says about one object: one `path: reason` per diagnostic. */
function verdict(object: string): Record<(typeof AS)[number], string[]> {
  const of = (as: (typeof AS)[number]): string[] => {
    const failures = run.probes.get(`${object} as ${as}`);
    if (!failures) throw new Error(`no probe ${object} as ${as}`);
    return failures.map(describeFailure);
  };
  return {
    ours: of('ours'),
    'openapi-typescript': of('openapi-typescript'),
    'json-schema-to-typescript': of('json-schema-to-typescript'),
  };
}

const atOf = (failures: readonly string[]): string[] => failures.map((failure) => failure.split(':')[0]!);

// ------------------------------------------------------------------------------------------------ the oracles

describe('oracles for ImageTag', () => {
  it('emit modules that compile under strict, with every model addressable by our name', () => {
    expect(run.moduleDiagnostics).toEqual([]);
    expect(run.models.length).toBeGreaterThanOrEqual(30);
  });

  it('lists each disagreement once', () => {
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('disagree with ours exactly where the corrections table says', () => {
    const found = new Map<string, Disagreement>(
      run.disagreements.map((d) => [key(d.oracle, d.direction, d.aspect, d.at), d]),
    );
    const unlisted = [...found].filter(([name]) => !listed.includes(name)).map(([name, d]) => `${name}: ${d.message}`);
    const stale = listed.filter((name) => !found.has(name));
    expect({ unlisted, stale }).toEqual({ unlisted: [], stale: [] });
  });

  it('are mutually assignable with ours for every model that reaches no listed correction', () => {
    const expected = run.models.flatMap((model) => {
      const reach = reachable(run.models, model.name);
      return CORRECTIONS.flatMap((row) =>
        row.at.some((at) => reach.has(at.split('.')[0]!))
          ? row.oracles.map((oracle) => `${oracle} ${row.direction} ${model.name}`)
          : [],
      );
    });
    const actual = run.modelFailures.map((f) => `${f.oracle} ${f.direction} ${f.model}`);
    expect([...new Set(actual)].sort()).toEqual([...new Set(expected)].sort());
  });
});

// --------------------------------------------------------------------------- each correction, shown right

describe('each correction is right on real objects', () => {
  it('ours accepts every real object', () => {
    const real = Object.keys(OBJECTS).filter(
      (name) => name !== 'list of another group version kind' && name !== 'image with a string for its RawExtension',
    );
    expect(Object.fromEntries(real.map((name) => [name, verdict(name).ours]))).toEqual(
      Object.fromEntries(real.map((name) => [name, []])),
    );
  });

  it('literal apiVersion and kind: ours rejects another group/version/kind, both oracles accept it', () => {
    const { ours, ...theirs } = verdict('list of another group version kind');
    expect(atOf(ours)).toEqual(['apiVersion', 'kind']);
    expect(theirs).toEqual({ 'openapi-typescript': [], 'json-schema-to-typescript': [] });
  });

  it('Go nil is null: both oracles reject the nulls of a real list response and of origin test data', () => {
    const nulls = [
      'items.0.spec.annotations: null',
      'items.0.image: null',
      'items.1.spec: null',
      'items.1.image: null',
    ];
    expect(verdict('list response')).toEqual({
      ours: [],
      'openapi-typescript': nulls,
      'json-schema-to-typescript': nulls,
    });
    expect(verdict('get response')['json-schema-to-typescript']).toEqual(['spec.annotations: null']);
    expect(verdict('origin test image')['json-schema-to-typescript']).toEqual(['metadata.creationTimestamp: null']);
    expect(verdict('create request')['openapi-typescript']).toEqual(['status: null', 'image: null']);
  });

  it('required but nil-able may be absent: both oracles demand image and status in a create request', () => {
    expect(verdict('create request without the read-only image and status')).toEqual({
      ours: [],
      'openapi-typescript': ['(root): missing image, status'],
      'json-schema-to-typescript': ['(root): missing image, status'],
    });
  });

  it('default: {} does not make a property required: real ImageStream tags omit importPolicy and referencePolicy', () => {
    for (const index of streamTags.keys()) {
      expect(verdict(`stream tag ${index}`)).toEqual({
        ours: [],
        'openapi-typescript': ['(root): missing importPolicy, referencePolicy'],
        'json-schema-to-typescript': [],
      });
    }
  });

  it('default: "" does not make a property required (overlay): the server fills spec.name and referencePolicy.type', () => {
    expect(verdict('create spec without name')).toEqual({
      ours: [],
      'openapi-typescript': ['(root): missing name'],
      'json-schema-to-typescript': [],
    });
    expect(verdict('referencePolicy without type')).toEqual({
      ours: [],
      'openapi-typescript': ['(root): missing type'],
      'json-schema-to-typescript': [],
    });
    expect(verdict('layer without mediaType')).toEqual({
      ours: [],
      'openapi-typescript': ['(root): missing mediaType'],
      'json-schema-to-typescript': [],
    });
  });

  it('free-form objects: openapi-typescript rejects every key of a real RawExtension', () => {
    const metadata = Object.keys(testImage.dockerImageMetadata as JsonObject).map(
      (name) => `dockerImageMetadata.${name}: never`,
    );
    expect(verdict('origin test image')).toEqual({
      ours: [],
      'openapi-typescript': ['metadata.creationTimestamp: null', ...metadata],
      'json-schema-to-typescript': ['metadata.creationTimestamp: null'],
    });
  });

  it('free-form objects: json-schema-to-typescript accepts a string where the schema says type: object', () => {
    const { ours, ...theirs } = verdict('image with a string for its RawExtension');
    expect(atOf(ours)).toEqual(['dockerImageMetadata']);
    expect(atOf(theirs['openapi-typescript'])).toEqual(['dockerImageMetadata']);
    expect(theirs['json-schema-to-typescript']).toEqual([]);
  });
});
