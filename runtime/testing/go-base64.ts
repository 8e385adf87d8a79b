/**
 * The error of `[]byte`'s decoder (encoding/base64's StdEncoding), as the server quotes it. resource.Quantity's is
 * runtime/quantity-grammar.ts `$quantityJsonError`.
 */

const NEWLINE = 0x0a;
const RETURN = 0x0d;
const PAD = 0x3d;

function isBase64(byte: number): boolean {
  return (
    (byte >= 0x41 && byte <= 0x5a) ||
    (byte >= 0x61 && byte <= 0x7a) ||
    (byte >= 0x30 && byte <= 0x39) ||
    byte === 0x2b ||
    byte === 0x2f
  );
}

function skipNewlines(src: Uint8Array, at: number): number {
  while (at < src.length && (src[at] === NEWLINE || src[at] === RETURN)) at++;
  return at;
}

/** One quantum of Go's `decodeQuantum`: where the next starts, or the offset of a corrupt byte. */
function decodeQuantum(src: Uint8Array, start: number): { next: number; corrupt?: number } {
  let si = start;
  for (let j = 0; j < 4; j++) {
    if (si === src.length) return j === 0 ? { next: si } : { next: si, corrupt: si - j };
    const byte = src[si++]!;
    if (isBase64(byte)) continue;
    if (byte === NEWLINE || byte === RETURN) {
      j--;
      continue;
    }
    if (byte !== PAD || j < 2) return { next: si, corrupt: si - 1 };
    if (j === 2) {
      // "==" is expected, and the first "=" is read.
      si = skipNewlines(src, si);
      if (si === src.length) return { next: si, corrupt: src.length };
      if (src[si] !== PAD) return { next: si, corrupt: si - 1 };
      si++;
    }
    si = skipNewlines(src, si);
    return si < src.length ? { next: si, corrupt: si } : { next: si };
  }
  return { next: si };
}

/** The error base64.StdEncoding.Decode gives for a `[]byte` field's string, or undefined when it decodes. */
export function goBase64Error(text: string): string | undefined {
  const src = new TextEncoder().encode(text);
  for (let si = 0; si < src.length;) {
    const quantum = decodeQuantum(src, si);
    if (quantum.corrupt !== undefined) return `illegal base64 data at input byte ${quantum.corrupt}`;
    si = quantum.next;
  }
  return undefined;
}
