// RE2 end to end: a CRD (test/fixtures/re2/widgets.crd.yaml) whose `pattern`s and CEL `matches()` use RE2-only
// syntax, generated and loaded; every verdict of the generated validator must be re2js's (a port of Go's regexp,
// which the API server runs). Patterns that cannot be checked are warned about at their place and fail closed.
import { RE2JS } from 're2js';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../generator/errors.js';
import { compileDiagnostics } from './support/compile.js';
import { liveValidators, type LiveValidators } from './support/live-validators.js';
import { generateFrom, repoPath } from './support/pipeline.js';

const CRD = 'test/fixtures/re2/widgets.crd.yaml';

/** re2js: does `pattern` match somewhere in `input`. */
function re2Matches(pattern: string, input: string): boolean {
  return RE2JS.compile(pattern).matcher(input).find();
}

const INPUTS = [
  '',
  'a',
  'ab',
  'aB',
  'AB',
  'Ab',
  'abc',
  'a-b',
  '9a',
  'a\n',
  'a\r',
  'a\rb',
  'a\u2028b',
  'a\u00a0b',
  'a b',
  'a\tb',
  'a\nb',
  'A',
  'AAA',
  'Az9',
  '1.2',
  '1x2',
  '1.2.3',
  '1.2.x',
  'αβγ',
  'αβ γ1',
  'é',
  'É-x',
  'xky',
  'xKy',
  'xKy',
  'xkY',
  'Ω',
  'ab\n',
];

/** Gateway API's HTTPRoute header value pattern, on which V8 backtracks exponentially (RE2 is linear). */
const HEADER_VALUE = '^[!-~]+([\\t ]?[!-~]+)*$';

/** An input V8 takes hours over with HEADER_VALUE as a RegExp: 0.7 s at 26 letters, twice that per added letter. */
const HOSTILE = 'a'.repeat(60) + '\n';

/** The fixture's pattern per property, as re2js reads it. */
const PATTERNS: Readonly<Record<string, string>> = {
  alpha: '^[[:alpha:]][[:alnum:]-]*\\z',
  escaped: '^\\Q1.2\\E(?P<rest>\\.[0-9]+)?$',
  hex: '^\\x{41}+$',
  letters: '^\\pL[\\pL\\pN ]*$',
  midflag: '^a(?i)b',
  oneLine: '^.+$',
  spaced: '^\\S+(\\s\\S+)*$',
};

/** The fixture's CEL rules' patterns per property. */
const RULE_PATTERNS: Readonly<Record<string, string>> = {
  header: HEADER_VALUE,
  upper: '^[[:upper:]][[:alnum:]]*\\z',
  greek: '^\\p{Greek}+$',
  caseless: '^x(?i)k(?-i)y$',
};

/** A Widget with one spec field set. */
function widget(spec: Record<string, unknown>): Record<string, unknown> {
  return { apiVersion: 're2.example.com/v1', kind: 'Widget', metadata: { name: 'w' }, spec };
}

