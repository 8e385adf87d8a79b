/**
 * Reads the AsciiDoc source of an OpenShift API reference page (what `openshift-apidocs-gen` writes): the title,
 * the object and every nested `.path` section (Description::, Type::, Required::, property table), and the
 * "API endpoints" section (global and per-method parameters, bodies, responses). Never throws: a page cut off
 * inside a table or block is read up to the cut and reported.
 */
import type { Diagnostic } from '../errors.js';
import { decodeCharacterReferences, isTableStart, parseAdocTable, type AdocTable } from './adoc-table.js';
import { parseDocType } from './doc-types.js';
import {
  warningAt,
  type DocObject,
  type DocOperation,
  type DocPage,
  type DocParameter,
  type DocProperty,
  type DocResponse,
  type DocTitle,
  type DocEndpoint,
  type Place,
} from './model.js';
import { endOfText, endsMidSentence, tail } from './truncation.js';

/** The mutable drafts the line walk fills in; frozen into the model's readonly shapes at the end. */
type Draft<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };

/** Parses one AsciiDoc reference page. */
export function parseAsciidocPage(file: string, text: string): DocPage {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const warnings: Diagnostic[] = [];
  const warn = (place: Place, message: string): void => void warnings.push(warningAt(file, place, message));
  const objects: Draft<DocObject>[] = [];
  const endpoints: (Draft<DocEndpoint> & { operations: Draft<DocOperation>[] })[] = [];
  let id: string | undefined;
  let title: DocTitle | undefined;
  let inEndpoints = false;
  let object: Draft<DocObject> | undefined;
  let endpoint: (typeof endpoints)[number] | undefined;
  let operation: Draft<DocOperation> | undefined;
  let label = '';
  let cut: { place: Place; inside: string } | undefined;

  const startObject = (path: string, place: Place): Draft<DocObject> => {
    object = { path, required: [], properties: [], place };
    objects.push(object);
    inEndpoints = false;
    return object;
  };
  // Object blocks before any title or section belong to the page's own object.
  const currentObject = (place: Place): Draft<DocObject> | undefined =>
    inEndpoints ? undefined : (object ?? startObject('', place));

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const trimmed = line.trim();
    const place = { line: index + 1, column: 1 };
    const heading = /^(=+)\s+(.+)$/.exec(line);
    if (title === undefined && /^\[id="[^"]+"\]$/.test(trimmed)) {
      id = /"([^"]+)"/.exec(trimmed)![1];
    } else if (heading) {
      const [, level, name] = heading as unknown as [string, string, string];
      const value = name.trim();
      if (level === '=') {
        title = parseTitle(value);
        startObject('', place);
      } else if (level === '==' && value === 'API endpoints') {
        inEndpoints = true;
      } else if (level === '==' && value === 'Specification') {
        currentObject(place);
      } else if (inEndpoints && value.startsWith('/')) {
        endpoint = {
          path: value,
          parameters: [],
          operations: [],
          place: { line: place.line, column: line.indexOf('/') + 1 },
        };
        endpoints.push(endpoint);
        operation = undefined;
        label = '';
      } else if (value.startsWith('.')) {
        startObject(value, { line: place.line, column: line.indexOf('.') + 1 });
      }
    } else if (trimmed === 'Description::') {
      const block = readBlock(lines, index + 1);
      index = block.end - 1;
      if (!block.terminated)
        cut ??= { place: endOfText(lines), inside: `the description block opened at line ${place.line}` };
      if (inEndpoints) {
        if (operation) operation.description = block.text;
      } else {
        currentObject(place)!.description = block.text;
      }
    } else if (trimmed === 'Type::' && !inEndpoints) {
      const next = nextContent(lines, index + 1);
      if (next !== undefined) {
        currentObject(place)!.type = parseDocType(lines[next]!);
        index = next;
      }
    } else if (trimmed === 'Required::' && !inEndpoints) {
      const target = currentObject(place)!;
      while (/^\s*[-*]\s+`?[^`\s]+`?\s*$/.test(lines[index + 1] ?? '')) {
        target.required.push(
          lines[++index]!.trim()
            .replace(/^[-*]\s+/, '')
            .replace(/`/g, ''),
        );
      }
    } else if (trimmed === 'HTTP method::' && endpoint) {
      const next = nextContent(lines, index + 1);
      if (next !== undefined) {
        const method = lines[next]!.trim().replace(/`/g, '');
        operation = { method, description: '', parameters: [], responses: [], place: { line: next + 1, column: 1 } };
        endpoint.operations.push(operation);
        index = next;
      }
    } else if (inEndpoints && /^\.[A-Za-z]/.test(trimmed)) {
      label = trimmed.slice(1);
    } else if (isTableStart(lines, index)) {
      const table = parseAdocTable(lines, index);
      index = table.end - 1;
      for (const problem of table.problems) warn(problem.place, problem.message);
      if (!table.terminated)
        cut ??= { place: endOfText(lines), inside: `the table opened at line ${table.place.line}` };
      if (!inEndpoints) currentObject(place)!.properties.push(...propertyRows(table, warn));
      else if (endpoint) applyEndpointTable(table, label, endpoint, operation, warn);
      label = '';
    }
  }

  if (title === undefined)
    warn({ line: 1, column: 1 }, 'the page has no "= Kind [group/version]" title; the kind comes from its description');
  const end = endOfText(lines);
  const last = lines[end.line - 1]!.trim();
  if (cut) {
    warn(
      cut.place,
      `the page is cut off here, inside ${cut.inside} ("${tail(last)}"); only what precedes was imported`,
    );
  } else if (last !== '|===' && last !== '--' && endsMidSentence(last)) {
    warn(end, `the page is cut off here, mid-sentence ("${tail(last)}"); only what precedes was imported`);
  }
  return {
    file,
    form: 'asciidoc',
    ...(id !== undefined ? { id } : {}),
    ...(title !== undefined ? { title } : {}),
    objects,
    endpoints,
    warnings,
  };
}

/** Parses a page title: `ImageTag [image.openshift.io/v1]`, `Pod [v1]` (core group), or a bare kind. */
export function parseTitle(text: string): DocTitle {
  const match = /^(\S+)\s*\[([^\]]+)\]$/.exec(text.trim());
  if (!match) return { kind: text.trim() };
  const apiVersion = match[2]!.trim();
  const slash = apiVersion.lastIndexOf('/');
  return {
    kind: match[1]!,
    group: slash < 0 ? '' : apiVersion.slice(0, slash),
    version: slash < 0 ? apiVersion : apiVersion.slice(slash + 1),
  };
}

/**
 * Reads a Description:: value: a `+` / `--` delimited open block, or the indented lines up to the next blank line.
 * `end` is the index of the first line after it; `terminated` is false when the page ends inside the open block.
 */
export function readBlock(lines: readonly string[], from: number): { text: string; end: number; terminated: boolean } {
  const start = nextContent(lines, from);
  if (start === undefined) return { text: '', end: lines.length, terminated: true };
  if (lines[start]!.trim() === '+' && lines[start + 1]?.trim() === '--') {
    let index = start + 2;
    const body: string[] = [];
    for (; index < lines.length && lines[index]!.trim() !== '--'; index++) body.push(lines[index]!.trimEnd());
    return { text: paragraphs(body), end: Math.min(index + 1, lines.length), terminated: index < lines.length };
  }
  let index = start;
  const body: string[] = [];
  for (; index < lines.length && lines[index]!.trim() !== ''; index++) body.push(lines[index]!.trim());
  return { text: paragraphs(body), end: index, terminated: true };
}

/** The index of the next non-blank line at or after `from`. */
function nextContent(lines: readonly string[], from: number): number | undefined {
  for (let index = from; index < lines.length; index++) if (lines[index]!.trim() !== '') return index;
  return undefined;
}

/** Joins lines into text whose paragraphs are separated by exactly one blank line. */
function paragraphs(lines: readonly string[]): string {
  return decodeCharacterReferences(
    lines
      .join('\n')
      .trim()
      .replace(/\n\s*\n(\s*\n)*/g, '\n\n'),
  );
}

/** Strips the monospace backticks from a name cell. */
function nameOf(text: string): string {
  return text.trim().replace(/^`(.*)`$/s, '$1');
}

/** The rows of a property table (`Property | Type | Description`). */
function propertyRows(table: AdocTable, warn: (place: Place, message: string) => void): DocProperty[] {
  return table.rows.flatMap((row) => {
    const [name, type, description] = row as [(typeof row)[number], (typeof row)[number], (typeof row)[number]];
    if (!name || !type || nameOf(name.text) === '') {
      warn(row[0]?.place ?? table.place, 'property table row without a property name; skipped');
      return [];
    }
    return [
      {
        name: nameOf(name.text),
        type: parseDocType(type.text),
        description: description?.text ?? '',
        place: name.place,
      },
    ];
  });
}

/** Puts one endpoint table where its block title (`.Global path parameters`, `.HTTP responses`, ...) says. */
function applyEndpointTable(
  table: AdocTable,
  label: string,
  endpoint: Draft<DocEndpoint>,
  operation: Draft<DocOperation> | undefined,
  warn: (place: Place, message: string) => void,
): void {
  const parameters = (where: 'path' | 'query'): DocParameter[] =>
    table.rows.map((row) => ({
      name: nameOf(row[0]!.text),
      in: where,
      type: parseDocType(row[1]!.text),
      description: row[2]?.text ?? '',
      place: row[0]!.place,
    }));
  if (label === 'Global path parameters' || label === 'Global query parameters') {
    endpoint.parameters.push(...parameters(label.includes('path') ? 'path' : 'query'));
    return;
  }
  if (!operation) {
    warn(table.place, `table "${label}" before any HTTP method::; skipped`);
    return;
  }
  if (label === 'Query parameters' || label === 'Path parameters') {
    operation.parameters.push(...parameters(label.startsWith('Path') ? 'path' : 'query'));
  } else if (label === 'Body parameters') {
    const row = table.rows[0];
    if (row)
      operation.body = { type: parseDocType(row[1]!.text), description: row[2]?.text ?? '', place: row[0]!.place };
  } else if (label === 'HTTP responses') {
    operation.responses.push(...table.rows.flatMap((row) => responseRow(row, warn)));
  } else {
    warn(table.place, `table "${label || '(untitled)'}" is not a parameter or response table; skipped`);
  }
}

/** One `.HTTP responses` row: `200 - OK` and `xref:...[`ImageTag`] schema` or `Empty`. */
function responseRow(
  row: readonly { text: string; place: Place }[],
  warn: (place: Place, message: string) => void,
): DocResponse[] {
  const match = /^(\d{3}|default)\s*(?:-\s*(.*))?$/s.exec(row[0]!.text);
  if (!match) {
    warn(row[0]!.place, `response "${row[0]!.text}" is not "<code> - <reason>"; skipped`);
    return [];
  }
  const body = row[1]?.text.trim() ?? '';
  return [
    {
      code: match[1]!,
      reason: match[2]?.trim() ?? '',
      ...(body !== '' && body !== 'Empty' ? { type: parseDocType(body) } : {}),
      place: row[0]!.place,
    },
  ];
}
