/** How a page that was cut off shows itself: text that stops mid-sentence. Heuristics, so they only ever warn. */
import type { Place } from './model.js';

/** Characters a finished sentence, link, code span or table cell ends with. */
const TERMINAL = /[.!?:;)\]}"'`’”>*]$/;

/** True when a text stops mid-sentence: its last character is not one a sentence or a markup block ends with. */
export function endsMidSentence(text: string): boolean {
  const trimmed = text.trimEnd();
  return trimmed !== '' && !TERMINAL.test(trimmed);
}

/** The place just after the last non-blank character of a page: where a cut-off page stops. */
export function endOfText(lines: readonly string[]): Place {
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = lines[index]!.trimEnd();
    if (line !== '') return { line: index + 1, column: line.length + 1 };
  }
  return { line: 1, column: 1 };
}

/** The last words before a place where text stops, for a message (`…used in deploym`). */
export function tail(text: string, length = 40): string {
  const trimmed = text.trimEnd().replace(/\s+/g, ' ');
  if (trimmed.length <= length) return trimmed;
  // Start at a word, so the quote reads as words.
  const slice = trimmed.slice(-length);
  return `…${slice.slice(slice.indexOf(' ') + 1)}`;
}
