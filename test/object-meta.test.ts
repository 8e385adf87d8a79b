// The ObjectMeta rules every API server applies to a create or update, whatever the kind (apimachinery
// pkg/api/validation/objectmeta.go ValidateObjectMetaAccessor, called by apiserver pkg/registry/rest/create.go
// BeforeCreate with path.ValidatePathSegmentName; custom resources: apiextensions-apiserver
// pkg/registry/customresource/validator.go with NameIsDNSSubdomain). Messages as pkg/util/validation/validation.go
// words them.
import { beforeAll, describe, expect, it } from 'vitest';
import { validateImageTag, isImageTag } from '../generated/imagetag/src/validators.js';
import { liveValidators, type LiveValidators } from './support/live-validators.js';
import { repoPath } from './support/pipeline.js';

const QUALIFIED =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const LABEL_VALUE =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
const SUBDOMAIN =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

/** An ImageTag (a built-in kind of OpenShift) with the metadata given. */
const tag = (metadata: Record<string, unknown>) => ({
  metadata: { name: 'ruby:3.1', ...metadata },
  spec: { name: '3.1', from: { kind: 'DockerImage', name: 'quay.io/x/ruby:3.1' } },
});

/** The messages of the errors on `metadata`, after checking that isImageTag agrees. */
function metaErrors(value: unknown, mode: 'request' | 'response' = 'request'): string[] {
  const result = validateImageTag(value, { mode });
  expect(isImageTag(value, { mode })).toBe(result.valid);
  // ImageTag's own name pattern (the overlay's) is left out: these cases are about the rules every kind has.
  return result.valid
    ? []
    : result.errors.map((error) => error.message).filter((m) => m.startsWith('metadata') && !/: must match \^/.test(m));
}

