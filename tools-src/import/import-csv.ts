// Imports interactions, promises or payments from a CSV file. Run:
//   npm run import:csv -- --kind interactions gestiones.csv
// Interactions and promises go through the gateway; payments go to core.payments.v1.
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { CLOUDEVENTS_CONTENT_TYPE, PaymentEventTypes, Topics } from '@bitacora/contracts';
import { Kafka, logLevel } from 'kafkajs';
import { IMPORT_KINDS, type ImportKind } from './columns';
import { csvLine, parseCsv } from './csv';
import { mapRows, type MappedRow, type RowProblem } from './map-rows';

interface Options {
  gatewayUrl: string;
  apiKey: string;
  brokers: string[];
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      kind: { type: 'string' },
      gateway: { type: 'string', default: process.env.BITACORA_GATEWAY_URL ?? 'http://127.0.0.1:3000' },
      'api-key': { type: 'string', default: process.env.BITACORA_API_KEY ?? 'bk_local_admin_0000000000000000000000000000' },
      brokers: { type: 'string', default: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092' },
      'source-system': { type: 'string', default: 'csv-import' },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  const kind = values.kind as ImportKind;
  if (!IMPORT_KINDS.includes(kind) || positionals.length !== 1) {
    console.error(`Uso / Usage: import:csv --kind ${IMPORT_KINDS.join('|')} [--dry-run] ARCHIVO.csv / FILE.csv`);
    return 2;
  }

  const path = positionals[0];
  const { headers, rows } = parseCsv(await readFile(path, 'utf8'));
  const { mapped, problems } = mapRows(kind, basename(path), headers, rows, { sourceSystem: values['source-system'] });
  console.log(`Leídas ${rows.length} filas, ${mapped.length} válidas, ${problems.length} problemas / Read ${rows.length} rows, ${mapped.length} valid, ${problems.length} problems`);

  const options = { gatewayUrl: values.gateway, apiKey: values['api-key'], brokers: values.brokers.split(',') };
  const sent = values['dry-run'] ? { created: 0, replayed: 0, rejected: [] } : await send(mapped, options);
  const rejects = [...problems, ...sent.rejected].sort((left, right) => left.line - right.line);
  const rejectsPath = `${path}.rejects.csv`;
  await writeFile(rejectsPath, [csvLine(['line', 'field', 'message']), ...rejects.map((reject) => csvLine([String(reject.line), reject.field, reject.message]))].join('\n') + '\n');

  console.log('Resumen / Summary:');
  console.log(`  creados / created: ${sent.created}`);
  console.log(`  ya importados / already imported: ${sent.replayed}`);
  console.log(`  rechazados / rejected: ${rejects.length} (${rejectsPath})`);
  return rejects.length > 0 ? 1 : 0;
}

async function send(rows: MappedRow[], options: Options): Promise<{ created: number; replayed: number; rejected: RowProblem[] }> {
  const result = { created: 0, replayed: 0, rejected: [] as RowProblem[] };
  const payments = rows.filter((row) => row.kind === 'payments');
  if (payments.length > 0) {
    await publishPayments(payments, options);
    result.created += payments.length;
  }

  const requests = rows.filter((row) => row.kind !== 'payments');
  const progress = progressBar(requests.length);
  for (const row of requests) {
    progress.tick();
    const response = await fetch(`${options.gatewayUrl}${row.path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': options.apiKey, 'idempotency-key': row.idempotencyKey, 'accept-language': 'es-CO' },
      body: JSON.stringify(row.body),
    });
    const text = await response.text();
    if (response.status === 200 || response.status === 201) {
      const replayed = response.headers.get('idempotent-replayed') === 'true' || response.headers.get('idempotent-replay') === 'true' || response.status === 200;
      result[replayed ? 'replayed' : 'created']++;
      continue;
    }
    result.rejected.push(...problemsOfResponse(row.line, response.status, text));
  }
  progress.done();
  return result;
}

/** Draws `Importando n/total / Importing n/total` with a bar on stderr, on one line when it is a terminal. */
function progressBar(total: number): { tick: () => void; done: () => void } {
  let count = 0;
  const width = 30;
  const draw = () => {
    const filled = total === 0 ? width : Math.round((count / total) * width);
    const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] Importando ${count}/${total} / Importing ${count}/${total}`;
    process.stderr.write(process.stderr.isTTY ? `\r${line}` : `${line}\n`);
  };
  const every = Math.max(1, Math.floor(total / 20));
  return {
    tick: () => {
      count += 1;
      if (process.stderr.isTTY || count % every === 0 || count === total) draw();
    },
    done: () => {
      if (process.stderr.isTTY && total > 0) process.stderr.write('\n');
    },
  };
}

/** Reads the field problems of an RFC 9457 response; one problem for the whole row otherwise. */
function problemsOfResponse(line: number, status: number, text: string): RowProblem[] {
  try {
    const problem = JSON.parse(text) as { detail?: string; title?: string; errors?: { field?: string; message?: string }[] };
    if (Array.isArray(problem.errors) && problem.errors.length > 0) {
      return problem.errors.map((error) => ({ line, field: error.field ?? '', message: `HTTP ${status}: ${error.message ?? problem.detail ?? ''}` }));
    }
    return [{ line, field: '', message: `HTTP ${status}: ${problem.detail ?? problem.title ?? text}` }];
  } catch {
    return [{ line, field: '', message: `HTTP ${status}: ${text.slice(0, 300)}` }];
  }
}

async function publishPayments(rows: MappedRow[], options: Options): Promise<void> {
  const kafka = new Kafka({ clientId: 'bitacora-csv-import', brokers: options.brokers, logLevel: logLevel.NOTHING });
  const producer = kafka.producer({ idempotent: true });
  await producer.connect();
  try {
    const messages = rows.flatMap((row) => {
      if (row.kind !== 'payments') return [];
      const event = {
        specversion: '1.0',
        // The same payment gets the same event id on every run, so a re-run is a duplicate delivery.
        id: `csv-import-${String(row.data.paymentId)}`,
        source: '/core-banking/csv-import',
        type: PaymentEventTypes.received,
        time: new Date().toISOString(),
        subject: String(row.data.paymentId),
        datacontenttype: 'application/json',
        accountid: row.accountId,
        data: row.data,
      };
      return [{ key: row.accountId, value: JSON.stringify(event), headers: { 'content-type': CLOUDEVENTS_CONTENT_TYPE } }];
    });
    await producer.send({ topic: `${Topics.payments}${process.env.KAFKA_TOPIC_SUFFIX ?? ''}`, messages });
  } finally {
    await producer.disconnect();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    console.error(`Error: ${error.message}`);
    process.exitCode = 2;
  },
);
