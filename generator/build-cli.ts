// The build's last step (`npm run build` runs `node dist/build-cli.js` after tsc and the template precompile): the
// CLI's modules as one file, dist/cli.bundle.js, which bin/specgen.js runs. A cold run otherwise resolves, reads,
// compiles and links some 120 ES modules of dist/ plus the YAML library's CommonJS files one by one: as one module
// that costs about 40 ms less of CPU per run (ImageTag, measured against the unbundled build). Modules reached only
// through `import()` stay lazy (esbuild initializes a bundled module when it is first imported). The packages the
// CLI loads on demand stay outside: Prettier (loaded only for chunks the printers did not lay out), oxc-transform
// (native), Handlebars (required when rendering) and TypeScript (for specgen.config.ts only). dist/ keeps every
// module as well: the package entry (dist/public.js) and the format worker load them one by one.
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The bundled CLI, beside the build's modules. */
export const CLI_BUNDLE = fileURLToPath(new URL('./cli.bundle.js', import.meta.url));

/** Packages the bundle imports at run time instead of holding. */
const EXTERNAL = ['prettier', 'prettier/*', 'oxc-transform', 'handlebars', 'handlebars/*', 'typescript'];

/** Bundles dist/cli.js into dist/cli.bundle.js with esbuild (a dev dependency: only the build runs this). */
async function bundleCli(): Promise<void> {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [fileURLToPath(new URL('./cli.js', import.meta.url))],
    outfile: CLI_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: EXTERNAL,
    // The YAML library is CommonJS and requires Node's own modules: an ES module has no `require` of its own.
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

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await bundleCli();
