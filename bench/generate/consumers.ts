// What generated code costs the code that uses it (issue 16, "consumers pay too"):
// - `tsc --noEmit` of one consumer file against specgen's Kubernetes package and against openapi-typescript's
//   Kubernetes types, with TypeScript 5.9 (`typescript`) and 7 (`typescript7`), each a cold process;
// - the minified + gzipped size of an esbuild bundle that uses one validator and one client method (a standalone
//   operation function over `createClientCore`, the tree-shakable form).
// The consumer does the same with both: reads a Pod's first image and a Deployment's replicas through the types.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleSize } from '../../test/support/bundle-size.js';
import { median, runCold } from './cold.js';

/** One measured consumer row. */
export interface ConsumerRow {
  readonly what: string;
  readonly oursMs: number;
  readonly theirsMs: number;
  /** Median of per-round ratios (ours ÷ theirs). */
  readonly ratio: number;
}

/** The consumer's results: tsc rows per TypeScript version, and the bundle size. */
export interface ConsumerResults {
  readonly tsc: readonly ConsumerRow[];
  readonly bundle: { readonly bytes: number; readonly gzipBytes: number };
}

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    types: [],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  },
  files: ['consumer.ts'],
};

/** The same consumer code over two ways of naming the same Kubernetes types. */
function consumer(imports: string): string {
  return `${imports}
export function firstImage(pod: Pod): string | undefined {
  return pod.spec?.containers?.[0]?.image;
}
export function replicas(deployment: Deployment): number {
  return deployment.spec?.replicas ?? 1;
}
export const pods: Pod[] = [{ apiVersion: "v1", kind: "Pod", metadata: { name: "a" }, spec: { containers: [{ name: "c", image: "i" }] } }];
`;
}

/**
 * Measures the consumer against `ours` (a specgen Kubernetes package folder, sources in `src/`) and `theirs`
 * (openapi-typescript's `types.ts` for the same API), in `dir`.
 */
export async function measureConsumers(
  root: string,
  dir: string,
  ours: string,
  theirs: string,
  rounds: number,
): Promise<ConsumerResults> {
  const oursDir = join(dir, 'ours');
  const theirsDir = join(dir, 'theirs');
  for (const [folder, code] of [
    // The package's types entry as a consumer resolves it (`./types` is dist/types.d.ts), beside openapi-typescript's.
    [oursDir, consumer(`import type { Deployment, Pod } from ${JSON.stringify(join(ours, 'dist', 'types.js'))};`)],
    [
      theirsDir,
      consumer(
        `import type { components } from ${JSON.stringify(theirs.replace(/\.ts$/, '.js'))};\n` +
          `type Pod = components["schemas"]["io.k8s.api.core.v1.Pod"];\n` +
          `type Deployment = components["schemas"]["io.k8s.api.apps.v1.Deployment"];`,
      ),
    ],
  ] as const) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'consumer.ts'), code);
    writeFileSync(join(folder, 'tsconfig.json'), JSON.stringify(TSCONFIG));
  }
  const tsc = [
    ['TypeScript 5.9', join(root, 'node_modules', 'typescript', 'bin', 'tsc')],
    ['TypeScript 7', join(root, 'node_modules', 'typescript7', 'bin', 'tsc')],
  ] as const;
  const rows: ConsumerRow[] = [];
  for (const [what, bin] of tsc) {
    const oursMs: number[] = [];
    const theirsMs: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const first = round % 2 === 0;
      const a = first ? await runCold(bin, ['-p', oursDir], root) : undefined;
      const b = await runCold(bin, ['-p', theirsDir], root);
      const c = first ? a! : await runCold(bin, ['-p', oursDir], root);
      for (const run of [c, b])
        if (run.code !== 0) throw new Error(`bench: tsc failed on the consumer:\n${run.output.slice(0, 2000)}`);
      oursMs.push(c.ms);
      theirsMs.push(b.ms);
    }
    rows.push({
      what: `tsc --noEmit (${what}) of a consumer of the Kubernetes types`,
      oursMs: median(oursMs),
      theirsMs: median(theirsMs),
      ratio: median(oursMs.map((ms, index) => ms / theirsMs[index]!)),
    });
  }
  // The package as shipped (dist/*.js): one validator and one standalone operation over `createClientCore`.
  const dist = (file: string): string => JSON.stringify(join(ours, 'dist', file));
  const entry =
    `import { isPod } from ${dist('validators.js')};\n` +
    `import { createClientCore, readNamespacedPod } from ${dist('client.js')};\n` +
    `const client = createClientCore({ baseUrl: "https://k8s.example" });\n` +
    `export async function run(): Promise<boolean> {\n` +
    `  return isPod(await readNamespacedPod(client, { namespace: "default", name: "a" }));\n}\n`;
  const size = await bundleSize(entry, dir);
  return { tsc: rows, bundle: { bytes: size.bytes, gzipBytes: size.gzipBytes } };
}
