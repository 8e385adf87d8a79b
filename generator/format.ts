import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Plugin } from 'prettier';
import { SpecgenError } from './errors.js';
import { jsonLaidOut } from './print/json-layout.js';
import type { OutputFile } from './render.js';

/** Prettier options fixed by specgen: output never depends on the caller's configuration. */
export const PRETTIER_OPTIONS = {
  printWidth: 120,
  singleQuote: false,
  trailingComma: 'all',
  semi: true,
  tabWidth: 2,
} as const;

/**
 * Templates put this line between top-level declarations. Formatting each piece alone gives the same text as
 * formatting the whole file (Prettier keeps one blank line between top-level statements), and lets large files be
 * formatted on several cores. Spec text can never produce the line: it reaches code only as literals and comments.
 */
export const CHUNK_MARKER = '//@specgen-chunk';

/** Below this much code, starting worker threads costs more than it saves. */
const PARALLEL_THRESHOLD = 512 * 1024;

/** The parser for a generated file, by extension. `babel-ts` prints the same as `typescript`, about twice as fast. */
function parserFor(path: string): 'babel-ts' | 'json' | undefined {
  if (path.endsWith('.ts')) return 'babel-ts';
  if (path.endsWith('.json')) return 'json';
  return undefined;
}

/** One piece of work: a chunk of a file, in order; `parser` undefined when it is already formatted. */
interface Task {
  readonly file: number;
  readonly path: string;
  readonly text: string;
  readonly parser: string | undefined;
  /** The line of the rendered file this chunk starts on (1-based), to place a syntax error; 0 when laid out. */
  readonly line: number;
}

/** A chunk whose marker says the printer already laid it out exactly as Prettier would. */
const FORMATTED = ' formatted';

/** Splits a rendered file at its chunk markers into pieces, each with whether it still needs formatting. */
function chunks(contents: string): { text: string; formatted: boolean; line: number }[] {
  const pieces: { text: string; formatted: boolean; line: number }[] = [];
  // Lines are counted from the previous chunk's start, not from the file's: linear in the file's size.
  let counted = 0;
  let line = 1;
  const lineAt = (offset: number): number => {
    for (let at = contents.indexOf('\n', counted); at !== -1 && at < offset; at = contents.indexOf('\n', at + 1))
      line++;
    counted = Math.max(counted, offset);
    return line;
  };
  const marker = new RegExp(`\\n${CHUNK_MARKER}(${FORMATTED})?\\n`, 'g');
  // A file may start with a marker too (the whole file, or its first part, already laid out).
  const leading = new RegExp(`^${CHUNK_MARKER}(${FORMATTED})?\\n`).exec(contents);
  let start = leading ? leading[0].length : 0;
  let formatted = leading?.[1] !== undefined;
  marker.lastIndex = start;
  for (let match = marker.exec(contents); match !== null; match = marker.exec(contents)) {
    // Only a chunk Prettier reads can fail to parse: the lines before a laid-out one are counted when needed.
    pieces.push({ text: contents.slice(start, match.index), formatted, line: formatted ? 0 : lineAt(start) });
    formatted = match[1] !== undefined;
    start = match.index + match[0].length;
  }
  pieces.push({ text: contents.slice(start), formatted, line: formatted ? 0 : lineAt(start) });
  return pieces.filter((piece) => piece.text.trim() !== '');
}

/**
 * Formats one text with Prettier's standalone build (no config lookup, no plugins from disk). The babel plugin holds
 * the `babel-ts` and `json` parsers the format stage uses; the TypeScript plugin (900 KB, about 30 ms to load cold) is
 * loaded only for a caller that asks for the `typescript` parser (tests comparing the two).
 */
export async function formatText(text: string, parser: string): Promise<string> {
  const [prettier, estree, babel, typescript] = await Promise.all([
    import('prettier/standalone'),
    import('prettier/plugins/estree'),
    import('prettier/plugins/babel'),
    parser === 'typescript' ? import('prettier/plugins/typescript') : undefined,
  ]);
  const plugins: Plugin[] = [estree.default ?? estree, babel.default ?? babel];
  if (typescript !== undefined) plugins.push(typescript.default ?? typescript);
  return prettier.format(text, { ...PRETTIER_OPTIONS, parser, plugins });
}

/** Formats one task, naming its file when the generated code does not parse. */
async function formatTask(task: Task): Promise<string> {
  if (task.parser === undefined) return task.text;
  try {
    return await formatText(task.text, task.parser);
  } catch (error) {
    if (error instanceof RangeError) throw error;
    throw syntaxError(task, error);
  }
}

/**
 * Generated code that does not parse is a template's fault (specgen's printers only emit valid code): reported as
 * bad input, at its line in the generated file as rendered, before formatting.
 */
