/**
 * Differential test of the generated validators against Ajv: for every model, random values generated from the
 * (normalized, per-mode) schema — valid ones, values valid in the other mode, and mutated ones — must get the same
 * verdict from `isX(value, {mode, unknownFields})` as from Ajv compiled from the same schema in the same mode
 * (test/support/validators-oracle.ts says how the mode semantics are written in JSON Schema).
 *
 * Deliberate differences — ours is the Kubernetes behaviour, Ajv's is not — each with its focused test below:
 *
 * 1. date-time: Go's time.Parse(time.RFC3339) (metav1.Time.UnmarshalJSON) needs an upper-case `T` and `Z`, a colon
 *    in the offset, and rejects second 60; ajv-formats takes `t`/`z`, a space separator, `+0100`/`+01`, leap seconds.
 * 2. int64: must be a safe integer (±(2^53 - 1)); ajv-formats' int64 accepts any integer-valued double.
 * 3. byte: ajv-formats tests base64 with a /gm regular expression, so any one line of a multi-line string passing is
 *    enough; Go's base64 decoder (encoding/json for []byte) rejects `!!!!\nQUJD`.
 * 4. CEL (`x-kubernetes-validations`): Ajv does not understand CEL; the rules are evaluated here from hand
 *    translations (CEL in validators-oracle.ts).
 *
 * Generated values stay away from 1-3 (validators-arbitraries.ts); a sample that still hits one of them is only
 * checked in the direction the difference allows (ours may reject what Ajv accepts, never the reverse). For 4, the
 * expected verdict is Ajv's and the CEL rules active in the mode together. The differential also checks `isX(v) === validateX(v).valid`, that an invalid value
 * has at least one error, and that the default options are request mode with unknown fields ignored.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import * as validators from '../generated/imagetag/src/validators.js';
import { mutate, mutation, SchemaArbitraries, jsonValue } from './support/validators-arbitraries.js';
import {
  ajvFormats,
  CONFIGS,
  configDefName,
  defName,
  deliberateDifferences,
  goBase64,
  imageTagOracle,
  type Config,
} from './support/validators-oracle.js';

/** Samples per model and configuration (4 configurations: request/response × unknown fields ignored/rejected). */
const SAMPLES = 300;
const SEED = 20240601;

type Options = { mode?: 'request' | 'response'; unknownFields?: 'ignore' | 'reject' };
type Is = (value: unknown, options?: Options) => boolean;
type Validate = (value: unknown, options?: Options) => { valid: boolean; errors?: readonly validators.FieldError[] };

const oracle = imageTagOracle();
const arbitraries = new SchemaArbitraries(oracle.defs);
const exported = validators as unknown as Record<string, unknown>;

function functionsOf(name: string): { is: Is; validate: Validate } {
  const is = exported[`is${name}`];
  const validate = exported[`validate${name}`];
  if (typeof is !== 'function' || typeof validate !== 'function') throw new Error(`no validators for ${name}`);
  return { is: is as Is, validate: validate as Validate };
}

/** What one sample showed: nothing (agreement), or a disagreement worth reporting. */
interface Finding {
  readonly problem: string;
  readonly value: unknown;
  readonly ours: boolean;
  readonly ajv: boolean;
  readonly ourErrors: readonly string[];
  readonly ajvErrors: readonly string[];
}

interface Stats {
  samples: number;
  /** Valid per Ajv. */
  valid: number;
  /** Near a deliberate date-time, int64 or byte difference. */
  bounded: number;
  /** Breaking a CEL rule active in the mode. */
  cel: number;
}

const statistics = new Map<string, Stats>();

