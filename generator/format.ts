import type { OutputFile } from './render.js';

/** Prettier options fixed by specgen: output never depends on the caller's configuration. */
const PRETTIER_OPTIONS = {
  printWidth: 120,
  singleQuote: false,
  trailingComma: 'all',
  semi: true,
  tabWidth: 2,
} as const;

/** The parser for a generated file, by extension. */
function parserFor(path: string): 'typescript' | 'json' | undefined {
  if (path.endsWith('.ts')) return 'typescript';
  if (path.endsWith('.json')) return 'json';
  return undefined;
}

/**
 * Formats every file with Prettier's standalone build (no config lookup, no plugins loaded from disk). It is also a
 * syntax gate: a template that renders broken code fails here, naming the file.
 */
export async function format(files: readonly OutputFile[]): Promise<OutputFile[]> {
  const [prettier, typescript, estree, babel] = await Promise.all([
    import('prettier/standalone'),
    import('prettier/plugins/typescript'),
    import('prettier/plugins/estree'),
    import('prettier/plugins/babel'),
  ]);
  const plugins = [typescript.default ?? typescript, estree.default ?? estree, babel.default ?? babel];
  return Promise.all(
    files.map(async (file) => {
      const parser = parserFor(file.path);
      if (parser === undefined) return file;
      try {
        return {
          path: file.path,
          contents: await prettier.format(file.contents, { ...PRETTIER_OPTIONS, parser, plugins }),
        };
      } catch (error) {
        // Prettier recursing past the stack is not a template bug; generate() reports it as too deep an input.
        if (error instanceof RangeError) throw error;
        throw new Error(`generated ${file.path} is not valid ${parser}: ${(error as Error).message}`);
      }
    }),
  );
}
