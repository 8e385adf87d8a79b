// runtime/testing/go-json.ts, go-time.ts, go-base64.ts, runtime/quantity-grammar.ts: the fake server's decode errors in the words of Go's own
// decoders. The expectations are what Go itself printed: test/fixtures/go-decode/decoded.json is the output of
// test/fixtures/go-decode/oracle (encoding/json, time.Parse and encoding/base64 of Go, over structs shaped like the
// Kubernetes types in openapi.json); see its README.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GoDecoder } from '../../../runtime/testing/go-json.js';
import { goTimeParseError } from '../../../runtime/testing/go-time.js';
import { $quantityJsonError } from '../../../runtime/quantity-grammar.js';
import { goBase64Error } from '../../../runtime/testing/go-base64.js';
import type { ResourceSpec } from '../../../runtime/testing/types.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/go-decode/${name}`, import.meta.url), 'utf8');
const decoded = JSON.parse(fixture('decoded.json')) as { kind: string; body: string; error: string }[];
const document = JSON.parse(fixture('openapi.json')) as Record<string, unknown>;

const GROUPS: Readonly<Record<string, string>> = { Deployment: 'apps', Secret: '', Event: '' };

function resource(kind: string): ResourceSpec {
  return {
    group: GROUPS[kind]!,
    version: 'v1',
    kind,
    plural: `${kind.toLowerCase()}s`,
    namespaced: true,
    verbs: [],
    subresources: [],
    listKind: `${kind}List`,
    typed: true,
  };
}

/**
 * Where Go 1.19 (the oracle here) and the Go of today's API servers differ: since Go 1.20 a step of time.Parse that
 * fails quotes the value from where the step began (format.go `newParseError(..., hold, "")`), where Go 1.19 quoted
 * what was left after the step had taken its bytes; and bad seconds are no longer followed by a fraction.
 */
const SINCE_GO_1_20: Readonly<Record<string, string>> = {
  // Go 1.19 read a fraction where the seconds failed; later Go stops (format.go: `if err != nil { break }`).
  '2024-01-01T00:00:.5Z':
    'parsing time "2024-01-01T00:00:.5Z" as "2006-01-02T15:04:05Z07:00": cannot parse ".5Z" as "05"',
  '2O24-01-01T00:00:00Z':
    'parsing time "2O24-01-01T00:00:00Z" as "2006-01-02T15:04:05Z07:00": cannot parse "2O24-01-01T00:00:00Z" as "2006"',
  '2024-01-01T00:00:00*01:00':
    'parsing time "2024-01-01T00:00:00*01:00" as "2006-01-02T15:04:05Z07:00": cannot parse "*01:00" as "Z07:00"',
  '2024-01-01T00:00:00+01:0a':
    'parsing time "2024-01-01T00:00:00+01:0a" as "2006-01-02T15:04:05Z07:00": cannot parse "+01:0a" as "Z07:00"',
  '2024-01-01T00:00:00.12345Z':
    'parsing time "2024-01-01T00:00:00.12345Z" as "2006-01-02T15:04:05.000000Z07:00": cannot parse ".12345Z" as ".000000"',
  '2024-01-01T00:00:00.12345aZ':
    'parsing time "2024-01-01T00:00:00.12345aZ" as "2006-01-02T15:04:05.000000Z07:00": cannot parse ".12345aZ" as ".000000"',
};

