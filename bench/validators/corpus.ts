// A deterministic corpus of ImageTag objects for the validator benchmark, built from the shared examples in
// test/fixtures/imagetag-reference/examples (see the README there). Same seed, same corpus: no Math.random.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

/** A JSON value, as it arrives on the wire. */
export type Json = null | boolean | number | string | Json[] | JsonObject;
/** A JSON object. */
export type JsonObject = { [key: string]: Json };

/** One object of the corpus and the verdict each mode must give it. */
export interface CorpusEntry {
  /** What the object is: `valid/...`, `response/...` or `invalid/<rule>`. */
  readonly label: string;
  readonly value: unknown;
  /** Expected verdict of `isImageTag(value, { mode: 'request' })`. */
  readonly request: boolean;
  /** Expected verdict of `isImageTag(value, { mode: 'response' })`. */
  readonly response: boolean;
}

/** The repository root: the nearest folder above this file whose package.json is specgen's. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'specgen')
      return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('bench: cannot find the specgen repository root');
    dir = parent;
  }
}

const EXAMPLES = 'test/fixtures/imagetag-reference/examples';

function readExample(name: string): Json {
  const text = readFileSync(join(repoRoot(), EXAMPLES, name), 'utf8');
  return (name.endsWith('.json') ? JSON.parse(text) : parseYaml(text)) as Json;
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asObject(value: Json | undefined): JsonObject {
  if (!isObject(value)) throw new Error(`bench corpus: expected an object, found ${JSON.stringify(value)}`);
  return value;
}

function asArray(value: Json | undefined): Json[] {
  return Array.isArray(value) ? value : [];
}

function clone<T extends Json>(value: T): T {
  return structuredClone(value);
}

/** mulberry32: a small, fast, well-mixed 32-bit PRNG. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('bench corpus: pick from an empty list');
    return item;
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }
}

/** A spec tag of an ImageStream, and the stream it belongs to. */
interface TagSource {
  readonly stream: string;
  readonly tag: JsonObject;
}

interface Sources {
  readonly tags: readonly TagSource[];
  readonly statuses: readonly JsonObject[];
  readonly images: readonly JsonObject[];
  readonly create: JsonObject;
  readonly get: JsonObject;
  readonly listItems: readonly JsonObject[];
}

function loadSources(): Sources {
  const create = asObject(readExample('synthetic-imagetag-create-request.json'));
  const get = asObject(readExample('synthetic-imagetag-get-response.json'));
  const list = asObject(readExample('synthetic-imagetag-list-response.json'));
  const busybox = asObject(readExample('origin-stable-busybox.yaml'));
  const streams: JsonObject[] = [
    'origin-test-stream.yaml',
    'origin-test-multiarch-stream.yaml',
    'origin-modified-ruby-imagestream.json',
    'origin-imagestream-ref.yaml',
  ].map((name) => asObject(readExample(name)));
  const tags: TagSource[] = [];
  const createName = String(asObject(create['metadata'])['name']);
  tags.push({ stream: createName.slice(0, createName.indexOf(':')), tag: asObject(create['spec']) });
  for (const stream of streams) {
    const name = String(asObject(stream['metadata'])['name']);
    for (const tag of asArray(asObject(stream['spec'])['tags'])) tags.push({ stream: name, tag: asObject(tag) });
  }
  const listItems = asArray(list['items']).map(asObject);
  const statuses = [get, ...listItems].map((item) => asObject(item['status']));
  const images: JsonObject[] = [
    asObject(get['image']),
    asObject(readExample('origin-test-image.json')),
    ...asArray(busybox['items'])
      .map(asObject)
      .filter((item) => item['kind'] === 'Image'),
  ];
  return { tags, statuses, images, create, get, listItems };
}

const NAMESPACES = ['demo', 'openshift', 'test', 'ci-builds', 'default'];
const TIMES = [
  '2024-05-02T09:14:03Z',
  '2015-10-12T12:16:36Z',
  '2023-11-30T23:59:59.123456Z',
  '2024-02-29T08:00:00+02:00',
];

/** Server-set metadata, as a get or list returns it. */
function serverMetadata(random: Random, name: string, namespace: string): JsonObject {
  const metadata: JsonObject = {
    name,
    namespace,
    uid: `0b5f2d4e-2f3a-4a3e-9d43-${(100000000000 + random.int(899999999999)).toString(16).padStart(12, '0')}`,
    resourceVersion: String(1000 + random.int(90000)),
    generation: 1 + random.int(5),
    creationTimestamp: random.pick(TIMES),
  };
  if (random.chance(0.3))
    metadata['managedFields'] = [
      {
        manager: 'oc',
        operation: 'Update',
        apiVersion: 'image.openshift.io/v1',
        time: random.pick(TIMES),
        fieldsType: 'FieldsV1',
        fieldsV1: { 'f:spec': { 'f:from': {}, 'f:importPolicy': {} } },
      },
    ];
  return metadata;
}