const table: [string, { given: Record<string, unknown>; want: string[] }][] = [
  [
    'valid labels and annotations, prefixed, empty value, upper case annotation key',
    {
      given: {
        labels: { 'app.kubernetes.io/name': 'web', empty: '', 'a_b.c': 'X-1_2.3' },
        annotations: {
          'Example.COM/Some-Key': 'any text: at all',
          'kubectl.kubernetes.io/last-applied-configuration': '{}',
        },
      },
      want: [],
    },
  ],
  ['a name with a colon (ImageTag names are name:tag)', { given: { name: 'ruby:3.1' }, want: [] }],
  [
    'a label key that starts with a dash',
    { given: { labels: { '-bad': 'x' } }, want: [`metadata.labels: Invalid value: "-bad": name part ${QUALIFIED}`] },
  ],
  [
    'a label key with an empty prefix',
    { given: { labels: { '/x': 'x' } }, want: ['metadata.labels: Invalid value: "/x": prefix part must be non-empty'] },
  ],
  [
    'a label key with an upper-case prefix',
    {
      given: { labels: { 'Example.com/x': 'x' } },
      want: [`metadata.labels: Invalid value: "Example.com/x": prefix part ${SUBDOMAIN}`],
    },
  ],
  [
    'a label key with two slashes',
    {
      given: { labels: { 'a/b/c': 'x' } },
      want: [
        `metadata.labels: Invalid value: "a/b/c": a qualified name ${QUALIFIED} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
      ],
    },
  ],
  [
    'a label key name part of 64 characters',
    {
      given: { labels: { ['k'.repeat(64)]: 'x' } },
      want: [`metadata.labels: Invalid value: "${'k'.repeat(64)}": name part must be no more than 63 characters`],
    },
  ],
  [
    'a label value with a space, and one of 64 characters',
    {
      given: { labels: { a: 'a b', b: 'v'.repeat(64) } },
      want: [
        `metadata.labels: Invalid value: "a b": ${LABEL_VALUE}`,
        `metadata.labels: Invalid value: "${'v'.repeat(64)}": must be no more than 63 characters`,
      ],
    },
  ],
  [
    'an annotation key that is not a qualified name',
    {
      given: { annotations: { 'bad key': 'x' } },
      want: [`metadata.annotations: Invalid value: "bad key": name part ${QUALIFIED}`],
    },
  ],
  [
    'annotations over 256 KiB in total (keys and values, in UTF-8 bytes)',
    {
      given: { annotations: { a: 'x'.repeat(131_072), b: 'é'.repeat(65_536) } },
      want: ['metadata.annotations: Too long: may not be more than 262144 bytes'],
    },
  ],
  ['annotations of exactly 256 KiB', { given: { annotations: { a: 'x'.repeat(262_143) } }, want: [] }],
  [
    'a name that is a path segment the server cannot serve',
    {
      given: { name: 'a/b%c' },
      want: [
        `metadata.name: Invalid value: "a/b%c": may not contain '/'`,
        `metadata.name: Invalid value: "a/b%c": may not contain '%'`,
      ],
    },
  ],
  ['the name ".."', { given: { name: '..' }, want: [`metadata.name: Invalid value: "..": may not be '..'`] }],
  [
    'a generateName prefix with a slash, and the name made from it ("." is a fine prefix)',
    {
      given: { name: undefined, generateName: 'a/' },
      want: [
        `metadata.generateName: Invalid value: "a/": may not contain '/'`,
        `metadata.name: Invalid value: "a/xxxxx": may not contain '/'`,
      ],
    },
  ],
  ['a generateName of "."', { given: { name: undefined, generateName: '.' }, want: [] }],
];

describe('ObjectMeta rules on a built-in kind (ImageTag)', () => {
  it.each(table)('%s', (_name, { given, want }) => {
    expect(metaErrors(tag(given))).toEqual(want);
  });

  it('are not checked in response mode (what a server sends is what it accepted)', () => {
    expect(metaErrors(tag({ labels: { '-bad': 'a b' }, annotations: { 'bad key': '' } }), 'response')).toEqual([]);
  });

  it('leave labels and annotations of the wrong type to the schema', () => {
    expect(metaErrors(tag({ labels: { a: 1 }, annotations: 'x' })).sort()).toEqual(
      [
        'metadata.annotations: Invalid value: "x": must be an object',
        'metadata.labels[a]: Invalid value: 1: must be a string',
      ].sort(),
    );
  });
});

describe('ObjectMeta rules on a custom resource', () => {
  let live: LiveValidators;
  beforeAll(async () => {
    live = await liveValidators(repoPath('test/fixtures/crd-objects/widgets.crd.yaml'));
  }, 120_000);
  const widget = (metadata: Record<string, unknown>) => ({
    apiVersion: 'example.com/v1',
    kind: 'Widget',
    metadata,
    spec: { size: 1 },
  });
  const errors = (metadata: Record<string, unknown>): string[] => {
    const result = live.validate('Widget', widget(metadata));
    expect(live.is('Widget', widget(metadata))).toBe(result.valid);
    return result.valid ? [] : result.errors.map((error) => error.message);
  };

  it('names are DNS-1123 subdomains', () => {
    expect(errors({ name: 'a.b-c1' })).toEqual([]);
    expect(errors({ name: 'Foo' })).toEqual([`metadata.name: Invalid value: "Foo": ${SUBDOMAIN}`]);
    expect(errors({ name: 'a:b' })).toEqual([`metadata.name: Invalid value: "a:b": ${SUBDOMAIN}`]);
    // The value is shown shortened, as every message of the validators shows it.
    expect(errors({ name: 'a'.repeat(254) })).toEqual([
      expect.stringMatching(/^metadata\.name: Invalid value: "a+\.\.\.: must be no more than 253 characters$/),
    ]);
  });

  it('a generateName prefix may end with a dash (the server masks it before checking)', () => {
    expect(errors({ generateName: 'web-' })).toEqual([]);
    // The name the server then generates (Web- and five characters) fails the same rule, at metadata.name.
    expect(errors({ generateName: 'Web-' })).toEqual([
      `metadata.generateName: Invalid value: "Web-": ${SUBDOMAIN}`,
      `metadata.name: Invalid value: "Web-xxxxx": ${SUBDOMAIN}`,
    ]);
  });

  it('labels are checked as on built-in kinds', () => {
    expect(errors({ name: 'a', labels: { '-bad': 'x' } })).toEqual([
      `metadata.labels: Invalid value: "-bad": name part ${QUALIFIED}`,
    ]);
  });
});
