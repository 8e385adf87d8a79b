// The official JSON-Schema-Test-Suite run through specgen (each schema as `components.schemas.T<n>` of an OpenAPI
// document: 3.0 for draft 4, 3.1 for draft 2020-12) and through Ajv, group by group, so the two can be compared.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import AjvDraft4Module from 'ajv-draft-04';
import { ts } from 'ts-morph';
import type { Json, JsonObject } from '../../generator/document.js';
import { normalize } from '../../generator/normalize.js';
import { parse } from '../../generator/parse/index.js';
import { render, type TemplateSources } from '../../generator/render.js';
import { upgrade } from '../../generator/upgrade.js';
import { buildViews } from '../../generator/views/index.js';
import { repoPath } from './pipeline.js';

/** The drafts the suite is run on, with the OpenAPI version that uses each. */
export const DRAFTS = { draft4: '3.0.3', 'draft2020-12': '3.1.0' } as const;
export type Draft = keyof typeof DRAFTS;

/** One test of a group. */
export interface SuiteTest {
  readonly description: string;
  readonly data: Json;
  readonly valid: boolean;
}

/** One group: a schema and its tests. */
export interface SuiteGroup {
  readonly file: string;
  readonly description: string;
  readonly schema: Json;
  readonly tests: readonly SuiteTest[];
}

/** What one implementation said about one test. */
export interface Verdict {
  readonly test: string;
  readonly passed: boolean;
  /** Why it failed, when it did: the wrong verdict, a disagreement, a throw, or a group that did not generate. */
  readonly reason?: string;
}

const SUITE = 'test/fixtures/reference/json-schema-test-suite';

const REMOTE =
  "needs a document of the suite's remote server (http://localhost:1234/...), which specgen does not fetch";
const METASCHEMA = 'refs the JSON Schema meta-schema, a remote document that specgen does not bundle';

/** Groups that `$ref` a document outside their schema, by file and description, with the reason they are skipped. */
const SKIPPED: Readonly<Record<string, string>> = {
  'definitions.json › validate definition against metaschema': METASCHEMA,
  'defs.json › validate definition against metaschema': METASCHEMA,
  'ref.json › remote ref, containing refs itself': METASCHEMA,
  'dynamicRef.json › strict-tree schema, guards against misspelled properties': REMOTE,
  'dynamicRef.json › tests for implementation dynamic anchor and reference link': REMOTE,
  'dynamicRef.json › $ref and $dynamicAnchor are independent of order - $defs first': REMOTE,
  'dynamicRef.json › $ref and $dynamicAnchor are independent of order - $ref first': REMOTE,
  'dynamicRef.json › $ref to $dynamicRef finds detached $dynamicAnchor': REMOTE,
};

/** Why a group is skipped by both implementations (it needs documents from elsewhere), or undefined. */
export function skipReason(group: SuiteGroup): string | undefined {
  if (group.file === 'refRemote.json') return REMOTE;
  return SKIPPED[`${group.file} › ${group.description}`];
}

/** Every group of a draft's top-level files, in file order. */
export function loadGroups(draft: Draft): SuiteGroup[] {
  const folder = repoPath(`${SUITE}/${draft}`);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .flatMap((file) =>
      (JSON.parse(readFileSync(join(folder, file), 'utf8')) as Omit<SuiteGroup, 'file'>[]).map((group) => ({
        ...group,
        file,
      })),
    );
}

/** A name a test can be listed by: `file › group › test`. */
export function testName(group: SuiteGroup, test: SuiteTest): string {
  return `${group.file} › ${group.description} › ${test.description}`;
}

/**
 * The schema as the root of its own resource: the suite's schemas are documents of their own, so their `#` refs
 * mean the schema, not the OpenAPI document around it. A schema with an `$id` (draft 4: `id`) is one already.
 */
function asResource(schema: Json, draft: Draft, index: number): Json {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return schema;
  const idKeyword = draft === 'draft4' ? 'id' : '$id';
  if (typeof schema[idKeyword] === 'string') return schema;
  return { [idKeyword]: `https://specgen.test/suite/${index}/schema.json`, ...schema };
}

/** The draft-04 Ajv class (a CommonJS default export). */
const AjvDraft4 = ((AjvDraft4Module as unknown as { default?: typeof AjvDraft4Module }).default ??
  AjvDraft4Module) as unknown as new (options: object) => Ajv2020;

/** Every `format` value in a JSON value. */
function formatsIn(value: Json): Set<string> {
  const found = new Set<string>();
  const visit = (node: Json): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (typeof node === 'object' && node !== null)
      for (const [key, child] of Object.entries(node)) {
        if (key === 'format' && typeof child === 'string') found.add(child);
        visit(child);
      }
  };
  visit(value);
  return found;
}

type Guard = (value: unknown) => boolean;
type Validate = (value: unknown) => { valid: boolean };