/** A spec tag as a client sends it, from one of the examples' tags. */
function requestSpec(random: Random, source: TagSource): JsonObject {
  const spec: JsonObject = {};
  const tagName = String(source.tag['name']);
  if (random.chance(0.85)) spec['name'] = tagName;
  else if (random.chance(0.5)) spec['name'] = '';
  const from = source.tag['from'];
  if (isObject(from)) spec['from'] = clone(from);
  const annotations = source.tag['annotations'];
  if (isObject(annotations)) spec['annotations'] = clone(annotations);
  else if (random.chance(0.2))
    spec['annotations'] = random.chance(0.5) ? null : { 'openshift.io/display-name': tagName };
  if (random.chance(0.6)) {
    const policy: JsonObject = {};
    if (random.chance(0.7)) policy['importMode'] = random.pick(['', 'Legacy', 'PreserveOriginal']);
    if (isObject(from) && from['kind'] === 'DockerImage' && random.chance(0.5)) policy['scheduled'] = true;
    else if (random.chance(0.3)) policy['scheduled'] = false;
    if (random.chance(0.2)) policy['insecure'] = random.chance(0.5);
    spec['importPolicy'] = policy;
  }
  if (random.chance(0.8)) spec['referencePolicy'] = { type: random.pick(['Local', 'Source']) };
  if (random.chance(0.15)) spec['reference'] = random.chance(0.5);
  if (random.chance(0.1)) spec['generation'] = null;
  return spec;
}

/** A valid create request: what `oc create` sends. */
function validRequest(random: Random, sources: Sources): JsonObject {
  const source = random.pick(sources.tags);
  const tagName = String(source.tag['name']);
  const object: JsonObject = {};
  if (random.chance(0.9)) object['apiVersion'] = 'image.openshift.io/v1';
  if (random.chance(0.9)) object['kind'] = 'ImageTag';
  const metadata: JsonObject = { name: `${source.stream}:${tagName}` };
  if (random.chance(0.7)) metadata['namespace'] = random.pick(NAMESPACES);
  if (random.chance(0.25)) metadata['labels'] = { app: source.stream, 'app.kubernetes.io/part-of': 'bench' };
  if (random.chance(0.15)) metadata['annotations'] = { 'openshift.io/generated-by': 'OpenShiftNewApp' };
  object['metadata'] = metadata;
  object['spec'] = requestSpec(random, source);
  if (random.chance(0.5)) {
    object['status'] = null;
    object['image'] = null;
  }
  return object;
}

/** A get or list item: server metadata, nulls as Go writes them, status history, sometimes the image. */
function responseObject(random: Random, sources: Sources): { value: JsonObject; specNull: boolean } {
  if (random.chance(0.15)) {
    const item = clone(random.pick([sources.get, ...sources.listItems]));
    return { value: item, specNull: item['spec'] === null };
  }
  const source = random.pick(sources.tags);
  const tagName = String(source.tag['name']);
  const name = `${source.stream}:${tagName}`;
  const object: JsonObject = {};
  if (random.chance(0.5)) {
    object['kind'] = 'ImageTag';
    object['apiVersion'] = 'image.openshift.io/v1';
  }
  object['metadata'] = serverMetadata(random, name, random.pick(NAMESPACES));
  const specNull = random.chance(0.2);
  if (specNull) object['spec'] = null;
  else {
    const spec = requestSpec(random, source);
    spec['name'] = tagName;
    if (!('annotations' in spec)) spec['annotations'] = null;
    spec['generation'] = 1 + random.int(5);
    if (!('referencePolicy' in spec)) spec['referencePolicy'] = { type: 'Source' };
    object['spec'] = spec;
  }
  const status = clone(random.pick(sources.statuses));
  status['tag'] = tagName;
  object['status'] = status;
  object['image'] = random.chance(0.35) ? clone(random.pick(sources.images)) : null;
  return { value: object, specNull };
}

type Mutation = (object: JsonObject, random: Random) => void;

