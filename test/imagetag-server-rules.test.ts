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
