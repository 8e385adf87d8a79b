// A large generated file is compiled in pieces and its declarations without function bodies (generator/emit-pieces.ts):
// the result must be exactly what oxc-transform gives for the whole file, and anything the shortcut cannot vouch for
// must fall back to the whole-file compile, its errors included.
import { readFileSync } from 'node:fs';
import { transformSync } from 'oxc-transform';
import { describe, expect, it } from 'vitest';
import { emit } from '../../generator/emit.js';
import { declarationsWithoutBodies, piecewiseJs, PIECEWISE_THRESHOLD } from '../../generator/emit-pieces.js';
import { SpecgenError } from '../../generator/errors.js';
import { repoPath } from '../support/pipeline.js';

/** oxc-transform's output for the whole file: the reference. */
function whole(path: string, source: string): { code: string; declaration: string; errors: number } {
  const result = transformSync(path, source, {
    lang: 'ts',
    sourceType: 'module',
    target: 'es2022',
    typescript: { declaration: { stripInternal: false } },
  });
  return { code: result.code, declaration: result.declaration ?? '', errors: result.errors.length };
}

/** A generated-looking file over the threshold: annotated functions, constants, a type, JSDoc. */
function largeSource(extra = ''): string {
  const parts = ['import type { Pet } from "./types.js";\n', extra];
  for (let index = 0; parts.join('').length <= PIECEWISE_THRESHOLD; index++)
    parts.push(
      `const $c${index} = new Set(["a${index}", "b"]);\n\n`,
      `/** True if \`value\` is pet number ${index}. */\nexport function isPet${index}(value: unknown): value is Pet {\n`,
      `  if (typeof value !== "object" || value === null) return false;\n  return $c${index}.has(String(value));\n}\n\n`,
      `export function checkPet${index}(\n  value: unknown,\n  options: { readonly strict?: boolean } = {},\n): readonly string[] {\n`,
      `  const errors: string[] = [];\n  if (options.strict === true && !isPet${index}(value)) errors.push("pet ${index}");\n  return errors;\n}\n\n`,
    );
  parts.push('export type PetNumber = `${number}`;\n');
  return parts.join('');
}

describe('compiling a file in pieces', () => {
  it.each(['types.ts', 'validators.ts'])(
    'gives the whole-file output for ImageTag %s cut at every statement',
    async (name) => {
      const source = readFileSync(repoPath(`generated/imagetag/src/${name}`), 'utf8');
      const reference = whole(name, source);
      expect(reference.errors).toBe(0);
      expect(await piecewiseJs(source, 1)).toBe(reference.code);
      expect(await declarationsWithoutBodies(name, source)).toBe(reference.declaration);
    },
  );

  it('compiles a large file to what the whole-file compile gives', async () => {
    const source = largeSource();
    const reference = whole('src/validators.ts', source);
    const files = await emit([{ path: 'src/validators.ts', contents: source }], 'package');
    expect(files.find((file) => file.path === 'dist/validators.js')?.contents).toBe(reference.code);
    expect(files.find((file) => file.path === 'dist/validators.d.ts')?.contents).toBe(reference.declaration);
  });

  it('leaves files with value imports whole (an import is dropped or kept by uses elsewhere)', async () => {
    const source = `import { helper } from "./runtime.js";\n${largeSource()}`;
    expect(await piecewiseJs(source, 1)).toBeUndefined();
    const files = await emit([{ path: 'src/validators.ts', contents: source }], 'package');
    expect(files.find((file) => file.path === 'dist/validators.js')?.contents).toBe(whole('v.ts', source).code);
  });

  it('keeps the body of a function without a return type, whose declaration depends on it', async () => {
    const source = `${largeSource()}\nexport function count(value: string) {\n  return value.length;\n}\n`;
    expect(whole('v.ts', source).errors).toBeGreaterThan(0);
    expect(await declarationsWithoutBodies('v.ts', source)).toBeUndefined();
    await expect(emit([{ path: 'src/validators.ts', contents: source }], 'package')).rejects.toThrow(SpecgenError);
  });

  it('still reports a name declared twice in different pieces', async () => {
    const source = `const twice = 1;\n\n${largeSource()}\nconst twice = 2;\n`;
    expect(whole('v.ts', source).errors).toBeGreaterThan(0);
    await expect(emit([{ path: 'src/validators.ts', contents: source }], 'package')).rejects.toThrow(
      /already been declared/,
    );
  });

  it('falls back to the whole file where a cut or a body ends inside a template literal', async () => {
    const tricky = 'export function banner(): string {\n  return `top\n\n}\nexport const x = 1;\n`;\n}\n\n';
    const source = largeSource(tricky);
    const reference = whole('src/validators.ts', source);
    expect(reference.errors).toBe(0);
    expect(await piecewiseJs(source, 1)).toBeUndefined();
    expect(await declarationsWithoutBodies('src/validators.ts', source)).toBeUndefined();
    const files = await emit([{ path: 'src/validators.ts', contents: source }], 'package');
    expect(files.find((file) => file.path === 'dist/validators.js')?.contents).toBe(reference.code);
    expect(files.find((file) => file.path === 'dist/validators.d.ts')?.contents).toBe(reference.declaration);
  });
});
