// specgen:strip-begin
// The kubeconfig YAML subset parser of the Node entry (templates/node.hbs includes it after runtime/node.ts).
import { KubeconfigError } from "./node.js";

// specgen:strip-end
/**
 * Parses the YAML subset kubeconfig files use: block mappings and sequences, plain, single- and double-quoted
 * scalars, comments, and flow collections (so JSON too, which kubeconfig may be). Plain scalars follow the YAML 1.2
 * core schema (`true`, `null`, `42`). Anything else (anchors, aliases, tags, block or multi-line scalars, several
 * documents) is refused with `file:line:column`.
 */
export function parseKubeconfigYaml(text: string, source = "kubeconfig"): unknown {
  return new $Yaml(text, source).document();
}

interface $Line {
  /** 1-based line number. */
  readonly number: number;
  /** Offset of the first character of the line in the source. */
  readonly lineStart: number;
  /** Offset where this (possibly virtual, see `$Yaml.sequence`) line's content starts. */
  readonly start: number;
  /** Offset of the line's end (its newline, or the end of the source). */
  readonly end: number;
  readonly indent: number;
  /** The indentation holds a tab: an error if the line is read as block structure. */
  readonly tab: boolean;
}

const $MAX_DEPTH = 100;

class $Yaml {
  private readonly src: string;
  private readonly lines: $Line[] = [];
  private readonly lineStarts: number[] = [];
  private readonly file: string;
  private index = 0;
  /** The read position of the flow parser. */
  private at = 0;

