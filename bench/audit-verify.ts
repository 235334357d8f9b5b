// Micro-benchmark of audit ledger sealing and verification, against plain SHA-256 of the same bytes.
// Run from the repository root (builds into dist/, which git ignores):
//   npx swc bench/audit-verify.ts services/audit/src/ledger -d dist/bench --config-file .swcrc \
//     --ignore '**/*.spec.ts' && node dist/bench/bench/audit-verify.js [RECORDS] [CHAINS]
// Defaults: 200000 records spread round-robin over 8 chains. Timings are wall-clock, one thread.
import { hash } from 'node:crypto';

import {
  canonicalRecordBody,
  ChainSealer,
  createCheckpoint,
  decodeLedgerRecord,
  generateSigningKeyPair,
  verifyLedger,
  type JsonValue,
  type LedgerEvent,
  type LedgerRecord,
} from '../services/audit/src/ledger';

const recordCount = readPositiveInteger(process.argv[2], 200_000, 'RECORDS');
const chainCount = readPositiveInteger(process.argv[3], 8, 'CHAINS');
const BASE_INSTANT = Date.parse('2026-03-02T14:00:00.000Z');

function readPositiveInteger(text: string | undefined, fallback: number, name: string): number {
  const value = Number(text ?? fallback);
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`Invalid ${name} "${text}": expected a positive integer`);
  }
  return value;
}

function makeEvent(index: number): LedgerEvent {
  const time = new Date(BASE_INSTANT + index * 250).toISOString();
  return {
    specversion: '1.0',
    id: `0195f0c2-7c1a-7000-8000-${String(index).padStart(12, '0')}`,
    source: '/services/interactions',
    type: 'co.collections.interaction.recorded.v1',
    time,
    subject: `account/ACC-${index % 9973}`,
    datacontenttype: 'application/json',
    correlationid: `c0a8012e-${index}`,
    actor: `agent:${index % 311}`,
    data: {
      interactionId: `int-${index}`,
      debtorId: `CC-${10_000_000 + (index % 4999)}`,
      accountId: `ACC-${index % 9973}`,
      channel: index % 2 === 0 ? 'PHONE' : 'WHATSAPP',
      direction: 'OUTBOUND',
      outcomeCode: 'PROMISE_TO_PAY',
      occurredAt: time,
      durationSeconds: 60 + (index % 240),
      notes: 'Deudor acepta pagar la cuota el viernes; pidió que lo llamen después de las 6 p. m.',
    },
  };
}

function rate(count: number, startedAt: bigint): { perSecond: number; seconds: number } {
  const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
  return { perSecond: Math.round(count / seconds), seconds };
}

function report(label: string, count: number, startedAt: bigint): number {
  const { perSecond, seconds } = rate(count, startedAt);
  console.log(`${label.padEnd(44)} ${String(perSecond).padStart(9)} records/s  (${seconds.toFixed(2)} s)`);
  return perSecond;
}

async function main(): Promise<void> {
  const chainIds = Array.from({ length: chainCount }, (_unused, index) => `collections.interactions.v1:${index}`);
  const events = Array.from({ length: recordCount }, (_unused, index) => makeEvent(index));
  console.log(`${recordCount} records over ${chainCount} chains, Node ${process.version}`);

  const sealer = new ChainSealer();
  const records: LedgerRecord[] = new Array(recordCount);
  let startedAt = process.hrtime.bigint();
  for (let index = 0; index < recordCount; index++) {
    records[index] = sealer.append({ chainId: chainIds[index % chainCount], event: events[index], recordedAt: new Date(BASE_INSTANT + index) });
  }
  report('seal', recordCount, startedAt);

  const key = generateSigningKeyPair();
  const checkpoint = createCheckpoint({ checkpointSequence: 1, createdAt: new Date(), heads: sealer.heads(), signingKey: key });

  startedAt = process.hrtime.bigint();
  const verified = await verifyLedger({ records, checkpoints: [checkpoint], publicKeys: [key.publicKey] });
  const verifyRate = report('verify (records in memory)', recordCount, startedAt);
  if (!verified.ok) {
    throw new Error(`Benchmark ledger did not verify: ${JSON.stringify(verified.problem)}`);
  }

  const lines = records.map((record) => JSON.stringify(record));
  startedAt = process.hrtime.bigint();
  const fromLines = await verifyLedger({
    records: (function* decode() {
      for (const line of lines) {
        yield decodeLedgerRecord(JSON.parse(line) as JsonValue);
      }
    })(),
    checkpoints: [checkpoint],
    publicKeys: [key.publicKey],
  });
  report('verify (JSON lines in memory: parse+decode)', recordCount, startedAt);
  if (!fromLines.ok) {
    throw new Error(`Benchmark ledger did not verify from JSON lines: ${JSON.stringify(fromLines.problem)}`);
  }

  startedAt = process.hrtime.bigint();
  let bodyBytes = 0;
  for (const record of records) {
    bodyBytes += canonicalRecordBody(record).length;
  }
  report('canonical JSON only (RFC 8785)', recordCount, startedAt);

  // The exact bytes that each record hash covers, prepared outside the timed loop.
  const hashedBytes = records.map((record) =>
    Buffer.concat([Buffer.from(record.previousHash, 'hex'), Buffer.from(canonicalRecordBody(record), 'utf8')]),
  );
  startedAt = process.hrtime.bigint();
  let mismatches = 0;
  for (let index = 0; index < recordCount; index++) {
    if (hash('sha256', hashedBytes[index], 'hex') !== records[index].hash) {
      mismatches++;
    }
  }
  const plainRate = report('plain SHA-256 of the same bytes', recordCount, startedAt);
  if (mismatches !== 0) {
    throw new Error(`${mismatches} plain digests differ from the sealed hashes`);
  }

  console.log(`average canonical body: ${Math.round(bodyBytes / recordCount)} characters`);
  console.log(`verification runs at ${((verifyRate / plainRate) * 100).toFixed(1)} % of plain SHA-256 speed`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
