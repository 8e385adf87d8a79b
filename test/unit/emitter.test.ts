// The emit stage fed file by file (generator/emit.ts `emitter`): compiles run side by side on libuv's threads, and
// neither the output nor the error reported may depend on which of them finishes first.
import { describe, expect, it } from 'vitest';
import { emit, emitter } from '../../generator/emit.js';
import { limitedCompiler, type Compiler } from '../../generator/emit-pieces.js';
import { SpecgenError } from '../../generator/errors.js';

/** A valid module of about `lines` exported constants. */
function module(lines: number, prefix: string): string {
  return Array.from({ length: lines }, (_, index) => `export const ${prefix}${index}: number = ${index};\n`).join('');
}

describe('emitter', () => {
  it('reports the first added file that fails, even when a later one fails sooner', async () => {
    // The first file is large and broken at its end (its compile takes longest), the second small and broken.
    const first = { path: 'src/a.ts', contents: `${module(20_000, 'a')}export const = ;\n` };
    const second = { path: 'src/b.ts', contents: 'export const = ;\n' };
    const stage = emitter('package');
    stage.add(first);
    stage.add(second);
    const error = await stage.done().then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(SpecgenError);
    expect((error as SpecgenError).diagnostics[0]?.location?.file).toBe('src/a.ts');
  });

  it('leaves no unhandled rejection when the caller stops before done (its own error wins)', async () => {
    const stage = emitter('package');
    stage.add({ path: 'src/broken.ts', contents: 'export const = ;\n' });
    // The compile fails on the pool meanwhile; nobody calls done. Vitest fails the run on an unhandled rejection.
    await new Promise((resolve) => setTimeout(resolve, 100));
  });

  it('returns the files as added, then what was compiled from them, in the order added', async () => {
    const files = [
      { path: 'package.json', contents: '{}\n' },
      { path: 'src/types.ts', contents: module(3000, 't') },
      { path: 'src/index.ts', contents: 'export * from "./types.js";\n' },
    ];
    const stage = emitter('package');
    for (const file of files) stage.add(file);
    const out = await stage.done();
    expect(out.map((file) => file.path)).toEqual([
      'package.json',
      'src/types.ts',
      'src/index.ts',
      'dist/types.js',
      'dist/types.d.ts',
      'dist/index.js',
      'dist/index.d.ts',
    ]);
    expect(out).toEqual(await emit(files, 'package'));
    const sources = await emit(files, 'sources');
    expect(sources.map((file) => file.path)).toEqual(['types.ts', 'index.ts']);
  });
});

describe('limitedCompiler', () => {
  it('runs at most `limit` compiles at once, in call order, and passes each result and failure through', async () => {
    let running = 0;
    let most = 0;
    const started: string[] = [];
    const fake = (async (path: string) => {
      started.push(path);
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
      if (path === 'bad.ts') throw new Error('compiler crashed');
      return { code: path };
    }) as unknown as Compiler;
    const limited = limitedCompiler(2, fake);
    const paths = ['a.ts', 'b.ts', 'bad.ts', 'c.ts', 'd.ts', 'e.ts'];
    const results = await Promise.allSettled(paths.map((path) => limited(path, '')));
    expect(most).toBe(2);
    expect(started).toEqual(paths);
    expect(results.map((result) => (result.status === 'fulfilled' ? result.value.code : 'failed'))).toEqual([
      'a.ts',
      'b.ts',
      'failed',
      'c.ts',
      'd.ts',
      'e.ts',
    ]);
  });
});
