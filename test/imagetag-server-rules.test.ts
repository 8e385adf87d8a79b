// ImageTag's server rules added by issue 12 (semantics.md rules 4, 8 and 13), on the committed generated validators.
import { describe, expect, it } from 'vitest';
import { validateImageTag } from '../generated/imagetag/src/validators.js';

const tag = (metadata: Record<string, unknown>, spec: Record<string, unknown> = {}): unknown => ({
  apiVersion: 'image.openshift.io/v1',
  kind: 'ImageTag',
  metadata,
  spec: { name: 'latest', ...spec },
});

function messages(value: unknown): string[] {
  const result = validateImageTag(value, { mode: 'request' });
  return result.valid ? [] : result.errors.map((error) => error.message);
}

describe('ImageTag server rules', () => {
  it("rule 4: 'namespace/stream' is at most 255 characters", () => {
    const stream = 'a'.repeat(200);
    expect(messages(tag({ name: `${stream}:latest`, namespace: 'n'.repeat(54) }))).toEqual([]);
    expect(messages(tag({ name: `${stream}:latest`, namespace: 'n'.repeat(55) }))).toEqual([
      'metadata.name: Invalid value: "object": \'namespace/name\' cannot be longer than 255 characters',
    ]);
  });

  it('rule 8: an empty referencePolicy.type is accepted (defaulted to Source); another value is not', () => {
    expect(messages(tag({ name: 's:latest' }, { referencePolicy: { type: '' } }))).toEqual([]);
    expect(messages(tag({ name: 's:latest' }, { referencePolicy: { type: 'Other' } }))).toEqual([
      'spec.referencePolicy.type: Unsupported value: "Other": supported values: "Local", "Source"',
    ]);
  });

  it('rule 13: an ImageStreamTag source is <tag> or <stream>:<tag>, an ImageStreamImage one <id> or <stream>@<id>', () => {
    const from = (kind: string, name: string) => tag({ name: 's:latest' }, { from: { kind, name } });
    expect(messages(from('ImageStreamTag', 'other:v1'))).toEqual([]);
    expect(messages(from('ImageStreamImage', 'other@sha256:abc'))).toEqual([]);
    const wanted =
      'spec.from.name: Invalid value: "object": must be of the form <tag>, <repo>:<tag>, <id>, or <repo>@<id>';
    expect(messages(from('ImageStreamTag', 'a:b:c'))).toEqual([wanted]);
    expect(messages(from('ImageStreamImage', 'a@b@c'))).toEqual([wanted]);
    expect(messages(from('DockerImage', 'registry:5000/a:b'))).toEqual([]);
  });
});

describe('ImageTag server rules, DockerImage sources', () => {
  const docker = (name: string) => tag({ name: 's:latest' }, { from: { kind: 'DockerImage', name } });
  const at = (message: string) => `spec.from.name: Invalid value: "object": ${message}`;

  it('rule 11: a DockerImage name is a pull spec (library-go reference.Parse)', () => {
    for (const name of [
      'nginx',
      'quay.io/x/ruby:3.1',
      'registry:5000/a:b',
      'Registry.Example.com:5000/team/app_1__x---y.z:v1.0-rc_2',
      `docker.io/library/nginx@sha256:${'a'.repeat(64)}`,
      `a/b:tag@sha256:${'F'.repeat(32)}`,
      `x:${'t'.repeat(128)}`,
    ])
      expect(messages(docker(name)), name).toEqual([]);
    for (const name of ['a b', 'x:', 'a@sha256:abc', 'a//b', '-a', 'a:b:c', `x:${'t'.repeat(129)}`, 'a/b_'])
      expect(messages(docker(name)), name).toEqual([at('invalid reference format')]);
    for (const name of ['quay.io/x/Ruby', 'Nginx:latest'])
      expect(messages(docker(name)), name).toEqual([at('repository name must be lowercase')]);
    const long = `quay.io/${'a'.repeat(248)}`;
    expect(messages(docker(`${long}:v1`))).toEqual([at('repository name must not be more than 255 characters')]);
    expect(messages(docker(`${long.slice(0, -1)}:v1`))).toEqual([]);
  });

  it('rule 11 gives a verdict on a long near-miss (the pattern has no nested quantifier to backtrack through)', () => {
    expect(messages(docker(`${'a'.repeat(5000)}!`))).toEqual([at('invalid reference format')]);
  });
});

