// Helpers for tests that run the built CLI and look at what it wrote.
import { execFile } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoPath } from './pipeline.js';

const run = promisify(execFile);

/** Runs the built CLI (npm test builds it first) in `cwd`; its exit code and output, never a rejection. */
export async function specgen(
  args: readonly string[],
  cwd: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [repoPath('bin/specgen.js'), ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** Every file below a folder, by path relative to it, with its text. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[path.slice(dir.length + 1)] = await readFile(path, 'utf8');
  }
  return files;
}

/** A small non-Kubernetes API with a server URL, one operation and one schema. */
export const TODO_SPEC = `openapi: 3.0.3
info: { title: Todo API, version: 1.0.0 }
servers: [{ url: http://127.0.0.1 }]
paths:
  /todos/{id}:
    get:
      operationId: getTodo
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Todo' } } } }
components:
  schemas:
    Todo:
      type: object
      required: [id, title]
      properties:
        id: { type: string }
        title: { type: string, minLength: 1 }
        done: { type: boolean }
`;
