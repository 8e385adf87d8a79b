// Prettier is specgen's layout oracle: the printers lay out most of the output themselves (generator/print/,
// generator/views/) and the format stage passes those chunks through untouched, so every generated file must be
// byte for byte what Prettier prints from it. ImageTag and Kubernetes are checked in imagetag.test.ts and
// scale.test.ts; this covers the real specs of other shapes and a Stripe/OpenAI-like slice of GitHub's API.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareLargeInputs } from '../bench/generate/inputs-large.js';
import { bundle } from '../generator/bundle.js';
import { formatText, unformattedChunks } from '../generator/format.js';
import { generate, type OutputFile } from '../generator/index.js';
import { loadSpecFiles } from '../generator/load.js';
import { normalize } from '../generator/normalize.js';
import { applyOverlay } from '../generator/overlay.js';
import { parse } from '../generator/parse/index.js';
import { createRe2 } from '../generator/re2.js';
import { render } from '../generator/render.js';
import { loadTemplates } from '../generator/templates.js';
import { upgrade } from '../generator/upgrade.js';
import { buildViews } from '../generator/views/index.js';
import { repoPath } from './support/pipeline.js';

const REAL = [
  'oai-uspto-30.json',
  'oai-webhook-example-31.json',
  'petstore-oas30.yaml',
  'slack_web_openapi_v2.json',
  'twilio_api_v2010.yaml',
].map((name) => repoPath(`test/fixtures/reference/specs-real/${name}`));
const KUBERNETES = repoPath('test/fixtures/reference/specs-at-scale/kubernetes.swagger.json');

