// A small in-process benchmark harness: warm-up, calibration, then rounds that alternate the subjects (rotating
// who goes first) and time whole-corpus passes. Reports medians; ratios are medians of per-round ratios, so a
// slow moment of the machine hits both sides of a comparison.

/** One thing to time: `pass` validates every value once and returns a count, so the work cannot be dropped. */
export interface Subject {
  readonly name: string;
  readonly pass: (values: readonly unknown[]) => number;
}

/** Options of {@link measure}. */
export interface MeasureOptions {
  /** Minimum warm-up time per subject, in milliseconds. */
  readonly warmupMs: number;
  /** Target duration of one timed sample, in milliseconds. */
  readonly sampleMs: number;
  readonly rounds: number;
}

/** Per-subject results: objects validated per second, one value per round. */
export interface Measured {
  readonly name: string;
  readonly passesPerSample: number;
  readonly opsPerRound: readonly number[];
}

const gc = (globalThis as { gc?: () => void }).gc;

function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Measures every subject on `values`. */
export function measure(subjects: readonly Subject[], values: readonly unknown[], options: MeasureOptions): Measured[] {
  let sink = 0;
  const passes: number[] = [];
  for (const subject of subjects) {
    // warm-up, and calibration: how many passes make one sample of about sampleMs
    let count = 0;
    const start = now();
    while (now() - start < options.warmupMs || count < 5) {
      sink += subject.pass(values);
      count++;
    }
    const perPass = (now() - start) / count;
    passes.push(Math.max(1, Math.round(options.sampleMs / perPass)));
  }
  const ops = subjects.map((): number[] => []);
  for (let round = 0; round < options.rounds; round++) {
    for (let k = 0; k < subjects.length; k++) {
      const index = (round + k) % subjects.length;
      const subject = subjects[index]!;
      const n = passes[index]!;
      gc?.();
      const start = now();
      for (let i = 0; i < n; i++) sink += subject.pass(values);
      const elapsed = now() - start;
      ops[index]!.push((n * values.length) / (elapsed / 1000));
    }
  }
  if (sink === -1) console.log('unreachable');
  return subjects.map((subject, index) => ({
    name: subject.name,
    passesPerSample: passes[index]!,
    opsPerRound: ops[index]!,
  }));
}

/** `ours / peer` for each round, both measured in the same round. */
export function pairedRatios(ours: Measured, peer: Measured): number[] {
  return ours.opsPerRound.map((value, round) => value / peer.opsPerRound[round]!);
}
