// String formats in the validators, with ajv-formats (its `full` mode) as the oracle on samples of each format, and
// the job's `formats` option: `false` switches a format off, a pattern adds one, an unknown format warns once.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { ts } from 'ts-morph';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JsonObject } from '../generator/document.js';
import { generate } from '../generator/index.js';
import { loadTemplates } from '../generator/templates.js';
import type { TemplateSources } from '../generator/render.js';
import { compileDiagnostics } from './support/compile.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020, options: { mode: 'full' }) => Ajv2020;

/** Samples of each format, valid and not, including the edges the RFCs draw. */
const SAMPLES: Readonly<Record<string, readonly string[]>> = {
  date: ['2024-02-29', '2023-02-29', '2021-04-31', '2021-12-31', '2021-13-01', '2021-1-01', '20210101', ''],
  time: ['23:59:60Z', '22:59:60Z', '23:59:60+00:00', '15:59:60-08:00', '12:00:00.123+05:30', '12:00:00', '24:00:00Z'],
  'date-time': [
    '2021-01-01T12:00:00Z',
    '2021-01-01t12:00:00z',
    '1990-12-31T23:59:60Z',
    '2021-02-30T00:00:00Z',
    '2021-01-01 12:00:00Z',
  ],
  duration: ['P1D', 'PT1H', 'P1Y2M3DT4H5M6S', 'P2W', 'P', 'PT', 'P1DT', '1D', 'P1H'],
  email: ['joe@example.com', 'joe.bloggs@example.co.uk', 'joe..bloggs@example.com', '@example.com', 'joe@', 'joe'],
  hostname: ['example.com', 'a-b.example', '-ab.example', `${'a'.repeat(64)}.com`, 'ex ample.com', 'localhost'],
  ipv4: ['192.168.0.1', '255.255.255.255', '256.0.0.1', '1.2.3', '01.2.3.4', '1.2.3.4.5'],
  ipv6: [
    '::1',
    '::',
    '1:2:3:4:5:6:7:8',
    '1::8',
    '::ffff:192.168.0.1',
    '1:2:3:4:5:6:7:8:9',
    '12345::',
    'a:b',
    ':1:2:3:4:5:6:7',
  ],
  uri: [
    'https://example.com/a?b=c#d',
    'urn:isbn:0451450523',
    'mailto:joe@example.com',
    '/relative',
    'http://ex ample',
    '1http://x',
  ],
  'uri-reference': ['/relative/path', '#frag', '', 'https://example.com', 'a b', '\\\\windows\\path'],
  uuid: [
    '123e4567-e89b-12d3-a456-426614174000',
    'AAAAAAAA-1111-1111-1111-111111111111',
    '123e4567e89b12d3a456426614174000',
    '123e4567-e89b-12d3-a456-42661417400',
  ],
  regex: ['^[a-z]+$', '(?<name>x)', '[', '(', 'a{2,1}'],
};

/**
 * Samples where specgen and ajv-formats disagree on purpose. ajv-formats' `full` date-time takes a space for the `T`;
 * RFC 3339's ABNF (which JSON Schema's `date-time` names) does not: its note allows a space only by agreement.
 */
const DIFFERENCES: Readonly<Record<string, readonly string[]>> = {
  'date-time': ['2021-01-01 12:00:00Z'],
};

type Guard = (value: unknown) => boolean;

let templates: TemplateSources;
beforeAll(async () => {
  templates = await loadTemplates();
});

