import type { DataSource } from 'typeorm';
import { appendToOutbox } from '@bitacora/messaging';
import { createCheckpoint, type SignedCheckpoint, type SigningKey } from '../ledger';
import { checkpointSignedEvent } from '../sealing/audit-events';
import { readChainHeads } from '../storage/chain-head-store';
import { insertCheckpoint, readLatestCheckpoint } from '../storage/checkpoint-store';

export interface CheckpointPolicy {
  /** Sign once this many records were sealed since the last checkpoint. */
  everyRecords: number;
  /** Sign pending records once this long has passed since the last checkpoint, in milliseconds. */
  intervalMs: number;
}

export interface SignCheckpointSettings {
  schema: string;
  auditTopic: string;
  signingKey: SigningKey;
  policy: CheckpointPolicy;
  /** Instant the interval counts from when there is no checkpoint yet. */
  startedAt: Date;
}

/** Decides whether the pending records call for a checkpoint now. */
export function isCheckpointDue(policy: CheckpointPolicy, pendingRecords: number, sinceLastMs: number): boolean {
  if (pendingRecords <= 0) {
    return false;
  }
  return pendingRecords >= policy.everyRecords || sinceLastMs >= policy.intervalMs;
}

/**
 * Signs the current head of every chain when a checkpoint is due, stores it and appends its
 * event to the outbox, all in one transaction. An advisory lock lets one instance at a time
 * number checkpoints. The heads are read in one statement, so each is a committed head and the
 * checkpoint event follows, in the outbox, every record it covers. Returns null when nothing is due.
 */
export async function signCheckpointIfDue(dataSource: DataSource, settings: SignCheckpointSettings, now = new Date()): Promise<SignedCheckpoint | null> {
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${settings.schema}:checkpoint`]);

    const latest = await readLatestCheckpoint(manager, settings.schema);
    const heads = await readChainHeads(manager, settings.schema);
    const recordTotal = heads.reduce((total, head) => total + head.sequence, 0);
    const pending = recordTotal - (latest?.recordTotal ?? 0);
    const since = (latest?.createdAt ?? settings.startedAt).getTime();
    if (!isCheckpointDue(settings.policy, pending, now.getTime() - since)) {
      return null;
    }

    // Checkpoint times must rise even if this clock is behind the previous signer's.
    const createdAt = latest === null || now > latest.createdAt ? now : new Date(latest.createdAt.getTime() + 1);
    const checkpoint = createCheckpoint({
      checkpointSequence: (latest?.checkpointSequence ?? 0) + 1,
      createdAt,
      heads,
      signingKey: settings.signingKey,
    });
    await insertCheckpoint(manager, settings.schema, checkpoint, recordTotal);
    await appendToOutbox(manager, settings.schema, [checkpointSignedEvent(settings.auditTopic, checkpoint)]);
    return checkpoint;
  });
}
