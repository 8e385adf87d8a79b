// Formats the static parts of the templates (the runtime partials and the Node entry) with the generator's own
// Prettier options, so that the format stage can pass them through untouched ('//@specgen-chunk formatted').
// Handlebars expressions are swapped for placeholders of similar length while Prettier runs. Run it after editing
// one of these files: `npm run format:templates`. The golden tests fail if a file is left unformatted.
import { readFileSync, writeFileSync } from 'node:fs';
import { formatText } from '../dist/format.js';

const files = [
  'partials/validators-runtime.hbs',
  'partials/cel-runtime.hbs',
  'partials/client-runtime.hbs',
  'node.hbs',
];
const placeholders = [['{{statusType}}', 'Status_T']];

for (const file of files) {
  const path = new URL(`../templates/${file}`, import.meta.url);
  const source = readFileSync(path, 'utf8');
  // A leading `{{> banner ...}}` line (and the chunk marker after it) stays as it is.
  const head = source.match(/^(\{\{> banner[^\n]*\n(\/\/@specgen-chunk[^\n]*\n)?)?/)[0];
  let body = source.slice(head.length);
  for (const [expression, placeholder] of placeholders) body = body.split(expression).join(placeholder);
  let formatted = await formatText(body, 'babel-ts');
  for (const [expression, placeholder] of placeholders) formatted = formatted.split(placeholder).join(expression);
  if (formatted !== source.slice(head.length)) {
    writeFileSync(path, head + formatted);
    console.log(`formatted templates/${file}`);
  }
}
