import { fileURLToPath } from 'node:url';
import { bundle } from '../../generator/bundle.js';
import { loadConfig } from '../../generator/config.js';
import { generate, type GenerateResult } from '../../generator/index.js';
import { loadFile, loadSpecFiles } from '../../generator/load.js';
import { loadTemplates } from '../../generator/templates.js';

/** Absolute path of a file in the repository. */
export function repoPath(relative: string): string {
  return fileURLToPath(new URL(`../../${relative}`, import.meta.url));
}

/** Runs the whole pipeline on a spec file (and overlays) from the repository, as the CLI does, without writing. */
export async function generateFrom(
  specFile: string,
  overlayFiles: readonly string[] = [],
  packageName = '@specgen/test',
  packageVersion?: string,
  sourceMaps?: boolean,
): Promise<GenerateResult> {
  const files = await loadSpecFiles(repoPath(specFile));
  const spec = bundle(files, repoPath(specFile));
  const overlays = await Promise.all(overlayFiles.map((file) => loadFile(repoPath(file))));
  return generate(
    { spec, overlays },
    {
      templates: await loadTemplates(),
      packageName,
      ...(packageVersion !== undefined ? { packageVersion } : {}),
      ...(sourceMaps !== undefined ? { sourceMaps } : {}),
    },
  );
}

/** The ImageTag package exactly as `npm run generate` builds it: the job of specgen.config.json. */
export async function generateImageTag(): Promise<GenerateResult> {
  const [job] = await loadConfig(repoPath('specgen.config.json'), repoPath('.'));
  return generateFrom(job!.spec, job!.overlays, job!.name, job!.packageVersion, job!.sourceMaps);
}
