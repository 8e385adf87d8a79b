/**
 * Reads the plain-text rendering of an OpenShift API reference page (the HTML page copied as text): headings
 * (`Description`, `Type`, `Required`, `.path`) and property tables flattened into one cell per paragraph
 * (name, type, description...). Never throws: a copy that stops mid-sentence is read up to the cut and reported.
 */
import type { Diagnostic } from '../errors.js';
import { parseTitle } from './adoc.js';
import { parseDocType } from './doc-types.js';
import { warningAt, type DocObject, type DocPage, type DocProperty, type DocTitle, type Place } from './model.js';
import { endOfText, endsMidSentence, tail } from './truncation.js';

/** A run of non-blank lines and where it starts. */
interface Block {
  readonly lines: readonly string[];
  readonly place: Place;
}

/** A property name cell: `apiVersion`, `dockerImageLayers[]`. */
const NAME = /^[A-Za-z_$][\w$-]*(\[\])*$/;
/** A type cell as rendered: `string`, `array (string)`, `ObjectMeta_v3`, `integer-or-string`. */
const TYPE = /^[A-Za-z][\w.-]*(?: \([^()]+\))?$/;
/** A nested section heading: `.spec.importPolicy`, `.image.signatures[].conditions[]`. */
const SECTION = /^\.[A-Za-z_$][\w$.[\]-]*$/;
/** A bullet of a Required list. */
const BULLET = /^\s*[•*-]\s+(\S+)\s*$/;
/** Headings that end a description or a table. */
const HEADINGS = new Set([
  'Description',
  'Type',
  'Required',
  'Specification',
  'Property Type Description',
  'API endpoints',
]);

/** Parses one plain-text reference page. */
export function parseTextPage(file: string, text: string): DocPage {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const blocks = toBlocks(lines);
  const warnings: Diagnostic[] = [];
  const warn = (place: Place, message: string): void => void warnings.push(warningAt(file, place, message));
  const objects: {
    path: string;
    description?: string;
    type?: DocObject['type'];
    required: string[];
    properties: DocProperty[];
    place: Place;
  }[] = [];
  let object: (typeof objects)[number] | undefined;
  let title: DocTitle | undefined;
  let inTable = false;
  let endpoints = false;
  const current = (place: Place): (typeof objects)[number] => {
    if (!object) {
      object = { path: '', required: [], properties: [], place };
      objects.push(object);
    }
    return object;
  };
  const single = (index: number): string | undefined => {
    const block = blocks[index];
    return block && block.lines.length === 1 ? block.lines[0]!.trim() : undefined;
  };
  const isHeading = (index: number): boolean => {
    const head = blocks[index]?.lines[0]?.trim() ?? '';
    return HEADINGS.has(head) || (single(index) !== undefined && SECTION.test(head));
  };
  const isRowStart = (index: number): boolean =>
    NAME.test(single(index) ?? '') && TYPE.test(single(index + 1) ?? '') && !isHeading(index);

  for (let index = 0; index < blocks.length && !endpoints; index++) {
    const block = blocks[index]!;
    const head = block.lines[0]!.trim();
    if (title === undefined && object === undefined && /^\S+ \[[^\]]+\]$/.test(head)) {
      title = parseTitle(head);
    } else if (head === 'Description' && block.lines.length === 1) {
      const texts: string[] = [];
      while (index + 1 < blocks.length && !isHeading(index + 1)) texts.push(blocks[++index]!.lines.join('\n'));
      current(block.place).description = texts.join('\n\n');
      inTable = false;
    } else if (head === 'Type' && block.lines.length === 1 && single(index + 1) !== undefined) {
      current(block.place).type = parseDocType(single(++index)!);
    } else if (head === 'Required') {
      const target = current(block.place);
      const bullets = [...block.lines.slice(1)];
      while (index + 1 < blocks.length && blocks[index + 1]!.lines.every((line) => BULLET.test(line)))
        bullets.push(...blocks[++index]!.lines);
      for (const bullet of bullets) {
        const match = BULLET.exec(bullet);
        if (match) target.required.push(match[1]!);
      }
    } else if (head === 'Specification') {
      current(block.place);
    } else if (head === 'Property Type Description') {
      current(block.place);
      inTable = true;
    } else if (head === 'API endpoints') {
      endpoints = true;
      warn(block.place, 'the API endpoints of a plain-text page are not imported (use the AsciiDoc source); ignored');
    } else if (single(index) !== undefined && SECTION.test(head)) {
      object = { path: head, required: [], properties: [], place: block.place };
      objects.push(object);
      inTable = false;
    } else if (inTable && isRowStart(index)) {
      const type = parseDocType(single(index + 1)!);
      const texts: string[] = [];
      index++;
      while (index + 1 < blocks.length && !isHeading(index + 1) && !isRowStart(index + 1))
        texts.push(blocks[++index]!.lines.join('\n'));
      current(block.place).properties.push({ name: head, type, description: texts.join('\n\n'), place: block.place });
    } else if (object !== undefined) {
      warn(block.place, `text not understood ("${tail(head)}"); ignored`);
    }
  }

  // Every reference page ends with its API endpoints: a copy without them stops early, maybe mid-sentence.
  if (!endpoints) {
    const end = endOfText(lines);
    const last = lines[end.line - 1]!;
    const cut = endsMidSentence(last) ? `, mid-sentence ("${tail(last)}")` : '';
    const where = object ? (object.path === '' ? 'the object' : object.path) : 'the page';
    const row = inTable && object?.properties.length ? ` (property ${object.properties.at(-1)!.name})` : '';
    warn(
      end,
      `the text is cut off here${cut}, in ${where}${row} and before the API endpoints section; only what precedes was imported`,
    );
  }
  return { file, form: 'text', ...(title ? { title } : {}), objects, endpoints: [], warnings };
}

/** Splits lines into blocks of consecutive non-blank lines. */
function toBlocks(lines: readonly string[]): Block[] {
  const blocks: { lines: string[]; place: Place }[] = [];
  let open: { lines: string[]; place: Place } | undefined;
  lines.forEach((line, index) => {
    if (line.trim() === '') {
      open = undefined;
      return;
    }
    // A heading starts its own block even when the copy glued it to the line above ("×" then "Description").
    if (!open || HEADINGS.has(line.trim()) || SECTION.test(line.trim())) {
      open = { lines: [], place: { line: index + 1, column: line.length - line.trimStart().length + 1 } };
      blocks.push(open);
    }
    open.lines.push(line.trimEnd());
  });
  return blocks;
}
