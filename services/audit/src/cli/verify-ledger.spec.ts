import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ChainSealer, createCheckpoint, exportRawPublicKey, generateSigningKeyPair, type LedgerRecord, type SignedCheckpoint } from '../ledger';
import { makeEvent } from '../ledger/test/ledger-fixtures';
import { EXIT_INVALID, EXIT_USAGE, EXIT_VALID, runVerifyLedger, type CliOutput } from './verify-ledger';

const INTERACTIONS_CHAIN = 'collections.interactions.v1:0';
const PROMISES_CHAIN = 'collections.promises.v1:2';

const signingKey = generateSigningKeyPair();
const otherKey = generateSigningKeyPair();

function sealExample(): { records: LedgerRecord[]; checkpoint: SignedCheckpoint } {
  const sealer = new ChainSealer();
  const records: LedgerRecord[] = [];
  for (let index = 0; index < 12; index++) {
    const chainId = index % 3 === 0 ? PROMISES_CHAIN : INTERACTIONS_CHAIN;
    records.push(sealer.append({ chainId, event: makeEvent(index), recordedAt: new Date(Date.UTC(2026, 2, 2, 14, 0, index)) }));
  }
  const checkpoint = createCheckpoint({ checkpointSequence: 1, createdAt: new Date(Date.UTC(2026, 2, 2, 15)), heads: sealer.heads(), signingKey });
  return { records, checkpoint };
}

function exportLines(records: readonly LedgerRecord[], checkpoints: readonly SignedCheckpoint[]): string[] {
  return [
    ...records.map((record) => JSON.stringify(record)),
    ...checkpoints.map((checkpoint) => JSON.stringify({ recordType: 'checkpoint', ...checkpoint })),
  ];
}

function capture(): CliOutput & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (line) => stdout.push(line), err: (line) => stderr.push(line) };
}

