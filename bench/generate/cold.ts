// Runs one command as a cold process and measures its wall time, CPU time (user + system) and peak memory (maximum
// resident set size). CPU and peak memory come from GNU time (`/usr/bin/time -f '%U %S %M'`) when the machine has it,
// else from max-rss.ts, a tiny wrapper that runs the script in its own process and records
// process.resourceUsage() at exit. CPU time is the steadier measure on a shared machine, where wall time includes
// waiting for a core.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const GNU_TIME = '/usr/bin/time';
const WRAPPER = fileURLToPath(new URL('./max-rss.js', import.meta.url));

/** How peak memory is measured on this machine. */
export const PEAK_MEMORY_SOURCE: string = existsSync(GNU_TIME)
  ? 'GNU time -f %M (maximum resident set size of the process)'
  : 'process.resourceUsage().maxRSS, recorded at exit by bench/generate/max-rss.ts';

/** One cold run: wall time, CPU time (user + system), peak resident memory, exit code and the tail of its output. */
export interface ColdRun {
  readonly ms: number;
  readonly cpuMs: number;
  /** The system part of `cpuMs` (the kernel's time: page faults, file writes). */
  readonly systemMs: number;
  readonly peakMb: number;
  readonly code: number | null;
  readonly output: string;
}

/** Runs `node ...nodeOptions script ...args` (a Node.js script, never a shell line) as a new process in `cwd`. */
export function runCold(
  script: string,
  args: readonly string[],
  cwd: string,
  nodeOptions: readonly string[] = [],
): Promise<ColdRun> {
  const scratch = mkdtempSync(join(tmpdir(), 'specgen-bench-rss-'));
  const rssFile = join(scratch, 'rss');
  const [command, commandArgs] = existsSync(GNU_TIME)
    ? [GNU_TIME, ['-f', '%U %S %M', '-o', rssFile, process.execPath, ...nodeOptions, script, ...args]]
    : [process.execPath, [...nodeOptions, WRAPPER, rssFile, script, ...args]];
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const done = (code: number | null) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      let [userS, systemS, kb] = [Number.NaN, Number.NaN, Number.NaN];
      try {
        // "user system maxRSS" (seconds, seconds, KiB); GNU time writes "Command exited with non-zero status N"
        // before them on failure: take the last line.
        const last = readFileSync(rssFile, 'utf8').trim().split('\n').pop() ?? '';
        [userS, systemS, kb] = last.split(' ').map(Number) as [number, number, number];
      } catch {
        // no file: the process did not start or was killed; CPU and peak stay unknown
      }
      rmSync(scratch, { recursive: true, force: true });
      resolve({ ms, cpuMs: (userS + systemS) * 1000, systemMs: systemS * 1000, peakMb: kb / 1024, code, output });
    };
    child.on('error', (error) => {
      output += String(error);
      done(null);
    });
    child.on('close', done);
  });
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