describe('RE2 on a CRD: pattern and CEL matches() as the API server reads them', () => {
  let live: LiveValidators;
  beforeAll(async () => {
    live = await liveValidators(repoPath(CRD));
  }, 120_000);

  it.each(Object.entries(PATTERNS))('pattern of %s agrees with re2js', (field, pattern) => {
    for (const input of INPUTS)
      expect(live.is('Widget', widget({ [field]: input })), `${field}: ${JSON.stringify(input)}`).toBe(
        re2Matches(pattern, input),
      );
  });

  it.each(Object.entries(RULE_PATTERNS))('CEL matches() on %s agrees with re2js', (field, pattern) => {
    for (const input of INPUTS)
      expect(live.is('Widget', widget({ [field]: input })), `${field}: ${JSON.stringify(input)}`).toBe(
        re2Matches(pattern, input),
      );
  });

  it('CEL matches() with a pattern known only at run time agrees with re2js, and a pattern Go refuses fails', () => {
    const regexes = ['[[:digit:]]{2}', '(?i)^AB', '\\pL\\z', '^(?P<x>a|b)+$', '(?s)a.b', 'a.b'];
    for (const regex of regexes)
      for (const input of INPUTS)
        expect(live.is('Widget', widget({ dynamic: input, regex })), `${regex} on ${JSON.stringify(input)}`).toBe(
          re2Matches(regex, input),
        );
    const result = live.validate('Widget', widget({ dynamic: 'a', regex: 'a**' }));
    expect(result.valid ? [] : result.errors.map((error) => error.message)).toEqual([
      'spec: Invalid value: "object": error parsing regexp: invalid nested repetition operator: `**` evaluating rule: dynamic must match regex',
    ]);
  });

  it('CEL matches() runs a pattern V8 would backtrack on for hours on the linear-time matcher', () => {
    // Failed before (timed out): the translation ran as a RegExp.
    expect(live.is('Widget', widget({ header: HOSTILE }))).toBe(false);
    expect(live.is('Widget', widget({ header: 'a'.repeat(60) + ' b' }))).toBe(true);
  });

  it('a pattern with no JavaScript equivalent or that Go refuses fails closed, with the reason', () => {
    const broken = live.validate('Widget', widget({ broken: 'ab' }));
    expect(broken.valid ? [] : broken.errors.map((error) => error.message)).toEqual([
      'spec.broken: Invalid value: "ab": cannot be checked: the pattern a(?=b) is not valid RE2 (error parsing regexp: invalid or unsupported Perl syntax: `(?=`)',
    ]);
    const never = live.validate('Widget', widget({ never: 'x' }));
    expect(never.valid).toBe(false);
    expect(live.is('Widget', widget({}))).toBe(true);
  });

  it('warns at the place of each pattern that cannot be checked', async () => {
    const result = await generateFrom(CRD);
    const warnings = result.warnings.map(formatDiagnostic).filter((line) => /RE2/.test(line));
    expect(warnings, warnings.join('\n')).toHaveLength(2);
    expect(warnings[0]).toMatch(
      /widgets\.crd\.yaml:73:28 \(#\/spec\/versions\/0\/schema\/openAPIV3Schema\/properties\/spec\/properties\/broken\/pattern\): pattern "a\(\?=b\)" is not valid RE2 \(error parsing regexp: invalid or unsupported Perl syntax: `\(\?=`\); the validator rejects every value$/,
    );
    expect(warnings[1]).toMatch(
      /widgets\.crd\.yaml:32:25 \(#\/spec\/versions\/0\/schema\/openAPIV3Schema\/properties\/spec\/x-kubernetes-validations\/4\/rule\): CEL pattern "\\\\C" is not valid RE2 \(error parsing regexp: invalid escape sequence: `\\C`\); the rule fails on every value it reaches$/,
    );
  });
});

describe('CEL patterns: translated when generating, no state at run time', () => {
  it('literal patterns are load-time matchers; the translator comes only with a rule that computes its pattern', async () => {
    const source = async (spec: string, overlays: readonly string[] = []) =>
      (await generateFrom(spec, overlays)).files.find((file) => file.path === 'src/validators.ts')!.contents;
    const widgets = await source(CRD);
    // Each literal pattern of the rules, as the generator translated it (the header value pattern on the linear-time
    // matcher, a pattern Go refuses as its message), in a table made into matchers when the module loads.
    expect(widgets).toContain('const $re2_literals = /* @__PURE__ */ $re2_prepare($re2_literalTable);');
    expect(widgets).toContain(String.raw`["^[!-~]+([\\t ]?[!-~]+)*$", 1, "^[\\!-\\~]+([\\u{9} ]?[\\!-\\~]+)*$"],`);
    expect(widgets).toContain('["\\\\C", 2, "error parsing regexp: invalid escape sequence: `\\\\C`"],');
    expect(widgets).toContain('["^x(?i)k(?-i)y$", 0, "^x[kK\\\\u{212a}]y$"],');
    // `self.dynamic.matches(self.regex)`: the translator, with its case-folding table made at load.
    expect(widgets).toContain('function $re2_translate(');
    expect(widgets).toContain('const $re2_orbits = /* @__PURE__ */ $re2_buildOrbits();');
    // ImageTag's rules pass only literal patterns: no translator, no table.
    const imageTag = await source('specs/imagetag.openapi.yaml', ['specs/imagetag.overlay.yaml']);
    expect(imageTag).toContain('const $re2_literals = ');
    expect(imageTag).not.toContain('function $re2_translate(');
    expect(imageTag).not.toContain('$re2_orbits');
    // Nothing at module level is filled in at run time (a memo of compiled patterns was, and the folding table).
    for (const text of [widgets, imageTag]) expect(text).not.toMatch(/\$re2_\w+\.(?:set|add|clear|delete)\(/);
  });
});

describe('a pattern V8 would backtrack on for hours (test/fixtures/re2/headers.crd.yaml, no CEL)', () => {
  const headers = 'test/fixtures/re2/headers.crd.yaml';

  it('is checked by the linear-time matcher, which the package carries without the CEL runtime (strict-clean)', async () => {
    const result = await generateFrom(headers);
    const validators = result.files.find((file) => file.path === 'src/validators.ts')!.contents;
    expect(validators).toContain(String.raw`$re2_linear("^[\\!-\\~]+([\\u{9} ]?[\\!-\\~]+)*$")`);
    expect(validators).toContain('function $re2_linear(');
    expect(validators).not.toContain('function $re2_translate(');
    // The header name pattern has one way to match: it keeps its RegExp.
    expect(validators).toMatch(/new RegExp\("\^\[A-Za-z0-9/);
    const sources = Object.fromEntries(
      result.files
        .filter((file) => file.path === 'src/validators.ts' || file.path === 'src/types.ts')
        .map((file) => [file.path, file.contents]),
    );
    expect(compileDiagnostics(sources)).toEqual([]);
  });

  it('answers at once where V8 would take hours, and agrees with re2js', async () => {
    // Failed before (timed out): the pattern ran as a RegExp.
    const live = await liveValidators(repoPath(headers));
    const header = (value: string) => ({
      apiVersion: 're2.example.com/v1',
      kind: 'Header',
      metadata: { name: 'h' },
      spec: { value },
    });
    for (const input of [...INPUTS, HOSTILE, 'a'.repeat(60) + ' b', 'a\t'.repeat(40) + '\n'])
      expect(live.is('Header', header(input)), JSON.stringify(input)).toBe(re2Matches(HEADER_VALUE, input));
  });
});