/** Generates validators for the groups in one OpenAPI document, in memory, and imports them. */
async function generateValidators(
  groups: readonly { group: SuiteGroup; index: number }[],
  draft: Draft,
  templates: TemplateSources,
): Promise<{ warnings: string[]; module: Record<string, unknown> }> {
  const schemas: JsonObject = {};
  for (const { group, index } of groups) schemas[`T${index}`] = asResource(group.schema, draft, index);
  const document: JsonObject = {
    openapi: DRAFTS[draft],
    info: { title: 'JSON-Schema-Test-Suite', version: '1' },
    paths: {},
    components: { schemas },
  };
  const spec = upgrade({ file: `${draft}.json`, value: document, locate: () => undefined });
  const { api, warnings } = parse(normalize(spec, { kubernetes: false }), { jsonSchema: 'strict' });
  // The suites do not assert formats (2020-12 makes `format` an annotation): every format the groups use is off.
  const formats = Object.fromEntries([...formatsIn(schemas)].map((format) => [format, false]));
  const views = buildViews(api, { packageName: '@specgen/suite', formats });
  const validators = render(views, templates).find((file) => file.path === 'src/validators.ts')!;
  const { outputText } = ts.transpileModule(validators.contents, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const dir = mkdtempSync(join(tmpdir(), 'specgen-suite-'));
  try {
    const file = join(dir, 'validators.mjs');
    writeFileSync(file, outputText);
    const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    return { warnings: [...warnings.map((warning) => warning.message), ...views.validators.warnings], module };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** specgen's verdict on each test of each group (keyed by group index), generating a file's groups together. */
export async function runSpecgen(
  draft: Draft,
  groups: readonly SuiteGroup[],
  templates: TemplateSources,
): Promise<Map<number, Verdict[]>> {
  const results = new Map<number, Verdict[]>();
  const byFile = new Map<string, { group: SuiteGroup; index: number }[]>();
  groups.forEach((group, index) => {
    if (skipReason(group) !== undefined) return;
    byFile.set(group.file, [...(byFile.get(group.file) ?? []), { group, index }]);
  });
  for (const batch of byFile.values()) {
    let generated: Awaited<ReturnType<typeof generateValidators>> | undefined;
    try {
      generated = await generateValidators(batch, draft, templates);
    } catch {
      // One group that does not generate must not hide the others: generate them one by one.
    }
    for (const entry of batch) {
      let module = generated?.module;
      let failure: string | undefined;
      if (module === undefined) {
        try {
          module = (await generateValidators([entry], draft, templates)).module;
        } catch (error) {
          failure = `does not generate: ${(error as Error).message.split('\n').slice(0, 3).join(' ')}`;
        }
      }
      const is = module?.[`isT${entry.index}`] as Guard | undefined;
      const validate = module?.[`validateT${entry.index}`] as Validate | undefined;
      results.set(
        entry.index,
        entry.group.tests.map((test): Verdict => {
          const name = testName(entry.group, test);
          if (failure !== undefined || is === undefined || validate === undefined)
            return { test: name, passed: false, reason: failure ?? 'no validator generated' };
          try {
            const fast = is(test.data);
            const full = validate(test.data).valid;
            if (fast !== full) return { test: name, passed: false, reason: `isT says ${fast}, validateT says ${full}` };
            return fast === test.valid
              ? { test: name, passed: true }
              : { test: name, passed: false, reason: `said ${fast ? 'valid' : 'invalid'}` };
          } catch (error) {
            return { test: name, passed: false, reason: `threw: ${(error as Error).message}` };
          }
        }),
      );
    }
  }
  return results;
}

/** Ajv's verdict on each test of each group, with the dialect's Ajv class (formats not asserted, as the suite says). */
export function runAjv(draft: Draft, groups: readonly SuiteGroup[]): Map<number, Verdict[]> {
  const results = new Map<number, Verdict[]>();
  groups.forEach((group, index) => {
    if (skipReason(group) !== undefined) return;
    const options = { strict: false, validateFormats: false, allErrors: false } as const;
    const ajv = draft === 'draft4' ? new AjvDraft4(options) : new Ajv2020(options);
    let validate: ((data: unknown) => boolean) | undefined;
    let failure: string | undefined;
    try {
      validate = ajv.compile(group.schema as object | boolean);
    } catch (error) {
      failure = `does not compile: ${(error as Error).message}`;
    }
    results.set(
      index,
      group.tests.map((test): Verdict => {
        const name = testName(group, test);
        if (validate === undefined) return { test: name, passed: false, reason: failure! };
        try {
          return validate(test.data) === test.valid ? { test: name, passed: true } : { test: name, passed: false };
        } catch (error) {
          return { test: name, passed: false, reason: `threw: ${(error as Error).message}` };
        }
      }),
    );
  });
  return results;
}