function compare(key: string, name: string, config: Config, value: unknown, stats?: Stats): Finding | undefined {
  const { is, validate } = functionsOf(name);
  const options = { mode: config.mode, unknownFields: config.unknownFields };
  const ours = is(value, options);
  const result = validate(value, options);
  const ajv = oracle.validate(key, config, value);
  const finding = (problem: string): Finding => ({
    problem,
    value,
    ours,
    ajv: ajv.valid,
    ourErrors: (result.errors ?? []).map((error) => error.message),
    ajvErrors: ajv.errors.map((error) => `${error.instancePath} ${error.message ?? ''}`),
  });
  if (stats !== undefined) {
    stats.samples++;
    if (ajv.valid) stats.valid++;
  }
  if (result.valid !== ours) return finding(`isX says ${ours}, validateX says ${result.valid}`);
  if (!result.valid && (result.errors ?? []).length === 0) return finding('validateX is invalid without errors');
  if (config.mode === 'request' && config.unknownFields === 'ignore' && is(value) !== ours)
    return finding('the default options differ from { mode: "request" }');
  // CEL rules are part of the Kubernetes verdict: Ajv's verdict and the hand-translated rules together.
  const cel = oracle.celFailures(key, config, value);
  const expected = ajv.valid && cel.length === 0;
  const because = cel.length === 0 ? '' : ` (CEL: ${cel.join('; ')})`;
  if (stats !== undefined && cel.length > 0) stats.cel++;
  if (deliberateDifferences(value).length > 0) {
    if (stats !== undefined) stats.bounded++;
    // A deliberate difference lets ours reject what Ajv accepts; it never lets ours accept what Ajv rejects.
    return ours && !expected
      ? finding(`ours accepts what Ajv rejects, near a deliberate difference${because}`)
      : undefined;
  }
  return ours === expected ? undefined : finding(`ours says ${ours}, Ajv says ${ajv.valid}${because}`);
}

function samples(key: string, config: Config): fc.Arbitrary<unknown> {
  const other = config.mode === 'request' ? 'response' : 'request';
  const valid = arbitraries.forDef(defName(key, config.mode));
  const otherValid = arbitraries.forDef(defName(key, other));
  const mutations = fc.array(mutation(oracle.enumStrings, oracle.propertyNames), { minLength: 1, maxLength: 3 });
  return fc.oneof(
    { arbitrary: valid, weight: 3 },
    { arbitrary: otherValid, weight: 1 },
    {
      arbitrary: fc.tuple(fc.oneof(valid, otherValid), mutations).map(([value, changes]) => mutate(value, changes)),
      weight: 5,
    },
    { arbitrary: jsonValue, weight: 1 },
  );
}

const describeConfig = (config: Config) => `${config.mode}, unknownFields: ${config.unknownFields}`;

