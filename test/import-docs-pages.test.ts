// Every OpenShift API reference page we have (test/fixtures/reference/openshift-docs/, vendored from
// ../shared/reference/openshift-docs/, in the docs' current and older layouts) imports, generates with no flag and
// compiles under strict: each page alone, and all image.openshift.io pages together as one API.
import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundle } from '../generator/bundle.js';
import { isJsonObject, type JsonObject } from '../generator/document.js';
import { serializeDocument } from '../generator/import-docs/emit.js';
import { importDocs, type ImportResult } from '../generator/import-docs/index.js';
import { generate, type GenerateResult } from '../generator/index.js';
import { parseSource } from '../generator/load.js';
import { loadTemplates } from '../generator/templates.js';
import { compileDiagnostics } from './support/compile.js';
import { repoPath } from './support/pipeline.js';

const DOCS = 'test/fixtures/reference/openshift-docs';
const PAGES = readdirSync(repoPath(DOCS))
  .filter((name) => name.endsWith('.adoc'))
  .sort()
  .map((name) => `${DOCS}/${name}`);
const OLDER = 'test/fixtures/imagetag-reference/docs/imagetag-image-openshift-io-v1.adoc';
const TEXT = 'test/fixtures/imagetag-reference/docs/imagetag-docs-rendered.txt';
const IMAGE_PAGES = [...PAGES.filter((page) => /-image-openshift-io-v1/.test(page)), OLDER, TEXT];

/** Imports pages as the CLI would be asked to, with no option. */
function importPages(files: readonly string[]): ImportResult {
  return importDocs(files.map((file) => ({ file, text: readFileSync(repoPath(file), 'utf8') })));
}

/** Serializes, loads back as any spec is loaded, and generates with no flag (dangling references are errors). */
async function generateImported(result: ImportResult, name: string): Promise<GenerateResult> {
  const file = `${name}.yaml`;
  const spec = bundle(new Map([[file, parseSource(file, serializeDocument(result.document, file, 'test'))]]), file);
  return generate({ spec }, { templates: await loadTemplates(), packageName: `@imported/${name}` });
}

/** The path parameters an operation declares (its path item's and its own). */
function declaredPathParameters(item: JsonObject, operation: JsonObject): string[] {
  return [
    ...((item['parameters'] as JsonObject[] | undefined) ?? []),
    ...((operation['parameters'] as JsonObject[] | undefined) ?? []),
  ]
    .filter((parameter) => parameter['in'] === 'path')
    .map((parameter) => String(parameter['name']))
    .sort();
}

const cases: readonly { readonly name: string; readonly files: readonly string[] }[] = [
  ...PAGES.map((page) => ({
    name: page
      .split('/')
      .at(-1)!
      .replace(/\.adoc$/, ''),
    files: [page],
  })),
  { name: 'all-image-pages', files: IMAGE_PAGES },
];

describe('import-docs on every reference page', () => {
  const imported = new Map<string, ImportResult>();
  const generated = new Map<string, GenerateResult>();
  beforeAll(async () => {
    for (const { name, files } of cases) {
      const result = importPages(files);
      imported.set(name, result);
      generated.set(name, await generateImported(result, name));
    }
  });

  it('has the pages it claims: four image pages in two layouts, and a page of another group', () => {
    expect(PAGES.map((page) => page.split('/').at(-1))).toEqual([
      'image-image-openshift-io-v1.adoc',
      'imagestream-image-openshift-io-v1.adoc',
      'imagestreamtag-image-openshift-io-v1.adoc',
      'imagetag-image-openshift-io-v1.current-layout.adoc',
      'route-route-openshift-io-v1.adoc',
    ]);
  });

  it.each(cases)('$name: imports with no external and no warning (but the cut in the text copy)', ({ name }) => {
    const result = imported.get(name)!;
    expect(result.externals).toEqual([]);
    const warnings = result.warnings.map((warning) => warning.message);
    const expected = name === 'all-image-pages' ? [/^the text is cut off here/, /is defined differently by/] : [];
    expect(warnings.filter((message) => !expected.some((pattern) => pattern.test(message)))).toEqual([]);
  });

  it.each(cases)('$name: every operation declares every parameter of its path template', ({ name }) => {
    const paths = imported.get(name)!.document['paths'] as Record<string, JsonObject>;
    expect(Object.keys(paths).length).toBeGreaterThan(0);
    for (const [path, item] of Object.entries(paths)) {
      const template = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!).sort();
      for (const [method, operation] of Object.entries(item))
        if (method !== 'parameters' && isJsonObject(operation))
          expect(declaredPathParameters(item, operation), `${method} ${path}`).toEqual(template);
    }
  });

  it.each(cases)('$name: generates with no flag and no dangling reference', ({ name }) => {
    const result = generated.get(name)!;
    expect(result.warnings.filter((warning) => /dangling/.test(warning.message))).toEqual([]);
    expect(result.files.map((file) => file.path)).toContain('src/client.ts');
  });

  it('all of them compile under strict', () => {
    const sources: Record<string, string> = {};
    // The Node-only entries (node.ts, testing.ts) need Node's types; the ImageTag package compiles them with its own
    // tsconfig (test/imagetag.test.ts).
    for (const [name, result] of generated)
      for (const file of result.files)
        if (/^src\/.*\.ts$/.test(file.path) && file.path !== 'src/node.ts' && file.path !== 'src/testing.ts')
          sources[`${name}/${file.path}`] = file.contents;
    expect(compileDiagnostics(sources)).toEqual([]);
  });

  it('all image pages together are one API: each kind once, with its list, under image.openshift.io/v1', () => {
    const schemas = Object.keys(
      (imported.get('all-image-pages')!.document['components'] as { schemas: JsonObject }).schemas,
    );
    for (const kind of ['Image', 'ImageStream', 'ImageStreamTag', 'ImageTag'])
      for (const name of [kind, `${kind}List`]) expect(schemas).toContain(`com.github.openshift.api.image.v1.${name}`);
    expect(
      schemas.filter((key) => !key.startsWith('com.github.openshift.api.image.v1.') && !key.startsWith('io.k8s.')),
    ).toEqual([]);
    const types = generated.get('all-image-pages')!.files.find((file) => file.path === 'src/types.ts')!.contents;
    expect(types).not.toMatch(/interface V1Image\b/);
  });
});
