import { transform } from 'oxc-transform';

/** oxc-transform's asynchronous compile, or the same behind a limit on how many run at once (`limitedCompiler`). */
export type Compiler = typeof transform;

// Large generated files (a Stripe-sized `validators.ts` is 11 MB) compiled in one call cost the compiler hundreds of
// MB of fresh memory at once, and the kernel's time to map it (0.4-1.2 s of system time, varying from run to run) was
// most of a large run's emit stage. The compiler's output does not need the whole file at once: stripping types is
// local to each top-level statement, and a declaration never looks into a function body. So a large file's
// JavaScript is compiled in pieces that reuse the same memory, and its declarations from the file without the bodies
// of its annotated functions. Each returns undefined where the shortcut might not give the compiler's own answer for
// the whole file; the caller then compiles the file whole (and reports its errors). The compiler's asynchronous calls
// run on libuv's thread pool: the pieces compile side by side, and beside whatever this thread does meanwhile.

/** The compiler's options for `dist/*.js`: types stripped, ES2022, nothing else changed. */
export const TO_JS = { lang: 'ts', sourceType: 'module', target: 'es2022' } as const;

/** Below this size a file is compiled whole: one call costs less than cutting it. */
export const PIECEWISE_THRESHOLD = 1024 * 1024;

/** The size a piece grows to before it is cut at the next top-level statement. */
const PIECE_SIZE = 256 * 1024;

/** What the compiler makes of a module whose every statement is a type: still a module. */
const EMPTY_MODULE = 'export {};\n';

/**
 * A file's source cut before top-level statements into pieces of about `size` characters: at a blank line followed by a
 * line that starts in column 0 (printed code indents everything nested). A cut inside a comment or a template
 * literal would leave the piece before it unterminated, a syntax error, which makes the caller compile it whole.
 */
function pieces(source: string, size: number): string[] {
  const cut: string[] = [];
  const boundary = /\n\n(?=\S)/g;
  let start = 0;
  for (let match = boundary.exec(source); match !== null; match = boundary.exec(source)) {
    if (match.index - start < size) continue;
    // Not after a comment: alone at a piece's end it would be kept, while the whole file attaches it to the next
    // statement (and drops it with a type).
    const previous = source.slice(source.lastIndexOf('\n', match.index - 1) + 1, match.index);
    if (/^\s*\/\/|\*\/\s*$/.test(previous)) continue;
    cut.push(source.slice(start, match.index + 1));
    start = match.index + 2;
  }
  cut.push(source.slice(start));
  return cut;
}

/**
 * Whether a file imports or re-exports values: it is never compiled in pieces (whether the compiler drops an import
 * depends on uses anywhere in the file), so its caller compiles it whole at once, declarations and all.
 */
export function importsValues(source: string): boolean {
  return /^(?:import (?!type )|export (?:\*|\{)[^;]*from )/m.test(source);
}

/**
 * A file's JavaScript compiled piece by piece, joined. The compiler ends a module whose statements are all types
 * with `export {};`, so a piece of types alone compiles to that line, which the whole file has only if every piece
 * is types alone: it is dropped where another piece exports a value. Not cut: files with value imports or
 * re-exports (whether the compiler drops an import depends on uses in other pieces), and pieces of types and values
 * that export no value.
 */
export async function piecewiseJs(
  source: string,
  pieceSize = PIECE_SIZE,
  compiler: Compiler = transform,
): Promise<string | undefined> {
  if (importsValues(source)) return undefined;
  const results = await Promise.all(pieces(source, pieceSize).map((piece) => compiler('piece.ts', piece, TO_JS)));
  if (results.some((result) => result.errors.length > 0)) return undefined;
  const compiled = results.map((result) => result.code);
  const values = compiled.filter((code) => code !== '' && code !== EMPTY_MODULE);
  if (values.length === 0) return compiled.includes(EMPTY_MODULE) ? EMPTY_MODULE : '';
  if (values.some((code) => code.endsWith(EMPTY_MODULE))) return undefined;
  if (values.length < compiled.length && !values.some((code) => /^export (?!\{\};)/m.test(code))) return undefined;
  return values.join('');
}

/**
 * A top-level function's header line that ends its parameter list with a return type (no braces in it) and opens
 * its body: `export function isX(value: unknown): value is X {`, or `): ValidationResult<X> {` closing a header
 * printed over several lines. A function without a return type keeps its body: its declaration depends on it.
 */
const ANNOTATED_HEADER = /^(?:(?:export )?(?:async )?function\*? ?[\w$]+(?:<.*>)?\(.*\)|\)): [^{}]+ \{$/;

/** Where a top-level function starts: the line that may run on over several lines up to `): R {`. */
const FUNCTION_START = /^(?:export )?(?:async )?function/;

/**
 * The source with the body of every annotated top-level function emptied (`{` ... `}` from its header line to the
 * next line that is `}` alone), which is all a declaration reads of a function: 11 MB of Stripe-sized validators
 * become 1.3 MB.
 */
function withoutBodies(source: string): string {
  const kept: string[] = [];
  let start = 0;
  let inHeader = false;
  for (let end = source.indexOf('\n'); end !== -1; end = source.indexOf('\n', end + 1)) {
    const line = source.slice(source.lastIndexOf('\n', end - 1) + 1, end);
    if (FUNCTION_START.test(line)) inHeader = true;
    if (!inHeader || !line.endsWith(' {')) continue;
    inHeader = false;
    if (!ANNOTATED_HEADER.test(line)) continue;
    const close = source.indexOf('\n}\n', end);
    if (close === -1) break;
    kept.push(source.slice(start, end + 1));
    start = close + 1;
    end = close;
  }
  kept.push(source.slice(start));
  return kept.join('');
}

/**
 * A file's declarations compiled from it without its function bodies; undefined if that does not compile. A full
 * compile rather than declarations alone: it also checks what spans pieces (a name declared twice at the top level).
 */
export async function declarationsWithoutBodies(
  path: string,
  source: string,
  compiler: Compiler = transform,
): Promise<string | undefined> {
  const result = await compiler(path, withoutBodies(source), {
    ...TO_JS,
    typescript: { declaration: { stripInternal: false } },
  });
  return result.errors.length > 0 ? undefined : result.declaration;
}

/**
 * `transform` with at most `limit` compiles running at once, the rest queued in call order: on a machine with two
 * cores, four pool threads compiling beside the main thread would take CPU from the thread that renders.
 */
export function limitedCompiler(limit: number, compile: Compiler = transform): Compiler {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (...args) => {
    if (running < limit) running++;
    // A finished compile hands its place to the next in line.
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await compile(...args);
    } finally {
      const next = waiting.shift();
      if (next !== undefined) next();
      else running--;
    }
  };
}
