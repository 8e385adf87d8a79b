// Real non-Kubernetes APIs (vendored whole from ../shared/reference/specs-real/): each generates a client that
// type-checks under strict, and uses the media types, servers and security schemes the spec declares rather than
// JSON and a bearer token everywhere. GitHub's (@octokit/openapi) is compiled by test/scale.test.ts.
import { describe, expect, it } from 'vitest';
import { compileDiagnostics } from './support/compile.js';
import { generateFrom } from './support/pipeline.js';

const REAL = 'test/fixtures/reference/specs-real';

/** The generated client (with the types and validators it imports) compiled alone; client.ts is returned. */
async function compiledClient(spec: string): Promise<string> {
  const { files } = await generateFrom(spec);
  const sources = Object.fromEntries(
    files
      .filter((file) => ['src/types.ts', 'src/validators.ts', 'src/client.ts'].includes(file.path))
      .map((file) => [file.path, file.contents]),
  );
  expect(compileDiagnostics(sources)).toEqual([]);
  return sources['src/client.ts']!;
}

describe('real specs generate clients that compile', () => {
  it('Swagger Petstore: binary upload, api_key and OAuth2', async () => {
    const client = await compiledClient(`${REAL}/petstore-oas30.yaml`);
    expect(client).toMatch(/uploadFile\(params: UploadFileParams[^)]*\): Promise<ApiResponse_?>/);
    expect(client).toMatch(/readonly api_key\?: Credential\b/);
    expect(client).toMatch(/readonly petstore_auth\?: Credential\b/);
    expect(client).toContain('encode: $encodeBinary,');
  }, 120_000);

  it('USPTO: servers with variables become the default base URL', async () => {
    const client = await compiledClient(`${REAL}/oai-uspto-30.json`);
    expect(client).toContain('server: { url: "{scheme}://developer.uspto.gov/ds-api"');
  }, 120_000);

  it('the 3.1 webhook example', async () => {
    await compiledClient(`${REAL}/oai-webhook-example-31.json`);
  }, 120_000);

  it('Slack (Swagger 2.0 formData): form bodies, not raw fetch bodies', async () => {
    const client = await compiledClient(`${REAL}/slack_web_openapi_v2.json`);
    expect(client).toContain('encode: $encodeForm,');
    // A parameters type member, not the runtime's own `let body: ...`.
    expect(client).not.toMatch(/^\s+body\??: NonNullable<RequestInit\["body"\]>;$/m);
  }, 600_000);

  it('Twilio: form-encoded bodies and basic auth', async () => {
    const client = await compiledClient(`${REAL}/twilio_api_v2010.yaml`);
    expect(client).toContain('encode: $encodeForm,');
    expect(client).toMatch(/readonly accountSid_authToken\?: BasicCredentials\b/);
  }, 600_000);
});
