// `specgen import-docs` end to end: both reference pages are imported, the result goes through the whole pipeline
// (generate, then a strict type-check of every generated file), and the CLI writes it. The imported documents
// refer to shared objects they do not define (ObjectMeta, Time, ...), so they are generated with
// `allowDanglingRefs` (each external typed `unknown`), as `specgen generate --allow-dangling-refs` would.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundle } from '../generator/bundle.js';
import { SpecgenError } from '../generator/errors.js';
import { serializeDocument } from '../generator/import-docs/emit.js';
import { EXTERNAL_EXTENSION, importDocs, type ImportResult } from '../generator/import-docs/index.js';
import { generate } from '../generator/index.js';
import { parseSource } from '../generator/load.js';
import { loadTemplates } from '../generator/templates.js';
import { compileDiagnostics } from './support/compile.js';
import { repoPath } from './support/pipeline.js';

const DOCS = 'test/fixtures/imagetag-reference/docs';
const ADOC = `${DOCS}/imagetag-image-openshift-io-v1.adoc`;
const TEXT = `${DOCS}/imagetag-docs-rendered.txt`;
const run = promisify(execFile);

/** Imports one page of the fixtures, as the CLI would be asked to. */
async function importPage(file: string, apiVersion?: string): Promise<ImportResult> {
  const text = await readFile(repoPath(file), 'utf8');
  return importDocs([{ file, text }], apiVersion !== undefined ? { apiVersion } : {});
}

/** Serializes an imported document, loads it back as the pipeline loads any spec, and generates from it. */
async function generateFromImport(result: ImportResult, file: string) {
  const text = serializeDocument(result.document, file, 'test');
  const spec = bundle(new Map([[file, parseSource(file, text)]]), file);
  return generate(
    { spec },
    { templates: await loadTemplates(), packageName: '@specgen/imported', allowDanglingRefs: true },
  );
}

/**
 * The TypeScript files of a generation, for the in-memory compiler. The Node-only entry (src/node.ts) needs Node's
 * types and does not depend on the spec; test/imagetag.test.ts type-checks it as a package.
 */
function sources(files: readonly { path: string; contents: string }[]): Record<string, string> {
  return Object.fromEntries(
    files
      .filter((file) => /^src\/.*\.ts$/.test(file.path) && file.path !== 'src/node.ts')
      .map((file) => [file.path, file.contents]),
  );
}

