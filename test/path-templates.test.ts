/**
 * RFC 6570 path templates (`{name*}`, `{.label}`, `{;matrix}`, `{/segment}`) and path parameters an operation forgets
 * to declare (issue 13): the spec generates, compiles under strict, and the client puts each value where the template
 * says.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ts } from 'ts-morph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, type GenerateResult } from '../generator/index.js';
import { parseSource } from '../generator/load.js';
import { loadTemplates } from '../generator/templates.js';
import { compileDiagnostics } from './support/compile.js';

const SPEC = `openapi: 3.0.3
info: {title: templates, version: "1"}
paths:
  /files/{name*}:
    get:
      operationId: getFile
      parameters: [{name: name, in: path, required: true, schema: {type: string}}]
      responses: {"204": {description: ok}}
  /images{.format}:
    get:
      operationId: getImage
      parameters: [{name: format, in: path, required: true, schema: {type: string}}]
      responses: {"204": {description: ok}}
  /cars{;color}:
    get:
      operationId: getCars
      parameters: [{name: color, in: path, required: true, schema: {type: string}}]
      responses: {"204": {description: ok}}
  /repos{/owner}/issues/{number}:
    get:
      operationId: getIssue
      parameters: [{name: owner, in: path, required: true, schema: {type: string}}]
      responses: {"204": {description: ok}}
`;

type Client = Record<string, (params: Record<string, unknown>) => Promise<unknown>>;

describe('RFC 6570 path templates and undeclared path parameters', () => {
  let result: GenerateResult;
  let dir: string;
  let client: Client;
  const urls: string[] = [];
  beforeAll(async () => {
    result = await generate(
      { spec: parseSource('templates.yaml', SPEC) },
      { templates: await loadTemplates(), packageName: '@specgen/templates' },
    );
    dir = await mkdtemp(join(tmpdir(), 'specgen-templates-'));
    await writeFile(join(dir, 'package.json'), '{ "type": "module" }\n');
    for (const file of result.files) {
      if (!file.path.endsWith('.ts') || file.path === 'src/node.ts') continue;
      const { outputText } = ts.transpileModule(file.contents, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      });
      const target = join(dir, file.path.replace(/\.ts$/, '.js'));
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, outputText);
    }
    const module = (await import(pathToFileURL(join(dir, 'src/client.js')).href)) as {
      createClient: (options: object) => Client;
    };
    client = module.createClient({
      baseUrl: 'https://api.example.com',
      fetch: async (input: string | URL | Request) => {
        urls.push(String(input instanceof Request ? input.url : input));
        return new Response(null, { status: 204 });
      },
    });
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('warns, located, about the undeclared parameter only', () => {
    expect(result.warnings.map((warning) => [warning.location?.line, warning.message])).toEqual([
      [
        21,
        'the path "/repos{/owner}/issues/{number}" has the parameter {number}, but the operation declares no path parameter "number"; it is typed string',
      ],
    ]);
  });

  it('compiles under strict, with the undeclared parameter a required string', () => {
    const sources = Object.fromEntries(
      result.files
        .filter((file) => file.path.endsWith('.ts') && file.path !== 'src/node.ts')
        .map((file) => [file.path, file.contents]),
    );
    const use = [
      "import { createClient } from './client.js';",
      "const client = createClient({ baseUrl: 'https://x.example' });",
      "void client.getIssue({ owner: 'o', number: '7' });",
      '// @ts-expect-error number is required',
      "void client.getIssue({ owner: 'o' });",
      '// @ts-expect-error number is a string',
      "void client.getIssue({ owner: 'o', number: 7 });",
    ].join('\n');
    expect(compileDiagnostics({ ...sources, 'src/use.ts': use })).toEqual([]);
  });

  it('puts each value where its expression says', async () => {
    await client['getFile']!({ name: 'a b' });
    await client['getImage']!({ format: 'png' });
    await client['getCars']!({ color: 'red' });
    await client['getIssue']!({ owner: 'me', number: '7' });
    expect(urls).toEqual([
      'https://api.example.com/files/a%20b',
      'https://api.example.com/images.png',
      'https://api.example.com/cars;color=red',
      'https://api.example.com/repos/me/issues/7',
    ]);
  });
});