describe('generated validators agree with Ajv on random values', () => {
  it('has is/validate/assert for every model of the spec', () => {
    for (const model of oracle.models) {
      for (const prefix of ['is', 'validate', 'assert'])
        expect(typeof exported[`${prefix}${model.name}`], `${prefix}${model.name}`).toBe('function');
    }
    expect(oracle.models.length).toBeGreaterThan(20);
  });

  describe.each(oracle.models.map((model) => [model.name, model] as const))('%s', (name, model) => {
    it.each(CONFIGS.map((config) => [describeConfig(config), config] as const))('%s', (_label, config) => {
      const arbitrary = samples(model.key, config);
      const stats: Stats = { samples: 0, valid: 0, bounded: 0, cel: 0 };
      statistics.set(`${name} (${describeConfig(config)})`, stats);
      const findings = fc
        .sample(arbitrary, { numRuns: SAMPLES, seed: SEED })
        .map((value) => compare(model.key, name, config, value, stats))
        .filter((finding) => finding !== undefined);
      if (findings.length === 0) {
        // Not vacuous: the generator reaches both verdicts for every model.
        expect(stats.valid, 'valid samples').toBeGreaterThan(SAMPLES / 10);
        expect(stats.samples - stats.valid, 'invalid samples').toBeGreaterThan(SAMPLES / 10);
        return;
      }
      // Shrink to the smallest value that still disagrees, and show it with both sides' errors.
      const details = fc.check(
        fc.property(arbitrary, (value) => compare(model.key, name, config, value) === undefined),
        { numRuns: SAMPLES, seed: SEED },
      );
      const smallest =
        details.counterexample === null ? findings[0] : compare(model.key, name, config, details.counterexample[0]);
      expect
        .soft(
          { disagreeing: `${findings.length}/${SAMPLES}`, smallest },
          `${name} in ${describeConfig(config)}: ${smallest?.problem ?? ''}`,
        )
        .toEqual({ disagreeing: `0/${SAMPLES}`, smallest: undefined });
    });
  });

  afterAll(() => {
    const totals = [...statistics.values()].reduce(
      (sum, stats) => ({
        samples: sum.samples + stats.samples,
        valid: sum.valid + stats.valid,
        bounded: sum.bounded + stats.bounded,
        cel: sum.cel + stats.cel,
      }),
      { samples: 0, valid: 0, bounded: 0, cel: 0 },
    );
    // One line for the record: how many samples ran and how many Ajv found valid.
    process.stdout.write(
      `validators differential: ${totals.samples} samples over ${statistics.size} model × configuration runs, ` +
        `${totals.valid} valid per Ajv, ${totals.cel} breaking a CEL rule, ${totals.bounded} near a deliberate difference\n`,
    );
  });
});

