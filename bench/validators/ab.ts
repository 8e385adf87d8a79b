// One step of validator work measured in-process: the ImageTag validators of an earlier package (`--old=DIR`, a copy
// of generated/imagetag made before the change) against today's (generated/imagetag), on the bench corpus, in both
// modes, alternating which goes first, the median of per-round ratios. Also checks that both give the same verdicts
// and, for validateImageTag, the same errors (paths, messages, order).
//
//   cp -r generated/imagetag /tmp/imagetag-before     # before the change
//   node node_modules/typescript7/bin/tsc -p bench/tsconfig.json
//   node .tmp/bench/bench/validators/ab.js --old=/tmp/imagetag-before [--rounds=41] [--sample-ms=40]
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCorpus, repoRoot } from './corpus.js';
import { median } from './measure.js';

type Options = { readonly mode: 'request' | 'response' };
interface Validators {
  readonly isImageTag: (value: unknown, options?: Options) => boolean;
  readonly validateImageTag: (value: unknown, options?: Options) => { valid: boolean; errors?: readonly unknown[] };
}

const option = (name: string): string | undefined =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const oldDir = option('old');
if (oldDir === undefined) throw new Error('ab: --old=DIR (a generated imagetag package) is required');
const rounds = Number(option('rounds') ?? 41);
const sampleMs = Number(option('sample-ms') ?? 40);
const only = option('only');

const load = async (dir: string): Promise<Validators> =>
  (await import(pathToFileURL(join(dir, 'dist', 'validators.js')).href)) as Validators;
const [before, now] = await Promise.all([load(oldDir), load(join(repoRoot(), 'generated/imagetag'))]);
const values = buildCorpus().map((entry) => entry.value);
const REQUEST: Options = { mode: 'request' };
const RESPONSE: Options = { mode: 'response' };

/** Objects per second of `pass`, sampled for `ms`. */
function rate(pass: () => number, ms: number): number {
  const start = performance.now();
  let count = 0;
  while (performance.now() - start < ms) {
    pass();
    count++;
  }
  return (count * values.length) / ((performance.now() - start) / 1000);
}

// One function literal per pass and package, so each call site stays monomorphic.
const rows: readonly (readonly [string, () => number, () => number, () => number])[] = (
  [
    [
      'isImageTag, request',
      () => {
        let n = 0;
        for (let i = 0; i < values.length; i++) if (before.isImageTag(values[i], REQUEST)) n++;
        return n;
      },
      () => {
        let n = 0;
        for (let i = 0; i < values.length; i++) if (now.isImageTag(values[i], REQUEST)) n++;
        return n;
      },
      () => values.filter((v) => before.isImageTag(v, REQUEST) !== now.isImageTag(v, REQUEST)).length,
    ],
    [
      'validateImageTag, request',
      () => {
        let n = 0;
        for (let i = 0; i < values.length; i++) n += before.validateImageTag(values[i], REQUEST).errors?.length ?? 1;
        return n;
      },
      () => {
        let n = 0;
        for (let i = 0; i < values.length; i++) n += now.validateImageTag(values[i], REQUEST).errors?.length ?? 1;
        return n;
      },
      () =>
        values.filter((v) => !isDeepStrictEqual(before.validateImageTag(v, REQUEST), now.validateImageTag(v, REQUEST)))
          .length,
    ],
    [
      'isImageTag, response',
      () => {
        let n = 0;
        for (let i = 0; i < values.length; i++) if (before.isImageTag(values[i], RESPONSE)) n++;
        return n;
      },
      () => {
        let n = 0;
        for (let i = 0; i < values.length; i++) if (now.isImageTag(values[i], RESPONSE)) n++;
        return n;
      },
      () => values.filter((v) => before.isImageTag(v, RESPONSE) !== now.isImageTag(v, RESPONSE)).length,
    ],
    [
      'validateImageTag, response',
      () => {
        let n = 0;
        for (let i = 0; i < values.length; i++) n += before.validateImageTag(values[i], RESPONSE).errors?.length ?? 1;
        return n;
      },
      () => {
        let n = 0;
        for (let i = 0; i < values.length; i++) n += now.validateImageTag(values[i], RESPONSE).errors?.length ?? 1;
        return n;
      },
      () =>
        values.filter(
          (v) => !isDeepStrictEqual(before.validateImageTag(v, RESPONSE), now.validateImageTag(v, RESPONSE)),
        ).length,
    ],
  ] as const
).filter(([label]) => only === undefined || label.includes(only));

console.log(`rounds ${rounds} × ${sampleMs} ms per package, alternating; ${values.length} corpus objects`);
console.log('| validator | differing results | before objects/s | now objects/s | now ÷ before (median, IQR) |');
console.log('| --- | ---: | ---: | ---: | ---: |');
const quantile = (list: readonly number[], q: number): number =>
  [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))]!;
const format = (n: number): string => Math.round(n).toLocaleString('en-US');
for (const [label, passBefore, passNow, differing] of rows) {
  rate(passBefore, 300);
  rate(passNow, 300);
  const [rBefore, rNow, ratios] = [[] as number[], [] as number[], [] as number[]];
  for (let round = 0; round < rounds; round++) {
    const first = round % 2 === 0 ? rate(passBefore, sampleMs) : rate(passNow, sampleMs);
    const second = round % 2 === 0 ? rate(passNow, sampleMs) : rate(passBefore, sampleMs);
    const [b, n] = round % 2 === 0 ? [first, second] : [second, first];
    rBefore.push(b);
    rNow.push(n);
    ratios.push(n / b);
  }
  console.log(
    `| ${label} | ${differing()} | ${format(median(rBefore))} | ${format(median(rNow))} | ${median(ratios).toFixed(3)}× (${quantile(ratios, 0.25).toFixed(2)}–${quantile(ratios, 0.75).toFixed(2)}) |`,
  );
}
