// Scale: the whole pipeline on large real specs, the output type-checked under strict with tsgo (typescript@7).
// Kubernetes 1.36 (Swagger 2.0, 771 definitions, 562 paths), all of openshift/api (Swagger 2.0, 1,790 definitions,
// no paths, no GVK extensions, 4 dangling $refs) and GitHub's OpenAPI 3 document (the non-Kubernetes case).
// The slow group of `npm test`: each spec is generated twice (determinism) while tsgo checks the first output.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatText } from '../generator/format.js';
import type { Json, SourceDocument } from '../generator/document.js';
import { isJsonObject } from '../generator/document.js';
import type { GenerateResult } from '../generator/index.js';
import { SpecgenError } from '../generator/index.js';
import type { TemplateSources } from '../generator/render.js';
import { loadTemplates } from '../generator/templates.js';
import { bundleSize } from './support/bundle-size.js';
import { removePackage, typecheck, writePackage, type CheckResult } from './support/scale-compile.js';
import { firstDifference, generateSpec, githubSpec, loadSpec, sharedSpec } from './support/scale-specs.js';

/** Per hook and test: one generation of the largest spec takes ~15-35 s on a loaded 2-core machine. */
const SLOW = 240_000;

/** One generated file's text. */
function file(result: GenerateResult | undefined, path: string): string {
  const found = result?.files.find((candidate) => candidate.path === path);
  if (found === undefined) throw new Error(`no ${path} in the output`);
  return found.contents;
}

/** The `<Name>GVK` constant of types.ts, parsed back; undefined when there is none. */
function gvk(types: string, name: string): Record<string, string> | undefined {
  const block = new RegExp(`^export const ${name}GVK = \\{\\n([^}]*)\\} as const;`, 'm').exec(types)?.[1];
  if (block === undefined) return undefined;
  return Object.fromEntries([...block.matchAll(/^\s*(\w+): "([^"]*)",?$/gm)].map((match) => [match[1]!, match[2]!]));
}

/** Asserts tsgo's verdict: exit 0 and not one diagnostic (the first 20 are shown when there are some). */
function expectClean(check: CheckResult): void {
  expect(check.diagnostics.slice(0, 20), `${check.diagnostics.length} diagnostics`).toEqual([]);
  expect(check.code, check.output.slice(0, 2000)).toBe(0);
}

/**
 * The shared part of each group: generate once, write the output to a temp folder and start tsgo on it (it runs
 * in its own process while the tests generate a second time), and clean up after.
 */
function scaleGroup(
  label: string,
  specFile: () => string,
  options: { readonly allowDanglingRefs?: boolean } = {},
): {
  readonly spec: () => SourceDocument;
  readonly templates: () => TemplateSources;
  readonly result: () => GenerateResult;
  readonly check: () => Promise<CheckResult>;
  /** The folder the package is written to (src/ and dist/). */
  readonly dir: () => string;
} {
  let spec: SourceDocument | undefined;
  let templates: TemplateSources | undefined;
  let result: GenerateResult | undefined;
  let check: Promise<CheckResult> | undefined;
  let dir: string | undefined;
  beforeAll(async () => {
    templates = await loadTemplates();
    spec = await loadSpec(specFile());
    result = await generateSpec(spec, templates, options);
    dir = await writePackage(result.files, label);
    check = typecheck(dir);
  }, SLOW);
  afterAll(async () => {
    await check;
    await removePackage(dir);
    spec = result = undefined;
  }, SLOW);
  const defined = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error(`${label}: generation did not finish (see beforeAll's error)`);
    return value;
  };
  return {
    spec: () => defined(spec),
    templates: () => defined(templates),
    result: () => defined(result),
    check: () => defined(check),
    dir: () => defined(dir),
  };
}

/**
 * The most one Kubernetes operation may add to a browser bundle, minified and gzipped: the client runtime (requests,
 * errors, auth, retries) plus one recipe and the encoder and reader it names. Measured at 3.5 KB (esbuild 0.28.2,
 * December 2026; 6.2 KB while every bundle carried every media type and parameter style); the whole client is about
 * 107 KB. Recorded in bench/README.md.
 */
const ONE_OPERATION_BUDGET = 4.5 * 1024;
const call = '{ namespace: "demo", name: "web" }';

