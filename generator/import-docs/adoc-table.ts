/** AsciiDoc tables (`[cols=...]` + `|===` ... `|===`), as the OpenShift docs generator writes them. */
import type { Place } from './model.js';

/** One table cell: its text (paragraphs joined by a blank line) and where it starts. */
export interface TableCell {
  readonly text: string;
  readonly place: Place;
}

/** A problem in a table, at its place; the page parser turns it into a warning. */
export interface TableProblem {
  readonly place: Place;
  readonly message: string;
}

/** A parsed table. `rows` excludes the header; a short last row is padded with empty cells and reported. */
export interface AdocTable {
  readonly header?: readonly TableCell[];
  readonly rows: readonly (readonly TableCell[])[];
  /** Index of the first line after the table (after the closing `|===`, or past the end of the page). */
  readonly end: number;
  /** False when the page ends before the closing `|===`: the page was cut off inside the table. */
  readonly terminated: boolean;
  readonly place: Place;
  readonly problems: readonly TableProblem[];
}

/** True when a table starts at `index`: a `[cols=...]`-style attribute line before `|===`, or `|===` itself. */
export function isTableStart(lines: readonly string[], index: number): boolean {
  const line = lines[index]?.trim() ?? '';
  if (line === '|===') return true;
  return /^\[.*\]$/.test(line) && /\bcols=/.test(line) && lines[index + 1]?.trim() === '|===';
}

/** Parses the table starting at `start` (see `isTableStart`). Never throws: problems are returned. */
export function parseAdocTable(lines: readonly string[], start: number): AdocTable {
  const attributes = lines[start]!.trim() === '|===' ? '' : lines[start]!.trim();
  const open = attributes === '' ? start : start + 1;
  const place = { line: open + 1, column: 1 };
  const cells: { lines: string[]; place: Place }[] = [];
  let firstLineCells = 0;
  let firstLine = -1;
  let index = open + 1;
  for (; index < lines.length && lines[index]!.trim() !== '|==='; index++) {
    const line = lines[index]!.replace(/\s+$/, '');
    const pieces = splitCells(line);
    // Text before the first `|` continues the cell above (a further line or paragraph of it).
    const [lead, ...starts] = pieces;
    if (lead!.text !== '' || starts.length === 0) cells.at(-1)?.lines.push(lead!.text);
    for (const piece of starts) cells.push({ lines: [piece.text], place: { line: index + 1, column: piece.column } });
    if (firstLine < 0 && starts.length > 0) {
      firstLine = index;
      firstLineCells = starts.length;
    }
  }
  const terminated = index < lines.length;
  const columns = columnCount(attributes) ?? firstLineCells;
  const texts = cells.map((cell) => ({ text: cellText(cell.lines), place: cell.place }));
  const explicitHeader = /\boptions="?[^"\]]*\bheader\b/.test(attributes);
  // AsciiDoc's implicit header: the first line holds one whole row and a blank line follows it.
  const implicitHeader = firstLineCells === columns && columns > 0 && lines[firstLine + 1]?.trim() === '';
  const hasHeader = columns > 0 && texts.length >= columns && (explicitHeader || implicitHeader);
  const body = hasHeader ? texts.slice(columns) : texts;
  const rows: TableCell[][] = [];
  const problems: TableProblem[] = [];
  for (let at = 0; columns > 0 && at < body.length; at += columns) {
    const row = body.slice(at, at + columns);
    if (row.length < columns) {
      problems.push({ place: row[0]!.place, message: `table row has ${row.length} of ${columns} cells` });
      while (row.length < columns) row.push({ text: '', place: row.at(-1)!.place });
    }
    rows.push(row);
  }
  return {
    ...(hasHeader ? { header: texts.slice(0, columns) } : {}),
    rows,
    end: terminated ? index + 1 : lines.length,
    terminated,
    place,
    problems,
  };
}

/** Splits one line at unescaped `|`: the text before the first one, then each cell's text with its 1-based column. */
export function splitCells(line: string): { text: string; column: number }[] {
  const pieces: { text: string; column: number }[] = [];
  let from = 0;
  let column = 1;
  for (let at = 0; at <= line.length; at++) {
    const end = at === line.length;
    if (!end && (line[at] !== '|' || line[at - 1] === '\\')) continue;
    const raw = line.slice(from, at);
    const lead = raw.length - raw.trimStart().length;
    pieces.push({ text: raw.trim().replace(/\\\|/g, '|'), column: raw.trim() === '' ? column : column + lead });
    from = at + 1;
    column = at + 2;
  }
  return pieces;
}

/** The number of columns a `cols` attribute declares (`"1,1,2"` → 3, `"3*"` → 3), if any. */
function columnCount(attributes: string): number | undefined {
  const match = /\bcols="?([^"\]]*)"?/.exec(attributes);
  if (!match) return undefined;
  const specs = match[1]!.split(/[,;]/).filter((spec) => spec.trim() !== '');
  const count = specs.reduce((sum, spec) => sum + Number(/^\s*(\d+)\*/.exec(spec)?.[1] ?? 1), 0);
  return count > 0 ? count : undefined;
}

/** A cell's lines as text: trimmed, with paragraphs separated by exactly one blank line. */
function cellText(lines: readonly string[]): string {
  return decodeCharacterReferences(
    lines
      .join('\n')
      .trim()
      .replace(/\n\s*\n(\s*\n)*/g, '\n\n'),
  );
}

/** Named character references the docs generator writes for characters of Go comments. */
const NAMED_REFERENCES: Readonly<Record<string, string>> = Object.freeze({
  amp: '&',
  apos: "'",
  gt: '>',
  lt: '<',
  quot: '"',
});

/**
 * Decodes the HTML character references the docs generator escapes Go comments with (`&#x27;watch&#x27;` is
 * `'watch'`), so descriptions read as upstream writes them; unknown names stay as they are.
 */
export function decodeCharacterReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_REFERENCES[name.toLowerCase()] ?? whole;
  });
}
