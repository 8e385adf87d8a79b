/** The grammar of a documented "Type" cell, shared by both page forms. */
import type { DocType } from './model.js';

/** `xref:<file>#<anchor>[<label>]`, the AsciiDoc cross-reference the docs generator writes for named objects. */
const XREF = /^xref:[^#[\]]*#([^[\]]+)\[([^\]]*)\]$/;

/** `array (X)` and `object (X)`: an array of X, a map of string to X. */
const WRAPPED = /^(array|object) \((.+)\)$/;

/**
 * Parses a type cell: `` `string` ``, `` `array (string)` ``, `xref:../objects/index.adoc#<key>[`ObjectMeta`]`,
 * a response's `xref:...[`ImageTag`] schema`, or the plain-text rendering of any of these (`ObjectMeta_v3`).
 */
export function parseDocType(cell: string): DocType {
  const text = cell.trim().replace(/\s+schema$/, '');
  const xref = XREF.exec(text);
  if (xref) {
    const anchor = xref[1]!;
    // The docs write arrays and maps of linked objects as one link labelled `array (Container)`.
    const label = stripTicks(xref[2]!);
    const wrapped = WRAPPED.exec(label);
    if (wrapped) {
      const inner: DocType = { kind: 'xref', anchor, label: stripTicks(wrapped[2]!) };
      return wrapped[1] === 'array' ? { kind: 'array', items: inner } : { kind: 'map', values: inner };
    }
    return { kind: 'xref', anchor, label };
  }
  const plain = stripTicks(text);
  const wrapped = WRAPPED.exec(plain);
  if (wrapped) {
    const inner = parseDocType(wrapped[2]!);
    return wrapped[1] === 'array' ? { kind: 'array', items: inner } : { kind: 'map', values: inner };
  }
  return { kind: 'name', name: plain };
}

/** Writes a documented type back in the docs' own notation, for messages. */
export function formatDocType(type: DocType): string {
  switch (type.kind) {
    case 'name':
      return type.name;
    case 'array':
      return `array (${formatDocType(type.items)})`;
    case 'map':
      return `object (${formatDocType(type.values)})`;
    case 'xref':
      return type.label;
  }
}

/** Removes the AsciiDoc monospace backticks around a cell's text. */
function stripTicks(text: string): string {
  const trimmed = text.trim();
  return /^`[^`]*`$/.test(trimmed) ? trimmed.slice(1, -1).trim() : trimmed;
}