describe('deliberate differences: ours is the Kubernetes behaviour', () => {
  const { isTime, isTagEvent, isImageLayer, isImageSignature, validateImageTag } = validators;
  const timeKey = 'io.k8s.apimachinery.pkg.apis.meta.v1.Time';
  const request: Config = { mode: 'request', unknownFields: 'ignore' };
  const response: Config = { mode: 'response', unknownFields: 'ignore' };

  // Each of these is refused by Go's time.Parse(time.RFC3339, s), which metav1.Time.UnmarshalJSON calls: the layout's
  // literal "T" and "Z" match case-sensitively, "Z07:00" needs "±hh:mm" with the colon, and seconds must be < 60.
  it.each([
    ['lower-case t and z', '2024-01-01t00:00:00z'],
    ['lower-case t', '2024-01-01t00:00:00Z'],
    ['lower-case z', '2024-01-01T00:00:00z'],
    ['a space instead of T', '2024-01-01 00:00:00Z'],
    ['an offset without a colon', '2024-01-01T00:00:00+0100'],
    ['an offset with hours only', '2024-01-01T00:00:00+01'],
    ['a leap second', '2016-12-31T23:59:60Z'],
    ['a leap second with an offset', '2017-01-01T00:59:60+01:00'],
  ])('date-time: %s (%s) is rejected by Go and by us, accepted by ajv-formats', (_why, text) => {
    expect(ajvFormats.dateTime(text)).toBe(true);
    expect(oracle.validate(timeKey, request, text).valid).toBe(true);
    expect(isTime(text)).toBe(false);
    expect(isTime(text, { mode: 'response' })).toBe(false);
    expect(isTagEvent({ created: text, dockerImageReference: 'r', image: 'i', generation: 1 })).toBe(false);
  });

  it.each(['2024-01-01T00:00:00Z', '2024-02-29T23:59:59.123456789+05:30', '0001-01-01T00:00:00-00:00'])(
    'date-time: %s (Go RFC 3339) is accepted by us and by ajv-formats',
    (text) => {
      expect(isTime(text)).toBe(true);
      expect(oracle.validate(timeKey, request, text).valid).toBe(true);
    },
  );

  // int64 fields are Go int64s, but a JavaScript number above 2^53 has already lost its exact value: the validators
  // refuse it rather than pass on a different number than the one that was meant.
  it.each([2 ** 53, -(2 ** 53), 1e300])('int64: %d is rejected by us, accepted by ajv-formats', (size) => {
    const layer = { name: 'sha256:abc', size };
    const key = 'com.github.openshift.api.image.v1.ImageLayer';
    expect(oracle.validate(key, request, layer).valid).toBe(true);
    expect(isImageLayer(layer)).toBe(false);
    expect(isImageLayer({ ...layer, size: Number.MAX_SAFE_INTEGER })).toBe(true);
  });

  // encoding/json decodes []byte with base64.StdEncoding, which rejects '!' anywhere; ajv-formats' /gm pattern
  // accepts the string because its second line is valid base64.
  it('byte: a multi-line string with one valid line is rejected by Go and by us, accepted by ajv-formats', () => {
    const signature = { type: 'atomic', content: '!!!!\nQUJD' };
    expect(ajvFormats.byte('!!!!\nQUJD')).toBe(true);
    expect(goBase64('!!!!\nQUJD')).toBe(false);
    expect(oracle.validate('com.github.openshift.api.image.v1.ImageSignature', request, signature).valid).toBe(true);
    expect(isImageSignature(signature)).toBe(false);
  });

  // semantics.md rule 6 and 12, written as x-kubernetes-validations by the overlay and only checked on requests.
  it('CEL: spec.name must be the tag of metadata.name in requests (Ajv cannot tell)', () => {
    const tag = { metadata: { name: 'ruby:3.1' }, spec: { name: '3.2' } };
    const key = 'com.github.openshift.api.image.v1.ImageTag';
    expect(oracle.validate(key, request, tag).valid).toBe(true);
    expect(oracle.celFailures(key, request, tag)).toEqual(['<root>: must match image tag name']);
    expect(oracle.celFailures(key, response, tag)).toEqual([]);
    const result = validateImageTag(tag);
    expect(result.valid).toBe(false);
    expect(result.valid ? [] : result.errors.map((error) => `${error.type} ${error.path}`)).toEqual([
      'FieldValueInvalid spec.name',
    ]);
    expect(validateImageTag({ ...tag, spec: { name: '3.1' } }).valid).toBe(true);
    expect(validateImageTag(tag, { mode: 'response' }).valid).toBe(true);
  });

  it('CEL: only DockerImage sources may be scheduled, in requests (Ajv cannot tell)', () => {
    const spec = { from: { kind: 'ImageStreamTag', name: 'ruby:3.1' }, importPolicy: { scheduled: true } };
    const key = 'com.github.openshift.api.image.v1.TagReference';
    expect(oracle.validate(key, request, spec).valid).toBe(true);
    expect(oracle.celFailures(key, request, spec)).toHaveLength(1);
    expect(validators.isTagReference(spec)).toBe(false);
    expect(validators.isTagReference(spec, { mode: 'response' })).toBe(true);
    expect(validators.isTagReference({ ...spec, from: { kind: 'DockerImage', name: 'quay.io/x/y:1' } })).toBe(true);
  });

  it('has a definition for every model in both modes', () => {
    for (const model of oracle.models)
      for (const config of CONFIGS) expect(oracle.defs[configDefName(model.key, config)]).toBeDefined();
  });
});

describe('genuine disagreements with Ajv (ours is not the Kubernetes behaviour), pinned', () => {
  const request: Config = { mode: 'request', unknownFields: 'ignore' };

  // Go's base64 decoder skips \r and \n, so the API server accepts base64
  // broken into lines (as PEM-style encoders write it); Ajv accepts this one too, ours does not.
  it('byte: base64 broken into lines is accepted, as Go decodes it (and as Ajv does here)', () => {
    const signature = { metadata: { name: 'image@signature' }, type: 'atomic', content: 'QUJD\nREVG\r\n' };
    expect(goBase64(signature.content)).toBe(true);
    expect(oracle.validate('com.github.openshift.api.image.v1.ImageSignature', request, signature).valid).toBe(true);
    expect(validators.isImageSignature(signature)).toBe(true);
  });
});
