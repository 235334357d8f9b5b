/**
 * Inspects and replays a dead-letter topic.
 *
 *   node dist/libs/messaging/src/cli/dlq.js list core.payments.v1
 *   node dist/libs/messaging/src/cli/dlq.js replay core.payments.v1 --reason HANDLER_FAILED --offset 0:12
 *
 * The topic argument is the original topic; its `.dlq` topic is read. KAFKA_BROKERS names the
 * brokers (default 127.0.0.1:9092). Output is Spanish first, then English.
 */
import { parseArgs } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';
import { deadLetterTopicOf } from '@bitacora/contracts';
import { DeadLetter, readDeadLetters, replayDeadLetters } from '../dead-letter/dead-letter-reader';

const USAGE = `Uso / usage:
  dlq list   <tópico/topic> [--reason CÓDIGO] [--json]
  dlq replay <tópico/topic> [--reason CÓDIGO] [--offset PARTICIÓN:OFFSET ...]
`;

function select(letters: DeadLetter[], reason: string | undefined, offsets: string[] | undefined): DeadLetter[] {
  return letters.filter((letter) => (!reason || letter.reason === reason) && (!offsets?.length || offsets.includes(`${letter.partition}:${letter.offset}`)));
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { reason: { type: 'string' }, offset: { type: 'string', multiple: true }, json: { type: 'boolean' } },
  });
  const [command, topic] = positionals;
  if (!topic || (command !== 'list' && command !== 'replay')) {
    process.stderr.write(USAGE);
    return 2;
  }

  const kafka = new Kafka({ clientId: 'bitacora-dlq', brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','), logLevel: logLevel.ERROR });
  const dlqTopic = deadLetterTopicOf(topic);
  const letters = select(await readDeadLetters(kafka, dlqTopic), values.reason, values.offset);

  if (command === 'list') {
    if (values.json) {
      for (const letter of letters) {
        process.stdout.write(`${JSON.stringify({ ...letter, value: letter.value?.toString('utf8') ?? null })}\n`);
      }
      return 0;
    }
    process.stdout.write(`${letters.length} mensajes en ${dlqTopic} / ${letters.length} messages in ${dlqTopic}\n`);
    for (const letter of letters) {
      process.stdout.write(`${letter.partition}:${letter.offset}\t${letter.reason}\t${letter.failedAt}\torigen/origin ${letter.originalTopic}/${letter.originalPartition}@${letter.originalOffset}\t${letter.detail.slice(0, 160)}\n`);
    }
    return 0;
  }

  const replayed = await replayDeadLetters(kafka, dlqTopic, letters);
  process.stdout.write(`Reenviados ${replayed} mensajes a su tópico original / Replayed ${replayed} messages to their original topic\n`);
  return 0;
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    process.stderr.write(`Falló la operación / operation failed: ${(error as Error).message}\n`);
    process.exit(1);
  },
);
