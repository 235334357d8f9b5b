// Verifies the audit ledger as published on the audit topic, with the checkpoint public key alone.
// Build with `npm run build`, then run:
//   node dist/services/audit/src/sources/verify-topic.js --from-topic collections.audit.v1 \
//     --brokers 127.0.0.1:9092 --public-key checkpoint-key.pem
import { readFile } from 'node:fs/promises';
import type { KeyObject } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';
import { EXIT_INVALID, EXIT_USAGE, verifySource, type CliOutput } from '../cli/verify-ledger';
import { loadPublicKey } from '../ledger';
import { auditTopicSource, MalformedTopicMessageError } from './topic-source';

const DEFAULT_PROGRESS_EVERY = 100_000;

const USAGE = [
  'Uso / Usage: verify-topic --from-topic TÓPICO/TOPIC --brokers HOST:PUERTO/PORT --public-key ARCHIVO/FILE [opciones/options]',
  '  --from-topic TOPIC   tópico de auditoría, p. ej. collections.audit.v1 / audit topic, e.g. collections.audit.v1',
  '  --brokers LIST       brokers de Kafka separados por comas / comma-separated Kafka brokers',
  '  --public-key FILE    clave pública Ed25519 (PEM SPKI o base64 de 32 bytes); repetible /',
  '                       Ed25519 public key (PEM SPKI or base64 of 32 bytes); repeatable',
  '  --chain ID           verifica solo esta cadena / verify only this chain',
  `  --progress-every N   registros entre mensajes de avance (por defecto ${DEFAULT_PROGRESS_EVERY}) /`,
  `                       records between progress messages (default ${DEFAULT_PROGRESS_EVERY})`,
  '  --json               imprime el resultado como JSON / print the result as JSON',
  'Salida / Exit: 0 válido / valid, 1 no válido / not valid, 2 error de uso o lectura / usage or read error',
];

interface TopicArguments {
  topic: string;
  brokers: string[];
  publicKeyPaths: string[];
  chainId?: string;
  progressEvery: number;
  json: boolean;
}

/** Runs the command with its arguments (without `node` and the script) and returns the exit code. */
export async function runVerifyTopic(argv: string[], output: CliOutput, kafkaFor: (brokers: string[]) => Kafka = defaultKafka): Promise<number> {
  const parsed = parseTopicArguments(argv);
  if (typeof parsed === 'string') {
    output.err(parsed);
    USAGE.forEach((line) => output.err(line));
    return EXIT_USAGE;
  }

  const publicKeys: KeyObject[] = [];
  for (const path of parsed.publicKeyPaths) {
    try {
      publicKeys.push(loadPublicKey(await readFile(path, 'utf8')));
    } catch (error) {
      output.err(`No se pudo usar la clave pública ${path} / Could not use public key ${path}: ${error instanceof Error ? error.message : String(error)}`);
      return EXIT_USAGE;
    }
  }

  const source = auditTopicSource(kafkaFor(parsed.brokers), parsed.topic, (warning) => output.err(`Aviso / Warning: ${warning}`));
  try {
    return await verifySource(source, { publicKeys, chainId: parsed.chainId, progressEvery: parsed.progressEvery, json: parsed.json }, output);
  } catch (error) {
    if (!(error instanceof MalformedTopicMessageError)) {
      throw error;
    }
    output.out(
      `Mensaje mal formado en la partición ${error.partition}, offset ${error.offset} / ` +
        `Malformed message at partition ${error.partition}, offset ${error.offset}: ${error.reason}`,
    );
    return EXIT_INVALID;
  }
}

function parseTopicArguments(argv: string[]): TopicArguments | string {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        'from-topic': { type: 'string' },
        brokers: { type: 'string' },
        'public-key': { type: 'string', multiple: true },
        chain: { type: 'string' },
        'progress-every': { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    return `Argumentos no válidos / Invalid arguments: ${error instanceof Error ? error.message : String(error)}`;
  }

  const topic = values['from-topic'];
  if (topic === undefined || topic === '') {
    return 'Falta --from-topic / Missing --from-topic';
  }
  const brokers = (values.brokers ?? '').split(',').map((broker) => broker.trim()).filter((broker) => broker !== '');
  if (brokers.length === 0 || !brokers.every((broker) => /^[\w.-]+:\d{1,5}$/.test(broker))) {
    return 'Falta --brokers o no tiene la forma host:puerto / --brokers is missing or not host:port';
  }
  const publicKeyPaths = values['public-key'] ?? [];
  if (publicKeyPaths.length === 0) {
    return 'Falta --public-key / Missing --public-key';
  }
  const progressText = values['progress-every'] ?? String(DEFAULT_PROGRESS_EVERY);
  if (!/^[1-9][0-9]{0,14}$/.test(progressText)) {
    return `--progress-every debe ser un entero positivo, no "${progressText}" / --progress-every must be a positive integer, not "${progressText}"`;
  }

  return { topic, brokers, publicKeyPaths, chainId: values.chain, progressEvery: Number(progressText), json: values.json };
}

function defaultKafka(brokers: string[]): Kafka {
  return new Kafka({ clientId: 'audit-verify-topic', brokers, logLevel: logLevel.NOTHING });
}

const processOutput: CliOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

if (require.main === module) {
  runVerifyTopic(process.argv.slice(2), processOutput).then(
    (exitCode) => {
      process.exitCode = exitCode;
    },
    (error: unknown) => {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      process.stderr.write(`Error inesperado / Unexpected error: ${detail}\n`);
      process.exitCode = EXIT_USAGE;
    },
  );
}