describe('import-docs on the AsciiDoc page', () => {
  let result: ImportResult;
  beforeAll(async () => {
    result = await importPage(ADOC);
  });

  it('names the objects as upstream does and leaves shared objects as external $refs', () => {
    const schemas = Object.keys((result.document['components'] as { schemas: object }).schemas);
    expect(schemas).toContain('com.github.openshift.api.image.v1.ImageTag');
    expect(schemas).toContain('com.github.openshift.api.image.v1.TagImportPolicy');
    expect(result.externals).toEqual([
      'com.github.openshift.api.image.v1.ImageTagList',
      'io.k8s.api.core.v1.ObjectReference',
      'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions',
      'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta',
      'io.k8s.apimachinery.pkg.apis.meta.v1.Patch',
      'io.k8s.apimachinery.pkg.apis.meta.v1.Status',
      'io.k8s.apimachinery.pkg.apis.meta.v1.Time',
      'io.k8s.apimachinery.pkg.runtime.RawExtension',
    ]);
    expect(result.document[EXTERNAL_EXTENSION]).toEqual(result.externals);
    // Each external is reported once, at the first place the page links it.
    const externals = result.warnings.filter((warning) => warning.message.startsWith('external: '));
    expect(externals).toHaveLength(8);
    expect(externals.find((warning) => warning.message.includes('meta.v1.ObjectMeta '))?.location).toMatchObject({
      file: ADOC,
      line: 48,
      column: 3,
    });
    expect(result.warnings.filter((warning) => !warning.message.startsWith('external: '))).toEqual([]);
  });

  it('imports every endpoint with its methods, parameters, bodies and responses', () => {
    const paths = result.document['paths'] as Record<string, Record<string, { operationId?: string }>>;
    const operations = Object.entries(paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method]) => method !== 'parameters')
        .map(([method, operation]) => `${method} ${path} ${operation.operationId}`),
    );
    expect(operations.sort()).toEqual([
      'delete /apis/image.openshift.io/v1/namespaces/{namespace}/imagetags/{name} deleteImageOpenshiftIoV1NamespacedImageTag',
      'get /apis/image.openshift.io/v1/imagetags listImageOpenshiftIoV1ImageTagForAllNamespaces',
      'get /apis/image.openshift.io/v1/namespaces/{namespace}/imagetags listImageOpenshiftIoV1NamespacedImageTag',
      'get /apis/image.openshift.io/v1/namespaces/{namespace}/imagetags/{name} readImageOpenshiftIoV1NamespacedImageTag',
      'patch /apis/image.openshift.io/v1/namespaces/{namespace}/imagetags/{name} patchImageOpenshiftIoV1NamespacedImageTag',
      'post /apis/image.openshift.io/v1/namespaces/{namespace}/imagetags createImageOpenshiftIoV1NamespacedImageTag',
      'put /apis/image.openshift.io/v1/namespaces/{namespace}/imagetags/{name} replaceImageOpenshiftIoV1NamespacedImageTag',
    ]);
  });

  it('generates a package that type-checks under strict, with the externals typed unknown', async () => {
    const generated = await generateFromImport(result, 'imported.yaml');
    expect(compileDiagnostics(sources(generated.files))).toEqual([]);
    const types = generated.files.find((file) => file.path === 'src/types.ts')!.contents;
    expect(types).toMatch(/export interface ImageTag \{/);
    expect(types).toMatch(/export interface TagImportPolicy \{[^}]*importMode\?: string/);
    const dangling = generated.warnings.filter((warning) => warning.message.startsWith('dangling $ref'));
    const targets = new Set(dangling.map((warning) => /#\/components\/schemas\/(\S+)/.exec(warning.message)![1]));
    expect([...targets].sort()).toEqual(result.externals);
  });

  it('is deterministic, and YAML and JSON hold the same document', async () => {
    const again = await importPage(ADOC);
    const yaml = serializeDocument(result.document, 'a.yaml', 'header');
    expect(serializeDocument(again.document, 'a.yaml', 'header')).toBe(yaml);
    const json = serializeDocument(result.document, 'a.json', 'header');
    expect(parseYaml(yaml)).toEqual(JSON.parse(json));
    expect(yaml.startsWith('# header\ncomponents:\n')).toBe(true);
  });
});

describe('import-docs on the plain-text page', () => {
  let result: ImportResult;
  beforeAll(async () => {
    result = await importPage(TEXT, 'image.openshift.io/v1');
  });

  it('reads what is there and reports, without failing, the line:column where the text is cut off', () => {
    const cut = result.warnings.filter((warning) => warning.message.startsWith('the text is cut off'));
    expect(cut).toHaveLength(1);
    expect(cut[0]!.location).toMatchObject({ file: TEXT, line: 526, column: 107 });
    expect(cut[0]!.message).toContain('mid-sentence ("…the image stream tag is used in deploym")');
    expect(cut[0]!.message).toContain('.spec.referencePolicy (property type)');
    const policy = (result.document['components'] as { schemas: Record<string, { properties: object }> }).schemas[
      'com.github.openshift.api.image.v1.TagImportPolicy'
    ]!;
    expect(Object.keys(policy.properties)).toEqual(['insecure', 'scheduled']);
  });

  it('warns when the page names no group/version and no --api-version is given', async () => {
    const bare = await importPage(TEXT);
    expect(bare.warnings.map((warning) => warning.message)).toContainEqual(
      expect.stringContaining('names no API group/version'),
    );
    expect(Object.keys((bare.document['components'] as { schemas: object }).schemas)).toContain('ImageTag');
  });

  it('generates a package that type-checks under strict', async () => {
    const generated = await generateFromImport(result, 'imported.json');
    expect(compileDiagnostics(sources(generated.files))).toEqual([]);
  });
});

describe('import-docs on several pages', () => {
  it('merges them into one document: the first definition wins, the later one is reported where it is', async () => {
    const pages = await Promise.all(
      [ADOC, TEXT].map(async (file) => ({ file, text: await readFile(repoPath(file), 'utf8') })),
    );
    const merged = importDocs(pages, { apiVersion: 'image.openshift.io/v1' });
    const alone = await importPage(ADOC);
    expect(merged.document['components']).toEqual(alone.document['components']);
    expect(merged.document['paths']).toEqual(alone.document['paths']);
    const conflict = merged.warnings.find((warning) =>
      warning.message.startsWith('com.github.openshift.api.image.v1.TagReference '),
    );
    expect(conflict?.location).toMatchObject({ file: TEXT, line: 426, column: 1 });
  });
});

describe('import-docs errors', () => {
  it('rejects a file that is not a reference page, naming it', () => {
    expect(() => importDocs([{ file: 'notes.txt', text: 'just some notes\n' }])).toThrowError(SpecgenError);
    expect(() => importDocs([{ file: 'notes.txt', text: 'just some notes\n' }])).toThrow(/^notes\.txt:1:1: not an/);
  });

  it('reads an AsciiDoc page cut off inside a table up to the cut, with a warning at the cut', async () => {
    const text = (await readFile(repoPath(ADOC), 'utf8')).split('\n').slice(0, 500).join('\n');
    const result = importDocs([{ file: 'cut.adoc', text }]);
    const cut = result.warnings.find((warning) => warning.message.startsWith('the page is cut off here'));
    expect(cut?.message).toContain('inside the table opened at line');
    expect(cut?.location).toMatchObject({ file: 'cut.adoc', line: 500 });
    const schemas = (result.document['components'] as { schemas: Record<string, unknown> }).schemas;
    expect(schemas['com.github.openshift.api.image.v1.TagReference']).toBeDefined();
  });
});

describe('specgen import-docs (the built CLI)', () => {
  let work: string;
  const bin = repoPath('bin/specgen.js');
  const specgen = async (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
    try {
      const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: repoPath('.') });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'specgen-import-docs-'));
  });

  it('writes YAML from the AsciiDoc page and the result generates', async () => {
    const out = join(work, 'imagetag.yaml');
    const result = await specgen(['import-docs', ADOC, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/imagetag\.yaml: 14 schemas, 3 paths, 8 external \(\d+ ms\)\n$/);
    expect(result.stderr).toContain(`warning: ${ADOC}:48:3: external: io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta`);
    const document = parseYaml(await readFile(out, 'utf8')) as Record<string, unknown>;
    expect(document['openapi']).toBe('3.0.3');
    const generated = await specgen([
      'generate',
      '--spec',
      out,
      '--out',
      join(work, 'pkg'),
      '--name',
      '@x/imagetag',
      '--allow-dangling-refs',
    ]);
    expect(generated.code).toBe(0);
  });

  it('writes JSON from the plain-text page and reports the cut with file:line:column', async () => {
    const out = join(work, 'rendered.json');
    const result = await specgen(['import-docs', TEXT, '--api-version', 'image.openshift.io/v1', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`warning: ${TEXT}:526:107: the text is cut off here, mid-sentence`);
    expect(JSON.parse(await readFile(out, 'utf8'))).toMatchObject({ openapi: '3.0.3' });
  });

  it('exits 2 on bad usage and 1 on a missing page', async () => {
    const noOut = await specgen(['import-docs', ADOC]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('--out is required');
    const missing = await specgen(['import-docs', 'nope.adoc', '--out', join(work, 'x.yaml')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nope.adoc: file not found');
    const help = await specgen(['import-docs', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: specgen import-docs PAGE... --out FILE');
  });
});
