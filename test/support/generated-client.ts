// A client generated at test time from a fixture spec, transpiled to JavaScript in a temporary folder and imported,
// with its TypeScript sources for compile checks (test/support/compile.ts).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ts } from 'ts-morph';
import { generateFrom } from './pipeline.js';

/** A generated package, loaded. */
export interface GeneratedClient<M> {
  /** The client module (`src/client.ts`), imported. */
  readonly module: M;
  /** Every generated `src/*.ts` by file name (`client.ts`), for compileDiagnostics. */
  readonly sources: Readonly<Record<string, string>>;
  /** Removes the temporary folder. */
  readonly remove: () => Promise<void>;
}

/** Generates the spec (a repository path), writes its sources as JavaScript and imports the client module. */
export async function importGeneratedClient<M>(spec: string): Promise<GeneratedClient<M>> {
  const { files } = await generateFrom(spec);
  const dir = await mkdtemp(join(tmpdir(), 'specgen-client-'));
  await writeFile(join(dir, 'package.json'), '{ "type": "module" }\n');
  const sources: Record<string, string> = {};
  for (const file of files) {
    if (!/^src\/.*\.ts$/.test(file.path)) continue;
    sources[file.path.replace(/^src\//, '')] = file.contents;
    const { outputText } = ts.transpileModule(file.contents, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    const target = join(dir, file.path.replace(/\.ts$/, '.js'));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, outputText);
  }
  const module = (await import(pathToFileURL(join(dir, 'src/client.js')).href)) as M;
  return { module, sources, remove: () => rm(dir, { recursive: true, force: true }) };
}