  constructor(text: string, file: string) {
    this.file = file;
    this.src = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
    let offset = 0;
    let content = false;
    for (const [i, raw] of this.src.split("\n").entries()) {
      this.lineStarts.push(offset);
      const lineStart = offset;
      offset += raw.length + 1;
      const trimmed = raw.trim();
      if (trimmed === "" || trimmed.startsWith("#")) continue;
      const indent = raw.length - raw.trimStart().length;
      const line: $Line = {
        number: i + 1,
        lineStart,
        start: lineStart + indent,
        end: lineStart + raw.length,
        indent,
        tab: raw.slice(0, indent).includes("\t"),
      };
      if (indent === 0 && /^---(\s|#|$)/.test(raw)) {
        if (content) throw this.error(line.start, "several YAML documents are not supported");
        if (raw.slice(3).trim() !== "" && !raw.slice(3).trim().startsWith("#"))
          throw this.error(line.start + 4, "content on the --- line is not supported");
        continue;
      }
      if (indent === 0 && /^\.\.\.(\s|#|$)/.test(raw)) {
        if (
          this.src
            .slice(offset)
            .split("\n")
            .some((rest) => rest.trim() !== "" && !rest.trim().startsWith("#"))
        ) {
          throw this.error(line.start, "several YAML documents are not supported");
        }
        break;
      }
      if (indent === 0 && raw.startsWith("%")) throw this.error(line.start, "YAML directives are not supported");
      content = true;
      this.lines.push(line);
    }
  }

  document(): unknown {
    if (this.lines.length === 0) return null;
    const value = this.node(this.lines[0]!.indent, 0);
    const rest = this.lines[this.index];
    if (rest !== undefined) throw this.error(rest.start, "unexpected content here (check the indentation)");
    return value;
  }

  private error(offset: number, message: string): KubeconfigError {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (this.lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return new KubeconfigError(`${this.file}:${low + 1}:${offset - this.lineStarts[low]! + 1}: ${message}`);
  }

  private text(line: $Line): string {
    return this.src.slice(line.start, line.end);
  }

  private block(line: $Line): $Line {
    if (line.tab) throw this.error(line.lineStart, "tabs cannot indent YAML");
    return line;
  }

  private static isEntry(text: string): boolean {
    return text === "-" || text.startsWith("- ") || text.startsWith("-\t");
  }

  /** The node starting at the current line, which is indented by `indent`. */
  private node(indent: number, depth: number): unknown {
    if (depth > $MAX_DEPTH) throw this.error(this.lines[this.index]!.start, "nested too deeply");
    const line = this.block(this.lines[this.index]!);
    const text = this.text(line);
    if ($Yaml.isEntry(text)) return this.sequence(indent, depth);
    if (this.key(line) !== undefined) return this.mapping(indent, depth);
    return this.inline(line, line.start, depth);
  }

  /** After `key:` or `-` with nothing behind: the node on the next lines, or null. */
  private nested(parentIndent: number, depth: number, sequenceMayAlign: boolean): unknown {
    const next = this.lines[this.index];
    if (next === undefined) return null;
    if (next.indent > parentIndent) return this.node(next.indent, depth + 1);
    // `key:` followed by `- item` at the key's own indentation is how kubectl writes lists.
    if (sequenceMayAlign && next.indent === parentIndent && $Yaml.isEntry(this.text(next)))
      return this.sequence(parentIndent, depth + 1);
    return null;
  }

  private sequence(indent: number, depth: number): unknown[] {
    const items: unknown[] = [];
    for (
      let line = this.lines[this.index];
      line !== undefined && line.indent === indent && $Yaml.isEntry(this.text(line));
      line = this.lines[this.index]
    ) {
      this.block(line);
      const after = this.src.slice(line.start + 1, line.end);
      const content = after.trimStart();
      if (content === "" || content.startsWith("#")) {
        this.index++;
        items.push(this.nested(indent, depth, false));
        continue;
      }
      // `- key: value` or `- - item`: the rest of the line is a node of its own, indented to where it starts.
      const shift = 1 + after.length - content.length;
      this.lines[this.index] = { ...line, start: line.start + shift, indent: line.indent + shift, tab: false };
      items.push(this.node(line.indent + shift, depth + 1));
    }
    return items;
  }

  private mapping(indent: number, depth: number): Record<string, unknown> {
    const result: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (
      let line = this.lines[this.index];
      line !== undefined && line.indent === indent;
      line = this.lines[this.index]
    ) {
      this.block(line);
      const entry = this.key(line);
      if (entry === undefined) {
        throw this.error(
          line.start,
          $Yaml.isEntry(this.text(line)) ? "a list item where a key was expected" : 'expected "key: value"',
        );
      }
      if (Object.prototype.hasOwnProperty.call(result, entry.key))
        throw this.error(line.start, `duplicate key "${entry.key}"`);
      const value = this.src.slice(entry.valueStart, line.end).trim();
      if (value === "" || value.startsWith("#")) {
        this.index++;
        result[entry.key] = this.nested(indent, depth, true);
      } else result[entry.key] = this.inline(line, entry.valueStart, depth);
    }
    return result;
  }

  /** `key:` at the start of a line: the key and where its value starts, or undefined when the line is no entry. */
  private key(line: $Line): { key: string; valueStart: number } | undefined {
    const text = this.text(line);
    const first = text[0];
    if (first === "{" || first === "[") return undefined;
    if (first === '"' || first === "'") {
      const quoted = this.quoted(line.start);
      let at = quoted.end;
      while (this.src[at] === " " || this.src[at] === "\t") at++;
      if (this.src[at] !== ":" || !$Yaml.separates(this.src[at + 1])) return undefined;
      return { key: quoted.value, valueStart: at + 1 };
    }
    if (first === "?" && $Yaml.separates(text[1])) throw this.error(line.start, "complex keys (?) are not supported");
    for (let i = 0; i < text.length; i++) {
      if (text[i] === "#" && i > 0 && (text[i - 1] === " " || text[i - 1] === "\t")) return undefined;
      if (text[i] === ":" && $Yaml.separates(text[i + 1])) {
        const key = text.slice(0, i).trimEnd();
        if (key === "") throw this.error(line.start, "a key is missing");
        this.checkPlainStart(key, line.start);
        return { key, valueStart: line.start + i + 1 };
      }
    }
    return undefined;
  }

  private static separates(char: string | undefined): boolean {
    return char === undefined || char === " " || char === "\t" || char === "\n";
  }

  private checkPlainStart(text: string, offset: number): void {
    const first = text[0] ?? "";
    if ("&*!".includes(first)) throw this.error(offset, "anchors, aliases and tags are not supported");
    if ("|>".includes(first))
      throw this.error(offset, "block scalars (| and >) are not supported: use a quoted string");
    if ("%@`".includes(first)) throw this.error(offset, `a plain value cannot start with ${first}: quote it`);
    if (first === "-" && $Yaml.separates(text[1])) throw this.error(offset, "a list item cannot start here");
  }

  /** A value that starts on the current line at `offset`: a scalar, or a flow collection that may span lines. */
  private inline(line: $Line, offset: number, depth: number): unknown {
    let start = offset;
    while (this.src[start] === " " || this.src[start] === "\t") start++;
    const first = this.src[start];
    if (first === "{" || first === "[") {
      this.at = start;
      const value = this.flow(depth);
      this.endOfValue(this.at);
      return value;
    }
    if (first === '"' || first === "'") {
      const quoted = this.quoted(start);
      this.endOfValue(quoted.end);
      return quoted.value;
    }
    const raw = this.src.slice(start, line.end);
    const comment = raw.search(/[ \t]#/);
    const text = (comment === -1 ? raw : raw.slice(0, comment)).trimEnd();
    this.checkPlainStart(text, start);
    if (/:[ \t]|:$/.test(text))
      throw this.error(start, 'a value cannot hold ": " unless quoted (or a mapping starts on the wrong line)');
    this.index++;
    const next = this.lines[this.index];
    if (next !== undefined && next.indent > line.indent) {
      throw this.error(next.start, "multi-line plain values are not supported: quote the value on one line");
    }
    return $Yaml.resolve(text);
  }

  /** After a value ending at `end`: only a comment may follow on that line; moves to the next line after it. */
  private endOfValue(end: number): void {
    let at = end;
    while (this.src[at] === " " || this.src[at] === "\t") at++;
    if (at < this.src.length && this.src[at] !== "\n" && this.src[at] !== "#")
      throw this.error(at, "unexpected text after the value");
    const lineEnd = this.src.indexOf("\n", at);
    const stop = lineEnd === -1 ? this.src.length : lineEnd;
    while (this.index < this.lines.length && this.lines[this.index]!.lineStart <= stop) this.index++;
    const next = this.lines[this.index];
    const ended = this.lines[this.index - 1];
    if (next !== undefined && ended !== undefined && next.indent > ended.indent) {
      throw this.error(next.start, "multi-line values are not supported here (check the indentation)");
    }
  }

  /** A single- or double-quoted scalar starting at `offset`, on one line. */
  private quoted(offset: number): { value: string; end: number } {
    const quote = this.src[offset];
    let value = "";
    for (let i = offset + 1; i < this.src.length;) {
      const char = this.src[i]!;
      if (char === "\n") break;
      if (quote === "'") {
        if (char === "'") {
          if (this.src[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          return { value, end: i + 1 };
        }
        value += char;
        i++;
        continue;
      }
      if (char === '"') return { value, end: i + 1 };
      if (char !== "\\") {
        value += char;
        i++;
        continue;
      }
      const escape = this.src[i + 1] ?? "";
      const simple: Readonly<Record<string, string>> = {
        "0": "\0",
        a: "\x07",
        b: "\b",
        t: "\t",
        "\t": "\t",
        n: "\n",
        v: "\v",
        f: "\f",
        r: "\r",
        e: "\x1b",
        " ": " ",
        '"': '"',
        "/": "/",
        "\\": "\\",
        N: "\x85",
        _: "\xa0",
        L: "\u2028",
        P: "\u2029",
      };
      const known = Object.prototype.hasOwnProperty.call(simple, escape) ? simple[escape] : undefined;
      if (known !== undefined) {
        value += known;
        i += 2;
        continue;
      }
      const width = escape === "x" ? 2 : escape === "u" ? 4 : escape === "U" ? 8 : 0;
      const hex = this.src.slice(i + 2, i + 2 + width);
      if (width === 0 || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width || parseInt(hex, 16) > 0x10ffff) {
        throw this.error(i, `unknown escape \\${escape} in a double-quoted string`);
      }
      value += String.fromCodePoint(parseInt(hex, 16));
      i += 2 + width;
    }
    throw this.error(offset, "unterminated quoted string (multi-line strings are not supported)");
  }

  /** Skips spaces, newlines and comments inside a flow collection. */
  private skipFlowSpace(): void {
    for (;;) {
      const char = this.src[this.at];
      if (char === " " || char === "\t" || char === "\n") this.at++;
      else if (char === "#" && (this.at === 0 || /\s/.test(this.src[this.at - 1]!))) {
        const end = this.src.indexOf("\n", this.at);
        this.at = end === -1 ? this.src.length : end;
      } else return;
    }
  }

  /** A flow node (`{...}`, `[...]`, a quoted or plain scalar) at `this.at`; JSON is one. */
  private flow(depth: number): unknown {
    if (depth > $MAX_DEPTH) throw this.error(this.at, "nested too deeply");
    this.skipFlowSpace();
    const first = this.src[this.at];
    if (first === "{") {
      this.at++;
      const result: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      for (;;) {
        this.skipFlowSpace();
        if (this.src[this.at] === "}") break;
        const keyAt = this.at;
        const key = this.flowScalar(true);
        if (typeof key !== "string") throw this.error(keyAt, "a key must be a string");
        if (Object.prototype.hasOwnProperty.call(result, key)) throw this.error(keyAt, `duplicate key "${key}"`);
        this.skipFlowSpace();
        if (this.src[this.at] === ":") {
          this.at++;
          this.skipFlowSpace();
          // `{a: }` and `{a}`: the value is null.
          result[key] = this.src[this.at] === "," || this.src[this.at] === "}" ? null : this.flow(depth + 1);
          this.skipFlowSpace();
        } else result[key] = null;
        if (this.src[this.at] === ",") this.at++;
        else if (this.src[this.at] !== "}") throw this.error(this.at, 'expected "," or "}"');
      }
      this.at++;
      return result;
    }
    if (first === "[") {
      this.at++;
      const items: unknown[] = [];
      for (;;) {
        this.skipFlowSpace();
        if (this.src[this.at] === "]") break;
        items.push(this.flow(depth + 1));
        this.skipFlowSpace();
        if (this.src[this.at] === ",") this.at++;
        else if (this.src[this.at] !== "]") throw this.error(this.at, 'expected "," or "]"');
      }
      this.at++;
      return items;
    }
    return this.flowScalar(false);
  }

  private flowScalar(isKey: boolean): unknown {
    const first = this.src[this.at];
    if (first === undefined) throw this.error(this.at, "unexpected end of input in a flow collection");
    if (first === '"' || first === "'") {
      const quoted = this.quoted(this.at);
      this.at = quoted.end;
      return quoted.value;
    }
    if ("{}[],:".includes(first) && !(first === ":" && !$Yaml.separates(this.src[this.at + 1]))) {
      throw this.error(this.at, isKey ? "a key is missing" : "a value is missing");
    }
    const start = this.at;
    for (;;) {
      const char = this.src[this.at];
      if (char === undefined || char === "\n" || ",[]{}".includes(char)) break;
      if (char === ":" && ($Yaml.separates(this.src[this.at + 1]) || ",[]{}".includes(this.src[this.at + 1] ?? "")))
        break;
      if (char === "#" && /\s/.test(this.src[this.at - 1] ?? "")) break;
      this.at++;
    }
    const text = this.src.slice(start, this.at).trimEnd();
    this.checkPlainStart(text, start);
    return isKey ? text : $Yaml.resolve(text);
  }

  /** A plain scalar under the YAML 1.2 core schema. */
  private static resolve(text: string): unknown {
    if (/^(?:~|null|Null|NULL|)$/.test(text)) return null;
    if (/^(?:true|True|TRUE)$/.test(text)) return true;
    if (/^(?:false|False|FALSE)$/.test(text)) return false;
    if (/^[-+]?[0-9]+$/.test(text)) return Number(text);
    if (/^0o[0-7]+$/.test(text)) return parseInt(text.slice(2), 8);
    if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.slice(2), 16);
    if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(text)) return Number(text);
    if (/^[-+]?\.(?:inf|Inf|INF)$/.test(text)) return text.startsWith("-") ? -Infinity : Infinity;
    if (/^\.(?:nan|NaN|NAN)$/.test(text)) return NaN;
    return text;
  }
}

// specgen:strip-begin
// Internals of the generated file, exported here for this module's unit tests only.
export { type $Line, $MAX_DEPTH, $Yaml };
// specgen:strip-end
