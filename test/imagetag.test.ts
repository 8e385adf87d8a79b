import { beforeAll, describe, expect, it } from 'vitest';
import type { GenerateResult } from '../generator/index.js';
import { formatText } from '../generator/format.js';
import { compileDiagnostics, packageDiagnostics } from './support/compile.js';
import { generateImageTag, repoPath } from './support/pipeline.js';

let result: GenerateResult;
beforeAll(async () => {
  result = await generateImageTag();
});

const file = (path: string): string => {
  const found = result.files.find((candidate) => candidate.path === path);
  if (!found) throw new Error(`${path} was not generated`);
  return found.contents;
};

describe('generated/imagetag (golden)', () => {
  it('matches the committed output file by file (run `npm run generate` after an intended change)', async () => {
    for (const generated of result.files) {
      await expect(generated.contents).toMatchFileSnapshot(repoPath(`generated/imagetag/${generated.path}`));
    }
  });

  it('produces no warnings', () => {
    expect(result.warnings).toEqual([]);
  });
});

describe('formatting', () => {
  // Most validator code is laid out by the printer itself (generator/print/layout.ts) instead of going through
  // Prettier: this proves the layout is exactly Prettier's, file by file.
  it('is exactly what Prettier prints, for every file', async () => {
    for (const generated of result.files.filter((file) => /^src\/.*\.ts$/.test(file.path))) {
      expect(await formatText(generated.contents, 'typescript'), generated.path).toBe(generated.contents);
    }
  });
});

describe('types.ts', () => {
  const models = [
    'ImageTag',
    'ImageTagList',
    'TagReference',
    'TagImportPolicy',
    'TagReferencePolicy',
    'NamedTagEventList',
    'TagEvent',
    'TagEventCondition',
    'Image',
    'ImageLayer',
    'ImageManifest',
    'ImageSignature',
    'SignatureCondition',
    'SignatureIssuer',
    'SignatureSubject',
    'ObjectMeta',
    'ListMeta',
    'ObjectReference',
    'OwnerReference',
    'ManagedFieldsEntry',
    'Status',
    'StatusDetails',
    'StatusCause',
    'DeleteOptions',
    'Preconditions',
    'Patch',
    'FieldsV1',
    'RawExtension',
    'Time',
    'ShardInfo',
  ];
  it.each(models)('declares %s', (name) => {
    expect(file('src/types.ts')).toMatch(new RegExp(`^export (interface|type) ${name}\\b`, 'm'));
  });

  it('compiles under strict with no diagnostic (browser-safe modules in memory, without Node types)', () => {
    const browserSafe = result.files.filter(
      (f) => /^src\/.*\.ts$/.test(f.path) && f.path !== 'src/node.ts' && f.path !== 'src/testing.ts',
    );
    expect(compileDiagnostics(Object.fromEntries(browserSafe.map((f) => [f.path, f.contents])))).toEqual([]);
  });

  it('compiles as a package under strict, the Node entry included (its own tsconfig.json)', () => {
    expect(packageDiagnostics(repoPath('generated/imagetag/tsconfig.json'))).toEqual([]);
  });

  it('types Kubernetes kinds with literal apiVersion and kind, and exports GVK constants', () => {
    const types = file('src/types.ts');
    expect(types).toMatch(
      /export interface ImageTag \{[^]*?apiVersion\?: "image\.openshift\.io\/v1" \| "v1";[^]*?kind\?: "ImageTag";/,
    );
    expect(types).toContain('export const ImageTagGVK = {');
    expect(types).toMatch(
      /ImageTagGVK = \{\s*group: "image\.openshift\.io",\s*version: "v1",\s*kind: "ImageTag",\s*apiVersion: "image\.openshift\.io\/v1",?\s*\} as const;/,
    );
  });

  it('carries the real wire: Go nulls, fields left out of list items, zero times', () => {
    const types = file('src/types.ts');
    expect(types).toMatch(/\n  spec\?: TagReference \| null;/);
    expect(types).toMatch(/\n  image\?: Image \| null;/);
    expect(types).toMatch(/\n  creationTimestamp\?: Time \| null;/);
    expect(types).toMatch(/\n  annotations\?: \{\s*\[key: string\]: string;\s*\} \| null;/);
    expect(types).toMatch(/\n  generation\?: number \| null;/);
  });

  it('types free-form objects as any JSON object, never Record<string, never>', () => {
    const types = file('src/types.ts');
    expect(types).toMatch(/export interface FieldsV1 \{\s*\[key: string\]: unknown;\s*\}/);
    expect(types).toMatch(/export interface RawExtension \{\s*\[key: string\]: unknown;\s*\}/);
    expect(types).not.toContain('Record<string, never>');
  });

  it('does not make a property required because of default: {}', () => {
    expect(file('src/types.ts')).toMatch(/\n  metadata\?: ObjectMeta/);
  });

  it('keeps the overlay enums', () => {
    const types = file('src/types.ts');
    expect(types).toMatch(/type\?: "" \| "Local" \| "Source";/);
    expect(types).toMatch(/importMode\?: "" \| "Legacy" \| "PreserveOriginal";/);
  });

  it('writes JSDoc from descriptions with @default and @format', () => {
    const types = file('src/types.ts');
    expect(types).toContain('ImageTag represents a single tag within an image stream');
    expect(types).toMatch(/@format int64/);
    expect(types).toMatch(/@format date-time/);
  });
});
