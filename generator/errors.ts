/** Where in which input file a problem sits: a JSON pointer always, a line and column when the loader knows them. */
export interface SourceLocation {
  readonly file: string;
  readonly pointer: string;
  readonly line?: number;
  readonly column?: number;
}

/** One problem found in the input, with its place. */
export interface Diagnostic {
  readonly message: string;
  readonly location?: SourceLocation;
}

/** Exit code for bad input (a broken or unsupported spec). */
export const EXIT_BAD_INPUT = 1;
/** Exit code for bad usage (unknown flag, missing argument). */
export const EXIT_USAGE = 2;

/** Formats a location as `file:line:column (#/pointer)`, the form editors and terminals link. */
export function formatLocation(location: SourceLocation): string {
  const place =
    location.line === undefined ? location.file : `${location.file}:${location.line}:${location.column ?? 1}`;
  return location.pointer === '' ? place : `${place} (#${location.pointer})`;
}

/** The only error type specgen throws for bad input: every diagnostic names its file and place. */
export class SpecgenError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  readonly exitCode: number;

  constructor(diagnostics: readonly Diagnostic[] | Diagnostic, exitCode: number = EXIT_BAD_INPUT) {
    const list = Array.isArray(diagnostics) ? (diagnostics as readonly Diagnostic[]) : [diagnostics as Diagnostic];
    super(list.map(formatDiagnostic).join('\n'));
    this.name = 'SpecgenError';
    this.diagnostics = list;
    this.exitCode = exitCode;
  }
}

/** Formats one diagnostic as `place: message`. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  return diagnostic.location ? `${formatLocation(diagnostic.location)}: ${diagnostic.message}` : diagnostic.message;
}

/** Encodes one JSON pointer segment (RFC 6901). */
export function escapePointerSegment(segment: string | number): string {
  const text = String(segment);
  // Most segments need no escape: skip the two replaces (pointers are built and read at every schema).
  return text.includes('~') || text.includes('/') ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text;
}

/** Joins segments into a JSON pointer (RFC 6901), `''` for the root. */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((segment) => '/' + escapePointerSegment(segment)).join('');
}

/** Splits a JSON pointer (RFC 6901) into its decoded segments. */
export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => (segment.includes('~') ? segment.replace(/~1/g, '/').replace(/~0/g, '~') : segment));
}

/** Exhaustiveness check for switches over tagged unions. */
export function assertNever(value: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(value)}`);
}
