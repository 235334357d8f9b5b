// Audit: records sealed per second into PostgreSQL (services/audit/bench/seal-throughput.ts) and
// ledger verification over millions of records (bench/audit-verify.ts), each run several times in
// fresh processes, against plain SHA-256 of the same bytes measured in the same run.
//   npm run bench:audit -- [--records 2000000] [--chains 8] [--batches 200] [--batch-size 1000] [--seal-chains 4] [--runs 3]
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { formatSpread, integerOption, machineState, round, spreadOf, writeResults } from './lib/kit';

const records = integerOption('records', 2_000_000);
const chains = integerOption('chains', 8);
const batches = integerOption('batches', 200);
const batchSize = integerOption('batch-size', 1000);
const sealChains = integerOption('seal-chains', 4);
const runs = integerOption('runs', 3);
const root = join(__dirname, '..');

function runScript(script: string, args: number[], heapMiB: number): string {
  return execFileSync(process.execPath, [`--max-old-space-size=${heapMiB}`, '-r', '@swc-node/register', script, ...args.map(String)], {
    cwd: root,
    encoding: 'utf8',
    timeout: 30 * 60 * 1000,
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://bitacora:bitacora-local@127.0.0.1:5433/bitacora' },
  });
}

function rateIn(output: string, label: string): number {
  const line = output.split('\n').find((text) => text.startsWith(label));
  const value = Number(/\s(\d+) records\/s/.exec(line ?? '')?.[1]);
  if (!Number.isFinite(value)) {
    throw new Error(`no "${label}" rate in the output:\n${output}`);
  }
  return value;
}

function main(): void {
  const before = machineState();
  const stored: number[] = [];
  const microseconds: number[] = [];
  for (let index = 0; index < runs; index++) {
    const output = runScript('services/audit/bench/seal-throughput.ts', [batches, batchSize, sealChains], 4096);
    const perSecond = Number(/: (\d+) records\/s/.exec(output)?.[1]);
    microseconds.push(Number(/(\d+) µs per record/.exec(output)?.[1]));
    console.log(`sealing into PostgreSQL, run ${index + 1}: ${output.trim()}`);
    stored.push(perSecond);
  }
  const verify: { sealInMemory: number; verify: number; verifyFromLines: number; canonical: number; sha256: number }[] = [];
  for (let index = 0; index < runs; index++) {
    const output = runScript('bench/audit-verify.ts', [records, chains], 16_384);
    const run = {
      sealInMemory: rateIn(output, 'seal'),
      verify: rateIn(output, 'verify (records in memory)'),
      verifyFromLines: rateIn(output, 'verify (JSON lines'),
      canonical: rateIn(output, 'canonical JSON only'),
      sha256: rateIn(output, 'plain SHA-256'),
    };
    console.log(`verification, run ${index + 1}: ${JSON.stringify(run)}`);
    verify.push(run);
  }
  const sealed = spreadOf(stored);
  const verified = spreadOf(verify.map((run) => run.verify));
  const verifiedFromLines = spreadOf(verify.map((run) => run.verifyFromLines));
  const sha256 = spreadOf(verify.map((run) => run.sha256));
  console.log(`sealing (PostgreSQL): ${formatSpread(sealed, 'records/s')}`);
  console.log(`verify (in memory):   ${formatSpread(verified, 'records/s')}`);
  console.log(`verify (JSON lines):  ${formatSpread(verifiedFromLines, 'records/s')}`);
  console.log(`plain SHA-256:        ${formatSpread(sha256, 'records/s')}`);
  writeResults('audit', before, {
    settings: { records, chains, batches, batchSize, sealChains, runs },
    sealedIntoPostgresPerSecond: sealed,
    sealCpuMicrosecondsPerRecord: spreadOf(microseconds),
    sealedInMemoryPerSecond: spreadOf(verify.map((run) => run.sealInMemory)),
    verifiedPerSecond: verified,
    verifiedFromJsonLinesPerSecond: verifiedFromLines,
    canonicalJsonPerSecond: spreadOf(verify.map((run) => run.canonical)),
    plainSha256PerSecond: sha256,
    ratioSealedToSha256: round(sealed.median / sha256.median),
    ratioVerifiedToSha256: round(verified.median / sha256.median),
    ratioVerifiedFromLinesToSha256: round(verifiedFromLines.median / sha256.median),
    targets: { sealingAtLeast20000PerSecond: sealed.median >= 20_000, verifyAtLeast100000PerSecond: verified.median >= 100_000 },
  });
}

main();
