// `npm pack` (and so a tarball or git install) ships package.json without the scripts that only build specgen from
// its sources: an installed specgen is already built, and an install script in a tarball makes npm warn. prepack
// strips them (keeping the original beside it), postpack puts the original back.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const manifest = 'package.json';
const original = '.package.json.orig';
const mode = process.argv[2];
if (mode === 'strip') {
  const text = readFileSync(manifest, 'utf8');
  writeFileSync(original, text);
  const pkg = JSON.parse(text);
  delete pkg.scripts;
  delete pkg.devDependencies;
  delete pkg.workspaces;
  writeFileSync(manifest, `${JSON.stringify(pkg, null, 2)}\n`);
} else if (mode === 'restore') {
  if (existsSync(original)) renameSync(original, manifest);
} else {
  console.error('usage: pack-manifest.mjs strip|restore');
  process.exit(2);
}
