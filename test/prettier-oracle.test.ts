// Prettier is specgen's layout oracle: the printers lay out most of the output themselves (generator/print/,
// generator/views/) and the format stage passes those chunks through untouched, so every generated file must be
// byte for byte what Prettier prints from it. ImageTag and Kubernetes are checked in imagetag.test.ts and
// scale.test.ts; this covers the real specs of other shapes and a Stripe/OpenAI-like slice of GitHub's API.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
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

describe('operation recipes are laid out on (nearly) the whole Stripe-sized spec', () => {
  // 50 recipes had a `path` or `pathStyles` too long for its line (none in the slices above); a JSON-printed
  // `contentTypes` still goes to Prettier. The first test holds the layout itself to Prettier's (code-layout.test.ts
  // too).
  it('stripe-sized.openapi30.json, 99% of its paths', { timeout: 300_000 }, async () => {
    const dir = join(scratch, 'whole');
    mkdirSync(dir);
    const whole = prepareLargeInputs(repoPath('.'), dir, 0.99);
    if (whole === undefined) throw new Error('@octokit/openapi is not installed (a dev dependency): run npm ci');
    const left = unformattedChunks(await rendered(whole.stripeSized.path)).filter(
      (chunk) => /^const \$op_\w+: \$Operation = \{$/m.test(chunk.text) && !/^ {2}contentTypes: /m.test(chunk.text),
    );
    expect(left.map((chunk) => chunk.text.slice(0, 200))).toEqual([]);
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
