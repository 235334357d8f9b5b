// Verifies a JSON Lines export of the audit ledger.
// Build with `npm run build`, then run:
//   node dist/services/audit/src/cli/verify-ledger.js --public-key checkpoint-key.pem ledger.jsonl
import { readFile, stat } from 'node:fs/promises';
import type { KeyObject } from 'node:crypto';
import { parseArgs } from 'node:util';

import { InvalidSigningKeyError, loadPublicKey, verifyLedger } from '../ledger';
import { ledgerExportFile, MalformedExportLineError } from './ledger-export-file';
import type { LedgerSource } from './ledger-source';
import { invalidReportLines, malformedLineLines, progressMessage, validReportLines } from './verify-ledger-messages';

export const EXIT_VALID = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

const DEFAULT_PROGRESS_EVERY = 100_000;

const USAGE = [
  'Uso / Usage: verify-ledger --public-key ARCHIVO/FILE [opciones/options] EXPORTACION/EXPORT.jsonl',
  '  --public-key FILE    clave pública Ed25519 de los puntos de control (PEM SPKI o base64 de 32 bytes); repetible /',
  '                       Ed25519 public key of the checkpoints (PEM SPKI or base64 of 32 bytes); repeatable',
  '  --chain ID           verifica solo esta cadena, p. ej. collections.interactions.v1:3 /',
  '                       verify only this chain, e.g. collections.interactions.v1:3',
  `  --progress-every N   registros entre mensajes de avance (por defecto ${DEFAULT_PROGRESS_EVERY}) /`,
  `                       records between progress messages (default ${DEFAULT_PROGRESS_EVERY})`,
  '  --json               imprime el resultado como JSON / print the result as JSON',
  'Salida / Exit: 0 válido / valid, 1 no válido / not valid, 2 error de uso o lectura / usage or read error',
];

export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

export interface VerifySourceOptions {
  publicKeys: KeyObject[];
  chainId?: string;
  progressEvery: number;
  json: boolean;
}

interface CliArguments extends VerifySourceOptions {
  exportPath: string;
  publicKeyPaths: string[];
}

/** Runs the command with its arguments (without `node` and the script) and returns the exit code. */
export async function runVerifyLedger(argv: string[], output: CliOutput): Promise<number> {
  const parsed = parseCliArguments(argv);
  if (parsed === 'help') {
    USAGE.forEach((line) => output.out(line));
    return EXIT_VALID;
  }
  if (typeof parsed === 'string') {
    output.err(parsed);
    USAGE.forEach((line) => output.err(line));
    return EXIT_USAGE;
  }

  const readProblem = await loadPublicKeys(parsed);
  if (readProblem !== null) {
    output.err(readProblem);
    return EXIT_USAGE;
  }
  if (!(await isReadableFile(parsed.exportPath))) {
    output.err(`No se encontró el archivo de exportación ${parsed.exportPath} / Export file ${parsed.exportPath} not found`);
    return EXIT_USAGE;
  }

  return verifySource(ledgerExportFile(parsed.exportPath), parsed, output);
}

/** Verifies a ledger source, printing progress and the result, and returns the exit code. */
export async function verifySource(source: LedgerSource, options: VerifySourceOptions, output: CliOutput): Promise<number> {
  try {
    const report = await verifyLedger({
      records: source.records(),
      checkpoints: source.checkpoints(),
      publicKeys: options.publicKeys,
      chainId: options.chainId,
      progressInterval: options.progressEvery,
      onProgress: (recordsVerified) => output.err(progressMessage(recordsVerified)),
    });

    if (options.json) {
      output.out(JSON.stringify(report, null, 2));
    } else {
      const lines = report.problem === null ? validReportLines(report) : invalidReportLines(report, report.problem);
      lines.forEach((line) => output.out(line));
    }
    return report.ok ? EXIT_VALID : EXIT_INVALID;
  } catch (error) {
    if (!(error instanceof MalformedExportLineError)) {
      throw error;
    }

    if (options.json) {
      output.out(JSON.stringify({ ok: false, malformedLine: { lineNumber: error.lineNumber, field: error.field, reason: error.reason } }, null, 2));
    } else {
      malformedLineLines(error).forEach((line) => output.out(line));
    }
    return EXIT_INVALID;
  }
}

/** Returns the parsed arguments, 'help', or an error message that names the invalid argument. */
function parseCliArguments(argv: string[]): CliArguments | 'help' | string {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'public-key': { type: 'string', multiple: true },
        chain: { type: 'string' },
        'progress-every': { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return `Argumentos no válidos / Invalid arguments: ${reason}`;
  }

  if (values.help) {
    return 'help';
  }

  const publicKeyPaths = values['public-key'] ?? [];
  if (publicKeyPaths.length === 0) {
    return 'Falta --public-key / Missing --public-key';
  }
  if (positionals.length !== 1) {
    return `Se esperaba un archivo de exportación y se recibieron ${positionals.length} / Expected one export file, got ${positionals.length}`;
  }

  const progressText = values['progress-every'] ?? String(DEFAULT_PROGRESS_EVERY);
  const progressEvery = Number(progressText);
  if (!/^[1-9][0-9]*$/.test(progressText) || !Number.isSafeInteger(progressEvery)) {
    return `--progress-every debe ser un entero positivo, no "${progressText}" / --progress-every must be a positive integer, not "${progressText}"`;
  }

  return {
    exportPath: positionals[0],
    publicKeyPaths,
    publicKeys: [],
    chainId: values.chain,
    progressEvery,
    json: values.json,
  };
}

/** Loads the key files into `publicKeys`. Returns an error message for a file that cannot be used, else null. */
async function loadPublicKeys(cliArguments: CliArguments): Promise<string | null> {
  for (const path of cliArguments.publicKeyPaths) {
    try {
      cliArguments.publicKeys.push(loadPublicKey(await readFile(path, 'utf8')));
    } catch (error) {
      if (!(error instanceof InvalidSigningKeyError) && !isFileSystemError(error)) {
        throw error;
      }
      return `No se pudo usar la clave pública ${path} / Could not use public key ${path}: ${error.message}`;
    }
  }
  return null;
}

async function isReadableFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch (error) {
    if (isFileSystemError(error)) {
      return false;
    }
    throw error;
  }
}

// Checked by shape: under a test runner's sandbox, Node's own errors fail `instanceof Error`.
function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' && 'message' in error;
}

const processOutput: CliOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

if (require.main === module) {
  runVerifyLedger(process.argv.slice(2), processOutput).then(
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
