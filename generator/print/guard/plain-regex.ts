/**
 * A translated RE2 pattern (a `v`-flag source, generator/re2.ts) as a source without flags, where both match the same
 * strings: V8 tests a flagless RegExp by UTF-16 units, about 1.5× faster than a `v` one on short ASCII names (the
 * ImageTag name pattern). Only a narrow, checkable shape qualifies: an ASCII source of literal characters, escapes
 * of punctuation, `\d`/`\w`, classes of such (nested `[[^…]]` included), non-capturing groups, alternation and
 * quantifiers; what can match a non-ASCII character (a negated class, `\D`, `\W`) only as a run (`+` or `*`) that
 * ends the pattern (`…[^:@/%]+$`), outside any group or alternation. There a run of code points none of which is
 * one of the class's ASCII characters is exactly a run of UTF-16 units none of which is (surrogates are not ASCII),
 * and the run cannot start inside a surrogate pair where the `v` pattern could not (what precedes it is ASCII).
 * Anything else keeps its `v` flag (undefined).
 */

/** The flagless source for a `v`-flag `source`, when both match the same strings; else undefined. */
export function plainRegexSource(source: string): string | undefined {
  if (!/^[\x20-\x7e]*$/.test(source)) return undefined;
  let out = '';
  let depth = 0;
  let alternation = false;
  // Where a run that may match non-ASCII starts in `out`, and whether it is still the last thing read.
  let wideAt = -1;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (wideAt >= 0 && !(c === '$' && i === source.length - 1)) {
      // Only its quantifier (`+` or `*`) and the final `$` may follow a run that can match non-ASCII.
      if ((c === '+' || c === '*') && out.length === wideAt && source[i + 1] !== '?') {
        out += c;
        continue;
      }
      return undefined;
    }
    if (c === '\\') {
      const next = source[i + 1];
      if (next === undefined) return undefined;
      i++;
      if (next === 'D' || next === 'W') {
        if (depth > 0) return undefined;
        out += `\\${next}`;
        wideAt = out.length;
        continue;
      }
      if (!/^[dw\p{P}\p{S}]$/u.test(next) || next === '_') return undefined;
      out += `\\${next}`;
      continue;
    }
    if (c === '[') {
      const end = classEnd(source, i);
      if (end === undefined) return undefined;
      const parsed = plainClass(source.slice(i, end + 1));
      if (parsed === undefined) return undefined;
      if (parsed.negated) {
        if (depth > 0) return undefined;
        out += parsed.text;
        wideAt = out.length;
      } else out += parsed.text;
      i = end;
      continue;
    }
    if (c === '(') {
      if (source.slice(i, i + 3) !== '(?:') return undefined;
      depth++;
      out += '(?:';
      i += 2;
      continue;
    }
    if (c === ')') {
      if (depth === 0) return undefined;
      depth--;
      out += c;
      continue;
    }
    if (c === '|') alternation ||= depth === 0;
    if (c === '.') return undefined;
    out += c;
  }
  if (wideAt >= 0 && (alternation || !source.endsWith('$') || out.length === wideAt)) return undefined;
  return depth === 0 ? out : undefined;
}

/** The index of the `]` that closes the class opened at `start` (classes nest in `v` mode), or undefined. */
function classEnd(source: string, start: number): number | undefined {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i;
  }
  return undefined;
}

/**
 * A `v`-mode class as a flagless one: `[…]` of characters, ranges and escapes of punctuation (and `\d`, `\w`), or
 * `[^…]`, also wrapped once (`[[^…]]`, as the translator writes a negated operand); no set operations.
 */
function plainClass(text: string): { readonly text: string; readonly negated: boolean } | undefined {
  const inner = text.startsWith('[[') && text.endsWith(']]') ? text.slice(1, -1) : text;
  const negated = inner.startsWith('[^');
  const body = inner.slice(negated ? 2 : 1, -1);
  if (body === '' || body.includes('[') || body.includes('--') || body.includes('&&')) return undefined;
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== '\\') continue;
    const next = body[i + 1];
    if (next === undefined || !/^[dw\p{P}\p{S}]$/u.test(next) || next === '_') return undefined;
    i++;
  }
  return { text: `[${negated ? '^' : ''}${body}]`, negated };
}
