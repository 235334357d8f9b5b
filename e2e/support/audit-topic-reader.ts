import { AuditEventTypes, Topics } from '@bitacora/contracts';
import { uniqueSuffix } from '@bitacora/testing';
import { Kafka, logLevel, type Consumer } from 'kafkajs';

export interface SealedRecord {
  chainId: string;
  sequence: number;
  eventId: string;
  eventType: string;
  debtorId: string | null;
  hash: string;
  payload?: { debtorid?: string };
  [member: string]: unknown;
}

export interface SignedCheckpoint {
  checkpointSequence: number;
  heads: { chainId: string; sequence: number; hash: string }[];
  [member: string]: unknown;
}

/**
 * Compliance's view of collections.audit.v1: a plain kafkajs consumer that keeps the records and
 * checkpoints published after `startOffsets` (taken before the test's audit service started), so
 * that entries of other runs on the shared topic are left out.
 */
export class AuditTopicReader {
  private readonly consumer: Consumer;
  private readonly records = new Map<string, Map<number, SealedRecord>>();
  private readonly checkpoints = new Map<number, SignedCheckpoint>();

  private constructor(
    kafka: Kafka,
    private readonly topic: string,
    private readonly startOffsets: Map<number, bigint>,
  ) {
    this.consumer = kafka.consumer({ groupId: `e2e-compliance-${uniqueSuffix()}` });
  }

  /** Notes the current end of the audit topic; call before the audit service starts. */
  static async fromCurrentEnd(brokers: string[], topic: string = Topics.audit): Promise<AuditTopicReader> {
    const kafka = new Kafka({ clientId: `e2e-compliance-${uniqueSuffix()}`, brokers, logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    try {
      const offsets = await admin.fetchTopicOffsets(topic).catch(() => []);
      return new AuditTopicReader(kafka, topic, new Map(offsets.map((offset) => [offset.partition, BigInt(offset.high)])));
    } finally {
      await admin.disconnect();
    }
  }

  async start(): Promise<void> {
    await this.consumer.connect();
    await this.consumer.subscribe({ topic: this.topic, fromBeginning: true });
    await this.consumer.run({
      eachMessage: async ({ partition, message }) => {
        if (BigInt(message.offset) < (this.startOffsets.get(partition) ?? 0n) || message.value === null) {
          return;
        }
        this.keep(JSON.parse(message.value.toString('utf8')) as { type: string; data: Record<string, unknown> });
      },
    });
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }

  /**
   * Returns the records about `debtorId`: by the record's own debtorId (taken from the event's
   * data) or by the event's `debtorid` attribute, which payment reversals carry only there.
   */
  recordsOfDebtor(debtorId: string): SealedRecord[] {
    return [...this.records.values()]
      .flatMap((chain) => [...chain.values()])
      .filter((record) => record.debtorId === debtorId || record.payload?.debtorid === debtorId);
  }

  /**
   * Returns the newest checkpoint whose chain heads the records read so far all reach and which
   * covers every record in `mustCover`. Returns undefined while there is none.
   */
  coveringCheckpoint(mustCover: SealedRecord[]): SignedCheckpoint | undefined {
    const newestFirst = [...this.checkpoints.values()].sort((left, right) => right.checkpointSequence - left.checkpointSequence);
    return newestFirst.find(
      (checkpoint) =>
        checkpoint.heads.every((head) => this.contiguousLength(head.chainId) >= head.sequence) &&
        mustCover.every((record) => (checkpoint.heads.find((head) => head.chainId === record.chainId)?.sequence ?? 0) >= record.sequence),
    );
  }

  /**
   * Writes the ledger as JSON Lines for the verifier. Each chain runs from sequence 1 up to its
   * first gap, which is a record not read yet, and each checkpoint is marked with
   * `"recordType":"checkpoint"`.
   */
  toJsonLines(): string {
    const lines: string[] = [];
    for (const chainId of this.records.keys()) {
      const chain = this.records.get(chainId) ?? new Map<number, SealedRecord>();
      for (let sequence = 1; sequence <= this.contiguousLength(chainId); sequence++) {
        lines.push(JSON.stringify(chain.get(sequence)));
      }
    }
    for (const checkpoint of this.checkpoints.values()) {
      lines.push(JSON.stringify({ recordType: 'checkpoint', ...checkpoint }));
    }
    return `${lines.join('\n')}\n`;
  }

  private contiguousLength(chainId: string): number {
    const chain = this.records.get(chainId);
    let length = 0;
    while (chain?.has(length + 1)) {
      length++;
    }
    return length;
  }

  private keep(event: { type: string; data: Record<string, unknown> }): void {
    if (event.type === AuditEventTypes.checkpointSigned) {
      const checkpoint = event.data as SignedCheckpoint;
      this.checkpoints.set(checkpoint.checkpointSequence, checkpoint);
      return;
    }
    if (event.type !== AuditEventTypes.recordSealed) {
      return;
    }

    // The flags travel beside the record; the hash covers neither of them.
    const { unknownType: _unknownType, schemaProblem: _schemaProblem, ...record } = event.data;
    const sealed = record as SealedRecord;
    let chain = this.records.get(sealed.chainId);
    if (chain === undefined) {
      chain = new Map();
      this.records.set(sealed.chainId, chain);
    }
    chain.set(sealed.sequence, sealed);
  }
}
