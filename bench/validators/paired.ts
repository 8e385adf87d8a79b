// The validator rows as paired ratios that hold up on a loaded machine: many short samples (no GC between
// them), every implementation once per round in a rotating order, the median of per-round ratios. Same corpus, same
// peers as run.ts (the hand-written peer with every rule group on, as run.ts's probes find them today).
//
//   node node_modules/typescript7/bin/tsc -p bench/tsconfig.json
//   node .tmp/bench/bench/validators/paired.js [--rounds=120] [--sample-ms=15]
import { isImageTag, validateImageTag, type ValidateOptions } from '../../generated/imagetag/src/validators.js';
import { ajvStandalone } from './ajv.js';
import { buildCorpus } from './corpus.js';
import { makeHandWritten } from './hand-written.js';
import { normalizedSchemas } from './json-schema.js';
import { median } from './measure.js';

const option = (name: string, fallback: number): number =>
  Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const rounds = option('rounds', 120);
const sampleMs = option('sample-ms', 15);

const values = buildCorpus().map((entry) => entry.value);
const schemas = normalizedSchemas();
const [ajvIs, ajvAll, ajvIsResponse, ajvAllResponse] = await Promise.all([
  ajvStandalone(schemas, 'ImageTag', 'request', false),
  ajvStandalone(schemas, 'ImageTag', 'request', true),
  ajvStandalone(schemas, 'ImageTag', 'response', false),
  ajvStandalone(schemas, 'ImageTag', 'response', true),
]).then((loaded) => loaded.map((one) => one.validate));
const handWritten = makeHandWritten({ crossField: true, sourceRules: true, objectMeta: true });
const REQUEST: ValidateOptions = { mode: 'request' };
const RESPONSE: ValidateOptions = { mode: 'response' };

// One function literal per pass, so each call site stays monomorphic.
const passes: Record<string, () => number> = {
  'ours isImageTag': () => {
    let n = 0;
    for (let i = 0; i < values.length; i++) if (isImageTag(values[i], REQUEST)) n++;
    return n;
  },
  'hand-written': () => {
    let n = 0;
    for (let i = 0; i < values.length; i++) if (handWritten(values[i])) n++;
    return n;
  },
  'Ajv standalone': () => {
    let n = 0;
    for (let i = 0; i < values.length; i++) if (ajvIs!(values[i])) n++;
    return n;
  },
  'ours validateImageTag': () => {
    let n = 0;
    for (let i = 0; i < values.length; i++) {
      const result = validateImageTag(values[i], REQUEST);
      n += result.valid ? 1 : result.errors.length;
    }
    return n;
  },
  'Ajv standalone allErrors': () => {
    let n = 0;
    for (let i = 0; i < values.length; i++) n += ajvAll!(values[i]) ? 1 : ajvAll!.errors!.length;
    return n;
  },
  'ours isImageTag (response)': () => {
    let n = 0;
    for (let i = 0; i < values.length; i++) if (isImageTag(values[i], RESPONSE)) n++;
    return n;
  },
  'Ajv standalone (response)': () => {
    let n = 0;
    for (let i = 0; i < values.length; i++) if (ajvIsResponse!(values[i])) n++;
    return n;
  },
  'ours validateImageTag (response)': () => {
    let n = 0;
    for (let i = 0; i < values.length; i++) {
      const result = validateImageTag(values[i], RESPONSE);
      n += result.valid ? 1 : result.errors.length;
    }
    return n;
  },
  'Ajv standalone allErrors (response)': () => {
    let n = 0;
    for (let i = 0; i < values.length; i++) n += ajvAllResponse!(values[i]) ? 1 : ajvAllResponse!.errors!.length;
    return n;
  },
};

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

const names = Object.keys(passes);
for (const name of names) rate(passes[name]!, 300);
const samples = new Map(names.map((name) => [name, [] as number[]]));
for (let round = 0; round < rounds; round++)
  for (let i = 0; i < names.length; i++) {
    const name = names[(i + round) % names.length]!;
    samples.get(name)!.push(rate(passes[name]!, sampleMs));
  }

const quantile = (list: readonly number[], q: number): number =>
  [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))]!;
const format = (n: number): string => Math.round(n).toLocaleString('en-US');
console.log(`rounds ${rounds} × ${sampleMs} ms per implementation, rotating; ratios are medians of per-round ratios`);
console.log('| ours | peer | ours ÷ peer (median, IQR) | target |');
console.log('| --- | --- | ---: | --- |');
const rows: readonly (readonly [string, string, string])[] = [
  ['ours isImageTag', 'hand-written', '≥ 0.9×'],
  ['ours isImageTag', 'Ajv standalone', '≥ 1.5×'],
  ['ours validateImageTag', 'Ajv standalone allErrors', '≥ 1.2×'],
  ['ours isImageTag (response)', 'Ajv standalone (response)', ''],
  ['ours validateImageTag (response)', 'Ajv standalone allErrors (response)', ''],
];
for (const [ours, peer, target] of rows) {
  const a = samples.get(ours)!;
  const b = samples.get(peer)!;
  const ratios = a.map((value, i) => value / b[i]!);
  console.log(
    `| ${ours} ${format(median(a))}/s | ${peer} ${format(median(b))}/s | ${median(ratios).toFixed(2)}× (${quantile(ratios, 0.25).toFixed(2)}–${quantile(ratios, 0.75).toFixed(2)}) | ${target} |`,
  );
}
