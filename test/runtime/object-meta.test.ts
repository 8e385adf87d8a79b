import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  $annotationsFit,
  $createMeta,
  $generatedName,
  $labelValueProblems,
  $qualifiedNameProblems,
  $simpleName,
} from '../../runtime/object-meta.js';
import {
  $configMapKeyProblems,
  $dns1035LabelProblems,
  $dns1123LabelProblems,
  $dns1123SubdomainProblems,
  $dnsName,
  $nameFits,
  $nameProblems,
  $plainSegment,
  $utf8Length,
  $labelName,
  $dns1035Name,
  $configMapKeyName,
  $trustBundleName,
  $jobName,
  $priorityClassName,
  $crdName,
  $apiServiceName,
  $storageVersionName,
} from '../../runtime/object-meta-names.js';
import type { FieldError } from '../../runtime/validators.js';

describe('object-meta', () => {
  it('counts UTF-8 bytes as Go does (a lone surrogate is U+FFFD)', () => {
    expect(['a', 'é', '€', '😀', '\ud800', 'a\udc00b'].map($utf8Length)).toEqual([1, 2, 3, 4, 3, 5]);
  });

  it('qualified names: prefix and name parts', () => {
    expect($qualifiedNameProblems('app.kubernetes.io/name')).toBeUndefined();
    expect($qualifiedNameProblems('a')).toBeUndefined();
    expect($qualifiedNameProblems('a/')).toEqual([
      'name part must be non-empty',
      expect.stringMatching(/^name part must consist of alphanumeric/),
    ]);
    expect($qualifiedNameProblems('a_b/c')).toEqual([
      expect.stringMatching(/^prefix part a lowercase RFC 1123 subdomain/),
    ]);
  });

  it("label values and qualified names count their length in bytes, as Go's len does", () => {
    // 40 characters, 80 bytes: IsValidLabelValue and IsQualifiedName both say it is too long, and malformed.
    expect($labelValueProblems('é'.repeat(40))).toEqual([
      'must be no more than 63 characters',
      expect.stringMatching(/^a valid label must be an empty string/),
    ]);
    expect($qualifiedNameProblems('é'.repeat(40))).toEqual([
      'name part must be no more than 63 characters',
      expect.stringMatching(/^name part must consist of alphanumeric/),
    ]);
  });

  it('label values may be empty, at most 63 characters', () => {
    expect($labelValueProblems('')).toBeUndefined();
    expect($labelValueProblems('v'.repeat(63))).toBeUndefined();
    expect($labelValueProblems('-a')).toEqual([expect.stringMatching(/^a valid label must be an empty string/)]);
  });

  it('names: path segments for built-in kinds, DNS subdomains (trailing dash masked for a prefix) for custom resources', () => {
    expect($nameProblems('.', true, 0)).toBeUndefined();
    expect($nameProblems('.', false, 0)).toEqual(["may not be '.'"]);
    expect($nameProblems('Web:1', false, 0)).toBeUndefined();
    expect($nameProblems('web-', true, 1)).toBeUndefined();
    expect($nameProblems('web-', false, 1)).toHaveLength(1);
    expect($nameProblems('-', true, 1)).toHaveLength(1);
  });

  it('annotation sizes in bytes, keys included', () => {
    expect($annotationsFit({ k: 'x'.repeat(262_143) })).toBe(true);
    expect($annotationsFit({ k: 'x'.repeat(262_144) })).toBe(false);
    expect($annotationsFit({ k: 'é'.repeat(131_072) })).toBe(false);
    expect($annotationsFit({ k: 1 })).toBe(true);
  });

  it('stops at the first problem without a list, reports every one with it', () => {
    const meta = { name: 'a/b', labels: { '-x': '-y' } };
    expect($createMeta({ metadata: meta }, 0, '', null)).toBe(false);
    const errors: FieldError[] = [];
    expect($createMeta({ metadata: meta }, 0, '', errors)).toBe(false);
    expect(errors.map((error) => error.path)).toEqual(['metadata.name', 'metadata.labels', 'metadata.labels']);
    expect($createMeta({ metadata: { name: 'a', labels: { a: 'b' }, annotations: { 'A/B': '' } } }, 1, 'x', null)).toBe(
      true,
    );
    const missing: FieldError[] = [];
    expect($createMeta({ metadata: { labels: { '-x': 'y' } } }, 0, 'x', missing)).toBe(false);
    expect(missing.map((error) => `${error.path}: ${error.message}`)).toEqual([
      'x.metadata.name: x.metadata.name: Required value: name or generateName is required',
      expect.stringMatching(/^x\.metadata\.labels: /),
    ]);
    expect($createMeta({ metadata: null }, 0, '', null)).toBe(false);
  });

  it('the quick accepts agree with the full checks: $simpleName with label keys and values, $plainSegment with names', () => {
    // Go's expression (apimachinery validation.go qualifiedNameFmt), independent of the runtime's own constant.
    const goQualifiedName = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
    const piece = fc.constantFrom('a', 'Z', '0', '9', '-', '_', '.', '/', '%', ' ', 'é', '\u{1F600}', '\n');
    const text = fc.oneof(
      fc.array(piece, { maxLength: 70 }).map((parts) => parts.join('')),
      fc.array(fc.constantFrom('a', 'b', '1'), { minLength: 60, maxLength: 66 }).map((parts) => parts.join('')),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(text, (s) => {
        const simple = $simpleName(s);
        expect(simple).toBe(s.length <= 63 && goQualifiedName.test(s));
        if (simple) expect([$qualifiedNameProblems(s), $labelValueProblems(s)]).toEqual([undefined, undefined]);
        if ($plainSegment(s)) expect($nameProblems(s, false, 0)).toBeUndefined();
        if (s.length <= 64 && s !== '') expect($plainSegment(s)).toBe($nameProblems(s, false, 0) === undefined);
      }),
      { numRuns: 20_000 },
    );
    expect(['.', '..', '...', '.a', 'a/b', 'a%'].map($plainSegment)).toEqual([false, false, true, true, false, false]);
  });
  // Go's expressions (apimachinery pkg/util/validation/validation.go dns1123LabelFmt, dns1123SubdomainFmt,
  // dns1035LabelFmt, configMapKeyFmt), written here apart from the runtime's character-code checks.
  const goLabel = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
  const goSubdomain = new RegExp(`^${goLabel}(\\.${goLabel})*$`);
  const goDns1123Label = new RegExp(`^${goLabel}$`);
  const goDns1035Label = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
  const goConfigMapKey = /^[-._a-zA-Z0-9]+$/;
  const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

  it('the per-kind name functions word their messages as apimachinery does', () => {
    expect($dns1123LabelProblems('My_Namespace')).toEqual([
      "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
    ]);
    expect($dns1123LabelProblems('a.b')).toEqual(['must not contain dots']);
    expect($dns1123LabelProblems('a'.repeat(64))).toEqual(['must be no more than 63 characters']);
    expect($dns1035LabelProblems('1-test')).toEqual([
      "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
    ]);
    expect($dns1123SubdomainProblems('My_Pod')).toEqual([
      expect.stringMatching(/^a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters/),
    ]);
    expect($dns1123SubdomainProblems('a'.repeat(254))).toEqual(['must be no more than 253 characters']);
    expect($configMapKeyProblems('..a')).toEqual(["must not start with '..'"]);
    expect($configMapKeyProblems('a b')).toEqual([
      "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')",
    ]);
    expect($configMapKeyProblems('Candidate_1.x')).toBeUndefined();
  });

  it('names by rule: generateName masks a trailing dash for the DNS rules; CronJob names at most 52', () => {
    expect($labelName('web-', true)).toBeUndefined();
    expect($labelName('web-', false)).toHaveLength(1);
    expect($dns1035Name('1web-', true)).toHaveLength(1);
    expect($dns1035Name('Web', false)).toHaveLength(1);
    expect($dns1035Name('web.1', false)).toHaveLength(1);
    expect($nameProblems('web.1', false, 1)).toBeUndefined();
    expect($configMapKeyName('lease_candidate-')).toBeUndefined();
    expect($nameProblems('c'.repeat(52), false, 5)).toBeUndefined();
    expect($nameProblems('c'.repeat(53), false, 5)).toEqual(['must be no more than 52 characters']);
    expect($nameProblems('C'.repeat(53), false, 5)).toEqual([
      expect.stringMatching(/^a lowercase RFC 1123 subdomain/),
      'must be no more than 52 characters',
    ]);
    expect($nameProblems('c'.repeat(60), true, 5)).toBeUndefined();
  });

  it("the character-code checks agree with Go's expressions and lengths in bytes", () => {
    const piece = fc.constantFrom('a', 'z', '0', '9', '-', '.', '_', 'A', '/', '%', 'é', ' ', '\n');
    const text = fc.oneof(
      fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('')),
      fc.array(fc.constantFrom('a', '-', '.', '1'), { minLength: 50, maxLength: 260 }).map((parts) => parts.join('')),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(text, (s) => {
        expect($dnsName(s, 1, 253)).toBe(bytes(s) <= 253 && goSubdomain.test(s));
        expect($dnsName(s, 2, 63)).toBe(bytes(s) <= 63 && goDns1123Label.test(s));
        expect($dnsName(s, 3, 63)).toBe(bytes(s) <= 63 && goDns1035Label.test(s));
        expect($dns1123SubdomainProblems(s) === undefined).toBe(bytes(s) <= 253 && goSubdomain.test(s));
        expect($dns1123LabelProblems(s) === undefined).toBe(bytes(s) <= 63 && goDns1123Label.test(s));
        expect($dns1035LabelProblems(s) === undefined).toBe(bytes(s) <= 63 && goDns1035Label.test(s));
        const key = bytes(s) <= 253 && goConfigMapKey.test(s) && s !== '.' && !s.startsWith('..');
        expect($configMapKeyProblems(s) === undefined).toBe(key);
        const full: Record<number, (name: string) => string[] | undefined> = {
          0: (name) => $nameProblems(name, false, 0),
          1: (name) => $nameProblems(name, false, 1),
          2: (name) => $labelName(name, false),
          3: (name) => $dns1035Name(name, false),
          5: (name) => $nameProblems(name, false, 5),
          6: (name) => $configMapKeyName(name),
        };
        for (const [rule, problems] of Object.entries(full))
          if ($nameFits(s, Number(rule))) expect(problems(s), `rule ${rule}`).toBeUndefined();
        for (const rule of [1, 2, 3, 5])
          if (s !== '') expect($nameFits(s, rule), `rule ${rule}`).toBe(full[rule]!(s) === undefined);
      }),
      { numRuns: 20_000 },
    );
  });
  it('the name functions that read the object, worded as their Go sources word them', () => {
    const bundle = (signerName?: string) => ({ spec: signerName === undefined ? {} : { signerName } });
    // ValidateClusterTrustBundleName
    expect($trustBundleName('example.com:signer:root-1', false, bundle('example.com/signer'))).toBeUndefined();
    expect($trustBundleName('root-1', false, bundle('example.com/signer'))).toEqual([
      'ClusterTrustBundle for signerName example.com/signer must be named with prefix example.com:signer:',
    ]);
    expect($trustBundleName('example.com:signer:Root', false, bundle('example.com/signer'))).toEqual([
      expect.stringMatching(/^a lowercase RFC 1123 subdomain/),
    ]);
    expect($trustBundleName('a:b', false, bundle())).toEqual([
      'ClusterTrustBundle without signer name must not have ":" in its name',
    ]);
    expect($trustBundleName('root-', true, bundle())).toBeUndefined();
    // ValidatePriorityClass: the reserved prefix (schedulingapiv1.IsKnownSystemPriorityClass's errors)
    expect($priorityClassName('high-priority', false, { value: 1000 })).toBeUndefined();
    expect($priorityClassName('system-node-critical', false, { value: 2000001000 })).toBeUndefined();
    expect($priorityClassName('system-high', false, { value: 1000 })).toEqual([
      "Forbidden: priority class names with 'system-' prefix are reserved for system use only. error: system-high is not a known system priority class",
    ]);
    expect($priorityClassName('system-cluster-critical', false, { value: 1 })).toEqual([
      expect.stringMatching(/error: value of system-cluster-critical PriorityClass must be 2000000000$/),
    ]);
    expect($priorityClassName('system-cluster-critical', false, { value: 2000000000, globalDefault: true })).toEqual([
      expect.stringMatching(/error: globalDefault of system-cluster-critical PriorityClass must be false$/),
    ]);
    const forbidden: FieldError[] = [];
    const pc = { metadata: { name: 'system-high' }, value: 1000 };
    expect($createMeta(pc, 6, '', forbidden, $priorityClassName)).toBe(false);
    expect(forbidden.map((error) => [error.type, error.message])).toEqual([
      [
        'FieldValueForbidden',
        "metadata.name: Forbidden: priority class names with 'system-' prefix are reserved for system use only. error: system-high is not a known system priority class",
      ],
    ]);
    // ValidateJob: an Indexed Job's last pod hostname
    const indexed = (completions: number) => ({ spec: { completionMode: 'Indexed', completions } });
    expect($jobName('a'.repeat(61), false, indexed(10))).toBeUndefined();
    expect($jobName('a'.repeat(61), false, indexed(11))).toEqual([
      `will not able to create pod with invalid DNS label: ${'a'.repeat(61)}-10`,
    ]);
    expect($jobName('pi.v1', false, indexed(1))).toEqual([
      'will not able to create pod with invalid DNS label: pi.v1-0',
    ]);
    expect($jobName('pi.v1', false, { spec: { completions: 1 } })).toBeUndefined();
    // ValidateCustomResourceDefinition's nameValidationFn
    const crd = { spec: { group: 'example.com', names: { plural: 'widgets' } } };
    expect($crdName('widgets.example.com', false, crd)).toBeUndefined();
    expect($crdName('widget.example.com', false, crd)).toEqual(['must be spec.names.plural+"."+spec.group']);
    expect($crdName('Widgets', false, crd)).toEqual([
      expect.stringMatching(/^a lowercase RFC 1123 subdomain/),
      'must be spec.names.plural+"."+spec.group',
    ]);
    // ValidateAPIService
    const service = { spec: { group: 'metrics.k8s.io', version: 'v1beta1' } };
    expect($apiServiceName('v1beta1.metrics.k8s.io', false, service)).toBeUndefined();
    expect($apiServiceName('metrics', false, service)).toEqual([
      'must be `spec.version+"."+spec.group`: "v1beta1.metrics.k8s.io"',
    ]);
    expect($apiServiceName('a/b', false, service)).toEqual(["may not contain '/'"]);
    // ValidateStorageVersionName
    expect($storageVersionName('apps.deployments')).toBeUndefined();
    expect($storageVersionName('deployments')).toEqual(['name must be in the form of <group>.<resource>']);
    expect($storageVersionName('Apps.1d')).toEqual([
      expect.stringMatching(/^the group segment a lowercase RFC 1123 subdomain/),
      expect.stringMatching(/^the resource segment a DNS-1035 label/),
    ]);
    expect($nameFits('widgets.example.com', 6)).toBe(false);
  });

  it('checks the name a generateName makes: the prefix cut to 58 bytes and five characters', () => {
    expect($generatedName('web-')).toBe('web-xxxxx');
    expect($generatedName('a'.repeat(60))).toBe(`${'a'.repeat(58)}xxxxx`);
    const meta = (metadata: Record<string, unknown>) => ({ metadata });
    const errors: FieldError[] = [];
    expect($createMeta(meta({ generateName: `${'c'.repeat(48)}` }), 5, '', errors)).toBe(false);
    expect(errors.map((error) => error.message)).toEqual([
      `metadata.name: Invalid value: "${'c'.repeat(48)}xxxxx": must be no more than 52 characters`,
    ]);
    expect($createMeta(meta({ generateName: `${'c'.repeat(47)}` }), 5, '', null)).toBe(true);
    // A name given is the one checked.
    expect($createMeta(meta({ name: 'web', generateName: 'a.-' }), 1, '', null)).toBe(true);
    expect($createMeta(meta({ generateName: 'a.-' }), 1, '', null)).toBe(false);
  });
});
