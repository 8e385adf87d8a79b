// The large real specs of the scale tests and benchmarks: where they are, and how to run the pipeline on them.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { bundle } from '../../generator/bundle.js';
import type { SourceDocument } from '../../generator/document.js';
import { generate, type GenerateResult } from '../../generator/index.js';
import { loadSpecFiles } from '../../generator/load.js';
import type { TemplateSources } from '../../generator/render.js';
import { repoPath } from './pipeline.js';

/**
 * The shared folder sits beside the repository (`../shared` from its root): on a developer's machine and in CI,
 * which copies it next to the clone. Undefined when it is absent (a bare clone), so the tests that need it skip.
 */
export const SHARED_SPECS: string | undefined = ((): string | undefined => {
  const folder = join(repoPath('.'), '..', 'shared', 'reference', 'specs-at-scale');
  return existsSync(folder) ? folder : undefined;
})();

/** Why the shared-spec groups skip, when they do. */
export const SHARED_MISSING_REASON =
  'skipped: ../shared/reference/specs-at-scale/ is not beside the repository (CI copies shared/ next to the clone)';

/** A spec of the shared folder by file name (only call it when SHARED_SPECS is set). */
export function sharedSpec(name: string): string {
  if (SHARED_SPECS === undefined) throw new Error(SHARED_MISSING_REASON);
  return join(SHARED_SPECS, name);
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
