// What a consumer's bundle is made of: the Consumers bundle (isPod + one standalone readNamespacedPod over
// createClientCore) of a generated Kubernetes package, measured as bench/generate/consumers.ts measures it (esbuild,
// minified, gzip -9), then bundled again unminified with esbuild's metafile: bytes per input file, and every
// top-level statement of the bundle ranked by what it costs gzipped (the whole bundle gzipped, less the bundle
// gzipped without that statement), so the functions a bundle should not carry stand out.
//   node .tmp/bench/bench/generate/bundle-rank.js <package folder> [--entry=consumers|client|patch|multipart] [--top=40]
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import ts from 'typescript';
import { bundleSize } from '../../test/support/bundle-size.js';

/**
 * The entries measured: the Consumers row's (`consumers`), its client call alone (`client`), one Kubernetes PATCH
 * (`patch`), all three over a Kubernetes package, and one multipart upload (`multipart`, over a package of
 * test/fixtures/client/media-api.openapi.yaml).
 */
function entryOf(name: string, pkg: string): string {
  const dist = (file: string): string => JSON.stringify(join(pkg, 'dist', file));
  const core = `const client = createClientCore({ baseUrl: "https://k8s.example" });\n`;
  const client = (operation: string) => `import { createClientCore, ${operation} } from ${dist('client.js')};\n${core}`;
  if (name === 'consumers')
    return (
      `import { isPod } from ${dist('validators.js')};\n${client('readNamespacedPod')}` +
      `export async function run(): Promise<boolean> {\n` +
      `  return isPod(await readNamespacedPod(client, { namespace: "default", name: "a" }));\n}\n`
    );
  if (name === 'client')
    return `${client('readNamespacedPod')}export const run = () => readNamespacedPod(client, { namespace: "d", name: "a" });\n`;
  if (name === 'patch')
    return (
      `${client('patchNamespacedPod')}export const run = () => patchNamespacedPod(client, ` +
      `{ namespace: "d", name: "a", patch: { type: "merge", body: {} } });\n`
    );
  if (name === 'multipart')
    return `${client('upload')}export const run = () => upload(client, { body: { image: new Blob([]) } });\n`;
  throw new Error(`bundle-rank: unknown --entry=${name} (consumers, client, patch, multipart)`);
}

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}

const pkg = process.argv[2];
if (pkg === undefined || pkg.startsWith('--')) throw new Error('bundle-rank: give the generated package folder');
const entry = entryOf(option('entry') ?? 'consumers', pkg);
const top = Number(option('top') ?? 40);

const minified = await bundleSize(entry, pkg);
console.log(
  `minified ${minified.bytes} B, gzip -9 ${minified.gzipBytes} B (${(minified.gzipBytes / 1024).toFixed(2)} KB)`,
);

const result = await build({
  stdin: { contents: entry, resolveDir: pkg, loader: 'ts', sourcefile: 'entry.ts' },
  bundle: true,
  minify: false,
  treeShaking: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  metafile: true,
  logLevel: 'silent',
});
const code = result.outputFiles[0]!.text;
const output = Object.values(result.metafile.outputs)[0]!;
console.log(`\nunminified ${Buffer.byteLength(code)} B; bytes in the bundle by input file:`);
for (const [file, { bytesInOutput }] of Object.entries(output.inputs).sort(
  (a, b) => b[1].bytesInOutput - a[1].bytesInOutput,
))
  console.log(`  ${String(bytesInOutput).padStart(7)}  ${relative(pkg, file)}`);

const whole = gzipSync(code, { level: 9 }).length;
const source = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.ES2022, false, ts.ScriptKind.JS);
const rows = source.statements.map((statement) => {
  const start = statement.getStart(source);
  const without = code.slice(0, start) + code.slice(statement.end);
  const name =
    ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)
      ? (statement.name?.text ?? '?')
      : ts.isVariableStatement(statement)
        ? statement.declarationList.declarations.map((d) => d.name.getText(source)).join(', ')
        : code.slice(start, start + 40).replace(/\s+/g, ' ');
  return { name, bytes: statement.end - start, gzip: whole - gzipSync(without, { level: 9 }).length };
});
rows.sort((a, b) => b.gzip - a.gzip);
console.log(`\nunminified gzip -9 ${whole} B; top-level statements by what they add gzipped (of ${rows.length}):`);
for (const row of rows.slice(0, top))
  console.log(`  ${String(row.gzip).padStart(6)} gz  ${String(row.bytes).padStart(6)} B  ${row.name}`);
