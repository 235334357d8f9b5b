import type { DataSource, QueryRunner } from 'typeorm';
import { readCoveringCheckpoints } from '../storage/checkpoint-store';
import { streamChainRecords, streamCheckpoints, streamMatchingRecords } from '../storage/record-reader';
import { readInSnapshot } from '../storage/snapshot';
import type { ExportWriter } from './export-lines';

/**
 * Streams a debtor's complete history in ledger order, preceded by the checkpoints that cover
 * it: for each chain the debtor appears in, the first checkpoint whose head reaches the
 * debtor's last record there. Each record carries its previous hash and hash, so its content
 * can be checked against the hash and the hash against the chain. Records newer than the
 * newest checkpoint are exported without one.
 */
export function exportDebtorHistory(dataSource: DataSource, schema: string, debtorId: string, writer: ExportWriter): AsyncGenerator<string> {
  return readInSnapshot(dataSource, async function* (runner) {
    yield writer.header();

    const reach = await debtorReach(runner, schema, debtorId);
    for (const checkpoint of await readCoveringCheckpoints(runner.manager, schema, reach)) {
      yield writer.checkpoint(checkpoint);
    }

    for await (const record of streamMatchingRecords(runner, schema, { debtorId })) {
      yield writer.record(record);
    }
  });
}

/**
 * Streams whole chains (every chain, or one) with every checkpoint first: the input of a full
 * verification, for example by the command-line verifier.
 */
export function exportLedger(dataSource: DataSource, schema: string, chainId: string | undefined, writer: ExportWriter): AsyncGenerator<string> {
  return readInSnapshot(dataSource, async function* (runner) {
    yield writer.header();

    for await (const checkpoint of streamCheckpoints(runner, schema)) {
      yield writer.checkpoint(checkpoint);
    }
    for await (const record of streamChainRecords(runner, schema, chainId)) {
      yield writer.record(record);
    }
  });
}

/** Reads the last sequence of the debtor's records in each chain. */
async function debtorReach(runner: QueryRunner, schema: string, debtorId: string): Promise<Map<string, number>> {
  const rows: { chain_id: string; sequence: string }[] = await runner.query(
    `SELECT chain_id, max(sequence) AS sequence FROM "${schema}".ledger_records WHERE debtor_key = $1 GROUP BY chain_id`,
    [debtorId],
  );
  return new Map(rows.map((row) => [row.chain_id, Number(row.sequence)]));
}
