// The build's last step (`npm run build` runs `node dist/precompile.js` after tsc): compiles specgen's own templates
// and runtime partials with Handlebars ahead of time into dist/templates.compiled.js, so a run renders with
// Handlebars' runtime alone instead of parsing and compiling about 400 KB of template text at every start.
// templates/*.hbs and runtime/**/*.ts stay the source of truth: each entry carries the SHA-256 of the text it was
// compiled from, and loadTemplates (generator/templates.ts) uses an entry only while the text still has that hash
// (an edited template without a rebuild falls back to compiling at run time, as a user's template folder does).
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type Handlebars from 'handlebars';
import { PREBUILT_RE2, compiledRe2 } from './re2.js';
import { precompileSource, type TemplateSources } from './render.js';
import {
  COMPILED_TEMPLATES,
  PREBUILT_PARTIALS,
  loadTemplates,
  runtimePartialsRecord,
  sourceHash,
} from './templates.js';

/** The compiled module's text: one entry per template and partial, `{ sha256, spec }`, in sorted key order. */
export function compiledTemplatesModule(sources: TemplateSources, handlebars: typeof Handlebars): string {
  const entries = [
    ...Object.entries(sources.templates).map(([name, source]) => [`template:${name}`, source] as const),
    ...Object.entries(sources.partials).map(([name, source]) => [`partial:${name}`, source] as const),
  ].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const body = entries
    .map(
      ([key, source]) =>
        `  ${JSON.stringify(key)}: { sha256: ${JSON.stringify(sourceHash(source))}, spec: ${precompileSource(handlebars, source)} },\n`,
    )
    .join('');
  return `// Built by \`npm run build\` (generator/precompile.ts) from templates/ and runtime/: do not edit.\nexport default {\n${body}};\n`;
}

/**
 * Compiles the built-in templates and writes them beside the build's modules, with the runtime modules made into
 * partials (dist/runtime-partials.json: a run takes those whose module text is unchanged instead of making them)
 * and the RE2 translator compiled (dist/re2-runtime.json, likewise).
 */
async function writeCompiledTemplates(): Promise<void> {
  const handlebars = createRequire(import.meta.url)('handlebars') as typeof Handlebars;
  const sources = await loadTemplates();
  await writeFile(COMPILED_TEMPLATES, compiledTemplatesModule(sources, handlebars.create()));
  await writeFile(PREBUILT_PARTIALS, JSON.stringify(runtimePartialsRecord()));
  await writeFile(PREBUILT_RE2, JSON.stringify(compiledRe2()));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href)
  await writeCompiledTemplates();