describe('verify-ledger command', () => {
  const { records, checkpoint } = sealExample();
  let directory: string;
  let publicKeyPath: string;

  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), 'bitacora-verify-ledger-'));
    publicKeyPath = join(directory, 'checkpoint-key.pem');
    writeFileSync(publicKeyPath, signingKey.publicKey.export({ type: 'spki', format: 'pem' }));
  });

  afterAll(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  function writeExport(name: string, lines: readonly string[], newline = '\n'): string {
    const path = join(directory, name);
    writeFileSync(path, lines.join(newline) + newline);
    return path;
  }

  it('accepts a valid export and reports progress in Spanish then English', async () => {
    const path = writeExport('valid.jsonl', exportLines(records, [checkpoint]));
    const output = capture();

    const exitCode = await runVerifyLedger(['--public-key', publicKeyPath, '--progress-every', '5', path], output);

    expect(exitCode).toBe(EXIT_VALID);
    expect(output.stderr).toEqual(['Verificados 5 registros / Verified 5 records', 'Verificados 10 registros / Verified 10 records']);
    expect(output.stdout).toEqual([
      'Libro de auditoría válido / Audit ledger valid',
      'Registros verificados / Records verified: 12',
      'Puntos de control verificados / Checkpoints verified: 1',
      `  ${INTERACTIONS_CHAIN}: 8 registros / records, cabeza / head 8 ${checkpoint.heads[0].hash}`,
      `  ${PROMISES_CHAIN}: 4 registros / records, cabeza / head 4 ${checkpoint.heads[1].hash}`,
    ]);
  });

  it('reads checkpoints placed before the records, CRLF line ends and blank lines', async () => {
    const lines = exportLines(records, [checkpoint]);
    const path = writeExport('checkpoint-first.jsonl', [lines[lines.length - 1], '', ...lines.slice(0, -1)], '\r\n');

    const exitCode = await runVerifyLedger(['--public-key', publicKeyPath, path], capture());

    expect(exitCode).toBe(EXIT_VALID);
  });

  it('reads a raw base64 public key', async () => {
    const rawKeyPath = join(directory, 'checkpoint-key.b64');
    writeFileSync(rawKeyPath, `${exportRawPublicKey(signingKey.publicKey)}\n`);
    const path = writeExport('valid-raw-key.jsonl', exportLines(records, [checkpoint]));

    const exitCode = await runVerifyLedger(['--public-key', rawKeyPath, path], capture());

    expect(exitCode).toBe(EXIT_VALID);
  });

  it('warns when the export has no checkpoints', async () => {
    const path = writeExport('no-checkpoints.jsonl', exportLines(records, []));
    const output = capture();

    const exitCode = await runVerifyLedger(['--public-key', publicKeyPath, path], output);

    expect(exitCode).toBe(EXIT_VALID);
    expect(output.stdout[output.stdout.length - 1]).toMatch(/^Aviso: sin puntos de control .* \/ Warning: without checkpoints/);
  });

  it('names a tampered record and exits with 1', async () => {
    const tampered = structuredClone(records);
    tampered[4].payload.data = { note: 'editado' };
    const path = writeExport('tampered.jsonl', exportLines(tampered, [checkpoint]));
    const output = capture();

    const exitCode = await runVerifyLedger(['--public-key', publicKeyPath, path], output);

    expect(exitCode).toBe(EXIT_INVALID);
    expect(output.stdout).toEqual([
      'Libro de auditoría NO válido / Audit ledger NOT valid',
      'Primer problema / First problem: HASH_MISMATCH',
      expect.stringMatching(/^ {2}El hash recalculado .* \/ The recomputed hash/),
      `  Cadena / Chain: ${INTERACTIONS_CHAIN}`,
      '  Secuencia / Sequence: 3',
      expect.stringMatching(/^ {2}Esperado \/ Expected: [0-9a-f]{64}$/),
      `  Encontrado / Found: ${records[4].hash}`,
      'Registros verificados antes del problema / Records verified before the problem: 4',
    ]);
  });

  it('names a deleted line', async () => {
    const path = writeExport('deleted.jsonl', exportLines(records.filter((_record, index) => index !== 6), [checkpoint]));
    const output = capture();

    const exitCode = await runVerifyLedger(['--public-key', publicKeyPath, '--json', path], output);

    expect(exitCode).toBe(EXIT_INVALID);
    expect(JSON.parse(output.stdout.join('\n')).problem).toEqual({
      kind: 'SEQUENCE_GAP',
      chainId: PROMISES_CHAIN,
      sequence: 3,
      checkpointSequence: null,
      expected: '3',
      found: '4',
    });
  });

  it('names a checkpoint signed by another key', async () => {
    const forged = createCheckpoint({ checkpointSequence: 2, createdAt: new Date(), heads: [], signingKey: otherKey });
    const path = writeExport('forged.jsonl', exportLines(records, [checkpoint, forged]));
    const output = capture();

    const exitCode = await runVerifyLedger(['--public-key', publicKeyPath, path], output);

    expect(exitCode).toBe(EXIT_INVALID);
    expect(output.stdout).toContain('Primer problema / First problem: CHECKPOINT_SIGNATURE_INVALID');
    expect(output.stdout).toContain('  Punto de control / Checkpoint: 2');
  });

  it('verifies one chain with --chain', async () => {
    const tampered = structuredClone(records);
    tampered[4].payload.id = 'changed';
    const path = writeExport('one-chain.jsonl', exportLines(tampered, [checkpoint]));
    const output = capture();

    const exitCode = await runVerifyLedger(['--public-key', publicKeyPath, '--chain', PROMISES_CHAIN, '--json', path], output);

    expect(exitCode).toBe(EXIT_VALID);
    expect(JSON.parse(output.stdout.join('\n')).chains).toEqual([expect.objectContaining({ chainId: PROMISES_CHAIN, records: 4 })]);
  });

  it.each([
    ['invalid JSON', '{"chainId": ', 'Línea 3 mal formada / Malformed line 3: invalid JSON'],
    ['a missing member', JSON.stringify({ ...records[2], hash: undefined }), 'Línea 3 mal formada, campo "hash" / Malformed line 3, field "hash": expected'],
  ])('names a line with %s', async (_label, line, message) => {
    const lines = exportLines(records, [checkpoint]);
    lines[2] = line;
    const path = writeExport('malformed.jsonl', lines);
    const output = capture();

    const exitCode = await runVerifyLedger(['--public-key', publicKeyPath, path], output);

    expect(exitCode).toBe(EXIT_INVALID);
    expect(output.stdout[1].startsWith(message)).toBe(true);
  });

  it('rejects a checkpoint whose marker is written with escapes', async () => {
    const lines = exportLines(records, [checkpoint]);
    lines[lines.length - 1] = lines[lines.length - 1].replace('"recordType"', '"recordT\\u0079pe"');
    const path = writeExport('escaped-marker.jsonl', lines);
    const output = capture();

    const exitCode = await runVerifyLedger(['--public-key', publicKeyPath, path], output);

    expect(exitCode).toBe(EXIT_INVALID);
    expect(output.stdout[1]).toBe(
      'Línea 13 mal formada, campo "recordType" / Malformed line 13, field "recordType": expected the member name written as "recordType", without escapes',
    );
  });

  it.each([
    ['no public key', (path: string) => [path], 'Falta --public-key / Missing --public-key'],
    ['no export file', () => ['--public-key', 'key.pem'], 'Se esperaba un archivo de exportación y se recibieron 0 / Expected one export file, got 0'],
    ['an unknown option', (path: string) => ['--public-key', 'key.pem', '--fast', path], 'Argumentos no válidos / Invalid arguments: '],
    ['a bad progress interval', (path: string) => ['--public-key', 'key.pem', '--progress-every', '1e3', path], '--progress-every debe ser'],
    ['a missing key file', (path: string) => ['--public-key', join(path, 'missing.pem'), path], 'No se pudo usar la clave pública'],
    ['a missing export file', () => ['--public-key', publicKeyPath, join(directory, 'missing.jsonl')], 'No se encontró el archivo de exportación'],
  ])('rejects %s with exit code 2', async (_label, argv, message) => {
    const path = writeExport('usage.jsonl', exportLines(records, []));
    const output = capture();

    const exitCode = await runVerifyLedger(argv(path), output);

    expect(exitCode).toBe(EXIT_USAGE);
    expect(output.stderr[0].startsWith(message)).toBe(true);
  });

  it('rejects a private key given as the public key', async () => {
    const privateKeyPath = join(directory, 'private.pem');
    writeFileSync(privateKeyPath, signingKey.privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const output = capture();

    const exitCode = await runVerifyLedger(['--public-key', privateKeyPath, writeExport('usage.jsonl', [])], output);

    expect(exitCode).toBe(EXIT_USAGE);
    expect(output.stderr[0]).toContain('the text contains a private key');
  });

  it('prints usage with --help', async () => {
    const output = capture();

    const exitCode = await runVerifyLedger(['--help'], output);

    expect(exitCode).toBe(EXIT_VALID);
    expect(output.stdout[0]).toMatch(/^Uso \/ Usage: verify-ledger/);
  });
});
