// Type-checks a generated package on disk with TypeScript 7's native compiler (tsgo), which checks megabytes of
// generated code in seconds where the JavaScript compiler (ts-morph) takes minutes.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { OutputFile } from '../../generator/render.js';
import { repoPath } from './pipeline.js';

/** The compiler options the scale tests hold generated code to: what a strict downstream project uses. */
export const STRICT_TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib: ['ES2023', 'DOM'],
    types: ['node'],
    strict: true,
    noUncheckedIndexedAccess: true,
    // Our files are .ts and always checked; this also checks the declarations they pull in (@types/node, undici).
    skipLibCheck: false,
    noEmit: true,
  },
  include: ['src'],
} as const;

/**
 * Writes the generated files into a new temporary folder, with the strict tsconfig above as `tsconfig.check.json`
 * and `node_modules` linked to the repository's (for `@types/node` and `undici`). Returns the folder.
 */
export async function writePackage(files: readonly OutputFile[], label: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `specgen-scale-${label}-`));
  for (const file of files) {
    const path = join(dir, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.contents);
  }
  await writeFile(join(dir, 'tsconfig.check.json'), JSON.stringify(STRICT_TSCONFIG, null, 2));
  await symlink(repoPath('node_modules'), join(dir, 'node_modules'), 'junction');
  return dir;
}

/** Removes a folder made by writePackage. */
export function removePackage(dir: string | undefined): Promise<void> {
  return dir === undefined ? Promise.resolve() : rm(dir, { recursive: true, force: true });
}

/** What tsgo said about a package: its exit code, every `error TS` diagnostic line, and how long it took. */
export interface CheckResult {
  readonly code: number | null;
  readonly diagnostics: readonly string[];
  readonly output: string;
  readonly ms: number;
}

/** Runs `tsc --noEmit` of typescript@7 (tsgo) on the folder's tsconfig.check.json. Never rejects. */
export function typecheck(dir: string): Promise<CheckResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [repoPath('node_modules/typescript7/bin/tsc'), '-p', join(dir, 'tsconfig.check.json'), '--pretty', 'false'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = (code: number | null, extra = '') => {
      const output = Buffer.concat(chunks).toString('utf8') + extra;
      const diagnostics = output.split('\n').filter((line) => /error TS\d+/.test(line));
      resolve({ code, diagnostics, output, ms: Math.round(performance.now() - started) });
    };
    child.on('error', (error) => done(null, String(error)));
    child.on('close', (code) => done(code));
  });
}
