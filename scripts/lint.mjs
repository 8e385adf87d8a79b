// Project conventions no off-the-shelf linter checks for us: every export of the generator and of runtime/ has a JSDoc
// line, no module-level mutable state, no `any`, no console output outside the CLI. Exits 1 and lists every finding.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const findings = [];
for (const file of [...files(join(root, 'generator')), ...files(join(root, 'runtime'))]) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const name = relative(root, file);
  lines.forEach((line, index) => {
    const at = `${name}:${index + 1}`;
    if (/^export (async )?(function|const|interface|type|class|enum) [A-Za-z_$]/.test(line)) {
      let previous = index - 1;
      while (previous >= 0 && lines[previous].trim() === '') previous--;
      if (previous < 0 || !lines[previous].trim().endsWith('*/'))
        findings.push(`${at}: export without a JSDoc comment`);
    }
    if (/^(let|var) /.test(line)) findings.push(`${at}: module-level mutable state`);
    const code = /^\s*(\/\/|\*|\/\*)/.test(line) ? '' : line.replace(/\/\/.*$/, '');
    if (/:\s*any\b|<any>|as any\b/.test(code)) findings.push(`${at}: "any" type`);
    if (/console\.(log|error|warn)/.test(line) && !name.endsWith('cli.ts'))
      findings.push(`${at}: console output outside the CLI`);
  });
}
if (findings.length > 0) {
  console.error(findings.join('\n'));
  console.error(`${findings.length} lint finding(s)`);
  process.exit(1);
}
console.log('lint: clean');
