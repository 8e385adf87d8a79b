/** What the CEL compiler's emitters share: the scope of names and the code one node becomes. */
import type { CelLibrary, CelType } from './functions.js';
import type { CelReads } from './direct.js';
import { CelSyntaxError } from './lexer.js';
import type { CelNode } from './parser.js';

/** The names in scope: CEL identifier → generated JavaScript name. */
export interface Scope {
  readonly self: string;
  /** The old value's expression in a transition rule; undefined where the caller gives none. */
  readonly oldSelf: string | undefined;
  readonly variables: ReadonlyMap<string, string>;
  /** How many comprehensions enclose this point: names each one's variable uniquely along the nesting. */
  readonly depth: number;
  /** Emit `&&`/`||` as JavaScript short-circuits (see `CelResult.fastCode`). */
  readonly fast: boolean;
  /** Collects the runtime libraries the emitted code calls. */
  readonly libraries: Set<CelLibrary>;
  /** Direct reads of `self`'s fields (`directCode`); every use of `self` must go through them. */
  readonly reads?: CelReads | undefined;
}

/** Generated code and its static CEL type. */
export interface Emitted {
  readonly code: string;
  readonly type: CelType;
  /** The code gives a JavaScript boolean (or throws): the fast code needs no `$cel_bool` around it. */
  readonly boolean?: boolean;
  /** A direct read: a JSON value (never a `$CelValue`), so `==` with a scalar literal is `===`. */
  readonly json?: boolean;
}

/** The compiler's entry for one node, handed to the emitters that live in their own modules. */
export type Emit = (node: CelNode, scope: Scope) => Emitted;

/** Refuses a call with an argument count the function does not take. */
export function checkArity(name: string, arities: readonly number[], count: number, offset: number): void {
  if (!arities.includes(count)) {
    const wanted = arities.join(' or ');
    throw new CelSyntaxError(`CEL function "${name}" takes ${wanted} argument(s), not ${count}`, offset);
  }
}