function syntaxError(task: Task, error: unknown): SpecgenError {
  const { loc } = error as { loc?: { start?: { line?: number; column?: number } } };
  const message = String((error as Error).message ?? error)
    .split('\n')[0]!
    .replace(/ \(\d+:\d+\)$/, '');
  const line = loc?.start?.line;
  return new SpecgenError({
    message: `generated code is not valid ${task.parser === 'json' ? 'JSON' : 'TypeScript'}: ${message} (a template renders code that does not parse)`,
    location: {
      file: task.path,
      pointer: '',
      ...(line !== undefined ? { line: task.line + line - 1, column: (loc?.start?.column ?? 0) + 1 } : {}),
    },
  });
}

/** The worker script beside this module, when it exists (the compiled build; tests run the sources in-process). */
function workerScript(): string | undefined {
  const path = fileURLToPath(new URL('./format-worker.js', import.meta.url));
  return existsSync(path) ? path : undefined;
}

/** Runs tasks on worker threads plus this thread, each taking the next task when free; results in task order. */
async function runParallel(tasks: readonly Task[], script: string, workers: number): Promise<string[]> {
  const results: string[] = new Array<string>(tasks.length);
  let next = 0;
  const take = (): number | undefined => (next < tasks.length ? next++ : undefined);
  const local = async (): Promise<void> => {
    for (let index = take(); index !== undefined; index = take()) {
      results[index] = await formatTask(tasks[index]!);
      // Formatting never waits on I/O: yield, or the workers' finished tasks would sit unread in the queue.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const remote = (worker: Worker): Promise<void> =>
    new Promise((resolve, reject) => {
      let current: number | undefined;
      const send = (): void => {
        current = take();
        while (current !== undefined && tasks[current]!.parser === undefined) {
          results[current] = tasks[current]!.text;
          current = take();
        }
        if (current === undefined) resolve();
        else worker.postMessage({ text: tasks[current]!.text, parser: tasks[current]!.parser });
      };
      worker.on('message', (message: { ok: boolean; text: string; loc?: unknown }) => {
        if (!message.ok)
          return reject(syntaxError(tasks[current!]!, Object.assign(new Error(message.text), { loc: message.loc })));
        results[current!] = message.text;
        send();
      });
      worker.on('error', reject);
      send();
    });
  const pool = Array.from({ length: workers }, () => new Worker(script));
  try {
    await Promise.all([local(), ...pool.map(remote)]);
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return results;
}

/** The chunks of rendered files that the printers did not lay out: what the format stage gives to Prettier. */
export function unformattedChunks(files: readonly OutputFile[]): { path: string; text: string }[] {
  return files.flatMap((file) => {
    const parser = parserFor(file.path);
    if (parser === undefined) return [];
    return chunks(file.contents)
      .filter((piece) => (parser === 'json' ? !jsonLaidOut(file.contents) : !piece.formatted))
      .map((piece) => ({ path: file.path, text: piece.text }));
  });
}

/**
 * Formats every file with Prettier. It is also a syntax gate: a template that renders broken code fails here, naming
 * the file. Large outputs are split at the templates' chunk markers and formatted on every core.
 */
export async function format(files: readonly OutputFile[]): Promise<OutputFile[]> {
  const tasks: Task[] = [];
  files.forEach((file, index) => {
    const parser = parserFor(file.path);
    if (parser === undefined) return;
    if (parser === 'json' && jsonLaidOut(file.contents)) {
      tasks.push({ file: index, path: file.path, text: file.contents, parser: undefined, line: 1 });
      return;
    }
    for (const piece of chunks(file.contents)) {
      const text = piece.formatted ? `${withoutTrailingNewlines(piece.text)}\n` : piece.text;
      tasks.push({
        file: index,
        path: file.path,
        text,
        parser: piece.formatted ? undefined : parser,
        line: piece.line,
      });
    }
  });
  const size = tasks.reduce((total, task) => total + (task.parser === undefined ? 0 : task.text.length), 0);
  const script = workerScript();
  const workers = Math.min(availableParallelism() - 1, 3);
  // Everything laid out (Kubernetes, ImageTag, the large specs): no promise per chunk, nothing to wait for.
  const formatted =
    size === 0
      ? tasks.map((task) => task.text)
      : size >= PARALLEL_THRESHOLD && script !== undefined && workers > 0
        ? await runParallel(tasks, script, workers)
        : await Promise.all(tasks.map(formatTask));
  // Each file's pieces, in task order (tasks are pushed file by file).
  const pieces = files.map((): string[] => []);
  tasks.forEach((task, index) => pieces[task.file]!.push(formatted[index]!));
  return files.map((file, index) =>
    pieces[index]!.length === 0 ? file : { path: file.path, contents: pieces[index]!.join('\n') },
  );
}

/** `text` without the newlines it ends with (a scan back from the end: the regex `\n+$` tried every newline). */
function withoutTrailingNewlines(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  return end === text.length ? text : text.slice(0, end);
}