describe('scale: Kubernetes 1.36 (Swagger 2.0, 771 definitions, 562 paths)', () => {
  const group = scaleGroup('kubernetes', () => sharedSpec('kubernetes.swagger.json'));

  it('generates types, validators, client and node entry without warnings', () => {
    const { files, warnings } = group.result();
    expect(files.map((f) => f.path)).toEqual(
      expect.arrayContaining(['src/types.ts', 'src/validators.ts', 'src/client.ts', 'src/node.ts']),
    );
    expect(warnings).toEqual([]);
  });

  it('keeps the spec GVKs and qualifies colliding short names (core/v1 and events/v1 Event)', () => {
    const types = file(group.result(), 'src/types.ts');
    expect(gvk(types, 'Pod')).toEqual({ group: '', version: 'v1', kind: 'Pod', apiVersion: 'v1' });
    expect(gvk(types, 'Deployment')?.['apiVersion']).toBe('apps/v1');
    expect(gvk(types, 'CoreV1Event')?.['apiVersion']).toBe('v1');
    expect(gvk(types, 'EventsV1Event')?.['apiVersion']).toBe('events.k8s.io/v1');
    expect(types).not.toMatch(/^export interface Event \{/m);
    const client = file(group.result(), 'src/client.ts');
    expect(client).toMatch(/^ {2}listNamespacedPod\(/m);
    expect(client).toMatch(/^ {2}createEventsV1NamespacedEvent\(/m);
  });

  it(
    'generates byte-identical output a second time',
    async () => {
      const second = await generateSpec(group.spec(), group.templates());
      expect(firstDifference(group.result().files, second.files)).toBeUndefined();
    },
    SLOW,
  );

  it(
    'compiles under strict (tsgo --noEmit): exit 0, no diagnostics',
    async () => expectClean(await group.check()),
    SLOW,
  );

  // Most of this output is laid out by the printers, not by Prettier (generator/print/layout.ts): it must be
  // exactly what Prettier prints, on the largest real spec too.
  it(
    'is exactly what Prettier prints',
    async () => {
      for (const generated of group.result().files.filter((f) => /^src\/.*\.ts$/.test(f.path))) {
        expect(await formatText(generated.contents, 'babel-ts'), generated.path).toBe(generated.contents);
      }
    },
    SLOW,
  );

  // Tree-shaking: the package as written (dist/*.js as shipped), bundled the way an application does.
  it(
    'bundles one standalone operation within its budget (esbuild, minified, gzipped), a fraction of the whole client',
    async () => {
      const one = await bundleSize(
        `import { createClientCore, readNamespacedPod } from "./dist/client.js";
         export const run = () => readNamespacedPod(createClientCore({ baseUrl: "https://k8s" }), ${call});`,
        group.dir(),
      );
      const whole = await bundleSize(
        `import { createClient } from "./dist/client.js";
         export const run = () => createClient({ baseUrl: "https://k8s" }).readNamespacedPod(${call});`,
        group.dir(),
      );
      expect(one.gzipBytes).toBeLessThanOrEqual(ONE_OPERATION_BUDGET);
      expect(whole.gzipBytes / one.gzipBytes).toBeGreaterThan(10);
      // What was dropped: every other operation's recipe and the validators (a standalone call validates nothing).
      expect(one.code).toContain('/api/v1/namespaces/');
      expect(one.code).not.toContain('/apis/apps/v1/');
      expect(whole.code).toContain('/apis/apps/v1/');
    },
    SLOW,
  );

  it('the generated package declares itself free of side effects', () => {
    const manifest = JSON.parse(file(group.result(), 'package.json')) as { sideEffects?: unknown };
    expect(manifest.sideEffects).toBe(false);
  });
});

describe('scale: openshift/api (Swagger 2.0, 1,790 definitions, no paths)', () => {
  const specFile = () => sharedSpec('openshift-api.swagger.json');
  const group = scaleGroup('openshift', specFile, { allowDanglingRefs: true });
  const DANGLING = ['EgressRouterAddress', 'EgressRouterInterface', 'EgressRouterStatus', 'RedirectConfig'];

  it('reports the 4 dangling EgressRouter $refs as warnings, each at the line:column of its "$ref"', () => {
    const { warnings } = group.result();
    expect(warnings).toHaveLength(4);
    const source = readFileSync(specFile(), 'utf8').split('\n');
    const named = warnings.map((warning) => {
      expect(warning.message).toMatch(/^dangling \$ref: /);
      const location = warning.location;
      expect(location?.file).toBe(specFile());
      expect(location?.pointer).toMatch(
        /^\/definitions\/com\.github\.openshift\.api\.networkoperator\.v1\.EgressRouter/,
      );
      expect(location?.pointer).toMatch(/\/\$ref$/);
      expect(location?.line).toBeGreaterThan(0);
      // line:column is where the $ref's value starts, right after its key.
      const line = source[(location?.line ?? 0) - 1] ?? '';
      const column = (location?.column ?? 0) - 1;
      expect(line.slice(0, column)).toMatch(/"\$ref": $/);
      expect(line.slice(column)).toMatch(/^"#\/definitions\/com\.github\.openshift\.api\.networkoperator\.v1\.\w+"/);
      return /networkoperator\.v1\.(\w+)/.exec(warning.message)?.[1];
    });
    expect(named.sort()).toEqual(DANGLING);
  });

  it(
    'fails without allowDanglingRefs, naming the same 4 places',
    async () => {
      const failure = await generateSpec(group.spec(), group.templates()).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(SpecgenError);
      const diagnostics = (failure as SpecgenError).diagnostics;
      expect(diagnostics.map((d) => d.location?.pointer)).toEqual(
        group.result().warnings.map((w) => w.location?.pointer),
      );
      expect(diagnostics.every((d) => d.location?.line !== undefined && d.location.column !== undefined)).toBe(true);
    },
    SLOW,
  );

  it('qualifies colliding short names by their group (image.v1.Image vs config.v1.Image)', () => {
    const types = file(group.result(), 'src/types.ts');
    expect(types).toMatch(/^export interface ImageV1Image \{/m);
    expect(types).toMatch(/^export interface ConfigV1Image \{/m);
    expect(types).not.toMatch(/^export interface Image \{/m);
    expect(gvk(types, 'ImageV1Image')?.['apiVersion']).toBe('image.openshift.io/v1');
    expect(gvk(types, 'ConfigV1Image')?.['apiVersion']).toBe('config.openshift.io/v1');
  });

  it('derives GVKs for OpenShift kinds that the spec does not tag (ImageTag → image.openshift.io/v1)', () => {
    const types = file(group.result(), 'src/types.ts');
    expect(gvk(types, 'ImageTag')).toEqual({
      group: 'image.openshift.io',
      version: 'v1',
      kind: 'ImageTag',
      apiVersion: 'image.openshift.io/v1',
    });
    expect(gvk(types, 'ImageTagList')?.['apiVersion']).toBe('image.openshift.io/v1');
    expect(types.match(/^export const \w+GVK = \{/gm)?.length ?? 0).toBeGreaterThan(200);
  });

  it(
    'generates byte-identical output from the definitions in reverse order (names depend on the keys only)',
    async () => {
      const spec = group.spec();
      const value = spec.value as { definitions: Record<string, Json> };
      expect(isJsonObject(value.definitions)).toBe(true);
      const reversed: SourceDocument = {
        ...spec,
        value: { ...value, definitions: Object.fromEntries(Object.entries(value.definitions).reverse()) },
      };
      const second = await generateSpec(reversed, group.templates(), { allowDanglingRefs: true });
      expect(firstDifference(group.result().files, second.files)).toBeUndefined();
      expect(second.warnings.map((w) => w.location?.pointer).sort()).toEqual(
        group
          .result()
          .warnings.map((w) => w.location?.pointer)
          .sort(),
      );
    },
    SLOW,
  );

  it(
    'compiles under strict (tsgo --noEmit): exit 0, no diagnostics',
    async () => expectClean(await group.check()),
    SLOW,
  );
});

describe('scale: GitHub REST API (OpenAPI 3.0, @octokit/openapi api.github.com.json)', () => {
  const group = scaleGroup('github', githubSpec);

  it('generates a plain (non-Kubernetes) package: no GVKs, one method per operation', () => {
    const types = file(group.result(), 'src/types.ts');
    expect(types).not.toMatch(/GVK = \{/);
    expect(types).toMatch(/^export interface FullRepository \{/m);
    const client = file(group.result(), 'src/client.ts');
    expect(client).toMatch(
      /^ {2}reposGet\(params: ReposGetParams, options\?: RequestOptions\): Promise<FullRepository>;/m,
    );
    expect(client).toMatch(/^ {2}issuesCreate\(/m);
  });

  it(
    'generates byte-identical output a second time',
    async () => {
      const second = await generateSpec(group.spec(), group.templates());
      expect(firstDifference(group.result().files, second.files)).toBeUndefined();
    },
    SLOW,
  );

  it(
    'compiles under strict (tsgo --noEmit): exit 0, no diagnostics',
    async () => expectClean(await group.check()),
    SLOW,
  );
});