/** One way to break a request, the rule it breaks, and whether a response may still carry it. */
interface Invalid {
  readonly rule: string;
  readonly validInResponse: boolean;
  readonly base: 'request' | 'response';
  readonly apply: Mutation;
}

function spec(object: JsonObject): JsonObject {
  return asObject(object['spec']);
}

function metadata(object: JsonObject): JsonObject {
  return asObject(object['metadata']);
}

const INVALID: readonly Invalid[] = [
  {
    rule: 'pattern metadata.name',
    validInResponse: false,
    base: 'request',
    apply: (object, random) => {
      metadata(object)['name'] = random.pick([
        'ruby',
        'Ruby:3.1',
        'ruby:3.1@sha256',
        'ruby:a:b',
        'ruby:x/y',
        ':latest',
      ]);
      delete spec(object)['name'];
    },
  },
  {
    rule: 'cel spec.name must match the tag',
    validInResponse: true,
    base: 'request',
    apply: (object) => {
      const name = String(metadata(object)['name']);
      spec(object)['name'] = `${name.slice(name.indexOf(':') + 1)}-other`;
    },
  },
  {
    rule: 'required spec (absent or null)',
    validInResponse: true,
    base: 'request',
    apply: (object, random) => {
      if (random.chance(0.5)) delete object['spec'];
      else object['spec'] = null;
    },
  },
  {
    rule: 'enum spec.referencePolicy.type',
    validInResponse: false,
    base: 'request',
    apply: (object, random) => {
      // "" is accepted: the server defaults it to Source first (semantics.md rule 8)
      spec(object)['referencePolicy'] = { type: random.pick(['Remote', 'local', 'source']) };
    },
  },
  {
    rule: 'enum spec.importPolicy.importMode',
    validInResponse: false,
    base: 'request',
    apply: (object, random) => {
      spec(object)['importPolicy'] = { importMode: random.pick(['All', 'legacy', 'Preserve']) };
    },
  },
  {
    rule: 'enum spec.from.kind',
    validInResponse: false,
    base: 'request',
    apply: (object, random) => {
      spec(object)['from'] = { kind: random.pick(['Image', 'DockerImages', '']), name: 'sha256:abc' };
      delete spec(object)['importPolicy'];
    },
  },
  {
    rule: 'required spec.from.kind',
    validInResponse: false,
    base: 'request',
    apply: (object) => {
      spec(object)['from'] = { name: 'quay.io/x/ruby:3.1' };
    },
  },
  {
    rule: 'cel scheduled import needs a DockerImage source',
    validInResponse: true,
    base: 'request',
    apply: (object, random) => {
      spec(object)['from'] = { kind: random.pick(['ImageStreamTag', 'ImageStreamImage']), name: 'ruby:3.1' };
      spec(object)['importPolicy'] = { scheduled: true };
    },
  },
  {
    rule: 'cel from.name is no pull spec (rule 11)',
    validInResponse: true,
    base: 'request',
    apply: (object, random) => {
      const name = random.pick([
        'quay.io/Ruby:3.1',
        'quay.io//ruby',
        'ruby:3.1:x',
        'Ruby',
        `quay.io/${'r'.repeat(256)}`,
      ]);
      spec(object)['from'] = { kind: 'DockerImage', name };
    },
  },
  {
    rule: 'cel from.name has two tags or digests (rule 13)',
    validInResponse: true,
    base: 'request',
    apply: (object, random) => {
      spec(object)['from'] = random.chance(0.5)
        ? { kind: 'ImageStreamTag', name: 'ruby:3.1:x' }
        : { kind: 'ImageStreamImage', name: 'ruby@sha256:a@b' };
      delete spec(object)['importPolicy'];
    },
  },
  {
    rule: "cel 'namespace/name' longer than 255 (rule 4)",
    validInResponse: true,
    base: 'request',
    apply: (object) => {
      metadata(object)['namespace'] = 'n'.repeat(252);
    },
  },
  {
    rule: 'objectmeta label or annotation',
    validInResponse: true,
    base: 'request',
    apply: (object, random) => {
      switch (random.int(3)) {
        case 0:
          metadata(object)['labels'] = { '-app': 'ruby' };
          break;
        case 1:
          metadata(object)['labels'] = { app: 'ruby stream' };
          break;
        default:
          metadata(object)['annotations'] = { 'example.com/display name': 'Ruby' };
      }
    },
  },
  {
    rule: 'objectmeta name or generateName required',
    validInResponse: true,
    base: 'request',
    apply: (object) => {
      delete metadata(object)['name'];
    },
  },
  {
    rule: 'minLength spec.from.name',
    validInResponse: false,
    base: 'request',
    apply: (object) => {
      spec(object)['from'] = { kind: 'DockerImage', name: '' };
    },
  },
  {
    rule: 'wrong type',
    validInResponse: false,
    base: 'request',
    apply: (object, random) => {
      switch (random.int(6)) {
        case 0:
          spec(object)['reference'] = 'true';
          break;
        case 1:
          spec(object)['generation'] = random.pick(['2', 1.5]);
          break;
        case 2:
          metadata(object)['labels'] = { app: 1 };
          break;
        case 3:
          spec(object)['annotations'] = ['openshift.io/display-name'];
          break;
        case 4:
          object['metadata'] = String(metadata(object)['name']);
          break;
        default:
          spec(object)['importPolicy'] = { insecure: 'yes' };
      }
    },
  },
  {
    rule: 'enum kind or apiVersion',
    validInResponse: false,
    base: 'request',
    apply: (object, random) => {
      if (random.chance(0.5)) object['kind'] = 'ImageStreamTag';
      else object['apiVersion'] = 'image.openshift.io/v2';
    },
  },
  {
    rule: 'legacy apiVersion v1 (response only)',
    validInResponse: true,
    base: 'request',
    apply: (object) => {
      object['apiVersion'] = 'v1';
    },
  },
  {
    rule: 'deep: status history',
    validInResponse: false,
    base: 'response',
    apply: (object, random) => {
      const status = asObject(object['status']);
      const item = asObject(asArray(status['items'])[0]);
      if (random.chance(0.5))
        item['created'] = random.pick(['yesterday', '2024-13-01T00:00:00Z', '2024-05-02 09:14:03']);
      else item['generation'] = '2';
    },
  },
  {
    rule: 'deep: image layers',
    validInResponse: false,
    base: 'response',
    apply: (object, random) => {
      const image = clone(random.pick(loadSourcesOnce().images));
      image['dockerImageLayers'] = [{ name: 'sha256:8ddc19f1', size: '667590' }];
      object['image'] = image;
    },
  },
  {
    rule: 'not an object',
    validInResponse: false,
    base: 'request',
    apply: () => {
      // replaced wholesale below
    },
  },
];

