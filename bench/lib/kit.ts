// Shared pieces of the platform benchmarks: options, summaries of repeated runs, machine facts
// and the JSON results file. Benchmarks print their figures and write bench/results/<name>.json.
import { execSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

/** Reads `--name value` from the command line, as a positive integer. */
export function integerOption(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  if (index === -1) {
    return fallback;
  }
  const value = Number(process.argv[index + 1]);
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`--${name} "${process.argv[index + 1]}" is invalid: expected a positive integer`);
  }
  return value;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Nearest-rank percentile of `sorted` (ascending), `p` in 0..100. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) {
    return Number.NaN;
  }
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1];
}

export function spreadOf(runs: number[]): Spread {
  return { median: round(median(runs)), min: round(Math.min(...runs)), max: round(Math.max(...runs)), runs: runs.map(round) };
}

export function round(value: number): number {
  return Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
}

export function formatSpread(spread: Spread, unit: string): string {
  return `${spread.median} ${unit} (${spread.min}–${spread.max}, ${spread.runs.length} runs)`;
}

export function jestProcesses(): number {
  const lines = execSync('ps -eo args', { encoding: 'utf8' }).split('\n');
  return lines.filter((line) => line.includes('jest')).length;
}

/** Machine facts and how busy it is now; taken before and after each benchmark. */
export function machineState(): Record<string, unknown> {
  return {
    at: new Date().toISOString(),
    loadAverage: loadavg().map(round),
    jestProcesses: jestProcesses(),
  };
}

export function machineInfo(): Record<string, unknown> {
  return {
    nproc: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: round(totalmem() / 2 ** 30),
    node: process.version,
  };
}

/** Writes bench/results/<name>.json with the machine facts around the figures. */
export function writeResults(name: string, before: Record<string, unknown>, figures: Record<string, unknown>): string {
  const directory = join(__dirname, '..', 'results');
  mkdirSync(directory, { recursive: true });
  const file = join(directory, `${name}.json`);
  const document = { benchmark: name, command: `npm run bench:${name} -- ${process.argv.slice(2).join(' ')}`.trim(), machine: machineInfo(), before, after: machineState(), figures };
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
  console.log(`written ${file}`);
  return file;
}

export function elapsedSeconds(startedAt: bigint): number {
  return Number(process.hrtime.bigint() - startedAt) / 1e9;
}
