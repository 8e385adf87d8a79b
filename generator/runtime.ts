// Runtime modules (runtime/**/*.ts) are real TypeScript: type-checked, linted and unit-tested where they stand. A
// generated file includes one as a Handlebars partial named `runtime/<path without .ts>`, and this module turns the
// module's text into that partial. The conventions (ARCHITECTURE.md, "Runtime modules"):
// - an import from a relative path (`./validators.js`) joins runtime modules that share one generated file, so it is
//   dropped, unless its line ends with `// specgen:keep` (the import names another generated file);
// - lines between `// specgen:strip-begin` and `// specgen:strip-end`, and any line ending in `// specgen:strip`, are
//   dropped: module comments, stand-ins for generated code, and test hooks such as the `export { $a, $b }` through
//   which unit tests reach the generated file's internals (`$` names, never exported from a generated file);
// - `$$name` becomes the template expression `{{name}}`: a value that varies per spec (declare a stand-in type or
//   value for it inside a strip block); any other `{{` in the text stays literal.
// The text is otherwise copied as it is, so it must already be formatted (`npm run format:templates`).

/** A relative import's last line ends with this when the generated file keeps the import. */
const KEEP = ' // specgen:keep';
const STRIP = '// specgen:strip';
const STRIP_BEGIN = '// specgen:strip-begin';
const STRIP_END = '// specgen:strip-end';

/** An import statement's first line, and a relative specifier in it. */
const IMPORT_START = /^import[\s{*]/;
const RELATIVE_FROM = /(?:from\s+|^import\s+)["']\.\.?\//;

/** Where an import statement that starts at `start` ends (the line holding its `;`). */
function importEnd(lines: readonly string[], start: number, file: string): number {
  for (let index = start; index < lines.length; index++) {
    if (/;\s*(\/\/.*)?$/.test(lines[index]!)) return index;
  }
  throw new Error(`${file}:${start + 1}: an import without a closing ";"`);
}

/** The lines of `source` a generated file gets: stripped blocks and relative imports left out, keep markers removed. */
function keptLines(source: string, file: string): string[] {
  const lines = source.split('\n');
  const kept: string[] = [];
  // After a dropped run, one blank line that would double the blank line before it (or lead the text) goes too.
  let dropped = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const trimmed = line.trim();
    if (trimmed === STRIP_BEGIN) {
      const end = lines.findIndex((candidate, at) => at > index && candidate.trim() === STRIP_END);
      if (end < 0) throw new Error(`${file}:${index + 1}: "${STRIP_BEGIN}" without "${STRIP_END}"`);
      index = end;
      dropped = true;
      continue;
    }
    if (trimmed === STRIP_END) throw new Error(`${file}:${index + 1}: "${STRIP_END}" without "${STRIP_BEGIN}"`);
    if (trimmed.endsWith(STRIP)) {
      dropped = true;
      continue;
    }
    if (IMPORT_START.test(line)) {
      const end = importEnd(lines, index, file);
      const statement = lines.slice(index, end + 1);
      const last = statement[statement.length - 1]!;
      if (last.endsWith(KEEP)) {
        statement[statement.length - 1] = last.slice(0, -KEEP.length);
      } else if (statement.some((part) => RELATIVE_FROM.test(part))) {
        index = end;
        dropped = true;
        continue;
      }
      kept.push(...statement);
      index = end;
      dropped = false;
      continue;
    }
    if (dropped && trimmed === '' && (kept.length === 0 || kept[kept.length - 1]!.trim() === '')) {
      dropped = false;
      continue;
    }
    dropped = false;
    kept.push(line);
  }
  return kept;
}

/** A runtime module's code as a generated file carries it (see the conventions above), before partial escaping. */
export function runtimeCode(source: string, file: string): string {
  return keptLines(source, file).join('\n');
}

/**
 * The Handlebars partial for one runtime module: its text as a generated file gets it (see the conventions above).
 * `file` names the module in errors.
 */
export function runtimePartial(source: string, file: string): string {
  return keptLines(source, file)
    .join('\n')
    .replaceAll('{{', '\\{{')
    .replace(/\$\$([A-Za-z_][A-Za-z0-9_]*)/g, '{{$1}}');
}
