// The official JSON-Schema-Test-Suite (draft 4 for OpenAPI 3.0, draft 2020-12 for 3.1), vendored under
// test/fixtures/reference/, through specgen in `jsonSchema: 'strict'` mode and through Ajv on the same groups.
// specgen must pass at least as many tests as Ajv on each draft, never throw, and `isT`/`validateT` must agree.
// Every test specgen still fails is listed, with the reason, in test/json-schema-suite-failures.md; this test
// checks the list against what actually fails, so it cannot go stale in either direction.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TemplateSources } from '../generator/render.js';
import { loadTemplates } from '../generator/templates.js';
import { repoPath } from './support/pipeline.js';
import {
  DRAFTS,
  loadGroups,
  runAjv,
  runSpecgen,
  skipReason,
  type Draft,
  type Verdict,
} from './support/json-schema-suite.js';

const FAILURES = 'test/json-schema-suite-failures.md';

/** The documented failures of a draft: `- file › group › test: reason` lines under `## <draft>`. */
function documentedFailures(draft: Draft): Map<string, string> {
  const text = readFileSync(repoPath(FAILURES), 'utf8');
  const section = text.split(/^## /m).find((part) => part.startsWith(`${draft}\n`)) ?? '';
  const entries = [...section.matchAll(/^- `(.+?)`: (.+)$/gm)].map((match) => [match[1]!, match[2]!] as const);
  return new Map(entries);
}

/** Passed / total over every verdict. */
function rate(verdicts: readonly Verdict[]): { passed: number; total: number } {
  return { passed: verdicts.filter((verdict) => verdict.passed).length, total: verdicts.length };
}

let templates: TemplateSources;
beforeAll(async () => {
  templates = await loadTemplates();
});

describe.each(Object.keys(DRAFTS) as Draft[])('JSON-Schema-Test-Suite %s, strict mode', (draft) => {
  const groups = loadGroups(draft);
  let specgen: Verdict[] = [];
  let ajv: Verdict[] = [];

  beforeAll(async () => {
    const ours = await runSpecgen(draft, groups, templates);
    const theirs = runAjv(draft, groups);
    specgen = [...ours.values()].flat();
    ajv = [...theirs.values()].flat();
    const mine = rate(specgen);
    const reference = rate(ajv);
    console.info(
      `${draft}: specgen ${mine.passed}/${mine.total} (${((100 * mine.passed) / mine.total).toFixed(1)}%), ` +
        `Ajv ${reference.passed}/${reference.total} (${((100 * reference.passed) / reference.total).toFixed(1)}%)`,
    );
  }, 300_000);

  it('runs every group that does not need remote documents, and says why the others are skipped', () => {
    const skipped = groups.filter((group) => skipReason(group) !== undefined);
    expect(specgen.length).toBe(ajv.length);
    expect(specgen.length + skipped.reduce((sum, group) => sum + group.tests.length, 0)).toBe(
      groups.reduce((sum, group) => sum + group.tests.length, 0),
    );
  });

  it('passes at least as many tests as Ajv', () => {
    expect(rate(specgen).passed).toBeGreaterThanOrEqual(rate(ajv).passed);
  });

  it('never throws, always generates, and isT agrees with validateT', () => {
    const broken = specgen.filter((verdict) =>
      /^(threw|does not generate|isT says|no validator)/.test(verdict.reason ?? ''),
    );
    expect(broken.map((verdict) => `${verdict.test}: ${verdict.reason}`)).toEqual([]);
  });

  it(`fails exactly the tests ${FAILURES} lists, each with its reason`, () => {
    const failing = specgen.filter((verdict) => !verdict.passed).map((verdict) => verdict.test);
    expect(failing.sort()).toEqual([...documentedFailures(draft).keys()].sort());
  });
});
