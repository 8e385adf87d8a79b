// The build compiles specgen's own templates ahead of time (generator/precompile.ts → dist/templates.compiled.js), and
// a run renders with Handlebars' runtime alone. These tests hold that path to the one that compiles at run time:
// the same output, and templates/*.hbs and runtime/ stay the source of truth (an entry is used only for the exact
// text it was compiled from).
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { bundle } from '../generator/bundle.js';
import { generate, type GenerateResult } from '../generator/index.js';
import { loadFile, loadSpecFiles } from '../generator/load.js';
import { compiledTemplatesModule } from '../generator/precompile.js';
import { compiledRe2 } from '../generator/re2.js';
import type { CompiledTemplate, TemplateSources } from '../generator/render.js';
import { loadTemplates, runtimePartialsRecord } from '../generator/templates.js';
import { repoPath } from './support/pipeline.js';

const run = promisify(execFile);

/** The compiled module for `sources`, written and imported as the build's output is: its specs by key. */
async function compile(sources: TemplateSources): Promise<Record<string, CompiledTemplate>> {
  const dir = await mkdtemp(join(tmpdir(), 'specgen-precompiled-'));
  const file = join(dir, 'templates.compiled.mjs');
  await writeFile(file, compiledTemplatesModule(sources, Handlebars.create()));
  const module = (await import(pathToFileURL(file).href)) as {
    default: Record<string, { sha256: string; spec: CompiledTemplate }>;
  };
  return Object.fromEntries(Object.entries(module.default).map(([key, entry]) => [key, entry.spec]));
}

/** ImageTag's package rendered with the given templates. */
async function imagetag(templates: TemplateSources): Promise<GenerateResult> {
  const specFile = repoPath('specs/imagetag.openapi.yaml');
  const spec = bundle(await loadSpecFiles(specFile), specFile);
  const overlays = [await loadFile(repoPath('specs/imagetag.overlay.yaml'))];
  return generate({ spec, overlays }, { templates, packageName: '@specgen/imagetag' });
}

/** A copy of the built CLI (bin, dist, templates, runtime, specs; node_modules linked) in a new temporary folder. */
async function builtCopy(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  for (const path of ['bin', 'dist', 'templates', 'runtime', 'package.json', 'specs'])
    await cp(repoPath(path), join(dir, path), { recursive: true });
  await symlink(repoPath('node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Runs the copied CLI on ImageTag's spec, writing its sources to `out/` in the copy. */
async function generateSources(dir: string): Promise<void> {
  await mkdir(join(dir, 'out'));
  await run(
    process.execPath,
    [
      'bin/specgen.js',
      'generate',
      '--spec',
      'specs/imagetag.openapi.yaml',
      '--out',
      'out',
      '--name',
      'x',
      '--output',
      'sources',
    ],
    { cwd: dir },
  );
}

describe('precompiled templates', () => {
  it('render the same files as templates compiled at run time, and are the ones used', async () => {
    const sources = await loadTemplates();
    // Running from the sources there is no build output beside generator/templates.ts: nothing precompiled.
    expect(sources.compiled).toEqual({});
    const compiled = await compile(sources);
    expect(Object.keys(compiled).sort()).toEqual(
      [
        ...Object.keys(sources.templates).map((name) => `template:${name}`),
        ...Object.keys(sources.partials).map((name) => `partial:${name}`),
      ].sort(),
    );
    const atRunTime = await imagetag(sources);
    const ahead = await imagetag({ ...sources, compiled });
    expect(ahead.files.map((file) => file.path)).toEqual(atRunTime.files.map((file) => file.path));
    for (const [index, file] of ahead.files.entries())
      expect(file.contents, file.path).toBe(atRunTime.files[index]!.contents);
    // The compiled banner is what renders (not the source text beside it): a different compiled banner shows.
    const other = await compile({ templates: {}, partials: { banner: '// another banner {{title}}\n' } });
    const swapped = await imagetag({
      ...sources,
      compiled: { ...compiled, 'partial:banner': other['partial:banner']! },
    });
    expect(swapped.files.find((file) => file.path === 'src/types.ts')!.contents).toMatch(/^\/\/ another banner /);
  });

  it('are all or nothing: one source without a compiled form means every source is compiled at run time', async () => {
    const sources = await loadTemplates();
    const { 'partial:banner': _banner, ...rest } = await compile(sources);
    const bannerless = { ...sources, partials: { ...sources.partials, banner: '// edited banner {{title}}\n' } };
    const result = await imagetag({ ...bannerless, compiled: rest });
    expect(result.files.find((file) => file.path === 'src/types.ts')!.contents).toMatch(/^\/\/ edited banner /);
  });

  it('a template edited after the build is rendered from its text (the built CLI checks the hash)', async () => {
    // A copy of the built CLI (npm test builds it first) with an edited banner and no rebuild.
    const dir = await builtCopy('specgen-precompiled-cli-');
    expect(await readFile(join(dir, 'dist/templates.compiled.js'), 'utf8')).toContain('"partial:banner"');
    const banner = join(dir, 'templates/partials/banner.hbs');
    await writeFile(banner, `// Edited after the build: {{title}}\n`);
    await generateSources(dir);
    expect(await readFile(join(dir, 'out/types.ts'), 'utf8')).toMatch(/^\/\/ Edited after the build: /);
  }, 60_000);

  it("the build's runtime partials are the ones made from runtime/ now, and a run uses them", async () => {
    const record = JSON.parse(await readFile(repoPath('dist/runtime-partials.json'), 'utf8')) as unknown;
    expect(record).toEqual(runtimePartialsRecord());
    const built = (await import(
      pathToFileURL(repoPath('dist/templates.js')).href
    )) as typeof import('../generator/templates.js');
    expect(built.readTemplates().partials).toEqual((await loadTemplates()).partials);
  });

  it("the build's RE2 translator is the one compiled from runtime/ now", async () => {
    const record = JSON.parse(await readFile(repoPath('dist/re2-runtime.json'), 'utf8')) as unknown;
    expect(record).toEqual(compiledRe2());
  });

  it('a runtime module edited after the build is made into a partial from its text (the built CLI checks the hash)', async () => {
    const dir = await builtCopy('specgen-prebuilt-partials-');
    const module = join(dir, 'runtime/client.ts');
    await writeFile(module, `// Edited after the build.\n${await readFile(module, 'utf8')}`);
    await generateSources(dir);
    expect(await readFile(join(dir, 'out/client.ts'), 'utf8')).toContain('// Edited after the build.\n');
    expect(await readFile(repoPath('generated/imagetag/src/client.ts'), 'utf8')).not.toContain(
      'Edited after the build',
    );
  }, 60_000);
});
