// Generated validators, built in memory and imported: the pipeline up to render (formatting only changes layout),
// validators.ts transpiled to JavaScript and loaded from a temporary file.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { bundle } from '../../generator/bundle.js';
import type { SourceDocument } from '../../generator/document.js';
import { loadFile, loadSpecFiles } from '../../generator/load.js';
import { normalize } from '../../generator/normalize.js';
import { applyOverlay } from '../../generator/overlay.js';
import { parse } from '../../generator/parse/index.js';
import { render } from '../../generator/render.js';
import { loadTemplates } from '../../generator/templates.js';
import { upgrade } from '../../generator/upgrade.js';
import { buildViews, type ViewOptions } from '../../generator/views/index.js';

/** One field error as the generated validators report it. */
export interface LiveFieldError {
  readonly path: string;
  readonly type: string;
  readonly message: string;
}

/** The options every generated validator takes. */
export interface LiveOptions {
  readonly mode?: 'request' | 'response';
  readonly unknownFields?: 'ignore' | 'reject';
}

/** A loaded validators module: `validate<Model>` by model name, and the generation warnings. */
export interface LiveValidators {
  readonly validate: (
    model: string,
    value: unknown,
    options?: LiveOptions,
  ) => { valid: true } | { valid: false; errors: LiveFieldError[] };
  readonly is: (model: string, value: unknown, options?: LiveOptions) => boolean;
  readonly warnings: readonly string[];
  readonly exports: Readonly<Record<string, unknown>>;
  /** Model names by Kubernetes kind, keyed `group/version/Kind` (`v1/Pod` for the core group). */
  readonly kinds: ReadonlyMap<string, string>;
  /** The generated validators.ts. */
  readonly source: string;
}

/** Generates validators for a spec file (and overlays) and imports them. */
export async function liveValidators(
  specFile: string,
  overlays: readonly string[] = [],
  viewOptions: Partial<ViewOptions> = {},
): Promise<LiveValidators> {
  const spec: SourceDocument = bundle(await loadSpecFiles(specFile), specFile);
  const overlayDocuments = await Promise.all(overlays.map((file) => loadFile(file)));
  const overlaid = overlayDocuments.reduce(applyOverlay, upgrade(spec));
  const { api, warnings } = parse(normalize(overlaid));
  const views = buildViews(api, { packageName: '@specgen/live', ...viewOptions });
  const files = render(views, await loadTemplates());
  const source = files.find((file) => file.path === 'src/validators.ts')!.contents;
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    reportDiagnostics: false,
  });
  const dir = await mkdtemp(join(tmpdir(), 'specgen-live-'));
  try {
    const path = join(dir, 'validators.mjs');
    await writeFile(path, outputText);
    const exports = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
    const fn = (name: string) => {
      const found = exports[name];
      if (typeof found !== 'function') throw new Error(`no export ${name}`);
      return found as (value: unknown, options?: LiveOptions) => never;
    };
    return {
      validate: (model, value, options) => fn(`validate${model}`)(value, options),
      is: (model, value, options) => fn(`is${model}`)(value, options),
      warnings: [...warnings.map((warning) => warning.message), ...views.validators.warnings],
      exports,
      source,
      kinds: new Map(
        api.models.flatMap((model) =>
          model.gvk === undefined ? [] : [[apiVersionOf(model.gvk) + '/' + model.gvk.kind, model.name] as const],
        ),
      ),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The apiVersion a manifest gives for a group and version: `v1` for the core group, `apps/v1` otherwise. */
function apiVersionOf(gvk: { readonly group: string; readonly version: string }): string {
  return gvk.group === '' ? gvk.version : `${gvk.group}/${gvk.version}`;
}
