import { locationOf, type SourceDocument } from './document.js';
import { SpecgenError, type Diagnostic } from './errors.js';
import { emitter, type OutputKind } from './emit.js';
import { format } from './format.js';
import { checkLimits } from './load.js';
import { normalize, type NormalizeOptions } from './normalize.js';
import { applyOverlay } from './overlay.js';
import { parse, type ParseOptions } from './parse/index.js';
import { createRe2 } from './re2.js';
import { renderEach, type OutputFile, type TemplateSources } from './render.js';
import { upgrade } from './upgrade.js';
import { buildViews, type ViewOptions } from './views/index.js';

export type { OutputFile, TemplateSources } from './render.js';
export { SpecgenError };

/** What to generate from: the (bundled) spec and the overlays to apply to it, in order. */
export interface GenerateInput {
  readonly spec: SourceDocument;
  readonly overlays?: readonly SourceDocument[];
}

/** Every option of the pipeline, and the templates to render with. */
export interface GenerateOptions extends NormalizeOptions, ParseOptions, ViewOptions {
  readonly templates: TemplateSources;
  /** `package` (default) or `sources`: see `emit`. */
  readonly output?: OutputKind;
  /** Write `dist/*.map` beside the compiled files (default false). */
  readonly sourceMaps?: boolean;
}

/** The generated files, and warnings that did not stop generation. */
export interface GenerateResult {
  readonly files: readonly OutputFile[];
  readonly warnings: readonly Diagnostic[];
}

/**
 * The whole pipeline, one line per stage. Touches no disk: the caller loads inputs and writes outputs. Bad input
 * fails with a SpecgenError; inputs built in memory are held to the limits `load` applies to files.
 */
export async function generate(input: GenerateInput, options: GenerateOptions): Promise<GenerateResult> {
  try {
    // Files were checked as they were read (a walk of the whole document each); documents built in memory are here.
    for (const document of [input.spec, ...(input.overlays ?? [])])
      if (document.limitsChecked !== true) checkLimits(document.value, (pointer) => locationOf(document, pointer));
    const upgraded = upgrade(input.spec);
    const overlaid = (input.overlays ?? []).reduce(applyOverlay, upgraded);
    checkLimits(overlaid.document, overlaid.locate);
    const normalized = normalize(overlaid, options);
    // One RE2 translator for the job, built only if a pattern needs it.
    const regex = createRe2();
    const { api, warnings } = parse(normalized, options, regex);
    const views = buildViews(api, options, overlaid.document, regex);
    // Render, format and emit file by file: each file's compile (on libuv's threads) overlaps the next file's rendering.
    const emitted = emitter(options.output ?? 'package', options.sourceMaps ?? false);
    for (const rendered of renderEach(views, options.templates))
      for (const file of await format([rendered])) emitted.add(file);
    const files = await emitted.done();
    return { files, warnings: [...warnings, ...views.validators.warnings.map((message) => ({ message }))] };
  } catch (error) {
    // The nesting limit bounds every recursion over the document; this is the backstop for depth that references
    // build up (a type inlined from another inlined type), reported as what it is rather than as a crash.
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      throw new SpecgenError({
        message: 'the spec nests too deeply to generate from (through its inline references)',
        location: { file: input.spec.file, pointer: '' },
      });
    }
    throw error;
  }
}
