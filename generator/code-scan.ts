// Scanning generated code text at bracket depth: the printers and the CEL compiler take apart expressions they wrote
// themselves (one line, double- or single-quoted strings, template literals without substitutions), so depth
// counting with strings skipped is enough; nothing here parses arbitrary JavaScript.

const OPENERS = '([{';
const CLOSERS = ')]}';

/**
 * Walks `text` from `from`, calling `visit(index, depth)` for every character outside strings with the bracket depth
 * before it; stops early when `visit` returns true. Returns the depth at the end, or -1 when a string is left open
 * or a bracket closes that was not opened.
 */
function scan(text: string, from: number, visit: (index: number, depth: number) => boolean | void): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
      if (i >= text.length) return -1;
      continue;
    }
    if (visit(i, depth) === true) return depth;
    if (OPENERS.includes(c)) depth++;
    else if (CLOSERS.includes(c) && --depth < 0) return -1;
  }
  return depth;
}

/** The index of the bracket closing the one at `open` (strings skipped), or -1. */
export function closingBracket(text: string, open: number): number {
  let found = -1;
  scan(text, open, (index, depth) => {
    if (depth === 1 && CLOSERS.includes(text[index]!)) found = index;
    return found >= 0;
  });
  return found;
}

/** Whether `text` is one bracketed expression (`(...)`, `[...]`) whose first bracket closes at its very end. */
export function enclosed(text: string, open: string, close: string): boolean {
  return text.startsWith(open) && text.endsWith(close) && closingBracket(text, 0) === text.length - 1;
}

/** Whether every bracket and string in `text` is closed. */
export function balanced(text: string): boolean {
  return scan(text, 0, () => false) === 0;
}

/** Splits `text` at each top-level `separator` (outside strings, parentheses, brackets and braces). */
export function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let start = 0;
  scan(text, 0, (index, depth) => {
    if (depth !== 0 || index < start || !text.startsWith(separator, index)) return;
    parts.push(text.slice(start, index));
    start = index + separator.length;
  });
  parts.push(text.slice(start));
  return parts;
}
