/**
 * The fast path's direct reads (compile.ts `directCode`): a use of `self` or of a field selected from it is read
 * through `CelReads` (built from the schema by print/guard/cel-reads.ts) instead of `$cel_get`/`$cel_has` on a
 * defaulted copy.
 */
import { unescapeFieldName } from './functions.js';
import type { CelNode } from './parser.js';

/**
 * Direct reads of what a rule selects from `self`: each returns code, or undefined when the path cannot be read
 * directly. Paths are field names below `self` (`[]` is `self`).
 */
export interface CelReads {
  /** The value at `path` as `$cel_get` gives it on the defaulted value (throwing where that throws). */
  value(path: readonly string[]): string | undefined;
  /** `has(self.<path>)` as `$cel_has` answers it on the defaulted value (throwing where that throws). */
  has(path: readonly string[]): string | undefined;
}

/** Thrown while emitting direct code when a use of `self` has no direct read: `directCode` then gives undefined. */
export class NoDirectRead extends Error {}

/**
 * The field names of `self.a.b` (`[]` for `self`), when the node is `self` or plain selections from it and `self`
 * is not a comprehension variable's name.
 */
export function selfPath(node: CelNode, variables: ReadonlyMap<string, string>): string[] | undefined {
  const path: string[] = [];
  let current = node;
  while (current.kind === 'select' && current.optional !== true) {
    path.unshift(current.quoted === true ? current.field : unescapeFieldName(current.field));
    current = current.target;
  }
  return current.kind === 'ident' && current.name === 'self' && !variables.has('self') ? path : undefined;
}

/** The code `reads` gave for a use of `self`, or NoDirectRead. */
export function direct(code: string | undefined): string {
  if (code === undefined) throw new NoDirectRead();
  return code;
}
