// The Ajv peer of the generation benchmark, run as its own process:
//   node ajv-standalone.js DEFINITIONS.json OUT.mjs
// compiles every schema of `definitions` (a JSON Schema document whose refs are `#/definitions/<key>`, as inputs.ts
// prepares it) with Ajv 8 + ajv-formats and writes one ES module of standalone validators, one export per schema:
// what an application that precompiles its Ajv validators runs at build time.
import { readFileSync, writeFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';

// Both are CommonJS modules whose `module.exports` is the function, with `default` pointing at itself.
const addFormats = addFormatsModule.default;
const standaloneCode = standaloneCodeModule.default;

const [input, output] = process.argv.slice(2);
if (input === undefined || output === undefined) {
  console.error('usage: node ajv-standalone.js DEFINITIONS.json OUT.mjs');
  process.exit(2);
}
const document = JSON.parse(readFileSync(input, 'utf8')) as { definitions: Record<string, unknown> };
// Not strict: Kubernetes schemas carry x-kubernetes-* keywords and formats (int-or-string) Ajv does not know.
const ajv = new Ajv({ strict: false, logger: false, code: { source: true, esm: true } });
addFormats(ajv);
ajv.addSchema({ $id: 'spec', definitions: document.definitions });
const exports: Record<string, string> = {};
const used = new Set<string>();
for (const key of Object.keys(document.definitions).sort()) {
  let name = `validate_${key.replace(/[^A-Za-z0-9_$]/g, '_')}`;
  while (used.has(name)) name += '_';
  used.add(name);
  exports[name] = `spec#/definitions/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}
writeFileSync(output, standaloneCode(ajv, exports));