/** Generates a 3.1 document's validators (in memory) and imports them, with the warnings. */
async function validatorsOf(
  schemas: JsonObject,
  formats?: Record<string, boolean | string>,
  kubernetes = false,
): Promise<{ module: Record<string, unknown>; warnings: string[]; sources: Record<string, string> }> {
  const value: JsonObject = {
    openapi: '3.1.0',
    info: { title: 'formats', version: '1' },
    paths: {},
    components: { schemas },
  };
  const result = await generate(
    { spec: { file: 'formats.json', value, locate: () => undefined } },
    { templates, packageName: '@specgen/formats', kubernetes, ...(formats !== undefined ? { formats } : {}) },
  );
  const source = result.files.find((file) => file.path === 'src/validators.ts')!.contents;
  const sources = Object.fromEntries(
    result.files
      .filter((file) => file.path === 'src/validators.ts' || file.path === 'src/types.ts')
      .map((file) => [file.path, file.contents]),
  );
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const dir = mkdtempSync(join(tmpdir(), 'specgen-formats-'));
  try {
    writeFileSync(join(dir, 'validators.mjs'), outputText);
    const module = (await import(pathToFileURL(join(dir, 'validators.mjs')).href)) as Record<string, unknown>;
    return {
      module,
      warnings: result.warnings.map((warning) => `${warning.message} @${warning.location?.pointer ?? ''}`),
      sources,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The model name of a format's schema. */
function modelName(format: string): string {
  return `F${format.replace(/-(\w)/g, (_match, letter: string) => letter.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase())}`;
}

describe('string formats, against ajv-formats (full)', () => {
  let module: Record<string, unknown>;
  let warnings: string[];
  let sources: Record<string, string>;
  const ajv = addFormats(new Ajv2020({ strict: false }), { mode: 'full' });

  beforeAll(async () => {
    const schemas = Object.fromEntries(
      Object.keys(SAMPLES).map((format) => [modelName(format), { type: 'string', format }]),
    );
    ({ module, warnings, sources } = await validatorsOf(schemas));
  });

  it('emits format checks that compile under strict', () => {
    expect(compileDiagnostics(sources)).toEqual([]);
  });

  it('checks every built-in format without a warning', () => {
    expect(warnings).toEqual([]);
  });

  it.each(Object.keys(SAMPLES))(
    '%s: the same verdict as ajv-formats on every sample (deliberate differences aside)',
    (format) => {
      const is = module[`is${modelName(format)}`] as Guard;
      const validate = ajv.compile({ type: 'string', format });
      const verdicts = SAMPLES[format]!.map((sample) => ({ sample, ours: is(sample), ajv: validate(sample) }));
      const disagreements = verdicts.filter((verdict) => verdict.ours !== verdict.ajv).map((verdict) => verdict.sample);
      expect(disagreements).toEqual(DIFFERENCES[format] ?? []);
      // Each format's samples hold both verdicts, so no check here accepts (or rejects) everything.
      expect(new Set(verdicts.map((verdict) => verdict.ours)).size).toBe(2);
    },
  );
});

describe('the formats option', () => {
  it('switches a format off, adds one as a pattern, and warns once per unknown format', async () => {
    const { module, warnings } = await validatorsOf(
      {
        Mail: { type: 'string', format: 'email' },
        Sku: { type: 'string', format: 'sku' },
        Template: {
          type: 'object',
          properties: { a: { type: 'string', format: 'uri-template' }, b: { type: 'string', format: 'uri-template' } },
        },
      },
      { email: false, sku: '^[A-Z]{3}-\\d+$' },
    );
    expect((module['isMail'] as Guard)('not an email')).toBe(true);
    expect((module['isSku'] as Guard)('ABC-12')).toBe(true);
    expect((module['isSku'] as Guard)('abc-12')).toBe(false);
    expect(warnings.filter((warning) => warning.includes('uri-template'))).toHaveLength(1);
    expect(warnings.join('\n')).toMatch(
      /format "uri-template" is not checked.* @\/components\/schemas\/Template\/properties\/a\/format/,
    );
  });

  it('reads date-time as Go does in Kubernetes APIs (no leap second, upper-case T and Z only)', async () => {
    const schemas = { Time: { type: 'string', format: 'date-time' } };
    const plain = (await validatorsOf(schemas)).module['isTime'] as Guard;
    const kubernetes = (await validatorsOf(schemas, undefined, true)).module['isTime'] as Guard;
    expect([plain('1990-12-31T23:59:60Z'), plain('2021-01-01t12:00:00z')]).toEqual([true, true]);
    expect([kubernetes('1990-12-31T23:59:60Z'), kubernetes('2021-01-01t12:00:00z')]).toEqual([false, false]);
    expect(kubernetes('2021-01-01T12:00:00Z')).toBe(true);
  });
});