const NOT_OBJECTS: readonly Json[] = [null, [], 'ruby:3.1', 42, true];

const cache: { sources?: Sources } = {};
function loadSourcesOnce(): Sources {
  cache.sources ??= loadSources();
  return cache.sources;
}

/** Options of {@link buildCorpus}. */
export interface CorpusOptions {
  readonly size?: number;
  readonly seed?: number;
}

/**
 * About `size` ImageTag objects, shuffled: ~40% valid create requests, ~20% get/list-style responses (a fifth of
 * them with `spec: null`, so invalid as requests) and ~40% requests broken in one way each. Every value is a fresh
 * JSON.parse result, so objects have the shapes (hidden classes) real input has.
 */
export function buildCorpus(options: CorpusOptions = {}): CorpusEntry[] {
  const size = options.size ?? 1000;
  const random = new Random(options.seed ?? 0x5eed1a6);
  const sources = loadSourcesOnce();
  const entries: CorpusEntry[] = [];
  const push = (label: string, value: Json, request: boolean, response: boolean): void => {
    entries.push({ label, value: JSON.parse(JSON.stringify(value)) as unknown, request, response });
  };
  const validRequests = Math.round(size * 0.4);
  const responses = Math.round(size * 0.2);
  for (let i = 0; i < validRequests; i++) push('valid/request', validRequest(random, sources), true, true);
  for (let i = 0; i < responses; i++) {
    const { value, specNull } = responseObject(random, sources);
    push(specNull ? 'response/spec null (status-only tag)' : 'response/get or list item', value, !specNull, true);
  }
  for (let i = 0; entries.length < size; i++) {
    const invalid = INVALID[i % INVALID.length]!;
    if (invalid.rule === 'not an object') {
      push(`invalid/${invalid.rule}`, random.pick(NOT_OBJECTS), false, false);
      continue;
    }
    let base = invalid.base === 'request' ? validRequest(random, sources) : responseObject(random, sources).value;
    if (invalid.base === 'response' && (!isObject(base['status']) || !isObject(base['spec']))) {
      // the mutation needs a status with history and a spec; use the get response's shape
      base = clone(sources.get);
    }
    invalid.apply(base, random);
    push(`invalid/${invalid.rule}`, base, false, invalid.validInResponse);
  }
  return random.shuffle(entries);
}
