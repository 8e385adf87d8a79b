// The generation benchmark's report: one table per case (median time and CPU time, peak memory, output size,
// specgen ÷ peer as the median of per-round ratios, of time and of CPU) and the targets of the speed issues with
// their verdicts (by time).
import { median } from './cold.js';
import type { Case } from './cases.js';
import type { Sample } from './subjects.js';

/** One target: a measured ratio (or size) and its limit. */
export interface Target {
  readonly what: string;
  readonly value: number;
  readonly limit: number;
  /** A further condition of the target (the no-op run rewrote nothing). */
  readonly extra?: boolean;
}

const ok = (samples: readonly Sample[] | undefined) => (samples ?? []).filter((s) => s.code === 0);
const medianMs = (samples: readonly Sample[] | undefined) => median(ok(samples).map((s) => s.ms));
const medianCpu = (samples: readonly Sample[] | undefined) => median(ok(samples).map((s) => s.cpuMs));
const medianPeak = (samples: readonly Sample[] | undefined) => median(ok(samples).map((s) => s.peakMb));

/** a ÷ b (wall time, or CPU time) as the median of per-round ratios over the rounds where both ran and succeeded. */
function pairedRatio(
  a: readonly Sample[] | undefined,
  b: readonly Sample[] | undefined,
  measure: 'ms' | 'cpuMs' = 'ms',
): number {
  const ratios = ok(a).flatMap((x) => {
    const y = ok(b).find((s) => s.round === x.round);
    return y === undefined ? [] : [x[measure] / y[measure]];
  });
  return ratios.length === 0 ? Number.NaN : median(ratios);
}

const verdict = (t: Target) =>
  Number.isNaN(t.value) ? 'not measured' : t.value <= t.limit && t.extra !== false ? 'met' : 'missed';

/** Prints a case's table; returns the targets it measures. */
export function reportCase(benchCase: Case, samples: ReadonlyMap<string, readonly Sample[]>): Target[] {
  const ours = samples.get('specgen');
  console.log(`\n## ${benchCase.title}\n\n${benchCase.input}\n`);
  console.log(
    '| tool | output | runs | median s | CPU s | peak MB | output MB | specgen ÷ this (time) | specgen ÷ this (CPU) |',
  );
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, list] of samples) {
    const subject = benchCase.subjects.find((s) => s.name === name);
    const what = subject?.what ?? 'same command again, nothing changed';
    const good = ok(list);
    const failures = list.length - good.length;
    const ratio = name.startsWith('specgen') ? '' : `${pairedRatio(ours, list).toFixed(2)}×`;
    const cpuRatio = name.startsWith('specgen') ? '' : `${pairedRatio(ours, list, 'cpuMs').toFixed(2)}×`;
    const cell = (n: number, digits: number) => (good.length === 0 ? 'failed' : n.toFixed(digits));
    console.log(
      `| ${name} | ${what} | ${good.length}${failures > 0 ? ` (+${failures} failed)` : ''} | ${cell(medianMs(list) / 1000, 2)} | ` +
        `${cell(medianCpu(list) / 1000, 2)} | ${cell(medianPeak(list), 0)} | ${cell(median(good.map((s) => s.outputMb)), 1)} | ` +
        `${ratio} | ${cpuRatio} |`,
    );
  }
  return caseTargets(benchCase.title, samples);
}

/** The targets one case measures. */
function caseTargets(title: string, samples: ReadonlyMap<string, readonly Sample[]>): Target[] {
  const ours = samples.get('specgen');
  const versus = (peer: string) => pairedRatio(ours, samples.get(peer));
  if (title === 'ImageTag')
    return [
      {
        what: 'ImageTag: specgen (all three, formatted) ÷ openapi-typescript (types), time',
        value: versus('openapi-typescript'),
        limit: 0.4,
      },
    ];
  if (title === 'Stripe-sized' || title === 'OpenAI-sized')
    return [{ what: `${title}: specgen ÷ openapi-typescript, time`, value: versus('openapi-typescript'), limit: 0.8 }];
  if (title === 'Growth') {
    const one = samples.get('specgen 1×');
    return [2, 4].map((factor) => ({
      what: `growth: ${factor}× the spec ÷ 1×, time (linear: ≤ ${factor}× plus 10%)`,
      value: pairedRatio(samples.get(`specgen ${factor}×`), one),
      limit: Number((factor * 1.1).toFixed(1)),
    }));
  }
  const noop = samples.get('specgen no-op');
  const rewritten = ok(noop).reduce((sum, s) => sum + (s.rewritten ?? 0), 0);
  return [
    { what: 'Kubernetes: specgen ÷ openapi-typescript, time', value: versus('openapi-typescript'), limit: 0.6 },
    { what: 'Kubernetes: specgen ÷ @hey-api/openapi-ts, time', value: versus('@hey-api/openapi-ts'), limit: 0.2 },
    {
      what: 'Kubernetes: specgen ÷ openapi-typescript, peak memory',
      value: medianPeak(ours) / medianPeak(samples.get('openapi-typescript')),
      limit: 1.0,
    },
    {
      what: 'growth: Kubernetes + OpenShift ÷ Kubernetes alone, time',
      value: pairedRatio(samples.get('specgen, Kubernetes + OpenShift'), ours),
      limit: 2.2,
    },
    {
      what: `no-op regeneration ÷ full run, time (files rewritten: ${rewritten})`,
      value: pairedRatio(noop, ours),
      limit: 0.2,
      extra: ok(noop).length > 0 && rewritten === 0,
    },
  ];
}

/** Prints the targets table. */
export function reportTargets(targets: readonly Target[]): void {
  console.log('\n## Targets (ratios from the same run)\n');
  console.log('| target | measured | limit | verdict |');
  console.log('| --- | ---: | ---: | --- |');
  for (const t of targets) {
    const unit = t.what.includes(' KB') ? ' KB' : '×';
    console.log(`| ${t.what} | ${t.value.toFixed(2)}${unit} | ≤ ${t.limit}${unit} | ${verdict(t)} |`);
  }
}
