// openapi-typescript as the oracle for real specs: for every schema, our type and theirs must be mutually assignable.
// Their references to other schemas are replaced by ours, so each difference shows once, where it is declared.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import type { JsonObject } from '../../generator/document.js';
import { isJsonObject } from '../../generator/document.js';
import type { GenerateResult } from '../../generator/index.js';
import { assignModelNames } from '../../generator/names.js';
import { upgrade } from '../../generator/upgrade.js';
import { loadTemplates } from '../../generator/templates.js';
import { removePackage, typecheck, writePackage } from './scale-compile.js';
import { generateSpec, loadSpec } from './scale-specs.js';

/** One failed assignment: `Model: ours-to-theirs` (ours is wider) or `Model: theirs-to-ours` (ours is narrower). */
export type Difference = `${string}: ${'ours-to-theirs' | 'theirs-to-ours'}`;

/** What one spec gave: tsgo's diagnostics outside the checks (must be none) and the failed checks. */
/** Why ours and theirs differ, judged from tsgo's message and the schema (see CATEGORIES in the test). */
export type Category =
  | 'free-form object'
  | 'default makes required'
  | 'required readOnly'
  | 'optional beside index signature'
  | 'theirs unknown'
  | 'unclassified';

export interface RealOracleRun {
  /** The category of each difference. */
  readonly categories: ReadonlyMap<Difference, Category>;
  readonly schemas: number;
  /** tsgo's first message for each difference. */
  readonly messages: ReadonlyMap<Difference, string>;
  readonly otherDiagnostics: readonly string[];
  readonly differences: readonly Difference[];
}

/** Generates the spec, runs openapi-typescript on the same (upgraded) document and checks every schema both ways. */
export async function runRealOracle(file: string, label: string): Promise<RealOracleRun> {
  const spec = await loadSpec(file);
  const result: GenerateResult = await generateSpec(spec, await loadTemplates());
  // openapi-typescript reads OpenAPI 3.0 and 3.1 as published; Swagger 2.0 only in our upgraded (3.1) form.
  const document =
    isJsonObject(spec.value) && 'swagger' in spec.value ? upgrade(spec).document : (spec.value as JsonObject);
  const components = document['components'];
  const schemas = isJsonObject(components) && isJsonObject(components['schemas']) ? components['schemas'] : {};
  const keys = Object.keys(schemas);
  const names = assignModelNames(keys);
  const oats = astToString(await openapiTS(structuredClone(document) as unknown as OpenAPI3));
  const local =
    "import type * as Ours from './types.js';\n" +
    oats.replace(/components\["schemas"\]\["((?:[^"\\]|\\.)*)"\]/g, (text, key: string) => {
      const name = names.get(JSON.parse(`"${key}"`) as string);
      return name === undefined ? text : `Ours.${name}`;
    });
  const lines = ["import type * as Ours from './types.js';", "import type { components } from './oats.js';"];
  const at = new Map<number, Difference>();
  for (const key of keys) {
    const ours = `Ours.${names.get(key)!}`;
    const theirs = `components["schemas"][${JSON.stringify(key)}]`;
    const id = `c${at.size}`;
    at.set(lines.length + 1, `${names.get(key)!}: ours-to-theirs`);
    lines.push(`declare const ${id}: ${ours}; export const ${id}x: ${theirs} = ${id};`);
    at.set(lines.length + 1, `${names.get(key)!}: theirs-to-ours`);
    lines.push(`declare const ${id}t: ${theirs}; export const ${id}y: ${ours} = ${id}t;`);
  }
  const dir = await writePackage(result.files, label);
  try {
    await writeFile(join(dir, 'src/oats.ts'), local);
    await writeFile(join(dir, 'src/checks.ts'), lines.join('\n'));
    const check = await typecheck(dir);
    const differences = new Set<Difference>();
    const messages = new Map<Difference, string>();
    const otherDiagnostics: string[] = [];
    // Each diagnostic with its elaboration (the indented lines after it), which says which property differs.
    const blocks = check.output.split(/\n(?=\S)/).filter((block) => /error TS\d+/.test(block));
    for (const line of blocks) {
      const match = /src[\\/]checks\.ts\((\d+),\d+\)/.exec(line);
      const difference = match ? at.get(Number(match[1])) : undefined;
      if (difference) {
        differences.add(difference);
        if (!messages.has(difference)) messages.set(difference, line);
      } else otherDiagnostics.push(line);
    }
    const categories = new Map<Difference, Category>();
    for (const [difference, message] of messages) categories.set(difference, categorize(message, document));
    return { schemas: keys.length, categories, messages, otherDiagnostics, differences: [...differences].sort() };
  } finally {
    await removePackage(dir);
  }
}

/** The category of one difference, from the message's last lines and the flags of the property it names. */
function categorize(message: string, document: JsonObject): Category {
  if (/Record<string, never>/.test(message)) return 'free-form object';
  if (/Type 'unknown' is not assignable to type/.test(message)) return 'theirs unknown';
  if (/'string' index signatures are incompatible/.test(message) && /\| undefined' is not assignable/.test(message))
    return 'optional beside index signature';
  const named = [...message.matchAll(/Types of property '([^']+)'|The types of '([^']+)'/g)].pop();
  const property = named ? (named[1] ?? named[2]!.split('.').pop()!) : undefined;
  if (property !== undefined && /undefined' is not assignable to type/.test(message)) {
    const flags = propertyFlags(document, property);
    if (flags.has('readOnly')) return 'required readOnly';
    if (flags.has('default')) return 'default makes required';
  }
  return 'unclassified';
}

/** `default` and `readOnly` as any schema of the document declares them on a property of this name. */
function propertyFlags(document: JsonObject, name: string): Set<string> {
  const flags = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (isJsonObject(node)) {
      const properties = node['properties'];
      const property = isJsonObject(properties) ? properties[name] : undefined;
      if (isJsonObject(property)) {
        if ('default' in property) flags.add('default');
        if (property['readOnly'] === true) flags.add('readOnly');
      }
      Object.values(node).forEach(walk);
    }
  };
  walk(document['components']);
  return flags;
}
