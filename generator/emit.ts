import { availableParallelism } from 'node:os';
import type { OxcError, SourceMap } from 'oxc-transform';
import {
  declarationsWithoutBodies,
  importsValues,
  limitedCompiler,
  piecewiseJs,
  PIECEWISE_THRESHOLD,
  TO_JS,
  type Compiler,
} from './emit-pieces.js';
import { SpecgenError, type Diagnostic } from './errors.js';
import type { OutputFile } from './render.js';
import { placeOf } from './text-place.js';

/** What a job writes: an installable package (`package.json`, `src/`, `dist/`), or the `.ts` sources alone. */
export type OutputKind = 'package' | 'sources';

/** The files a package needs only to be a package; a `sources` output leaves them out. */
const PACKAGE_ONLY = new Set(['package.json', 'tsconfig.json']);

/** Each error of the transpiler, placed in the generated file it came from. */
function diagnostics(file: OutputFile, errors: readonly OxcError[]): Diagnostic[] {
  return errors.map((error) => {
    const offset = error.labels[0]?.start ?? 0;
    const { line, column } = placeOf(file.contents, offset);
    return {
      message: `generated code is not valid TypeScript: ${error.message} (a template renders code that does not parse)`,
      location: { file: file.path, pointer: '', line, column },
    };
  });
}

/**
 * Compiles one generated `src/*.ts` file to `dist/*.js` and `dist/*.d.ts` (with their maps when `sourceMaps`). No
 * type-checking compile: the files are written for isolated declarations (every export annotated), so each one
 * compiles alone, in milliseconds; a large one in parts (`emit-pieces.ts`). On libuv's thread pool, not this thread.
 */
async function compile(file: OutputFile, sourceMaps: boolean, compiler: Compiler): Promise<OutputFile[]> {
  const base = file.path.replace(/^src\//, 'dist/').replace(/\.ts$/, '');
  // A file that imports values is compiled whole anyway: compiling its declarations first as well (Kubernetes'
  // client.ts and testing.ts, 6 MB) only parsed it twice, and each large call risks the kernel's time to map the
  // compiler's fresh memory.
  if (!sourceMaps && file.contents.length > PIECEWISE_THRESHOLD && !importsValues(file.contents)) {
    // A large file in pieces and without its function bodies (emit-pieces.ts); whole where that does not compile.
    // Both at once (each on the pool's threads): a fallback to the whole-file compile is rare, waiting is not.
    const [declaration, code] = await Promise.all([
      declarationsWithoutBodies(file.path, file.contents, compiler),
      piecewiseJs(file.contents, undefined, compiler),
    ]);
    if (code !== undefined && declaration !== undefined)
      return [
        { path: `${base}.js`, contents: code },
        { path: `${base}.d.ts`, contents: declaration },
      ];
  }
  const result = await compiler(file.path, file.contents, {
    ...TO_JS,
    sourcemap: sourceMaps,
    typescript: { declaration: { stripInternal: false } },
  });
  if (result.errors.length > 0) throw new SpecgenError(diagnostics(file, result.errors));
  const name = base.slice(base.lastIndexOf('/') + 1);
  // Maps point at the package's own src/ (shipped beside dist/), so a debugger or "go to definition" lands there.
  const map = (emitted: string, sourceMap: SourceMap | undefined): string =>
    `${JSON.stringify({
      version: 3,
      file: emitted,
      sources: [`../${file.path}`],
      names: sourceMap?.names ?? [],
      mappings: sourceMap?.mappings ?? '',
    })}\n`;
  if (!sourceMaps)
    return [
      { path: `${base}.js`, contents: result.code },
      { path: `${base}.d.ts`, contents: result.declaration ?? '' },
    ];
  return [
    { path: `${base}.js`, contents: `${result.code}//# sourceMappingURL=${name}.js.map\n` },
    { path: `${base}.js.map`, contents: map(`${name}.js`, result.map) },
    { path: `${base}.d.ts`, contents: `${result.declaration ?? ''}//# sourceMappingURL=${name}.d.ts.map\n` },
    { path: `${base}.d.ts.map`, contents: map(`${name}.d.ts`, result.declarationMap) },
  ];
}

/** The emit stage fed one file at a time (`emitter`): `add` each output as it is ready, then `done`. */
export interface Emitter {
  /** Takes the next output file; a source starts compiling at once, beside what the caller does next. */
  readonly add: (file: OutputFile) => void;
  /** Every output of the job, in order: the files as added, then what was compiled from them (see `emit`). */
  readonly done: () => Promise<OutputFile[]>;
}

/**
 * The emit stage, file by file: each source's compile starts when the file is added, on libuv's threads, so it runs
 * while the caller renders the files after it (a Kubernetes package's compiles took ~130 ms of its main thread after
 * everything was rendered). The result, and which error is reported when several files fail (the first added), do
 * not depend on which compile finishes first.
 */
export function emitter(kind: OutputKind, sourceMaps = false): Emitter {
  const files: OutputFile[] = [];
  const compiles: Promise<OutputFile[]>[] = [];
  // One compile per core beside this thread, which goes on rendering.
  const compiler = limitedCompiler(Math.max(1, availableParallelism() - 1));
  return {
    add: (file) => {
      files.push(file);
      const source = file.path.endsWith('.ts') && (kind === 'sources' || file.path.startsWith('src/'));
      if (!source) return;
      const compiled = compile(file, kind === 'sources' ? false : sourceMaps, compiler);
      // Handled here as well, in case the caller fails before `done`: its own error is the one to report.
      compiled.catch(() => undefined);
      compiles.push(compiled);
    },
    done: async () => {
      const results = await Promise.allSettled(compiles);
      const failed = results.find((result) => result.status === 'rejected');
      if (failed !== undefined) throw failed.reason;
      if (kind === 'sources')
        // Compiled only as the syntax gate every output passes; the caller's own build compiles them.
        return files
          .filter((file) => !PACKAGE_ONLY.has(file.path))
          .map((file) => ({ path: file.path.replace(/^src\//, ''), contents: file.contents }));
      return [...files, ...results.flatMap((result) => (result.status === 'fulfilled' ? result.value : []))];
    },
  };
}

/**
 * The emit stage: a package gets `dist/` compiled from `src/`; a `sources` output keeps only the `.ts` files. Source
 * maps only on request: they were half of a Kubernetes package's compile time (oxc's mappings of 2.5 MB of
 * validators) and 2.7 MB of its output, for line numbers that the shipped `src/` mostly repeats.
 */
export function emit(files: readonly OutputFile[], kind: OutputKind, sourceMaps = false): Promise<OutputFile[]> {
  const stage = emitter(kind, sourceMaps);
  for (const file of files) stage.add(file);
  return stage.done();
}