describe("Go's decoder over the kind's schema", () => {
  const decoder = new GoDecoder(() => document);
  const expected = (entry: { body: string; error: string }, body: Record<string, unknown>): string | undefined => {
    const time = (body['metadata'] as Record<string, unknown> | undefined)?.['creationTimestamp'] ?? body['eventTime'];
    const error = (typeof time === 'string' ? SINCE_GO_1_20[time] : undefined) ?? entry.error;
    return error === '' ? undefined : error;
  };

  it.each(decoded.map((entry) => [entry.body, entry] as const))('%s', (_, entry) => {
    const body = JSON.parse(entry.body) as Record<string, unknown>;
    const refusal = expected(entry, body);
    expect(decoder.decode(resource(entry.kind), body, false, entry.body)?.refusal).toBe(refusal);
    // Given only the parsed body, the answer is the same wherever parsing kept what Go reads (the text round-trips).
    if (JSON.stringify(body) === entry.body) expect(decoder.decode(resource(entry.kind), body)?.refusal).toBe(refusal);
  });

  it('has cases only the text can decide', () => {
    const textOnly = decoded.filter((entry) => JSON.stringify(JSON.parse(entry.body)) !== entry.body);
    expect(textOnly.length).toBeGreaterThan(20);
    // Without the text, 2.0 is 2 and a repeated name's first value is gone: those refusals are not seen.
    const body = JSON.parse(textOnly.find((entry) => entry.body.includes('"replicas":2.0'))!.body) as Record<
      string,
      unknown
    >;
    expect(decoder.decode(resource('Deployment'), body)?.refusal).toBeUndefined();
  });

  it('takes int64 up to 2^63 - 1 from a parsed body, which JSON.parse rounds to 2^63', () => {
    const body = { spec: { progressDeadlineSeconds: 9223372036854775807 } };
    expect(decoder.decode(resource('Deployment'), body)?.refusal).toBeUndefined();
  });

  // Kubernetes' own test of strict field validation (test/integration/apiserver/field_validation_test.go,
  // invalidBodyJSON and its post-strict-validation error): the body and the texts its server gives, in body order.
  it("lists unknown and duplicate fields in the body's order, as the API server words them", () => {
    const text = `{
      "apiVersion": "apps/v1", "kind": "Deployment",
      "metadata": { "name": "dupename", "name": "web", "labels": {"app": "nginx"}, "unknownMeta": "metaVal" },
      "spec": {
        "unknown1": "val1", "unknownDupe": "valDupe", "unknownDupe": "valDupe2", "paused": true, "paused": false,
        "selector": { "matchLabels": { "app": "nginx" } },
        "template": {
          "metadata": { "labels": { "app": "nginx" } },
          "spec": { "containers": [{ "name": "nginx", "image": "nginx:latest", "unknownNested": "val1",
            "imagePullPolicy": "Always", "imagePullPolicy": "Never" }] }
        }
      }
    }`;
    const spec = readFileSync(
      new URL('../../fixtures/reference/specs-at-scale/kubernetes.swagger.json', import.meta.url),
      'utf8',
    );
    const kubernetes = new GoDecoder(() => JSON.parse(spec) as Record<string, unknown>);
    const decoded = kubernetes.decode(resource('Deployment'), JSON.parse(text) as Record<string, unknown>, false, text);
    expect(decoded?.refusal).toBeUndefined();
    expect(`strict decoding error: ${decoded?.strict.join(', ')}`).toBe(
      'strict decoding error: duplicate field "metadata.name", unknown field "metadata.unknownMeta", unknown field "spec.unknown1", unknown field "spec.unknownDupe", duplicate field "spec.paused", unknown field "spec.template.spec.containers[0].unknownNested", duplicate field "spec.template.spec.containers[0].imagePullPolicy"',
    );
  });

  it('reads a patched object in sorted key order, as Go marshalled it', () => {
    const body = { spec: { replicas: 'x', paused: 'y' } };
    expect(decoder.decode(resource('Deployment'), body)?.refusal).toContain('DeploymentSpec.spec.replicas of type');
    expect(decoder.decode(resource('Deployment'), body, true)?.refusal).toContain('DeploymentSpec.spec.paused of type');
  });

  it('says nothing for a kind without a schema', () => {
    expect(decoder.decode({ ...resource('Secret'), kind: 'ConfigMap' }, {})).toBeUndefined();
  });
});

describe('time.Parse past the oracle', () => {
  it('refuses offsets beyond 24 hours or 60 minutes, as Go 1.20 and later do (the minute checked last)', () => {
    expect(goTimeParseError('2024-01-01T00:00:00+25:00')).toBe(
      'parsing time "2024-01-01T00:00:00+25:00": time zone offset hour out of range',
    );
    expect(goTimeParseError('2024-01-01T00:00:00+25:61')).toBe(
      'parsing time "2024-01-01T00:00:00+25:61": time zone offset minute out of range',
    );
    expect(goTimeParseError('2024-01-01T00:00:00+24:60')).toBeUndefined();
  });
});

describe('base64 and quantities', () => {
  it('finds the first corrupt byte of UTF-8, as Go counts it', () => {
    expect(goBase64Error('aGVsbG8=')).toBeUndefined();
    expect(goBase64Error('é')).toBe('illegal base64 data at input byte 0');
    expect(goBase64Error('abcdé')).toBe('illegal base64 data at input byte 4');
  });

  // resource.ParseQuantity (apimachinery pkg/api/resource/quantity.go): parseQuantityString, then the suffix, then
  // the numeric part on the exact path.
  it.each([
    ['100m', undefined],
    ['1.5Gi', undefined],
    [' 2 ', undefined],
    ['1e3', undefined],
    ['1E-3', undefined],
    ['5.', undefined],
    ['.5', undefined],
    // No digit at all is zero, on the int64 path.
    ['m', undefined],
    ['.', undefined],
    ['-', undefined],
    ['Ki', undefined],
    ['Ti', undefined],
    ['e5', undefined],
    ['', "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"],
    ['abc', "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"],
    ['1e3e', "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"],
    ['1 m', "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"],
    ['true', "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"],
    ['500mi', "unable to parse quantity's suffix"],
    ['1e', "unable to parse quantity's suffix"],
    ['1E+', "unable to parse quantity's suffix"],
    ['1Ki1', "unable to parse quantity's suffix"],
    ['1e99999999999999999999', "unable to parse quantity's suffix"],
    // An exponent past the int32 scale is refused, not truncated (quantity_test.go TestInterpretExponentInt32Bounds).
    ['1e2147483647', undefined],
    ['1e4294967297', "unable to parse quantity's suffix"],
    ['1E-2147483648', "unable to parse quantity's suffix"],
    // Without a digit, the exact path (a decimal exponent below -9; Pi and Ei) cannot read the number.
    ['Pi', 'unable to parse numeric part of quantity'],
    ['Ei', 'unable to parse numeric part of quantity'],
    ['e-10', 'unable to parse numeric part of quantity'],
    ['-.e-10', 'unable to parse numeric part of quantity'],
    ['0e-10', undefined],
  ])('ParseQuantity(%j)', (text, error) => {
    expect($quantityJsonError(text)).toBe(error);
  });

  it('trims what Go trims: U+0085 but not U+FEFF', () => {
    expect($quantityJsonError('\u00851')).toBeUndefined();
    expect($quantityJsonError('\ufeff1')).toBe(
      "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
    );
  });
});
