// ImageTag's server rules added by issue 12 (semantics.md rules 4, 8, 11, 13, 17, 20, 21 and 22), on the committed generated validators.
import { describe, expect, it } from 'vitest';
import {
  validateImage,
  validateImageManifest,
  validateImageSignature,
  validateImageTag,
  type ValidateOptions,
  type ValidationResult,
} from '../generated/imagetag/src/validators.js';

/** Any generated validateX. */
type Validate = (value: unknown, options?: ValidateOptions) => ValidationResult<unknown>;

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
      // Go quotes the stream's name (field.Invalid(metadata.name, stream.Name, ...)); long values are shortened.
      `metadata.name: Invalid value: "${stream.slice(0, 116)}...: 'namespace/name' cannot be longer than 255 characters`,
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
    const wanted = (name: string) =>
      `spec.from.name: Invalid value: "${name}": must be of the form <tag>, <repo>:<tag>, <id>, or <repo>@<id>`;
    expect(messages(from('ImageStreamTag', 'a:b:c'))).toEqual([wanted('a:b:c')]);
    expect(messages(from('ImageStreamImage', 'a@b@c'))).toEqual([wanted('a@b@c')]);
    expect(messages(from('DockerImage', 'registry:5000/a:b'))).toEqual([]);
  });
});

describe('ImageTag server rules, DockerImage sources', () => {
  const docker = (name: string) => tag({ name: 's:latest' }, { from: { kind: 'DockerImage', name } });
  // Go quotes the name (field.Invalid(from.name, tagRef.From.Name, err.Error())), shortened past 120 characters.
  const at = (message: string, name: string) =>
    `spec.from.name: Invalid value: ${name.length > 118 ? `${JSON.stringify(name).slice(0, 117)}...` : JSON.stringify(name)}: ${message}`;

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
      expect(messages(docker(name)), name).toEqual([at('invalid reference format', name)]);
    for (const name of ['quay.io/x/Ruby', 'Nginx:latest'])
      expect(messages(docker(name)), name).toEqual([at('repository name must be lowercase', name)]);
    const long = `quay.io/${'a'.repeat(248)}`;
    expect(messages(docker(`${long}:v1`))).toEqual([
      at('repository name must not be more than 255 characters', `${long}:v1`),
    ]);
    expect(messages(docker(`${long.slice(0, -1)}:v1`))).toEqual([]);
  });

  it('rule 11 gives a verdict on a long near-miss (the pattern has no nested quantifier to backtrack through)', () => {
    expect(messages(docker(`${'a'.repeat(5000)}!`))).toEqual([at('invalid reference format', `${'a'.repeat(5000)}!`)]);
  });
});

// semantics.md rule 17: PrepareForCreate (OAS pkg/image/apiserver/registry/imagetag/strategy.go) sets status and image
// to nil before validation, so no required, enum, pattern or CEL rule below them can refuse a create. What refuses a
// create first is the JSON decoder, before PrepareForCreate runs: Go's encoding/json (as sigs.k8s.io/json vendors it)
// refuses a JSON kind the Go field cannot hold (UnmarshalTypeError: a string for a struct, a fraction for an int64),
// and the field types' own UnmarshalJSON refuse what they cannot parse (metav1.Time: time.Parse(time.RFC3339, ...);
// []byte: base64.StdEncoding). `null` decodes into anything (the zero value). The API server answers such a body with
// 400 BadRequest ("ImageTag in version "v1" cannot be handled as a ImageTag: json: cannot unmarshal string into Go
// struct field ..." from apiserver pkg/endpoints/handlers/rest.go transformDecodeError), naming Go types the schema
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
      // RawExtension and FieldsV1 keep their raw JSON (UnmarshalJSON stores the bytes): any value decodes.
      { image: { dockerImageMetadata: 'x', metadata: { managedFields: [{ fieldsV1: [1] }] } } },
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