// semantics.md rule 17: PrepareForCreate (OAS pkg/image/apiserver/registry/imagetag/strategy.go) sets status and image
// to nil before validation, so no required, enum, pattern or CEL rule below them can refuse a create. What refuses a
// create first is the JSON decoder, before PrepareForCreate runs: Go's encoding/json (as sigs.k8s.io/json vendors it)
// refuses a JSON kind the Go field cannot hold (UnmarshalTypeError: a string for a struct, a fraction for an int64),
// and the field types' own UnmarshalJSON refuse what they cannot parse (metav1.Time: time.Parse(time.RFC3339, ...);
// []byte: base64.StdEncoding). `null` decodes into anything (the zero value). The API server answers such a body with
// 400 BadRequest ("ImageTag in version "v1" cannot be handled as a ImageTag: json: cannot unmarshal string into Go
// struct field ..." from apiserver pkg/endpoints/handlers/create.go transformDecodeError), naming Go types the schema
// does not carry: the validators keep the field error that names the same field and the JSON type it needs.
describe('ImageTag rule 17: status and image are only decoded on create', () => {
  const created = (extra: Record<string, unknown>, options: Record<string, unknown> = {}): string[] => {
    const result = validateImageTag(
      { ...(tag({ name: 's:latest' }) as object), ...extra },
      { mode: 'request', ...options },
    );
    return result.valid ? [] : result.errors.map((error) => error.message);
  };
  const inResponse = (extra: Record<string, unknown>): string[] => {
    const result = validateImageTag({ ...(tag({ name: 's:latest' }) as object), ...extra }, { mode: 'response' });
    return result.valid ? [] : result.errors.map((error) => error.message);
  };

  it('accepts what only validation would refuse (required fields, enums, patterns) below status and image', () => {
    const accepted: Record<string, unknown>[] = [
      { status: {} },
      { status: { items: [{ tag: 'x' }] } },
      { status: { tag: 't', conditions: [{ type: 'ImportSuccess', status: 'Maybe' }] } },
      { status: { tag: 't', items: [null, { generation: null }] } },
      { image: {} },
      {
        image: {
          kind: 'Other',
          apiVersion: 'v2',
          dockerImageLayers: [{}],
          dockerImageManifests: [{ manifestSize: 1 }],
        },
      },
      { image: { metadata: { name: 'Not A DNS Name', labels: { 'bad key!': 'x' } }, signatures: [{}] } },
    ];
    for (const extra of accepted) expect(created(extra), JSON.stringify(extra)).toEqual([]);
    // The same objects as responses are checked in full.
    expect(inResponse({ status: {} })).toEqual(['status.tag: Required value']);
    expect(
      inResponse({ status: { tag: 't', conditions: [{ type: 'ImportSuccess', status: 'Maybe', generation: 1 }] } }),
    ).toEqual([
      'status.conditions[0].status: Unsupported value: "Maybe": supported values: "True", "False", "Unknown"',
    ]);
    expect(inResponse({ image: { dockerImageLayers: [{}] } })).toEqual([
      'image.dockerImageLayers[0].name: Required value',
      'image.dockerImageLayers[0].size: Required value',
    ]);
  });

  it('refuses what the JSON decoder refuses: JSON kinds, integers, times and base64', () => {
    expect(created({ status: 'x' })).toEqual(['status: Invalid value: "x": must be an object']);
    expect(created({ status: { items: 'x' } })).toEqual(['status.items: Invalid value: "x": must be an array']);
    expect(created({ status: { tag: 1, items: [{ generation: 1.5 }] } })).toEqual([
      'status.items[0].generation: Invalid value: 1.5: must be an integer',
      'status.tag: Invalid value: 1: must be a string',
    ]);
    expect(created({ image: { metadata: { creationTimestamp: 'not a time' } } })).toEqual([
      'image.metadata.creationTimestamp: Invalid value: "not a time": must be an RFC 3339 date-time, e.g. 2006-01-02T15:04:05Z',
    ]);
    expect(created({ image: { signatures: [{ content: '!!' }], dockerImageLayers: [{ size: '1' }] } })).toEqual([
      'image.dockerImageLayers[0].size: Invalid value: "1": must be an integer',
      'image.signatures[0].content: Invalid value: "!!": must be base64-encoded',
    ]);
  });

  it('strict field validation still reports unknown fields below status and image (the strict decoder does)', () => {
    expect(
      created({ status: { tag: 't', extra: 1 }, image: { metadata: { extra: 1 } } }, { unknownFields: 'reject' }),
    ).toEqual([
      'image.metadata.extra: Unsupported value: unknown field "image.metadata.extra"',
      'status.extra: Unsupported value: unknown field "status.extra"',
    ]);
    expect(created({ status: { tag: 't', extra: 1 } })).toEqual([]);
  });
});
