// The build's last step (`npm run build` runs `node dist/build-cli.js` after tsc and the template precompile): the
// CLI bundled into a few modules, dist/cli.bundle.js (what bin/specgen.js runs) and the chunks it imports when a
// command needs them (dist/cli.chunk-<hash>.js: the pipeline, import-docs, ...). A cold run otherwise resolves, reads,
// compiles and links some 120 ES modules of dist/ one by one; bundled, an ImageTag run costs about 50 ms less CPU, and
// split at the CLI's own `import()`s, `--version`, `--help` and a no-op run load no more than before (one file of
// everything took 40 ms longer for `--version`). Handlebars' runtime is bundled with the pipeline (about 8 ms less than
// Node's CommonJS loader reading its files one by one). What the CLI loads only on demand stays outside: Prettier (for
// chunks the printers did not lay out), oxc-transform (native), Handlebars' compiler (required by its path, for
// templates that are not precompiled), TypeScript (for specgen.config.ts) and the YAML library (for YAML outside the
// common subset load/yaml-common.ts reads, to place errors and locate pointers, and for import-docs). dist/ keeps
// every module as well: the package entry (dist/public.js) and the format worker load them one by one.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Packages the bundle imports at run time instead of holding. */
const EXTERNAL = ['prettier', 'prettier/*', 'oxc-transform', 'typescript', 'yaml'];

/** Bundles dist/cli.js into dist/cli.bundle.js and its chunks with esbuild (a dev dependency: only the build runs it). */
async function bundleCli(): Promise<void> {
  const { build } = await import('esbuild');
  await build({
    entryPoints: { 'cli.bundle': fileURLToPath(new URL('./cli.js', import.meta.url)) },
    // Beside the modules (they find templates/ and runtime/ from their own URL); one chunk per lazily loaded part.
    outdir: fileURLToPath(new URL('.', import.meta.url)),
    splitting: true,
    chunkNames: 'cli.chunk-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: EXTERNAL,
    // Bundled CommonJS modules require Node's own modules: an ES module has no `require` of its own.
    banner: {
      js: "import { createRequire as $specgenCreateRequire } from 'node:module';\nconst require = $specgenCreateRequire(import.meta.url);",
    },
    // The bundle names each module it holds in a comment, by path from the package: keep those paths the same
    // wherever the package is built (node_modules may be a link), so the build, and specgen's identity, are too.
    absWorkingDir: fileURLToPath(new URL('..', import.meta.url)),
    preserveSymlinks: true,
    logLevel: 'warning',
  });
}

/**
 * Records the generator's identity beside the bundle, once everything in dist/ is written: the bundled CLI reads it
 * instead of hashing dist/ at every start (`recordedIdentity` in job.ts); the record is no `.js`/`.json` file, so
 * the hash it records is the one `generatorIdentity` computes (the package entry still computes it).
 */
async function recordIdentity(): Promise<void> {
  const { RECORDED_IDENTITY, generatorIdentity } = await import('./job.js');
  await writeFile(new URL(RECORDED_IDENTITY, import.meta.url), `${await generatorIdentity()}\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await bundleCli();
  await recordIdentity();
}