const scratch = mkdtempSync(join(tmpdir(), 'specgen-oracle-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** GitHub's API (the @octokit/openapi dev dependency) sliced to a tenth of its paths, as 3.0 and as 3.1. */
function githubSlices(): string[] {
  const large = prepareLargeInputs(repoPath('.'), scratch, 0.1);
  if (large === undefined) throw new Error('@octokit/openapi is not installed (a dev dependency): run npm ci');
  return [large.stripeSized.path, large.openaiSized.path];
}

async function generated(spec: string): Promise<readonly OutputFile[]> {
  const document = bundle(await loadSpecFiles(spec), spec);
  const options = { templates: await loadTemplates(), packageName: '@specgen/oracle', allowDanglingRefs: true };
  return (await generate({ spec: document }, options)).files;
}

/** The rendered files before the format stage: what the printers and templates produce. */
async function rendered(spec: string, overlay?: string): Promise<OutputFile[]> {
  const document = bundle(await loadSpecFiles(spec), spec);
  const overlays = overlay === undefined ? [] : [bundle(await loadSpecFiles(overlay), overlay)];
  const options = {
    templates: await loadTemplates(),
    packageName: '@specgen/oracle',
    allowDanglingRefs: true,
    kubernetes: 'auto' as const,
  };
  const overlaid = overlays.reduce(applyOverlay, upgrade(document));
  const regex = createRe2();
  const { api } = parse(normalize(overlaid, { kubernetes: options.kubernetes }), options, regex);
  return render(buildViews(api, options, overlaid.document, regex), options.templates);
}

describe('every generated file is exactly what Prettier prints', () => {
  for (const spec of [...REAL, KUBERNETES, ...githubSlices()]) {
    it(spec.split('/').pop()!, { timeout: 300_000 }, async () => {
      for (const file of await generated(spec)) {
        const parser = /^src\/.*\.ts$/.test(file.path) ? 'babel-ts' : /^[^/]+\.json$/.test(file.path) ? 'json' : '';
        if (parser === '') continue;
        expect(await formatText(file.contents, parser), file.path).toBe(file.contents);
      }
    });
  }
});

describe('the printers lay out types without Prettier', () => {
  // Nested object types, long unions (moved to the next line, or one member a line), long interface names and error
  // types used to go through Prettier on every spec but Kubernetes. What is left are the shapes Prettier breaks its
  // own way: a union of an object with something other than `null` (`{...}[] | null`, `{...} | {...}[]`). Error
  // bodies that are inline objects are laid out too (ApiError & {...}, one member a line).
  for (const spec of REAL.filter((path) => !path.includes('webhook'))) {
    it(spec.split('/').pop()!, { timeout: 120_000 }, async () => {
      const left = unformattedChunks(await rendered(spec)).filter(
        (chunk) => chunk.path === 'src/types.ts' || /^export type \w+Error = /m.test(chunk.text),
      );
      const ownWay = /^\s*\}(\[\] \| | \| (?!null;))/m;
      expect(left.filter((chunk) => !ownWay.test(chunk.text)).map((chunk) => chunk.text.slice(0, 300))).toEqual([]);
    });
  }
});

describe('ImageTag needs no Prettier at all', () => {
  // Its CEL validators compile to expressions only Prettier's full expression printer would break: each such
  // statement is kept whole under `// prettier-ignore` (print/layout.ts keptWhole), the defaults walkers assign `{}`,
  // and the regex set is laid out as Prettier hugs it. 10 chunks (74 KB) went to Prettier before.
  it(
    'imagetag.openapi.yaml with its overlay: the format stage hands Prettier nothing',
    { timeout: 300_000 },
    async () => {
      const files = await rendered(repoPath('specs/imagetag.openapi.yaml'), repoPath('specs/imagetag.overlay.yaml'));
      expect(unformattedChunks(files).map((chunk) => `${chunk.path}: ${chunk.text.slice(0, 200)}`)).toEqual([]);
    },
  );
});

describe('Kubernetes needs no Prettier at all', () => {
  // Every chunk of its output is laid out by the printers (PATCH parameter unions, recipes, the fake server's tables,
  // the ObjectMeta rule, broken calls and constants), so a run never loads Prettier; the test above holds the
  // layout to Prettier's own.
  it('kubernetes.swagger.json: the format stage hands Prettier nothing', { timeout: 300_000 }, async () => {
    const left = unformattedChunks(await rendered(KUBERNETES));
    expect(left.map((chunk) => `${chunk.path}: ${chunk.text.slice(0, 200)}`)).toEqual([]);
  });
});

describe('the Stripe-sized and OpenAI-sized specs need no Prettier at all', () => {
  // 50 recipes had a `path` or `pathStyles` too long for its line (none in the slices above), and the last 20 and 10
  // chunks were types and client shapes (see 'the last shapes' below): every chunk of both is now laid out by the
  // printers, so a run never loads Prettier. The first test holds the layout itself to Prettier's on slices of the
  // same API; code-layout.test.ts and the shapes tests hold each shape to it.
  it('stripe-sized.openapi30.json and openai-sized.openapi31.json, whole', { timeout: 300_000 }, async () => {
    const dir = join(scratch, 'whole');
    mkdirSync(dir);
    const whole = prepareLargeInputs(repoPath('.'), dir);
    if (whole === undefined) throw new Error('@octokit/openapi is not installed (a dev dependency): run npm ci');
    for (const spec of [whole.stripeSized.path, whole.openaiSized.path]) {
      const left = unformattedChunks(await rendered(spec));
      expect(left.map((chunk) => `${chunk.path}: ${chunk.text.slice(0, 200)}`)).toEqual([]);
    }
  });
});

describe('the client interface and createClient are laid out on Stripe/OpenAI-shaped specs', () => {
  // Operations answering with an inline object used to put a multi-line type into their signatures, which sent the
  // whole `Client` interface and `$methods` (1 MB on the Stripe-sized spec) to Prettier; the type is now a named
  // `<Operation>Response` alias declared once, so every signature stays on its line.
  for (const spec of githubSlices()) {
    it(spec.split('/').pop()!, { timeout: 300_000 }, async () => {
      const files = await rendered(spec);
      const left = unformattedChunks(files).filter((chunk) => chunk.path === 'src/client.ts');
      expect(left.filter((chunk) => /^export interface Client |^function \$methods\(/m.test(chunk.text))).toEqual([]);
      // Error types, their bodies inline objects included (`ApiError & ( | { readonly status: 400; readonly body: {`).
      expect(
        left.filter((chunk) => /^export type \w+Error = /m.test(chunk.text)).map((chunk) => chunk.text.slice(0, 200)),
      ).toEqual([]);
      // The defaults walkers (`const $dfN = (v: unknown): unknown => {...}`, 698 of them on the Stripe-sized spec).
      const walkers = unformattedChunks(files).filter((chunk) => /^const \$df\d+ = /m.test(chunk.text));
      expect(walkers.map((chunk) => chunk.text.slice(0, 200))).toEqual([]);
      expect(files.find((file) => file.path === 'src/client.ts')!.contents).toMatch(/^export type \w+Response = \{$/m);
    });
  }
});

describe('format checks are laid out as Prettier prints them', () => {
  // Each built-in format's helper (print/guard/formats.ts): block bodies are written as Prettier prints them, one-line
  // ones too long for their line are broken by print/layout.ts (the body on the next line, a regular expression's
  // `.test(s)` broken inside its parentheses). They went to Prettier on every spec with a date or an email. One
  // constant per format (date-time reuses the date and time helpers).
  const FORMATS = ['date', 'time', 'date-time', 'duration', 'email', 'hostname', 'ipv4', 'ipv6', 'uri'];
  const MORE = ['uri-reference', 'uuid', 'regex'];
  const spec = join(scratch, 'formats.json');
  const properties = Object.fromEntries([...FORMATS, ...MORE].map((format) => [format, { type: 'string', format }]));
  writeFileSync(
    spec,
    JSON.stringify({
      openapi: '3.0.3',
      info: { title: 'formats', version: '1' },
      paths: {},
      components: { schemas: { Formats: { type: 'object', properties } } },
    }),
  );

  it('every format helper: no chunk of validators.ts goes to Prettier, and the file is Prettier-stable', async () => {
    const files = await rendered(spec);
    expect(unformattedChunks(files).filter((chunk) => chunk.path === 'src/validators.ts')).toEqual([]);
    const validators = (await generated(spec)).find((file) => file.path === 'src/validators.ts')!;
    expect(validators.contents.match(/^const \$format\d+ = /gm)).toHaveLength(FORMATS.length + MORE.length);
    expect(await formatText(validators.contents, 'babel-ts')).toBe(validators.contents);
  });
});

describe('shapes of the Stripe-/OpenAI-sized specs laid out without Prettier', () => {
  // A response that joins objects (`allOf` of inline objects: `{...} & {...}`), a body that must hold one of its
  // properties (`{...} & (| {...} | {...})`), and a union with a `Name & {...}` member, in a model and as a response
  // (`export type GetUserResponse =` on its own line). Each went to Prettier whole.
  const object = (...names: string[]) => ({
    type: 'object',
    properties: Object.fromEntries(names.map((name) => [name, { type: 'string', description: `The ${name}.` }])),
  });
  const spec = join(scratch, 'shapes.json');
  writeFileSync(
    spec,
    JSON.stringify({
      openapi: '3.0.3',
      info: { title: 'shapes', version: '1' },
      paths: {
        '/users/{id}': {
          get: {
            operationId: 'getUser',
            parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
            responses: {
              '200': {
                description: 'a private or a public user',
                content: {
                  'application/json': {
                    schema: {
                      oneOf: [
                        { allOf: [{ $ref: '#/components/schemas/User' }, object('email')] },
                        { allOf: [{ $ref: '#/components/schemas/User' }, object('blog')] },
                      ],
                    },
                  },
                },
              },
            },
          },
        },
        '/tasks/{id}': {
          get: {
            operationId: 'getTask',
            parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
            responses: {
              '200': {
                description: 'ok',
                content: { 'application/json': { schema: { allOf: [object('id', 'name'), object('sessions')] } } },
              },
            },
          },
          patch: {
            operationId: 'updateTask',
            parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema: { ...object('state', 'name'), anyOf: [{ required: ['state'] }, { required: ['name'] }] },
                },
              },
            },
            responses: { '204': { description: 'done' } },
          },
        },
      },
      components: {
        schemas: {
          User: object('login'),
          Collaborator: { oneOf: [{ allOf: [{ $ref: '#/components/schemas/User' }, object('role')] }, object('slug')] },
        },
      },
    }),
  );

  it('no chunk goes to Prettier, and every file is Prettier-stable', { timeout: 120_000 }, async () => {
    const left = unformattedChunks(await rendered(spec)).filter((chunk) => chunk.path.endsWith('.ts'));
    expect(left.map((chunk) => `${chunk.path}: ${chunk.text.slice(0, 300)}`)).toEqual([]);
    for (const file of (await generated(spec)).filter((each) => /^src\/.*\.ts$/.test(each.path)))
      expect(await formatText(file.contents, 'babel-ts'), file.path).toBe(file.contents);
  });
});

