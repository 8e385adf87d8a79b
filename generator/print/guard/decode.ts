/**
 * Read-only members in requests: what the server's JSON decoder refuses, and nothing its validation would. The server
 * drops a read-only member (a kind's `status`, ImageTag's `image`) from a create request before it validates
 * (PrepareForCreate), but decodes the body first, so only the decoder can refuse it (runtime/decode.ts says what it
 * refuses). Each model reached that way gets a decode function, `$dd_<Model>`, straight-line code with the guards'
 * signature and their own-property reads: a kind test per field, no table walked, off the path of every other check.
 */
import type { Type } from '../../ir.js';
import type { Emitter, Scope } from './context.js';
import { decodeFunction } from './decode/code.js';
import { decoding } from './decode/decoding.js';

export { decodingName } from './decode/decoding.js';

/**
 * The checks of a read-only property's value: in full as a response (a server sends it), and in a request only as
 * the decoder reads it. `scope.mode` is the enclosing mode.
 */
export function checkReadOnly(type: Type, scope: Scope, emitter: Emitter): string[] {
  const full = emitter.check(type, { ...scope, mode: 'true' });
  if (scope.mode === 'true') return full;
  const found = decoding(type, emitter, new Set());
  if (found.kind === 'any') return full.length === 0 ? [] : [`if (${scope.mode}) {`, ...full, '}'];
  emitter.usesDecode = true;
  const name = found.kind === 'model' ? found.name : decodeFunction(found, emitter);
  const decode = `if (!${name}(${scope.value}, e === null ? "" : ${scope.path}, e, r, ${scope.strict}, d + 1)) { if (e === null) return false; ok = false; }`;
  // `else { if (...) }`, not `else if`: the statement shape print/layout.ts lays out as Prettier does.
  return full.length === 0
    ? [`if (!${scope.mode}) {`, decode, '}']
    : [`if (${scope.mode}) {`, ...full, '} else {', decode, '}'];
}
