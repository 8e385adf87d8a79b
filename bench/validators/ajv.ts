// Ajv standalone validators for the same schema: generated code written to a module and imported, as an
// application that precompiles its Ajv validators ships them (no Ajv compilation at run time).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import { repoRoot } from './corpus.js';
import { modeSchema, type Mode } from './json-schema.js';
import type { JsonObject } from '../../generator/document.js';

// Both are CommonJS modules whose `module.exports` is the function, with `default` pointing at itself.
const addFormats = addFormatsModule.default;
const standaloneCode = standaloneCodeModule.default;

/** A standalone Ajv validate function: true or false, with `errors` set after a false. */
export interface AjvValidate {
  (value: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** Compiles `root` in `mode` with Ajv, writes the standalone code under .tmp/bench/ajv and imports it. */
export async function ajvStandalone(
  schemas: JsonObject,
  root: string,
  mode: Mode,
  allErrors: boolean,
): Promise<{ validate: AjvValidate; file: string; bytes: number }> {
  // strictTypes off: a Kubernetes quantity is `number | string` with a `format` (which applies to its strings).
  const ajv = new Ajv({ code: { source: true }, allErrors, strict: true, strictTypes: false });
  addFormats(ajv);
  const validate = ajv.compile(modeSchema(schemas, root, mode));
  const code = standaloneCode(ajv, validate);
  const dir = join(repoRoot(), '.tmp', 'bench', 'ajv');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${root}-${mode}${allErrors ? '-all-errors' : ''}.cjs`);
  writeFileSync(file, code);
  const loaded = (await import(pathToFileURL(file).href)) as { default: AjvValidate };
  return { validate: loaded.default, file, bytes: code.length };
}
