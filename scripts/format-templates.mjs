// Formats the runtime modules (runtime/**/*.ts, the code templates include verbatim) with the generator's own
// Prettier options and parser, so that the format stage can pass them through untouched ('//@specgen-chunk
// formatted'). Run it after editing a runtime module: `npm run format:templates`. test/runtime/modules.test.ts fails
// while a module is left unformatted.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { formatText } from '../dist/format.js';

const root = new URL('../runtime/', import.meta.url);
const files = readdirSync(root, { recursive: true }).filter((name) => name.endsWith('.ts'));

for (const file of files.sort()) {
  const path = new URL(file, root);
  const source = readFileSync(path, 'utf8');
  const formatted = await formatText(source, 'babel-ts');
  if (formatted !== source) {
    writeFileSync(path, formatted);
    console.log(`formatted runtime/${file}`);
  }
}
