// How many bytes an entry costs a browser bundle: esbuild bundles it (minified, tree-shaken, ESM) and node:zlib
// gzips the result. The client's tree-shaking test and the benchmarks measure with it.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** The size of one bundle, minified and gzipped. */
export interface BundleSize {
  /** Minified bytes. */
  readonly bytes: number;
  /** The minified bundle gzipped (level 9). */
  readonly gzipBytes: number;
  /** The minified code, to assert on what it holds. */
  readonly code: string;
}

/**
 * Bundles `source` (TypeScript or JavaScript, an ES module) as if it were a file in `resolveDir`, the way an
 * application bundler does for a browser: every import resolved and inlined, unused code dropped, minified.
 */
export async function bundleSize(source: string, resolveDir: string): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: source, resolveDir, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  return { bytes: Buffer.byteLength(code), gzipBytes: gzipSync(code, { level: 9 }).length, code };
}
