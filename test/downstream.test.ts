// A downstream project, set up by following only the README's "Install" and "Add specgen to your build" sections
// in a scratch folder: specgen installed from a tarball (npm pack) and from a git URL, `specgen generate` run from
// an npm script, the generated package added as a dependency, and a TypeScript file that imports the generated
// client and validators type-checked under strict (nodenext) and run under plain node. No build step anywhere.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { TODO_SPEC } from './support/cli.js';
import { repoPath } from './support/pipeline.js';

const exec = promisify(execFile);
const run = (command: string, args: string[], cwd: string) =>
  exec(command, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, npm_config_fund: 'false' } });
/** npm takes what it has cached first: the registry is reachable, but the test should not depend on its speed. */
const npmInstall = ['install', '--no-audit', '--no-fund', '--prefer-offline'];

/** `npm pack` of this checkout (as built by `npm test`), made in a copy so the checkout's package.json is untouched. */
async function packTarball(): Promise<string> {
  const stage = await mkdtemp(join(tmpdir(), 'specgen-release-'));
  // What package.json's `files` ships, plus the script that strips the manifest as prepack does.
  const { files } = JSON.parse(await readFile(repoPath('package.json'), 'utf8')) as { files: string[] };
  for (const path of [...files, 'package.json', 'README.md', 'scripts/pack-manifest.mjs'])
    await cp(repoPath(path), join(stage, path), { recursive: true });
  await run(process.execPath, ['scripts/pack-manifest.mjs', 'strip'], stage);
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json'], stage);
  const [{ filename }] = JSON.parse(stdout) as [{ filename: string }];
  return join(stage, filename);
}

const MAIN_TS = `import { createClient } from "@acme/todo-client/client";
import { isTodo, validateTodo } from "@acme/todo-client/validators";
import type { Todo } from "@acme/todo-client/types";

// No @types/node here: the generated package must not need it, so the script declares what it reads itself.
declare const process: { readonly argv: readonly string[] };
const client = createClient({ baseUrl: process.argv[2]! });
const todo: Todo = await client.getTodo({ id: "42" });
console.log(JSON.stringify({ todo, valid: isTodo(todo), errors: validateTodo({ id: 1 }).valid }));
`;

/**
 * Follows the README in a scratch folder: install specgen with `installArgs`, add the config and the script, run
 * it, add the generated package, then type-check and run code that imports it. Returns npm's install output.
 */
async function followReadme(installArgs: string[]): Promise<{ installOutput: string; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'specgen-downstream-'));
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'downstream', private: true, type: 'module' }));
  const installed = await run('npm', [...npmInstall, '--save-dev', ...installArgs], dir);
  await mkdir(join(dir, 'specs'));
  await writeFile(join(dir, 'specs/todo.yaml'), TODO_SPEC);
  await writeFile(
    join(dir, 'specgen.config.json'),
    JSON.stringify({ jobs: [{ spec: 'specs/todo.yaml', out: 'generated/todo', name: '@acme/todo-client' }] }),
  );
  const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
  await writeFile(join(dir, 'package.json'), JSON.stringify({ ...pkg, scripts: { generate: 'specgen generate' } }));
  await run('npm', ['run', 'generate'], dir);
  await run('npm', [...npmInstall, './generated/todo'], dir);
  return { installOutput: `${installed.stdout}\n${installed.stderr}`, dir };
}

/** Type-checks main.ts under strict nodenext with the TypeScript this checkout uses, then runs its output. */
async function typeCheckAndRun(dir: string): Promise<unknown> {
  await writeFile(join(dir, 'main.ts'), MAIN_TS);
  await writeFile(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        lib: ['ES2023', 'DOM'],
        types: [],
        outDir: 'out',
        skipLibCheck: false,
      },
      files: ['main.ts'],
    }),
  );
  await run(process.execPath, [repoPath('node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], dir).catch(
    (error: { stdout?: string; message: string }) => {
      throw new Error(`${error.message}\n${error.stdout ?? ''}`);
    },
  );
  const server = createServer((request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ id: request.url?.split('/').pop(), title: 'write tests' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as { port: number };
    const { stdout } = await run(process.execPath, ['out/main.js', `http://127.0.0.1:${port}`], dir);
    return JSON.parse(stdout);
  } finally {
    server.close();
  }
}

const EXPECTED = { todo: { id: '42', title: 'write tests' }, valid: true, errors: false };

describe('a downstream project that follows the README', () => {
  let tarball: string;
  beforeAll(async () => {
    tarball = await packTarball();
  }, 120_000);

  it('installs specgen from a tarball with no install script, generates, type-checks and runs', async () => {
    const { installOutput, dir } = await followReadme([tarball]);
    expect(installOutput).not.toMatch(/install-scripts|install script/i);
    expect(await typeCheckAndRun(dir)).toEqual(EXPECTED);
    // The programmatic entry: defineConfig and generate, typed.
    await writeFile(
      join(dir, 'api.ts'),
      `import { defineConfig, generate, type JobResult } from "specgen";\n` +
        `const config = defineConfig({ spec: "specs/todo.yaml", out: "generated/todo", name: "@acme/todo-client" });\n` +
        `const results: JobResult[] = await generate(config, { check: true });\n` +
        `console.log(results.map((result) => result.kind).join());\n`,
    );
    await writeFile(
      join(dir, 'tsconfig.api.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'NodeNext', strict: true, types: [], outDir: 'out' },
        files: ['api.ts'],
      }),
    );
    await run(process.execPath, [repoPath('node_modules/typescript/bin/tsc'), '-p', 'tsconfig.api.json'], dir);
    expect((await run(process.execPath, ['out/api.js'], dir)).stdout.trim()).toBe('checked');
  }, 300_000);

  it('installs specgen from a git URL (npm builds it), generates, type-checks and runs', async () => {
    const repo = await mkdtemp(join(tmpdir(), 'specgen-git-'));
    const tracked = (await run('git', ['ls-files', '-z'], repoPath('.'))).stdout.split('\0').filter(Boolean);
    // The working tree's tracked files, as a clone of this commit (with what is not committed yet) would have them.
    for (const path of tracked) await cp(repoPath(path), join(repo, path), { recursive: true }).catch(() => undefined);
    await run('git', ['init', '-q', '-b', 'main'], repo);
    await run('git', ['add', '-A'], repo);
    await run('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'release'], repo);
    const { dir } = await followReadme([`git+file://${repo}`]);
    expect(await typeCheckAndRun(dir)).toEqual(EXPECTED);
  }, 600_000);
});