describe('the last shapes of the Stripe-/OpenAI-sized specs, laid out without Prettier', () => {
  // Each went to Prettier whole (session 6): an index signature whose value is `{...} | null`, `{...}[] | null` or
  // `(string | {...})[]`; an array of `Name & {...}`; a union of intersections (`(A & B) | C`: Prettier puts every
  // intersection inside a union in parentheses, so even the short one was not Prettier's); `({...} & {...}) | null`;
  // `({...} | null) & (| {...} | {...})`; responses of several bodies (`Stat[] | {...}`, `Deployment | {...}`,
  // `{...} | {...}`, `{...} | EmptyObject`); a body offered in two media types and nothing else, with its recipe's
  // `contentTypes` (and `encodings`, a member of them not given left out as JSON leaves it out).
  const text = (description: string) => ({ type: 'string', description });
  const object = (...names: string[]) => ({
    type: 'object',
    properties: Object.fromEntries(names.map((name) => [name, text(`The ${name}.`)])),
  });
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
  const json = (schema: unknown) => ({ 'application/json': { schema } });
  const ok = (content: unknown, description = 'ok') => ({ description, content });
  const long = (name: string) => `${name}WithARatherLongNameAsRulesetsHave`;
  const spec = join(scratch, 'last-shapes.json');
  writeFileSync(
    spec,
    JSON.stringify({
      openapi: '3.0.3',
      info: { title: 'last shapes', version: '1' },
      paths: {
        '/stats': {
          get: {
            operationId: 'getStats',
            responses: {
              '200': ok(json({ type: 'array', items: ref('Stat') })),
              '202': ok(json({ type: 'object', additionalProperties: true }), 'computing'),
            },
          },
        },
        '/deployments': {
          post: {
            operationId: 'createDeployment',
            responses: { '201': ok(json(ref('Deployment'))), '202': ok(json(object('message')), 'queued') },
          },
        },
        '/records': {
          put: {
            operationId: 'setRecords',
            responses: {
              '200': ok(json(object('created', 'total'))),
              '202': ok(json({ type: 'object', properties: { errors: { type: 'array', items: object('cause') } } })),
            },
          },
        },
        '/attestations': {
          get: {
            operationId: 'listAttestations',
            responses: {
              '200': ok(
                json({ type: 'object', properties: { attestations: { type: 'array', items: object('url') } } }),
              ),
              '201': ok(json(ref('EmptyObject')), 'none'),
            },
          },
        },
        '/sites': {
          post: {
            operationId: 'createSite',
            requestBody: {
              required: true,
              content: json({
                ...object('build_type', 'source'),
                nullable: true,
                anyOf: [{ required: ['source'] }, { required: ['build_type'] }],
              }),
            },
            responses: { '204': { description: 'done' } },
          },
        },
        '/render': {
          post: {
            operationId: 'renderRaw',
            requestBody: {
              content: {
                'text/plain': { schema: { type: 'string' } },
                'text/x-markdown': { schema: { type: 'string' } },
              },
            },
            responses: { '200': ok({ 'text/html': { schema: { type: 'string' } } }) },
          },
        },
        '/upload': {
          post: {
            operationId: 'upload',
            requestBody: {
              content: {
                'multipart/form-data': {
                  schema: {
                    type: 'object',
                    properties: {
                      file: { type: 'string', format: 'binary' },
                      tags: { type: 'array', items: text('A tag.') },
                    },
                  },
                  encoding: { file: { contentType: 'image/png, image/jpeg' }, tags: { style: 'form' } },
                },
                'application/json': { schema: ref('Stat') },
              },
            },
            responses: { '204': { description: 'done' } },
          },
        },
        '/installations': {
          get: {
            operationId: 'listInstallations',
            responses: {
              '200': ok(
                json({
                  type: 'object',
                  properties: {
                    repositories: { type: 'array', items: { allOf: [ref('Repository'), object('custom')] } },
                    account: { nullable: true, allOf: [object('login', 'avatar'), object('slug', 'website')] },
                  },
                }),
              ),
            },
          },
        },
      },
      components: {
        schemas: {
          Stat: object('week'),
          Deployment: object('id'),
          EmptyObject: { type: 'object' },
          Repository: object('name'),
          Scan: object('kind'),
          [long('Conditions')]: object('ref'),
          [long('NameTarget')]: object('include'),
          [long('IdTarget')]: object('ids'),
          OrgConditions: {
            oneOf: ['NameTarget', 'IdTarget'].map((target) => ({
              allOf: [ref(long('Conditions')), ref(long(target))],
            })),
          },
          ShortJoin: { oneOf: [{ allOf: [ref('Stat'), ref('Scan')] }, ref('Deployment')] },
          Gist: {
            type: 'object',
            properties: {
              files: { type: 'object', additionalProperties: { ...object('content', 'size'), nullable: true } },
              forks: { type: 'array', nullable: true, items: object('url') },
            },
          },
          ScanHistory: {
            type: 'object',
            properties: { scans: { type: 'array', items: { allOf: [ref('Scan'), object('pattern')] } } },
          },
          Bulk: {
            type: 'object',
            properties: {
              digests: {
                type: 'object',
                additionalProperties: { type: 'array', nullable: true, items: object('bundle', 'repository') },
              },
            },
          },
          Rules: {
            type: 'object',
            properties: {
              rules: {
                type: 'object',
                additionalProperties: {
                  type: 'array',
                  items: { oneOf: [{ type: 'string' }, object('ifAnyMatch'), object('ifNoneMatch')] },
                },
              },
            },
          },
        },
      },
    }),
  );

  it('no chunk goes to Prettier, and every file is Prettier-stable', { timeout: 120_000 }, async () => {
    const left = unformattedChunks(await rendered(spec));
    expect(left.map((chunk) => `${chunk.path}: ${chunk.text.slice(0, 300)}`)).toEqual([]);
    for (const file of (await generated(spec)).filter((each) => /^src\/.*\.ts$/.test(each.path)))
      expect(await formatText(file.contents, 'babel-ts'), file.path).toBe(file.contents);
  });
});
