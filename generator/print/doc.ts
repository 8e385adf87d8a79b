import type { Doc } from '../ir.js';
import { printValue } from './literal.js';

/** What `escapeComment` rewrites; most text has none of it, and skips its four passes. */
const COMMENT_SPECIAL = /[\r\u2028\u2029]|\*\/|\/\*/;
/** What `escapeText` rewrites: the same, and `@` (a line's first `@` would start a tag). */
const TEXT_SPECIAL = /[\r\u2028\u2029@]|\*\/|\/\*/;

/** Makes text safe inside a block comment: `*\/` cannot close it early, and no line starts a new tag by accident. */
function escapeComment(text: string): string {
  if (!COMMENT_SPECIAL.test(text)) return text;
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(/\*\//g, '*\\/')
    .replace(/\/\*/g, '/\\*');
}

/** Escapes free text: as a comment, and so that a line of it cannot start a JSDoc tag. */
function escapeText(text: string): string {
  return TEXT_SPECIAL.test(text) ? escapeComment(text).replace(/^(\s*)@/gm, '$1\\@') : text;
}

/** Extra JSDoc lines a caller adds (already free of spec text, or escaped by this module). */
export interface DocExtras {
  readonly tags?: readonly string[];
}

/**
 * Documentation as the lines of a JSDoc block (without the comment markers), or an empty list when there is nothing
 * to say. Tags: `@default`, `@format`, `@deprecated`, `@example`.
 */
export function docLines(doc: Doc, extras: DocExtras = {}): string[] {
  const lines: string[] = [];
  if (doc.description !== undefined)
    lines.push(
      ...escapeText(doc.description.trim())
        .split('\n')
        .map((line) => line.trimEnd()),
    );
  if (doc.format !== undefined) lines.push(`@format ${escapeComment(doc.format)}`);
  if (doc.default !== undefined) lines.push(`@default ${escapeComment(printValue(doc.default))}`);
  if (doc.deprecated === true) lines.push('@deprecated');
  for (const tag of extras.tags ?? []) lines.push(escapeComment(tag));
  return lines;
}

/** A JSDoc block for `doc`, or an empty string. */
export function printJsDoc(doc: Doc, extras: DocExtras = {}): string {
  const lines = docLines(doc, extras);
  if (lines.length === 0) return '';
  if (lines.length === 1 && !lines[0]!.includes('@')) return `/** ${lines[0]} */`;
  return ['/**', ...lines.map((line) => (line.length === 0 ? ' *' : ` * ${line}`)), ' */'].join('\n');
}

/** Spec text for a one-line `//` comment: line breaks of every kind become spaces. */
export function printCommentLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();
}
