// The job options of issue 19 as they flow in: `--json-schema` on the command line, `jsonSchema` and `formats` in a
// config file, each checked with a clear error when malformed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseGenerateFlags } from '../../generator/cli.js';
import { loadConfig } from '../../generator/config.js';

const folder = mkdtempSync(join(tmpdir(), 'specgen-options-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Loads a JSON config holding one job with `extra` options. */
function configWith(extra: Record<string, unknown>): ReturnType<typeof loadConfig> {
  const file = join(folder, `config-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify({ spec: 'api.yaml', out: 'out', name: 'pkg', ...extra }));
  return loadConfig(file, folder);
}

describe('--json-schema', () => {
  const base = ['--spec', 'api.yaml', '--out', 'out', '--name', 'pkg'];

  it('sets the job option, and is absent (infer) unless given', () => {
    const strict = parseGenerateFlags([...base, '--json-schema', 'strict']);
    expect(strict !== 'help' && strict.job?.jsonSchema).toBe('strict');
    const plain = parseGenerateFlags(base);
    expect(plain !== 'help' && plain.job?.jsonSchema).toBeUndefined();
  });

  it('takes infer or strict only, and only with --spec', () => {
    expect(() => parseGenerateFlags([...base, '--json-schema', 'loose'])).toThrow(
      '--json-schema takes infer or strict',
    );
    expect(() => parseGenerateFlags(['--json-schema', 'strict'])).toThrow('goes with --spec');
  });
});

describe('jsonSchema and formats in a config file', () => {
  it('reach the job', async () => {
    const [job] = await configWith({ jsonSchema: 'strict', formats: { email: false, sku: '^[A-Z]+$' } });
    expect(job?.jsonSchema).toBe('strict');
    expect(job?.formats).toEqual({ email: false, sku: '^[A-Z]+$' });
  });

  it('are checked', async () => {
    await expect(configWith({ jsonSchema: 'loose' })).rejects.toThrow('jsonSchema must be "infer" or "strict"');
    await expect(configWith({ formats: { email: 3 } })).rejects.toThrow('formats must map format names');
    await expect(configWith({ formats: ['email'] })).rejects.toThrow('formats must map format names');
  });
});
