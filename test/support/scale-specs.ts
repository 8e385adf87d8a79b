// The large real specs of the scale tests and benchmarks: where they are, and how to run the pipeline on them.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { bundle } from '../../generator/bundle.js';
import type { SourceDocument } from '../../generator/document.js';
import { generate, type GenerateResult } from '../../generator/index.js';
import { loadSpecFiles } from '../../generator/load.js';
import type { TemplateSources } from '../../generator/render.js';
import { repoPath } from './pipeline.js';

/** The large real specs, vendored into the repository (test/fixtures/reference/specs-at-scale/README.md). */
export const SCALE_SPECS: string = repoPath('test/fixtures/reference/specs-at-scale');

/** A vendored large spec by file name. */
export function sharedSpec(name: string): string {
  return join(SCALE_SPECS, name);
}

/** GitHub's OpenAPI 3 document, as the pinned `@octokit/openapi` devDependency ships it. */
export function githubSpec(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@octokit/openapi/package.json')), 'generated', 'api.github.com.json');
}

/** Loads and bundles a spec file, as the CLI does. */
export async function loadSpec(file: string): Promise<SourceDocument> {
  return bundle(await loadSpecFiles(file), file);
}

/** Runs the whole pipeline on a loaded spec, without writing. */
export function generateSpec(
  spec: SourceDocument,
  templates: TemplateSources,
  options: { readonly allowDanglingRefs?: boolean } = {},
): Promise<GenerateResult> {
  return generate({ spec }, { templates, packageName: '@specgen/scale', ...options });
}

/**
 * Why two outputs differ, in a few lines (a failed `toEqual` on megabytes of code would print all of it):
 * undefined when they are identical.
 */
export function firstDifference(first: GenerateResult['files'], second: GenerateResult['files']): string | undefined {
  const paths = (files: GenerateResult['files']) => files.map((file) => file.path).join(', ');
  if (paths(first) !== paths(second)) return `different files: [${paths(first)}] vs [${paths(second)}]`;
  for (const [index, file] of first.entries()) {
    const other = second[index]!.contents;
    if (file.contents === other) continue;
    const a = file.contents.split('\n');
    const b = other.split('\n');
    const line = a.findIndex((text, at) => text !== b[at]);
    const at = line === -1 ? Math.min(a.length, b.length) : line;
    return `${file.path} differs first at line ${at + 1}:\n- ${a[at] ?? '<end>'}\n+ ${b[at] ?? '<end>'}`;
  }
  return undefined;
}
