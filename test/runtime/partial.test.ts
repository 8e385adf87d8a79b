// The helper that turns a runtime module into the partial templates include (generator/runtime.ts), and how
// loadTemplates finds runtime modules (built in, nested, overridden by file name).
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { afterAll, describe, expect, it } from 'vitest';
import { formatText } from '../../generator/format.js';
import { runtimePartial } from '../../generator/runtime.js';
import { BUILTIN_RUNTIME, loadTemplates } from '../../generator/templates.js';

type Case = [string, { given: string; want: string }];

const table: Case[] = [
  [
    'a relative import joins modules of one generated file: dropped, with the blank line after it',
    {
      given: 'import type { FieldError } from "./validators.js";\n\nexport type A = FieldError;\n',
      want: 'export type A = FieldError;\n',
    },
  ],
  [
    'a multi-line relative import is dropped whole',
    {
      given: 'import {\n  a,\n  b,\n} from "../x.js";\nconst c = 1;\n',
      want: 'const c = 1;\n',
    },
  ],
  [
    'a package import stays',
    {
      given: 'import { readFile } from "node:fs/promises";\nimport { Agent } from "undici";\n',
      want: 'import { readFile } from "node:fs/promises";\nimport { Agent } from "undici";\n',
    },
  ],
  [
    'a relative import marked specgen:keep stays, without the marker',
    {
      given: 'import type { ClientOptions } from "./client.js"; // specgen:keep\n',
      want: 'import type { ClientOptions } from "./client.js";\n',
    },
  ],
  [
    'a strip block goes, and the blank line that would double the one before it',
    {
      given: 'const a = 1;\n\n// specgen:strip-begin\nexport { $x };\n// specgen:strip-end\n\nconst b = 2;\n',
      want: 'const a = 1;\n\nconst b = 2;\n',
    },
  ],
  [
    'a strip block at the end leaves the text ending in one newline',
    {
      given: 'const a = 1;\n\n// specgen:strip-begin\nexport { $a };\n// specgen:strip-end\n',
      want: 'const a = 1;\n',
    },
  ],
  [
    'a line ending in specgen:strip goes',
    { given: 'const a = 1;\nconst hook = 2; // specgen:strip\nconst b = 3;\n', want: 'const a = 1;\nconst b = 3;\n' },
  ],
  [
    '$$name becomes a template expression',
    {
      given: 'readonly apiStatus: $$statusType | undefined;\n',
      want: 'readonly apiStatus: {{statusType}} | undefined;\n',
    },
  ],
  [
    'a literal {{ is escaped so that Handlebars copies it',
    { given: 'const t = `${"{{"}x}}`;\n', want: 'const t = `${"\\{{"}x}}`;\n' },
  ],
  [
    'a $ followed by a template literal hole is no template expression',
    { given: 'const price = `$${amount}`;\n', want: 'const price = `$${amount}`;\n' },
  ],
];

describe('runtimePartial', () => {
  it.each(table)('%s', (_, { given, want }) => {
    expect(runtimePartial(given, 'm.ts')).toBe(want);
  });

  it('the partial renders the module text, holes filled and literal braces kept', () => {
    const source = 'type S = $$statusType;\nconst t = "{{not a hole}}";\n';
    const render = Handlebars.create().compile(runtimePartial(source, 'm.ts'), { strict: true, noEscape: true });
    expect(render({ statusType: 'Status' })).toBe('type S = Status;\nconst t = "{{not a hole}}";\n');
  });

  it.each([
    ['// specgen:strip-begin\nconst a = 1;\n', 'm.ts:1: "// specgen:strip-begin" without "// specgen:strip-end"'],
    ['const a = 1;\n// specgen:strip-end\n', 'm.ts:2: "// specgen:strip-end" without "// specgen:strip-begin"'],
    ['const a = 1;\nimport {\n  b\n', 'm.ts:2: an import without a closing ";"'],
  ])('a malformed module is refused with its file and line: %j', (given, message) => {
    expect(() => runtimePartial(given, 'm.ts')).toThrow(message);
  });
});

describe('runtime modules', () => {
  const scratch: string[] = [];
  afterAll(async () => {
    for (const folder of scratch) await rm(folder, { recursive: true, force: true });
  });

  it('every runtime/**/*.ts is a partial named runtime/<path>, stripped', async () => {
    const names = (await readdir(BUILTIN_RUNTIME, { recursive: true })).filter((name) => name.endsWith('.ts'));
    expect(names.length).toBeGreaterThanOrEqual(4);
    const { partials } = await loadTemplates();
    for (const name of names) {
      const source = await readFile(join(BUILTIN_RUNTIME, name), 'utf8');
      expect(partials[`runtime/${name.slice(0, -3)}`]).toBe(runtimePartial(source, name));
    }
  });

  it('every runtime module is formatted exactly as the format stage would (it is passed through untouched)', async () => {
    const names = (await readdir(BUILTIN_RUNTIME, { recursive: true })).filter((name) => name.endsWith('.ts'));
    for (const name of names) {
      const source = await readFile(join(BUILTIN_RUNTIME, name), 'utf8');
      expect(await formatText(source, 'babel-ts'), `runtime/${name}: run npm run format:templates`).toBe(source);
    }
  });

  it('a --templates folder replaces a runtime module by file name and adds nested ones', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'specgen-runtime-'));
    scratch.push(folder);
    await mkdir(join(folder, 'runtime', 'testing'), { recursive: true });
    await writeFile(join(folder, 'runtime', 'client.ts'), '// specgen:strip-begin\n// mine\n// specgen:strip-end\nA\n');
    await writeFile(join(folder, 'runtime', 'testing', 'server.ts'), 'import { x } from "../client.js";\nB\n');
    const { partials } = await loadTemplates(folder);
    expect(partials['runtime/client']).toBe('A\n');
    expect(partials['runtime/testing/server']).toBe('B\n');
    expect(partials['runtime/validators']).toContain('export interface FieldError');
  });
});
