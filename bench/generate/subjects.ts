// The tools a generation benchmark times: each one command line on one input, run as a cold process into a fresh
// output folder, with what it produced measured after it exits.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runCold, type ColdRun } from './cold.js';

/** One measured run, with what the run produced. */
export interface Sample extends ColdRun {
  readonly round: number;
  readonly outputMb: number;
  /** For specgen's no-op run: how many files it rewrote (mtime changed, added or removed). */
  readonly rewritten?: number;
}

/** One tool on one input. `run` gets a fresh, empty output folder and returns the cold run and its output size. */
export interface Subject {
  readonly name: string;
  readonly what: string;
  /** Rounds this subject takes part in (the first ones); all rounds of the case when undefined. */
  readonly rounds?: number;
  readonly run: (out: string, round: number) => Promise<Sample[]>;
}

/** Every file below a folder with its mtime, for the no-op check. */
export function mtimes(dir: string): Map<string, number> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return new Map(
    entries
      .filter((e) => e.isFile())
      .map((e) => [join(e.parentPath, e.name), statSync(join(e.parentPath, e.name)).mtimeMs]),
  );
}

/** The bytes of every file below a folder. */
function bytesBelow(dir: string): number {
  let total = 0;
  for (const [file] of mtimes(dir)) total += statSync(file).size;
  return total;
}

/** A subject that is one command (run from `root`) whose output goes to `out`. */
export function command(
  root: string,
  name: string,
  what: string,
  script: string,
  args: (out: string) => string[],
  rounds?: number,
): Subject {
  return {
    name,
    what,
    ...(rounds !== undefined ? { rounds } : {}),
    run: async (out, round) => {
      const result = await runCold(script, args(out), root);
      return [{ ...result, round, outputMb: bytesBelow(out) / 1024 / 1024 }];
    },
  };
}

/** specgen's full run (`full`), then the same command again (nothing changed): the no-op regeneration. */
export function withNoop(root: string, full: Subject, bin: string, spec: string): Subject {
  return {
    ...full,
    run: async (out, round) => {
      const [first] = await full.run(out, round);
      if (first === undefined || first.code !== 0) return first === undefined ? [] : [first];
      const before = mtimes(out);
      const again = await runCold(bin, ['generate', '--spec', spec, '--out', out, '--name', 'x'], root);
      const after = mtimes(out);
      const keys = new Set([...before.keys(), ...after.keys()]);
      const rewritten = [...keys].filter((key) => before.get(key) !== after.get(key)).length;
      return [first, { ...again, round, outputMb: first.outputMb, rewritten }];
    },
  };
}