// semantics.md rules 21 and 22: what validateImage, validateImageManifests and validateImageSignature (OAS
// pkg/image/apis/image/validation/validation.go) refuse when an Image is written: the request mode of the Image models.
// An ImageTag only embeds an Image read-only: requests only decode it (rule 17), and responses are not held to them,
// since the server validated the Image when it was written, under the rules of that day (rule 28 is an Image rule
// that older stored Images break). Messages as Go words them, quoting the field's value as field.Invalid does
// (x-specgen-value-expression in the overlay); for lists, maps and structs, which Go prints as Go syntax, the rules
// quote the type of the object they are on.
describe('Image rules (rules 21 and 22) on Image writes', () => {
  const digest = `sha256:${'a'.repeat(64)}`;
  const write = (validate: Validate, value: unknown, mode: 'request' | 'response' = 'request'): string[] => {
    const result = validate(value, { mode });
    return result.valid ? [] : result.errors.map((error) => error.message);
  };
  const manifest = {
    digest,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    manifestSize: 10,
    architecture: 'amd64',
    os: 'linux',
  };
  const image = (extra: Record<string, unknown>) => ({
    metadata: { name: digest },
    dockerImageReference: `quay.io/a/b@${digest}`,
    ...extra,
  });

  it('rule 21: manifests conform, and exclude layers; the reference parses', () => {
    expect(write(validateImage, image({ dockerImageManifests: [manifest] }))).toEqual([]);
    expect(write(validateImageManifest, { ...manifest, mediaType: ' text/plain ', digest: `x${digest}y` })).toEqual([]);
    // imageDigestRegexp finds a digest anywhere; the algorithm's last component starts with a letter.
    const hex = 'f'.repeat(32);
    for (const found of [`sha256+b64u.x1:${hex}`, `1a9:${hex}`, `::a:${hex}`])
      expect(write(validateImageManifest, { ...manifest, digest: found }), found).toEqual([]);
    for (const missed of [`1:${hex}`, `a.:${hex}`, `a:${'f'.repeat(31)}`, `a-${hex}`, 'a'.repeat(100_000)])
      expect(write(validateImageManifest, { ...manifest, digest: missed }), missed.slice(0, 40)).toEqual([
        `digest: Invalid value: ${JSON.stringify(missed.length > 118 ? missed.slice(0, 116) + '...' : missed).replace(/\.\.\."$/, '...')}: digest does not conform with OCI image specification`,
      ]);
    expect(
      write(validateImageManifest, { ...manifest, digest: 'sha256:abc', mediaType: 'json', manifestSize: -1 }),
    ).toEqual([
      'digest: Invalid value: "sha256:abc": digest does not conform with OCI image specification',
      'mediaType: Invalid value: "json": media type does not conform to RFC6838',
      'size: Invalid value: -1: manifest size cannot be negative',
    ]);
    expect(
      write(validateImage, image({ dockerImageManifests: [manifest], dockerImageLayers: [{ name: 'l', size: 1 }] })),
    ).toEqual([
      'dockerImageLayers: Invalid value: "object": dockerImageLayers should not be set when dockerImageManifests is set',
    ]);
    expect(
      write(validateImage, image({ dockerImageManifests: [], dockerImageLayers: [{ name: 'l', size: 1 }] })),
    ).toEqual([]);
    expect(write(validateImage, image({ dockerImageReference: 'Quay.io/A' }))).toEqual([
      'dockerImageReference: Invalid value: "Quay.io/A": repository name must be lowercase',
    ]);
  });

  it('rule 22: signature names, no labels or annotations, paired conditions, trust fields only when known', () => {
    const signature = { metadata: { name: 'img@sig' }, type: 'AtomicImageV1', content: 'YQ==' };
    const trusted = [
      { type: 'Trusted', status: 'True' },
      { type: 'ForImage', status: 'True' },
    ];
    expect(write(validateImageSignature, signature)).toEqual([]);
    expect(
      write(validateImageSignature, {
        ...signature,
        conditions: trusted,
        imageIdentity: 'i',
        issuedBy: {},
        issuedTo: { publicKeyID: 'k' },
        signedClaims: { a: 'b' },
      }),
    ).toEqual([]);
    expect(
      write(validateImageSignature, {
        ...signature,
        metadata: { name: 'sig', labels: { a: 'b' }, annotations: { a: 'b' } },
      }),
    ).toEqual([
      'metadata.name: Invalid value: "sig": name must be of format <imageName>@<signatureName>',
      'metadata.labels: Forbidden: signature labels cannot be set',
      'metadata.annotations: Forbidden: signature annotations cannot be set',
    ]);
    expect(write(validateImageSignature, { ...signature, conditions: [trusted[0]] })).toEqual([
      'conditions: Invalid value: "object": missing "ForImage" condition type',
    ]);
    expect(write(validateImageSignature, { ...signature, conditions: [trusted[1]] })).toEqual([
      'conditions: Invalid value: "object": missing "Trusted" condition type',
    ]);
    const unknown = [{ type: 'Trusted', status: 'Unknown' }, trusted[1]];
    expect(
      write(validateImageSignature, {
        ...signature,
        conditions: unknown,
        imageIdentity: 'i',
        issuedBy: {},
        issuedTo: { publicKeyID: 'k' },
        signedClaims: { a: 'b' },
      }),
    ).toEqual([
      'imageIdentity: Invalid value: "i": must be unset for unknown signature state',
      'signedClaims: Invalid value: "object": must be unset for unknown signature state',
      'issuedBy: Invalid value: "object": must be unset for unknown signature state',
      'issuedTo: Invalid value: "object": must be unset for unknown signature state',
    ]);
    // Inside an Image write, at the signature's path.
    expect(write(validateImage, image({ signatures: [{ ...signature, metadata: { name: 'sig' } }] }))).toEqual([
      'signatures[0].metadata.name: Invalid value: "sig": name must be of format <imageName>@<signatureName>',
    ]);
  });

  it('responses are not held to them, neither an Image nor an ImageTag carrying one', () => {
    const broken = image({
      dockerImageManifests: [{ ...manifest, digest: 'sha256:abc' }],
      dockerImageLayers: [{ name: 'l', size: 1 }],
      signatures: [
        { metadata: { name: 'sig', labels: { a: 'b' } }, type: 't', conditions: [{ type: 'Trusted', status: 'True' }] },
      ],
    });
    expect(write(validateImage, broken, 'response')).toEqual([]);
    const imageTag = { ...(tag({ name: 's:latest' }) as object), image: broken };
    expect(write(validateImageTag, imageTag, 'response')).toEqual([]);
    expect(write(validateImageTag, imageTag, 'request')).toEqual([]);
  });
});

