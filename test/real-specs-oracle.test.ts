/**
 * Real specs nobody here wrote (../shared/reference/specs-real, vendored, and GitHub's from @octokit/openapi): each
 * generates, its output compiles under strict (tsgo), and for every schema our type and openapi-typescript's are
 * mutually assignable, except for the written list below (test/fixtures/real-spec-differences.json), where every
 * entry has one of these categories. The list must be exact: a new difference fails, and so does a listed one that
 * no longer occurs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runRealOracle, type Category } from './support/real-oracle.js';
import { repoPath } from './support/pipeline.js';
import { githubSpec } from './support/scale-specs.js';

/** Why each category of difference is there. */
const CATEGORIES: Readonly<Record<string, string>> = {
  'free-form object':
    'deliberate: `type: object` without properties is any JSON object to us (JSON Schema); openapi-typescript types it ' +
    'Record<string, never>, which accepts no keys at all (ARCHITECTURE.md, "Where the design\'s packages sit")',
  'default makes required':
    'deliberate: a property with a `default` stays optional for us (a default is what the server assumes when the ' +
    "field is absent); openapi-typescript's defaultNonNullable makes it required",
  'optional beside index signature':
    'deliberate: our index signature includes `undefined` when optional properties exist, which TypeScript requires ' +
    'without exactOptionalPropertyTypes; theirs omits it',
  'theirs unknown':
    'deliberate: openapi-typescript gives `unknown` where the schema says more (anyOf of required-only branches); ours ' +
    'is the narrower, correct type',
  'required undeclared property':
    "deliberate: `required` names a property the schema does not declare (GitHub's docker `tags` beside `tag`); JSON " +
    'Schema still requires it, so ours has it as a required `unknown`; openapi-typescript drops it',
  'discriminator narrowed at the union':
    'deliberate: we narrow the discriminator property where the discriminated union is (`(PrivateUser & ' +
    '{ user_view_type: "private" }) | ...`), so the member type stays as its schema says for its other uses; ' +
    'openapi-typescript writes the literal into the member type itself',
};

const REAL = 'test/fixtures/reference/specs-real/';
const SPECS: readonly [string, () => string][] = [
  ['petstore-oas30.yaml', () => repoPath(`${REAL}petstore-oas30.yaml`)],
  ['oai-uspto-30.json', () => repoPath(`${REAL}oai-uspto-30.json`)],
  ['oai-webhook-example-31.json', () => repoPath(`${REAL}oai-webhook-example-31.json`)],
  ['twilio_api_v2010.yaml', () => repoPath(`${REAL}twilio_api_v2010.yaml`)],
  ['slack_web_openapi_v2.json', () => repoPath(`${REAL}slack_web_openapi_v2.json`)],
  ['@octokit/openapi api.github.com.json', githubSpec],
];

const WRITTEN = JSON.parse(readFileSync(repoPath('test/fixtures/real-spec-differences.json'), 'utf8')) as Record<
  string,
  Record<string, string[]>
>;

describe('real specs: generate, compile under strict, types mutually assignable with openapi-typescript', () => {
  it.each(SPECS)(
    '%s',
    async (label, file) => {
      const run = await runRealOracle(file(), label.replace(/[^A-Za-z0-9]+/g, '-'));
      expect(run.otherDiagnostics).toEqual([]);
      const written = new Map(
        Object.entries(WRITTEN[label] ?? {}).flatMap(([category, list]) => list.map((entry) => [entry, category])),
      );
      expect(run.differences).toEqual([...written.keys()].sort());
      for (const [difference, category] of written) {
        expect(Object.keys(CATEGORIES), difference).toContain(category);
        // The category is judged from tsgo's message and the schema; a few are judged by reading them (unclassified).
        const judged: Category | undefined = run.categories.get(difference as never);
        if (judged !== 'unclassified') expect(judged, difference).toBe(category);
      }
    },
    1_200_000,
  );
});