// semantics.md rule 20: condition statuses are True, False or Unknown (metav1 ConditionStatus, a closed set: checked
// in both modes); condition types are open (TagEventConditionType has one constant today, ImportSuccess, and the
// server never validates status it writes itself), so a newer server's type must not fail a response.
describe('ImageTag rule 20: conditions', () => {
  it('checks the status values and leaves the types open', () => {
    const withCondition = (condition: Record<string, unknown>) => ({
      ...(tag({ name: 's:latest' }) as object),
      status: { tag: 'latest', items: [], conditions: [{ generation: 1, ...condition }] },
    });
    const response = (value: unknown) => {
      const result = validateImageTag(value, { mode: 'response' });
      return result.valid ? [] : result.errors.map((error) => error.message);
    };
    expect(response(withCondition({ type: 'ImportSuccess', status: 'False' }))).toEqual([]);
    expect(response(withCondition({ type: 'SomeFutureType', status: 'True' }))).toEqual([]);
    expect(response(withCondition({ type: 'ImportSuccess', status: 'Yes' }))).toEqual([
      'status.conditions[0].status: Unsupported value: "Yes": supported values: "True", "False", "Unknown"',
    ]);
    const signature = { metadata: { name: 'i@s' }, type: 't', content: 'YQ==' };
    expect(
      write(validateImageSignature, {
        ...signature,
        conditions: [
          { type: 'Trusted', status: 'Maybe' },
          { type: 'ForImage', status: 'True' },
        ],
      }),
    ).toEqual(['conditions[0].status: Unsupported value: "Maybe": supported values: "True", "False", "Unknown"']);
  });
  const write = (validate: Validate, value: unknown): string[] => {
    const result = validate(value, { mode: 'request' });
    return result.valid ? [] : result.errors.map((error) => error.message);
  };
});
